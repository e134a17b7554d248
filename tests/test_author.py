import pytest

from tdkt.extract.author import find_author
from tdkt.extract.document import make_document

BODY = "Hội nghị tổng kết thi đua năm 2022\nNgày 12/1/2023, UBND huyện Mường Lát tổ chức hội nghị tổng kết công tác thi đua.\n"


@pytest.mark.parametrize("byline, author", [
    ("Nguyễn Quốc Tuấn (Ban Thi đua - Khen thưởng tỉnh)", "Nguyễn Quốc Tuấn"),
    ("Ngọc Tuấn", "Ngọc Tuấn"),
    ("Tin, ảnh: Minh Khôi", "Minh Khôi"),
    ("Bài và ảnh: Lò Thị Hoa", "Lò Thị Hoa"),
    ("Thu Hà - Phòng Nội vụ", "Thu Hà"),
    ("Theo Báo Thanh Hóa", None),
    ("Ban Biên tập", None),
    ("Hội nghị kết thúc tốt đẹp.", None),
    ("Copy Link", None),                # a share bar's button, no writer
])
def test_byline(byline, author):
    assert find_author(make_document(BODY + byline + "\n"))[0] == author


def test_byline_before_share_bar_and_provenance():
    doc = make_document(BODY + "Trần Thu Hà\nfb zl tw\n")
    name, evidence = find_author(doc)
    assert name == "Trần Thu Hà"
    assert doc.raw[evidence["span"][0]:evidence["span"][1]] == "Trần Thu Hà"


@pytest.mark.parametrize("byline, author", [
    # initials, alone on the last line, in any case
    ("K.L", "K.L"),
    ("H.T.MAI", "H.T.MAI"),
    ("Tr. Dũng", "Tr. Dũng"),
    ("P.V", None),                      # "phóng viên", no person
    # two writers joined by a dash, with or without their unit
    ("Quốc Bảo - Hải Yến", "Quốc Bảo - Hải Yến"),
    ("Quốc Bảo – Hải Yến(Trung tâm Truyền thông huyện)", "Quốc Bảo – Hải Yến"),
    ("Hải Yến - Sở Nội vụ", "Hải Yến"),
    ("Hải Yến - Vụ TĐKT", "Hải Yến"),
    # a longer cue
    ("Tác giả bài viết: Bảo Ngọc", "Bảo Ngọc"),
])
def test_byline_shapes(byline, author):
    assert find_author(make_document(BODY + byline + "\n"))[0] == author


def test_initials_before_page_furniture():
    doc = make_document(BODY + "D.K\nXem thêm\nTin nổi bật\nChia sẻ\n")
    assert find_author(doc)[0] == "D.K"
