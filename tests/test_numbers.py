"""Counts and amounts: what an award extractor will read from Vietnamese text."""

import itertools
import random
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tdkt.extract.numbers import (
    NUMBER_PATTERN,
    STANDALONE_NUMBER_PATTERN,
    Quantity,
    find_quantities,
    parse_count,
)


def quantities(text: str) -> list[Quantity]:
    """find_quantities, checking on the way that every offset points at its text."""
    found = find_quantities(text)
    for q in found:
        assert text[q.start:q.end] == q.text
    assert [q.start for q in found] == sorted(q.start for q in found)
    return found


def values(text: str) -> list[int | None]:
    return [q.value for q in quantities(text)]


# --- parse_count ---------------------------------------------------------------


@pytest.mark.parametrize(
    "token, expected",
    [
        ("01", 1),
        ("05", 5),
        ("2.291", 2291),
        ("22.922", 22922),
        ("1.047", 1047),
        ("700.000", 700000),
        ("1.000.000", 1000000),
        ("2023", 2023),
        ("  38 ", 38),
        ("700 nghìn", 700000),
        ("700 ngàn", 700000),
        ("1,2 triệu", 1200000),
        ("15 tỷ", 15000000000),
        ("15 tỉ", 15000000000),
        ("2 vạn", 20000),
        ("1.5 triệu", 1500000),
    ],
)
def test_parse_count_digits(token, expected):
    assert parse_count(token) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        ("một", 1),
        ("bảy", 7),
        ("bẩy", 7),
        ("mười", 10),
        ("mười một", 11),
        ("mười lăm", 15),
        ("mười bốn", 14),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("hai mươi một", 21),
        ("hai mươi lăm", 25),
        ("ba mươi nhăm", 35),
        ("bốn mươi tư", 44),
        ("một trăm", 100),
        ("một trăm linh năm", 105),
        ("một trăm lẻ tư", 104),
        ("một trăm mười lăm", 115),
        ("một trăm năm mươi", 150),
        ("chín trăm chín mươi chín", 999),
        ("một nghìn linh năm", 1005),
        ("hai nghìn năm trăm", 2500),
        ("ba mươi ngàn", 30000),
        ("mười lăm nghìn", 15000),
        ("hai triệu năm trăm nghìn", 2500000),
        ("một nghìn tỷ", 10**12),
        ("Hai Mươi Mốt", 21),
        ("HAI MƯƠI MỐT", 21),
    ],
)
def test_parse_count_number_words(words, expected):
    assert parse_count(words) == expected


@pytest.mark.parametrize(
    "token",
    [
        "3,5",  # a decimal, not a count
        "0,75",
        "2.291,5",
        "1.5",  # not a thousands group either
        "12.30",
        "1,2345 nghìn",  # 1234.5 is not whole
        "XI",
        "IV",
        "",
        "   ",
        "abc",
        "tư",  # alone it is "fourth"/"private", not four
        "mười năm",  # ten years, not fifteen
        "một trăm năm",  # a hundred years
        "hai ba",
        "một trăm linh",
        "mươi",
        "trăm",
        "ba nghìn hai",  # colloquial 3200 is too ambiguous to store
        "12 người",
        "1" * 5000,
    ],
)
def test_parse_count_refuses_non_counts(token):
    assert parse_count(token) is None


def test_parse_count_rejects_non_text_with_a_clear_error():
    with pytest.raises(TypeError, match="str"):
        parse_count(12)  # type: ignore[arg-type]


# --- NUMBER_PATTERN ------------------------------------------------------------


def test_number_pattern_reads_dot_grouped_counts_whole():
    assert re.findall(NUMBER_PATTERN, "có 2.291 lượt và 1.000.000 đồng") == ["2.291", "1.000.000"]


def test_standalone_pattern_skips_document_numbers_times_and_decimals():
    text = (
        "Theo Nghị định 91/2017/NĐ-CP, lúc 8h30 và 14:00, tỷ lệ 3,5%, giai đoạn 2022-2023, "
        "ảnh bh1-5191.jpg; tỉnh Hà Giang có 2.291 hộ và 12 xã."
    )
    assert re.findall(STANDALONE_NUMBER_PATTERN, text) == ["2.291", "12"]


# --- find_quantities: plain counts ----------------------------------------------


def test_counts_with_thousands_dots_are_integers():
    text = "Năm 2023, toàn khối có 2.291 lượt tập thể và 22.922 cá nhân được khen thưởng."
    assert values(text) == [2291, 22922]


def test_zero_padded_counts():
    text = "Giấy khen cho 01 tập thể, 05 cá nhân và 09 hộ gia đình ở xã Tân Lập."
    found = quantities(text)
    assert [q.value for q in found] == [1, 5, 9]
    assert [q.text for q in found] == ["01", "05", "09"]


def test_counts_in_a_breakdown():
    text = "Khen thưởng 304 tập thể, cá nhân, trong đó: Lao động tiên tiến: 168 cá nhân; Giấy khen: 63 cá nhân."
    assert values(text) == [304, 168, 63]


def test_spelled_out_counts():
    text = "UBND huyện Mường Tè tặng Giấy khen cho hai mươi mốt tập thể và một trăm linh năm cá nhân."
    found = quantities(text)
    assert [(q.text, q.value) for q in found] == [("hai mươi mốt", 21), ("một trăm linh năm", 105)]


def test_ten_years_is_ten_not_fifteen():
    text = "Sau mười năm thực hiện phong trào, xã Yên Thường có nhiều đổi mới."
    found = quantities(text)
    assert (found[0].text, found[0].value) == ("mười", 10)


# --- qualifiers, scales, vague amounts -----------------------------------------


@pytest.mark.parametrize(
    "text, phrase, value, qualifier",
    [
        ("khối có hơn 700.000 người tham gia", "hơn 700.000", 700000, "more_than"),
        ("tổng dư nợ trên 54 tỷ đồng", "trên 54 tỷ", 54000000000, "more_than"),
        ("Hơn 5.000 hội viên phụ nữ", "Hơn 5.000", 5000, "more_than"),
        ("gần 500 đoàn viên thanh niên", "gần 500", 500, "less_than"),
        ("gần hai trăm hội viên Hội Cựu chiến binh", "gần hai trăm", 200, "less_than"),
        ("khoảng 300 đại biểu dự hội nghị", "khoảng 300", 300, "about"),
        ("xấp xỉ 1.200 học sinh", "xấp xỉ 1.200", 1200, "about"),
        ("ước 150 hộ thoát nghèo", "ước 150", 150, "about"),
        ("trên dưới 100 lượt người", "trên dưới 100", 100, "about"),
        ("TRÊN DƯỚI 80 chiến sĩ", "TRÊN DƯỚI 80", 80, "about"),
    ],
)
def test_qualified_amounts(text, phrase, value, qualifier):
    found = quantities(text)
    assert len(found) == 1
    assert (found[0].text, found[0].value, found[0].qualifier, found[0].vague) == (phrase, value, qualifier, False)


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("thu hút 700 nghìn lượt khách", "700 nghìn", 700000),
        ("hỗ trợ 1,2 triệu đồng mỗi hộ", "1,2 triệu", 1200000),
        ("vốn đầu tư 15 tỷ đồng", "15 tỷ", 15000000000),
        ("quỹ có 2 nghìn tỷ đồng", "2 nghìn tỷ", 2 * 10**12),
        ("thưởng 3,5 triệu đồng", "3,5 triệu", 3500000),
    ],
)
def test_scale_words_multiply(text, phrase, value):
    found = quantities(text)
    assert [(q.text, q.value) for q in found] == [(phrase, value)]


@pytest.mark.parametrize(
    "text, phrase, bound",
    [
        ("hàng trăm lượt đoàn viên", "hàng trăm", 100),
        ("hàng nghìn hội viên", "hàng nghìn", 1000),
        ("hàng ngàn hội viên", "hàng ngàn", 1000),
        ("hàng chục mô hình", "hàng chục", 10),
        ("hàng vạn lượt người", "hàng vạn", 10000),
        ("hàng chục nghìn lượt người", "hàng chục nghìn", 10000),
        ("nhiều tập thể được biểu dương", "nhiều", None),
        ("một số đơn vị còn chậm", "một số", None),
        ("Một số đơn vị còn chậm", "Một số", None),
    ],
)
def test_vague_amounts_have_no_value(text, phrase, bound):
    found = quantities(text)
    assert len(found) == 1
    q = found[0]
    assert (q.text, q.value, q.vague, q.lower_bound) == (phrase, None, True, bound)


# --- find_quantities: numbers that label rather than count ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kết năm 2023",
        "vào tháng 12",
        "ngày 15",
        "Quyết định số 91 của UBND tỉnh",
        "đạt giải Ba",
        "xếp hạng Ba",
        "sáng thứ hai",
        "Đại hội lần thứ 5",
        "tỷ lệ đạt 95%",
        "tỷ lệ 3,5%",
        "tỷ lệ 3,5 %",
        "bắt đầu lúc 14 giờ",
        "khai mạc 8h30",
        "khai mạc lúc 14:00",
        "Nghị định 91/2017/NĐ-CP",
        "giai đoạn 2022-2023",
        "ảnh bh1-5191.jpg",
        "quận Hai Bà Trưng",
        "huyện Ba Vì",
        "dọc quốc lộ 1",
        "tăng 1.2 lần",
        "Số: 1486/SNV-TĐKT",
    ],
)
def test_labels_are_not_quantities(text):
    assert quantities(text) == []


def test_mixed_paragraph_keeps_only_counts():
    text = (
        "Ngày 15/12/2023, theo Quyết định số 1730/QĐ-TTg, tỉnh Quảng Ngãi tặng Bằng khen cho "
        "27 tập thể lao động tiên tiến, 265 lao động tiên tiến và 43 chiến sĩ thi đua cơ sở; "
        "gần 1.500 đại biểu dự, tỷ lệ hài lòng đạt 97,5%."
    )
    found = quantities(text)
    assert [(q.text, q.value, q.qualifier) for q in found] == [
        ("27", 27, None),
        ("265", 265, None),
        ("43", 43, None),
        ("gần 1.500", 1500, "less_than"),
    ]


def test_empty_and_bad_input():
    assert find_quantities("") == []
    with pytest.raises(TypeError, match="str"):
        find_quantities(None)  # type: ignore[arg-type]


# --- robustness -------------------------------------------------------------------


@pytest.mark.parametrize(
    "hostile",
    [
        "1" * 1_000_000,
        "12/" * 333_334,
        "1.000." * 50_000,
        "hai mươi " * 30_000,
        "1 tỷ " * 30_000,
    ],
    ids=["digits", "slashes", "dot-groups", "number-words", "scales"],
)
def test_hostile_input_finishes_quickly(hostile):
    started = time.perf_counter()
    find_quantities(hostile)
    assert time.perf_counter() - started < 10


def test_random_digits_and_punctuation_never_crash():
    text = "".join(random.Random(7).choices("0123456789/.,-% nghìntỷ", k=200_000))
    for q in quantities(text):
        assert q.value is None or q.value >= 0


NUMBER_PIECES = [
    "hơn", "trên", "trên dưới", "gần", "khoảng", "hàng", "trăm", "nghìn", "triệu", "tỷ", "một", "số", "hai",
    "mươi", "mốt", "mười", "lăm", "năm", "linh", "Ba", "Vì", "tập thể", "%", ",", ".", "/", "-", "giờ",
]
number_soup = st.lists(
    st.one_of(st.sampled_from(NUMBER_PIECES), st.text(alphabet="0123456789.,/-", max_size=10)), max_size=50
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(number_soup)
def test_any_text_gives_well_formed_quantities(text):
    found = quantities(text)
    for earlier, later in itertools.pairwise(found):
        assert earlier.end <= later.start
    for q in found:
        assert (q.value is None) == q.vague
        assert q.value is None or q.value >= 0
        assert q.qualifier in {None, "more_than", "less_than", "about"}


@given(st.integers(min_value=0, max_value=10**15))
def test_dot_grouped_digits_round_trip(n):
    assert parse_count(f"{n:,}".replace(",", ".")) == n
