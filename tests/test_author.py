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
    ("Tin-ảnh: T.Hùng", "T.Hùng"),
    # two writers in capitals, or by their initials
    ("LAN ANH – QUỐC HƯNG", "LAN ANH – QUỐC HƯNG"),
    ("M.HÀ - T.LINH", "M.HÀ - T.LINH"),
    # a writer in brackets, but not a place; a writer and the paper's initials
    ("(Văn Tú)", "Văn Tú"),
    ("(Quảng Trị)", None),
    ("Ngọc Lan/TTXVN", "Ngọc Lan"),
    ("Powered by OneCMS - A product of Neko", None),
])
def test_byline_shapes(byline, author):
    assert find_author(make_document(BODY + byline + "\n"))[0] == author


def test_a_writer_in_capitals_run_into_the_last_sentences_line():
    assert find_author(make_document(BODY + "Hội nghị kết thúc tốt đẹp. TRẦN HẢI\n"))[0] == "TRẦN HẢI"
    assert find_author(make_document(BODY + "Hội nghị kết thúc tốt đẹp. V.AN\n"))[0] == "V.AN"
    # in brackets, or a given name and a family name written as usual, where the text ends
    assert find_author(make_document(BODY + "Hội nghị kết thúc tốt đẹp. (H.TÂM)\n"))[0] == "H.TÂM"
    assert find_author(make_document(BODY + "Hội nghị kết thúc tốt đẹp. Thanh Hương\n"))[0] == "Thanh Hương"
    # a sentence that ends in a unit's name in capitals, or a photo's credit, is no byline
    assert find_author(make_document(BODY + "Hội nghị do Sở chủ trì. UBND TỈNH\n"))[0] is None
    assert find_author(make_document(BODY + "Đại biểu dự hội nghị. Ảnh TTXVN\n"))[0] is None


def test_initials_before_page_furniture():
    doc = make_document(BODY + "D.K\nXem thêm\nTin nổi bật\nChia sẻ\n")
    assert find_author(doc)[0] == "D.K"
