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
])
def test_byline(byline, author):
    assert find_author(make_document(BODY + byline + "\n"))[0] == author


def test_byline_before_share_bar_and_provenance():
    doc = make_document(BODY + "Trần Thu Hà\nfb zl tw\n")
    name, evidence = find_author(doc)
    assert name == "Trần Thu Hà"
    assert doc.raw[evidence["span"][0]:evidence["span"][1]] == "Trần Thu Hà"
