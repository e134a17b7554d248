import unicodedata

import pytest

from tdkt.extract.normalize import fix_tone_placement, fold_case, join_hard_wrapped_lines, normalize


@pytest.mark.parametrize("old, new", [
    ("hoà", "hòa"), ("Hoà Bình", "Hòa Bình"), ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
    ("thuỷ lợi", "thủy lợi"), ("khoẻ mạnh", "khỏe mạnh"), ("qúy I", "quý I"), ("HOÀ", "HÒA"),
    ("Huyện uỷ Đắk Song", "Huyện ủy Đắk Song"), ("tuỳ", "tùy"), ("hoá", "hóa"),
])
def test_old_style_tones_move_to_the_new_position(old, new):
    assert fix_tone_placement(old) == new


@pytest.mark.parametrize("word", ["hoàn thành", "quý", "quỷ", "khuyến", "thuyết", "hòa", "nguyễn"])
def test_words_already_right_are_untouched(word):
    assert fix_tone_placement(word) == word


def test_quotes_dashes_and_odd_spaces_get_one_spelling():
    n = normalize("phong trào “Dạy tốt – học tốt”\u00a0năm\u2009‘2024’")
    assert n.text == 'phong trào "Dạy tốt - học tốt" năm \'2024\''


def test_nfd_input_maps_back_to_its_raw_characters():
    raw = unicodedata.normalize("NFD", "Chủ tịch UBND huyện Kim Bôi")
    n = normalize(raw)
    assert n.text == "Chủ tịch UBND huyện Kim Bôi"
    start = n.text.index("Kim Bôi")
    rs, re_ = n.raw_span(start, start + len("Kim Bôi"))
    assert unicodedata.normalize("NFC", raw[rs:re_]) == "Kim Bôi"
    assert n.raw_text(0, len("Chủ tịch")) == "Chủ tịch"


def test_raw_text_keeps_what_was_written():
    n = normalize("Bí thư Huyện uỷ")
    assert n.text.endswith("Huyện ủy")
    assert n.raw_text(7, len(n.text)) == "Huyện uỷ"


def test_zero_width_and_crlf_do_not_break_offsets():
    raw = "Ngày\u200b 9/1\r\nUBND tỉnh"
    n = normalize(raw)
    assert "\u200b" not in n.text and "\r" not in n.text
    assert len(n.to_raw) == len(n.text) + 1
    i = n.text.index("UBND")
    assert raw[n.raw_span(i, i + 4)[0]:n.raw_span(i, i + 4)[1]] == "UBND"


def test_fold_case_never_changes_length():
    text = "İstanbul ĐẮK LẮK"
    assert len(fold_case(text)) == len(text)
    assert fold_case("ĐẮK LẮK") == "đắk lắk"


WRAPPED = ("Sáng 4/10, Hội Cựu chiến binh xã Tân Lập tổ chức gặp mặt\n"
           "các hội viên cao tuổi. Trong dịp này, Hội\n"
           "trao Kỷ niệm chương và một phần quà cho hội viên Hà\n"
           "Văn Tám; 2 hội viên Đinh Thị Nở và Lò Văn Pọm được nhận\n"
           "Giấy khen của Hội.\n"
           "- Hội viên tiêu biểu\n"
           "Năm nay Hội có thêm 12 hội viên mới, nâng tổng số\n"
           "lên 140 hội viên.")


def test_a_hard_wrapped_paragraph_is_joined_one_character_for_one():
    joined = join_hard_wrapped_lines(WRAPPED)
    assert len(joined) == len(WRAPPED)
    assert "Hội trao" in joined and "hội viên Hà Văn Tám" in joined and "được nhận Giấy khen" in joined and "tổng số lên 140" in joined
    assert "Hội.\n- Hội viên tiêu biểu\nNăm nay" in joined  # a stop, a list line: the breaks stay


def test_a_text_wrapped_nowhere_keeps_its_lines():
    text = "Tuyên dương người tốt việc tốt\nLượt xem: 120\nNgày 3/2, UBND xã tặng Giấy khen cho\nông Lò Văn A."
    assert join_hard_wrapped_lines(text) is text  # one break before a lower-case word is no wrapping
