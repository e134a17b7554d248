"""Officials: names with roles, hand-written sentences across the country."""
import pytest

from tdkt.extract.document import make_document
from tdkt.extract.officials import extract_officials, split_titles

LEAD = "Hội nghị tổng kết công tác thi đua năm 2022\nNgày 10/1/2023, UBND tỉnh tổ chức hội nghị.\n"


def officials(text, author=None):
    doc = make_document(LEAD + text)
    return [(o.name, o.titles) for o in extract_officials(doc, author=author)]


def names(text, author=None):
    return [n for n, _ in officials(text, author)]


@pytest.mark.parametrize("text, expected", [
    ("Dự hội nghị có đồng chí Trần Văn Lâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
     [("Trần Văn Lâm", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"])]),
    ("Ông Hoàng Minh Đức - Giám đốc Sở Nội vụ trình bày báo cáo.",
     [("Hoàng Minh Đức", ["Giám đốc Sở Nội vụ"])]),
    ("Phó Chủ tịch UBND tỉnh Lê Thị Thu Hằng phát biểu chỉ đạo hội nghị.",
     [("Lê Thị Thu Hằng", ["Phó Chủ tịch UBND tỉnh"])]),
    ("Tham dự có Đại tá Phạm Quốc Việt, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.",
     [("Phạm Quốc Việt", ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"])]),
    ("Đồng chí Y Ngông Niê Kdăm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đắk Lắk dự và chỉ đạo.",
     [("Y Ngông Niê Kdăm", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Đắk Lắk"])]),
    ("Bà H'Hen Niê, Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện trao quà.",
     [("H'Hen Niê", ["Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện"])]),
    ("Đồng chí Ksor Phước, Bí thư Huyện ủy Ia Pa, chủ trì hội nghị.",
     [("Ksor Phước", ["Bí thư Huyện ủy Ia Pa"])]),
    ("Đồng chí Giàng Seo Phử, Phó Chủ tịch HĐND tỉnh đến dự.",
     [("Giàng Seo Phử", ["Phó Chủ tịch HĐND tỉnh"])]),
    ("Đ/c K'Mák - TUV, Chủ tịch UBND huyện Lạc Dương phát biểu.",
     [("K'Mák", ["TUV", "Chủ tịch UBND huyện Lạc Dương"])]),
    ("Đồng chí Thạch Sô Phanh, Phó Trưởng ban Dân tộc tỉnh Sóc Trăng tham dự.",
     [("Thạch Sô Phanh", ["Phó Trưởng ban Dân tộc tỉnh Sóc Trăng"])]),
])
def test_official_with_titles(text, expected):
    assert officials(text) == expected


def test_chained_titles_keep_commas_inside_a_body_name():
    text = "Đến dự có đồng chí Vũ Đình Hải, Phó Chủ tịch Hội đồng Thi đua, khen thưởng Chủ tịch Liên đoàn Lao động tỉnh."
    assert officials(text) == [("Vũ Đình Hải", ["Phó Chủ tịch Hội đồng Thi đua, khen thưởng",
                                                "Chủ tịch Liên đoàn Lao động tỉnh"])]


def test_people_without_a_role_are_not_officials():
    text = "Các cá nhân được khen gồm ông Nguyễn Văn Sáu, bà Trần Thị Mơ và anh Lò Văn Hùng."
    assert names(text) == []


def test_given_name_back_reference_is_merged():
    text = ("Đồng chí Nguyễn Anh Tuấn, Chủ tịch UBND huyện phát biểu. "
            "Ông Tuấn nhấn mạnh vai trò của người đứng đầu. Đồng chí Tuấn cũng trao Giấy khen.")
    doc = make_document(LEAD + text)
    [official] = extract_officials(doc)
    assert official.name == "Nguyễn Anh Tuấn"
    assert len(official.mentions) == 3


def test_each_person_once_in_order_of_first_mention():
    text = ("Tham dự có đồng chí Đỗ Văn Chiến, Bí thư Tỉnh ủy; đồng chí Hà Thị Nga, Chủ tịch Ủy ban MTTQ tỉnh. "
            "Đồng chí Đỗ Văn Chiến, Bí thư Tỉnh ủy trao Cờ thi đua.")
    assert names(text) == ["Đỗ Văn Chiến", "Hà Thị Nga"]


def test_author_and_historical_figures_are_left_out():
    text = ("Đồng chí Lê Minh Hưng, Phó Giám đốc Sở Nội vụ nhắc lại lời Chủ tịch Hồ Chí Minh. "
            "Phóng viên Trần Hải Yến, Trưởng ban Biên tập ghi lại.")
    assert names(text, author="Trần Hải Yến") == ["Lê Minh Hưng"]


def test_old_style_tones_in_titles_are_kept_as_written():
    text = "Đồng chí Ngô Đức Trọng - Phó Bí thư, Chủ tịch Uỷ ban nhân dân huyện phát động thi đua."
    assert officials(text) == [("Ngô Đức Trọng", ["Phó Bí thư", "Chủ tịch Uỷ ban nhân dân huyện"])]


def test_split_titles():
    assert split_titles("TUV, Bí thư Huyện ủy, Chủ tịch HĐND huyện") == ["TUV", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]
    assert split_titles("Phó Bí thư Thường trực Huyện ủy") == ["Phó Bí thư Thường trực Huyện ủy"]
    assert split_titles("Ủy viên Thường trực Hội đồng Thi đua, khen thưởng tỉnh, Trưởng Ban Thi đua, khen thưởng") == \
        ["Ủy viên Thường trực Hội đồng Thi đua, khen thưởng tỉnh", "Trưởng Ban Thi đua, khen thưởng"]


def test_family_name_missing_from_the_list_is_confirmed_by_the_tagger():
    text = "Dự hội nghị có đồng chí Rahlan Anh Tú, Phó Chủ tịch UBND tỉnh và ông Xuân Quỳnh nhắc lại."
    assert officials(text) == [("Rahlan Anh Tú", ["Phó Chủ tịch UBND tỉnh"])]


def test_former_offices_and_lunar_years():
    text = ("Trong số đảng viên nhận Huy hiệu có đồng chí Lăng Văn Khoa, nguyên Chủ tịch UBND huyện Cao Lộc. "
            "Dịp Tết Nguyên đán Giáp Thìn, Ban Thường vụ thăm hỏi các gia đình chính sách.")
    assert officials(text) == [("Lăng Văn Khoa", ["nguyên Chủ tịch UBND huyện Cao Lộc"])]
