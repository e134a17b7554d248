"""Where the event took place: venue, organiser, headline, portal header, URL."""
import pytest

from tdkt.extract.document import make_document
from tdkt.extract.event import organizer
from tdkt.extract.place import find_place


def place(text, **kw):
    doc = make_document(text, **kw)
    _, org_evidence = organizer(doc)
    record, _ = find_place(doc, organizer_evidence=org_evidence, event_date=kw.pop("event_date", None))
    return record["province"], record["district"]


@pytest.mark.parametrize("text, expected", [
    ("Tổng kết thi đua năm 2023\nTrong 2 ngày 18 - 19/12, tại huyện Bắc Hà, Khối thi đua các huyện tổ chức hội nghị.",
     ("Lào Cai", "Bắc Hà")),
    ("Huyện Kim Bôi tổng kết công tác thi đua\nNgày 09/01/2024, UBND huyện Kim Bôi tổ chức Hội nghị.", ("Hòa Bình", "Kim Bôi")),
    ("Đại hội Thi đua yêu nước tỉnh lần thứ V\nTrong 2 ngày 27 - 28/8, tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh "
     "(TP Hạ Long), UBND tỉnh Quảng Ninh tổ chức Đại hội.", ("Quảng Ninh", "Hạ Long")),
    ("Khối thi đua các cơ quan Đảng tỉnh Bắc Kạn sơ kết\nChiều 07/7, Khối thi đua tổ chức sơ kết.", ("Bắc Kạn", None)),
    ("Cổng thông tin điện tử huyện Kiên Lương\nTổng kết công tác thi đua năm 2018\nSáng ngày 22/3/2019, UBND huyện tổ chức hội nghị.",
     ("Kiên Giang", "Kiên Lương")),
    ("Phát động thi đua\nSáng 3/4, tại hội trường Cục Thuế tỉnh (TP Thủ Dầu Một), Cục Thuế tỉnh Bình Dương tổ chức lễ phát động.",
     ("Bình Dương", "Thủ Dầu Một")),
])
def test_place_from_text(text, expected):
    assert place(text) == expected


def test_place_from_the_source_url_when_the_text_is_silent():
    text = "Hội nghị tổng kết thi đua\nSáng 5/1/2024, UBND huyện tổ chức hội nghị tổng kết."
    assert place(text, url="https://phongtho.laichau.gov.vn/tin-tuc/hoi-nghi") == ("Lai Châu", "Phong Thổ")
    doc = make_document(text, url="https://phongtho.laichau.gov.vn/tin-tuc/hoi-nghi")
    record, _ = find_place(doc)
    assert (record["province_code"], record["district_code"], record["province_2025"]) == ("12", "109", "Lai Châu")


def test_after_the_2025_reorganisation_a_commune_has_no_district():
    text = ("Xã Cầu Ngang tổng kết thi đua năm 2025\n"
            "Chiều ngày 26/12/2025, UBND xã Cầu Ngang (tỉnh Vĩnh Long) tổ chức hội nghị tổng kết.")
    doc = make_document(text)
    _, ev = organizer(doc)
    record, _ = find_place(doc, organizer_evidence=ev, event_date="2025-12-26")
    assert (record["province"], record["district"], record["commune"]) == ("Vĩnh Long", None, "Cầu Ngang")
    assert record["province_2025"] == "Vĩnh Long"


def test_place_carries_codes_and_2025_province():
    doc = make_document("Tổng kết\nNgày 9/1/2024, UBND huyện Kim Bôi tổ chức hội nghị.")
    record, _ = find_place(doc, event_date="2024-01-09")
    assert record["district_code"] and record["province_code"]
    assert record["province_2025"] == "Phú Thọ"
    start, end = record["evidence"]["span"]
    assert doc.raw[start:end] == record["evidence"]["text"]


def test_national_event_has_no_place():
    text = "Hội đồng Thi đua - Khen thưởng Trung ương họp phiên thứ 7\nSáng 25/1/2024, Hội đồng họp tại Hà Nội... "
    assert place(text)[1] is None
