"""Dates in Vietnamese news: every written form, what each date is for, and the
calendar day it names. Example sentences are written for these tests."""

import datetime as dt
import itertools
import random
import time
import timeit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tdkt.extract.dates import (
    DateMention,
    PageDate,
    find_datelines,
    find_dates,
    find_relative_days,
    page_date_from_url,
    page_stamp,
    resolve_day,
)


def dates(text: str) -> list[DateMention]:
    """find_dates, checking on the way that offsets point at the mention's text."""
    found = find_dates(text)
    for m in found:
        assert text[m.start:m.end] == m.text
    assert [m.start for m in found] == sorted(m.start for m in found)
    return found


def days(text: str) -> list[DateMention]:
    return [m for m in dates(text) if m.kind in ("day", "range")]


def one_day(text: str) -> DateMention:
    found = days(text)
    assert len(found) == 1, found
    return found[0]


# --- single days ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase, day, month, year",
    [
        ("Ngày 14/02/2021, Sở Nội vụ tỉnh Thái Bình tổ chức hội nghị.", "Ngày 14/02/2021", 14, 2, 2021),
        ("Ngày 09/01/2024, UBND huyện Kim Bôi tổng kết.", "Ngày 09/01/2024", 9, 1, 2024),
        ("Hôm qua, ngày 9-1-2024, Bộ Chỉ huy Quân sự tỉnh họp.", "Hôm qua, ngày 9-1-2024", 9, 1, 2024),
        ("Quốc hội thông qua ngày 15/6/2022", "ngày 15/6/2022", 15, 6, 2022),
        ("Ngày 18.8, Hội Nông dân tỉnh Gia Lai phát động.", "Ngày 18.8", 18, 8, None),
        ("Ngày 5.10.2016, Liên đoàn Lao động tỉnh Bến Tre họp.", "Ngày 5.10.2016", 5, 10, 2016),
        ("ngày 15 tháng 6 năm 2022 tại Hà Nội", "ngày 15 tháng 6 năm 2022", 15, 6, 2022),
        ("vào ngày 31 tháng 12 năm 2023", "ngày 31 tháng 12 năm 2023", 31, 12, 2023),
        ("ngày 2 tháng 9", "ngày 2 tháng 9", 2, 9, None),
        ("NGÀY 21/11/2019, CÔNG AN TỈNH LONG AN", "NGÀY 21/11/2019", 21, 11, 2019),
        ("Trường THPT Lê Quý Đôn: ngày15/12 khai giảng lớp học.", "ngày15/12", 15, 12, None),
        ("Ngày  20/11/2017 tại Đà Nẵng", "Ngày  20/11/2017", 20, 11, 2017),
        ("mùng 2/9 năm nay", "mùng 2/9", 2, 9, None),
        ("Hà Nội, 15 tháng 6 năm 2022", "15 tháng 6 năm 2022", 15, 6, 2022),
    ],
)
def test_day_forms(text, phrase, day, month, year):
    m = one_day(text)
    assert (m.text, m.day, m.month, m.year, m.kind) == (phrase, day, month, year, "day")


@pytest.mark.parametrize(
    "text, phrase, part",
    [
        ("Sáng 16/8, tại Hội trường tỉnh ủy Yên Bái", "Sáng 16/8", "sáng"),
        ("Chiều ngày 07/7, Khối thi đua họp", "Chiều ngày 07/7", "chiều"),
        ("BBK -Chiều 07/7, Khối thi đua họp", "Chiều 07/7", "chiều"),
        ("Tối 5/10, đoàn nghệ thuật biểu diễn", "Tối 5/10", "tối"),
        ("Trưa 12/3, đoàn công tác đến xã", "Trưa 12/3", "trưa"),
        ("Sáng ngày 22/3/2019, UBND huyện tổ chức", "Sáng ngày 22/3/2019", "sáng"),
        ("Sáng 30-1, Đảng ủy Khối họp", "Sáng 30-1", "sáng"),
        ("Sáng nay (7/6), Liên đoàn Lao động tỉnh Nghệ An", "Sáng nay (7/6)", "sáng"),
        ("Rạng sáng 3/2, lực lượng cứu hộ", "Rạng sáng 3/2", "sáng"),
        ("Đêm 24/12, giáo xứ", "Đêm 24/12", "đêm"),
        ("SÁNG 8/3, HỘI LIÊN HIỆP PHỤ NỮ", "SÁNG 8/3", "sáng"),
    ],
)
def test_part_of_day(text, phrase, part):
    m = one_day(text)
    assert (m.text, m.part_of_day, m.role) == (phrase, part, "plain")


@pytest.mark.parametrize(
    "text, phrase, weekday, matches",
    [
        ("Thứ Năm, 28/3/2024, tại Cần Thơ", "Thứ Năm, 28/3/2024", 3, True),
        ("Thứ Sáu, 28/3/2024, tại Cần Thơ", "Thứ Sáu, 28/3/2024", 4, False),
        ("thứ Hai (9/1), Công an tỉnh Sơn La", "thứ Hai (9/1)", 0, None),
        ("Sáng thứ 7, ngày 5/10/2019, Huyện đoàn", "Sáng thứ 7, ngày 5/10/2019", 5, True),
        ("Chiều Chủ nhật 12/5/2024, đoàn viên", "Chiều Chủ nhật 12/5/2024", 6, True),
        ("ngày 9/1/2024 (thứ Ba), Sở Y tế", "ngày 9/1/2024 (thứ Ba)", 1, True),
        # a weekday written as its number, then a comma: the number is no day of a range ("days 3 and 17")
        ("Thứ 3, 17/09/2030 | 08:15:40", "Thứ 3, 17/09/2030", 1, True),
        ("THỨ 6, 20/9/2030, tin tổng hợp", "THỨ 6, 20/9/2030", 4, True),
    ],
)
def test_weekday_is_read_and_checked(text, phrase, weekday, matches):
    m = one_day(text)
    assert (m.text, m.weekday, m.weekday_matches) == (phrase, weekday, matches)


def test_a_list_of_days_with_a_comma_is_still_a_range():
    m = one_day("Trong các ngày 3, 17/9/2030, Huyện đoàn tổ chức hội thi.")
    assert (m.kind, m.day, m.end_day) == ("range", 3, 17)


# --- ranges --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase, first, last",
    [
        ("Trong 2 ngày 18 - 19/12, tại huyện Bắc Hà", "ngày 18 - 19/12", (18, 12, None), (19, 12, None)),
        ("diễn ra 18-19/12/2023 tại Lào Cai", "18-19/12/2023", (18, 12, 2023), (19, 12, 2023)),
        ("từ ngày 18 đến 20/12, các đội thi đấu", "từ ngày 18 đến 20/12", (18, 12, None), (20, 12, None)),
        ("ngày 18 và 19/12, Hội Cựu chiến binh", "ngày 18 và 19/12", (18, 12, None), (19, 12, None)),
        ("Các ngày 18, 19 và 20/4/2018 tại Huế", "ngày 18, 19 và 20/4/2018", (18, 4, 2018), (20, 4, 2018)),
        ("từ 28/11 - 2/12/2023, đoàn kiểm tra", "từ 28/11 - 2/12/2023", (28, 11, 2023), (2, 12, 2023)),
        ("từ ngày 29/12 - 2/1/2025", "từ ngày 29/12 - 2/1/2025", (29, 12, 2024), (2, 1, 2025)),
        ("từ ngày 28/12/2022 đến ngày 3/1/2023", "từ ngày 28/12/2022 đến ngày 3/1/2023", (28, 12, 2022), (3, 1, 2023)),
        (
            "từ ngày 28 tháng 11 đến ngày 2 tháng 12 năm 2023",
            "từ ngày 28 tháng 11 đến ngày 2 tháng 12 năm 2023",
            (28, 11, 2023),
            (2, 12, 2023),
        ),
        ("Ngày 18.8 - 20.8, Thanh niên tình nguyện", "Ngày 18.8 - 20.8", (18, 8, None), (20, 8, None)),
    ],
)
def test_ranges_borrow_month_and_year_from_their_end(text, phrase, first, last):
    m = one_day(text)
    assert m.kind == "range" and m.text == phrase
    assert (m.day, m.month, m.year) == first
    assert (m.end_day, m.end_month, m.end_year) == last


def test_backwards_pair_is_two_days_not_a_range():
    found = days("lịch trực 20/12 - 5/12 bị ghi nhầm")
    assert [(m.text, m.kind) for m in found] == [("20/12", "day"), ("5/12", "day")]


# --- months, quarters, years, periods ------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase, kind, month, year, quarter",
    [
        ("trong tháng 12/2023", "tháng 12/2023", "month", 12, 2023, None),
        ("trong tháng 12 năm 2023", "tháng 12 năm 2023", "month", 12, 2023, None),
        ("Tháng 3 vừa qua", "Tháng 3", "month", 3, None, None),
        ("kết quả quý I/2024", "quý I/2024", "quarter", 1, 2024, 1),
        ("Quý IV năm 2016", "Quý IV năm 2016", "quarter", 10, 2016, 4),
        ("trong quý 2/2020", "quý 2/2020", "quarter", 4, 2020, 2),
        ("tổng kết năm 2023", "năm 2023", "year", None, 2023, None),
        ("Năm 2015, toàn tỉnh Kon Tum", "Năm 2015", "year", None, 2015, None),
    ],
)
def test_month_quarter_year(text, phrase, kind, month, year, quarter):
    found = dates(text)
    assert len(found) == 1
    m = found[0]
    assert (m.text, m.kind, m.month, m.year, m.quarter, m.day) == (phrase, kind, month, year, quarter, None)


def test_quarter_covers_three_months():
    m = dates("báo cáo quý III/2021")[0]
    assert (m.month, m.end_month, m.year, m.end_year) == (7, 9, 2021, 2021)


@pytest.mark.parametrize(
    "text, phrase, first, last",
    [
        ("thành tích năm học 2022-2023", "năm học 2022-2023", 2022, 2023),
        ("giai đoạn 2021-2025", "giai đoạn 2021-2025", 2021, 2025),
        ("chuyển đổi số giai đoạn 2022- 2025", "giai đoạn 2022- 2025", 2022, 2025),
        ("Đại hội lần thứ V nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025", 2020, 2025),
        ("từ năm 2016 đến năm 2020", "từ năm 2016 đến năm 2020", 2016, 2020),
        ("niên khóa 2019-2020", "niên khóa 2019-2020", 2019, 2020),
        ("Ban Chấp hành nhiệm kỳ 2020-2025", "nhiệm kỳ 2020-2025", 2020, 2025),
        ("kế hoạch năm 2024-2025 của ngành", "năm 2024-2025", 2024, 2025),
    ],
)
def test_periods(text, phrase, first, last):
    found = dates(text)
    assert len(found) == 1
    m = found[0]
    assert (m.text, m.kind, m.period_start_year, m.period_end_year) == (phrase, "period", first, last)
    assert m.day is None and m.role == "plain"


# --- roles ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("(theo Quyết định số 770/QĐ-TTg, ngày 29/6/2023 của Thủ tướng)", "ngày 29/6/2023"),
        ("thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2022 của UBND tỉnh Quảng Trị", "ngày 02/3/2022"),
        ("tinh thần Chỉ thị số 34-CT/TW, ngày 07/4/2014 của Bộ Chính trị", "ngày 07/4/2014"),
        ("Nghị định 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ", "ngày 31/7/2017"),
        ("Quyết định số 1730/QĐ-TTg của Thủ tướng Chính phủ ngày 5/9/2016", "ngày 5/9/2016"),
        ("Luật Thi đua, khen thưởng được ban hành ngày 15/6/2022", "ngày 15/6/2022"),
        ("Nghị định có hiệu lực từ ngày 01/01/2024.", "ngày 01/01/2024"),
        ("Công văn số 12 ngày 3/4/2020 của Sở Nội vụ", "ngày 3/4/2020"),
    ],
)
def test_document_dates_are_decisions(text, phrase):
    m = one_day(text)
    assert (m.text, m.role) == (phrase, "decision")


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Thực hiện Kế hoạch số 12/KH-UBND, sáng 15/12, UBND huyện Văn Yên tổ chức lễ", "sáng 15/12"),
        (
            "Theo Kế hoạch số 5/KH-UBND, UBND huyện đã tổ chức lễ trao tặng vào ngày 15/12/2023 tại hội trường",
            "ngày 15/12/2023",
        ),
        ("Quyết định số 9/QĐ-UBND đã được công bố. Ngày 3/1/2024, huyện họp.", "Ngày 3/1/2024"),
    ],
)
def test_event_dates_near_documents_stay_plain(text, phrase):
    m = one_day(text)
    assert (m.text, m.role) == (phrase, "plain")


def test_historical_pairs_are_anniversaries():
    text = (
        "nhân dịp 75 năm Ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc - "
        "Ngày truyền thống thi đua yêu nước (11/6/1948 - 11/6/2023)."
    )
    m = one_day(text)
    assert (m.text, m.role) == ("(11/6/1948 - 11/6/2023)", "anniversary")
    assert (m.day, m.month, m.year, m.end_year) == (11, 6, 1948, 2023)


def test_event_date_after_an_anniversary_pair_is_plain():
    text = (
        "Hướng tới kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024), "
        "ngày 15/12, Đồn Biên phòng Bát Xát tổ chức giao lưu."
    )
    found = days(text)
    assert [(m.text, m.role) for m in found] == [
        ("(22/12/1944 - 22/12/2024)", "anniversary"),
        ("ngày 15/12", "plain"),
    ]


@pytest.mark.parametrize(
    "text, phrase, role",
    [
        ("kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh ngày 19/5", "ngày 19/5", "anniversary"),
        ("Lễ kỷ niệm 70 năm chiến thắng Điện Biên Phủ (7/5)", "(7/5)", "anniversary"),
        ("Nhân dịp kỷ niệm 93 năm Ngày thành lập Đoàn, ngày 25/3, Huyện đoàn Mê Linh tổ chức", "ngày 25/3", "plain"),
        ("Lễ kỷ niệm sẽ diễn ra vào ngày 11/6 tại Quảng Ninh", "ngày 11/6", "plain"),
    ],
)
def test_anniversary_cue_governs_only_its_own_date(text, phrase, role):
    m = one_day(text)
    assert (m.text, m.role) == (phrase, role)


def test_period_after_anniversary_cue():
    m = dates("kỷ niệm 90 năm (1930 - 2020) thành lập Đảng bộ tỉnh")[0]
    assert (m.kind, m.role, m.period_start_year) == ("period", "anniversary", 1930)


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Công an xã Phú Lộc sôi nổi Ngày hội 19/8", ["19/8"]),
        ("thi đua lập thành tích chào mừng 30/4 và 1/5", ["30/4", "1/5"]),
        ("Trong dịp 2/9, nhiều đoàn viên trực chốt", ["2/9"]),
        ("hướng tới 22/12, đơn vị tổ chức hội thao", ["22/12"]),
        # a round of Party badges is named by the holiday it marks, not by the day it is handed out
        ("Huyện ủy Tân Phú trao Huy hiệu Đảng đợt 19/5 cho 35 đảng viên", ["19/5"]),
    ],
)
def test_holidays_used_as_names(text, phrases):
    found = days(text)
    assert [(m.text, m.role) for m in found] == [(p, "holiday_name") for p in phrases]


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Sáng 2/9, tại Quảng trường Ba Đình", "Sáng 2/9"),
        ("Ngày 30/4, đoàn công tác thăm hỏi", "Ngày 30/4"),
        ("Lễ mít tinh được tổ chức vào ngày 19/8 tại sân vận động", "ngày 19/8"),
    ],
)
def test_holiday_days_used_as_dates_stay_plain(text, phrase):
    m = one_day(text)
    assert (m.text, m.role) == (phrase, "plain")


@pytest.mark.parametrize(
    "text, phrase, time",
    [
        ("(11:28 | 22/03/2019)", "22/03/2019", "11:28"),
        ("Thứ hai, 22/01/2024 09:15", "Thứ hai, 22/01/2024", "09:15"),
        ("Cập nhật lúc 09:15, 22/01/2024", "22/01/2024", "09:15"),
        ("Ngày đăng: 22/01/2024", "22/01/2024", None),
        ("Cập nhật: 05/11/2020 14:32 GMT+7", "05/11/2020", "14:32"),
        ("Tin tức - Sự kiện\nThứ Sáu, 22/3/2019\nSáng 22/3, huyện Kiên Lương họp.", "Thứ Sáu, 22/3/2019", None),
    ],
)
def test_page_date_lines(text, phrase, time):
    lines = find_datelines(text)
    assert len(lines) == 1
    assert (lines[0].text, lines[0].role, lines[0].time) == (phrase, "dateline", time)


def test_dateline_and_event_in_one_page():
    text = (
        "Tổng kết công tác thi đua, khen thưởng năm 2018.\n"
        "(11:28 | 22/03/2019)\n"
        "Sáng ngày 22/3/2019, UBND huyện tổ chức hội nghị."
    )
    found = days(text)
    assert [(m.text, m.role) for m in found] == [("22/03/2019", "dateline"), ("Sáng ngày 22/3/2019", "plain")]


@pytest.mark.parametrize(
    "text, phrase, time",
    [
        ("Đúng 8h30 ngày 15/12/2023, hội nghị khai mạc", "ngày 15/12/2023", "08:30"),
        ("lúc 14h ngày 3/2, lễ dâng hương diễn ra", "ngày 3/2", "14:00"),
        ("ngày 3/2, lúc 8 giờ 30 phút, đoàn xuất phát", "ngày 3/2", "08:30"),
        ("Sáng 16/8 lúc 7h30, tại tỉnh Hà Nam", "Sáng 16/8", "07:30"),
    ],
)
def test_clock_time_next_to_an_event_date(text, phrase, time):
    m = one_day(text)
    assert (m.text, m.time, m.role) == (phrase, time, "plain")


# --- lunar dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase, day, month",
    [
        ("dịp Rằm tháng Giêng", "Rằm tháng Giêng", 15, 1),
        ("Giỗ Tổ mùng 10 tháng 3 âm lịch", "mùng 10 tháng 3 âm lịch", 10, 3),
        ("vào 10/3 (âm lịch) hằng năm", "10/3 (âm lịch)", 10, 3),
        ("ngày 23 tháng Chạp, người dân", "ngày 23 tháng Chạp", 23, 12),
    ],
)
def test_lunar_dates_are_flagged(text, phrase, day, month):
    m = one_day(text)
    assert (m.text, m.day, m.month, m.lunar) == (phrase, day, month, True)
    assert resolve_day(m, dt.date(2024, 3, 1)) is None


# --- things that are not dates -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nghị định số 91/2017/NĐ-CP của Chính phủ",
        "Số: 1486/SNV-TĐKT",
        "QĐ 1730/QĐ-TTg",
        "Luật Thi đua, khen thưởng số 06/2022/QH15",
        "có 2.291 lượt tập thể",
        "và 22.922 cá nhân",
        "1.000.000 đồng",
        "3/5 xã đạt chuẩn nông thôn mới",
        "đạt 12/12 tiêu chí",
        "hoàn thành 9/10 chỉ tiêu",
        "ngày 32/12",
        "ngày 15/13",
        "khai mạc lúc 8h30",
        "bắt đầu 14:00",
        "tỷ số 2-1 nghiêng về đội chủ nhà",
        "tỷ lệ 3,5%",
        "ảnh bh1-5191.jpg",
        "Screenshot_20190322-202416_Zalo.jpg",
        "lần thứ XI",
        "tăng 1.2 - 1.5 lần",
        "quý vị đại biểu",
        "năm học mới",
        "6 tháng đầu năm",
    ],
)
def test_not_dates(text):
    assert days(text) == []


def test_document_number_does_not_hide_the_real_date():
    text = "Quyết định số 12/2023/QĐ-UBND ngày 5/1/2024"
    found = dates(text)
    assert [(m.text, m.role) for m in found] == [("ngày 5/1/2024", "decision")]


# --- a whole article -------------------------------------------------------------------------

ARTICLE = """Huyện Phong Thổ tổng kết công tác thi đua, khen thưởng năm 2023
Cập nhật: 10/01/2024 16:05
Sáng 9/1, UBND huyện Phong Thổ tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, các phong trào thi đua giai đoạn 2021-2025 tiếp tục được đẩy mạnh; thực hiện Kế hoạch số 15/KH-UBND ngày 20/02/2023 của UBND huyện, các xã đã đạt 9/10 chỉ tiêu.
Nhân dịp kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023), huyện đã biểu dương 30 điển hình tiên tiến.
Khen thưởng thành tích năm học 2022-2023 cho 125 cá nhân. Hội nghị cũng phát động thi đua chào mừng 30/4 và 1/5.
"""


def test_whole_article_roles_and_event_date():
    found = dates(ARTICLE)
    by_role = {}
    for m in found:
        by_role.setdefault(m.role, []).append(m.text)
    assert by_role["dateline"] == ["10/01/2024"]
    assert by_role["decision"] == ["ngày 20/02/2023"]
    assert by_role["anniversary"] == ["(11/6/1948 - 11/6/2023)"]
    assert by_role["holiday_name"] == ["30/4", "1/5"]
    event = next(m for m in found if m.kind in ("day", "range") and m.role == "plain")
    dateline = find_datelines(ARTICLE)[0]
    assert event.text == "Sáng 9/1"
    assert resolve_day(event, resolve_day(dateline)) == dt.date(2024, 1, 9)
    periods = [(m.period_start_year, m.period_end_year) for m in found if m.kind == "period"]
    assert periods == [(2021, 2025), (2022, 2023)]


# --- resolve_day --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("ngày 28/12", dt.date(2024, 1, 3), dt.date(2023, 12, 28)),  # late December read in January
        ("Sáng 2/1", dt.date(2024, 1, 3), dt.date(2024, 1, 2)),
        ("ngày 13/1", dt.date(2024, 1, 3), dt.date(2024, 1, 13)),  # 10 days ahead: an announcement
        ("ngày 14/1", dt.date(2024, 1, 3), dt.date(2023, 1, 14)),  # 11 days ahead: last year
        ("Sáng 22/3", dt.date(2019, 3, 22), dt.date(2019, 3, 22)),
        ("Chiều 07/7", dt.datetime(2023, 7, 8, 9, 30), dt.date(2023, 7, 7)),
        ("ngày 29/2", dt.date(2024, 3, 1), dt.date(2024, 2, 29)),
        ("ngày 29/2", dt.date(2023, 3, 1), None),
        ("ngày 9/1/2024", dt.date(2020, 5, 5), dt.date(2024, 1, 9)),  # a written year wins
        ("ngày 9/1/2024", None, dt.date(2024, 1, 9)),
        ("ngày 9/1", None, None),
        ("ngày 31/2/2023", None, None),
        ("ngày 31/4", dt.date(2021, 5, 2), None),
        ("Trong 2 ngày 18 - 19/12", dt.date(2023, 12, 20), dt.date(2023, 12, 18)),
        ("từ ngày 29/12 - 2/1/2025", None, dt.date(2024, 12, 29)),
        ("từ 28/12 - 3/1", dt.date(2024, 1, 5), dt.date(2023, 12, 28)),
    ],
)
def test_resolve_day(text, reference, expected):
    assert resolve_day(one_day(text), reference) == expected


def test_resolve_day_refuses_non_days():
    reference = dt.date(2024, 1, 3)
    for text in ("tháng 12/2023", "quý I/2024", "năm 2023", "năm học 2022-2023"):
        assert resolve_day(dates(text)[0], reference) is None


def test_resolve_day_bad_input():
    with pytest.raises(TypeError, match="DateMention"):
        resolve_day("ngày 9/1")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference"):
        resolve_day(one_day("ngày 9/1"), "2024-01-03")  # type: ignore[arg-type]


# --- robustness and speed -----------------------------------------------------------------------


def test_empty_and_bad_input():
    assert find_dates("") == []
    with pytest.raises(TypeError, match="str"):
        find_dates(b"ngay 9/1")  # type: ignore[arg-type]


def test_offsets_survive_characters_whose_lowercase_is_longer():
    text = "İİ Sáng 16/8, tại İzmir"
    m = one_day(text)
    assert (m.text, m.part_of_day) == ("Sáng 16/8", "sáng")


def random_text(alphabet: str, size: int, seed: int) -> str:
    return "".join(random.Random(seed).choices(alphabet, k=size))


@pytest.mark.parametrize(
    "make_hostile",
    [
        lambda: "12/" * 333_334,
        lambda: "1" * 1_000_000,
        lambda: random_text("0123456789/", 1_000_000, 3),
        lambda: random_text("0123456789/.- ", 1_000_000, 4),
        lambda: "từ ngày 1 - " * 30_000,
        lambda: "ngày 1, " * 50_000,
    ],
    ids=["slashes", "digits", "random-slashes", "random-separators", "open-ranges", "day-lists"],
)
def test_hostile_input_finishes_quickly(make_hostile):
    hostile = make_hostile()
    started = time.perf_counter()
    found = find_dates(hostile)
    assert time.perf_counter() - started < 10
    assert all(1 <= m.day <= 31 and 1 <= m.month <= 12 for m in found if m.day is not None)


def test_typical_article_is_fast():
    article = (ARTICLE * 8)[:6000]
    find_dates(article)
    per_call = min(timeit.repeat(lambda: find_dates(article), number=20, repeat=3)) / 20
    assert per_call < 0.01  # the budget is ~1 ms; 10 ms only catches a pathological slowdown


DATE_PIECES = [
    "ngày", "Ngày", "Sáng", "chiều", "nay", "thứ Hai", "Chủ nhật", "từ", "đến", "và", "tháng", "năm", "quý",
    "học", "giai đoạn", "kỷ niệm", "Quyết định số", "ban hành", "Cập nhật:", "âm lịch", "Rằm", "Giêng",
    "(", ")", "|", ",", "-", "/", ".", ":", "\n", "8h30", "09:15", "19/8", "2.291", "91/2017/NĐ-CP",
]
date_soup = st.lists(
    st.one_of(st.sampled_from(DATE_PIECES), st.text(alphabet="0123456789/.-: ()", max_size=12)), max_size=60
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(date_soup)
def test_any_text_gives_well_formed_mentions(text):
    found = dates(text)
    for earlier, later in itertools.pairwise(found):
        assert earlier.end <= later.start
    for m in found:
        assert m.start < m.end
        assert m.day is None or 1 <= m.day <= 31
        assert m.month is None or 1 <= m.month <= 12
        assert m.role in {"plain", "decision", "anniversary", "holiday_name", "dateline"}
        assert m.kind in {"day", "range", "month", "quarter", "year", "period"}
        resolve_day(m, dt.date(2024, 1, 3))  # never raises


# --- page stamps with seconds, the page's own date, relative and coming days ---------------------


@pytest.mark.parametrize(
    "text, phrase, time",
    [
        ("Thứ năm, 14/03/2024 08:05:41 | Thời sự\nNgày 20/3 tới, huyện tổ chức hội nghị.", "Thứ năm, 14/03/2024", "08:05"),
        ("Thứ Sáu, 05-07-2019 / 16:22:10 Chiều\n210 Lượt xem", "Thứ Sáu, 05-07-2019", "16:22"),
    ],
)
def test_stamps_with_seconds_are_datelines(text, phrase, time):
    lines = find_datelines(text)
    assert [(m.text, m.time) for m in lines] == [(phrase, time)]


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://news.example.vn/thoi-su/le-tuyen-duong-20230917081522431.htm", PageDate(dt.date(2023, 9, 17), "day", "url")),
        ("https://baotinh.example.vn/tin-tuc-07112018-hoi-nghi.html", PageDate(dt.date(2018, 11, 7), "day", "url")),
        ("https://baotinh.example.vn/xa-hoi/201611/ky-ket-giao-uoc-88123/", PageDate(dt.date(2016, 11, 30), "month", "url")),
        ("http://vien.example.vn/tin-tuc/2021/2/trao-co-thi-dua", PageDate(dt.date(2021, 2, 28), "month", "url")),
        ("https://portal.example.vn/2018/04/tong-ket/", PageDate(dt.date(2018, 4, 30), "month", "url")),
        ("https://portal.example.vn/tin/hoi-nghi-12345.html", None),
        ("https://portal.example.vn/201611/a-20170105093000111.htm", PageDate(dt.date(2017, 1, 5), "day", "url")),
        ("https://portal.example.vn/201611/x/201612/y", None),  # two months: no answer
        (None, None),
    ],
)
def test_page_date_from_url(url, expected):
    assert page_date_from_url(url) == expected


def test_page_stamp_opening_a_crawled_text():
    assert page_stamp(" date 2022-06-18 Sáng 18/6, huyện tổ chức") == PageDate(dt.date(2022, 6, 18), "day", "stamp")
    assert page_stamp("date 2019-04 Chiều 3/4, Hội đồng họp") == PageDate(dt.date(2019, 4, 30), "month", "stamp")
    assert page_stamp("Ngày 3/4, date 2019-04") is None
    assert page_stamp("update 2019-04-03") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sáng nay, Sở Nội vụ tổ chức hội nghị.", [("Sáng nay", 0)]),
        ("Chiều qua, huyện trao Bằng khen.", [("Chiều qua", -1)]),
        ("Hôm qua, tỉnh đoàn tuyên dương 20 đoàn viên.", [("Hôm qua", -1)]),
        ("tối mai sẽ diễn ra lễ tôn vinh", [("tối mai", 1)]),
        ("Sáng nay (14/5), tỉnh họp.", []),  # the written day is find_dates' job
        ("Trưa nay 3-9, đoàn về thăm.", []),
        ("Kế hoạch đã được thông qua, nay triển khai.", []),
    ],
)
def test_relative_days(text, expected):
    assert [(text[s:e], offset) for s, e, offset in find_relative_days(text)] == expected


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("sẽ khai mạc vào ngày 12.9 tới", dt.date(2021, 6, 4), dt.date(2021, 9, 12)),
        ("dự kiến tổ chức ngày 5/1 sắp tới", dt.date(2020, 12, 20), dt.date(2021, 1, 5)),
        ("ngày 12/9 tới", dt.date(2021, 9, 15), dt.date(2021, 9, 12)),  # a few days late: same year
        ("ngày 12/9", dt.date(2021, 6, 4), dt.date(2020, 9, 12)),  # without "tới": the past one
    ],
)
def test_coming_days_resolve_forward(text, reference, expected):
    m = one_day(text)
    assert resolve_day(m, reference) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("(TTO) - 14-6, Sở Nội vụ tổ chức lễ trao Bằng khen.", [("14-6", 14, 6)]),
        ("29.9, UBND huyện họp Hội đồng Thi đua.", [("29.9", 29, 9)]),
        ("Biên phòng - (BP) - 3.4, đồn tổ chức.", []),  # not the line's opening
        ("1.5, 2.5 và 3.5 tỷ đồng", []),  # a list of amounts
        ("Tỷ số 2-1, đội nhà thắng.", []),
        ("(TTO) - 14-6 Sở Nội vụ", []),  # no comma: not the date-then-clause shape
    ],
)
def test_bare_dotted_or_dashed_day_opening_a_lead(text, expected):
    assert [(m.text, m.day, m.month) for m in days(text)] == expected
