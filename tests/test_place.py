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


@pytest.mark.parametrize("url, expected", [
    # a Party committee's portal is shaped like a government one
    ("https://tanhong.dongthap.dcs.vn/tin-tuc/hoi-nghi-thi-dua", ("Đồng Tháp", "Tân Hồng")),
    ("https://quangtri.dangcongsan.vn/bai-viet/12345", ("Quảng Trị", None)),
    ("http://hoaiduc.hanoi.dcs.vn/Trang-chu/post/77", ("Hà Nội", "Hoài Đức")),
])
def test_place_from_a_party_portal(url, expected):
    text = "Hội nghị tổng kết thi đua\nSáng 8/1/2023, Ban Thường vụ tổ chức hội nghị tổng kết công tác năm."
    assert place(text, url=url) == expected


def test_a_source_after_the_reform_gives_its_new_province():
    text = "Hội nghị tổng kết thi đua\nSáng 20/12/2025, đơn vị tổ chức hội nghị tổng kết công tác năm."
    doc = make_document(text, url="https://baoyenbai.com.vn/tin/1")
    record, _ = find_place(doc, event_date="2025-12-20")
    assert (record["province"], record["district"]) == ("Lào Cai", None)


@pytest.mark.parametrize("text, url, expected", [
    # a national body's event reported by a provincial paper whose province the text never names
    ("Tôn vinh cán bộ Hội tiêu biểu\nSáng 5/3, Hội Cựu chiến binh Việt Nam tổ chức lễ tôn vinh 40 cán bộ Hội.",
     "https://baophuyen.vn/xa-hoi/1", (None, None)),
    ("Phiên họp Hội đồng\nChiều 2/2, tại Trụ sở Chính phủ, Thủ tướng Chính phủ chủ trì phiên họp xét tặng danh hiệu Anh hùng.",
     "https://baophuyen.vn/chinh-tri/2", (None, None)),
    # ... but the units it honoured are the paper's own
    ("Thủ tướng tặng Bằng khen\nThủ tướng Chính phủ vừa ký quyết định tặng Bằng khen cho 5 tập thể thuộc tỉnh Phú Yên.",
     "https://baophuyen.vn/chinh-tri/3", ("Phú Yên", None)),
    # a national decision whose headline names the honoured units' province: no venue
    ("Thủ tướng Chính phủ tặng Bằng khen cho Công an tỉnh Nam Định\n"
     "Thủ tướng Chính phủ đã ký quyết định tặng Bằng khen cho 4 tập thể thuộc Công an tỉnh Nam Định.", None, (None, None)),
    # a national body's event whose venue the lead writes takes place there ("Where the event took place, at the
    # finest level the text gives (the venue ...)": the annotators place it, most of the time)
    ("Đại hội Thi đua yêu nước ngành Tư pháp\nSáng 4/11, tại thành phố Hải Phòng, Bộ Tư pháp tổ chức Đại hội.",
     None, ("Hải Phòng", None)),
    ("Vinh danh 12 tập thể Anh hùng\nSáng 20/12, tại Đại hội Thi đua yêu nước toàn quốc lần thứ X tổ chức tại Hà Nội, "
     "Chủ tịch nước trao danh hiệu Anh hùng cho Công an tỉnh Quảng Bình.", None, ("Hà Nội", None)),
    ("Tuyên dương thiếu nhi\nNgày 16/6, tại Nhà Thiếu nhi tỉnh Gia Lai, Trung ương Đoàn tuyên dương 100 thiếu nhi.",
     None, ("Gia Lai", None)),
    # a local unit's congress looking towards the national one is the local unit's
    ("Đại hội Thi đua yêu nước tỉnh Gia Lai\nSáng 5/9/2030, UBND tỉnh Gia Lai tổ chức Đại hội Thi đua yêu nước tỉnh lần "
     "thứ II, hướng tới Đại hội Thi đua yêu nước toàn quốc lần thứ XII.", None, ("Gia Lai", None)),
    # a leader attending a local ceremony does not make it national
    ("Phó Thủ tướng dự lễ đón nhận Huân chương ở Thái Bình\n"
     "Sáng 3/9, Phó Thủ tướng dự lễ kỷ niệm 60 năm thành lập xã Quang Bình (huyện Kiến Xương, tỉnh Thái Bình).",
     None, ("Thái Bình", "Kiến Xương")),
])
def test_national_events(text, url, expected):
    kw = {"url": url} if url else {}
    assert place(text, **kw) == expected


@pytest.mark.parametrize("text, expected", [
    # "tại buổi lễ" names the occasion, not the venue; recipients in several districts: province only
    ("Trao Cờ thi đua cho ba trường học\nTại buổi lễ, ba trường nhận Cờ thi đua gồm Trường Tiểu học Hòa Bình "
     "(huyện Cần Giuộc), Trường THCS Phước Lý (huyện Tân Trụ) và Trường Mầm non Sen Hồng (thị xã Kiến Tường).",
     ("Long An", None)),
    # a venue phrase ends at a comma that opens a clause ...
    ("Tuyên dương người tốt việc tốt\nSáng 9/6, tại nhà văn hóa thôn, các đại biểu huyện Văn Chấn biểu dương 12 gương.",
     ("Yên Bái", "Văn Chấn")),
    # ... and goes on through the place written after it
    ("Ký kết giao ước thi đua\nChiều 15/3, tại thị trấn Chư Sê, huyện Chư Sê, tỉnh Gia Lai, các huyện ký kết giao ước.",
     ("Gia Lai", "Chư Sê")),
    # a sentence listing units of three provinces does not place the event
    ("Năm bệnh viện nhận Bằng khen của Thủ tướng Chính phủ\nĐó là các bệnh viện đa khoa tỉnh Sóc Trăng, "
     "tỉnh Yên Bái và Bệnh viện Nhi đồng (TP. Cần Thơ).", (None, None)),
    # a headline in capitals
    ("HÀ GIANG TUYÊN DƯƠNG BỐN MƯƠI ĐIỂN HÌNH TIÊN TIẾN\nTrong năm, nhiều tập thể đạt thành tích cao.", ("Hà Giang", None)),
])
def test_venue_and_lists(text, expected):
    assert place(text) == expected


def test_an_undated_text_naming_a_commune_of_the_reform_is_after_it():
    text = ("Cụm thi đua tổng kết năm\n"
            "Ngày 29-12, tại phường Thủ Dầu Một, Cụm thi đua số 3 tổng kết công tác thi đua, khen thưởng.")
    doc = make_document(text)
    record, _ = find_place(doc)
    assert (record["province"], record["district"], record["commune"]) == ("Hồ Chí Minh", None, "Thủ Dầu Một")
    text = "Xã tổng kết năm\nNgày 30-12, UBND xã tổng kết, vận hành chính quyền địa phương 2 cấp ổn định, tại xã Hòa Bình (tỉnh Tây Ninh)."
    record, _ = find_place(make_document(text))
    assert record["era"] == "reform_2025"


@pytest.mark.parametrize("text, event_date, expected", [
    # a paper of Thừa Thiên Huế: the province was renamed Huế on 1/1/2025, before the reform
    ("Tuyên dương học sinh giỏi\nSáng 12/5, nhà trường tuyên dương 20 em học sinh.", "2024-05-12", "Thừa Thiên Huế"),
    ("Tuyên dương học sinh giỏi\nSáng 12/3, nhà trường tuyên dương 20 em học sinh.", "2025-03-12", "Huế"),
    # after the reform, Huế took nothing over and keeps its name
    ("Tuyên dương học sinh giỏi\nSáng 12/10, nhà trường tuyên dương 20 em học sinh.", "2025-10-12", "Huế"),
    # undated: the crawl stamp of the page tells the era
    (" date 2025-11 Tuyên dương học sinh giỏi\nSáng 12/11, nhà trường tuyên dương 20 em học sinh.", None, "Huế"),
    (" date 2019-11-20 Tuyên dương học sinh giỏi\nSáng 20/11, nhà trường tuyên dương 20 em học sinh.", None,
     "Thừa Thiên Huế"),
])
def test_a_renamed_province_takes_the_name_of_the_day(text, event_date, expected):
    doc = make_document(text, url="https://baothuathienhue.vn/giao-duc/1")
    record, _ = find_place(doc, event_date=event_date)
    assert record["province"] == expected


def test_a_renamed_province_written_in_the_text_takes_the_name_of_the_day():
    doc = make_document("Khen thưởng đội tuyển bơi\nChiều 4/4, tại tỉnh Thừa Thiên Huế, Sở Văn hóa trao thưởng.")
    assert find_place(doc, event_date="2025-04-04")[0]["province"] == "Huế"
    assert find_place(doc, event_date="2023-04-04")[0]["province"] == "Thừa Thiên Huế"


@pytest.mark.parametrize("text, expected", [
    # the scene of the crime the honoured officers solved is not the ceremony's place
    ("Khen thưởng ban chuyên án ở Nghệ An\nSáng 9/6, Giám đốc Công an tỉnh Nghệ An trao thưởng cho ban chuyên án "
     "bắt giữ kẻ cướp tiệm vàng tại xã Mã Thành, huyện Yên Thành.", ("Nghệ An", None)),
    # ... nor the place of a rescue
    ("Tặng Bằng khen cho thanh niên dũng cảm\nChủ tịch UBND tỉnh Quảng Bình tặng Bằng khen cho anh Lê Văn Tâm đã "
     "cứu sống hai cháu nhỏ bị đuối nước ở xã Quảng Phú, huyện Quảng Trạch.", ("Quảng Bình", None)),
    # a ceremony held where it is written stays there
    ("Trao thưởng chuyên án\nSáng 9/6, tại huyện Yên Thành, Công an tỉnh Nghệ An trao thưởng cho ban chuyên án.",
     ("Nghệ An", "Yên Thành")),
])
def test_the_place_of_an_incident_is_not_the_venue(text, expected):
    assert place(text) == expected


def test_the_venue_of_the_sentence_that_opens_with_the_day_counts_after_a_preamble():
    text = ("Cụm thi đua số 3 tỉnh Sơn La ký giao ước thi đua\n"
            "Căn cứ Kế hoạch số 15/KH-HĐTĐKT ngày 10/1/2022 của Hội đồng Thi đua - Khen thưởng tỉnh.\n"
            "Chiều ngày 8/3/2022, tại Hội trường UBND huyện Mộc Châu (Cụm trưởng), các đơn vị trong Cụm thi đua "
            "số 3 tổ chức hội nghị ký kết giao ước thi đua.")
    assert place(text) == ("Sơn La", "Mộc Châu")


def test_the_host_of_a_clusters_meeting_places_it():
    text = ("Khối thi đua các huyện phía Bắc tổng kết năm 2022\n"
            "Vừa qua, Khối thi đua gồm Huyện ủy Mường Khương, Bát Xát, Bảo Thắng và Si Ma Cai tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2022.\n"
            "Hội nghị nghe Huyện ủy Bát Xát (đơn vị đăng cai) báo cáo kết quả hoạt động của Khối.")
    assert place(text) == ("Lào Cai", "Bát Xát")


def test_a_local_paper_places_no_event_it_files_under_national_news():
    text = ("Biểu dương cán bộ Hội xuất sắc\nDịp này, Trung ương Hội Cựu chiến binh biểu dương 50 cán bộ Hội "
            "tiêu biểu trên cả nước.")
    assert place(text, url="https://baophuyen.vn/tin-trong-nuoc/bieu-duong-1.html") == (None, None)
    assert place("Tổng kết thi đua\nSáng 5/1, xã tổ chức hội nghị tổng kết.",
                 url="https://baophuyen.vn/xa-hoi/tong-ket-2.html") == ("Phú Yên", None)


def test_a_national_decision_reported_locally_gives_the_province_not_an_honoured_units_district():
    text = ("Thủ tướng tặng Bằng khen cho ngành giáo dục\n"
            "Thủ tướng Chính phủ vừa ký quyết định tặng Bằng khen cho Trường THCS Lê Lợi (TX. Ninh Hòa) "
            "đã có thành tích xuất sắc trong năm học 2022 - 2023.")
    assert place(text, url="https://baokhanhhoa.vn/giao-duc/1") == ("Khánh Hòa", None)


def test_a_local_units_event_that_names_a_national_body_is_placed_by_its_local_source():
    text = ("Nông dân giỏi được tôn vinh\n"
            "Ngày 12/10, Hội Nông dân tỉnh tổ chức kỷ niệm 90 năm Ngày thành lập Hội Nông dân Việt Nam và sơ kết "
            "phong trào nông dân sản xuất, kinh doanh giỏi.")
    assert place(text, url="https://baophuyen.vn/kinh-te/3") == ("Phú Yên", None)


def test_a_city_written_by_its_short_name_before_the_rename_is_the_province_of_its_day():
    doc = make_document("Đại học Huế kỷ niệm 70 năm\nNgày 3-3, Đại học Huế tổ chức lễ kỷ niệm và đón nhận Huân chương.")
    assert find_place(doc, event_date="2027-03-03")[0]["province"] == "Huế"
    assert find_place(doc, event_date="2019-03-03")[0]["province"] == "Thừa Thiên Huế"


def test_a_place_told_as_what_came_before_is_the_deeds_not_the_events():
    text = ("date 2024-02 Cụ thể, Công an tỉnh Thái Bình vừa tổ chức lễ truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho "
            "thượng úy Lò Văn Tài, cán bộ Công an thị trấn Tiền Hải.\n\nTrước đó, vào hồi 21 giờ ngày 22/9/2023, trung úy "
            "Lò Văn Tài đang trong ca trực, nhận được tin báo tại khu vực tổ 3, thị trấn Tiền Hải có đối tượng trộm cắp.")
    assert place(text) == ("Thái Bình", None)
