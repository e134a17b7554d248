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


def test_a_sentence_naming_two_officials_of_unlisted_families_is_tagged_once(monkeypatch):
    # the tagger is slow (tens of milliseconds a sentence): it reads the sentence once for both names
    from tdkt.extract import officials as module
    calls = []
    tag = module.pos_tag
    monkeypatch.setattr(module, "pos_tag", lambda sentence: calls.append(sentence) or tag(sentence))
    text = ("Dự lễ có đồng chí Zờ Anh Tú, Phó Chủ tịch UBND tỉnh và đồng chí Xíu Seo Nguyên, "
            "Giám đốc Sở Nội vụ tỉnh Hòa Yên.")
    assert officials(text) == [("Zờ Anh Tú", ["Phó Chủ tịch UBND tỉnh"]),
                               ("Xíu Seo Nguyên", ["Giám đốc Sở Nội vụ tỉnh Hòa Yên"])]
    assert len(calls) == 1


def test_former_offices_and_lunar_years():
    text = ("Trong số đảng viên nhận Huy hiệu có đồng chí Lăng Văn Khoa, nguyên Chủ tịch UBND huyện Cao Lộc. "
            "Dịp Tết Nguyên đán Giáp Thìn, Ban Thường vụ thăm hỏi các gia đình chính sách.")
    assert officials(text) == [("Lăng Văn Khoa", ["nguyên Chủ tịch UBND huyện Cao Lộc"])]


@pytest.mark.parametrize("text, expected", [
    # ranks before the name, military titles after it
    ("Cùng dự có Thiếu tướng Đinh Quang Hưng - Phó Tổng Tham mưu trưởng.",
     [("Đinh Quang Hưng", ["Phó Tổng Tham mưu trưởng"])]),
    ("Trung tá Lương Văn Tài, Chính trị viên Đồn Biên phòng Hòn Gai trao giấy khen.",
     [("Lương Văn Tài", ["Chính trị viên Đồn Biên phòng Hòn Gai"])]),
    # an acting head ("Quyền"), a deputy head of a Party board, a staff member
    ("Tại hội nghị, bà Đào Thị Hạnh, Quyền Trưởng ban Thi đua - Khen thưởng tỉnh đã công bố quyết định.",
     [("Đào Thị Hạnh", ["Quyền Trưởng ban Thi đua - Khen thưởng tỉnh"])]),
    ("Về dự có đồng chí Mạc Văn Khải – Phó Ban Tuyên giáo Huyện ủy.",
     [("Mạc Văn Khải", ["Phó Ban Tuyên giáo Huyện ủy"])]),
    ("Đồng chí Tạ Minh Phúc, chuyên viên Văn phòng Hội đồng nhân dân tỉnh phát biểu.",
     [("Tạ Minh Phúc", ["chuyên viên Văn phòng Hội đồng nhân dân tỉnh"])]),
    # a family name of the north-west ("Vy")
    ("Các đồng chí: Vy Thị Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự.",
     [("Vy Thị Hồng", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"])]),
    # "và" between two people: each keeps their own title
    ("Ông Kiều Văn Sâm- Chủ tịch UBND huyện và Phó Chủ tịch UBND huyện Lâm Thị Nga trao giấy khen.",
     [("Kiều Văn Sâm", ["Chủ tịch UBND huyện"]), ("Lâm Thị Nga", ["Phó Chủ tịch UBND huyện"])]),
])
def test_ranks_acting_heads_and_pairs(text, expected):
    assert officials(text) == expected


def test_a_last_syllable_typed_in_lower_case_is_part_of_the_name():
    text = ("Hội nghị do đồng chí Hồ Minh châu, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì.\n"
            "Đồng chí Hồ Minh Châu phát biểu kết luận hội nghị.")
    assert [n.lower() for n in names(text)] == ["hồ minh châu"]
    # without the capitalised spelling elsewhere, the lower-case word is left out
    assert names("Ông Hồ Minh châu, Phó Bí thư Huyện ủy phát biểu.") == []


def test_a_school_named_after_a_person_is_not_an_official():
    text = ("Đó là bà Lò Thị Hoa (SN 1978), giáo viên Trường THPT chuyên Sơn Vĩ và bà Cầm Thị Mai, giáo viên Trường "
            "THPT Lưu Hoàng.")
    found = names(text)
    assert "Lưu Hoàng" not in found and "Sơn Vĩ" not in found


def test_an_office_written_before_a_comma_and_the_person_after_it():
    text = ("Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch HĐND tỉnh Sông Bạc, ông Lò Văn Tâm đã trao Huân chương Lao "
            "động hạng Ba cho Trường THCS Đồi Thông.")
    assert officials(text) == [("Lò Văn Tâm", ["Phó Chủ tịch HĐND tỉnh Sông Bạc"])]


def test_an_office_after_a_person_and_a_comma_is_that_persons_not_the_next_ones():
    text = ("Dự lễ có ông Cầm Văn Bun, Giám đốc Công ty Điện lực Suối Cát, Mẹ Việt Nam Anh hùng Lò Thị Hoa và đại diện "
            "các sở, ngành.")
    assert officials(text) == [("Cầm Văn Bun", ["Giám đốc Công ty Điện lực Suối Cát"])]


def test_a_deputy_commune_police_chief_is_an_office():
    assert officials("Trung úy Hà Minh Lộc, Phó Công an xã Yên Thọ, đã trực tiếp truy bắt đối tượng.") == [
        ("Hà Minh Lộc", ["Phó Công an xã Yên Thọ"])]
