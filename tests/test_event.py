import pytest

from tdkt.extract.document import make_document
from tdkt.extract.event import event_date, event_kind, organizer


def kind(text, **kw):
    return event_kind(make_document(text, **kw))[0]


@pytest.mark.parametrize("text, expected", [
    ("Huyện Kim Bôi tổng kết công tác thi đua, khen thưởng năm 2023\nNgày 9/1/2024, UBND huyện tổ chức hội nghị.", "tong_ket"),
    ("Tổng kết thi đua năm 2018, phát động phong trào thi đua năm 2019\nSáng 22/3/2019, UBND huyện tổ chức hội nghị.", "tong_ket"),
    ("Sơ kết 6 tháng đầu năm 2023\nChiều 7/7, Khối thi đua tổ chức sơ kết.", "so_ket"),
    ("Đại hội Thi đua yêu nước tỉnh Gia Lai lần thứ V\nSáng 14/8/2020, tỉnh Gia Lai tổ chức Đại hội.", "dai_hoi"),
    ("Lễ đón nhận Huân chương Lao động hạng Ba\nSáng 20/11/2019, Trường THCS Hòa Phú tổ chức lễ đón nhận.", "trao_tang"),
    ("Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng năm 2021\nChiều 28/12, Hội đồng họp.", "hop_xet"),
    ("Các khối thi đua ký kết giao ước thi đua năm 2022\nNgày 15/2/2022, các đơn vị ký giao ước.", "ky_giao_uoc"),
    ("Phát động phong trào thi đua cao điểm 90 ngày đêm\nSáng 3/6/2024, UBND tỉnh phát động thi đua.", "phat_dong"),
    ("Biểu dương điển hình tiên tiến năm 2020\nNgày 11/6/2020, tỉnh tổ chức hội nghị biểu dương.", "tuyen_duong"),
    ("Thời tiết tuần tới\nNgày 3/3/2022, trời mưa.", "other"),
])
def test_kind_from_headline_then_lead(text, expected):
    assert kind(text) == expected


def test_kind_from_a_separate_title():
    assert kind("Sáng 20/11, nhà trường tổ chức lễ.", title="Lễ đón nhận Huân chương Lao động hạng Nhì") == "trao_tang"


def date(text, **kw):
    return event_date(make_document(text, **kw))[0]


def test_full_date_in_lead():
    assert date("Tổng kết thi đua năm 2023\nNgày 09/01/2024, UBND huyện Kim Bôi tổ chức Hội nghị.") == "2024-01-09"


def test_range_gives_first_day_and_review_year_context():
    text = ("Khối thi đua triển khai nhiệm vụ năm 2024\n"
            "Trong 2 ngày 18 - 19/12, tại huyện Bắc Hà, Khối thi đua tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.")
    assert date(text) == "2023-12-18"


def test_review_held_in_january_is_the_next_year():
    text = "Tổng kết công tác thi đua năm 2020\nSáng 15/1, UBND thị xã tổ chức hội nghị tổng kết công tác thi đua năm 2020."
    assert date(text) == "2021-01-15"


def test_missing_year_from_publication_date_and_url():
    text = "Lễ trao Bằng khen\nChiều 28/12, Sở Nội vụ tổ chức lễ trao Bằng khen."
    assert date(text, published="2024-01-03") == "2023-12-28"
    assert date(text, url="https://snv.example.gov.vn/2022/12/29/trao-bang-khen") == "2022-12-28"


def test_decision_and_anniversary_dates_are_not_event_dates():
    text = ("Biểu dương điển hình tiên tiến\n"
            "Theo Quyết định số 770/QĐ-UBND ngày 29/6/2023, nhân kỷ niệm 75 năm Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc "
            "(11/6/1948 - 11/6/2023), sáng 10/6/2023 tỉnh tổ chức hội nghị.")
    assert date(text) == "2023-06-10"


def test_no_date_gives_none():
    assert date("Tổng kết thi đua\nVừa qua, UBND huyện tổ chức hội nghị tổng kết.") is None


def test_organizer_is_the_subject_of_the_lead():
    doc = make_document("Tổng kết\nNgày 30/01/2024, tại Hội trường Huyện ủy Đắk Song, Ủy ban nhân dân huyện Đắk Song "
                        "đã tổ chức Hội nghị Tổng kết.")
    assert organizer(doc)[0] == "Ủy ban nhân dân huyện Đắk Song"
    doc = make_document("Tổng kết\nTrong 2 ngày 18 - 19/12, tại huyện Bắc Hà, Khối thi đua các huyện, thị xã, thành phố "
                        "tổ chức Hội nghị.")
    assert organizer(doc)[0] == "Khối thi đua các huyện, thị xã, thành phố"
