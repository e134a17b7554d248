"""Award statements in many shapes, written for these tests (not real articles)."""
from collections import Counter

import pytest

from tdkt.extract.awards import extract_awards
from tdkt.extract.document import make_document

TITLE = "Hội nghị tổng kết năm 2023\nNgày 5/1/2024, UBND huyện tổ chức hội nghị tổng kết.\n"


def awards(text, **kw):
    doc = make_document(TITLE + text)
    return [(a["code"], a["recipient"], a["count"], a["status"]) for a in extract_awards(doc, **kw)]


CASES = [
    # FORM cho N RECIPIENT
    ("Dịp này, Chủ tịch UBND tỉnh Quảng Trị tặng Bằng khen cho 15 tập thể và 30 cá nhân.",
     [("bang_khen_bo_tinh", "tap_the", 15, "awarded"), ("bang_khen_bo_tinh", "ca_nhan", 30, "awarded")]),
    ("Hội nghị đã trao Cờ thi đua của Chính phủ cho 01 tập thể; Bằng khen của Thủ tướng Chính phủ cho 03 cá nhân.",
     [("co_thi_dua_chinh_phu", "tap_the", 1, "awarded"), ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 3, "awarded")]),
    # N RECIPIENT FORM (count right before a title)
    ("Năm học 2021-2022, toàn ngành có 412 lao động tiên tiến, 57 chiến sĩ thi đua cơ sở và 18 tập thể lao động xuất sắc.",
     [("lao_dong_tien_tien", "ca_nhan", 412, "awarded"), ("chien_si_thi_dua_co_so", "ca_nhan", 57, "awarded"),
      ("tap_the_lao_dong_xuat_sac", "tap_the", 18, "awarded")]),
    # enumeration after a colon
    ("Giấy khen của Chủ tịch UBND huyện: 41 cá nhân, 07 hộ gia đình và 12 tập thể.",
     [("giay_khen", "ca_nhan", 41, "awarded"), ("giay_khen", "ho_gia_dinh", 7, "awarded"),
      ("giay_khen", "tap_the", 12, "awarded")]),
    # totals with a breakdown
    ("Năm 2022, huyện khen thưởng 215 tập thể, cá nhân, trong đó: Lao động tiên tiến: 150 cá nhân; Giấy khen: 65 tập thể.",
     [("khen_thuong", "mixed", 215, "awarded"), ("lao_dong_tien_tien", "ca_nhan", 150, "awarded"),
      ("giay_khen", "tap_the", 65, "awarded")]),
    # thousands separator and zero padding
    ("Trong giai đoạn 2016-2020, có 1.305 lượt tập thể và 4.870 cá nhân được các cấp khen thưởng.",
     [("khen_thuong", "tap_the", 1305, "awarded"), ("khen_thuong", "ca_nhan", 4870, "awarded")]),
    # ranked order, lower case and roman ranks
    ("Chủ tịch nước tặng thưởng huân chương lao động hạng ba cho 02 tập thể và Huân chương Lao động hạng II cho 01 cá nhân.",
     [("huan_chuong_lao_dong_hang_ba", "tap_the", 2, "awarded"), ("huan_chuong_lao_dong_hang_nhi", "ca_nhan", 1, "awarded")]),
    # abbreviations
    ("UBND thị xã công nhận danh hiệu TTLĐTT cho 36 tập thể, LĐTT cho 520 cá nhân, CSTĐCS cho 61 cá nhân.",
     [("tap_the_lao_dong_tien_tien", "tap_the", 36, "awarded"), ("lao_dong_tien_tien", "ca_nhan", 520, "awarded"),
      ("chien_si_thi_dua_co_so", "ca_nhan", 61, "awarded")]),
    # passive order: count first, form after the verb
    ("Có 14 tập thể và 22 cá nhân được Chủ tịch UBND tỉnh Sóc Trăng tặng Bằng khen.",
     [("bang_khen_bo_tinh", "tap_the", 14, "awarded"), ("bang_khen_bo_tinh", "ca_nhan", 22, "awarded")]),
    # proposals
    ("Hội đồng thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 04 tập thể, 09 cá nhân.",
     [("bang_khen_thu_tuong_chinh_phu", "tap_the", 4, "proposed"), ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 9, "proposed")]),
    ("Dự kiến trình Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 3 tập thể.",
     [("huan_chuong_lao_dong_hang_ba", "tap_the", 3, "proposed")]),
    # a decision preamble is not a proposal
    ("Theo đề nghị của Giám đốc Sở Nội vụ, Chủ tịch UBND tỉnh đã quyết định tặng Bằng khen cho 25 cá nhân.",
     [("bang_khen_bo_tinh", "ca_nhan", 25, "awarded")]),
    # generic commendation
    ("Nhân dịp này, Ban Thường vụ Huyện ủy khen thưởng 6 tập thể, 11 cá nhân có thành tích xuất sắc.",
     [("khen_thuong", "tap_the", 6, "awarded"), ("khen_thuong", "ca_nhan", 11, "awarded")]),
    # households and localities
    ("Năm 2019, toàn xã có 1.120 hộ gia đình đạt danh hiệu Gia đình văn hóa.",
     [("gia_dinh_van_hoa", "ho_gia_dinh", 1120, "awarded")]),
    # Party badges
    ("Ban Thường vụ Thành ủy trao Huy hiệu 30, 40 và 50 năm tuổi Đảng cho 48 đảng viên.",
     [("huy_hieu_dang", "ca_nhan", 48, "awarded")]),
    # state honour titles
    ("Chủ tịch nước phong tặng danh hiệu Nhà giáo ưu tú cho 5 nhà giáo của tỉnh.",
     [("nha_giao_uu_tu", "ca_nhan", 5, "awarded")]),
    # single named recipients
    ("Trường THPT Chuyên Lê Quý Đôn vinh dự đón nhận Huân chương Lao động hạng Nhì.",
     [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, "awarded")]),
    ("Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho Công an huyện Mường Tè vì thành tích năm 2021.",
     [("co_thi_dua_chinh_phu", "tap_the", 1, "awarded")]),
    ("Ông Lò Văn Muôn được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc.",
     [("bang_khen_bo_tinh", "ca_nhan", 1, "awarded")]),
    # typo in the title name
    ("Khen thưởng 48 chiến sỹ thi đua cáp cơ sở và 9 tập thể lao động tiên tiến.",
     [("chien_si_thi_dua_co_so", "ca_nhan", 48, "awarded"), ("tap_the_lao_dong_tien_tien", "tap_the", 9, "awarded")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_award_statements(text, expected):
    assert Counter(awards(text)) == Counter(expected)


NOT_AWARDS = [
    "Hội nghị có 250 đại biểu tham dự, trong đó có 120 cá nhân là đảng viên.",
    "Dịp này, Hội Chữ thập đỏ trao 150 suất quà cho 150 hộ nghèo trên địa bàn.",
    "Khối thi đua gồm 9 đơn vị với hơn 700.000 người, trong đó có 20.000 cán bộ, công chức.",
    "Hàng trăm tập thể, cá nhân đã được các cấp khen thưởng trong năm qua.",
    "Đồng chí Chủ tịch UBND huyện trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.",
    "Quy định mới nêu rõ tiêu chuẩn xét tặng Cờ thi đua của Chính phủ và Bằng khen.",
    "Trận lũ làm 3 người chết, 12 hộ gia đình phải di dời khẩn cấp.",
    "Hội đồng Thi đua, khen thưởng huyện có 15 thành viên, do Chủ tịch UBND huyện làm Chủ tịch.",
]


@pytest.mark.parametrize("text", NOT_AWARDS, ids=[t[:40] for t in NOT_AWARDS])
def test_counts_that_are_not_awards(text):
    assert awards(text) == []


def test_related_news_tail_gives_no_awards():
    text = ("Sáng 5/12, UBND huyện tặng Giấy khen cho 12 tập thể.\n"
            "Tin cùng chuyên mục\n"
            "Đại hội thi đua tôn vinh 186 Anh hùng, trao Bằng khen cho 100 cá nhân\n")
    assert awards(text) == [("giay_khen", "tap_the", 12, "awarded")]


def test_award_carries_period_issuer_and_provenance():
    text = "Khen thưởng thành tích năm học 2022-2023, Giám đốc Sở tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo cho 40 giáo viên."
    doc = make_document(TITLE + text)
    [award] = extract_awards(doc)
    assert award["period"] == "2022-2023"
    assert award["issuer"].startswith("Giám đốc Sở Giáo dục")
    start, end = award["span"]
    assert doc.raw[start:end] == award["text"]
    assert "40 giáo viên" in award["text"]
    assert award["sentence"].startswith("Khen thưởng thành tích")
    assert 0 < award["confidence"] <= 1


def test_hop_xet_event_makes_awards_proposed():
    text = "Hội đồng đã xem xét hồ sơ, thống nhất Bằng khen của Thủ tướng Chính phủ cho 2 tập thể."
    assert awards(text, event_kind="hop_xet") == [("bang_khen_thu_tuong_chinh_phu", "tap_the", 2, "proposed")]


def test_caption_repeating_a_statement_is_not_counted_twice():
    text = ("Chủ tịch UBND tỉnh trao Bằng khen cho 10 tập thể.\n"
            "anh1.jpg\n"
            "Trao Bằng khen cho 10 tập thể\n")
    assert awards(text) == [("bang_khen_bo_tinh", "tap_the", 10, "awarded")]


def test_flattened_award_table():
    text = ("Qua xem xét hồ sơ, Hội đồng thống nhất đề nghị như sau:\n"
            "STT | Hình thức | Tập thể | Cá nhân | 1 | Cờ thi đua của UBND tỉnh | 2 | - | "
            "2 | Bằng khen của Chủ tịch UBND tỉnh | 9 | 17 | 3 | Chiến sĩ thi đua cấp tỉnh | - | 3\n")
    assert Counter(awards(text)) == Counter([
        ("co_thi_dua_bo_tinh", "tap_the", 2, "proposed"), ("bang_khen_bo_tinh", "tap_the", 9, "proposed"),
        ("bang_khen_bo_tinh", "ca_nhan", 17, "proposed"), ("chien_si_thi_dua_bo_tinh", "ca_nhan", 3, "proposed")])


def test_a_table_without_recipient_columns_gives_nothing():
    assert awards("Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ | Thu ngân sách | 120 | 131 | 109\n") == []


def test_table_with_one_row_per_line():
    text = ("Hội đồng thống nhất đề nghị như sau:\n"
            "STT | Hình thức | Tập thể | Cá nhân\n"
            "1 | Giấy khen của Chủ tịch UBND huyện | 64 | 158\n"
            "2 | Tập thể lao động tiên tiến | 20 | -\n")
    assert Counter(awards(text)) == Counter([
        ("giay_khen", "tap_the", 64, "proposed"), ("giay_khen", "ca_nhan", 158, "proposed"),
        ("tap_the_lao_dong_tien_tien", "tap_the", 20, "proposed")])


def test_a_ratio_counts_its_first_number():
    assert awards("Năm 2020, có 45/50 thôn được công nhận danh hiệu thôn văn hóa.") == \
        [("thon_to_dan_pho_van_hoa", "dia_phuong", 45, "awarded")]


def test_a_total_is_not_chained_to_the_breakdown_after_it():
    text = ("Bộ đã trình cấp có thẩm quyền khen thưởng 296 tập thể, cá nhân, trong đó có 2 tập thể được "
            "đề nghị tặng Huân chương Lao động hạng Nhì.")
    assert Counter(awards(text)) == Counter([("khen_thuong", "mixed", 296, "proposed"),
                                             ("huan_chuong_lao_dong_hang_nhi", "tap_the", 2, "proposed")])


def test_each_clause_has_its_own_status():
    text = ("Chủ tịch UBND huyện đã tặng Giấy khen cho 64 tập thể; trình Chủ tịch UBND tỉnh tặng Bằng khen "
            "cho 5 tập thể.")
    assert Counter(awards(text)) == Counter([("giay_khen", "tap_the", 64, "awarded"),
                                             ("bang_khen_bo_tinh", "tap_the", 5, "proposed")])


# Real-text classes (issue 9), each in our own words.

def _tuples(text):
    """The award tuples of a whole article (its first line is the headline)."""
    return sorted((a["code"], a["recipient"], a["count"], a["status"]) for a in extract_awards(make_document(text)))


def test_a_count_reaches_its_form_through_a_long_merit_phrase_and_the_issuer():
    text = ("Hội nghị tổng kết năm 2021 của Sở Tài nguyên và Môi trường.\n"
            "Năm qua, 3 tập thể, 4 cá nhân có thành tích xuất sắc trong công tác bảo vệ môi trường trên địa bàn "
            "các huyện vùng cao được Bộ trưởng Bộ Tài nguyên và Môi trường tặng Bằng khen.")
    assert _tuples(text) == [("bang_khen_bo_tinh", "ca_nhan", 4, "awarded"), ("bang_khen_bo_tinh", "tap_the", 3, "awarded")]


def test_a_title_written_right_after_its_counts_and_the_collective_title_of_units():
    text = ("Thị xã Ba Đồn tổng kết thi đua năm 2020.\n"
            "Dịp này, UBND thị xã tặng Giấy khen cho 40 tập thể; công nhận 47 tập thể và 310 cá nhân Lao động tiên tiến; "
            "công nhận 12 danh hiệu Tập thể lao động xuất sắc.")
    assert _tuples(text) == [("giay_khen", "tap_the", 40, "awarded"), ("lao_dong_tien_tien", "ca_nhan", 310, "awarded"),
                             ("tap_the_lao_dong_tien_tien", "tap_the", 47, "awarded"),
                             ("tap_the_lao_dong_xuat_sac", "tap_the", 12, "awarded")]


def test_units_and_comrades_are_recipient_nouns():
    text = ("Ngành y tế tổng kết năm 2019.\n"
            "Có 5 bệnh viện nhận Bằng khen của Bộ Y tế; 3 đ/c được công nhận Chiến sĩ thi đua cấp tỉnh.")
    assert _tuples(text) == [("bang_khen_bo_tinh", "tap_the", 5, "awarded"),
                             ("chien_si_thi_dua_bo_tinh", "ca_nhan", 3, "awarded")]


def test_one_recipient_receiving_a_form_n_times_counts_n():
    text = ("Công ty Cổ phần Cao su Phước Hòa kỷ niệm 40 năm thành lập.\n"
            "Trong chặng đường đó, công ty ba lần được Thủ tướng Chính phủ tặng Cờ thi đua.")
    assert _tuples(text) == [("co_thi_dua_chinh_phu", "tap_the", 3, "awarded")]


def test_the_subject_of_a_passive_award_is_the_nearest_noun_phrase_not_a_speaker_before_it():
    text = ("Lễ kỷ niệm 60 năm ngày truyền thống ngành y tế tỉnh.\n"
            "Theo ông Trần Văn Bình, Giám đốc Sở Y tế, Bệnh viện Đa khoa tỉnh được Chủ tịch nước tặng thưởng "
            "Huân chương Lao động hạng Ba.")
    assert _tuples(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, "awarded")]


def test_a_local_mass_organisations_own_forms_are_other_org_awards_and_central_ones_are_not():
    text = ("Công đoàn tỉnh Kon Tum tổng kết năm 2022.\n"
            "Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho 6 tập thể; Liên đoàn Lao động tỉnh tặng "
            "Cờ thi đua cho 9 công đoàn cơ sở và Bằng khen cho 70 đoàn viên; Chủ tịch UBND tỉnh tặng Bằng khen "
            "cho 4 cá nhân. Có 11 đơn vị nhận Cờ thi đua xuất sắc của ngành.")
    assert _tuples(text) == [("bang_khen_bo_tinh", "ca_nhan", 4, "awarded"), ("bang_khen_bo_tinh", "tap_the", 6, "awarded"),
                             ("other_org_award", "ca_nhan", 70, "awarded"), ("other_org_award", "tap_the", 9, "awarded"),
                             ("other_org_award", "tap_the", 11, "awarded")]


def test_the_prime_ministers_flag_is_the_governments_flag():
    text = ("Ngân hàng Chính sách xã hội tỉnh tổng kết năm 2020.\n"
            "Năm qua, 2 phòng giao dịch nhận Cờ thi đua của Thủ tướng Chính phủ.")
    assert _tuples(text) == [("co_thi_dua_chinh_phu", "tap_the", 2, "awarded")]


def test_a_locality_named_after_the_form_receives_it_as_a_locality():
    text = ("Lễ kỷ niệm 20 năm tái lập huyện.\n"
            "Tại buổi lễ, lãnh đạo Công an tỉnh đã trao Bằng khen của Bộ trưởng Bộ Công an cho cán bộ và Nhân dân "
            "xã Tân Lập về thành tích xuất sắc trong phong trào; Chủ tịch nước trao Huân chương Lao động hạng Nhì "
            "cho Đảng bộ, chính quyền và nhân dân huyện Đông Giang.")
    assert _tuples(text) == [("bang_khen_bo_tinh", "dia_phuong", 1, "awarded"),
                             ("huan_chuong_lao_dong_hang_nhi", "dia_phuong", 1, "awarded")]


def test_a_single_unit_named_by_its_noun_after_the_form_counts_one():
    text = ("Công an huyện khen thưởng đột xuất.\n"
            "Trưởng Công an huyện đã tặng Giấy khen cho tổ công tác và thưởng nóng 3 triệu đồng.")
    assert _tuples(text) == [("giay_khen", "tap_the", 1, "awarded")]


# Named recipients (the GUIDE's `named`), in our own words.

def _named(text):
    return [(a["code"], a["recipient"], a["count"], a["named"]) for a in extract_awards(make_document(text))]


def test_a_list_of_named_units_and_people_gives_one_entry_per_kind_with_their_names():
    text = ("Chủ tịch nước tặng thưởng Huân chương Lao động.\n"
            "Cụ thể, tặng Huân chương Lao động hạng Nhì cho Trung tâm Y tế huyện Cẩm Mỹ; Hội Nông dân tỉnh; "
            "tặng Huân chương Lao động hạng Ba cho Phòng Nội vụ thành phố và Trường Tiểu học Kim Đồng; "
            "bà Trương Thị Mai, Phó Giám đốc Sở Tư pháp; ông Đinh Văn Lộc, Chủ tịch Hội Cựu chiến binh tỉnh.")
    assert _named(text) == [
        ("huan_chuong_lao_dong_hang_nhi", "tap_the", 2, ["Trung tâm Y tế huyện Cẩm Mỹ", "Hội Nông dân tỉnh"]),
        ("huan_chuong_lao_dong_hang_ba", "tap_the", 2, ["Phòng Nội vụ thành phố", "Trường Tiểu học Kim Đồng"]),
        ("huan_chuong_lao_dong_hang_ba", "ca_nhan", 2, ["Trương Thị Mai", "Đinh Văn Lộc"]),
    ]


def test_a_unit_whose_name_holds_and_stays_whole():
    text = ("Tổng kết năm học 2022-2023.\n"
            "Chủ tịch UBND tỉnh tặng Bằng khen cho Phòng Giáo dục và Đào tạo huyện Phú Tân và Trường THCS Hòa Lạc.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 2,
                             ["Phòng Giáo dục và Đào tạo huyện Phú Tân", "Trường THCS Hòa Lạc"])]


def test_a_counted_statement_that_spells_out_its_recipients_names_them():
    text = ("Ngành y tế tổng kết năm 2021.\n"
            "Bộ trưởng Bộ Y tế tặng Cờ thi đua cho 3 đơn vị: Bệnh viện Đa khoa Long Thành, Trung tâm Y tế Tân Phú "
            "và Bệnh viện Nhi tỉnh.")
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 3,
                             ["Bệnh viện Đa khoa Long Thành", "Trung tâm Y tế Tân Phú", "Bệnh viện Nhi tỉnh"])]


def test_lower_case_sector_words_and_counted_statements_name_nobody():
    text = ("Hội nghị tổng kết năm 2020.\n"
            "Thủ tướng Chính phủ tặng Cờ thi đua cho các bộ, ban, ngành; Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể.")
    assert [a["named"] for a in extract_awards(make_document(text))] == [[]]


def test_a_headline_restating_the_sum_of_the_bodys_counts_is_no_entry():
    text = ("29 đơn vị nhận Cờ thi đua và Bằng khen của UBND tỉnh\n"
            "Ngày 3/4/2021, Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng. Hội đồng thống nhất đề nghị "
            "tặng Cờ thi đua cho 9 đơn vị và Bằng khen cho 20 đơn vị.")
    assert _tuples(text) == [("bang_khen_bo_tinh", "tap_the", 20, "proposed"),
                             ("co_thi_dua_bo_tinh", "tap_the", 9, "proposed")]


def test_a_first_line_that_is_a_lead_paragraph_states_its_awards():
    text = ("Chủ tịch nước vừa ký quyết định tặng thưởng Huân chương Lao động hạng Ba cho 4 tập thể và 2 cá nhân "
            "của tỉnh Hậu Giang đã có thành tích xuất sắc trong công tác từ năm 2016 đến năm 2020.\n"
            "Cụ thể, tặng cho Sở Y tế, Sở Tư pháp, Báo Hậu Giang và Trường THPT Vị Thanh.")
    assert _tuples(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 2, "awarded"),
                             ("huan_chuong_lao_dong_hang_ba", "tap_the", 4, "awarded")]


def test_an_enumeration_of_ranks_gives_one_entry_per_rank():
    text = ("Lễ kỷ niệm 60 năm thành lập lực lượng.\n"
            "Qua các thời kỳ, Bộ đội Biên phòng tỉnh được Chủ tịch nước tặng Huân chương Chiến công hạng Nhất, Nhì "
            "và Huân chương Lao động hạng Ba.")
    assert _tuples(text) == [("huan_chuong_chien_cong_hang_nhat", "tap_the", 1, "awarded"),
                             ("huan_chuong_chien_cong_hang_nhi", "tap_the", 1, "awarded"),
                             ("huan_chuong_lao_dong_hang_ba", "tap_the", 1, "awarded")]


def test_cases_are_people_and_abbreviated_collective_titles_are_read():
    text = ("Hội đồng xét tặng danh hiệu Nhà giáo ưu tú tỉnh họp năm 2022.\n"
            "Hội đồng đã bỏ phiếu đề nghị xét tặng danh hiệu Nhà giáo ưu tú đối với 14 trường hợp; đề nghị công nhận "
            "danh hiệu Tập thể LĐXS cho 7 đơn vị.")
    assert _tuples(text) == [("nha_giao_uu_tu", "ca_nhan", 14, "proposed"),
                             ("tap_the_lao_dong_xuat_sac", "tap_the", 7, "proposed")]


def test_a_central_mass_organisations_forms_are_not_other_org_awards():
    text = ("Hội Liên hiệp Phụ nữ tỉnh tổng kết năm 2019.\n"
            "Năm qua, Hội LHPN tỉnh được Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 12 tập thể.")
    assert _tuples(text) == [("bang_khen_bo_tinh", "tap_the", 12, "awarded")]


def test_the_items_of_a_prime_ministers_decision_are_his_forms():
    text = ("Thủ tướng tặng Bằng khen cho ngành giáo dục tỉnh\n"
            "Thủ tướng Chính phủ vừa ký Quyết định tặng Bằng khen cho 2 tập thể của tỉnh Vĩnh Long;\n"
            "Tặng Bằng khen cho 14 cá nhân đã có thành tích trong công tác giáo dục từ năm học 2017 - 2018 "
            "đến năm học 2021 - 2022.")
    assert _tuples(text) == [("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 14, "awarded"),
                             ("bang_khen_thu_tuong_chinh_phu", "tap_the", 2, "awarded")]


def test_a_sentence_printed_twice_is_read_once_and_a_deeds_count_is_no_recipient_count():
    text = ("Khen thưởng học sinh dũng cảm\n"
            "Chủ tịch UBND huyện tặng Giấy khen cho em Lò Văn Sinh vì đã cứu 3 em nhỏ bị đuối nước.\n"
            "Khen thưởng học sinh dũng cảm\n"
            "Chủ tịch UBND huyện tặng Giấy khen cho em Lò Văn Sinh vì đã cứu 3 em nhỏ bị đuối nước.")
    assert _named(text) == [("giay_khen", "ca_nhan", 1, ["Lò Văn Sinh"])]


def test_the_subject_of_a_ceremony_sentence_is_the_recipient_it_names():
    text = ("Trường THPT Lam Sơn kỷ niệm 50 năm thành lập\n"
            "Sáng 20/11, Trường THPT Lam Sơn (TP Vinh) long trọng tổ chức lễ kỷ niệm 50 năm thành lập và đón nhận "
            "Huân chương Lao động hạng Nhì.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Trường THPT Lam Sơn"])]


def test_a_locality_named_as_its_party_committee_government_and_people_is_one_name():
    text = ("Lễ đón nhận danh hiệu Anh hùng\n"
            "Chủ tịch nước trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Đảng bộ, quân và dân các dân tộc "
            "huyện Mường Tè; trao Bằng khen cho nhân dân và cán bộ xã Ka Lăng.")
    assert _named(text) == [
        ("anh_hung_luc_luong_vu_trang_nhan_dan", "dia_phuong", 1, ["Đảng bộ, quân và dân các dân tộc huyện Mường Tè"]),
        ("bang_khen_bo_tinh", "dia_phuong", 1, ["nhân dân và cán bộ xã Ka Lăng"]),
    ]


def test_counts_reach_a_proposed_form_and_an_object_list_is_not_stolen_by_a_later_form():
    text = ("Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng đợt 2 năm 2019.\n"
            "Trong đó có 2 tập thể, 3 cá nhân đề nghị tặng thưởng Huân chương Lao động hạng Ba; 1 tập thể, "
            "6 cá nhân đề nghị tặng Bằng khen của Thủ tướng Chính phủ. Hội đồng cũng đề nghị Chủ tịch UBND tỉnh "
            "tặng Bằng khen cho 4 tập thể, 8 cá nhân và đề nghị công nhận xã Tân Hòa đạt danh hiệu Xã tiêu biểu.")
    assert _tuples(text) == [("bang_khen_bo_tinh", "ca_nhan", 8, "proposed"),
                             ("bang_khen_bo_tinh", "tap_the", 4, "proposed"),
                             ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 6, "proposed"),
                             ("bang_khen_thu_tuong_chinh_phu", "tap_the", 1, "proposed"),
                             ("huan_chuong_lao_dong_hang_ba", "ca_nhan", 3, "proposed"),
                             ("huan_chuong_lao_dong_hang_ba", "tap_the", 2, "proposed"),
                             ("xa_phuong_tieu_bieu", "dia_phuong", 1, "proposed")]


def test_a_council_decision_after_a_colon_grants_what_it_names():
    text = ("Hội đồng Thi đua - Khen thưởng huyện họp xét khen thưởng năm 2023\n"
            "Qua xem xét hồ sơ đề nghị khen thưởng của các đơn vị, Hội đồng thống nhất: Tặng giấy khen của Chủ tịch "
            "UBND huyện cho 120 cá nhân và 35 hộ gia đình; công nhận 14 cơ quan đạt danh hiệu Tập thể lao động "
            "tiên tiến.")
    assert _tuples(text) == [("giay_khen", "ca_nhan", 120, "awarded"), ("giay_khen", "ho_gia_dinh", 35, "awarded"),
                             ("tap_the_lao_dong_tien_tien", "tap_the", 14, "awarded")]


def test_a_lead_restating_the_bodys_counts_is_no_entry_and_a_list_after_the_form_names_them():
    text = ("Trao Huy hiệu Đảng đợt 19/5\n"
            "Sáng 19/5, Đảng ủy xã Đông Hưng tổ chức lễ trao Huy hiệu Đảng cho 9 đảng viên.\n"
            "Tại buổi lễ, Đảng ủy đã trao Huy hiệu 60 năm tuổi Đảng cho 2 đồng chí và Huy hiệu 40 năm tuổi Đảng "
            "cho 7 đồng chí.\n"
            "Theo đó, 4 cá nhân được phong tặng danh hiệu Nghệ nhân ưu tú, gồm: ông Hà Văn Thắng, nghệ nhân hát then; "
            "bà Lương Thị Hoa; bà Nông Thị Ngát và ông Triệu Văn Sình.")
    assert _named(text) == [
        ("huy_hieu_dang", "ca_nhan", 2, []), ("huy_hieu_dang", "ca_nhan", 7, []),
        ("nghe_nhan_uu_tu", "ca_nhan", 4, ["Hà Văn Thắng", "Lương Thị Hoa", "Nông Thị Ngát", "Triệu Văn Sình"]),
    ]


def test_a_form_followed_by_and_and_another_count_has_no_object_there():
    text = ("Sở Y tế kỷ niệm Ngày Thầy thuốc Việt Nam.\n"
            "Dịp này, 12 đơn vị nhận Cờ thi đua xuất sắc của ngành và 140 cá nhân được trao Kỷ niệm chương "
            "của Bộ Y tế.")
    assert _tuples(text) == [("ky_niem_chuong", "ca_nhan", 140, "awarded"), ("other_org_award", "tap_the", 12, "awarded")]


def test_a_list_under_an_introducing_line_takes_its_verb_and_abbreviated_lower_case_forms_are_read():
    text = ("Hội đồng Thi đua - Khen thưởng thị xã họp xét khen thưởng năm 2022\n"
            "Sau khi bỏ phiếu, Hội đồng thống nhất đề nghị:\n"
            "- Tặng BKTTg cho 2 tập thể;\n"
            "- Tặng HCLĐ hạng Ba cho 1 cá nhân;\n"
            "- Công nhận danh hiệu CSTĐ cấp tỉnh cho 5 cá nhân;\n"
            "2. Tặng bằng khen của chủ tịch ubnd tỉnh cho 6 chi hội và 12 lượt hộ gia đình.\n"
            "Tại buổi lễ, Chủ tịch UBND thị xã đã trao giấy khen cho 3 trường, 4 xã.")
    assert _tuples(text) == [
        ("bang_khen_bo_tinh", "ho_gia_dinh", 12, "proposed"), ("bang_khen_bo_tinh", "tap_the", 6, "proposed"),
        ("bang_khen_thu_tuong_chinh_phu", "tap_the", 2, "proposed"),
        ("chien_si_thi_dua_bo_tinh", "ca_nhan", 5, "proposed"),
        ("giay_khen", "dia_phuong", 4, "awarded"), ("giay_khen", "tap_the", 3, "awarded"),
        ("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, "proposed")]


def test_names_after_a_plural_head_and_a_colon_and_in_the_sentence_after_a_count():
    text = ("Khen thưởng các đơn vị y tế\n"
            "Chủ tịch UBND tỉnh tặng Cờ thi đua cho các đơn vị: Trường THPT Nguyễn Trãi, Bệnh viện Đa khoa huyện "
            "và Công ty Cổ phần Cấp nước. Dịp này, 3 bệnh viện nhận Bằng khen của Bộ Y tế. Đó là các bệnh viện: "
            "Chợ Quán, Nhi đồng 2 và Mắt tỉnh.")
    assert _named(text) == [
        ("co_thi_dua_bo_tinh", "tap_the", 3,
         ["Trường THPT Nguyễn Trãi", "Bệnh viện Đa khoa huyện", "Công ty Cổ phần Cấp nước"]),
        ("bang_khen_bo_tinh", "tap_the", 3, ["Chợ Quán", "Nhi đồng 2", "Mắt tỉnh"]),
    ]


def test_quoted_titles_after_their_counts_and_an_organisations_named_badge_proposed():
    text = ("Huyện Vân Canh tổng kết thi đua năm 2021\n"
            "Chủ tịch UBND huyện đã công nhận danh hiệu cho 57 “Tập thể lao động tiên tiến”, 1.204 cá nhân "
            "“Lao động tiên tiến”. Huyện đoàn đang hoàn thiện hồ sơ đề nghị Trung ương Đoàn xem xét trao tặng "
            "huy hiệu “Tuổi trẻ dũng cảm” cho 3 đoàn viên.")
    assert _tuples(text) == [("lao_dong_tien_tien", "ca_nhan", 1204, "awarded"),
                             ("other_org_award", "ca_nhan", 3, "proposed"),
                             ("tap_the_lao_dong_tien_tien", "tap_the", 57, "awarded")]


def test_ranks_given_in_a_bracket_after_a_count_are_entries_of_their_own():
    text = ("Gặp mặt kỷ niệm ngày truyền thống\n"
            "Thừa ủy quyền của Chủ tịch nước, Bộ Chỉ huy đã trao 11 Huân chương Chiến công (2 hạng nhì, 9 hạng ba) "
            "cho cán bộ, chiến sĩ của đơn vị.")
    assert _tuples(text) == [("huan_chuong_chien_cong", "ca_nhan", 11, "awarded"),
                             ("huan_chuong_chien_cong_hang_ba", "ca_nhan", 9, "awarded"),
                             ("huan_chuong_chien_cong_hang_nhi", "ca_nhan", 2, "awarded")]


def test_a_proposal_granted_by_a_decision_to_confer_is_awarded():
    text = ("Lễ phong tặng danh hiệu Bà mẹ Việt Nam anh hùng\n"
            "UBND tỉnh đã trình và được Chủ tịch nước quyết định phong tặng danh hiệu Bà mẹ Việt Nam anh hùng cho "
            "12 Mẹ.")
    assert _tuples(text) == [("ba_me_viet_nam_anh_hung", "ca_nhan", 12, "awarded")]


def test_a_foreign_states_order_is_other_org_award_and_a_deed_before_the_recipient_binds_nothing():
    text = ("Lễ trao tặng danh hiệu và huân chương\n"
            "Chủ tịch nước quyết định tặng Kỷ niệm chương bị địch bắt tù đày cho 05 cá nhân; Huân chương Hữu nghị "
            "của nước CHDCND Lào cho 03 cá nhân.")
    assert _tuples(text) == [("ky_niem_chuong", "ca_nhan", 5, "awarded"), ("other_org_award", "ca_nhan", 3, "awarded")]


def test_a_generic_noun_before_a_units_own_name_is_not_part_of_the_name():
    text = ("Gặp mặt các điển hình tiên tiến\n"
            "Nhân dịp này, Đơn vị Báo Lai Châu vinh dự được Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ.")
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 1, ["Báo Lai Châu"])]


def test_counts_that_open_the_next_clauses_take_the_form_granted_before_them():
    text = ("Tin khen thưởng\n\nTrong đó, Thủ tướng Chính phủ tặng Bằng khen cho 12 cá nhân thuộc Bộ Y tế; "
            "3 cá nhân thuộc Bệnh viện Hữu Nghị; 40 tập thể và 52 cá nhân thuộc Bộ Quốc phòng.")
    awards = extract_awards(make_document(text))
    assert [(a["code"], a["recipient"], a["count"]) for a in awards] == [
        ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 12), ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 3),
        ("bang_khen_thu_tuong_chinh_phu", "tap_the", 40), ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 52)]


def test_a_count_after_a_title_written_after_its_count_takes_no_form():
    text = ("Tin khen thưởng\n\nUBND huyện công nhận 30 Chiến sĩ thi đua cơ sở; 20 tập thể và 90 cá nhân Lao động "
            "tiên tiến; 75 cá nhân có sáng kiến cấp huyện.")
    assert 75 not in [a["count"] for a in extract_awards(make_document(text))]


# --- ranks written together, and statements made twice ----------------------------------------------------

def _statements(text):
    from tdkt.extract.awards import extract_awards
    from tdkt.extract.document import make_document
    return [(a["code"], a["recipient"], a["count"]) for a in extract_awards(make_document("Tin\n\n" + text))]


def test_one_count_for_several_ranks_written_together_is_a_count_of_the_order():
    text = "Phó Chủ tịch nước đã trao Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba cho 14 vận động viên."
    assert _statements(text) == [("huan_chuong_lao_dong", "ca_nhan", 14)]


def test_a_number_after_a_rank_is_the_next_count_not_another_rank():
    text = ("Dịp này, 5 cá nhân được trao tặng Huân chương Lao động hạng Nhì, 3 cá nhân được trao tặng Huân chương "
            "Lao động hạng Ba.")
    assert _statements(text) == [("huan_chuong_lao_dong_hang_nhi", "ca_nhan", 5),
                             ("huan_chuong_lao_dong_hang_ba", "ca_nhan", 3)]


def test_a_decision_announced_then_presented_is_one_award():
    text = ("Tại buổi lễ, lãnh đạo Sở Nội vụ công bố quyết định của Chủ tịch nước tặng Huân chương Lao động hạng Ba "
            "cho 6 cá nhân. Thừa ủy quyền của Chủ tịch nước, ông Lò Văn Tâm đã trao Huân chương Lao động hạng Ba "
            "cho 6 cá nhân.")
    assert _statements(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 6)]


def test_an_organisations_badge_in_single_quotes_is_its_own_award():
    text = "Sáng nay, Thành đoàn trao tặng huy hiệu 'Tuổi trẻ dũng cảm' cho 3 đoàn viên ở phường Bến Sỏi."
    assert _statements(text) == [("other_org_award", "ca_nhan", 3)]


def test_a_flag_with_its_title_in_quotes_is_an_emulation_flag():
    text = "Liên minh Hợp tác xã Việt Nam tặng cờ “Đơn vị dẫn đầu khu vực miền núi” cho Hợp tác xã Suối Cát."
    assert _statements(text) == [("co_thi_dua_bo_tinh", "tap_the", 1)]


def test_a_bare_badge_in_an_article_about_party_badges_is_a_party_badge():
    text = ("Trong đợt này, Đảng bộ xã có 9 đảng viên được trao tặng huy hiệu. Trong đó có 2 đồng chí được trao tặng "
            "Huy hiệu 60 năm tuổi Đảng; 7 đồng chí được trao tặng Huy hiệu 30 năm tuổi Đảng.")
    assert _statements(text) == [("huy_hieu_dang", "ca_nhan", 9), ("huy_hieu_dang", "ca_nhan", 2),
                                 ("huy_hieu_dang", "ca_nhan", 7)]


def test_a_list_of_party_members_ends_where_a_clause_opening_with_a_count_begins():
    from tdkt.extract.awards import extract_awards
    from tdkt.extract.document import make_document
    text = ("Tin\n\nCó 2 đồng chí được trao tặng Huy hiệu 55 năm tuổi Đảng là đồng chí Lò Thị Hoa, sinh năm 1945 và "
            "đồng chí Cầm Văn Bun, sinh năm 1946; Có 1 đồng chí được nhận Huy hiệu 40 năm tuổi Đảng.")
    named = [a["named"] for a in extract_awards(make_document(text))]
    assert named == [["Lò Thị Hoa", "Cầm Văn Bun"], []]


def test_a_long_career_is_no_proposal():
    text = ("Qua 40 năm xây dựng và trưởng thành, trải qua quá trình phát triển, Trường THPT Suối Cát vinh dự được "
            "Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba.")
    assert [(a[0], a[3]) for a in awards(text)] == [("huan_chuong_lao_dong_hang_ba", "awarded")]


def test_a_breakdown_takes_the_status_of_the_proposed_total_before_it():
    text = ("Hiện có 9 trường hợp đề nghị khen thưởng. Trong đó, khen thưởng quá trình cống hiến với 2 trường hợp "
            "(Huân chương Lao động hạng Ba: 2 cá nhân); Bằng khen của Thủ tướng Chính phủ với 7 cá nhân.")
    assert {a[3] for a in awards(text)} == {"proposed"}


def test_counted_orders_given_to_a_count_of_families_are_the_families_orders():
    text = ("Thừa ủy quyền của Chủ tịch nước, ông Lò Văn Tâm đã trao tặng 2 Huân chương Độc lập hạng Ba, 9 Huân chương "
            "Kháng chiến hạng Nhất, 14 Huy chương Kháng chiến hạng Nhì cho 25 gia đình trên địa bàn huyện.")
    assert _statements(text) == [("huan_chuong_doc_lap_hang_ba", "ho_gia_dinh", 2),
                                 ("huan_chuong_khang_chien_hang_nhat", "ho_gia_dinh", 9),
                                 ("huan_chuong_khang_chien_hang_nhi", "ho_gia_dinh", 14),
                                 ("khen_thuong", "ho_gia_dinh", 25)]


def test_officers_counted_by_their_rank_are_people():
    text = ("Trong đợt phong tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân lần này có 2 Thiếu tướng gồm Lò Văn "
            "Tâm, nguyên Tư lệnh Quân khu 2; Cầm Văn Bun, nguyên Phó Tư lệnh Quân khu 2.")
    assert _statements(text) == [("anh_hung_luc_luong_vu_trang_nhan_dan", "ca_nhan", 2)]


def test_a_decided_reward_to_a_count_of_units_is_a_commendation():
    text = "Bộ Công an cũng có quyết định thưởng cho sáu đơn vị, mỗi đơn vị 10 triệu đồng vì phá chuyên án đánh bạc."
    assert _statements(text) == [("khen_thuong", "tap_the", 6)]


def test_one_count_for_two_titles_of_one_family_is_a_commendation_in_all():
    text = "Chủ tịch nước phong tặng danh hiệu Thầy thuốc Nhân dân, Thầy thuốc ưu tú cho 215 người."
    assert _statements(text) == [("khen_thuong", "ca_nhan", 215)]


def test_one_count_for_two_forms_given_together_counts_each():
    text = "Dịp này, 6 cá nhân được Thủ tướng Chính phủ tặng Bằng khen và Kỷ niệm chương."
    assert sorted(_statements(text)) == [("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 6), ("ky_niem_chuong", "ca_nhan", 6)]


def test_the_government_proposed_to_give_a_bang_khen_is_the_prime_ministers():
    text = "Hội đồng thống nhất đề nghị Chính phủ tặng Bằng khen cho 3 cá nhân, tặng Cờ thi đua cho 2 tập thể."
    assert awards(text) == [("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 3, "proposed"),
                            ("co_thi_dua_chinh_phu", "tap_the", 2, "proposed")]


def test_a_clause_opening_with_the_form_takes_the_giver_of_the_clause_before():
    text = "Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho 12 tập thể; Bằng khen cho 90 tập thể, cá nhân."
    assert awards(text) == [("co_thi_dua_chinh_phu", "tap_the", 12, "awarded"),
                            ("bang_khen_thu_tuong_chinh_phu", "mixed", 90, "awarded")]


def test_a_clause_opening_with_the_form_keeps_the_provinces_giver_of_the_clause_before():
    text = "UBND tỉnh tặng Cờ thi đua cho 20 tập thể; Bằng khen cho 37 tập thể."
    assert awards(text) == [("co_thi_dua_bo_tinh", "tap_the", 20, "awarded"), ("bang_khen_bo_tinh", "tap_the", 37, "awarded")]


def test_a_provincial_front_committee_written_with_viet_nam_is_still_provincial():
    text = "Cụm thi đua đề nghị Ủy ban MTTQ Việt Nam tỉnh tặng Cờ thi đua xuất sắc cho 1 đơn vị."
    assert awards(text) == [("other_org_award", "tap_the", 1, "proposed")]


def test_a_provincial_childrens_council_gives_its_own_flag():
    text = "Hội đồng Đội tỉnh trao cờ thi đua xuất sắc cho 2 đơn vị."
    assert awards(text) == [("other_org_award", "tap_the", 2, "awarded")]


def test_the_womens_unions_own_prize_is_an_organisations_award():
    text = "Tối 18/10, Hội LHPN Việt Nam trao Giải thưởng Phụ nữ Việt Nam năm 2030 cho 6 tập thể và 11 cá nhân."
    assert _statements(text) == [("other_org_award", "tap_the", 6), ("other_org_award", "ca_nhan", 11)]


def test_two_quoted_titles_of_one_family_with_one_count_are_a_commendation_in_all():
    text = "Chủ tịch nước vừa ký quyết định phong tặng danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú” cho 412 nghệ nhân."
    assert _statements(text) == [("khen_thuong", "ca_nhan", 412)]


def test_a_reward_on_the_spot_in_quotes_counts_the_units_after_it():
    text = "Trước đó, Giám đốc Công an tỉnh đã thưởng “nóng” 6 đơn vị tham gia chuyên án, mỗi đơn vị 5 triệu đồng."
    assert _statements(text) == [("khen_thuong", "tap_the", 6)]


def test_a_number_in_a_units_name_is_not_a_count_of_its_recipients():
    text = "Chiều 12/9, Bộ Tư lệnh Quân khu 6 tổ chức lễ đón nhận Huân chương Quân công hạng Ba."
    assert awards(text) == [("huan_chuong_quan_cong_hang_ba", "tap_the", 1, "awarded")]


def test_among_a_number_still_counts():
    text = "Trong số 37 nhà giáo được đề nghị xét tặng danh hiệu Nhà giáo Ưu tú có 30 người đủ điều kiện."
    assert ("nha_giao_uu_tu", "ca_nhan", 37, "proposed") in awards(text)


def test_a_reward_to_named_units_with_a_sum_for_each_is_counted_by_its_names():
    text = ("Giám đốc Công an tỉnh đã quyết định thưởng cho Đội Cảnh sát cơ động và Đội Tuần tra số 3, "
            "thuộc Phòng PC08 - Công an tỉnh Lạng Sơn, mỗi đơn vị 8 triệu đồng.")
    assert awards(text) == [("khen_thuong", "tap_the", 2, "awarded")]


def test_artists_and_soldiers_spelled_with_sy_are_counted_people():
    assert awards("Chủ tịch nước phong tặng danh hiệu Nghệ sỹ ưu tú cho 6 nghệ sỹ của Nhà hát.") == [
        ("nghe_si_uu_tu", "ca_nhan", 6, "awarded")]


def test_ba_and_nam_count_people_unless_a_kin_word_follows():
    assert awards("Ba em học sinh được Chủ tịch UBND huyện tặng giấy khen vì nhặt được của rơi.") == [
        ("giay_khen", "ca_nhan", 3, "awarded")]
    assert awards("Năm cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.") == [
        ("bang_khen_bo_tinh", "ca_nhan", 5, "awarded")]
    assert awards("Hội khuyến học tặng giấy khen cho ba mẹ của em Lò Văn A.") != [("giay_khen", "ca_nhan", 3, "awarded")]


def test_counts_written_in_several_words():
    assert awards("Mười hai tập thể được tặng Cờ thi đua của UBND tỉnh.") == [("co_thi_dua_bo_tinh", "tap_the", 12, "awarded")]
    assert awards("Hai mươi lăm cá nhân được tặng Giấy khen.") == [("giay_khen", "ca_nhan", 25, "awarded")]
    assert awards("Một trăm linh năm hộ gia đình được tặng Giấy khen.") == [("giay_khen", "ho_gia_dinh", 105, "awarded")]


def test_ten_years_running_is_no_fifteen():
    assert awards("Trường THCS Hòa Bình mười năm liền được tặng Cờ thi đua của UBND tỉnh.") == [
        ("co_thi_dua_bo_tinh", "tap_the", 10, "awarded")]


def test_a_units_title_of_excellent_labour_written_without_tap_the():
    text = ("Kết quả bình bầu: Đơn vị đạt danh hiệu Lao động xuất sắc năm 2030 gồm Công ty Cổ phần Thủy lợi Sông Mã "
            "và Công ty TNHH Cấp thoát nước Ngọc Lặc.")
    assert awards(text) == [("tap_the_lao_dong_xuat_sac", "tap_the", 2, "awarded")]
    assert awards("Anh Lò Văn Pản là một người lao động xuất sắc của xí nghiệp.") == []  # a worker, no title


def test_years_in_a_row_qualify_a_count_of_recipients_and_count_one_recipients_times():
    many = awards("Tỉnh ủy tặng Bằng khen cho 8 tổ chức cơ sở đảng đạt trong sạch vững mạnh tiêu biểu 5 năm liền.")
    assert many == [("bang_khen_bo_tinh", "tap_the", 8, "awarded")]
    one = awards("Công an huyện Mường Chà 3 năm liền được UBND tỉnh tặng Cờ thi đua.")
    assert one == [("co_thi_dua_bo_tinh", "tap_the", 3, "awarded")]


def test_an_organisations_title_in_quotes_is_other_org_award_unless_the_quotes_hold_a_state_title():
    text = ("Bộ Chỉ huy quân sự tỉnh tổng kết huấn luyện năm 2031\n"
            "Dịp này, Bộ Chỉ huy quân sự tỉnh trao danh hiệu “Đơn vị bắn giỏi” cho 2 đơn vị là Tiểu đoàn 17 và "
            "Đại đội 9. Hội Doanh nhân tỉnh trao giải thưởng “Bông lúa vàng” cho 4 hợp tác xã. UBND tỉnh tặng "
            "danh hiệu “Chiến sĩ thi đua cấp tỉnh” cho 6 cá nhân.")
    assert _named(text) == [("other_org_award", "tap_the", 2, ["Tiểu đoàn 17", "Đại đội 9"]),
                            ("other_org_award", "tap_the", 4, []),
                            ("chien_si_thi_dua_bo_tinh", "ca_nhan", 6, [])]


def test_a_proposal_naming_the_act_it_asks_for_is_proposed_and_a_decision_after_it_is_not():
    text = ("Quảng Ngãi đề nghị phong tặng Bà mẹ Việt Nam anh hùng\n"
            "UBND tỉnh vừa trình Thủ tướng Chính phủ xét và trình Chủ tịch nước quyết định truy tặng danh hiệu "
            "“Bà mẹ Việt Nam anh hùng” cho 9 mẹ. Thành đoàn đang làm hồ sơ đề xuất Trung ương Đoàn trao tặng "
            "huy hiệu “Tuổi trẻ dũng cảm” cho 2 đoàn viên. Năm trước, tỉnh đã trình và được Chủ tịch nước quyết "
            "định phong tặng danh hiệu “Bà mẹ Việt Nam anh hùng” cho 14 mẹ.")
    assert _tuples(text) == [("ba_me_viet_nam_anh_hung", "ca_nhan", 9, "proposed"),
                             ("ba_me_viet_nam_anh_hung", "ca_nhan", 14, "awarded"),
                             ("other_org_award", "ca_nhan", 2, "proposed")]


def test_a_reward_handed_out_trao_thuong_counts_its_recipients_as_khen_thuong():
    text = ("Vinh danh thể thao năm 2031\n"
            "Ban tổ chức đã trao thưởng cho 12 vận động viên và 4 huấn luyện viên tiêu biểu năm 2031.")
    assert _tuples(text) == [("khen_thuong", "ca_nhan", 4, "awarded"), ("khen_thuong", "ca_nhan", 12, "awarded")]


def test_players_and_authors_are_counted_people_and_named_after_bao_gom():
    text = ("Khen thưởng đội tuyển\n"
            "Chủ tịch UBND tỉnh tặng Bằng khen cho 2 cầu thủ gồm: Tiền vệ Lò Văn Đại (số 14) và thủ môn Hà Văn Tùng. "
            "Thủ tướng Chính phủ trình Chủ tịch nước tặng Giải thưởng Nhà nước về văn học cho 3 tác giả bao gồm Ninh "
            "Văn Hòe, Tạ Thị Bình (Thu Hà) và Trần Quốc Khải.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 2, ["Lò Văn Đại", "Hà Văn Tùng"]),
                            ("giai_thuong_nha_nuoc", "ca_nhan", 3, ["Ninh Văn Hòe", "Tạ Thị Bình", "Trần Quốc Khải"])]


def test_an_organisations_prize_given_to_counted_recipients_is_other_org_award_and_a_state_prize_stays():
    text = ("Giải thưởng Lê Quý Đôn 2030\n"
            "Quỹ học bổng đã quyết định trao Giải thưởng Lê Quý Đôn năm 2030 cho 3 tập thể và 4 cá nhân thuộc ngành "
            "giáo dục. Chủ tịch nước tặng Giải thưởng Nhà nước về văn học nghệ thuật cho 12 tác giả.")
    assert _tuples(text) == [("giai_thuong_nha_nuoc", "ca_nhan", 12, "awarded"),
                             ("other_org_award", "ca_nhan", 4, "awarded"),
                             ("other_org_award", "tap_the", 3, "awarded")]


def test_a_form_named_again_by_pointing_back_at_it_is_the_form_named_before():
    text = ("Tổng công ty Sông Lô nhận danh hiệu Anh hùng Lao động\n"
            "Sáng 29/12, tại Hà Nội, Phó Thủ tướng trao tặng danh hiệu cao quý này cho Tổng công ty Sông Lô vì thành "
            "tích đặc biệt xuất sắc trong lao động sáng tạo.")
    assert _named(text) == [("anh_hung_lao_dong", "tap_the", 1, ["Tổng công ty Sông Lô"])]


def test_a_sector_unions_own_form_is_other_org_award_and_the_national_unions_is_not():
    text = ("Hội nghị tổng kết\n"
            "Theo đó, 2 tập thể nhận bằng khen của Công đoàn Y tế Việt Nam; 3 tập thể nhận bằng khen của Tổng Liên đoàn "
            "Lao động Việt Nam.")
    assert _tuples(text) == [("bang_khen_bo_tinh", "tap_the", 3, "awarded"), ("other_org_award", "tap_the", 2, "awarded")]


def test_a_prize_named_again_by_pointing_back_and_a_count_of_women_names_its_recipients():
    text = ("Giải thưởng Lý Tự Trọng năm 2031\n"
            "Năm nay, Trung ương Đoàn trao giải thưởng Lý Tự Trọng cho 90 cán bộ Đoàn. Tỉnh Sông Bé vinh dự có 2 nữ "
            "cán bộ Đoàn nhận được giải thưởng này, gồm: Thượng úy Lò Thị Thảo, Phó trưởng Ban Thanh niên, Công an "
            "tỉnh và chị Vi Thị Giàu, Bí thư Đoàn phường Bình Hòa.")
    assert _named(text) == [("other_org_award", "ca_nhan", 90, []),
                            ("other_org_award", "ca_nhan", 2, ["Lò Thị Thảo", "Vi Thị Giàu"])]


def test_a_headline_is_the_only_statement_of_an_order_the_body_never_states():
    text = ("Hội Cựu chiến binh tỉnh đón nhận Huân chương Lao động hạng Nhì do Chủ tịch nước trao tặng\n\n"
            "Sáng 5/4, Hội Cựu chiến binh tỉnh tổ chức lễ kỷ niệm 35 năm thành lập.\n\n"
            "Phát biểu tại buổi lễ, ông Vàng A Sử điểm lại những chặng đường của Hội.")
    awards = extract_awards(make_document(text))
    assert [(a["code"], a["recipient"], a["count"], a["named"]) for a in awards] == [
        ("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Hội Cựu chiến binh tỉnh"])]


def test_a_headline_over_a_body_telling_the_same_order_gives_one_entry():
    text = ("Hội Cựu chiến binh tỉnh đón nhận Huân chương Lao động hạng Nhì\n\n"
            "Sáng 5/4, Hội Cựu chiến binh tỉnh vinh dự đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước.")
    awards = extract_awards(make_document(text))
    assert [(a["code"], a["count"]) for a in awards] == [("huan_chuong_lao_dong_hang_nhi", 1)]


def test_a_party_badge_breakdown_named_by_years_alone_counts_each_group():
    text = ("Tin thi đua\n\nNhân dịp 3/2, Đảng bộ huyện Lục Yên có 31 đảng viên được tặng huy hiệu Đảng. Trong đó, "
            "30 năm tuổi Đảng có 20 đảng viên, 40 năm tuổi Đảng có 6 đảng viên và 60 tuổi Đảng có 5 đồng chí.")
    awards = extract_awards(make_document(text))
    assert [(a["code"], a["count"]) for a in awards] == [
        ("huy_hieu_dang", 31), ("huy_hieu_dang", 20), ("huy_hieu_dang", 6), ("huy_hieu_dang", 5)]


def test_a_form_given_jointly_by_the_peoples_committee_and_a_mass_organisation_is_the_states():
    joint = "Nhân dịp này, UBND tỉnh Hòa Lâm và LĐLĐ tỉnh Hòa Lâm tặng bằng khen cho 12 tập thể có thành tích nổi bật."
    alone = joint.replace("UBND tỉnh Hòa Lâm và ", "")
    assert [a["code"] for a in extract_awards(make_document("Tin\n\n" + joint))] == ["bang_khen_bo_tinh"]
    assert [a["code"] for a in extract_awards(make_document("Tin\n\n" + alone))] == ["other_org_award"]


def test_every_form_rule_opens_with_words_the_scan_can_look_up():
    """A rule opening with a pattern ("\\d{2} năm ...") would be tried at every word of every article: the
    forms, recipients and event-kind rules each name their first words."""
    from tdkt.extract.awards import _rules
    from tdkt.extract.event import _kind_matcher
    assert _rules().forms.unindexed_rules == []
    assert _rules().recipients.unindexed_rules == []
    assert _kind_matcher().unindexed_rules == []


def test_cash_given_on_the_spot_with_a_form_is_no_award_of_its_own():
    text = ("Tin khen thưởng\n\nTối 2.2, Chủ tịch UBND huyện đã trao tặng giấy khen và tiền thưởng đột xuất cho 3 "
            "công nhân môi trường vì đã trả lại tài sản nhặt được.")
    assert [(a["code"], a["recipient"], a["count"]) for a in extract_awards(make_document(text))] == [
        ("giay_khen", "ca_nhan", 3)]


def test_a_number_word_inside_a_place_name_counts_nobody():
    text = ("Tin khen thưởng\n\nBí thư Huyện ủy đã trao Huy hiệu 70 năm tuổi Đảng tặng ông Đinh Văn Khải, sinh năm "
            "1935, thuộc Đảng bộ phường Bắc Ba Đồn.")
    assert [(a["code"], a["recipient"], a["count"], a["named"]) for a in extract_awards(make_document(text))] == [
        ("huy_hieu_dang", "ca_nhan", 1, ["Đinh Văn Khải"])]


def test_the_victims_of_the_crime_a_reward_is_for_are_no_count_of_its_recipients():
    text = ("Tin khen thưởng\n\nChiều 3.2, lãnh đạo UBND tỉnh đã có quyết định khen thưởng nóng cho Công an huyện Mỹ "
            "An, Phòng Cảnh sát hình sự và các đơn vị phối hợp điều tra vụ án đốt nhà làm tử vong 4 người.")
    awards = extract_awards(make_document(text))
    assert [(a["code"], a["count"], a["named"]) for a in awards] == [
        ("khen_thuong", 2, ["Công an huyện Mỹ An", "Phòng Cảnh sát hình sự"])]


def test_a_prize_handed_over_by_its_bare_word_after_it_was_named():
    text = ("Tin khen thưởng\n\nTrung tâm Bảo tồn phối hợp với Vườn quốc gia Pù Mát tổ chức Lễ trao Giải thưởng "
            "\"Người gác rừng Pù Mát\" lần thứ 3. Ban tổ chức đã trao giải cho 4 cá nhân và 2 tập thể tiêu biểu.")
    awards = [(a["code"], a["recipient"], a["count"]) for a in extract_awards(make_document(text))]
    assert ("other_org_award", "ca_nhan", 4) in awards and ("other_org_award", "tap_the", 2) in awards
    contest = ("Tin khen thưởng\n\nSở Giáo dục tặng Bằng khen cho 3 trường. Cuối buổi, ban tổ chức trao giải cho 5 "
               "đội bóng.")
    assert [(a["code"], a["count"]) for a in extract_awards(make_document(contest))] == [("bang_khen_bo_tinh", 3)]


def test_a_folk_or_craft_associations_artisan_title_is_its_own_award():
    text = ("Tin khen thưởng\n\nHội Văn nghệ dân gian Việt Nam đã phong tặng danh hiệu Nghệ nhân dân gian cho các ông, "
            "bà: Lê Văn Mừng (xã Hương Sơn) và Đỗ Thị Lựu (xã Quảng Hòa). Dịp này, 3 thợ gốm của Công ty Gốm Phù "
            "Lãng được phong tặng danh hiệu Nghệ nhân Làng nghề Việt Nam.")
    assert [(a["code"], a["count"], a["named"]) for a in extract_awards(make_document(text))] == [
        ("other_org_award", 2, ["Lê Văn Mừng", "Đỗ Thị Lựu"]), ("other_org_award", 3, [])]


def test_officers_spelled_either_way_are_people():
    text = "Tin khen thưởng\n\nUBND tỉnh tặng Bằng khen cho 2 sỹ quan và 3 hạ sỹ quan Đồn Biên phòng Cửa Lò."
    assert [(a["recipient"], a["count"]) for a in extract_awards(make_document(text))] == [("ca_nhan", 2), ("ca_nhan", 3)]


def test_team_members_and_schoolboys_are_people_not_units():
    text = ("Tin khen thưởng\n\nTỉnh đoàn trao tặng Huy hiệu \"Tuổi trẻ dũng cảm\" cho 3 đội viên Liên đội Trường THCS "
            "Kỳ Sơn. Huyện đoàn tặng giấy khen cho 2 nam sinh Trường THPT Kỳ Anh.")
    assert [(a["recipient"], a["count"]) for a in extract_awards(make_document(text))] == [("ca_nhan", 3), ("ca_nhan", 2)]


def test_the_governments_bang_khen_is_the_prime_ministers():
    text = "Tin khen thưởng\n\nThứ trưởng Lê Văn An trao Bằng khen của Chính phủ cho 2 tập thể có thành tích xuất sắc."
    assert [(a["code"], a["count"]) for a in extract_awards(make_document(text))] == [
        ("bang_khen_thu_tuong_chinh_phu", 2)]


def test_a_state_title_in_quotes_referred_back_to_keeps_its_code():
    text = ("Tin khen thưởng\n\nNgày 12/5, UBND tỉnh quyết định tặng danh hiệu \"Xã, phường, thị trấn tiêu biểu\" năm "
            "2030 cho 3 địa phương.\n\nTheo đó, 3 địa phương được UBND tỉnh tặng danh hiệu này gồm: Phường Cẩm Nam (TP.Hội "
            "An), thị trấn Hương Sơn (huyện Quế Sơn), xã Tiên Lập (huyện Tiên Phước).")
    awards = extract_awards(make_document(text))
    assert {a["code"] for a in awards} == {"xa_phuong_tieu_bieu"}
    assert ["Phường Cẩm Nam (TP.Hội An)", "thị trấn Hương Sơn (huyện Quế Sơn)", "xã Tiên Lập (huyện Tiên Phước)"] in [
        a["named"] for a in awards]


def test_a_decided_reward_to_the_units_a_colon_lists_names_them():
    doc = make_document("Tin\n\nBộ trưởng quyết định thưởng cho các đơn vị: PC04, PC02 và Công an huyện Tam Nông.")
    awards = extract_awards(doc)
    assert [(a["code"], a["count"], a["named"]) for a in awards] == [
        ("khen_thuong", 3, ["PC04", "PC02", "Công an huyện Tam Nông"])]


def test_a_form_a_foreign_state_gives_is_another_organisations_award():
    def codes(text):
        return [(a["code"], a["named"]) for a in extract_awards(make_document("Tin\n\n" + text))]
    assert codes("Trường Cao đẳng Sông Mã được Chủ tịch nước CHDCND Lào tặng Huân chương Lao động hạng Nhì.") == [
        ("other_org_award", ["Trường Cao đẳng Sông Mã"])]
    assert codes("Tỉnh Yên Bình đón nhận Huân chương Lao động hạng Nhất do Chính phủ Lào trao tặng.") == [
        ("other_org_award", ["Tỉnh Yên Bình"])]
    assert codes("Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Trường Hữu nghị Việt - Lào.") == [
        ("huan_chuong_lao_dong_hang_nhi", ["Trường Hữu nghị Việt - Lào"])]


def test_a_headline_printed_again_over_a_list_of_people_takes_their_names():
    text = ("3 công nhân nhận Giải thưởng Nguyễn Đức Cảnh năm 2030\n\n"
            "Sáng 2/9, Liên đoàn Lao động thành phố đã chọn 3 công nhân để trao giải thưởng năm nay.\n\n"
            "3 công nhân nhận Giải thưởng Nguyễn Đức Cảnh năm 2030\n\n"
            "Ông Lâm Văn Tú, Công ty Điện lực Sông Mây; bà Trịnh Thị Hạnh, Công ty May Hòa Bình; ông Đào Quốc Việt, "
            "Công ty Cấp nước Phú Lâm.")
    awards = extract_awards(make_document(text))
    assert [(a["code"], a["count"], a["named"]) for a in awards] == [
        ("other_org_award", 3, ["Lâm Văn Tú", "Trịnh Thị Hạnh", "Đào Quốc Việt"])]


def test_a_list_below_a_caption_ending_with_where_they_all_live_names_only_the_people():
    text = ("Tin\n\nChủ tịch UBND tỉnh đã quyết định tặng bằng khen cho 3 cá nhân thuộc bản Na Hóc đã dũng cảm cứu người "
            "trong lũ.\n\nAnh Lữ Văn Pẻng (áo xanh), một trong 3 cá nhân được tặng bằng khen. Ảnh: H.T\n\n"
            "Các cá nhân được khen thưởng gồm: Ông Lữ Văn Pẻng, Chương Văn Nọi, Kha Thị Mai đều trú tại bản Na Hóc, "
            "xã Tam Hợp, huyện Kỳ Sơn, Nghệ An.")
    awards = extract_awards(make_document(text))
    assert [(a["code"], a["count"], a["named"]) for a in awards][0] == (
        "bang_khen_bo_tinh", 3, ["Lữ Văn Pẻng", "Chương Văn Nọi", "Kha Thị Mai"])


def test_a_provincial_unions_bang_khen_given_by_its_executive_committee_is_its_own():
    doc = make_document("Tin\n\nLĐLĐ tỉnh trao Bằng khen của Ban Chấp hành LĐLĐ tỉnh cho 02 tập thể: CĐCS xã Hòa Tiến "
                        "và CĐCS Bệnh viện huyện Hòa Vang.")
    assert [(a["code"], a["count"], a["named"]) for a in extract_awards(doc)] == [
        ("other_org_award", 2, ["CĐCS xã Hòa Tiến", "CĐCS Bệnh viện huyện Hòa Vang"])]


def test_a_sum_given_with_a_form_goes_with_it_and_the_form_names_the_recipient():
    def read(text):
        return [(a["code"], a["count"], a["named"]) for a in extract_awards(make_document("Tin\n\n" + text))]
    assert read("UBND quận tặng bằng khen và tặng thưởng 2 triệu đồng cho ông Phạm Văn Lâm, tổ trưởng tổ dân phố.") == [
        ("bang_khen_bo_tinh", 1, ["Phạm Văn Lâm"])]
    assert [code for code, *_ in read("Giám đốc Công an tỉnh trao giấy khen và thưởng 30 triệu đồng cho 2 đơn vị: "
                                      "Phòng Cảnh sát hình sự, Công an huyện Tân Lạc.")] == ["giay_khen"]
    on_the_spot = read("Giám đốc Công an tỉnh đã trao giấy khen và thưởng nóng cho 2 đơn vị: Phòng Cảnh sát hình sự, "
                       "Công an huyện Tân Lạc.")
    assert sorted(code for code, *_ in on_the_spot) == ["giay_khen", "khen_thuong"]


def test_words_of_praise_between_a_reward_and_its_person_are_passed_over():
    doc = make_document("Tin\n\nLãnh đạo Công an quận trao quyết định khen thưởng và biểu dương anh Lê Hoàng Phúc, nhân "
                        "viên bảo vệ.")
    assert [(a["code"], a["named"]) for a in extract_awards(doc)] == [("khen_thuong", ["Lê Hoàng Phúc"])]


def test_a_reward_given_to_two_people_by_honorific_names_both():
    doc = make_document("Tin\n\nChủ tịch UBND thành phố khen thưởng anh Lý Văn Tâm và anh Hồ Quang Vinh, cùng trú tại phố "
                        "Hàng Bạc, vì đã dũng cảm cứu người.")
    assert [(a["code"], a["count"], a["named"]) for a in extract_awards(doc)] == [
        ("khen_thuong", 2, ["Lý Văn Tâm", "Hồ Quang Vinh"])]


def test_numbered_paragraphs_each_opening_with_a_person_name_the_listed_recipients():
    doc = make_document("Tin\n\nDanh sách các cá nhân được nhận Bằng khen của Thủ tướng Chính phủ:\n"
                        "1. Ông Lục Văn Phong, nông dân tại thôn Nà Lầu, xã Tân Hòa. Ông đã hiến 900 m2 đất làm đường.\n"
                        "2. Bà Đàm Thị Sen, nông dân ở bản Khuổi, xã Yên Lạc. Bà đã góp tiền xây cầu treo.")
    assert [(a["code"], a["named"]) for a in extract_awards(doc)] == [
        ("bang_khen_thu_tuong_chinh_phu", ["Lục Văn Phong", "Đàm Thị Sen"])]


def test_a_count_restating_the_people_named_before_it_takes_their_names():
    doc = make_document("Tin\n\nBệnh viện tổ chức lễ truy tặng kỷ niệm chương “Vì sức khỏe nhân dân” cho bà Lưu Thị Hạnh (ở "
                        "Hà Nam) và ông Cao Văn Tú (ở Bắc Giang), đây là hai người hiến tạng cứu sống 8 người bệnh.")
    assert [(a["code"], a["count"], a["named"]) for a in extract_awards(doc)] == [
        ("ky_niem_chuong", 2, ["Lưu Thị Hạnh", "Cao Văn Tú"])]


def test_an_enterprise_groups_own_flag_is_another_organisations_award():
    def read(text):
        return [(a["code"], a["named"]) for a in extract_awards(make_document("Tin\n\n" + text))]
    assert read("Viện Cơ khí Mỏ là đơn vị vinh dự được nhận cờ thi đua của Tập đoàn.") == [
        ("other_org_award", ["Viện Cơ khí Mỏ"])]
    assert read("Tập đoàn Hóa chất Việt Nam vinh dự đón nhận Cờ thi đua của Chính phủ.") == [
        ("co_thi_dua_chinh_phu", ["Tập đoàn Hóa chất Việt Nam"])]


@pytest.mark.parametrize("text, expected", [
    ("Lần này, tỉnh có 3 Nghệ sĩ Ưu tú được xét tặng danh hiệu Nghệ sĩ Nhân dân.",
     [("nghe_si_nhan_dan", "ca_nhan", 3, "awarded")]),
    ("Lần này, 2 NGƯT của huyện được đề nghị xét tặng danh hiệu Nhà giáo Nhân dân.",
     [("nha_giao_nhan_dan", "ca_nhan", 2, "proposed")]),
    ("Lần này, 5 NSƯT được tặng Bằng khen của Bộ trưởng.", [("bang_khen_bo_tinh", "ca_nhan", 5, "awarded")]),
    # the title itself counted and granted: no other form follows
    ("Lần này, tỉnh có 4 NSƯT và 2 NSND.",
     [("nghe_si_uu_tu", "ca_nhan", 4, "awarded"), ("nghe_si_nhan_dan", "ca_nhan", 2, "awarded")]),
])
def test_a_title_the_counted_people_hold_is_not_the_award_a_passive_grants_them(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # honours granted only as "the State's" or "cao quý": a commendation whose form is not named
    ("Chủ tịch nước đã ký quyết định phong tặng danh hiệu vinh dự Nhà nước cho 320 cá nhân của cả nước.",
     [("khen_thuong", "ca_nhan", 320, "awarded")]),
    ("Tỉnh Gia Bình tổ chức lễ trao tặng các phần thưởng cao quý của Đảng và Nhà nước cho 147 tập thể, cá nhân.",
     [("khen_thuong", "mixed", 147, "awarded")]),
    # the form follows: it is the award, counted once
    ("Chủ tịch nước phong tặng danh hiệu vinh dự Nhà nước “Nghệ nhân Ưu tú” cho 12 cá nhân.",
     [("nghe_nhan_uu_tu", "ca_nhan", 12, "awarded")]),
    # praise of a form named before, or a form pointed back at: no entry of its own
    ("Trường THCS Tân Phú được tặng Huân chương Lao động hạng Ba - phần thưởng cao quý của Đảng, Nhà nước tặng nhà trường.",
     [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, "awarded")]),
    ("Huyện Tân Phú có 3 thầy thuốc được trao tặng danh hiệu cao quý này.", []),
])
def test_honours_granted_only_as_the_states_or_cao_quy_are_a_commendation(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # forms counted with no recipient of their own, given to units and people together: mixed
    ("Dịp này, Hội Nông dân tỉnh đã trao 14 Bằng khen của Trung ương Hội và 9 Bằng khen của UBND tỉnh "
     "cho các tập thể và cá nhân có thành tích xuất sắc.",
     [("bang_khen_bo_tinh", "mixed", 14, "awarded"), ("bang_khen_bo_tinh", "mixed", 9, "awarded")]),
    # people alone: the forms stay theirs
    ("Dịp này, Bộ Chỉ huy Quân sự tỉnh trao 12 Huân chương Chiến công cho các cựu chiến binh huyện Tân Phú.",
     [("huan_chuong_chien_cong", "ca_nhan", 12, "awarded")]),
    # units and people counted apart: no mixed phrase
    ("Hội đã trao 40 kỷ niệm chương cho hội viên, tặng bằng khen cho 6 tập thể và 11 cá nhân.",
     [("ky_niem_chuong", "ca_nhan", 40, "awarded"), ("bang_khen_bo_tinh", "tap_the", 6, "awarded"),
      ("bang_khen_bo_tinh", "ca_nhan", 11, "awarded")]),
])
def test_forms_counted_for_units_and_people_together_are_mixed(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the reason for the grant tells a deed: its count is of the people saved, not of the recipients
    ("Các tập thể và cá nhân thuộc Đồn Biên phòng Tân Phú được UBND tỉnh Gia Bình tặng Bằng khen vì đã cứu "
     "năm ngư dân gặp nạn.", []),
    ("Cả 5 thuyền viên được UBND tỉnh Gia Bình tặng Bằng khen vì đã cứu 4 ngư dân gặp nạn.",
     [("bang_khen_bo_tinh", "ca_nhan", 5, "awarded")]),
])
def test_a_count_in_the_deed_a_grant_is_for_is_not_its_count(text, expected):
    assert awards(text) == expected


def test_a_threshold_of_a_deeds_times_is_no_count_of_the_form():
    assert awards("Dịp này, 21 cá nhân có thành tích hiến máu từ 30 lần trở lên được nhận Bằng khen của UBND tỉnh.") == [
        ("bang_khen_bo_tinh", "ca_nhan", 21, "awarded")]


def test_times_of_a_deed_are_not_times_of_the_form():
    assert ("other_org_award", "ca_nhan", 3, "awarded") not in awards(
        "Tỉnh đoàn Gia Bình truy tặng Huy hiệu “Tuổi trẻ dũng cảm” cho học sinh 3 lần cứu bạn đuối nước.")
    assert awards("Đội Cảnh sát PCCC huyện Tân Phú 3 lần được UBND tỉnh tặng Cờ thi đua.") == [
        ("co_thi_dua_bo_tinh", "tap_the", 3, "awarded")]


@pytest.mark.parametrize("text, expected", [
    # the group the subject is one of received the form, however long the description between
    ("Năm 2024, Sở Xây dựng tỉnh Gia Bình vinh dự là một trong 06 tập thể tiêu biểu trong các Sở Xây dựng của "
     "các tỉnh, thành phố trong cả nước nhận Cờ thi đua của Bộ Xây dựng.",
     [("co_thi_dua_bo_tinh", "tap_the", 6, "awarded")]),
    ("Trường THPT Tân Phú là 1 trong 12 đơn vị được được Bộ trưởng Bộ Giáo dục và Đào tạo đề nghị Chính phủ, "
     "Thủ tướng Chính phủ tặng Cờ thi đua năm 2023.",
     [("co_thi_dua_chinh_phu", "tap_the", 12, "proposed")]),
    # a sentence opening with the group tells its subject's own award after it
    ("Là một trong 9 đơn vị dẫn đầu, Trường THCS Tân Phú vinh dự được nhận Cờ thi đua của UBND tỉnh.",
     [("co_thi_dua_bo_tinh", "tap_the", 1, "awarded")]),
])
def test_a_subject_one_of_a_counted_group_counts_the_group(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a form counted before it and given to counted recipients: one statement, of the recipients
    ("Dịp này, Chủ tịch UBND tỉnh Gia Bình tặng 6 Cờ thi đua cho 6 tập thể.",
     [("co_thi_dua_bo_tinh", "tap_the", 6, "awarded")]),
    ("Bộ Chỉ huy Quân sự tỉnh trao 3 Huân chương Bảo vệ Tổ quốc hạng Ba cho 3 cá nhân.",
     [("huan_chuong_bao_ve_to_quoc_hang_ba", "ca_nhan", 3, "awarded")]),
    # a count after the form that is no grant's object leaves the form's count alone
    ("Huyện Tân Phú có 812 Mẹ Việt Nam Anh hùng, trong đó có 9 Mẹ còn sống.",
     [("ba_me_viet_nam_anh_hung", "ca_nhan", 812, "awarded")]),
])
def test_a_form_counted_and_given_to_counted_recipients_is_one_statement(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a locality's people: the locality as such
    ("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy trao Huân chương Lao động hạng Nhì cho Đảng bộ, chính quyền "
     "và nhân dân huyện Tân Phú.", [("huan_chuong_lao_dong_hang_nhi", "dia_phuong", 1, "awarded")]),
    ("Phó Thủ tướng trao Cờ thi đua của Chính phủ cho Nhân dân và cán bộ xã Ea Kmar.",
     [("co_thi_dua_chinh_phu", "dia_phuong", 1, "awarded")]),
    # a unit whose own name holds "nhân dân" stays a unit
    ("Chủ tịch UBND huyện tặng Giấy khen cho Tòa án nhân dân huyện Tân Phú.", [("giay_khen", "tap_the", 1, "awarded")]),
])
def test_a_localitys_people_named_as_recipient_are_the_locality(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title after a form's counted recipients says what they are: the award is the first form
    ("Nhân dịp này, UBND huyện Tân Phú tặng Giấy khen cho 45 gia đình văn hóa tiêu biểu giai đoạn 2021-2023.",
     [("giay_khen", "ho_gia_dinh", 45, "awarded")]),
    # a counted title with no form before it is the award
    ("Năm 2023, huyện Tân Phú có 9.870 gia đình văn hóa.", [("gia_dinh_van_hoa", "ho_gia_dinh", 9870, "awarded")]),
])
def test_a_title_describing_a_forms_counted_recipients_is_no_award_of_its_own(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # units or households and people in one count: mixed
    ("Cục Thuế tỉnh Gia Bình tặng Giấy khen cho 57 doanh nghiệp, tổ chức và cá nhân nộp thuế tốt.",
     [("giay_khen", "mixed", 57, "awarded")]),
    ("Dịp này, UBND huyện Tân Phú khen thưởng 126 cá nhân và hộ gia đình có thành tích xuất sắc.",
     [("khen_thuong", "mixed", 126, "awarded")]),
    ("Chi cục Thuế đã đề nghị khen thưởng 9 đơn vị và cá nhân.", [("khen_thuong", "mixed", 9, "proposed")]),
    ("Tỉnh Gia Bình có 2 tập thể hoặc cá nhân được đề nghị phong tặng danh hiệu Anh hùng Lao động.",
     [("anh_hung_lao_dong", "mixed", 2, "proposed")]),
    # counted apart: two entries
    ("UBND huyện tặng Giấy khen cho 8 đơn vị và 5 cá nhân.",
     [("giay_khen", "tap_the", 8, "awarded"), ("giay_khen", "ca_nhan", 5, "awarded")]),
])
def test_units_and_people_in_one_count_are_mixed(text, expected):
    assert awards(text) == expected


def test_a_count_reaches_its_form_through_an_achievement_told_in_two_parts():
    assert awards("Dịp này, 6 cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước, xây dựng nông thôn mới "
                  "được tặng Bằng khen của Chủ tịch UBND tỉnh.") == [("bang_khen_bo_tinh", "ca_nhan", 6, "awarded")]
    # a further clause after the second comma is no achievement any more
    assert awards("Năm 2023, huyện có 40 cá nhân có thành tích xuất sắc trong sản xuất, kinh doanh, dịch vụ, "
                  "chế biến nông sản, được nhận Giấy khen.") == []


@pytest.mark.parametrize("text, expected", [
    # a state giver among givers listed together: the state's form
    ("Dịp này, 12 tập thể được Bộ Xây dựng, Công đoàn Xây dựng Việt Nam, UBND tỉnh, LĐLĐ tỉnh tặng Bằng khen.",
     [("bang_khen_bo_tinh", "tap_the", 12, "awarded")]),
    # an organisation alone gives its own
    ("Dịp này, 12 tập thể được LĐLĐ tỉnh tặng Bằng khen.", [("other_org_award", "tap_the", 12, "awarded")]),
])
def test_a_state_giver_among_givers_listed_together_gives_the_states_form(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # conferred after review: awarded
    ("Đợt này, huyện Tân Phú có 4 nhà giáo được Chủ tịch nước xét tặng danh hiệu Nhà giáo Ưu tú.",
     [("nha_giao_uu_tu", "ca_nhan", 4, "awarded")]),
    # eligibility, intent or a proposal: proposed
    ("Năm nay, huyện có 4 nhà giáo đủ điều kiện được xét tặng danh hiệu Nhà giáo Ưu tú.",
     [("nha_giao_uu_tu", "ca_nhan", 4, "proposed")]),
    ("Năm nay, huyện có 4 nhà giáo được đề nghị xét tặng danh hiệu Nhà giáo Ưu tú.",
     [("nha_giao_uu_tu", "ca_nhan", 4, "proposed")]),
])
def test_a_passive_review_and_grant_is_awarded_unless_only_eligible(text, expected):
    assert awards(text) == expected


def test_a_list_pointed_at_by_cu_the_takes_the_status_of_the_paragraph_before():
    text = ("Hội đồng Thi đua - Khen thưởng Sở đang hoàn thiện hồ sơ trình cấp có thẩm quyền xét tặng Huân chương Lao "
            "động cho các cá nhân thuộc Sở.\n\nCụ thể:\n\n"
            "I. Huân chương Lao động hạng Nhì cho ông Lò Văn Tài, Giám đốc Sở.\n"
            "II. Huân chương Lao động hạng Ba cho 02 cá nhân:\n1. Ông Cầm Văn Minh;\n2. Bà Lò Thị Hoa.")
    assert awards(text) == [("huan_chuong_lao_dong_hang_nhi", "ca_nhan", 1, "proposed"),
                            ("huan_chuong_lao_dong_hang_ba", "ca_nhan", 2, "proposed")]
    granted = text.replace("đang hoàn thiện hồ sơ trình cấp có thẩm quyền xét tặng", "vừa được Chủ tịch nước tặng")
    assert {s for *_, s in awards(granted)} == {"awarded"}


def test_a_councils_decision_after_a_colon_without_a_proposal_is_its_own_grant():
    text = ("Hội đồng Thi đua - Khen thưởng huyện Tân Phú thống nhất: Tặng giấy khen của Chủ tịch UBND huyện cho "
            "120 cá nhân; danh hiệu chiến sỹ thi đua cấp cơ sở cho 35 cá nhân. "
            "Đề nghị tặng bằng khen của Chủ tịch UBND tỉnh cho 6 cá nhân.")
    assert awards(text, event_kind="hop_xet") == [("giay_khen", "ca_nhan", 120, "awarded"),
                                                  ("chien_si_thi_dua_co_so", "ca_nhan", 35, "awarded"),
                                                  ("bang_khen_bo_tinh", "ca_nhan", 6, "proposed")]


@pytest.mark.parametrize("text, expected", [
    # delegates who receive a form are its recipients
    ("Anh Lò Văn Tài là 1 trong 3 đại biểu của tỉnh Gia Bình vừa vinh dự được nhận Giải thưởng Lý Tự Trọng.",
     [("other_org_award", "ca_nhan", 3, "awarded")]),
    ("Tại buổi lễ, 25 đại biểu được nhận Bằng khen của Thủ tướng Chính phủ.",
     [("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 25, "awarded")]),
    # delegates who attend are no recipients
    ("Lễ đón nhận Huân chương Lao động hạng Ba của Trường THPT Tân Phú có sự tham dự của 200 đại biểu.",
     [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, "awarded")]),
])
def test_delegates_who_receive_a_form_are_its_recipients(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # school and office abbreviations of the people counted ("HS", "GV", "CBCS") and children ("thiếu nhi")
    ("Chủ tịch UBND tỉnh Gia Bình trao bằng khen cho 37 HS đạt giải học sinh giỏi quốc gia.",
     [("bang_khen_bo_tinh", "ca_nhan", 37, "awarded")]),
    ("Sở Giáo dục tặng giấy khen cho 12 GV có học sinh đạt giải.",
     [("giay_khen", "ca_nhan", 12, "awarded")]),
    ("Giám đốc Công an tỉnh tặng giấy khen cho 6 CBCS Công an huyện Tân Phú.",
     [("giay_khen", "ca_nhan", 6, "awarded")]),
    ("Tại liên hoan, 48 thiếu nhi tiêu biểu được nhận Bằng khen của Trung ương Đoàn.",
     [("bang_khen_bo_tinh", "ca_nhan", 48, "awarded")]),
    # teachers who only attend, and pupils who only reach a grade, receive no form
    ("Hội thi có 80 GV tham dự, Ban tổ chức đã trao giấy khen cho 5 cá nhân xuất sắc.",
     [("giay_khen", "ca_nhan", 5, "awarded")]),
    ("Năm học qua, trường có 202 HS đạt học sinh giỏi cấp huyện và 3 HS được UBND huyện tặng giấy khen.",
     [("giay_khen", "ca_nhan", 3, "awarded")]),
])
def test_abbreviated_people_nouns_are_counted_people(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a "khen thưởng" that grants its clause's first count also grants the bare counts of the clauses after it
    ("Chủ tịch UBND huyện Tân Phú khen thưởng 4 tập thể gồm Công an xã Hòa Bình, Công an xã Phú An, "
     "Đồn Biên phòng Tà Lùng và UBND xã Phú An; 9 cá nhân là cán bộ Công an huyện.",
     [("khen_thuong", "tap_the", 4, "awarded"), ("khen_thuong", "ca_nhan", 9, "awarded")]),
    ("Liên đoàn Lao động huyện khen thưởng 5 tập thể và 18 cá nhân xuất sắc giai đoạn 2020-2025; "
     "3 tập thể và 6 cá nhân tiêu biểu trong phong trào nữ công.",
     [("khen_thuong", "tap_the", 5, "awarded"), ("khen_thuong", "ca_nhan", 18, "awarded"),
      ("khen_thuong", "tap_the", 3, "awarded"), ("khen_thuong", "ca_nhan", 6, "awarded")]),
    # a "khen thưởng" that grants no count of its own carries nothing
    ("Công tác thi đua, khen thưởng được chú trọng; 15 tập thể được công nhận hoàn thành tốt nhiệm vụ.", []),
    ("Huyện đã khen thưởng kịp thời các tập thể, cá nhân; 12 cá nhân được bầu vào ban chấp hành.", []),
    # delegates who only attend are no recipients of it
    ("Huyện khen thưởng 6 tập thể; 40 đại biểu tham dự hội nghị.", [("khen_thuong", "tap_the", 6, "awarded")]),
])
def test_a_generic_reward_of_a_count_carries_into_the_next_clauses(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the living part of a title's holders, counted within their total, is no grant of its own
    ("Đến nay, huyện Tân Phú có 412 mẹ được phong tặng, truy tặng danh hiệu Bà mẹ Việt Nam anh hùng, "
     "trong đó có 9 mẹ còn sống.",
     [("ba_me_viet_nam_anh_hung", "ca_nhan", 412, "awarded")]),
    ("Tỉnh Gia Bình hiện có 2.150 mẹ Việt Nam anh hùng (có 58 mẹ hiện còn sống).",
     [("ba_me_viet_nam_anh_hung", "ca_nhan", 2150, "awarded")]),
    # a grant to living mothers is still a grant
    ("Chủ tịch nước truy tặng, phong tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 14 mẹ, trong đó 2 mẹ được "
     "phong tặng khi còn sống.",
     [("ba_me_viet_nam_anh_hung", "ca_nhan", 14, "awarded"), ("ba_me_viet_nam_anh_hung", "ca_nhan", 2, "awarded")]),
])
def test_the_living_part_of_a_titles_holders_is_no_grant(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an enterprise group that grants a form grants the next one too when its subject is left out
    ("Tập đoàn Cao su Tân Phú tặng Cờ thi đua xuất sắc cho 2 tập thể dẫn đầu là Nông trường Suối Đá và "
     "Nông trường Bàu Sen; tặng Bằng khen cho 5 tập thể.",
     [("other_org_award", "tap_the", 2, "awarded"), ("other_org_award", "tap_the", 5, "awarded")]),
    # another giver named for the next form makes it that giver's
    ("Tập đoàn Cao su Tân Phú tặng Cờ thi đua xuất sắc cho 2 tập thể; UBND tỉnh Gia Bình tặng Bằng khen "
     "cho 5 tập thể.",
     [("other_org_award", "tap_the", 2, "awarded"), ("bang_khen_bo_tinh", "tap_the", 5, "awarded")]),
    # a group that receives a form from the province gives none of it
    ("Tổng công ty Điện lực Gia Bình được UBND tỉnh tặng Cờ thi đua; tặng Bằng khen cho 5 tập thể.",
     [("co_thi_dua_bo_tinh", "tap_the", 1, "awarded"), ("bang_khen_bo_tinh", "tap_the", 5, "awarded")]),
    ("Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho Tập đoàn Cao su Tân Phú, tặng Bằng khen cho 3 cá nhân.",
     [("bang_khen_bo_tinh", "tap_the", 1, "awarded"), ("bang_khen_bo_tinh", "ca_nhan", 3, "awarded")]),
])
def test_an_enterprise_groups_next_grant_with_its_subject_left_out_is_its_own(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign state's order named by its own name, whoever hands it over
    ("Ông Lò Văn Tài vinh dự được Nhà nước Lào trao Huân chương Itxala hạng Ba.",
     [("other_org_award", "ca_nhan", 1, "awarded")]),
    ("Đại sứ Pháp tại Việt Nam đã trao Huân chương Cành cọ Hàn lâm cho bà Hà Thị Cúc, Hiệu trưởng Trường THPT Tân Phú.",
     [("other_org_award", "ca_nhan", 1, "awarded")]),
    # a provincial governor ("tỉnh trưởng") is a neighbouring state's office: his Bằng khen is no Vietnamese form
    ("Bí thư kiêm Tỉnh trưởng tỉnh Phu Lan trao Bằng khen cho Đại tá Cầm Văn Minh, Giám đốc Công an tỉnh Gia Bình.",
     [("other_org_award", "ca_nhan", 1, "awarded")]),
    # Việt Nam's own givers and orders stay theirs
    ("Chủ tịch UBND tỉnh Gia Bình trao Bằng khen cho Đại tá Cầm Văn Minh, Giám đốc Công an tỉnh.",
     [("bang_khen_bo_tinh", "ca_nhan", 1, "awarded")]),
    ("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho ông Lò Văn Tài, người có công xây dựng quỹ Tự do.",
     [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, "awarded")]),
])
def test_a_foreign_states_own_orders_and_governors_forms_are_other_awards(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the farmers' union's own title, counted right before it or in quotes
    ("Trung ương Hội Nông dân Việt Nam tôn vinh 80 nông dân Việt Nam xuất sắc năm 2024.",
     [("other_org_award", "ca_nhan", 80, "awarded")]),
    ('Tỉnh Gia Bình có 3 hội viên được trao danh hiệu "Nông dân Việt Nam xuất sắc" năm 2024.',
     [("other_org_award", "ca_nhan", 3, "awarded")]),
    # the youth union's prize for young rural people
    ("Tối 20/11, Trung ương Đoàn trao Giải thưởng Lương Định Của cho 25 thanh niên nông thôn tiêu biểu.",
     [("other_org_award", "ca_nhan", 25, "awarded")]),
    # good farmers counted with no title are no award
    ("Huyện Tân Phú có 1.200 hộ nông dân sản xuất, kinh doanh giỏi các cấp.", []),
])
def test_the_farmers_and_young_farmers_own_titles_are_other_awards(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a provincial union named as the recipient of an earlier grant gives no form after it
    ("Cụm thi đua số 4 đề nghị Trung ương Hội Cựu chiến binh Việt Nam tặng cờ thi đua cho Hội CCB tỉnh Gia Bình "
     "và tặng bằng khen cho Hội CCB tỉnh Tân Phú.",
     [("co_thi_dua_bo_tinh", "tap_the", 1, "proposed"), ("bang_khen_bo_tinh", "tap_the", 1, "proposed")]),
    # nor does one that is the subject of a passive or receiving verb
    ("Hội LHPN tỉnh Gia Bình là một trong 12 đơn vị được tặng cờ thi đua năm 2024.",
     [("co_thi_dua_bo_tinh", "tap_the", 12, "awarded")]),
    ("Chủ tịch Hội LHPN tỉnh Hà Thị Cúc (bên trái) nhận Cờ thi đua năm 2024.",
     [("co_thi_dua_bo_tinh", "tap_the", 1, "awarded")]),
    # a provincial union that grants keeps its own forms
    ("Hội LHPN tỉnh Gia Bình tặng Bằng khen cho 5 tập thể.", [("other_org_award", "tap_the", 5, "awarded")]),
    ("Hội Nông dân tỉnh Gia Bình đã tặng giấy khen cho 4 hội viên và tặng Bằng khen cho 3 cá nhân.",
     [("giay_khen", "ca_nhan", 4, "awarded"), ("other_org_award", "ca_nhan", 3, "awarded")]),
    ("Năm 2024, Hội LHPN huyện Tân Phú được Hội LHPN tỉnh tặng Bằng khen.",
     [("other_org_award", "tap_the", 1, "awarded")]),
])
def test_a_mass_organisation_that_receives_is_no_giver_of_the_form(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, event_kind, expected", [
    # titles "được ghi nhận và suy tôn" with no agent were conferred: the list under it was granted
    ("Các danh hiệu thi đua được ghi nhận và suy tôn:\n- UBND huyện tặng giấy khen cho 8 tập thể và 21 cá nhân.\n"
     "- UBND tỉnh tặng bằng khen cho 2 tập thể.", None,
     [("giay_khen", "tap_the", 8, "awarded"), ("giay_khen", "ca_nhan", 21, "awarded"),
      ("bang_khen_bo_tinh", "tap_the", 2, "awarded")]),
    # a council's or bloc's "suy tôn" nominates
    ("Các tập thể được Hội đồng thi đua suy tôn:\n- Cờ thi đua của UBND tỉnh: 2 tập thể.", "hop_xet",
     [("co_thi_dua_bo_tinh", "tap_the", 2, "proposed")]),
    ("Trường THCS Tân Phú được Khối thi đua suy tôn là đơn vị dẫn đầu và đề nghị UBND tỉnh tặng Cờ thi đua.", None,
     [("co_thi_dua_bo_tinh", "tap_the", 1, "proposed")]),
])
def test_titles_conferred_suy_ton_without_an_agent_were_granted(text, event_kind, expected):
    assert awards(text, event_kind=event_kind) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation's prize given to, or honouring, counted branches, engineers or workers
    ("Giải thưởng Hoa Sen Vàng năm nay được trao cho 12 chi hội phụ nữ tiêu biểu của tỉnh Gia Bình.",
     [("other_org_award", "tap_the", 12, "awarded")]),
    ("Giải thưởng đã vinh danh 9 kỹ sư, công nhân có nhiều sáng kiến.",
     [("other_org_award", "ca_nhan", 9, "awarded")]),
    # a contest's prizes for works or contestants are no award
    ("Ban tổ chức trao giải thưởng cho 15 tác phẩm xuất sắc.", []),
    ("Giải thưởng có tổng trị giá 200 triệu đồng, dành cho 30 thí sinh.", []),
])
def test_an_organisations_prize_to_counted_branches_or_workers_is_an_other_award(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the year a flag is for may close its quoted title; its recipient after it is still read
    ("Dịp này, Chính phủ tặng cờ “Đơn vị xuất sắc trong phong trào thi đua năm 2017” cho nhân dân và cán bộ xã "
     "Tân Phú.", [("co_thi_dua_chinh_phu", "dia_phuong", 1, "awarded")]),
    ("UBND tỉnh tặng Cờ “Đơn vị dẫn đầu phong trào thi đua năm 2019” cho Trường THPT Tân Phú.",
     [("co_thi_dua_bo_tinh", "tap_the", 1, "awarded")]),
])
def test_a_flags_quoted_title_may_end_with_its_year(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a form told again with neither a count nor a name: the counted or named statement is the one entry
    ("Chủ tịch UBND tỉnh trao Bằng khen cho anh Lò Văn Tài vì đã dũng cảm cứu hai em nhỏ. Tại buổi lễ, lãnh đạo "
     "huyện Tân Phú đã trao bằng khen của Chủ tịch UBND tỉnh, thăm hỏi và động viên gia đình anh Tài.",
     [("bang_khen_bo_tinh", "ca_nhan", 1, "awarded")]),
    ("Sáng 3/4, huyện Tân Phú tổ chức lễ trao tặng Huân chương Độc lập. Lãnh đạo huyện đã trao Huân chương Độc "
     "lập hạng Ba cho 4 gia đình liệt sĩ.", [("huan_chuong_doc_lap_hang_ba", "ho_gia_dinh", 4, "awarded")]),
    ("Chủ tịch nước truy tặng Huân chương Lao động hạng Ba cho 3 y bác sĩ. Việc truy tặng Huân chương Lao động "
     "hạng Ba cho các y bác sĩ này là sự ghi nhận của Nhà nước.",
     [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 3, "awarded")]),
    # the only telling of its form stays, and a second form the article tells only so stays too
    ("Ngày 9/5, Trường THCS Tân Phú tổ chức lễ kỷ niệm 50 năm thành lập và đón nhận Huân chương Lao động hạng Ba.",
     [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, "awarded")]),
    ("Ngày 9/5, Trường THCS Tân Phú đón nhận Huân chương Lao động hạng Ba. Dịp này, UBND tỉnh tặng Bằng khen "
     "cho 5 cá nhân.", [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, "awarded"),
                        ("bang_khen_bo_tinh", "ca_nhan", 5, "awarded")]),
])
def test_a_form_told_again_without_count_or_name_is_no_second_entry(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation's cup given to counted people or units it honours
    ("Tối 12/10, Hội Doanh nhân trẻ tỉnh Gia Bình đã trao Cúp bạc Doanh nhân vì cộng đồng cho 35 doanh nhân.",
     [("other_org_award", "ca_nhan", 35, "awarded")]),
    ("Ban tổ chức đã biểu dương, trao hoa, cúp cho 7 tập thể, 18 cá nhân có thành tích trong phong trào.",
     [("other_org_award", "tap_the", 7, "awarded"), ("other_org_award", "ca_nhan", 18, "awarded")]),
    # a prize whose name holds a date's dot still reaches its counted recipients, chairs included
    ("Công đoàn ngành Giáo dục huyện Tân Phú trao \"Giải thưởng 20.11\" cho 12 chủ tịch công đoàn cơ sở.",
     [("other_org_award", "ca_nhan", 12, "awarded")]),
])
def test_an_organisations_cup_or_dated_prize_for_counted_recipients(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text", [
    "Đội bóng xã Tân Phú giành cúp vô địch giải bóng đá huyện năm 2030.",
    "Ban tổ chức trao cúp cho đội vô địch và 2 đội đồng hạng ba.",
    "Do sự cố đường dây, điện lực huyện đã cúp điện của 300 hộ dân trong hai ngày.",
])
def test_a_teams_cup_or_a_power_cut_is_no_award(text):
    assert awards(text) == []


@pytest.mark.parametrize("text, expected", [
    # a count reaches its form past what the people gave ('có nhiều đóng góp'), maybe after a second description
    ("Nhân dịp này, 7 hội viên, cán bộ chi hội có nhiều đóng góp cho phong trào nông dân tỉnh Gia Bình đã được "
     "nhận Kỷ niệm chương của Trung ương Hội.", [("ky_niem_chuong", "ca_nhan", 7, "awarded")]),
    ("Tại buổi lễ, 9 cựu chiến binh có đóng góp lớn cho quỹ khuyến học huyện Tân Phú được tặng Giấy khen của "
     "UBND huyện.", [("giay_khen", "ca_nhan", 9, "awarded")]),
    # the limits: two counts stay two; a contribution told in a sentence without a form is no award
    ("UBND tỉnh tặng Bằng khen cho 6 tập thể, 9 cá nhân có nhiều đóng góp cho phong trào.",
     [("bang_khen_bo_tinh", "tap_the", 6, "awarded"), ("bang_khen_bo_tinh", "ca_nhan", 9, "awarded")]),
    ("Năm qua, 20 hộ, cán bộ thôn có nhiều đóng góp xây dựng nông thôn mới. Huyện đã tặng Giấy khen cho 4 tập thể.",
     [("giay_khen", "tap_the", 4, "awarded")]),
])
def test_a_count_reaches_its_form_past_the_contribution_of_its_people(text, expected):
    assert awards(text) == expected


@pytest.mark.parametrize("text, expected", [
    # village elders counted after a form's 'cho' are people
    ("Dịp này, UBND huyện Tân Phú tặng Giấy khen cho 14 già làng, người có uy tín tiêu biểu trong đồng bào "
     "dân tộc thiểu số.", [("giay_khen", "ca_nhan", 14, "awarded")]),
    # elders counted with no form granted are no award
    ("Toàn huyện Tân Phú hiện có 52 già làng, trưởng bản người Dao.", []),
])
def test_counted_village_elders_are_people(text, expected):
    assert awards(text) == expected
