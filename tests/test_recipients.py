"""Named recipients (the GUIDE's `named`) in the shapes real articles write them; our own words and names."""
from tdkt.extract.awards import extract_awards
from tdkt.extract.document import make_document
from tdkt.extract.recipients import named_in_apposition

TITLE = "Tin thi đua khen thưởng\n\n"


def _named(text):
    return [(a["code"], a["recipient"], a["count"], a["named"]) for a in extract_awards(make_document(TITLE + text))]


# --- the subject of a passive grant -------------------------------------------------------------

def test_one_subject_receives_every_form_its_verb_lists_even_after_an_earlier_clause():
    text = ("Những năm qua, Đồn Biên phòng Cửa Lở được Bộ Quốc phòng chọn làm đơn vị điểm giai đoạn 2016-2020, "
            "được Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Nhì, Huân chương Lao động hạng Ba.")
    assert _named(text) == [
        ("huan_chuong_bao_ve_to_quoc_hang_nhi", "tap_the", 1, ["Đồn Biên phòng Cửa Lở"]),
        ("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Đồn Biên phòng Cửa Lở"]),
    ]


def test_a_subject_listing_several_units_counts_them():
    text = ("Tại hội nghị, các tập thể Bệnh viện đa khoa Sơn Vĩ, Bệnh viện đa khoa Mường Ải và Trung tâm Y tế "
            "Nà Hẩu đã vinh dự được nhận Cờ thi đua của Chính phủ.")
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 3, [
        "Bệnh viện đa khoa Sơn Vĩ", "Bệnh viện đa khoa Mường Ải", "Trung tâm Y tế Nà Hẩu"])]


def test_two_units_joined_by_and_before_the_verb_are_two_recipients_of_the_right_kind():
    text = "Năm 2022, Viện Kiểm sát nhân dân huyện và Phòng Tư pháp huyện được đề nghị tặng Bằng khen."
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 2,
                             ["Viện Kiểm sát nhân dân huyện", "Phòng Tư pháp huyện"])]


def test_the_role_written_after_a_subject_person_is_skipped_back_to_the_name():
    text = ("Niềm vui đến với công ty, đó là ông Hà Minh Luân, chủ tịch HĐQT, kiêm tổng giám đốc, "
            "vừa được Nhà nước phong tặng danh hiệu Thầy thuốc nhân dân.")
    assert _named(text) == [("thay_thuoc_nhan_dan", "ca_nhan", 1, ["Hà Minh Luân"])]


def test_a_subject_counted_then_named_after_la_keeps_the_names_only():
    text = ("Hai phó giám đốc là Thượng tá Vi Văn Khải và Trung tá Mông Thị Sen cũng được trao tặng "
            "Huân chương Bảo vệ Tổ quốc hạng Ba.")
    assert _named(text) == [("huan_chuong_bao_ve_to_quoc_hang_ba", "ca_nhan", 2, ["Vi Văn Khải", "Mông Thị Sen"])]


def test_a_date_or_venue_before_the_subject_is_no_recipient():
    text = ("Sáng 12/5, tại hội trường thị trấn Phố Ràng, Ngân hàng Chính sách xã hội huyện Bảo Yên "
            "tổ chức lễ kỷ niệm và đón nhận Cờ thi đua của Chính phủ.")
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 1, ["Ngân hàng Chính sách xã hội huyện Bảo Yên"])]


# --- what is written around a name ---------------------------------------------------------------

def test_a_unit_keeps_its_bracket_as_written_and_loses_its_description():
    text = ("Bộ trưởng trao Cờ thi đua cho 3 đơn vị, gồm: Trường Tiểu học Nậm Cang (huyện Sa Pả), "
            "Phòng Cảnh sát kinh tế (PC03) và Trường THCS Bản Hon - đơn vị dẫn đầu khối.")
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 3, [
        "Trường Tiểu học Nậm Cang (huyện Sa Pả)", "Phòng Cảnh sát kinh tế (PC03)", "Trường THCS Bản Hon"])]


def test_a_bracket_with_a_dotted_abbreviation_does_not_end_the_list():
    text = "Thủ tướng tặng Cờ thi đua cho Trường THPT Đồng Khởi (TX. Bến Ngự) đã hoàn thành xuất sắc nhiệm vụ."
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 1, ["Trường THPT Đồng Khởi (TX. Bến Ngự)"])]


def test_a_common_noun_before_the_name_is_not_part_of_it():
    assert _named("Phó Chủ tịch nước trao danh hiệu Anh hùng Lao động cho thợ lò Đặng Văn Cừ.") == [
        ("anh_hung_lao_dong", "ca_nhan", 1, ["Đặng Văn Cừ"])]
    assert _named("Ông Vũ Quang trao Cờ thi đua năm 2019 của UBND tỉnh tặng cho đơn vị xã Tà Xùa.") == [
        ("co_thi_dua_bo_tinh", "tap_the", 1, ["xã Tà Xùa"])]


def test_a_pupil_of_a_school_is_not_the_school():
    text = "Chủ tịch UBND tỉnh tặng Bằng khen cho nam sinh Trường THPT Kỳ Sơn 2 vì đã cứu người."
    assert [a["named"] for a in extract_awards(make_document(TITLE + text))] == [[]]


def test_a_person_named_by_the_given_name_after_an_honorific():
    assert _named("Sở Giáo dục tặng Giấy khen cho em Thoại vì đã cứu bạn.") == [
        ("giay_khen", "ca_nhan", 1, ["Thoại"])]


def test_people_written_after_their_roles_and_degrees_are_named_alone():
    text = ("Kết quả, 2 thầy thuốc được đề nghị xét tặng danh hiệu Thầy thuốc Nhân dân là TS-BS.Triệu Văn Kha, "
            "Giám đốc Sở Y tế và nguyên Phó giám đốc Sở Y tế Lục Thị Hoa.")
    assert _named(text) == [("thay_thuoc_nhan_dan", "ca_nhan", 2, ["Triệu Văn Kha", "Lục Thị Hoa"])]


def test_a_place_that_belongs_to_a_persons_role_is_no_recipient():
    text = ("Ông Ma Văn Páo, Bí thư Chi bộ bản Khau Vai, xã Lũng Pù được đề nghị tặng Huân chương Lao động hạng Ba.")
    assert [a["named"] for a in extract_awards(make_document(TITLE + text))] == [["Ma Văn Páo"]]


# --- lists and the count rule --------------------------------------------------------------------

def test_a_described_form_before_cho_still_names_its_units_and_counts_them():
    text = "Hội nghị đề nghị tặng Bằng khen đơn vị hoàn thành xuất sắc nhiệm vụ năm 2021 cho Thị ủy Sông Lô và Huyện ủy Ea Ka."
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 2, ["Thị ủy Sông Lô", "Huyện ủy Ea Ka"])]


def test_a_colon_list_of_bare_names_after_gom_is_counted():
    text = "Các sở được nhận Cờ thi đua gồm: Lạng Sơn, Cà Mau, Kon Tum và Hà Giang."
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 4, ["Lạng Sơn", "Cà Mau", "Kon Tum", "Hà Giang"])]


def test_a_dash_list_below_the_statement_one_name_a_line():
    text = ("Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể sau:\n"
            "- Trường THCS Pà Cò, huyện Mai Sơn;\n"
            "- UBND xã Chiềng Hặc.\n\n"
            "Buổi lễ diễn ra trang trọng.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 2, ["Trường THCS Pà Cò, huyện Mai Sơn", "UBND xã Chiềng Hặc"])]


def test_a_numbered_list_below_gom_cac_don_vi_sau_names_a_counted_statement():
    text = ("Hội đồng đề nghị tặng Cờ thi đua cho 3 đơn vị, gồm các đơn vị sau:\n"
            "1. Trường Tiểu học Tân Xuân\n"
            "2. Bệnh viện Đa khoa huyện Mù Cang\n"
            "3. Công an xã Nậm Khắt\n"
            "Hội nghị cũng đã thống nhất lịch họp năm sau.")
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 3, [
        "Trường Tiểu học Tân Xuân", "Bệnh viện Đa khoa huyện Mù Cang", "Công an xã Nậm Khắt"])]


def test_table_rows_flattened_into_text_give_their_name_cells():
    text = ("Tặng Giấy khen cho 2 tập thể có thành tích xuất sắc, gồm:\n"
            "STT | Tên đơn vị | Ghi chú\n"
            "1 | Phòng Kinh tế huyện |\n"
            "2 | Trạm Y tế xã Púng Bánh |")
    assert _named(text) == [("giay_khen", "tap_the", 2, ["Phòng Kinh tế huyện", "Trạm Y tế xã Púng Bánh"])]


def test_a_count_after_va_ends_the_names_of_the_count_before():
    doc = make_document(TITLE + "Bên cạnh đó, 2 tập thể là Trường Mầm non Họa Mi (Tân Lạc), Trường Tiểu học "
                                "Suối Hoa (Lạc Sơn) và 12 cá nhân nhận Bằng khen của Thủ tướng Chính phủ.")
    count_end = doc.text.index("2 tập thể") + len("2 tập thể")
    names = named_in_apposition(doc, count_end, len(doc.text))
    assert [n.text for n in names] == ["Trường Mầm non Họa Mi (Tân Lạc)", "Trường Tiểu học Suối Hoa (Lạc Sơn)"]
    assert [doc.text[n.start:n.end] for n in names] == [n.text for n in names]  # spans point at the names


def test_names_after_la_name_the_counted_statement_and_make_no_entry_of_their_own():
    text = ("Ban Thường vụ trao Huy hiệu 50 năm tuổi Đảng cho 01 đồng chí và Huy hiệu 40 năm tuổi Đảng cho 3 đồng chí. "
            "Đảng viên nhận Huy hiệu 50 năm tuổi Đảng là đồng chí Lò Văn Piếng (bản Hua Nà).")
    assert _named(text) == [("huy_hieu_dang", "ca_nhan", 1, ["Lò Văn Piếng"]), ("huy_hieu_dang", "ca_nhan", 3, [])]
    text = "Người cao tuổi nhất nhận Huy hiệu 70 năm tuổi Đảng là cụ Tòng Văn Ỏn, 93 tuổi."
    assert _named(text) == []


def test_a_list_read_later_names_the_equal_unnamed_statement_before_it():
    text = ("Chủ tịch UBND tỉnh tặng Bằng khen cho 2 em học sinh Trường THCS Vĩnh Tân.\n\n"
            "Hai em được tặng Bằng khen gồm: Hồ Văn Tiến (lớp 7A) và em Đào Minh Khoa (lớp 7C).")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 2, ["Hồ Văn Tiến", "Đào Minh Khoa"])]


def test_a_list_announced_as_following_is_read_below_with_roles_left_out():
    text = ("Chủ tịch UBND tỉnh tặng Bằng khen cho 3 cá nhân có thành tích xuất sắc như sau:\n"
            "1. Ông Lù Văn Thạch, Chủ tịch UBND xã Nậm Tăm;\n"
            "2. Bà Giàng Thị Mỷ - Giáo viên Trường Tiểu học Sì Lở Lầu;\n"
            "3. Ông Hạng A Tủa.\n"
            "Các cá nhân trên được tặng kèm tiền thưởng.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 3, ["Lù Văn Thạch", "Giàng Thị Mỷ", "Hạng A Tủa"])]


def test_a_table_of_people_below_gives_the_name_column():
    text = ("Quyết định tặng Giấy khen cho các cá nhân có tên sau:\n"
            "TT | Họ và tên | Chức vụ, đơn vị\n"
            "1 | Vàng Seo Dìn | Trưởng thôn Lùng Phình\n"
            "2 | Sùng Thị Pà | Hội viên Hội Phụ nữ xã\n"
            "Lý do: có thành tích xuất sắc.")
    assert _named(text) == [("giay_khen", "ca_nhan", 2, ["Vàng Seo Dìn", "Sùng Thị Pà"])]


def test_in_a_semicolon_list_a_persons_role_and_workplace_are_not_recipients():
    text = ("Theo đó, 4 cá nhân được phong tặng danh hiệu Nhà giáo ưu tú, gồm: bà Lò Thị Ín, Hiệu trưởng, "
            "trường THCS Pú Nhi; ông Quàng Văn Ón, giáo viên, Trường Tiểu học Na Son, huyện Điện Nam; "
            "bà Cà Thị Dơn và ông Tòng Văn Ỉn.")
    assert _named(text) == [("nha_giao_uu_tu", "ca_nhan", 4, ["Lò Thị Ín", "Quàng Văn Ón", "Cà Thị Dơn", "Tòng Văn Ỉn"])]


def test_a_mixed_count_takes_the_people_a_following_paragraph_lists():
    text = ("Chủ tịch nước trao danh hiệu Anh hùng Lao động cho 3 tập thể, cá nhân gồm: Bệnh viện Đa khoa Mường Lò; "
            "Trường Tiểu học Bản Phố.\n\n"
            "Các cá nhân gồm:\n\n"
            "Ông Lường Văn Pọm, Giám đốc Hợp tác xã chè Suối Giàng.\n\n"
            "Tin: Hoài An")
    assert _named(text) == [("anh_hung_lao_dong", "mixed", 3, [
        "Bệnh viện Đa khoa Mường Lò", "Trường Tiểu học Bản Phố", "Lường Văn Pọm"])]


def test_a_headline_names_the_body_statement_that_does_not():
    text = ("Trường THPT Lê Hữu Trác đón nhận Huân chương Lao động hạng Nhì\n"
            "Sáng 20/11, nhà trường long trọng tổ chức lễ kỷ niệm 50 năm thành lập và vinh dự đón nhận "
            "Huân chương Lao động hạng Nhì.")
    awards = extract_awards(make_document(text))
    assert [(a["code"], a["count"], a["named"]) for a in awards] == [
        ("huan_chuong_lao_dong_hang_nhi", 1, ["Trường THPT Lê Hữu Trác"])]


def test_a_dropped_restatement_leaves_its_names_to_the_statement_kept():
    text = ("Hội nghị tổng kết năm học đã công bố quyết định phong tặng danh hiệu Nhà giáo ưu tú cho 2 nhà giáo "
            "của tỉnh.\n"
            "Theo đó, 2 cá nhân được phong tặng danh hiệu Nhà giáo ưu tú, gồm: bà Vì Thị Xuân và ông Lò Văn Đôi.\n"
            "Buổi lễ diễn ra trang trọng.")
    assert [(a["count"], a["named"]) for a in extract_awards(make_document(text))] == [(2, ["Vì Thị Xuân", "Lò Văn Đôi"])]


def test_a_unit_named_before_a_count_of_people_is_its_own_entry():
    text = "Phó Chủ tịch UBND tỉnh trao Bằng khen của UBND tỉnh cho Trung tâm Y tế huyện Mỹ Lâm và 5 cá nhân."
    assert sorted(_named(text)) == [("bang_khen_bo_tinh", "ca_nhan", 5, []),
                                    ("bang_khen_bo_tinh", "tap_the", 1, ["Trung tâm Y tế huyện Mỹ Lâm"])]


def test_a_trailing_and_before_the_next_form_is_not_part_of_the_name():
    text = ("Phó Chủ tịch nước trao Huân chương Lao động hạng Nhất cho Tổng công ty Điện lực Tây Bắc và "
            "Huân chương Lao động hạng Ba cho ông Trần Văn Bảy, Tổng giám đốc.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhat", "tap_the", 1, ["Tổng công ty Điện lực Tây Bắc"]),
                            ("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, ["Trần Văn Bảy"])]


def test_two_people_each_given_the_same_form_in_one_sentence_are_two_entries():
    text = ("Đại tá Lò Văn Nhất trao Bằng khen của Chủ tịch UBND tỉnh cho Phòng Cảnh sát PCCC và 3 chiến sĩ; "
            "đồng thời trao Bằng khen của Chủ tịch UBND tỉnh cho anh Đinh Văn Lực.")
    assert sorted(_named(text)) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Đinh Văn Lực"]),
                                    ("bang_khen_bo_tinh", "ca_nhan", 3, []),
                                    ("bang_khen_bo_tinh", "tap_the", 1, ["Phòng Cảnh sát PCCC"])]


def test_a_proposal_after_va_ends_the_list_of_names():
    text = ("Công an tỉnh đề nghị Bộ trưởng tặng Bằng khen cho Thượng úy Lê Văn Khải và đề nghị Chủ tịch nước "
            "tặng Huân chương Dũng cảm cho anh Mùa A Chớ.")
    assert [a["named"] for a in extract_awards(make_document(TITLE + text))] == [["Lê Văn Khải"], ["Mùa A Chớ"]]


def test_nha_truong_refers_back_to_the_school_the_sentence_opens_at():
    text = ("Tại Trường THPT Phú Lâm, xã Tân Phú, ngay sau lễ chào cờ, nhà trường đã tổ chức Lễ đón nhận "
            "Huân chương Lao động hạng Nhì.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Trường THPT Phú Lâm"])]


def test_a_place_followed_by_other_stretches_is_not_one_locality():
    text = ("Tại Trường THPT Phú Lâm, xã Tân Phú, ngay sau lễ chào cờ, cán bộ nhà trường vui mừng đón nhận "
            "Huân chương Lao động hạng Nhì.")
    assert [a["named"] for a in extract_awards(make_document(TITLE + text))] == [[]]


# --- lists written in other shapes ---------------------------------------------------------------

def test_a_numbered_list_run_into_one_line_names_units_localities_and_people():
    text = ("4 tập thể được Thủ tướng Chính phủ tặng Bằng khen: 1.Đài Phát thanh tỉnh Hòa Lâm; 2.Nhân dân và cán bộ "
            "huyện Sông Mây; 3. Phòng Kế hoạch, Sở Tài chính; 4. Trường Tiểu học Đồi Thông. 2 cá nhân được Thủ tướng "
            "Chính phủ tặng Bằng khen: 1.Ông Lương Văn Khải - nguyên Phó Chủ tịch Hội đồng nhân dân tỉnh, Trưởng Ban "
            "Kinh tế - Ngân sách tỉnh Hòa Lâm; 2. Bà Tạ Thị Mơ - Giám đốc, Sở Tài chính.")
    assert _named(text) == [
        ("bang_khen_thu_tuong_chinh_phu", "tap_the", 4, ["Đài Phát thanh tỉnh Hòa Lâm", "Nhân dân và cán bộ huyện Sông Mây",
                                                          "Phòng Kế hoạch, Sở Tài chính", "Trường Tiểu học Đồi Thông"]),
        ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 2, ["Lương Văn Khải", "Tạ Thị Mơ"]),
    ]


def test_a_semicolon_item_holding_several_commas_is_a_list_of_its_own():
    text = ("Chủ tịch nước trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho 4 tập thể, gồm: Lữ đoàn 7 (Bộ "
            "Quốc phòng), Cục Hậu cần (Bộ Quốc phòng), Phòng Tham mưu (Công an tỉnh Hòa Lâm); Đồn Biên phòng Bến Gỗ.")
    assert _named(text) == [("anh_hung_luc_luong_vu_trang_nhan_dan", "tap_the", 4, [
        "Lữ đoàn 7 (Bộ Quốc phòng)", "Cục Hậu cần (Bộ Quốc phòng)", "Phòng Tham mưu (Công an tỉnh Hòa Lâm)",
        "Đồn Biên phòng Bến Gỗ"])]


def test_a_long_description_before_gom_at_a_line_end_opens_the_list_below():
    text = ("UBND tỉnh tặng Cờ thi đua cho 03 tập thể, đã có thành tích xuất sắc trong công tác, dẫn đầu phong trào "
            "thi đua các khối của huyện Sông Mây, thị trấn Đồi Thông và xã Bến Gỗ năm 2031, gồm:\n"
            "1. Văn phòng Huyện ủy Sông Mây; dẫn đầu Khối 01;\n"
            "2. Nhân dân và cán bộ xã Bến Gỗ, huyện Sông Mây;\n"
            "3. Hội Nông dân huyện Sông Mây./.\n")
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 3, [
        "Văn phòng Huyện ủy Sông Mây", "Nhân dân và cán bộ xã Bến Gỗ, huyện Sông Mây", "Hội Nông dân huyện Sông Mây"])]


def test_a_next_sentence_describing_its_people_before_gom_names_them():
    text = ("Hội đồng đề nghị tặng danh hiệu Nhà giáo Ưu tú cho 3 cá nhân. Các nhà giáo được đề nghị xét tặng gồm: "
            "Lương Văn Khải, Hiệu trưởng Trường THPT Đồi Thông; Tạ Thị Mơ, giáo viên và Đàm Quang Vũ, Phó Hiệu trưởng "
            "Trường THCS Bến Gỗ (đều ở huyện Sông Mây).")
    assert _named(text) == [("nha_giao_uu_tu", "ca_nhan", 3, ["Lương Văn Khải", "Tạ Thị Mơ", "Đàm Quang Vũ"])]


def test_a_comma_before_gom_after_the_form_opens_the_names_and_ranks_are_stripped():
    text = ("Theo quyết định, hai đồng chí thuộc Trung đoàn 99 được truy tặng Huân chương Chiến công hạng Nhì, gồm: "
            "Thiếu tá Lương Văn Khải, phi công; Trung tá chuyên nghiệp Đàm Quang Vũ, nhân viên kỹ thuật.")
    assert _named(text) == [("huan_chuong_chien_cong_hang_nhi", "ca_nhan", 2, ["Lương Văn Khải", "Đàm Quang Vũ"])]


def test_a_head_written_once_over_several_codes_names_each_unit():
    text = ("Ban tổ chức trao Huân chương Chiến công hạng Ba cho 4 tập thể, cá nhân, gồm: Phòng PX03, PX07, PK12; "
            "Đại tá Đàm Quang Vũ, Phó Giám đốc Công an tỉnh.")
    assert _named(text) == [("huan_chuong_chien_cong_hang_ba", "mixed", 4, [
        "Phòng PX03", "Phòng PX07", "Phòng PK12", "Đàm Quang Vũ"])]


def test_a_name_typed_with_the_look_alike_eth_is_recognised_and_kept_as_written():
    text = "Theo quyết định, Thiếu tá Ðàm Quang Vũ được truy tặng Huân chương Chiến công hạng Nhì."
    assert _named(text) == [("huan_chuong_chien_cong_hang_nhi", "ca_nhan", 1, ["Ðàm Quang Vũ"])]


def test_a_name_is_given_as_the_page_writes_it_not_as_normalised_for_matching():
    text = "Ông Lương Văn Hoá và Trường Mầm non Thuỷ Tiên được tặng Bằng khen của Bộ trưởng Bộ Y tế."
    assert [n for a in extract_awards(make_document(TITLE + text)) for n in a["named"]] == [
        "Lương Văn Hoá", "Trường Mầm non Thuỷ Tiên"]


def test_a_unit_and_a_person_as_one_subject_give_one_entry_each():
    text = ("Sáng 3/5, Công ty TNHH Gạch Ngói Bến Gỗ và cá nhân ông Lương Văn Khải, Giám đốc Công ty vinh dự được "
            "đón nhận Huân chương Lao động hạng Ba.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Công ty TNHH Gạch Ngói Bến Gỗ"]),
                            ("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, ["Lương Văn Khải"])]


def test_a_quoted_speech_after_a_name_is_no_recipient():
    text = 'Tại buổi lễ, ông Lương Văn Khải khẳng định "Việc đón nhận Huân chương Lao động hạng Ba là vinh dự lớn".'
    assert all(not a["named"] for a in extract_awards(make_document(TITLE + text)))


def test_a_role_written_after_a_person_without_a_comma_is_left_out():
    text = ("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho các tập thể gồm: Trung tâm Dữ liệu; Ban Quản lý "
            "Khu Công nghệ Bến Gỗ và cá nhân ông Lương Văn Khải Cục trưởng Cục Thống kê tỉnh.")
    assert _named(text) == [
        ("huan_chuong_lao_dong_hang_ba", "tap_the", 2, ["Trung tâm Dữ liệu", "Ban Quản lý Khu Công nghệ Bến Gỗ"]),
        ("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, ["Lương Văn Khải"])]


def test_a_host_receiving_for_a_unit_named_after_the_form_names_that_unit():
    text = ("Sáng 9/11, UBND xã Bến Gỗ tổ chức Lễ đón nhận Huân chương Lao động hạng Ba Trường THCS Đồi Thông "
            "và kỷ niệm ngày Nhà giáo.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Trường THCS Đồi Thông"])]


def test_a_unit_holding_its_own_ceremony_of_receiving_is_the_recipient():
    text = "Ngày 5-6, Bộ Chỉ huy Quân sự tỉnh Hòa Lâm long trọng tổ chức lễ đón nhận Huân chương Chiến công hạng Nhì."
    assert _named(text) == [("huan_chuong_chien_cong_hang_nhi", "tap_the", 1, ["Bộ Chỉ huy Quân sự tỉnh Hòa Lâm"])]


def test_people_listed_a_paragraph_each_after_cac_ca_nhan_gom_complete_a_mixed_count():
    text = ("Chủ tịch nước trao danh hiệu Anh hùng Lao động cho 4 tập thể, cá nhân gồm: Bệnh viện Đồi Thông; "
            "Trường Tiểu học Bến Gỗ.\n\nCác cá nhân gồm: Ông Lương Văn Khải, Giám đốc Công ty Gạch Ngói Sông Mây.\n\n"
            "Bà Tạ Thị Mơ, Chủ tịch Hợp tác xã Đồi Chè.\n\nBuổi lễ diễn ra trang trọng.")
    assert _named(text) == [("anh_hung_lao_dong", "mixed", 4, [
        "Bệnh viện Đồi Thông", "Trường Tiểu học Bến Gỗ", "Lương Văn Khải", "Tạ Thị Mơ"])]


def test_a_person_after_a_role_and_dotted_degrees_is_named_and_cung_cac_ends_the_names():
    text = ("Bệnh viện đón nhận Huân chương Lao động hạng Nhất cho Giám đốc Bệnh viện PGS.TS. Lương Văn Khải cùng "
            "các danh hiệu khác của Nhà nước trao tặng.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhat", "ca_nhan", 1, ["Lương Văn Khải"])]


def test_a_decision_for_cac_tap_the_is_counted_and_named_by_the_sentence_after_it():
    text = ("Chủ tịch UBND tỉnh vừa ký Quyết định tặng Bằng khen cho các tập thể có thành tích xuất sắc năm học "
            "2030 - 2031. Theo đó, có 3 tập thể có thành tích xuất sắc trong năm học gồm: Trường Mầm non Đồi Thông; "
            "Trường Tiểu học Bến Gỗ, huyện Sông Mây; Trường THCS Hòa Lâm.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 3, [
        "Trường Mầm non Đồi Thông", "Trường Tiểu học Bến Gỗ, huyện Sông Mây", "Trường THCS Hòa Lâm"])]


def test_a_count_after_theo_do_without_a_vague_grant_before_is_no_award():
    text = ("Chủ tịch UBND tỉnh vừa ký Quyết định tặng Bằng khen cho Trường THCS Hòa Lâm. Theo đó, có 3 tập thể "
            "đã đăng ký thi đua năm sau.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 1, ["Trường THCS Hòa Lâm"])]


# --- people with what the text says of them ------------------------------------------------------

def test_a_quoted_title_closing_before_cho_still_opens_its_list_of_names():
    text = ('Dịp này, Chủ tịch nước truy tặng danh hiệu "Bà mẹ Việt Nam Anh hùng" cho các Bà mẹ: '
            "Hà Thị Nhung, Lục Thị Đào và Vi Thị Sen.")
    assert _named(text) == [("ba_me_viet_nam_anh_hung", "ca_nhan", 3, ["Hà Thị Nhung", "Lục Thị Đào", "Vi Thị Sen"])]


def test_the_home_written_after_a_name_without_a_comma_is_not_part_of_it():
    text = ("Đợt này, Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho các mẹ: Hà Thị Nhung quê ở "
            "xã Yên Lạc, Lục Thị Đào ở xã Minh Tiến và Vi Thị Sen quê ở xã Hòa Bình.")
    assert _named(text) == [("ba_me_viet_nam_anh_hung", "ca_nhan", 3, ["Hà Thị Nhung", "Lục Thị Đào", "Vi Thị Sen"])]


def test_the_places_a_person_lives_in_are_no_recipients_of_their_own():
    text = ("Theo quyết định, Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho bà Đàm Thị Vui "
            "(nguyên quán xã Tân Lập, huyện Hữu Lũng), cư trú tại xã Quang Trung, huyện Bình Gia, tỉnh Lạng Sơn.")
    assert _named(text) == [("ba_me_viet_nam_anh_hung", "ca_nhan", 1, ["Đàm Thị Vui"])]


def test_kin_named_inside_a_persons_entry_of_a_semicolon_list_are_not_listed():
    text = ("Sáng 9/8, huyện Bình Gia truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 3 mẹ.\n\n"
            "Các mẹ gồm: mẹ Đàm Thị Vui, sinh năm 1902, ở xã Quang Trung, có hai con liệt sĩ là Hoàng Văn Kiên "
            "và Hoàng Văn Cường; mẹ Lục Thị Đào, sinh năm 1911, xã Minh Tiến; mẹ Vi Thị Sen, sinh năm 1920, "
            "xã Hòa Bình (mẹ liệt sĩ Nông Văn Tư).")
    assert _named(text) == [("ba_me_viet_nam_anh_hung", "ca_nhan", 3, ["Đàm Thị Vui", "Lục Thị Đào", "Vi Thị Sen"])]


def test_a_role_after_a_person_in_a_semicolon_list_does_not_hide_the_next_person():
    text = ("Hội đồng đề nghị xét tặng danh hiệu Nhà giáo ưu tú cho 3 cá nhân.\n\nCác nhà giáo được đề nghị gồm: "
            "Lê Văn Tiến, Hiệu trưởng và Đỗ Thị Hằng, Phó Hiệu trưởng Trường THPT Chu Văn An; Phạm Văn Bình, "
            "giáo viên Trường THCS Yên Thế.")
    assert [n for *_, n in _named(text)] == [["Lê Văn Tiến", "Đỗ Thị Hằng", "Phạm Văn Bình"]]


def test_a_unit_that_received_a_form_several_times_is_named_on_each_count():
    text = ("Nhiệm kỳ qua, Bộ Chỉ huy Quân sự tỉnh Hà Giang đã 3 lần được tặng Cờ thi đua của Chính phủ; "
            "2 lần được tặng Cờ thi đua của Bộ Quốc phòng.")
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 3, ["Bộ Chỉ huy Quân sự tỉnh Hà Giang"]),
                            ("co_thi_dua_bo_tinh", "tap_the", 2, ["Bộ Chỉ huy Quân sự tỉnh Hà Giang"])]


def test_how_often_a_title_is_given_names_nobody():
    text = "Danh hiệu Nhà giáo Ưu tú được xét tặng 3 năm một lần."
    assert all(not named for *_, named in _named(text))


def test_a_unit_written_beside_the_count_of_a_passive_grant_is_its_own_entry():
    text = "Dịp này, Trung tâm Y tế huyện Bảo Yên và 2 cá nhân đã vinh dự được nhận Huân chương Lao động hạng Ba."
    assert sorted(_named(text)) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 2, []),
                                    ("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Trung tâm Y tế huyện Bảo Yên"])]


def test_a_count_written_before_the_and_keeps_the_names_its_own():
    text = "Năm nay, 12 tập thể và 30 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh."
    assert sorted(_named(text)) == [("bang_khen_bo_tinh", "ca_nhan", 30, []), ("bang_khen_bo_tinh", "tap_the", 12, [])]


def test_a_later_sentence_repeating_the_count_lists_its_names():
    text = ("Ngày 2/8, Thủ tướng Chính phủ đã ký quyết định tặng Cờ thi đua của Chính phủ cho 3 tập thể "
            "thuộc tỉnh Yên Bái.\n\nSở Tư pháp là một trong 3 đơn vị nhận Cờ đợt này.\n\n"
            "3 tập thể này gồm: Ban Dân vận Tỉnh ủy Yên Bái; Báo Yên Bái; Sở Tư pháp tỉnh Yên Bái.")
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 3,
                             ["Ban Dân vận Tỉnh ủy Yên Bái", "Báo Yên Bái", "Sở Tư pháp tỉnh Yên Bái"])]


def test_a_later_sentence_that_grants_the_form_again_is_merged_not_named_twice():
    text = ("Bộ Y tế vừa ban hành quyết định tặng Cờ thi đua cho 3 Sở Y tế dẫn đầu phong trào thi đua.\n\n"
            "3 Sở Y tế được nhận Cờ thi đua gồm: Lào Cai, Yên Bái và Tuyên Quang.")
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 3, ["Lào Cai", "Yên Bái", "Tuyên Quang"])]


def test_and_inside_a_units_name_in_a_colon_list_does_not_split_it():
    text = ("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho: Vụ Khoa học, Trung tâm Nghiên cứu và Ứng dụng "
            "công nghệ sinh học và Trường Tiểu học và Trung học cơ sở Nà Nhạn.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 3, [
        "Vụ Khoa học", "Trung tâm Nghiên cứu và Ứng dụng công nghệ sinh học",
        "Trường Tiểu học và Trung học cơ sở Nà Nhạn"])]


def test_people_with_their_district_in_brackets_before_the_verb_are_all_named():
    text = ("Đó là ông Lò Văn Sáu (huyện Mường La) được nhận Huân chương Lao động hạng 3; ông Vì Văn Bảy "
            "(huyện Thuận Châu) và Hồ Sơn Tám (huyện Yên Châu) nhận bằng khen của Thủ tướng Chính phủ.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, ["Lò Văn Sáu"]),
                            ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 2, ["Vì Văn Bảy", "Hồ Sơn Tám"])]


def test_a_unit_with_its_ward_in_brackets_that_is_the_collective_honoured_is_named():
    text = "Trường Tiểu học Kim Đồng (phường Bắc Sơn) là tập thể được Thủ tướng Chính phủ tặng Bằng khen."
    assert _named(text) == [("bang_khen_thu_tuong_chinh_phu", "tap_the", 1, ["Trường Tiểu học Kim Đồng (phường Bắc Sơn)"])]


def test_a_bang_khen_whose_giver_is_unsaid_is_the_prime_ministers_when_the_article_names_only_him():
    text = ("Trường THCS Tân Lập là tập thể được Thủ tướng Chính phủ tặng Bằng khen.\n\n"
            "2 cá nhân được tặng Bằng khen gồm: bà Lò Thị Hoa, Hiệu trưởng Trường THCS Tân Lập; "
            "ông Hà Văn Khánh, giáo viên Trường Tiểu học Tân Lập.")
    assert _named(text) == [("bang_khen_thu_tuong_chinh_phu", "tap_the", 1, ["Trường THCS Tân Lập"]),
                            ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 2, ["Lò Thị Hoa", "Hà Văn Khánh"])]


def test_a_bang_khen_with_its_own_giver_keeps_it_beside_the_prime_ministers():
    text = ("Dịp này, Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể; Chủ tịch UBND tỉnh tặng Bằng khen "
            "cho 5 cá nhân.")
    assert [(code, count) for code, _, count, _ in _named(text)] == [
        ("bang_khen_thu_tuong_chinh_phu", 2), ("bang_khen_bo_tinh", 5)]


def test_a_place_level_written_with_a_full_stop_does_not_end_a_list_of_people():
    text = ("Thủ tướng Chính phủ tặng Bằng khen cho 3 cá nhân gồm: ông Lê Văn An, Phó Chủ tịch UBND TX. Sơn Tây; "
            "bà Vũ Thị Bình, Phó Giám đốc Sở Y tế và ông Đỗ Văn Cao, Chủ tịch UBND TP. Hà Đông đã có thành tích.")
    assert _named(text) == [("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 3, ["Lê Văn An", "Vũ Thị Bình", "Đỗ Văn Cao"])]


def test_the_youth_unions_badge_for_courage_is_an_organisations_award_to_the_person_named():
    text = "Chiều 8/6, Tỉnh Đoàn truy tặng Huy hiệu Tuổi trẻ dũng cảm cho em Lò Thị Bích Ngọc."
    assert _named(text) == [("other_org_award", "ca_nhan", 1, ["Lò Thị Bích Ngọc"])]


def test_a_long_bracket_after_a_persons_name_does_not_make_the_item_a_clause():
    text = ("Tỉnh Đoàn truy tặng Huy hiệu Tuổi trẻ dũng cảm của Ban Chấp hành Trung ương Đoàn cho em Lò Thị Bích "
            "Ngọc (học sinh lớp 4A, trường tiểu học Nà Phặc, xã Nà Phặc, huyện Ngân Sơn, tỉnh Bắc Kạn).")
    assert _named(text) == [("other_org_award", "ca_nhan", 1, ["Lò Thị Bích Ngọc"])]


def test_the_sum_each_unit_receives_is_not_part_of_its_name():
    text = ("Ban Chỉ đạo tặng thưởng cho 3 đơn vị lập thành tích trong chuyên án. Các đơn vị được tặng thưởng gồm: "
            "Phòng Cảnh sát kinh tế Công an tỉnh mức thưởng 30 triệu đồng; Đồn Biên phòng Na Mèo và Hải quan "
            "Thanh Hóa mỗi đơn vị 20 triệu đồng.")
    assert _named(text) == [("khen_thuong", "tap_the", 3, [
        "Phòng Cảnh sát kinh tế Công an tỉnh", "Đồn Biên phòng Na Mèo", "Hải quan Thanh Hóa"])]


def test_the_district_and_city_written_after_a_unit_in_a_list_are_part_of_its_name():
    text = ("Theo đó, 2 tập thể nhận Cờ thi đua của Chính phủ là: Trường Mầm non Hoa Sen, huyện Kiến Thụy, "
            "thành phố Hải Phòng và Trường Tiểu học Đông Sơn, huyện Vĩnh Bảo, thành phố Hải Phòng.")
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 2, [
        "Trường Mầm non Hoa Sen, huyện Kiến Thụy, thành phố Hải Phòng",
        "Trường Tiểu học Đông Sơn, huyện Vĩnh Bảo, thành phố Hải Phòng"])]


def test_communes_listed_after_a_communes_committee_stay_recipients_of_their_own():
    text = "UBND huyện tặng Giấy khen cho: UBND xã Tân Hòa, xã Tân Lập và xã Phú Lương."
    assert [n for *_, n in _named(text)] == [["UBND xã Tân Hòa"], ["xã Tân Lập", "xã Phú Lương"]]


def test_the_units_after_a_persons_role_are_where_he_works_not_recipients():
    text = ("Theo quyết định, Thiếu tá Vũ Quang Khải, Đồn trưởng Đồn Biên phòng Hòn Mê, Bộ đội Biên phòng tỉnh, "
            "Quân chủng Hải quân, được truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.")
    assert _named(text) == [("anh_hung_luc_luong_vu_trang_nhan_dan", "ca_nhan", 1, ["Vũ Quang Khải"])]


def test_a_unit_and_a_person_with_his_workplace_before_a_passive_grant():
    text = ("Tổng Công ty Xây dựng Trường Sơn và Đại tá Lê Văn Hùng, Tổng Giám đốc Tổng Công ty Thái Sơn, "
            "Quân chủng Hải quân, được phong tặng danh hiệu Anh hùng Lao động.")
    assert sorted(_named(text)) == [("anh_hung_lao_dong", "ca_nhan", 1, ["Lê Văn Hùng"]),
                                    ("anh_hung_lao_dong", "tap_the", 1, ["Tổng Công ty Xây dựng Trường Sơn"])]


def test_a_semicolon_list_of_as_many_units_as_counted_keeps_each_units_parents():
    text = ("Theo quyết định, ba tập thể được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân gồm "
            "Trung đoàn Bộ binh 12, Sư đoàn 5, Quân khu 7; Nhà máy Z20, Tổng cục Kỹ thuật; Binh chủng Hóa học.")
    assert _named(text) == [("anh_hung_luc_luong_vu_trang_nhan_dan", "tap_the", 3, [
        "Trung đoàn Bộ binh 12, Sư đoàn 5, Quân khu 7", "Nhà máy Z20, Tổng cục Kỹ thuật", "Binh chủng Hóa học"])]


def test_a_subject_listed_after_a_colon_with_roles_between_semicolons():
    text = ("Công ty CP Nhựa Hoa Sen và các đồng chí: Đặng Văn Cường, nguyên Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; "
            "Vương Thị Sáng, nguyên Phó Chủ tịch UBND tỉnh được đề nghị tặng thưởng Huân chương Lao động hạng nhì.")
    assert sorted(_named(text)) == [("huan_chuong_lao_dong_hang_nhi", "ca_nhan", 2, ["Đặng Văn Cường", "Vương Thị Sáng"]),
                                    ("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Công ty CP Nhựa Hoa Sen"])]


def test_a_rear_admiral_is_a_person():
    text = ("Chuẩn đô đốc Lê Văn Tâm, Tư lệnh Vùng 2 Hải quân, được phong tặng danh hiệu Anh hùng Lực lượng vũ "
            "trang nhân dân.")
    assert _named(text) == [("anh_hung_luc_luong_vu_trang_nhan_dan", "ca_nhan", 1, ["Lê Văn Tâm"])]


def test_a_unit_written_by_its_head_alone_is_the_one_named_before_and_a_person_beside_it_counts_apart():
    text = ("Công ty cổ phần Cơ khí Tân Phong tổ chức lễ kỷ niệm 40 năm thành lập và đón nhận Huân chương Lao "
            "động hạng Ba.\n\nPhó Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba cho tập thể Công ty và cá "
            "nhân ông Lương Văn Khải.\n\nCông ty hiện có 300 công nhân.")
    assert sorted(_named(text)) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, ["Lương Văn Khải"]),
                                    ("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Công ty cổ phần Cơ khí Tân Phong"])]


def test_a_group_owned_by_a_person_is_a_unit():
    text = "Tập đoàn Hoa Mai của ông Trịnh Văn Lộc nhận Huân chương Lao động hạng Nhất."
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhat", "tap_the", 1, ["Tập đoàn Hoa Mai của ông Trịnh Văn Lộc"])]


def test_the_governments_excellent_flag_is_the_governments():
    text = "Nhân dịp này, Công an tỉnh Hòa Bình được tặng Cờ thi đua xuất sắc của Chính phủ."
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 1, ["Công an tỉnh Hòa Bình"])]


def test_a_flag_for_leading_the_movement_given_by_a_provincial_union_is_its_own_award():
    text = "Ban Thường vụ Hội Nông dân tỉnh tặng cờ dẫn đầu phong trào thi đua cho Hội Nông dân huyện Văn Yên."
    assert _named(text) == [("other_org_award", "tap_the", 1, ["Hội Nông dân huyện Văn Yên"])]


def test_a_bang_khen_beside_the_prime_ministers_in_one_list_is_not_his():
    text = ("Dịp này, UBND huyện trao Bằng khen của Thủ tướng Chính phủ cho 02 tập thể; Bằng khen cho 15 cá nhân; "
            "Giấy khen cho 30 cá nhân.")
    assert [(code, count) for code, _, count, _ in _named(text)] == [
        ("bang_khen_thu_tuong_chinh_phu", 2), ("bang_khen_bo_tinh", 15), ("giay_khen", 30)]


def test_a_clause_opening_with_the_verb_alone_keeps_the_union_that_gives_before_it():
    text = ("Ban Thường vụ Hội Nông dân tỉnh tặng cờ thi đua cho Hội Nông dân huyện Văn Yên; tặng bằng khen cho "
            "2 tập thể và 22 cá nhân.")
    assert _named(text) == [("other_org_award", "tap_the", 1, ["Hội Nông dân huyện Văn Yên"]),
                            ("other_org_award", "tap_the", 2, []), ("other_org_award", "ca_nhan", 22, [])]


def test_a_quoted_noun_after_a_count_and_semicolons_inside_brackets_keep_the_list():
    text = ('Chủ tịch nước tặng Huân chương Dũng cảm cho 3 "hiệp sĩ" gồm các anh: Lò Văn Hòa (ngụ P.5, Q.Gò Vấp), '
            "Mai Đức Toàn (quê xã Hải Hà, tỉnh Nam Định; tạm trú quận 3) và Vi Văn Tuấn (ngụ xã Tân Phú); vì đã "
            "có hành động dũng cảm.")
    assert _named(text) == [("huan_chuong_dung_cam", "ca_nhan", 3, ["Lò Văn Hòa", "Mai Đức Toàn", "Vi Văn Tuấn"])]


def test_a_sentence_listing_without_a_count_the_units_a_sentence_before_granted_vaguely():
    text = ("Chủ tịch nước đã trao danh hiệu Anh hùng Lao động cho các tập thể, cá nhân có thành tích đặc biệt.\n\n"
            "Chủ tịch nước trao danh hiệu cho các tập thể\n\n"
            "Các tập thể được trao danh hiệu gồm Bệnh viện Đa khoa Tây Nguyên (Bộ Y tế); Trường tiểu học Kim Liên "
            "(Hà Nội); Công ty May Hòa Bình (Hòa Bình).")
    assert _named(text) == [("anh_hung_lao_dong", "tap_the", 3, [
        "Bệnh viện Đa khoa Tây Nguyên (Bộ Y tế)", "Trường tiểu học Kim Liên (Hà Nội)", "Công ty May Hòa Bình (Hòa Bình)"])]


def test_the_district_after_a_pupils_school_is_where_he_studies_not_a_recipient():
    text = ("Hai em học sinh được tặng bằng khen gồm: Lê Văn Tùng (học sinh lớp 8A) và em Đỗ Minh Quân (học sinh lớp "
            "8B) trường THCS Xuân Đài, huyện Tân Sơn.")
    assert [(recipient, named) for _, recipient, _, named in _named(text)] == [
        ("ca_nhan", ["Lê Văn Tùng", "Đỗ Minh Quân"])]


def test_the_names_after_la_go_to_the_prime_ministers_counted_statement():
    text = ("Thủ tướng Chính phủ quyết định tặng Bằng khen cho 2 tập thể và 2 cá nhân thuộc Công an tỉnh Nam Định.\n\n"
            "Tập thể được tặng Bằng khen là Công an huyện Ý Yên và Phòng Cảnh sát cơ động.\n\n"
            "Các cá nhân được tặng Bằng khen là Trung tá Vũ Văn Hưng, Đội trưởng; Đại úy Trần Thị Mến, cán bộ "
            "Phòng Hậu cần.")
    assert _named(text) == [
        ("bang_khen_thu_tuong_chinh_phu", "tap_the", 2, ["Công an huyện Ý Yên", "Phòng Cảnh sát cơ động"]),
        ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 2, ["Vũ Văn Hưng", "Trần Thị Mến"])]


def test_award_forms_in_a_bracket_after_a_count_are_no_names():
    text = ("Hội đồng xét 9 trường hợp đề nghị khen thưởng (Huân chương Lao động hạng Ba với 1 tập thể; Bằng khen của "
            "Thủ tướng Chính phủ với 8 cá nhân).")
    assert all(not named for *_, named in _named(text))


def test_people_listed_a_line_each_after_a_count_and_la():
    text = ("Trong số nhà giáo được phong tặng danh hiệu Nhà giáo Ưu tú, tỉnh Bến Tre có 2 nhà giáo được phong tặng "
            "là:\n- Thầy Lâm Văn Đức, Hiệu trưởng Trường THCS An Hội.\n"
            "- Cô Đoàn Thị Mỹ, giáo viên Trường tiểu học Phú Khương.")
    assert _named(text) == [("nha_giao_uu_tu", "ca_nhan", 2, ["Lâm Văn Đức", "Đoàn Thị Mỹ"])]


def test_a_hero_of_labour_of_the_renewal_era_given_to_a_hospital():
    text = "Phó Chủ tịch nước trao danh hiệu Anh hùng Lao động thời kỳ đổi mới tặng Bệnh viện Đa khoa Bắc Giang."
    assert _named(text) == [("anh_hung_lao_dong", "tap_the", 1, ["Bệnh viện Đa khoa Bắc Giang"])]


def test_a_semicolon_list_of_localities_names_each():
    text = ("Chủ tịch UBND tỉnh tặng danh hiệu Tập thể Lao động xuất sắc cho 03 tập thể, đó là: Nhân dân và cán bộ xã "
            "Sơn Thủy; Nhân dân và cán bộ thị trấn Kiến Giang (huyện Lệ Thủy); Nhân dân và cán bộ xã Hồng Thủy.")
    assert [n for *_, n in _named(text)] == [["Nhân dân và cán bộ xã Sơn Thủy",
                                               "Nhân dân và cán bộ thị trấn Kiến Giang (huyện Lệ Thủy)",
                                               "Nhân dân và cán bộ xã Hồng Thủy"]]


def test_localities_after_a_la_named_by_the_statement_counted_before_the_form():
    text = ("Dịp này, 02 tập thể cũng được tặng Bằng khen của Chủ tịch UBND tỉnh là Nhân dân và cán bộ xã Sen Thủy, "
            "Nhân dân và cán bộ xã Ngư Thủy (huyện Lệ Thủy).")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 2, [
        "Nhân dân và cán bộ xã Sen Thủy", "Nhân dân và cán bộ xã Ngư Thủy (huyện Lệ Thủy)"])]


def test_the_district_and_province_after_a_commune_are_its_place():
    text = ("Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho Nhân dân và cán bộ xã Tân Hà, huyện Lâm Hà, "
            "tỉnh Lâm Đồng.")
    assert [n for *_, n in _named(text)] == [["Nhân dân và cán bộ xã Tân Hà"]]


def test_a_head_written_once_for_several_provinces_is_rebuilt_for_each():
    text = ("Theo đó, 4 tập thể được tặng Bằng khen gồm: Bộ chỉ huy BĐBP các tỉnh: Lai Châu, Điện Biên, Sơn La; "
            "Đồn Biên phòng Ma Lù Thàng.")
    assert [n for *_, n in _named(text)] == [["Bộ chỉ huy BĐBP tỉnh Lai Châu", "Bộ chỉ huy BĐBP tỉnh Điện Biên",
                                               "Bộ chỉ huy BĐBP tỉnh Sơn La", "Đồn Biên phòng Ma Lù Thàng"]]


def test_under_a_headline_where_the_prime_minister_commends_a_bare_bang_khen_is_his():
    text_with_headline = ("Thủ tướng Chính phủ khen thưởng các tập thể tiêu biểu trong phòng, chống thiên tai\n\n"
                          "Theo đó, 2 tập thể được tặng bằng khen gồm: Công an huyện Mường Tè và Đồn Biên phòng Pa Vây Sử.")
    awards = extract_awards(make_document(text_with_headline))
    assert [(a["code"], a["count"]) for a in awards] == [("bang_khen_thu_tuong_chinh_phu", 2)]


def test_a_host_that_holds_its_anniversary_and_receives_an_order_after_a_bracket_and_va():
    text = ("Sáng 26/2, Bệnh viện Đa khoa Sơn Tây đã tổ chức lễ kỷ niệm 65 năm Ngày thầy thuốc Việt Nam "
            "(27/2/1955 – 27/2/2020), và đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Bệnh viện Đa khoa Sơn Tây"])]


def test_a_caption_listing_two_officers_after_a_short_head_names_both_even_with_a_rare_family_name():
    text = ("Hai cá nhân: Trung tá Lều Văn Khoa (trái) và Đại tá Nông Đức Hạnh (phải) nhận Huân chương Chiến công "
            "hạng Nhì.")
    assert _named(text) == [("huan_chuong_chien_cong_hang_nhi", "ca_nhan", 2, ["Lều Văn Khoa", "Nông Đức Hạnh"])]


# --- a subject's count that spells out its names before chaining to a second count -----------------------

def test_a_counted_subject_lists_its_units_then_joins_a_count_of_people_before_the_form():
    text = ("Dịp này, 3 tập thể là Trường Tiểu học Suối Đá (huyện Hòn Trầu), Trường THCS Bến Sỏi (thị xã Mai Ninh), "
            "Trường Mầm non Hoa Sen (huyện Hòn Trầu) và 27 cá nhân nhận Bằng khen của Thủ tướng Chính phủ vì có "
            "thành tích xuất sắc trong công tác giáo dục.")
    assert _named(text) == [
        ("bang_khen_thu_tuong_chinh_phu", "tap_the", 3,
         ["Trường Tiểu học Suối Đá (huyện Hòn Trầu)", "Trường THCS Bến Sỏi (thị xã Mai Ninh)",
          "Trường Mầm non Hoa Sen (huyện Hòn Trầu)"]),
        ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 27, []),
    ]


def test_a_list_that_names_fewer_units_than_its_count_does_not_join_the_next_count():
    text = ("Dịp này, 3 tập thể là Trường Tiểu học Suối Đá, Trường THCS Bến Sỏi và 27 cá nhân nhận Bằng khen "
            "của Thủ tướng Chính phủ.")
    assert [a[:3] for a in _named(text)] == [("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 27)]


# --- a sub-heading between paragraphs restates ------------------------------------------------------------

def test_a_subheading_between_paragraphs_that_restates_a_count_is_no_second_statement():
    text = ("Sáng 9/4, Sở Y tế tổ chức lễ đón nhận các phần thưởng năm 2024.\n\n"
            "31 cá nhân được nhận Bằng khen của Thủ tướng Chính phủ\n\n"
            "Tại buổi lễ, 31 cá nhân của ngành được nhận Bằng khen của Thủ tướng Chính phủ vì đã có thành tích "
            "xuất sắc trong công tác phòng, chống dịch bệnh.\n\n"
            "Giám đốc Sở phát biểu chúc mừng các cá nhân được khen thưởng.")
    assert _named(text) == [("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 31, [])]


def test_a_short_list_line_with_its_own_count_stays_a_statement():
    text = ("Sáng 9/4, Sở Y tế tổ chức lễ tổng kết năm 2024, khen thưởng như sau:\n"
            "- Bằng khen của Chủ tịch UBND tỉnh cho 12 tập thể\n"
            "- Giấy khen của Giám đốc Sở cho 12 tập thể\n"
            "Giám đốc Sở phát biểu chúc mừng các tập thể được khen thưởng.")
    assert [a[:3] for a in _named(text)] == [("bang_khen_bo_tinh", "tap_the", 12), ("giay_khen", "tap_the", 12)]


def test_when_the_event_happened_is_not_part_of_the_hosts_name():
    text = ("Bưu điện Thành phố Cẩm Giang tối 14.10 long trọng tổ chức lễ đón nhận Huân chương Lao động hạng Ba. "
            "Thừa ủy quyền của Chủ tịch nước, ông Lò Văn Tâm trao Huân chương Lao động hạng Ba cho "
            "Bưu điện Thành phố Cẩm Giang.")
    assert [a[3] for a in _named(text)] == [["Bưu điện Thành phố Cẩm Giang"]]


# --- "cho nhà trường": the school a sentence before named ---------------------------------------------------

def test_the_school_a_sentence_before_named_receives_what_is_given_to_the_school():
    text = ("Tại Trường THCS Đồi Thông, xã Nậm Hạ, lễ khai giảng có sự tham dự của ông Vàng Văn Sính.\n\n"
            "Tại buổi lễ, ông Vàng Văn Sính trao Huân chương Lao động hạng Ba của Chủ tịch nước cho nhà trường.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Trường THCS Đồi Thông"])]


def test_without_a_school_named_before_the_school_stays_unnamed():
    text = "Tại buổi lễ, ông Vàng Văn Sính trao Huân chương Lao động hạng Ba của Chủ tịch nước cho nhà trường."
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, [])]


def test_two_schools_receiving_the_same_form_in_two_paragraphs_are_two_recipients():
    text = ("Tại Trường THCS Đồi Thông, ông Vàng Văn Sính trao Huân chương Lao động hạng Ba cho nhà trường.\n\n"
            "Ngày 6/9, Trường Tiểu học Khe Mơ, xã Nậm Hạ, cũng đón nhận Huân chương Lao động hạng Ba.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Trường THCS Đồi Thông"]),
                            ("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Trường Tiểu học Khe Mơ"])]


def test_a_headline_and_its_body_naming_one_school_in_two_ways_are_one_award():
    text = ("Trường Đồi Thông đón nhận Huân chương Lao động hạng Ba\n\n"
            "Sáng 5/9, ông Vàng Văn Sính trao Huân chương Lao động hạng Ba cho Trường THCS Đồi Thông.")
    assert [a[:3] for a in _named(text)] == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1)]


def test_the_flag_of_a_clusters_leader_is_a_provincial_flag_for_the_units_named():
    text = "Năm 2023, Ban Dân vận Huyện ủy và Văn phòng Huyện ủy nhận Cờ dẫn đầu cụm thi đua của tỉnh."
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 2, ["Ban Dân vận Huyện ủy", "Văn phòng Huyện ủy"])]


def test_a_headline_abbreviating_the_unit_the_body_spells_out_is_one_award():
    text = ("Sở GD&ĐT Hà Lam đón nhận Huân chương Lao động hạng Nhì\n\n"
            "Sáng 20/11, ông Vàng Văn Sính trao Huân chương Lao động hạng Nhì cho Sở Giáo dục và Đào tạo tỉnh "
            "Hà Lam.")
    assert [a[:3] for a in _named(text)] == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1)]


def test_a_martyr_beside_a_unit_is_a_person_named_without_the_word_martyr():
    text = ("Thừa ủy quyền của Chủ tịch nước, ông Lò Văn Tâm trao danh hiệu Anh hùng lực lượng vũ trang nhân dân "
            "cho Ban Quân báo huyện Sông Mã (tiền thân của Công an huyện, tỉnh Hà Lam) và liệt sĩ Cầm Văn Bun, "
            "nguyên Trưởng ban.")
    assert _named(text) == [("anh_hung_luc_luong_vu_trang_nhan_dan", "tap_the", 1,
                             ["Ban Quân báo huyện Sông Mã (tiền thân của Công an huyện, tỉnh Hà Lam)"]),
                            ("anh_hung_luc_luong_vu_trang_nhan_dan", "ca_nhan", 1, ["Cầm Văn Bun"])]


# --- a reward on the spot: one entry for the unit it names ------------------------------------------------

def test_a_reward_on_the_spot_with_its_sum_names_the_unit_that_receives_it():
    text = ("Giám đốc Công an tỉnh tặng Giấy khen cho 3 cá nhân và thưởng nóng số tiền 15 triệu đồng cho "
            "Đội Cảnh sát hình sự Công an huyện Sơn Vĩ.")
    assert _named(text) == [("giay_khen", "ca_nhan", 3, []),
                            ("khen_thuong", "tap_the", 1, ["Đội Cảnh sát hình sự Công an huyện Sơn Vĩ"])]


def test_an_unplanned_reward_towards_a_unit_names_it():
    text = "Bộ Công an vừa quyết định khen thưởng đột xuất đối với Công an thị xã Mai Ninh."
    assert _named(text) == [("khen_thuong", "tap_the", 1, ["Công an thị xã Mai Ninh"])]


def test_a_scholarship_sum_is_no_reward_on_the_spot():
    text = "Hội Khuyến học huyện trao 40 suất học bổng, mỗi suất 2 triệu đồng cho học sinh nghèo vượt khó."
    assert _named(text) == []


def test_two_counted_subjects_with_their_names_in_brackets_before_a_described_grant():
    text = ("Cả nước có 90 điển hình được vinh danh, trong đó tỉnh Hà Lam có 02 tập thể (HTX Rau sạch Suối Cát, "
            "Công ty Nông sản Đồi Chè) và 01 cá nhân (Nông dân Lò Thị Hoa xã Nậm Hạ) điển hình tiên tiến được "
            "trao tặng Bằng khen của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn.")
    assert _named(text) == [
        ("bang_khen_bo_tinh", "tap_the", 2, ["HTX Rau sạch Suối Cát", "Công ty Nông sản Đồi Chè"]),
        ("bang_khen_bo_tinh", "ca_nhan", 1, ["Lò Thị Hoa"]),
    ]


def test_words_describing_a_count_do_not_bind_it_to_a_form_without_a_verb():
    text = "Kết quả chấm điểm, cả 2 khu dân cư đều vượt điểm chuẩn khu dân cư văn hóa của huyện."
    assert _named(text) == []


# --- the ceremony's own unit, and a giver who is not a recipient -------------------------------------------

def test_a_ceremony_receiving_a_form_of_a_unit_names_that_unit():
    text = "Sáng 5/9, Lễ đón nhận Huân chương Lao động hạng Ba của Trường THCS Đồi Thông diễn ra trang trọng."
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Trường THCS Đồi Thông"])]


def test_a_ceremony_receiving_a_title_described_as_noble_names_the_bank_it_is_of():
    text = ("Phó Thủ tướng đến dự lễ kỷ niệm 50 năm Ngày thành lập và đón nhận danh hiệu cao quý Anh hùng Lao động "
            "của Ngân hàng Suối Bạc.")
    assert _named(text) == [("anh_hung_lao_dong", "tap_the", 1, ["Ngân hàng Suối Bạc"])]


def test_the_form_of_a_giver_after_of_is_no_recipient():
    text = "Sáng 5/9, Trường THCS Đồi Thông tổ chức lễ đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước."
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Trường THCS Đồi Thông"])]


def test_an_official_handing_over_a_form_with_no_recipient_written_is_no_individual_award():
    text = ("Tối 7/10, Nhà hát Ca múa Sông Lam tổ chức lễ kỷ niệm 40 năm thành lập và đón nhận Huân chương Lao động "
            "hạng Nhì.\n\nTại buổi lễ, Phó Chủ tịch nước Lò Thị Hoa đã trao Huân chương Lao động hạng Nhì và tặng "
            "hoa chúc mừng với mong muốn tập thể nghệ sĩ cống hiến nhiều hơn cho nghệ thuật.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Nhà hát Ca múa Sông Lam"])]


def test_a_medals_own_title_between_the_medal_and_its_recipient():
    text = ("Chủ tịch Hội Nông dân tỉnh vừa trao Kỷ niệm chương “Vì sự nghiệp Nông dân Việt Nam” cho ông Lò Văn Hoan, "
            "cán bộ dự án của tổ chức Hạt Giống Xanh.")
    assert _named(text) == [("ky_niem_chuong", "ca_nhan", 1, ["Lò Văn Hoan"])]


# --- where a name ends ------------------------------------------------------------------------------------

def test_a_role_written_close_after_a_dash_is_not_part_of_the_name():
    text = ("Hội đồng đề nghị xét tặng danh hiệu Nhà giáo ưu tú cho 2 nhà giáo là: Bà Lò Thị Hoa- Hiệu trưởng "
            "Trường THCS Suối Cát; Ông Cầm Văn Bun- Hiệu trưởng Trường Tiểu học Nậm Hạ.")
    assert [a[3] for a in _named(text)] == [["Lò Thị Hoa", "Cầm Văn Bun"]]


def test_an_adverb_of_degree_before_the_verb_is_not_part_of_the_subject():
    text = "Là một trong 12 tập thể dẫn đầu, Hợp tác xã Đồi Chè rất vinh dự được nhận Cờ thi đua của UBND tỉnh."
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 1, ["Hợp tác xã Đồi Chè"])]


def test_an_athletes_sport_is_not_part_of_the_name_and_athletes_are_counted_people():
    text = ("Xạ thủ Lò Thị Hoa (bắn cung) và Cầm Văn Bun (điền kinh) được nhận Bằng khen của Bộ trưởng. "
            "Ngoài ra, 4 HLV và 11 VĐV cũng được nhận Bằng khen.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 2, ["Lò Thị Hoa", "Cầm Văn Bun"]),
                            ("bang_khen_bo_tinh", "ca_nhan", 4, []), ("bang_khen_bo_tinh", "ca_nhan", 11, [])]


def test_a_banks_short_name_in_brackets_stays_with_its_name():
    text = ("Chủ tịch nước trao Huân chương Lao động hạng Nhất cho Ngân hàng Thương mại Cổ phần Suối Bạc "
            "(Suoibacbank).")
    assert [a[3] for a in _named(text)] == [["Ngân hàng Thương mại Cổ phần Suối Bạc (Suoibacbank)"]]


def test_a_news_outlets_mark_opening_the_lead_is_not_part_of_the_subject():
    text = ("Baosongma - Tổng công ty Cấp nước Sông Mã (SOMAWACO) đã vinh dự đón nhận Huân chương Lao động hạng Nhì "
            "do Chủ tịch nước trao tặng.")
    assert [a[3] for a in _named(text)] == [["Tổng công ty Cấp nước Sông Mã (SOMAWACO)"]]


def test_people_named_after_a_restated_count_end_where_a_description_of_them_begins():
    text = ("2 vận động viên nhận Huân chương Lao động hạng Ba là các em Lò Văn Tâm và Cầm Thị Hoa, cùng tập luyện "
            "tại Trung tâm Thể thao tỉnh Hà Lam.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 2, ["Lò Văn Tâm", "Cầm Thị Hoa"])]


def test_a_count_of_a_title_spells_out_the_people_who_hold_it():
    text = ("Trong đó, 03 Nghệ nhân ưu tú, gồm: Lò Thị Hoa (xã Nậm Hạ, huyện Sơn Vĩ), Cầm Văn Bun (phường Suối Cát) "
            "và Hà Thị Mai (xã Đồi Chè).")
    assert _named(text) == [("nghe_nhan_uu_tu", "ca_nhan", 3, ["Lò Thị Hoa", "Cầm Văn Bun", "Hà Thị Mai"])]


def test_a_unit_then_a_count_written_in_words_of_people_named_after_it():
    text = ("Thừa ủy quyền của Chủ tịch nước, ông Lò Văn Tâm trao tặng Huân chương Chiến công hạng Nhất cho tập thể "
            "Công an tỉnh Hà Lam và hai cá nhân là Đại tá Cầm Văn Bun, Phó Giám đốc; Thượng tá Lò Thị Hoa, "
            "Trưởng phòng PC01.")
    assert sorted(_named(text)) == [
        ("huan_chuong_chien_cong_hang_nhat", "ca_nhan", 2, ["Cầm Văn Bun", "Lò Thị Hoa"]),
        ("huan_chuong_chien_cong_hang_nhat", "tap_the", 1, ["Công an tỉnh Hà Lam"]),
    ]


def test_a_count_of_one_person_names_the_person_straight_after_its_noun():
    text = ("Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba cho 01 tập thể và 01 cá nhân ông Lò Văn Tâm, "
            "Viện trưởng Viện Nông nghiệp miền núi.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, []),
                            ("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, ["Lò Văn Tâm"])]


def test_an_unplanned_reward_names_the_unit_written_straight_after_it():
    text = "Ngày 3/5, Giám đốc Công an tỉnh đã khen thưởng đột xuất Phòng Cảnh sát Kinh tế vì thành tích phá án."
    assert _named(text) == [("khen_thuong", "tap_the", 1, ["Phòng Cảnh sát Kinh tế"])]


# --- party badges -----------------------------------------------------------------------------------------

def test_a_count_of_members_named_with_their_cell_before_the_passive_verb():
    text = ("Có 2 đồng chí gồm Lò Thị Hoa sinh hoạt tại Chi bộ bản Nà Khương, Cầm Văn Bun sinh hoạt tại Chi bộ bản "
            "Suối Cát được trao tặng Huy hiệu 55 tuổi Đảng.")
    assert _named(text) == [("huy_hieu_dang", "ca_nhan", 2, ["Lò Thị Hoa", "Cầm Văn Bun"])]


def test_the_noun_for_a_teacher_before_the_name_is_no_part_of_it():
    text = ("Danh sách đề nghị xét tặng danh hiệu Nhà giáo ưu tú gồm: Nhà giáo Lò Văn Tâm, Hiệu trưởng Trường THPT "
            "Suối Cát; Nhà giáo Cầm Thị Hoa, Hiệu trưởng Trường Tiểu học Nậm Hạ.")
    assert [a[3] for a in _named(text)] == [["Lò Văn Tâm", "Cầm Thị Hoa"]]


def test_an_artisans_title_before_the_name_is_no_part_of_it():
    text = ("Dịp này, 2 nghệ nhân được phong tặng danh hiệu Nghệ nhân Nhân dân là Nghệ nhân Nhân dân Lò Thị Hoa và "
            "Nghệ nhân Nhân dân Cầm Văn Bun.")
    assert [a[3] for a in _named(text)] == [["Lò Thị Hoa", "Cầm Văn Bun"]]


def test_two_people_each_introduced_by_what_they_are_are_two_recipients():
    text = ("Chủ tịch nước đã ký quyết định truy tặng Huân chương Lao động hạng Ba cho Bác sĩ Lò Văn Tâm và nguyên "
            "điều dưỡng Cầm Thị Hoa.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 2, ["Lò Văn Tâm", "Cầm Thị Hoa"])]


def test_a_described_count_with_commas_before_its_colon_still_lists_its_people():
    text = ("Công an huyện trao Giấy khen cho 2 quần chúng có thành tích đột xuất trong đấu tranh phòng, chống tội "
            "phạm gồm: Lò Văn Tâm (41 tuổi) và Cầm Văn Bun (39 tuổi, cùng trú tại xã Nậm Hạ).")
    assert _named(text) == [("giay_khen", "ca_nhan", 2, ["Lò Văn Tâm", "Cầm Văn Bun"])]


def test_a_sum_handed_to_a_unit_named_with_it_is_a_commendation_of_that_unit():
    text = ("Dịp này, Giám đốc Công an tỉnh trao thưởng Công an huyện Sơn Vĩ (10 triệu đồng) về thành tích phá án; "
            "trao thưởng Đội Cảnh sát hình sự (5 triệu đồng).")
    assert _named(text) == [("khen_thuong", "tap_the", 1, ["Công an huyện Sơn Vĩ"]),
                            ("khen_thuong", "tap_the", 1, ["Đội Cảnh sát hình sự"])]


def test_prizes_handed_to_contest_winners_are_no_commendation():
    text = "Ban tổ chức trao thưởng cho các đội đoạt giải trong hội thi tuyên truyền viên giỏi."
    assert _named(text) == []


def test_a_person_named_after_a_role_who_is_one_of_several_honoured_receives_one():
    text = ("Chủ tịch Hội Nông dân xã Nậm Hạ Lò Văn Tâm vinh dự là một trong những gương điển hình tiên tiến được nhận "
            "Bằng khen của Trung ương Hội Nông dân Việt Nam.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Lò Văn Tâm"])]


def test_children_counted_then_called_by_their_given_names():
    text = "Trước đó, Phòng Giáo dục huyện đã trao tặng giấy khen cho hai em Tâm và Hoa vì đã dũng cảm cứu bạn."
    assert _named(text) == [("giay_khen", "ca_nhan", 2, ["Tâm", "Hoa"])]


def test_given_names_fewer_than_the_count_name_nobody():
    text = "Trước đó, Phòng Giáo dục huyện đã trao tặng giấy khen cho 3 em Tâm và Hoa vì đã dũng cảm cứu bạn."
    assert _named(text) == [("giay_khen", "ca_nhan", 3, [])]


# --- a unit and the body it belongs to --------------------------------------------------------------------

def test_a_unit_written_with_its_ministry_after_a_comma_is_one_recipient():
    text = ("Sáng 7/8, Cục Quân y, Bộ Quốc phòng tổ chức kỷ niệm 20 năm ngày truyền thống và đón nhận Huân chương "
            "Bảo vệ Tổ quốc hạng Nhì.")
    assert _named(text) == [("huan_chuong_bao_ve_to_quoc_hang_nhi", "tap_the", 1, ["Cục Quân y, Bộ Quốc phòng"])]


def test_two_ministries_listed_are_two_recipients():
    text = "Bộ Nông sản, Bộ Thủy lợi được tặng Cờ thi đua của Chính phủ."
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 2, ["Bộ Nông sản", "Bộ Thủy lợi"])]


def test_an_order_named_without_its_rank_over_the_same_order_with_it_is_one_award():
    text = ("Cục Quân y đón nhận Huân chương Bảo vệ Tổ quốc\n\n"
            "Sáng 7/8, ông Lò Văn Tâm trao Huân chương Bảo vệ Tổ quốc hạng Nhì cho Cục Quân y.")
    assert [a[:3] for a in _named(text)] == [("huan_chuong_bao_ve_to_quoc_hang_nhi", "tap_the", 1)]


def test_how_long_a_deed_took_ends_the_name_of_the_unit_rewarded():
    text = ("Chủ tịch UBND tỉnh đã khen thưởng nóng Đội Cảnh sát hình sự Công an huyện Sơn Vĩ trong 3 ngày đã phá "
            "thành công 2 chuyên án.")
    assert [a[3] for a in _named(text)] == [["Đội Cảnh sát hình sự Công an huyện Sơn Vĩ"]]


def test_a_headline_colon_glued_to_the_lead_opens_no_list_of_subjects():
    text = ("Bộ trưởng: Cục Quân y tăng cường chăm sóc sức khỏe bộ đội trên mọi địa bàn đóng quân, nhất là biên giới "
            "Sáng 12/12, Cục Quân y Bộ Quốc phòng tổ chức Lễ kỷ niệm 70 năm Ngày truyền thống và đón nhận Huân chương "
            "Độc lập hạng Nhất.")
    assert [a[3] for a in _named(text)] == [["Cục Quân y Bộ Quốc phòng"]]


def test_a_later_sentence_lists_the_counted_people_after_its_own_plural_head():
    text = ("Trong đợt này, tỉnh có 4 người được công nhận Nghệ nhân ưu tú. 4 nghệ nhân được phong tặng gồm các ông "
            "bà: Bà Lò Thị Hoa; ông Cầm Văn Bun (tên gọi khác Cầm Văn Bổng), bà Hà Thị Mai, Lò Văn Tâm (huyện Sơn Vĩ).")
    assert _named(text) == [("nghe_nhan_uu_tu", "ca_nhan", 4, ["Lò Thị Hoa", "Cầm Văn Bun", "Hà Thị Mai", "Lò Văn Tâm"])]


def test_kin_named_in_a_semicolon_item_are_not_recipients():
    text = ("Dịp này, 2 mẹ được truy tặng danh hiệu Bà mẹ Việt Nam anh hùng, gồm: Mẹ Lò Thị Hoa, sinh năm 1901, ở xã "
            "Nậm Hạ, có hai con liệt sĩ là Cầm Văn Bun và Cầm Văn Tâm; Mẹ Hà Thị Mai, sinh năm 1910, xã Suối Cát.")
    assert _named(text) == [("ba_me_viet_nam_anh_hung", "ca_nhan", 2, ["Lò Thị Hoa", "Hà Thị Mai"])]


def test_a_numbered_army_unit_receiving_a_form_is_its_one_named_recipient():
    assert _named("Sáng 3/4, Lữ đoàn 152 vinh dự đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì.") == [
        ("huan_chuong_bao_ve_to_quoc_hang_nhi", "tap_the", 1, ["Lữ đoàn 152"])]


def test_people_with_police_roles_and_ranks_in_a_semicolon_list_are_all_named():
    text = ("Giám đốc Công an tỉnh tặng Giấy khen cho 4 cá nhân là anh Đào Văn Khải; trung úy Hà Minh Lộc, "
            "Phó Công an xã Yên Thọ, Vi Văn Tảo, công an viên xã Yên Thọ, thượng úy Lục Thị Mơ, "
            "cán bộ Đội Cảnh sát hình sự Công an huyện Bảo Lạc vì đã dũng cảm bắt giữ đối tượng.")
    assert _named(text) == [("giay_khen", "ca_nhan", 4, ["Đào Văn Khải", "Hà Minh Lộc", "Vi Văn Tảo", "Lục Thị Mơ"])]


def test_the_body_a_unit_belongs_to_after_thuoc_is_part_of_its_name():
    text = ("Giám đốc Công an tỉnh đã quyết định thưởng cho Đội Cảnh sát cơ động và Đội Tuần tra số 3, "
            "thuộc Phòng PC08 - Công an tỉnh Lạng Sơn, mỗi đơn vị 8 triệu đồng.")
    assert _named(text) == [("khen_thuong", "tap_the", 2, [
        "Đội Cảnh sát cơ động", "Đội Tuần tra số 3, thuộc Phòng PC08 - Công an tỉnh Lạng Sơn"])]


def test_a_dash_list_names_a_unit_of_an_unknown_head_and_ends_at_the_next_numbered_item():
    text = ("Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến về việc đề nghị khen thưởng, cụ thể:\n"
            "1. Cờ Thi đua của Chính phủ cho 3 tập thể gồm:\n"
            "- Sở Xây dựng tỉnh Kon Tum.\n"
            "- Liên hiệp Các hội Khoa học tỉnh Kon Tum\n"
            "- Cảng vụ Đường thủy nội địa tỉnh Kon Tum.\n"
            "2. Bằng khen của Thủ tướng Chính phủ cho 5 cá nhân.\n")
    named = _named(text)
    assert named[0] == ("co_thi_dua_chinh_phu", "tap_the", 3, [
        "Sở Xây dựng tỉnh Kon Tum", "Liên hiệp Các hội Khoa học tỉnh Kon Tum", "Cảng vụ Đường thủy nội địa tỉnh Kon Tum"])


def test_a_later_sentence_restating_the_count_after_cu_the_names_the_villages():
    text = ("UBND tỉnh quyết định tặng thưởng cho 2 thôn đạt chuẩn nông thôn mới kiểu mẫu năm 2031, "
            "mỗi thôn 80 tấn xi măng. Cụ thể, 2 thôn đạt chuẩn kiểu mẫu năm 2031 là thôn Phú Hạ (xã Kỳ Sơn) "
            "và bản Nà Lừa (xã Mường Khoa).")
    assert _named(text) == [("khen_thuong", "dia_phuong", 2, ["thôn Phú Hạ (xã Kỳ Sơn)", "bản Nà Lừa (xã Mường Khoa)"])]


def test_a_restated_count_without_a_colon_needs_as_many_names():
    text = ("UBND tỉnh quyết định tặng thưởng cho 3 thôn đạt chuẩn nông thôn mới kiểu mẫu, mỗi thôn 80 tấn xi măng. "
            "Cụ thể, 3 thôn này là thôn Phú Hạ và bản Nà Lừa cùng một tổ dân phố của thị trấn.")
    assert _named(text) == [("khen_thuong", "dia_phuong", 3, [])]


def test_people_and_cadres_of_a_hamlet_with_its_commune_in_a_semicolon_list_are_one_name():
    text = ("Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể gồm: Nhân dân và cán bộ xã Hòa Bình; "
            "Nhân dân và cán bộ xóm 4, xã Hòa Bình; Nhân dân và cán bộ xóm 2, xã Hòa Sơn.")
    assert _named(text)[0][3] == ["Nhân dân và cán bộ xã Hòa Bình", "Nhân dân và cán bộ xóm 4, xã Hòa Bình",
                                  "Nhân dân và cán bộ xóm 2, xã Hòa Sơn"]


def test_a_personal_title_written_before_a_name_is_no_award_and_the_person_is_named():
    text = "Thứ trưởng trao Bằng khen của Bộ trưởng cho NGƯT Tòng Thị Én, Hiệu trưởng Trường MN Sao Mai (TP. Lai Châu)."
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Tòng Thị Én"])]


def test_a_granted_personal_title_before_its_count_is_still_an_award():
    assert _named("Chủ tịch nước phong tặng danh hiệu Nhà giáo Ưu tú cho 4 nhà giáo của tỉnh.") == [
        ("nha_giao_uu_tu", "ca_nhan", 4, [])]


def test_spelled_out_degrees_before_a_name_are_dropped_and_the_workplace_after_it_is_no_recipient():
    text = "Phó Chủ tịch nước trao Huân chương Lao động hạng Ba cho Phó Giáo sư - Tiến sĩ Mạc Văn Quý, Phòng Đào tạo của trường."
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, ["Mạc Văn Quý"])]


def test_the_next_sentence_names_the_counted_people_after_do_la_without_a_colon():
    text = ("Năm 2030, huyện có 2 cá nhân được Chủ tịch nước tặng danh hiệu Nghệ nhân ưu tú. "
            "Đó là nghệ nhân Lò Văn Páo (52 tuổi) và nghệ nhân Cà Thị Xuân (80 tuổi) đều ở xã Chiềng Khoa.")
    assert _named(text) == [("nghe_nhan_uu_tu", "ca_nhan", 2, ["Lò Văn Páo", "Cà Thị Xuân"])]


def test_do_la_without_a_colon_naming_fewer_people_than_counted_names_nobody():
    text = ("Năm 2030, huyện có 3 cá nhân được Chủ tịch nước tặng danh hiệu Nghệ nhân ưu tú. "
            "Đó là nghệ nhân Lò Văn Páo, người đã truyền dạy múa xòe cho hơn 200 học trò.")
    assert _named(text) == [("nghe_nhan_uu_tu", "ca_nhan", 3, [])]


def test_a_later_sentence_repeating_the_count_names_them_after_a_pair_of_honorifics_and_a_colon():
    text = ("Theo quyết định, tỉnh Gia Bình có 3 người được phong tặng danh hiệu Nghệ nhân ưu tú. "
            "Các nghệ nhân đều gắn bó nhiều năm với nghề dệt thổ cẩm. "
            "3 nghệ nhân được vinh danh gồm các ông, bà: Lò Thị Mai, xã Tân Phú; Hà Văn Lâm, xã Tân Hòa (huyện "
            "Tân Phú); Đinh Thị Hoa, thị trấn Gia Lộc.")
    assert _named(text) == [("nghe_nhan_uu_tu", "ca_nhan", 3, ["Lò Thị Mai", "Hà Văn Lâm", "Đinh Thị Hoa"])]


def test_a_person_after_and_introduced_by_what_they_do_is_one_more_name():
    text = ("Năm 2030, 4 thợ giỏi của Hợp tác xã Mây tre Tân Phú được phong tặng danh hiệu Nghệ nhân ưu tú. "
            "Đó là các nghệ nhân đan lát Lò Thị Mai, Hà Thị Lan, Đinh Thị Hoa và nghệ nhân chạm khắc Lò Văn Tài.")
    assert _named(text) == [("nghe_nhan_uu_tu", "ca_nhan", 4, ["Lò Thị Mai", "Hà Thị Lan", "Đinh Thị Hoa", "Lò Văn Tài"])]


def test_a_unit_after_and_is_no_person_for_the_lower_case_words_before_its_name():
    text = ("Năm 2030, 2 cá nhân được tặng Bằng khen của UBND tỉnh. "
            "Đó là ông Lò Văn Tài và giáo viên dạy văn trường Tiểu học Kim Đồng.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 2, [])]


def test_forms_each_followed_by_a_colon_and_their_people():
    text = ("Chủ tịch nước đã quyết định tặng thưởng cho 4 cá nhân của tỉnh, như sau: Giải thưởng Nhà nước: "
            "Ông Hà Văn Thư; Nghệ sĩ nhân dân: NSND.Lường Thị Pọm (Pọm Lường), NSND.Quàng Văn Ót; "
            "Nghệ sĩ Ưu tú: NSƯT.Lò Thị Mến.")
    assert _named(text)[-3:] == [("giai_thuong_nha_nuoc", "ca_nhan", 1, ["Hà Văn Thư"]),
                                 ("nghe_si_nhan_dan", "ca_nhan", 2, ["Lường Thị Pọm", "Quàng Văn Ót"]),
                                 ("nghe_si_uu_tu", "ca_nhan", 1, ["Lò Thị Mến"])]


def test_a_reward_for_each_commune_named_in_a_numbered_list_a_few_sentences_on():
    text = ("Thủ tướng Chính phủ quyết định thưởng 3 xã đạt chuẩn nông thôn mới kiểu mẫu, mỗi xã 1 công trình "
            "phúc lợi trị giá 2 tỷ đồng.\n\nKinh phí thưởng lấy từ nguồn ngân sách trung ương.\n\n"
            "3 xã đạt chuẩn nông thôn mới kiểu mẫu được Thủ tướng Chính phủ thưởng công trình phúc lợi gồm:\n\n"
            "1. Nhân dân và cán bộ xã Tà Xùa, huyện Bắc Yên, tỉnh Sơn La.\n\n"
            "2. Nhân dân và cán bộ xã Mỹ Lợi, huyện Phù Mỹ, tỉnh Bình Định.\n\n"
            "3. Nhân dân và cán bộ xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk.\n")
    assert _named(text) == [("khen_thuong", "dia_phuong", 3, [
        "Nhân dân và cán bộ xã Tà Xùa, huyện Bắc Yên, tỉnh Sơn La", "Nhân dân và cán bộ xã Mỹ Lợi, huyện Phù Mỹ, tỉnh Bình Định",
        "Nhân dân và cán bộ xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk"])]


def test_a_restated_count_written_in_words_names_its_villages():
    text = ("UBND tỉnh quyết định tặng thưởng cho 2 thôn đạt chuẩn nông thôn mới, mỗi thôn 80 tấn xi măng. "
            "Hai thôn đạt chuẩn năm 2031 là thôn Phú Hạ (xã Kỳ Sơn) và bản Nà Lừa (xã Mường Khoa).")
    assert _named(text) == [("khen_thuong", "dia_phuong", 2, ["thôn Phú Hạ (xã Kỳ Sơn)", "bản Nà Lừa (xã Mường Khoa)"])]


def test_a_later_sentence_naming_the_counted_pupils_in_its_middle():
    text = ("UBND xã Tân Phong tặng giấy khen cho 3 học sinh của Trường THCS Tân Phong.\n\n"
            "Trước đó, chiều 2/9, trên đường đi học về, 3 học sinh lớp 8B gồm: Đinh Văn Quý, Lường Thị Hoa và "
            "Hà Văn Tư nhặt được một chiếc túi có nhiều tiền.")
    assert _named(text) == [("giay_khen", "ca_nhan", 3, ["Đinh Văn Quý", "Lường Thị Hoa", "Hà Văn Tư"])]


def test_people_counted_plainly_are_named_where_a_later_sentence_counts_them_by_their_trade():
    text = ("Mới đây, 2 người này đã được UBND tỉnh tặng Bằng khen.\n\n"
            "Trước đó, tối 3/5, 2 dân quân là Vàng A Chứ và Giàng Thị Mỷ đã cùng người dân dập tắt đám cháy rừng.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 2, ["Vàng A Chứ", "Giàng Thị Mỷ"])]
    other = ("Mới đây, 2 người này đã được UBND tỉnh tặng Bằng khen.\n\n"
             "Trước đó, tối 3/5, 3 dân quân là Vàng A Chứ, Lò Văn Pó và Giàng Thị Mỷ đã dập tắt đám cháy rừng.")
    assert _named(other) == [("bang_khen_bo_tinh", "ca_nhan", 2, [])]  # another number: other people


def test_a_host_holds_the_ceremony_of_a_form_given_to_the_unit_named_after_cho():
    text = ("Sáng 9-4, UBND huyện Mỹ Tú tổ chức lễ đón nhận Huân chương Lao động hạng Ba do Chủ tịch nước "
            "trao tặng cho Trường THCS thị trấn Mỹ Tú 2.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Trường THCS thị trấn Mỹ Tú 2"])]


def test_a_historical_unit_is_named_without_its_period_and_what_it_is_now():
    text = ("Ngày 2-9, Công an tỉnh Hậu Lộc tổ chức lễ đón nhận danh hiệu Anh hùng lực lượng vũ trang nhân dân do "
            "Chủ tịch nước phong tặng cho Ban An ninh thị xã Hậu Lộc thời kỳ kháng chiến chống Pháp (nay là Công an "
            "thị xã Hậu Lộc).")
    assert _named(text)[0][3] == ["Ban An ninh thị xã Hậu Lộc"]


def test_the_school_board_receiving_for_its_school_names_the_school():
    assert _named("Ban Giám hiệu Trường Mầm non Họa Mi vinh dự đón nhận Cờ thi đua của Chính phủ.") == [
        ("co_thi_dua_chinh_phu", "tap_the", 1, ["Trường Mầm non Họa Mi"])]


def test_police_units_by_code_with_their_city_abbreviated_after_a_comma():
    text = ("Bộ Công an quyết định thưởng cho năm đơn vị gồm: Phòng 2, Phòng 6 - C47, B12, PC02 Công an tỉnh "
            "Kiên An và Công an quận Bình Lộc, TP.HCM mỗi đơn vị 15 triệu đồng vì phá chuyên án.")
    assert _named(text) == [("khen_thuong", "tap_the", 5, [
        "Phòng 2", "Phòng 6 - C47", "B12", "PC02 Công an tỉnh Kiên An", "Công an quận Bình Lộc, TP.HCM"])]


def test_the_end_of_a_venue_bracket_before_the_host_is_no_recipient():
    text = ("Tối 3/9, tại Quảng trường Tân Trào (huyện Sơn Dương, tỉnh Hòa Lâm), UBND tỉnh Hòa Lâm tổ chức "
            "Lễ đón nhận Huân chương Lao động hạng Nhì.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["UBND tỉnh Hòa Lâm"])]


def test_citizens_called_anh_later_in_the_article_are_the_few_counted():
    text = ("Sáng 4/9, Tỉnh đoàn Hòa Lâm trao tặng huy hiệu \"Tuổi trẻ dũng cảm\" cho 2 đoàn viên xã Tân Lạc.\n\n"
            "Anh Lò Văn Hiếu - Bí thư Tỉnh đoàn phát biểu tại buổi lễ.\n\n"
            "Trước đó, tối 1/8, anh Hà Văn Toản (Chi đoàn thôn Nà Lừa) và anh Vi Đức Thịnh (Chi đoàn thôn Khe Mạ) "
            "đã bơi ra cứu một em nhỏ bị đuối nước.")
    assert _named(text) == [("other_org_award", "ca_nhan", 2, ["Hà Văn Toản", "Vi Đức Thịnh"])]


def test_more_citizens_than_counted_name_nobody():
    text = ("Công an huyện trao giấy khen cho 1 người dân vì đã giúp bắt đối tượng trộm cắp.\n\n"
            "Trước đó, anh Hà Văn Toản và chị Lò Thị Mai phát hiện đối tượng lấy trộm xe máy của anh Vi Đức Thịnh.")
    assert _named(text) == [("giay_khen", "ca_nhan", 1, [])]


def test_people_written_straight_after_their_quoted_count():
    text = ("Trung ương Đoàn trao tặng huy hiệu \"Tuổi trẻ dũng cảm\" cho hai \"hiệp sĩ\" Đinh Văn Khởi, Lê Minh Đạo "
            "và một tập thể.")
    assert _named(text)[0] == ("other_org_award", "ca_nhan", 2, ["Đinh Văn Khởi", "Lê Minh Đạo"])


def test_the_school_referred_to_by_its_head_word_alone_is_not_named_by_it():
    text = ("Trường THPT Yên Lạc 3 được thành lập năm 1985.\n\n"
            "Trường đạt Huân chương Lao động hạng Ba năm 2009.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, [])]


def test_a_consultation_list_by_order_and_kind_names_each_group_as_proposed():
    text = ("Ban Thi đua - Khen thưởng tỉnh lấy ý kiến nhân dân về các tập thể, cá nhân được đề nghị khen thưởng.\n\n"
            "DANH SÁCH\nĐề nghị tặng thưởng Huân chương Lao động các hạng\n"
            "I. Huân chương Lao động hạng Nhì:\na) Tập thể:\n1. Phòng Tài chính - Kế hoạch huyện Đồng Xuân;\n"
            "2. Trường THCS Chu Văn An, xã Xuân Sơn, huyện Đồng Xuân.\nb) Cá nhân:\n"
            "1. Ông Mai Văn Thuận, Giám đốc Sở Xây dựng.\nII. Huân chương Lao động hạng Ba:\n"
            "1. Công ty cổ phần Thủy điện Sông Ba.\n")
    assert [(c, r, n, s, names) for c, r, n, s, names in _named_with_status(text)] == [
        ("huan_chuong_lao_dong_hang_nhi", "tap_the", 2, "proposed",
         ["Phòng Tài chính - Kế hoạch huyện Đồng Xuân", "Trường THCS Chu Văn An, xã Xuân Sơn, huyện Đồng Xuân"]),
        ("huan_chuong_lao_dong_hang_nhi", "ca_nhan", 1, "proposed", ["Mai Văn Thuận"]),
        ("huan_chuong_lao_dong_hang_ba", "tap_the", 1, "proposed", ["Công ty cổ phần Thủy điện Sông Ba"])]


def _named_with_status(text):
    return [(a["code"], a["recipient"], a["count"], a["status"], a["named"])
            for a in extract_awards(make_document(TITLE + text))]


def test_a_reward_written_as_a_verb_before_a_person_names_that_person():
    text = ("Chiều 7/3, ông Tạ Văn Hợp, Chủ tịch UBND huyện Tam Nông, cho biết vừa ký quyết định khen thưởng "
            "chị Đào Thị Lụa (41 tuổi, ngụ xã Hiền Quan) vì nhặt được tài sản đánh rơi và trả lại người mất.")
    assert _named(text) == [("khen_thuong", "ca_nhan", 1, ["Đào Thị Lụa"])]


def test_a_reward_in_progress_before_a_person_with_a_glued_role_is_proposed():
    text = ("UBND xã Tả Van đang làm thủ tục khen thưởng đột xuất anh Giàng A Sử-Phó Chỉ huy trưởng Ban Chỉ huy "
            "Quân sự xã vì đã trả lại của rơi.")
    assert _named_with_status(text) == [("khen_thuong", "ca_nhan", 1, "proposed", ["Giàng A Sử"])]


def test_a_ceremony_named_after_its_reward_is_no_grant_of_its_own():
    assert _named("Ngày 2/4, UBND xã Tân Hòa tổ chức lễ khen thưởng em Lý Văn Sềnh, học sinh lớp 8A.") == []


def test_who_received_a_form_told_after_la_is_a_statement_when_no_other_tells_it():
    text = ("Vinh dự nhận Huy hiệu 55 năm tuổi Đảng đợt này là đồng chí Hoàng Văn Sinh, nguyên Bí thư Đảng ủy xã. "
            "Buổi lễ diễn ra trang trọng.")
    assert _named(text) == [("huy_hieu_dang", "ca_nhan", 1, ["Hoàng Văn Sinh"])]


def test_who_received_a_counted_form_told_after_la_names_that_count():
    text = ("Dịp này, Huyện ủy trao Huy hiệu 40 năm tuổi Đảng cho 1 đảng viên. "
            "Đảng viên được nhận Huy hiệu 40 năm tuổi Đảng là đồng chí Hoàng Văn Sinh.")
    assert [n for *_, n in _named(text)] == [["Hoàng Văn Sinh"]]


def test_a_subject_listing_people_with_roles_across_semicolons_names_them_all():
    text = ("Theo đó, các đồng chí Mùa A Sử - Ủy viên Ban Thường vụ Tỉnh ủy; Quàng Văn Hặc - Giám đốc Sở Tài chính "
            "và đồng chí Lường Thị Dung - Bí thư Huyện ủy được trao tặng Huân chương Lao động hạng Ba.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 3, ["Mùa A Sử", "Quàng Văn Hặc", "Lường Thị Dung"])]


def test_units_by_code_and_officers_with_roles_before_one_verb_give_one_entry_per_kind():
    text = ("Các tập thể Phòng PC05, PA09, PK02 và Đại tá Hoàng Văn Kha, Phó Giám đốc Công an tỉnh; Thiếu tá Nông "
            "Thị Hiền, Phó trưởng Phòng PC01, Công an tỉnh Cao Lạng đón nhận Huân chương Chiến công hạng Nhì.")
    assert _named(text) == [("huan_chuong_chien_cong_hang_nhi", "tap_the", 3, ["Phòng PC05", "Phòng PA09", "Phòng PK02"]),
                            ("huan_chuong_chien_cong_hang_nhi", "ca_nhan", 2, ["Hoàng Văn Kha", "Nông Thị Hiền"])]


def test_people_with_degrees_separated_by_commas_in_a_semicolon_list_are_all_named():
    text = ("Theo quyết định của Chủ tịch nước, tỉnh có 3 cá nhân được phong tặng danh hiệu Thầy thuốc Nhân dân, "
            "gồm: Phó Giáo sư, Tiến sĩ, bác sĩ Cầm Văn Chỉnh – Bí thư Huyện ủy, nguyên Giám đốc Sở Y tế; Tiến sĩ, "
            "bác sĩ Vi Vĩnh Hùng – Phó Giám đốc Bệnh viện Ung bướu; bác sĩ chuyên khoa 2 Hà Bá Tân – nguyên Chi cục "
            "trưởng.")
    assert _named(text)[0][3] == ["Cầm Văn Chỉnh", "Vi Vĩnh Hùng", "Hà Bá Tân"]


def test_a_teachers_school_named_after_a_person_is_what_is_said_of_the_teacher():
    text = ("Hội đồng đề nghị tặng danh hiệu Nhà giáo Ưu tú cho 3 nhà giáo: Lò Văn Páo, Hiệu trưởng; Vi Thị Mai, "
            "giáo viên Trường THPT Nguyễn Văn Cừ (đều ở TP Sơn La); Hà Văn Khoa, giáo viên Trường THCS Chiềng Cơi.")
    assert _named(text)[0][3] == ["Lò Văn Páo", "Vi Thị Mai", "Hà Văn Khoa"]


def test_central_highlands_family_names_open_peoples_names():
    text = "Tỉnh đoàn trao tặng huy hiệu \"Tuổi trẻ dũng cảm\" cho hai \"hiệp sĩ\" Rahlan Khoan, Niê Kdăm Blang."
    assert _named(text)[0][3] == ["Rahlan Khoan", "Niê Kdăm Blang"]


def test_pupils_named_after_their_class_and_an_official_called_anh_is_not_one_of_them():
    text = ("Trường Tiểu học Hải Hòa vừa trao Giấy khen cho 2 học sinh lớp 5A, Hồ Văn Tín và Lê Thị Mỹ.\n\n"
            "Phó Bí thư Huyện đoàn Hải Hòa, anh Trần Quý Tường, đánh giá cao hành động của 2 em.")
    assert _named(text) == [("giay_khen", "ca_nhan", 2, ["Hồ Văn Tín", "Lê Thị Mỹ"])]


def test_an_official_called_anh_after_his_office_is_no_citizen_to_count():
    text = ("Huyện đoàn trao giấy khen cho 1 đoàn viên vì đã cứu người đuối nước.\n\n"
            "Bí thư Huyện đoàn Hải Hòa, anh Trần Quý Tường, đánh giá cao hành động dũng cảm này.")
    assert _named(text) == [("giay_khen", "ca_nhan", 1, [])]


def test_the_forms_a_commune_has_received_are_counted_for_that_commune():
    text = ("Xã Diễn Hải vinh dự 2 lần được phong tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân; "
            "1 Huân chương Lao động hạng Nhất, 3 Huân chương Lao động hạng Ba.")
    assert _named(text)[1:] == [("huan_chuong_lao_dong_hang_nhat", "dia_phuong", 1, ["Xã Diễn Hải"]),
                                ("huan_chuong_lao_dong_hang_ba", "dia_phuong", 3, ["Xã Diễn Hải"])]


def test_counted_forms_before_a_later_passive_are_not_the_later_subjects():
    text = ("Chủ tịch nước đã tặng 04 Huân chương Lao động hạng Nhì, trong đó 02 vận động viên tỉnh Hòa Lâm được "
            "tặng thưởng Huân chương Lao động hạng Nhì là Lò Văn Khoa và Vi Văn Bình.")
    assert _named(text)[0] == ("huan_chuong_lao_dong_hang_nhi", "ca_nhan", 4, [])


def test_an_official_written_with_offices_before_a_passive_grant_receives_it():
    text = ("Nguyên Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Đào Tiến Lộc vinh dự được nhận Huân chương Độc lập "
            "hạng Nhì cùng quyết định nghỉ hưu.")
    assert _named(text) == [("huan_chuong_doc_lap_hang_nhi", "ca_nhan", 1, ["Đào Tiến Lộc"])]


def test_an_official_attending_a_ceremony_of_receiving_is_no_recipient():
    text = ("Thủ tướng Đào Tiến Lộc đến dự lễ kỷ niệm 60 năm ngày thành lập Công ty Dệt Hòa Bình và đón nhận "
            "Huân chương Lao động hạng Nhất.")
    assert [names for *_, names in _named(text)] == [["Công ty Dệt Hòa Bình"]]  # the company, never the official


def test_a_commune_receiving_a_form_at_its_own_ceremony_is_a_locality():
    text = ("Ngày 21.1, xã Quỳnh Lập (huyện Quỳnh Lưu) tổ chức lễ kỷ niệm 65 năm thành lập xã, đón nhận Huân chương "
            "Lao động hạng Ba.\n\nXã Quỳnh Lập vinh dự 2 lần được phong tặng danh hiệu Anh hùng lực lượng vũ trang "
            "nhân dân.")
    assert [(c, r, n) for c, r, n, _ in _named(text)] == [("huan_chuong_lao_dong_hang_ba", "dia_phuong", 1),
                                                         ("anh_hung_luc_luong_vu_trang_nhan_dan", "dia_phuong", 2)]


def test_a_units_commune_after_a_comma_in_a_semicolon_list_ignores_commas_in_a_later_bracket():
    text = ("Đồng chí Lò Văn Tư đã trao Bằng khen của UBND tỉnh cho tập thể Tổ tự quản số 2 thuộc ấp Mỹ Lợi, xã "
            "Bình Thạnh; tập thể Tổ tự quản số 9 thuộc ấp Gò Me, xã Tân Phước và cá nhân ông Vi Văn Ba (Đại đức "
            "Thích Minh Tâm - chùa Phước Lâm, xã Tân Phước).")
    assert _named(text)[0] == ("bang_khen_bo_tinh", "tap_the", 2, [
        "Tổ tự quản số 2 thuộc ấp Mỹ Lợi, xã Bình Thạnh", "Tổ tự quản số 9 thuộc ấp Gò Me, xã Tân Phước"])


def test_a_form_in_single_quotes_before_doi_voi_names_its_recipient():
    text = ("Chủ tịch nước đã ký quyết định truy tặng danh hiệu 'Anh hùng Lực lượng vũ trang nhân dân' đối với "
            "Trung tướng Lò Sỹ Nguyên, nguyên Tư lệnh Quân khu 2.")
    assert _named(text) == [("anh_hung_luc_luong_vu_trang_nhan_dan", "ca_nhan", 1, ["Lò Sỹ Nguyên"])]


def test_a_count_told_first_unnamed_and_again_with_its_names_is_one_statement():
    text = ("Tỉnh có 2 cá nhân được Chủ tịch nước phong tặng danh hiệu Thầy thuốc Nhân dân.\n\n"
            "Theo quyết định, tỉnh có 2 cá nhân được phong tặng danh hiệu Thầy thuốc Nhân dân, gồm: bác sĩ Lò Văn "
            "Khiêm – Giám đốc Sở Y tế; bác sĩ Vi Thị Duyên – Giám đốc Bệnh viện tỉnh.")
    assert _named(text) == [("thay_thuoc_nhan_dan", "ca_nhan", 2, ["Lò Văn Khiêm", "Vi Thị Duyên"])]


def test_two_givers_granting_two_forms_to_one_list_name_it_for_both():
    text = ("Ngày 28/9, Tỉnh đoàn Hòa Lâm đã trao tặng bằng khen, Sở GD-ĐT tỉnh Hòa Lâm trao tặng giấy khen cho em "
            "Lò Văn Sinh và em Vi Hoàng Phong.")
    assert _named(text) == [("other_org_award", "ca_nhan", 2, ["Lò Văn Sinh", "Vi Hoàng Phong"]),
                            ("giay_khen", "ca_nhan", 2, ["Lò Văn Sinh", "Vi Hoàng Phong"])]


def test_people_who_got_a_form_written_right_after_duoc_receive_it():
    text = ("Đó là ông Lò Văn Sáu (huyện Mai Sơn) được nhận Huân chương Lao động hạng Ba; ông Vi Văn Thời (huyện "
            "Yên Châu) và bà Hà Thị Mai (huyện Sông Mã) được bằng khen của Hội Nông dân Việt Nam.")
    assert _named(text)[1] == ("bang_khen_bo_tinh", "ca_nhan", 2, ["Vi Văn Thời", "Hà Thị Mai"])


def test_a_subject_after_trong_do_is_the_person_not_the_phrase():
    text = ("Đảng bộ xã có 3 đồng chí được trao Huy hiệu Đảng. Trong đó đồng chí Lò Văn Bạn vinh dự được nhận Huy "
            "hiệu 60 năm tuổi Đảng; đồng chí Tòng Thị Thấm được nhận Huy hiệu 55 năm tuổi Đảng.")
    assert [names for *_, names in _named(text)] == [[], ["Lò Văn Bạn"], ["Tòng Thị Thấm"]]


def test_artists_titles_written_without_diacritics_are_dropped_from_their_names():
    text = "Dịp này, Bộ trưởng trao danh hiệu Nghệ sĩ Ưu tú cho 2 nghệ sĩ là NSUT Thanh Lâm và NSUT Trọng Khôi."
    assert _named(text)[0][3] == ["Thanh Lâm", "Trọng Khôi"]


def test_a_citizens_name_ends_with_its_sentence():
    text = ("Chủ tịch UBND tỉnh đã tặng Bằng khen cho một học sinh của trường.\n\n"
            "Nhà trường tuyên dương hành động của em Lê Thu Hà.\n\nTheo đó, em Hà đã trả lại chiếc ví cho chủ nhân.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Lê Thu Hà"])]


def test_the_next_sentence_lists_the_counted_units_one_a_semicolon_item_with_their_parents():
    text = ("Chủ tịch thành phố tặng Bằng khen cho 3 tập thể đã có thành tích trong truy bắt đối tượng cướp.\n\n"
            "Các tập thể được khen thưởng gồm: Đội Cảnh sát hình sự, Công an quận Hải An; Đội Điều tra trọng án, "
            "Phòng Cảnh sát hình sự, Công an thành phố; Công an huyện Thủy Nguyên.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 3, [
        "Đội Cảnh sát hình sự, Công an quận Hải An", "Đội Điều tra trọng án, Phòng Cảnh sát hình sự, Công an thành phố",
        "Công an huyện Thủy Nguyên"])]


def test_a_next_sentence_listing_units_and_places_after_a_comma_head_names_the_count():
    text = ("Chủ tịch nước đã ký quyết định phong tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân cho 3 đơn vị, "
            "địa phương.\n\nCác đơn vị, địa phương này gồm: Viện Quân y 105, Cục Hậu cần và Nhân dân và LLVT nhân "
            "dân huyện Tam Nông.")
    assert _named(text)[0][3] == ["Viện Quân y 105", "Cục Hậu cần", "Nhân dân và LLVT nhân dân huyện Tam Nông"]


def test_a_description_holding_a_code_with_digits_before_gom_still_opens_the_list():
    text = ("Thủ tướng tặng Bằng khen cho 2 tập thể đã có thành tích trong phòng, chống dịch COVID-19 gồm: "
            "1- Hội người Việt Nam tại Ba Lan; 2- Hiệp hội doanh nhân Việt Nam tại Séc.")
    assert _named(text)[0][3] == ["Hội người Việt Nam tại Ba Lan", "Hiệp hội doanh nhân Việt Nam tại Séc"]


def test_a_units_name_ends_before_what_the_headline_adds():
    text = ("Công ty CP Cầu 12 – Thăng Long Kỷ niệm 50 năm ngày truyền thống và đón nhận Huân chương Độc lập hạng "
            "Nhất.\n\nBuổi lễ diễn ra trang trọng.")
    assert _named(text)[0][3] == ["Công ty CP Cầu 12 – Thăng Long"]


def test_a_unit_named_with_and_the_people_ends_before_them():
    text = ("Dịp này, UBND huyện tặng Giấy khen cho Ban Trị sự Phật giáo huyện Chợ Gạo và các cá nhân có thành "
            "tích xuất sắc.")
    assert _named(text) == [("giay_khen", "tap_the", 1, ["Ban Trị sự Phật giáo huyện Chợ Gạo"])]


def test_a_form_then_a_passive_grant_names_its_recipient():
    assert _named("Bằng khen của Thủ tướng Chính phủ được trao cho Công ty cổ phần Xi măng Tân Lạc.") == [
        ("bang_khen_thu_tuong_chinh_phu", "tap_the", 1, ["Công ty cổ phần Xi măng Tân Lạc"])]


def test_a_school_named_after_a_person_where_a_teacher_works_is_no_second_person():
    assert _named("Trao Bằng khen của UBND tỉnh cho bà Lò Thị Hoa, giáo viên Trường THCS Kim Đồng.") == [
        ("bang_khen_bo_tinh", "ca_nhan", 1, ["Lò Thị Hoa"])]


def test_names_broken_by_a_hard_wrapped_line_are_whole():
    text = ("Sáng 2/9, Đảng bộ xã Tân Lập long trọng tổ chức lễ\n"
            "trao Huy hiệu Đảng cho 3 đảng viên. Trong đó đồng chí Hà Văn Sứ\n"
            "nhận Huy hiệu 50 năm tuổi Đảng; 2 đồng chí Lục Thị Nhàn và Mông\n"
            "Văn Tỏa được nhận Huy hiệu 40 năm tuổi Đảng. Buổi lễ diễn ra trang trọng và\n"
            "ấm cúng tại hội trường xã.")
    named = [n for a in extract_awards(make_document(TITLE + text)) for n in a["named"]]
    assert "Mông Văn Tỏa" in named and "Lục Thị Nhàn" in named


def test_a_counted_subject_then_the_form_and_nhu_sau_lists_the_people_a_line_each():
    text = ("Theo đó, 3 cá nhân thuộc Sở Y tế được Chủ tịch nước phong tặng danh hiệu \"Thầy thuốc Ưu tú\" như sau:\n"
            "1. Ông Hà Văn Lâm, nguyên Phó Giám đốc Sở;\n2. Bà Lò Thị Hoa, Trưởng phòng Nghiệp vụ Y;\n"
            "3. Ông Vi Văn Sỹ, chuyên viên chính, Phòng Tổ chức cán bộ.\nPhát biểu tại buổi lễ, ông Lâm cảm ơn.")
    assert _named(text) == [("thay_thuoc_uu_tu", "ca_nhan", 3, ["Hà Văn Lâm", "Lò Thị Hoa", "Vi Văn Sỹ"])]


def test_a_list_ends_where_a_semicolon_opens_the_next_count():
    text = ("Trong đó 4 nghệ nhân được phong tặng Nghệ nhân Ưu tú trong lĩnh vực “Nghệ thuật trình diễn dân gian” gồm "
            "các nghệ nhân A Lưu, Y Krông xã Đăk Năng, A Thuận thị trấn Đăk Hà, Y Blơng xã Ngọc Réo; 02 nghệ nhân được "
            "phong tặng Nghệ nhân Ưu tú trong lĩnh vực “Tri thức dân gian” gồm A Dớt và Y Hlơn xã Đăk Năng.")
    assert _named(text) == [
        ("nghe_nhan_uu_tu", "ca_nhan", 4, ["A Lưu", "Y Krông", "A Thuận", "Y Blơng"]),
        ("nghe_nhan_uu_tu", "ca_nhan", 2, ["A Dớt", "Y Hlơn"]),
    ]


def test_a_village_after_a_person_and_a_comma_is_where_the_person_lives():
    text = "Thủ tướng Chính phủ đã tặng Bằng khen cho bà Lò Thị Mai, thôn Nà Sài, xã Tân Lập vì có thành tích."
    assert _named(text) == [("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 1, ["Lò Thị Mai"])]


def test_people_each_with_a_long_role_after_a_dash_are_all_named():
    text = ("Chủ tịch UBND tỉnh đã tặng thưởng cho 2 cá nhân là đồng chí Hà Văn Tú - Trưởng Phòng Cảnh sát hình sự và "
            "đồng chí Lò Đình Chúc - Trưởng Phòng Cảnh sát điều tra tội phạm về kinh tế thuộc Công an tỉnh Điện Biên.")
    assert _named(text) == [("khen_thuong", "ca_nhan", 2, ["Hà Văn Tú", "Lò Đình Chúc"])]


def test_a_units_code_in_brackets_written_with_a_space_stays_part_of_its_name():
    text = "Giám đốc Công an tỉnh tặng Giấy khen cho Phòng Cảnh sát cơ động (PK 02) và Phòng Hậu cần (PH 10)."
    assert _named(text) == [("giay_khen", "tap_the", 2, ["Phòng Cảnh sát cơ động (PK 02)", "Phòng Hậu cần (PH 10)"])]


def test_rarer_family_names_open_persons_not_units():
    text = ("Bộ trưởng tặng Bằng khen cho 3 vận động viên gồm Khuất Văn Nam (vật), Đầu Thị Hoa (bơi) và "
            "Ngụy Đức Tâm (bắn cung).")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 3, ["Khuất Văn Nam", "Đầu Thị Hoa", "Ngụy Đức Tâm"])]


def test_people_counted_far_before_the_form_and_listed_after_gom_are_a_statement_of_their_own():
    text = ("Thủ tướng Chính phủ tặng Bằng khen cho 120 vận động viên có thành tích xuất sắc tại Đại hội.\n\n"
            "3 vận động viên đại diện cho các cá nhân có thành tích xuất sắc của kỳ Đại hội vừa qua đã được nhận "
            "Bằng khen của Thủ tướng Chính phủ chiều nay gồm Hà Văn Tâm (bơi), Lò Thị Nga (vật) và Vi Văn Mạnh (cờ vua).")
    assert _named(text) == [("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 120, []),
                            ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 3, ["Hà Văn Tâm", "Lò Thị Nga", "Vi Văn Mạnh"])]


def test_a_count_of_a_title_is_named_by_the_next_sentence():
    text = ("Năm nay tỉnh có 3 NSƯT được phong tặng danh hiệu đến từ Nhà hát Ca kịch. "
            "Cụ thể: NSƯT Lò Văn Mười, NSƯT Hà Thị Lệ, NSƯT Vi Văn Linh.")
    assert _named(text) == [("nghe_si_uu_tu", "ca_nhan", 3, ["Lò Văn Mười", "Hà Thị Lệ", "Vi Văn Linh"])]


def test_a_reward_with_money_attached_names_the_units_after_cho():
    text = ("Ngày 10-9, ông Hà Văn Thái - Chủ tịch UBND tỉnh đã khen thưởng đột xuất kèm số tiền 20 triệu đồng cho "
            "Phòng Cảnh sát hình sự và Công an huyện Mai Sơn.")
    assert _named(text) == [("khen_thuong", "tap_the", 2, ["Phòng Cảnh sát hình sự", "Công an huyện Mai Sơn"])]


def test_a_subject_whose_role_holds_a_comma_is_the_person_at_its_end():
    text = ("Nguyên Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Lò Văn Tính vinh dự được nhận Huân chương Độc lập "
            "hạng Nhì và quyết định nghỉ hưu.")
    assert _named(text) == [("huan_chuong_doc_lap_hang_nhi", "ca_nhan", 1, ["Lò Văn Tính"])]


def test_the_party_cell_a_person_belongs_to_is_said_of_that_person_not_named():
    text = ("Tại gia đình đồng chí Lò Văn Pản, đảng viên Chi bộ bản Mường, nhận Huy hiệu 60 năm tuổi Đảng; đồng chí "
            "Hà Thị Lụa, đảng viên Chi bộ bản Nà, nhận Huy hiệu 55 năm tuổi Đảng.")
    assert _named(text) == [("huy_hieu_dang", "ca_nhan", 1, ["Lò Văn Pản"]), ("huy_hieu_dang", "ca_nhan", 1, ["Hà Thị Lụa"])]
    listed = ("Có 2 đảng viên được nhận Huy hiệu 75 năm tuổi Đảng là đảng viên Lò Văn Pản (SN 1930), thuộc Đảng bộ "
              "xã Tân Lập; đảng viên Hà Văn Tú (SN 1931), Đảng bộ thị trấn Mường Tè.")
    assert _named(listed) == [("huy_hieu_dang", "ca_nhan", 2, ["Lò Văn Pản", "Hà Văn Tú"])]


def test_ket_qua_opening_a_clause_is_no_part_of_the_subjects_name():
    text = "Kết quả xã Nà Tấu đạt danh hiệu Tập thể lao động xuất sắc năm 2031."
    assert [n for *_, n in _named(text)] == [["xã Nà Tấu"]]


def test_a_headlines_count_named_by_the_lead_lends_its_names_to_the_body_statement():
    text = ("3 tập thể ngành giáo dục và đào tạo được công nhận danh hiệu tập thể lao động xuất sắc\n14/08/2031 | 08:35\n"
            "(HG) - Đó là các trường: THPT Cây Sung, THPT Tây Hồ, THPT Long Bình. Những tập thể này đã có nhiều đổi mới.\n"
            "Với những thành tích đạt được, 3 tập thể vừa được Chủ tịch UBND tỉnh ký quyết định công nhận danh hiệu "
            "tập thể lao động xuất sắc.")
    assert [(a["code"], a["count"], a["named"]) for a in extract_awards(make_document(text))] == [
        ("tap_the_lao_dong_xuat_sac", 3, ["THPT Cây Sung", "THPT Tây Hồ", "THPT Long Bình"])]


def test_a_generic_khen_thuong_listing_the_people_of_a_form_before_is_that_statement_named():
    text = ("Đại diện Công an huyện Mỹ Tú vừa tặng giấy khen của Giám đốc Công an tỉnh cho 3 nông dân vì đã dũng cảm "
            "bắt cướp.\n3 nông dân được khen thưởng.\nBa nông dân được khen thưởng gồm: ông Lâm Văn Tư (46 tuổi); "
            "Thạch Văn Sa (37 tuổi) và Lý Văn Nô (35 tuổi), cùng ngụ xã Mỹ Thuận.")
    assert _named(text) == [("giay_khen", "ca_nhan", 3, ["Lâm Văn Tư", "Thạch Văn Sa", "Lý Văn Nô"])]


def test_the_comma_of_phong_chong_is_inside_a_units_name():
    text = ("Chủ tịch nước tặng Huân chương Chiến công hạng Nhì cho Đoàn đặc nhiệm phòng, chống ma túy miền Trung "
            "và Phòng Cảnh sát hình sự, Phòng Hậu cần.")
    assert _named(text) == [("huan_chuong_chien_cong_hang_nhi", "tap_the", 3, [
        "Đoàn đặc nhiệm phòng, chống ma túy miền Trung", "Phòng Cảnh sát hình sự", "Phòng Hậu cần"])]


def test_a_person_followed_by_where_they_live_in_a_semicolon_list_is_named():
    text = ("UBND thành phố vừa trao Bằng khen cho 4 cá nhân gồm: ông Lê Văn Sang, ông Hà Văn Phát cùng ngụ ấp Khánh "
            "Nghĩa, xã Tân Khánh; ông Lò Văn Ngọt và ông Vi Văn Đúng cùng ngụ ấp Khánh Nhơn.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 4, ["Lê Văn Sang", "Hà Văn Phát", "Lò Văn Ngọt", "Vi Văn Đúng"])]


def test_descriptors_of_a_person_separated_by_a_comma_are_skipped():
    text = "Ông Hà Văn Hạnh, Chủ tịch Hội Cựu chiến binh tỉnh, đã trao Huân chương Lao động hạng Ba cho thương binh, CCB Lò Văn Việt."
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, ["Lò Văn Việt"])]


def test_a_heros_title_with_its_period_then_cho_names_the_recipient():
    text = ("Chủ tịch nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân thời kỳ kháng chiến chống Mỹ cứu "
            "nước cho liệt sĩ Hà Văn Sơn.")
    assert _named(text) == [("anh_hung_luc_luong_vu_trang_nhan_dan", "ca_nhan", 1, ["Hà Văn Sơn"])]


def test_the_badge_handed_with_a_title_is_the_titles_own():
    text = ("Tại buổi lễ, đồng chí Hà Văn Phương trao Bằng công nhận Bà Mẹ Việt Nam Anh hùng cùng Huy hiệu cho thân "
            "nhân 2 mẹ: Lò Thị Tỉnh (thị trấn Mường Khến) và Hà Thị Bia (xã Tòng Đậu).")
    assert _named(text) == [("ba_me_viet_nam_anh_hung", "ca_nhan", 2, ["Lò Thị Tỉnh", "Hà Thị Bia"])]


def test_a_places_share_of_a_count_in_brackets_names_nobody():
    text = ("Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 412 cá nhân (Lai Châu có 12 người); truy tặng "
            "danh hiệu Nghệ nhân Ưu tú cho 7 cá nhân (Lai Châu có 1 người).")
    found = _named(text)
    assert {412, 7} <= {count for _, _, count, _ in found} and all(named == [] for *_, named in found)


def test_a_list_ends_at_a_semicolon_before_another_givers_clause():
    text = ("Bộ Chỉ huy BĐBP tỉnh đã thưởng nóng cho Đồn Biên phòng Pò Hèn số tiền 5 triệu đồng; UBND thành phố đã "
            "trao thưởng 3 triệu đồng cho tổ công tác của đồn.")
    assert _named(text)[0] == ("khen_thuong", "tap_the", 1, ["Đồn Biên phòng Pò Hèn"])


def test_a_name_ends_before_do_or_ve_viec_that_closes_its_piece():
    text = ("Ban tổ chức trao Bằng khen của Thủ tướng Chính phủ cho 2 đội tuyển gồm: Futsal nữ Việt Nam và U17 Việt Nam "
            "do có thành tích xuất sắc tại giải châu Á.")
    assert _named(text) == [("bang_khen_thu_tuong_chinh_phu", "tap_the", 2, ["Futsal nữ Việt Nam", "U17 Việt Nam"])]


def test_the_anniversary_before_a_unit_that_receives_an_order_is_no_part_of_its_name():
    text = ("Ngày 4-11, tại Hà Nội, Bộ Y tế đã tổ chức Lễ kỷ niệm 29 năm Ngày thầy thuốc, 60 năm Ngày Dược, Ngày truyền "
            "thống Cục Quản lý Dược và đón nhận Huân chương Lao động hạng Nhì.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Cục Quản lý Dược"])]


def test_people_listed_after_their_plural_honorific_are_named():
    text = "Ông Lò Văn Tâm, Bí thư Huyện ủy trao Huy hiệu 40 năm tuổi Đảng cho các đồng chí Lò Văn Ả, Hà Văn Bình và Vi Thị Chiêm."
    assert _named(text) == [("huy_hieu_dang", "ca_nhan", 3, ["Lò Văn Ả", "Hà Văn Bình", "Vi Thị Chiêm"])]
    vague = "Ông Lò Văn Tâm trao Huy hiệu 40 năm tuổi Đảng cho các đảng viên Chi bộ bản Mường."
    assert [n for *_, n in _named(vague)] in ([], [[]])  # a plural noun and no names: counted or vague


def test_a_list_of_units_runs_into_a_list_of_people_each_opened_by_its_kind():
    for joint in (" và", ";"):
        text = ("Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể: Sở Y tế, Sở Tài chính, Công an tỉnh" + joint +
                " các cá nhân: ông Lò Văn Ánh, bà Hà Thị Bền.")
        assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 3, ["Sở Y tế", "Sở Tài chính", "Công an tỉnh"]),
                                ("bang_khen_bo_tinh", "ca_nhan", 2, ["Lò Văn Ánh", "Hà Thị Bền"])]


def test_units_listed_after_a_count_of_units_and_people_name_only_the_units():
    text = ("Nhân dịp này, 3 tập thể và 5 cá nhân được UBND huyện tặng Giấy khen. Các tập thể gồm: Trường THCS Nà Tấu, "
            "Trường Tiểu học Mường Phăng và UBND xã Pá Khoang.")
    assert _named(text) == [("giay_khen", "tap_the", 3, ["Trường THCS Nà Tấu", "Trường Tiểu học Mường Phăng", "UBND xã Pá Khoang"]),
                            ("giay_khen", "ca_nhan", 5, [])]


def test_a_count_qualified_before_its_colon_and_households_named_by_their_heads():
    party = ("Huyện ủy tặng Giấy khen cho 3 tổ chức cơ sở đảng: Đảng bộ xã Nà Tấu, Chi bộ Trường THPT Mường Ảng, "
             "Đảng bộ Công an huyện.")
    assert _named(party) == [("giay_khen", "tap_the", 3, ["Đảng bộ xã Nà Tấu", "Chi bộ Trường THPT Mường Ảng", "Đảng bộ Công an huyện"])]
    homes = "Tặng Giấy khen cho 2 gia đình ông Lò Văn Sang và ông Hà Văn Phát đã hiến đất làm đường."
    assert _named(homes) == [("giay_khen", "ho_gia_dinh", 2, ["Lò Văn Sang", "Hà Văn Phát"])]


def test_a_mass_organisations_unit_with_a_lower_case_name_is_one_subject():
    for unit in ("Công đoàn ngành Y tế", "Chi bộ bản Mường", "Hội nông dân xã Nà Tấu"):
        text = f"Trong năm, {unit} được Tổng Liên đoàn Lao động Việt Nam tặng Cờ thi đua."
        assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 1, [unit])]


def test_a_reward_written_khen_thuong_cho_names_its_units():
    text = ("UBND tỉnh quyết định khen thưởng cho Ban Chỉ huy Quân sự huyện Nậm Pồ, Đồn Biên phòng Si Pa Phìn vì đã có "
            "thành tích xuất sắc.")
    assert _named(text) == [("khen_thuong", "tap_the", 2, ["Ban Chỉ huy Quân sự huyện Nậm Pồ", "Đồn Biên phòng Si Pa Phìn"])]
    assert _named("Hội nghị tổng kết công tác thi đua, khen thưởng cho các đơn vị trong khối.") == []


def test_the_body_that_recognises_or_acknowledges_is_no_recipient():
    text = ("Theo đề nghị của Hội đồng thi đua, Ban Thường vụ Liên đoàn Lao động tỉnh đã có quyết định công nhận 3 đơn "
            "vị xuất sắc, đủ tiêu chuẩn tặng Cờ thi đua của Liên đoàn để đề nghị tặng Cờ thi đua của Chính phủ.")
    assert all("Ban Thường vụ" not in name for *_, names in _named(text) for name in names)


def test_a_count_ending_its_line_is_named_by_the_dash_lines_below():
    text = ("Sở Nội vụ công bố danh sách lấy ý kiến nhân dân, cụ thể như sau:\n"
            "1. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể\n- Thanh tra tỉnh Điện Biên;\n- Sở Tư pháp tỉnh Điện Biên\n"
            "2. Đề nghị tặng Huân chương Lao động hạng Nhì: 01 tập thể\n- Nhân dân và cán bộ huyện Mường Nhé.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 2, ["Thanh tra tỉnh Điện Biên", "Sở Tư pháp tỉnh Điện Biên"]),
                            ("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Nhân dân và cán bộ huyện Mường Nhé"])]


def test_a_persons_trade_written_capitalised_after_the_name_is_no_part_of_it():
    text = ("Hội đồng đề nghị xét tặng danh hiệu Nghệ sĩ ưu tú cho: 02 người\n"
            "1. Ông Hà Đạt Hiền Diễn viên, Đoàn Nghệ thuật Thể nghiệm: Đạt\n2. Bà Lò Thị Hương Nghệ sỹ biểu diễn, Nhà hát Múa rối: Đạt")
    assert [n for *_, n in _named(text)] == [["Hà Đạt Hiền", "Lò Thị Hương"]]


def test_ranks_of_soldiers_and_a_role_glued_by_a_dash_are_no_part_of_a_name():
    text = "Giám đốc Công an tỉnh tặng Giấy khen cho Hạ sỹ Lò Tuấn Kiệt và ĐV Vi Sơn Hà-nguyên Chỉ huy trưởng Ban CHQS xã."
    assert [n for *_, n in _named(text)] == [["Lò Tuấn Kiệt", "Vi Sơn Hà"]]


def test_a_described_count_then_la_names_them_only_when_it_names_them_all():
    text = "Cờ thi đua của UBND tỉnh được trao cho 2 đơn vị dẫn đầu phong trào thi đua là Sở Y tế và Sở Tư pháp."
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 2, ["Sở Y tế", "Sở Tư pháp"])]
    fewer = "UBND tỉnh tặng Bằng khen cho 3 đơn vị dẫn đầu là Sở Y tế và Sở Tư pháp."
    assert _named(fewer) == [("bang_khen_bo_tinh", "tap_the", 3, [])]


def test_a_kind_heading_and_its_names_on_one_line_each():
    text = ("Sáng 5/1, UBND huyện Mường Chà tổ chức hội nghị tổng kết phong trào thi đua năm 2030. Tại hội nghị, UBND "
            "huyện đã tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc:\n"
            "- Tập thể: Trường THCS Nà Tấu, Trường Tiểu học Mường Phăng.\n- Cá nhân: ông Lò Văn Tâm, bà Hà Thị Hoa.\n"
            "Hội nghị cũng phát động thi đua năm 2031.")
    assert _named(text) == [("giay_khen", "tap_the", 2, ["Trường THCS Nà Tấu", "Trường Tiểu học Mường Phăng"]),
                            ("giay_khen", "ca_nhan", 2, ["Lò Văn Tâm", "Hà Thị Hoa"])]


def test_two_people_each_written_after_their_role_and_joined_by_va_are_two_recipients():
    text = ("Dịp này, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Giám đốc Sở Tài chính Hoàng Văn Lực và "
            "nguyên Phó Giám đốc Sở Xây dựng Đinh Thị Nhàn.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 2, ["Hoàng Văn Lực", "Đinh Thị Nhàn"])]
    one_unit = "Dịp này, UBND tỉnh tặng Bằng khen cho Sở Văn hóa và Thể thao và Trường THPT Lê Lợi."
    assert _named(one_unit) == [("bang_khen_bo_tinh", "tap_the", 2, ["Sở Văn hóa và Thể thao", "Trường THPT Lê Lợi"])]


def test_a_units_other_name_and_its_place_in_brackets_stay_as_written():
    text = ("Dịp này, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Tổng công ty Xây dựng Sông Lam "
            "(Solaco 8), Công ty Cổ phần Cơ khí Hà Tân (Hatamec) và Trường THCS Tà Xùa (Bắc Yên).")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 3, [
        "Tổng công ty Xây dựng Sông Lam (Solaco 8)", "Công ty Cổ phần Cơ khí Hà Tân (Hatamec)", "Trường THCS Tà Xùa (Bắc Yên)"])]


def test_units_listed_after_an_uncounted_reward_are_its_recipients_but_not_after_a_counted_one():
    text = ("Chủ tịch UBND tỉnh đã ký quyết định thưởng cho các tập thể có thành tích trong phá chuyên án. "
            "Các tập thể được khen thưởng gồm: Phòng Cảnh sát kinh tế; Đồn Biên phòng Tà Lùng; Công an huyện Hạ Lang.")
    assert _named(text) == [("khen_thuong", "tap_the", 3,
                             ["Phòng Cảnh sát kinh tế", "Đồn Biên phòng Tà Lùng", "Công an huyện Hạ Lang"])]
    counted = ("Chủ tịch UBND tỉnh đã khen thưởng 3 tập thể có thành tích trong phá chuyên án. "
               "Các tập thể được khen thưởng gồm: Phòng Cảnh sát kinh tế; Đồn Biên phòng Tà Lùng; Công an huyện Hạ Lang.")
    assert [entry[:3] for entry in _named(counted)] == [("khen_thuong", "tap_the", 3)]


def test_a_line_repeating_each_count_under_gom_lists_that_counts_names():
    text = ("Theo đó, UBND tỉnh tặng Bằng khen cho 3 tập thể, 2 cá nhân có thành tích xuất sắc trong thực hiện "
            "Đề án 12 gồm:\n3 tập thể: UBND huyện Yên Thế; Phòng Tư pháp, Văn phòng UBND tỉnh; Hội Cựu chiến binh "
            "huyện Sơn Động.\n2 cá nhân: ông Hà Văn Quyết; bà Đàm Thị Thu.\n")
    assert _named(text) == [
        ("bang_khen_bo_tinh", "tap_the", 3,
         ["UBND huyện Yên Thế", "Phòng Tư pháp, Văn phòng UBND tỉnh", "Hội Cựu chiến binh huyện Sơn Động"]),
        ("bang_khen_bo_tinh", "ca_nhan", 2, ["Hà Văn Quyết", "Đàm Thị Thu"])]


def test_the_kind_of_recipient_before_what_a_person_is_and_a_grant_den_a_party_member():
    text = ("Chủ tịch UBND tỉnh vừa tặng Bằng khen cho cá nhân ngư dân Lê Văn Sáu - thuyền trưởng tàu cá. "
            "Chiều cùng ngày, Bí thư Quận ủy trao Huy hiệu 70 năm tuổi Đảng đến đảng viên Đỗ Thị Nết - nguyên "
            "Bí thư Chi bộ khu phố 4. Sở Giáo dục tặng giấy khen cho hai em Vũ Minh Tâm (lớp 8) và Ong Thị Ngọc "
            "(lớp 6) vì cứu bạn.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Lê Văn Sáu"]),
                            ("huy_hieu_dang", "ca_nhan", 1, ["Đỗ Thị Nết"]),
                            ("giay_khen", "ca_nhan", 2, ["Vũ Minh Tâm", "Ong Thị Ngọc"])]


def test_what_a_unit_is_now_in_brackets_stays_with_its_name():
    text = ("UBND thành phố tặng Bằng khen cho 2 tập thể gồm: Phòng Văn hóa và Thông tin huyện Mường Ảng (nay là "
            "phòng Văn hóa, Khoa học và Thông tin huyện Mường Ảng); Ban Dân tộc tỉnh.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 2, [
        "Phòng Văn hóa và Thông tin huyện Mường Ảng (nay là phòng Văn hóa, Khoa học và Thông tin huyện Mường Ảng)",
        "Ban Dân tộc tỉnh"])]


def test_names_after_the_plural_of_what_the_people_are_with_no_colon_when_as_many_as_counted():
    text = ("Cụ thể, có 3 cá nhân được Chủ tịch nước phong tặng danh hiệu NNND theo Quyết định 210/QĐ-CTN ngày "
            "4-5-2031, gồm các nghệ nhân Đinh Thị Mến, Hà Văn Lự (Thích Quảng Tâm) và Lục Văn Thào. Tỉnh có 5 nghệ "
            "nhân được phong tặng đợt này, gồm 3 “nghệ nhân ưu tú” là các nghệ nhân Lê Văn Bảy, Mai Thị Hiên và Vi "
            "Văn Nổ; hai “nghệ nhân nhân dân” là Đàm Văn Lộc và Nông Thị Mai.")
    assert _named(text) == [
        ("nghe_nhan_nhan_dan", "ca_nhan", 3, ["Đinh Thị Mến", "Hà Văn Lự", "Lục Văn Thào"]),
        ("nghe_nhan_uu_tu", "ca_nhan", 3, ["Lê Văn Bảy", "Mai Thị Hiên", "Vi Văn Nổ"]),
        ("nghe_nhan_nhan_dan", "ca_nhan", 2, ["Đàm Văn Lộc", "Nông Thị Mai"])]


def test_every_capitalised_name_after_the_plural_of_what_the_people_are_is_a_person():
    text = ("Huyện Đam Rông có 4 nghệ nhân được phong tặng danh hiệu “Nghệ nhân Ưu tú” đợt này. Đó là các nghệ "
            "nhân K’Brơi, Ya Duông, Bon Yô K’Sé và Ma Krăng.")
    assert _named(text) == [("nghe_nhan_uu_tu", "ca_nhan", 4, ["K’Brơi", "Ya Duông", "Bon Yô K’Sé", "Ma Krăng"])]


def test_a_giver_written_with_a_dotted_abbreviation_and_a_reward_of_a_sum_to_a_place():
    text = ("Ngày 3.9, Tỉnh đoàn vừa trao tặng Huy hiệu Tuổi trẻ dũng cảm của T.Ư Đoàn cho đoàn viên Lục Văn Khải "
            "(24 tuổi, ngụ xã Đông Khê). Chủ tịch UBND tỉnh đã quyết định thưởng 5 tỷ đồng cho huyện Thạch An đạt "
            "chuẩn nông thôn mới năm 2031.")
    assert _named(text) == [("other_org_award", "ca_nhan", 1, ["Lục Văn Khải"]),
                            ("khen_thuong", "dia_phuong", 1, ["huyện Thạch An"])]


def test_people_each_written_after_their_role_between_semicolons_after_do_la():
    text = ("Năm nay có 120 cán bộ Đoàn nhận Giải thưởng Lý Tự Trọng, tỉnh có 2 người. Đó là, Bí thư Đoàn trường "
            "Cao đẳng Y tế Hoàng Minh Đức; Phó Bí thư Đoàn phường Sông Bằng Nông Thị Thu.")
    assert ("other_org_award", "ca_nhan", 2, ["Hoàng Minh Đức", "Nông Thị Thu"]) in _named(text)


def test_a_person_after_va_ends_what_the_list_says_of_the_person_before():
    text = ("Chủ tịch UBND thành phố trao Bằng khen cho 3 cá nhân dũng cảm bắt kẻ trộm. Đó là ông Đỗ Văn Tín, ở ngõ "
            "8, phố Lò Sũ, phường Lý Thái Tổ; ông Vũ Hữu Nghĩa, ở số 5, phố Cửa Nam, phường Cửa Nam và anh Tạ Văn "
            "Kha, ở phường Phúc Xá.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 3, ["Đỗ Văn Tín", "Vũ Hữu Nghĩa", "Tạ Văn Kha"])]


def test_a_form_with_its_reward_money_names_the_person_after_cho_and_a_list_headed_danh_sach():
    text = ("Ngày 4/9, Tổng công ty quyết định tặng giấy khen và tiền thưởng 3 triệu đồng cho anh Hồ Văn Rớt - nhân "
            "viên bưu cục Sa Thầy vì trả lại tài sản. Chủ tịch UBND thành phố trao tặng Bằng khen cho các tập thể có "
            "thành tích trong phòng chống bão. Danh sách được khen thưởng gồm: Công an thành phố Tam Kỳ; Điện lực Tam "
            "Kỳ; Đội Cứu nạn số 2.")
    assert _named(text) == [("giay_khen", "ca_nhan", 1, ["Hồ Văn Rớt"]),
                            ("bang_khen_bo_tinh", "tap_the", 3,
                             ["Công an thành phố Tam Kỳ", "Điện lực Tam Kỳ", "Đội Cứu nạn số 2"])]


def test_a_department_named_with_a_comma_is_one_unit_and_a_players_position_is_no_part_of_the_name():
    text = ("UBND tỉnh tặng Bằng khen cho Sở Văn hóa, Thể thao và Du lịch, Trường THPT Bắc Sơn và Phòng Văn hóa, Khoa "
            "học và Thông tin huyện Văn Lãng. Dịp này, 2 cầu thủ được Chủ tịch UBND tỉnh tặng Bằng khen gồm: Tiền vệ "
            "Mạc Văn Hào (số 8) và Thủ môn Vi Văn Tài.")
    assert _named(text) == [
        ("bang_khen_bo_tinh", "tap_the", 3, ["Sở Văn hóa, Thể thao và Du lịch", "Trường THPT Bắc Sơn",
                                              "Phòng Văn hóa, Khoa học và Thông tin huyện Văn Lãng"]),
        ("bang_khen_bo_tinh", "ca_nhan", 2, ["Mạc Văn Hào", "Vi Văn Tài"])]


def test_a_form_given_dot_xuat_names_who_it_is_for_and_a_hyphenated_foreign_name_stays_whole():
    text = ("UBND huyện tặng giấy khen đột xuất cho anh Lò Văn Tâm - Phó Chỉ huy trưởng Ban CHQS xã Mường Mô. "
            "Chủ tịch UBND tỉnh đã trao Huân chương Hữu nghị cho 2 cá nhân là đồng chí Sổm-phết Vông-xa - Phó Tỉnh "
            "trưởng và đồng chí Bun-lắp Khăm-pha - Ủy viên Ban Thường vụ. Công an tỉnh trao thưởng đột xuất cho Đội "
            "Cảnh sát hình sự và Đội Cảnh sát kinh tế.")
    assert _named(text) == [("giay_khen", "ca_nhan", 1, ["Lò Văn Tâm"]),
                            ("huan_chuong_huu_nghi", "ca_nhan", 2, ["Sổm-phết Vông-xa", "Bun-lắp Khăm-pha"]),
                            ("khen_thuong", "tap_the", 2, ["Đội Cảnh sát hình sự", "Đội Cảnh sát kinh tế"])]


def test_a_person_whose_family_name_also_heads_units_is_a_person_before_a_role():
    text = ("Bộ trưởng đã trao danh hiệu Thầy thuốc Nhân dân cho 2 bác sĩ gồm: PGS.TS.BS Đoàn Văn Khoa, Phó Hiệu "
            "trưởng Trường Đại học Y Thái Bình; GS.TS Hà Thị Mơ, Giám đốc Bệnh viện Phổi.")
    assert _named(text) == [("thay_thuoc_nhan_dan", "ca_nhan", 2, ["Đoàn Văn Khoa", "Hà Thị Mơ"])]


def test_a_list_line_holding_two_people_joined_by_va_names_both():
    text = ("Theo đó, 3 cá nhân được đề nghị xét tặng danh hiệu Nhà giáo Ưu tú bao gồm:\n"
            "Cô Lò Thị Lan và cô Hà Thị Mai, giáo viên Trường THPT Mường Tè.\n"
            "Thầy Vi Văn Khánh, Hiệu trưởng Trường THCS Nậm Hàng.\n")
    assert _named(text) == [("nha_giao_uu_tu", "ca_nhan", 3, ["Lò Thị Lan", "Hà Thị Mai", "Vi Văn Khánh"])]


def test_a_rank_after_a_quoted_order_and_names_marked_with_bracketed_numbers():
    text = ("Ủy ban Kiểm tra đề nghị khen thưởng như sau:\n\n1. Đề nghị tặng “Huân chương Lao động” hạng Nhì:\n\n"
            "(1) Đồng chí Lục Văn Sùng, Phó Chủ nhiệm Ủy ban Kiểm tra,\n\n(2) Đồng chí Nông Thị Thoa, Ủy viên Ủy ban.\n")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "ca_nhan", 2, ["Lục Văn Sùng", "Nông Thị Thoa"])]


def test_a_reward_to_the_forces_listed_after_a_colon_and_a_command_after_a_comma_is_a_unit_of_its_own():
    text = ("Ngày 5/2, Thứ trưởng Bộ Công an gửi thư khen và tặng thưởng các lực lượng: Cục Cảnh sát Điều tra tội "
            "phạm về ma túy (Bộ Công an), Công an tỉnh Lai Châu, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Cục Hải quan "
            "tỉnh Lai Châu.")
    assert _named(text) == [("khen_thuong", "tap_the", 4, [
        "Cục Cảnh sát Điều tra tội phạm về ma túy (Bộ Công an)", "Công an tỉnh Lai Châu",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Cục Hải quan tỉnh Lai Châu"])]


def test_a_clause_that_looked_like_a_subject_names_no_recipient():
    text = ("Ngày 12/5, UBND huyện và Ủy ban MTTQ huyện Mường Nhé tổ chức lễ đón nhận Huân chương Lao động hạng Ba "
            "của Chủ tịch nước. Đại diện lãnh đạo Bộ Chỉ huy BĐBP tỉnh Điện Biên nhận Huân chương Chiến công hạng "
            "Nhì thay cho đơn vị.")
    named = [name for entry in _named(text) for name in entry[3]]
    assert not [n for n in named if n.startswith("Đại diện") or n.endswith("tổ chức")]


def test_the_names_after_a_headlines_count_are_read_past_the_pages_dateline():
    text = ("Trao Bằng khen đột xuất cho 2 cá nhân dũng cảm bắt kẻ trộm\n"
            "Đời sống - Ngày đăng : 08:15, 03/04/2031\n"
            "Đó là ông Đỗ Văn Tín, ở ngõ 8, phố Lò Sũ; anh Tạ Văn Kha, ở phường Phúc Xá.\n")
    assert [(a["count"], a["named"]) for a in extract_awards(make_document(text))] == [
        (2, ["Đỗ Văn Tín", "Tạ Văn Kha"])]


def test_what_a_person_does_before_another_person_in_a_comma_list_is_said_of_the_first():
    text = ("Sở Y tế còn tặng giấy khen cho hai bác sĩ của bệnh viện là bác sĩ CK1 Phạm Thanh Hòa, phụ trách khoa "
            "ngoại, và bác sĩ CK2 Lê Văn Tám, phụ trách khoa nội.")
    assert _named(text) == [("giay_khen", "ca_nhan", 2, ["Phạm Thanh Hòa", "Lê Văn Tám"])]


def test_two_people_sharing_where_they_live_in_a_semicolon_list_are_both_named():
    text = ("5 nghệ nhân được phong tặng danh hiệu Nghệ nhân ưu tú gồm: Lò Văn Mạnh ở bản Pá Khoang; Hà Thị Lụa, "
            "Vì Văn Chinh ở xã Mường Phăng (Điện Biên); Lường Văn Tiến của đội xòe bản Noong Bua; Cầm Thị Ánh.")
    assert _named(text) == [("nghe_nhan_uu_tu", "ca_nhan", 5,
                             ["Lò Văn Mạnh", "Hà Thị Lụa", "Vì Văn Chinh", "Lường Văn Tiến", "Cầm Thị Ánh"])]


def test_a_household_named_by_its_couple_gives_both_names():
    text = ("Hội đồng đề nghị truy tặng Huân chương Độc lập hạng Ba cho 2 gia đình: ông Trịnh Văn Lực - bà Hồ Thị "
            "Sen (xã Sơn Tây, huyện Hương Kỳ), ông Lê Hữu Tài - bà Đậu Thị Na (xã Sơn Lâm, huyện Hương Kỳ).")
    assert _named(text) == [("huan_chuong_doc_lap_hang_ba", "ho_gia_dinh", 2,
                             ["Trịnh Văn Lực", "Hồ Thị Sen", "Lê Hữu Tài", "Đậu Thị Na"])]


def test_a_person_written_after_a_role_and_a_dash_with_an_honorific_is_the_next_name():
    text = ("Các giáo viên được đề nghị tặng Bằng khen gồm: hiệu trưởng trường Tiểu học Hòa Bình – Đỗ Thị Vân, "
            "giáo viên trường THCS Lạc Long – bà Vũ Thị Mơ, hiệu trưởng trường Mầm non Hoa Sen – ông Phan Văn Cừ.")
    assert [a["named"] for a in extract_awards(make_document(TITLE + text))] == [
        ["Đỗ Thị Vân", "Vũ Thị Mơ", "Phan Văn Cừ"]]


def test_a_family_written_with_a_capital_is_named_by_its_head_people():
    text = ("Tỉnh hoàn thiện hồ sơ đề nghị tặng Huân chương Độc lập hạng Ba cho Gia đình ông Hà Quang Lộc, bà Tạ "
            "Thị Mận - xã Đông Sơn, huyện Lạc Thủy có con một là liệt sĩ.")
    assert [a["named"] for a in extract_awards(make_document(TITLE + text))] == [["Hà Quang Lộc", "Tạ Thị Mận"]]


def test_a_department_after_and_is_not_glued_to_the_department_before():
    text = ("Bệnh viện có 03 tập thể được công nhận Tập thể lao động xuất sắc gồm: Phòng Điều dưỡng, Khoa Hồi sức "
            "và khoa Dinh dưỡng Lâm sàng.")
    named = [n for a in extract_awards(make_document(TITLE + text)) for n in a["named"]]
    assert named[:2] == ["Phòng Điều dưỡng", "Khoa Hồi sức"]


def test_a_head_followed_by_hoc_is_a_common_noun_not_a_unit():
    text = ("Cùng với Bộ Tư pháp, Viện Nghiên cứu Biển là 2 đơn vị tiêu biểu, dẫn đầu phong trào thi đua của Khối "
            "Thi đua các Bộ, ngành Khoa học - Giáo dục - Y tế (*) đã được 100% đơn vị trong Khối suy tôn và được Thủ "
            "tướng Chính phủ tặng Cờ thi đua của Chính phủ.")
    assert "Khoa học - Giáo dục - Y tế" not in [n for a in extract_awards(make_document(TITLE + text))
                                                for n in a["named"]]


def test_a_police_section_followed_by_its_force_after_a_comma_is_one_unit():
    text = "Công an tỉnh tặng Giấy khen cho Đội Cảnh sát hình sự, Công an huyện Mường Tè và Đồn Biên phòng Ka Lăng."
    assert _named(text) == [("giay_khen", "tap_the", 2, ["Đội Cảnh sát hình sự, Công an huyện Mường Tè",
                                                         "Đồn Biên phòng Ka Lăng"])]


def test_a_section_that_already_names_its_force_does_not_swallow_the_next_force_in_a_list():
    text = ("Bộ Công an tặng Bằng khen cho 3 tập thể: Phòng Cảnh sát giao thông Công an tỉnh Sơn Vĩ, Công an huyện "
            "Nà Hẩu, Đồn Biên phòng Pa Vây Sử.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 3, [
        "Phòng Cảnh sát giao thông Công an tỉnh Sơn Vĩ", "Công an huyện Nà Hẩu", "Đồn Biên phòng Pa Vây Sử"])]


def test_a_doctor_of_science_and_a_rarer_family_name_are_read_as_people():
    text = ("Hội đồng đề nghị tặng Giải thưởng Nhà nước cho 2 nhà khoa học gồm: TSKH. Hoàng Văn Tiến (Viện Địa lý) "
            "và Luyện Thị Hằng (52 tuổi, Viện Sinh thái).")
    assert [a["named"] for a in extract_awards(make_document(TITLE + text))] == [["Hoàng Văn Tiến", "Luyện Thị Hằng"]]


def test_a_flag_named_by_what_it_honours_and_a_credit_fund_are_read():
    text = ("Nhân dịp này, Liên minh Hợp tác xã tỉnh trao cờ đơn vị xuất sắc của UBND tỉnh cho hai đơn vị dẫn đầu "
            "phong trào thi đua là Hợp tác xã Tân Phong huyện Ia Pa và Quỹ tín dụng nhân dân xã Ia Kha.")
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 2,
                             ["Hợp tác xã Tân Phong huyện Ia Pa", "Quỹ tín dụng nhân dân xã Ia Kha"])]


def test_a_heroic_mother_and_a_grant_written_with_toi():
    text = "Chủ tịch Hội LHPN tỉnh đã trao bằng khen tới Mẹ VNAH Lò Thị Bay (90 tuổi) ở xã Nậm Cang."
    assert [a["named"] for a in extract_awards(make_document(TITLE + text))] == [["Lò Thị Bay"]]


def test_the_next_sentence_opening_with_cu_the_gom_names_the_count_without_a_colon():
    text = ("Chủ tịch nước ký quyết định truy tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân cho 2 cá nhân. "
            "Cụ thể gồm trung tướng Lê Văn Tám - nguyên tổ trưởng Tổ chiến sự, và đại tá Trần Văn Chín - nguyên "
            "chỉ huy trưởng.")
    assert _named(text) == [("anh_hung_luc_luong_vu_trang_nhan_dan", "ca_nhan", 2, ["Lê Văn Tám", "Trần Văn Chín"])]


def test_a_reason_opened_by_do_co_ends_the_name_even_before_a_quotation():
    text = ("Ngày 5/7, UBND huyện đã trao thưởng đột xuất cho bà Hà Thị Mai Lan (48 tuổi, bản Na Hu) do có hành "
            "động đẹp \"nhặt được của rơi, trả lại cho người đánh mất\".")
    assert [a["named"] for a in extract_awards(make_document(TITLE + text))] == [["Hà Thị Mai Lan"]]


def test_a_form_handed_with_a_reward_names_the_person_after_va_thuong():
    text = ("Sở GD&ĐT đã tặng giấy khen kèm phần thưởng cho em Quyên. Chiều 20-10, UBND xã Nậm Tăm đã làm lễ "
            "tuyên dương, tặng giấy khen và thưởng em Lò Văn Mạnh (lớp 12C6 Trường THPT Sìn Hồ) đã có hành động "
            "dũng cảm cứu người.")
    assert [a["named"] for a in extract_awards(make_document(TITLE + text))] == [["Quyên"], ["Lò Văn Mạnh"]]


def test_a_district_after_a_commune_in_the_subject_says_where_the_commune_is():
    text = ("Sáng 20-1, Đảng bộ, chính quyền và nhân dân xã Hòa Bình, huyện Kỳ Sơn (tỉnh Hòa Lâm) tổ chức đón nhận "
            "Huân chương Lao động hạng Nhì.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "dia_phuong", 1,
                             ["Đảng bộ, chính quyền và nhân dân xã Hòa Bình"])]


def test_a_province_named_bare_receives_as_a_locality():
    text = ("Lai Châu đón nhận Huân chương Hồ Chí Minh\n\nTối 6/1, tỉnh tổ chức lễ kỷ niệm 20 năm chia tách, thành "
            "lập tỉnh.\n\nPhát biểu tại buổi lễ, ông Giàng A Tông điểm lại chặng đường phát triển.")
    assert [(a["code"], a["recipient"], a["named"]) for a in extract_awards(make_document(text))] == [
        ("huan_chuong_ho_chi_minh", "dia_phuong", ["Lai Châu"])]


def test_people_of_a_body_listed_after_gom_with_their_roles_first_are_named_as_many_as_counted():
    text = ("Phó Thủ tướng đã trao tặng Huân chương Lao động hạng Ba cho 2 cá nhân thuộc Kho bạc Nhà nước gồm "
            "Trưởng ban Kế toán Lò Văn Thịnh và Phó Vụ trưởng Vụ Pháp chế Hà Thị Quyên vì thành tích xuất sắc.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 2, ["Lò Văn Thịnh", "Hà Thị Quyên"])]


def test_a_form_and_a_cash_reward_joined_by_va_go_to_the_same_units():
    text = ("Giám đốc Công an tỉnh đã trao giấy khen và thưởng nóng cho tập thể Phòng Cảnh sát kinh tế và Công an "
            "huyện Nà Hang về thành tích xuất sắc.")
    assert [(a["code"], a["named"]) for a in extract_awards(make_document(TITLE + text))] == [
        ("giay_khen", ["Phòng Cảnh sát kinh tế", "Công an huyện Nà Hang"]),
        ("khen_thuong", ["Phòng Cảnh sát kinh tế", "Công an huyện Nà Hang"])]


def test_a_commune_police_after_a_section_is_a_unit_of_its_own_and_other_units_are_listed_after_khac_gom():
    text = ("Bộ Công an cũng khen thưởng ba đơn vị khác gồm Phòng 5, Cục Cảnh sát kinh tế, Phòng Cảnh sát cơ động "
            "và Công an xã Nà Nghịu.")
    assert _named(text) == [("khen_thuong", "tap_the", 3,
                             ["Phòng 5, Cục Cảnh sát kinh tế", "Phòng Cảnh sát cơ động", "Công an xã Nà Nghịu"])]


def test_a_whole_list_on_the_line_below_gom_names_every_semicolon_item():
    text = ("Bộ Quốc phòng truy tặng Huân chương Chiến công hạng Ba cho 3 liệt sĩ gồm:\n\n"
            "Thượng úy Hà Văn Khải, trung đội trưởng; Hạ sĩ Lù Văn Pọm, chiến sĩ; Binh nhất Đinh Công Sáng, "
            "chiến sĩ (cùng ở Đại đội 2, Tiểu đoàn 8).")
    assert _named(text) == [("huan_chuong_chien_cong_hang_ba", "ca_nhan", 3,
                             ["Hà Văn Khải", "Lù Văn Pọm", "Đinh Công Sáng"])]


def test_numbered_lines_each_holding_a_unit_and_its_reason_after_a_semicolon_stay_one_unit_a_line():
    text = ("UBND tỉnh tặng Cờ thi đua cho 02 tập thể, gồm:\n"
            "1. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Mường Tè; đã dẫn đầu phong trào thi đua Khối 2;\n"
            "2. Phòng Tư pháp huyện Mường Tè; đã dẫn đầu phong trào thi đua Khối 5./.")
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 2,
                             ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Mường Tè", "Phòng Tư pháp huyện Mường Tè"])]


def test_people_counted_as_fallen_soldiers_of_a_battalion_are_people_not_the_battalion():
    text = ("Chủ tịch nước truy tặng Huân chương Chiến công hạng Ba cho 4 liệt sĩ thuộc Tiểu đoàn 9, Lữ đoàn 6, "
            "Quân khu 2 vì thành tích đặc biệt xuất sắc.")
    assert _named(text) == [("huan_chuong_chien_cong_hang_ba", "ca_nhan", 4, [])]


def test_a_photo_credit_in_brackets_is_no_part_of_the_units_name():
    text = "Phó Thủ tướng trao Huân chương Lao động hạng Nhì cho tập thể Trường Cao đẳng Y tế Sơn La (Ảnh: TTXVN)."
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Trường Cao đẳng Y tế Sơn La"])]


def test_a_title_written_after_a_subjects_name_without_a_comma_ends_the_name():
    text = "Nhân dịp này, đồng chí Vàng Thị Nhung Tổng Biên tập được Bộ trưởng Bộ Tư pháp tặng Bằng khen."
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Vàng Thị Nhung"])]


def test_words_of_time_opening_the_sentence_are_no_part_of_its_subject():
    text = "Từ khi thành lập đến nay Trường Mầm non Hoa Ban đã được Chủ tịch UBND tỉnh tặng Bằng khen."
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 1, ["Trường Mầm non Hoa Ban"])]


def test_a_unit_said_to_be_one_of_a_counted_group_is_named_among_the_group():
    text = ("Hợp tác xã Chè Tân Cương vinh dự trở thành một trong chín tập thể được nhận Cờ thi đua của Chính phủ "
            "năm nay.")  # one statement: the nine, of which it names one
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 9, ["Hợp tác xã Chè Tân Cương"])]


def test_a_unit_one_of_a_group_is_not_read_as_a_person_for_a_surname_in_its_name():
    text = "Bệnh viện Đa khoa Hà Đông là một trong 4 đơn vị được tặng Bằng khen của Bộ trưởng Bộ Y tế."
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 4, ["Bệnh viện Đa khoa Hà Đông"])]


def test_a_unit_whose_head_is_written_in_lower_case_is_named_as_written():
    text = "Thứ trưởng đã trao Cờ thi đua của Chính phủ cho trường Tiểu học thị trấn Mường Lát."
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 1, ["trường Tiểu học thị trấn Mường Lát"])]


def test_a_sector_written_in_lower_case_is_no_unit():
    text = "Dịp này, Chủ tịch UBND tỉnh trao Bằng khen cho ngành Y tế huyện Mường Lát."
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 1, [])]


def test_a_noun_for_the_person_between_the_honorific_and_the_name_is_no_part_of_the_name():
    text = "Chủ tịch UBND xã tặng giấy khen cho em học sinh Quàng Văn Tới vì đã dũng cảm cứu bạn."
    assert _named(text) == [("giay_khen", "ca_nhan", 1, ["Quàng Văn Tới"])]


def test_highland_names_of_one_word_with_an_apostrophe_are_people_in_a_list():
    text = ("Theo đó, 5 nghệ nhân được đề nghị xét tặng danh hiệu Nghệ nhân Ưu tú gồm K’Dương, K’Lim (huyện Di Linh); "
            "Ya Sơn (huyện Lạc Dương) và Ma Hoa, Ya Trăng (huyện Đức Trọng).")
    assert _named(text) == [("nghe_nhan_uu_tu", "ca_nhan", 5, ["K’Dương", "K’Lim", "Ya Sơn", "Ma Hoa", "Ya Trăng"])]


def test_a_group_given_one_award_and_listed_by_its_members_names_each_member():
    text = ("Chủ tịch UBND tỉnh đã tặng Bằng khen cho nhóm tác giả giống cà phê TR15 gồm kỹ sư Đinh Văn Lực, "
            "Tiến sĩ Hà Thị Mận và Thạc sĩ Lương Văn Khởi.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 3, ["Đinh Văn Lực", "Hà Thị Mận", "Lương Văn Khởi"])]


def test_a_person_named_before_a_count_of_people_all_named_joins_them():
    text = ("Tỉnh đoàn đã trao tặng huy hiệu “Tuổi trẻ dũng cảm” cho anh Vi Văn Khoa (41 tuổi, trú xã Yên Lạc) và hai "
            "em Hoàng Minh Đức (16 tuổi), Lục Văn Tiến (15 tuổi, cùng trú xã Yên Lạc).")
    assert _named(text) == [("other_org_award", "ca_nhan", 3, ["Vi Văn Khoa", "Hoàng Minh Đức", "Lục Văn Tiến"])]


def test_a_unit_named_before_a_count_of_people_stays_an_entry_of_its_own():
    text = "UBND tỉnh tặng Bằng khen cho Trường THPT Bắc Mê và 3 cá nhân có thành tích xuất sắc."
    assert sorted(_named(text)) == [("bang_khen_bo_tinh", "ca_nhan", 3, []),
                                    ("bang_khen_bo_tinh", "tap_the", 1, ["Trường THPT Bắc Mê"])]


def test_a_list_of_the_counted_units_after_a_photo_caption_names_them():
    text = ("UBND tỉnh tặng Bằng khen cho 3 tập thể có thành tích trong truy bắt nhóm cướp tiệm vàng.\n\n"
            "Nhóm đối tượng bị bắt giữ tại bến xe phía Nam sau hai ngày lẩn trốn.\n\n"
            "Các tập thể gồm: Phòng Cảnh sát hình sự; Công an thị xã Sa Pa và Công an xã Bản Hồ.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 3,
                             ["Phòng Cảnh sát hình sự", "Công an thị xã Sa Pa", "Công an xã Bản Hồ"])]


def test_a_party_committee_government_and_people_written_with_nguoi_dan_is_one_locality():
    text = "Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Đảng bộ, chính quyền và người dân huyện Mường Khương."
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "dia_phuong", 1,
                             ["Đảng bộ, chính quyền và người dân huyện Mường Khương"])]


def test_crews_described_in_lower_case_are_units_when_the_count_matches_the_semicolon_items():
    text = ("UBND tỉnh tặng Bằng khen cho 4 tập thể, gồm: Đồn Biên phòng Sa Huỳnh; thuyền viên tàu cá QNg 41207TS; "
            "tập thể tàu kiểm ngư KN-271 (Quảng Nam); Trạm Y tế xã Phổ Thạnh.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 4, [
        "Đồn Biên phòng Sa Huỳnh", "thuyền viên tàu cá QNg 41207TS", "tập thể tàu kiểm ngư KN-271 (Quảng Nam)",
        "Trạm Y tế xã Phổ Thạnh"])]


def test_a_second_person_named_after_the_first_ones_reason_is_named_too():
    text = ("Chủ tịch UBND thị xã đã tặng giấy khen cho anh Hà Văn Thắm, ở phường Tân Hà, do đã trả lại tài sản "
            "nhặt được và Thượng úy Lê Quang Vĩnh, cán bộ Công an phường Tân Hà do đã tích cực giúp đỡ người dân.")
    assert _named(text) == [("giay_khen", "ca_nhan", 2, ["Hà Văn Thắm", "Lê Quang Vĩnh"])]


def test_people_inside_the_reason_are_not_recipients():
    text = "Chủ tịch UBND huyện tặng giấy khen cho anh Vi Văn Hòa vì đã cứu sống bà Lò Thị Ngọt và ông Lò Văn Sáu."
    assert _named(text) == [("giay_khen", "ca_nhan", 1, ["Vi Văn Hòa"])]


def test_the_roman_numeral_of_a_term_in_a_persons_role_is_no_recipient():
    text = ("Danh hiệu “Công dân Mường Thanh tiêu biểu” được trao cho hai cá nhân gồm: Ông Lò Văn Pâng - nguyên Phó "
            "Chủ tịch Quốc hội khóa XI, XII (quê quán xã Thanh Nưa).")
    assert _named(text) == [("other_org_award", "ca_nhan", 2, ["Lò Văn Pâng"])]


def test_a_labour_unions_named_prize_is_an_organisations_award_with_its_winners():
    text = ("8 công nhân được trao Giải thưởng Tôn Đức Thắng gồm: Ông Lê Văn Sáng, Công ty Điện lực Yên Bái; "
            "Bà Hà Thị Nụ, Công ty Chè Trấn Yên.")
    assert _named(text) == [("other_org_award", "ca_nhan", 8, ["Lê Văn Sáng", "Hà Thị Nụ"])]


def test_words_of_praise_between_a_form_and_its_recipients_keep_the_names_on_the_form():
    text = ("Hội đồng Đội huyện vừa trao tặng giấy khen, tuyên dương và khen thưởng cho em Lò Văn Tường và "
            "Lò Thị Mỷ, học sinh lớp 4B, vì đã nhặt được của rơi.")
    assert _named(text) == [("giay_khen", "ca_nhan", 2, ["Lò Văn Tường", "Lò Thị Mỷ"])]


def test_teachers_counted_as_thay_co_giao_are_people_named_in_the_next_sentence():
    text = ("60 thầy, cô giáo tiêu biểu nhận Bằng khen của Bộ trưởng Bộ GD&ĐT. Đó là các thầy, cô giáo: Lò Văn Túc, "
            "Trường PTDTBT Mường Mươn; Hà Thị Tuyết, Trường THCS Na Sang.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 60, ["Lò Văn Túc", "Hà Thị Tuyết"])]


def test_an_honorific_then_a_role_then_the_name_gives_the_name_alone():
    text = ("Tại lễ kỷ niệm, công ty được tặng Huân chương Lao động hạng Ba, đồng chí Giám đốc Lương Văn Đệ được tặng "
            "Bằng khen của Thủ tướng Chính phủ.")
    assert ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 1, ["Lương Văn Đệ"]) in _named(text)


def test_the_place_of_an_art_form_before_a_name_is_no_part_of_it():
    text = "Đồng thời, cố nghệ nhân hát xoan Phú Thọ Nông Thị Lự cũng được Chủ tịch nước truy tặng danh hiệu Nghệ nhân Nhân dân."
    assert [a["named"] for a in extract_awards(make_document(TITLE + text))] == [["Nông Thị Lự"]]


def test_a_subject_given_a_form_by_the_party_and_the_state_is_named():
    text = "Với những đóng góp ấy, Hội Nông dân tỉnh Sơn La vinh dự được Đảng, Nhà nước tặng Huân chương Lao động hạng Nhì."
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Hội Nông dân tỉnh Sơn La"])]


def test_dot_xuat_before_the_giver_still_opens_the_recipient():
    text = "Trưởng Công an huyện cho biết, vừa trao giấy khen đột xuất của UBND huyện Mộc Châu tặng ông Hà Văn Tươi (ngụ bản Áng)."
    assert _named(text) == [("giay_khen", "ca_nhan", 1, ["Hà Văn Tươi"])]


def test_the_unit_whose_anniversary_ceremony_receives_the_form_is_named():
    text = ("Chiều 8/1/2031, tại Hà Nội, Phó Thủ tướng dự Lễ kỷ niệm 60 năm thành lập Tổng Công ty Dệt Nam Hà "
            "(1971-2031) và đón nhận Huân chương Lao động hạng Nhất.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhat", "tap_the", 1, ["Tổng Công ty Dệt Nam Hà"])]


def test_an_anniversary_of_a_unit_named_by_its_head_alone_names_no_recipient():
    text = "Sáng 5/3, Viện Lúa tổ chức kỷ niệm 50 năm ngày thành lập Viện và đón nhận Huân chương Độc lập hạng Nhì."
    assert [a["named"] for a in extract_awards(make_document(TITLE + text))] != [["Viện"]]


def test_a_photo_credit_colon_after_a_plural_recipient_opens_no_names():
    text = ("Đại tá Lò Văn Thắng, Giám đốc Công an tỉnh, trao khen thưởng đột xuất cho các đơn vị thuộc Công an tỉnh "
            "ẢNH: T.L")
    assert all("T.L" not in names for *_, names in _named(text))


def test_two_people_joined_by_a_dash_written_close_are_both_named():
    text = "Hai phóng viên Báo Lai Châu là Lò Văn Tâm- Vàng Thị Hoa vừa được nhận Bằng khen của Bộ Thông tin và Truyền thông."
    assert ("bang_khen_bo_tinh", "ca_nhan", 2, ["Lò Văn Tâm", "Vàng Thị Hoa"]) in _named(text)


def test_the_cooperative_star_prize_is_an_organisations_award_with_its_winners():
    text = "Năm nay, HTX Nông nghiệp Tân Phong vinh dự được nhận Ngôi sao HTX của Liên minh Hợp tác xã Việt Nam."
    assert _named(text) == [("other_org_award", "tap_the", 1, ["HTX Nông nghiệp Tân Phong"])]


def test_heads_of_village_front_committees_counted_are_people():
    text = "Ủy ban MTTQ tỉnh trao Bằng khen cho 120 trưởng ban công tác Mặt trận tiêu biểu giai đoạn 2030 - 2035."
    assert [(c, r, n) for c, r, n, _ in _named(text)] == [("other_org_award", "ca_nhan", 120)]  # the Front's own


def test_a_semicolon_list_of_units_may_join_its_last_two_with_va():
    text = ("UBND tỉnh tặng Bằng khen cho 4 tập thể có thành tích đột xuất.\n\n"
            "Các tập thể gồm: Đội Trinh sát - Công an huyện Mai Sơn; Công an xã Chiềng Ban - huyện Mai Sơn; "
            "Đội Phòng chống tội phạm ma túy, mua bán người - Phòng Cảnh sát Hình sự, Công an tỉnh Sơn La và "
            "Công an huyện Yên Châu.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 4, [
        "Đội Trinh sát - Công an huyện Mai Sơn", "Công an xã Chiềng Ban - huyện Mai Sơn",
        "Đội Phòng chống tội phạm ma túy, mua bán người - Phòng Cảnh sát Hình sự, Công an tỉnh Sơn La",
        "Công an huyện Yên Châu"])]


def test_a_later_sentence_repeating_a_count_of_a_noun_pair_lists_them():
    text = ("Huyện đoàn tặng giấy khen cho 3 đoàn viên, thanh niên. 3 đoàn viên, thanh niên đã dũng cảm dập lửa cứu "
            "nhà dân là Trịnh Văn Lộc (22 tuổi); Hà Minh Đức (25 tuổi), đoàn viên Chi đoàn thôn Đông; và Vi Thị Hằng "
            "(19 tuổi).")
    assert _named(text) == [("giay_khen", "ca_nhan", 3, ["Trịnh Văn Lộc", "Hà Minh Đức", "Vi Thị Hằng"])]


def test_staff_are_people_counted_and_named_in_the_next_sentence():
    text = ("Chiều 5.3, Chủ tịch UBND huyện đã trao tặng giấy khen cho 2 nhân viên bảo vệ chợ vì đã trả lại tài sản "
            "nhặt được.\n\nHai nhân viên này là ông Hồ Văn Lành (52 tuổi) và ông Châu Minh Quý (47 tuổi, cùng ở khối 3).")
    assert _named(text) == [("giay_khen", "ca_nhan", 2, ["Hồ Văn Lành", "Châu Minh Quý"])]


def test_a_later_sentence_repeating_a_count_in_words_lists_pupils_with_their_classes():
    text = ("Tỉnh đoàn đã trao tặng huy hiệu Tuổi trẻ dũng cảm cho ba học sinh ở huyện Quan Sơn.\n"
            "Sáng 9-5, Tỉnh đoàn cho biết đã được ủy quyền trao tặng huy hiệu Tuổi trẻ dũng cảm cho ba học sinh cứu "
            "bạn bị đuối nước.\n"
            "Trước đó, chiều 12-4, ba học sinh gồm Lò Văn Tươi, lớp 6, Hà Thị Mơ, lớp 8 và Vi Văn Khánh, lớp 9 (cùng "
            "trường THCS Sơn Điện) đi tắm suối.")
    assert _named(text) == [("other_org_award", "ca_nhan", 3, ["Lò Văn Tươi", "Hà Thị Mơ", "Vi Văn Khánh"])]


def test_the_ceremony_where_a_unit_receives_its_award_is_no_part_of_its_name():
    text = ("Thay mặt lãnh đạo Đảng, Nhà nước, ông Lò Văn Hưng trao tặng Huân chương Lao động hạng Nhất cho Đảng bộ, "
            "chính quyền và Nhân dân huyện Sìn Hồ tại Lễ kỷ niệm 60 năm thành lập huyện.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhat", "dia_phuong", 1,
                             ["Đảng bộ, chính quyền và Nhân dân huyện Sìn Hồ"])]


def test_a_place_ending_in_a_family_name_stays_with_the_unit_before_the_persons_name():
    text = "UBND tỉnh tặng Bằng khen cho Phó Đồn trưởng Đồn Biên phòng Cửa Lò Trần Văn Sáu vì cứu ngư dân gặp nạn."
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Trần Văn Sáu"])]
    four_words = "UBND tỉnh tặng Bằng khen cho Giám đốc Bệnh viện Sơn Vĩ Nguyễn Thị Minh Khai vì thành tích xuất sắc."
    assert _named(four_words) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Nguyễn Thị Minh Khai"])]


def test_what_the_text_says_of_a_receiving_unit_between_commas_is_no_subject():
    text = ("Sáng 5-9, Trường THCS Chu Văn An (quận Hòa Lâm), ngôi trường mang tên người thầy của muôn đời, vinh "
            "dự đón nhận Huân chương Lao động hạng Nhì do Chủ tịch nước trao tặng.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Trường THCS Chu Văn An"])]
    others = ("Dịp này, 12 tập thể được UBND tỉnh, LĐLĐ tỉnh tặng Bằng khen, biểu dương điển hình và 9 nữ công nhân "
              "được trao giấy khen.")
    assert ("giay_khen", "ca_nhan", 9, []) in _named(others)


def test_the_title_the_listed_people_hold_after_the_form_they_are_proposed_for_is_no_form():
    text = ("Tỉnh có 9 cá nhân nộp hồ sơ, trong đó 3 cá nhân đủ điều kiện để Sở đề xuất lên Hội đồng cấp tỉnh xét tặng "
            "NSND, gồm các NSƯT sau: Lò Văn Pha (diễn viên chèo), Hà Thị Mến (diễn viên múa) và Đinh Văn Lực (nhạc sĩ).")
    assert ("nghe_si_nhan_dan", "ca_nhan", 3, ["Lò Văn Pha", "Hà Thị Mến", "Đinh Văn Lực"]) in _named(text)
    assert not any(code == "nghe_si_uu_tu" for code, *_ in _named(text))
    the_form_itself = ("Đợt này, tỉnh có thêm 3 nghệ nhân được tặng danh hiệu vinh dự này gồm các Nghệ nhân Ưu tú: "
                       "ông Lò Văn Kệ, bà Lê Thị Hường và ông Lai Văn Lầu.")
    assert _named(the_form_itself) == [("nghe_nhan_uu_tu", "ca_nhan", 3, ["Lò Văn Kệ", "Lê Thị Hường", "Lai Văn Lầu"])]


def test_a_few_athletes_named_right_after_their_count_before_their_passive_grant():
    text = ("Theo đó, 2 xạ thủ Đinh Thị Na, Lò Văn Tường được khen thưởng Huân chương Lao động hạng Nhì khi giành huy "
            "chương vàng tại giải vô địch châu Á.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "ca_nhan", 2, ["Đinh Thị Na", "Lò Văn Tường"])]


def test_a_long_description_of_the_plural_recipients_before_their_list():
    text = ("Chủ tịch UBND tỉnh đã trao Bằng khen cho các tập thể có thành tích trong việc phá nhanh vụ cướp tại Quỹ "
            "tín dụng Tân Lập, Chi nhánh Bắc Hòa Lâm ở thôn 3, xã Tân Lập, huyện Mỹ An vào ngày 2/1/2031 gồm: Công an "
            "huyện Mỹ An, Công an thành phố Hòa Lâm và Phòng Cảnh sát hình sự.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 3, [
        "Công an huyện Mỹ An", "Công an thành phố Hòa Lâm", "Phòng Cảnh sát hình sự"])]


def test_the_person_a_presenter_congratulates_after_handing_over_the_form():
    text = ("Ông Vũ Văn Thành, Phó Chủ tịch Viện, trao Huân chương Lao động hạng Ba và chúc mừng PGS.TS. Đỗ Thị "
            "Hằng tại buổi Lễ.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, ["Đỗ Thị Hằng"])]


def test_a_breakdown_by_place_names_the_people_of_each_count():
    text = ("Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 7 nghệ nhân người Ba Na: 04 nghệ nhân tại xã Ia "
            "Pết (huyện Đak Đoa): Đinh Thị Mơ, Đinh Bớt (làng Kon Hra), Đinh Dư, Đinh Văn Hmai; 03 nghệ nhân thị trấn "
            "Kon Dơng (huyện Mang Yang): Đinh Thị Rin, Đinh Uếch, Đinh Brơ.")
    assert _named(text) == [
        ("nghe_nhan_uu_tu", "ca_nhan", 7, []),
        ("nghe_nhan_uu_tu", "ca_nhan", 4, ["Đinh Thị Mơ", "Đinh Bớt", "Đinh Dư", "Đinh Văn Hmai"]),
        ("nghe_nhan_uu_tu", "ca_nhan", 3, ["Đinh Thị Rin", "Đinh Uếch", "Đinh Brơ"])]


def test_a_part_of_the_total_counted_and_named_in_the_next_sentence_takes_its_form():
    text = ("Tỉnh Bắc Kạn có 12 Nghệ nhân ưu tú thuộc 5 lĩnh vực. Trong đó, hát Then có 3 nghệ nhân ở huyện Na Rì, "
            "gồm: Hoàng Văn Chờ, Lương Thị Vân, Đàm Thị Cõn; hát Páo dung, gồm: Triệu Quang Lộc, Bàn Thị Hội.")
    assert _named(text) == [("nghe_nhan_uu_tu", "ca_nhan", 12, []),
                            ("nghe_nhan_uu_tu", "ca_nhan", 3, ["Hoàng Văn Chờ", "Lương Thị Vân", "Đàm Thị Cõn"])]


def test_a_subject_of_people_each_told_where_they_live():
    text = ("Theo đó, ông Lý Văn Quang, ở thôn Tây Hòa và ông Lê Văn Sáu, ở thôn Tây Hải, đặc khu Côn Đảo, được tặng "
            "thưởng Huân chương Dũng cảm vì đã cứu người trong cơn bão.")
    assert _named(text) == [("huan_chuong_dung_cam", "ca_nhan", 2, ["Lý Văn Quang", "Lê Văn Sáu"])]
    bracketed = ("Theo đó, các anh Trần Văn Thu và Trần Văn Bình (cùng là đoàn viên Chi đoàn thôn Cự Lại, xã Phú Hòa) "
                 "đã được Ban Thường vụ Trung ương Đoàn quyết định tặng Huy hiệu \"Tuổi trẻ dũng cảm\".")
    assert _named(bracketed) == [("other_org_award", "ca_nhan", 2, ["Trần Văn Thu", "Trần Văn Bình"])]
    reporter = ("Bà Trương Thị Lan - Chủ tịch Hội Nông dân tỉnh cho biết, tại hội nghị vừa qua, Hội Nông dân tỉnh được "
                "tặng Cờ thi đua của Trung ương Hội.")
    assert all("Trương Thị Lan" not in names for *_, names in _named(reporter))


def test_party_members_each_told_their_birth_year_and_cell_are_the_subjects():
    text = ("Cụ thể, đảng viên Phạm Văn Lộc, sinh năm 1931, Đảng bộ phường Yên Sở được trao tặng Huy hiệu 75 năm tuổi "
            "Đảng; đảng viên Đỗ Gia Thể, sinh năm 1936, Đảng bộ phường Định Công được trao tặng Huy hiệu 70 năm tuổi Đảng.")
    assert _named(text) == [("huy_hieu_dang", "ca_nhan", 1, ["Phạm Văn Lộc"]),
                            ("huy_hieu_dang", "ca_nhan", 1, ["Đỗ Gia Thể"])]


def test_a_late_officer_is_named_without_the_word_for_late():
    text = ("Sáng 19/8, Công an tỉnh tổ chức lễ truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho cố Trung tá Lê Văn "
            "Phước, nguyên cán bộ Phòng Cảnh sát cơ động.")
    assert _named(text) == [("huan_chuong_bao_ve_to_quoc_hang_ba", "ca_nhan", 1, ["Lê Văn Phước"])]


def test_a_count_of_people_named_after_their_common_noun_and_a_colon():
    text = ("Ba cụ được nhận Huy hiệu 75 năm tuổi Đảng là đảng viên: Lê Văn Cẩn, sinh năm 1929, ở xóm 4, xã Hưng Lộc; "
            "Đào Thị Mận, sinh năm 1930, ở xóm 2, xã Hưng Tân; Vũ Văn Thỉnh, sinh năm 1928, ở xóm 7, xã Hưng Lộc.")
    assert _named(text) == [("huy_hieu_dang", "ca_nhan", 3, ["Lê Văn Cẩn", "Đào Thị Mận", "Vũ Văn Thỉnh"])]


def test_a_form_handed_to_the_familys_representative_names_the_person():
    text = ("Thừa ủy quyền của Chủ tịch nước, Giám đốc Công an tỉnh đã trao Huân chương Bảo vệ Tổ quốc hạng Ba cho đại "
            "diện gia đình trung tá Vi Văn Tường.")
    assert _named(text) == [("huan_chuong_bao_ve_to_quoc_hang_ba", "ca_nhan", 1, ["Vi Văn Tường"])]
    unit = "Phó Chủ tịch UBND tỉnh trao Bằng khen cho đại diện Hợp tác xã Tân Phong."
    assert _named(unit) == [("bang_khen_bo_tinh", "tap_the", 1, [])]


def test_a_recipient_called_by_the_given_name_takes_the_full_name_written_before():
    text = ("Anh Đinh Công Khải, tài xế xe buýt, đã trả lại chiếc ví cho hành khách. Chủ tịch UBND huyện tặng giấy "
            "khen cho anh Khải vì việc làm tốt.")
    assert _named(text) == [("giay_khen", "ca_nhan", 1, ["Đinh Công Khải"])]
    two = ("Em Hồ Văn Bình và em Lý Văn Bình cùng cứu bạn. Chủ tịch UBND huyện tặng giấy khen cho em Bình vì đã "
           "cứu bạn.")
    assert _named(two) == [("giay_khen", "ca_nhan", 1, ["Bình"])]


def test_an_adverb_of_constancy_before_the_passive_is_not_part_of_the_name():
    text = "Nhiều năm liền, Hội Nông dân huyện Yên Khê luôn được UBND tỉnh tặng Cờ thi đua xuất sắc."
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 1, ["Hội Nông dân huyện Yên Khê"])]


def test_the_teachers_and_pupils_of_a_school_name_the_school():
    text = "Nhân dịp này, thầy và trò Trường Tiểu học Hòa Lạc vinh dự đón nhận Huân chương Lao động hạng Nhì."
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Trường Tiểu học Hòa Lạc"])]


def test_the_subject_after_a_clause_that_carries_something_out_receives():
    text = ("Sáng 5/6, Đài Phát thanh tỉnh phối hợp Bộ Chỉ huy Quân sự tỉnh tiến hành truyền hình trực tiếp Lễ kỷ "
            "niệm, thực hiện chương trình phát sóng chung và Bộ Chỉ huy Quân sự tỉnh Bình Sơn đón nhận danh hiệu Anh hùng "
            "Lực lượng vũ trang nhân dân.")
    assert _named(text) == [("anh_hung_luc_luong_vu_trang_nhan_dan", "tap_the", 1,
                             ["Bộ Chỉ huy Quân sự tỉnh Bình Sơn"])]


def test_an_attached_files_name_is_no_recipient():
    text = ("Hội đồng thống nhất đề nghị tặng danh hiệu Nghệ nhân ưu tú cho 12 cá nhân.Danh sách đề nghị xét tặng "
            "Nghệ nhân ưu tú:Danh sach de nghi xet tang.docx")
    assert _named(text) == [("nghe_nhan_uu_tu", "ca_nhan", 12, [])]


def test_a_unit_written_by_its_head_alone_is_not_read_inside_a_larger_units_name():
    text = ("Ngày 3/4, Công ty Điện lực Sông Mây tổ chức lễ kỷ niệm 30 năm thành lập. Dự lễ có lãnh đạo Tổng Công ty "
            "Điện lực miền Bắc và đại diện các ban ngành của tỉnh. Phó Chủ tịch UBND tỉnh trao Huân chương Lao động "
            "hạng Ba cho Công ty.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Công ty Điện lực Sông Mây"])]


def test_a_form_opening_the_clause_then_given_to_a_person_names_the_person():
    text = ("Theo đó, Huy hiệu 60 năm tuổi Đảng trao cho đồng chí Lê Văn Khoa, đang sinh hoạt tại chi bộ ấp 2, xã Tân "
            "Hưng và Huy hiệu 50 năm tuổi Đảng trao cho đồng chí Phan Thị Lựu đang sinh hoạt tại chi bộ ấp 5.")
    assert _named(text) == [("huy_hieu_dang", "ca_nhan", 1, ["Lê Văn Khoa"]),
                            ("huy_hieu_dang", "ca_nhan", 1, ["Phan Thị Lựu"])]


def test_a_description_with_a_period_and_years_still_reaches_its_gom_colon():
    text = ("Cụ thể, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam đã khen thưởng 2 hợp tác xã của tỉnh Bình Sơn vì "
            "có thành tích xuất sắc trong 5 năm thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa "
            "ở khu dân cư” giai đoạn 2019 - 2024 gồm: Hợp tác xã Nông nghiệp Tân Lộc, Hợp tác xã Dịch vụ Phú An.")
    assert _named(text)[0][3] == ["Hợp tác xã Nông nghiệp Tân Lộc", "Hợp tác xã Dịch vụ Phú An"]


def test_a_person_receiving_on_behalf_of_the_school_is_no_recipient():
    text = "Cô Trần Thị Mai, Hiệu trưởng nhà trường (bên phải) thay mặt tập thể nhận Huân chương Lao động hạng Ba."
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, [])]


def test_a_generic_reward_naming_as_many_as_a_form_told_before_names_that_form():
    text = ("Tại hội nghị tổng kết, tỉnh có 2 hợp tác xã được tặng Bằng khen. Cụ thể, Ban Thường trực Ủy ban Trung "
            "ương MTTQ Việt Nam đã khen thưởng 2 hợp tác xã của tỉnh Bình Sơn vì có thành tích xuất sắc trong 5 năm "
            "thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư” giai đoạn 2019 - 2024 "
            "gồm: Hợp tác xã Nông nghiệp Tân Lộc, Hợp tác xã Dịch vụ Phú An.")
    assert _named(text) == [
        ("bang_khen_bo_tinh", "tap_the", 2, ["Hợp tác xã Nông nghiệp Tân Lộc", "Hợp tác xã Dịch vụ Phú An"])]


def test_places_of_one_level_written_once_in_a_semicolon_list_are_each_rebuilt():
    text = ("Chủ tịch UBND tỉnh tặng Bằng khen cho 7 tập thể gồm: Sở Tài chính; UBND huyện Tân Yên và thị xã Việt "
            "Thắng; UBND các xã Hòa Lạc (Tân Yên), Phú Hưng (Việt Thắng); thôn Đồng Tâm (Hòa Lạc), Bến Sỏi (Phú Hưng).")
    assert _named(text)[0][3] == ["Sở Tài chính", "UBND huyện Tân Yên", "UBND thị xã Việt Thắng",
                                  "UBND xã Hòa Lạc (Tân Yên)", "UBND xã Phú Hưng (Việt Thắng)",
                                  "thôn Đồng Tâm (Hòa Lạc)", "thôn Bến Sỏi (Phú Hưng)"]


def test_the_day_written_after_a_name_is_not_part_of_it():
    text = "Bí thư Tỉnh ủy trao Huân chương Lao động hạng Nhì cho Công ty Cấp nước Sông Lam ngày 20/11/2023."
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["Công ty Cấp nước Sông Lam"])]


def test_the_party_committees_the_members_belong_to_are_no_recipients():
    text = ("Sáng 19/5, Thường trực Tỉnh ủy tổ chức lễ trao Huy hiệu Đảng cho các đảng viên 40 năm tuổi Đảng trở lên, "
            "thuộc các đảng bộ: huyện Yên Sơn, thành phố Tân Quang.")
    assert all(not names for *_, names in _named(text))


def test_a_schools_board_receiving_stands_for_the_school():
    text = "Ban Giám hiệu nhà trường đón nhận Huân chương Lao động hạng Nhì."
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, [])]


def test_an_acting_director_is_a_role_not_a_second_recipient():
    text = "Bộ trưởng trao bằng khen cho ông Đỗ Minh Quân, Quyền Giám đốc Công ty Cảng Cửa Hội."
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Đỗ Minh Quân"])]


def test_the_prime_minister_handing_over_a_bang_khen_gives_his_own():
    text = "Thủ tướng Phạm Minh Chính trao bằng khen cho ông Đỗ Minh Quân."
    assert _named(text) == [("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 1, ["Đỗ Minh Quân"])]
    of_a_minister = "Thủ tướng Phạm Minh Chính trao bằng khen của Bộ trưởng Bộ Y tế cho ông Đỗ Minh Quân."
    assert _named(of_a_minister)[0][0] == "bang_khen_bo_tinh"


def test_a_reward_for_a_deed_names_the_people_who_did_it():
    text = ("Ban Giám hiệu Trường Cao đẳng Nghề Hòa Bình vừa khen thưởng và biểu dương trong toàn trường về hành động "
            "dũng cảm cứu người của thầy Lâm Văn Tài và thầy Đinh Quốc Bảo.")
    assert _named(text) == [("khen_thuong", "ca_nhan", 2, ["Lâm Văn Tài", "Đinh Quốc Bảo"])]


def test_the_comma_of_rescue_and_relief_is_inside_a_units_name():
    text = ("Giám đốc Công an tỉnh trao Giấy khen cho Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ và Thượng "
            "úy Mai Văn Hòa.")
    assert _named(text) == [("giay_khen", "tap_the", 1, ["Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"]),
                            ("giay_khen", "ca_nhan", 1, ["Mai Văn Hòa"])]


def test_a_title_abbreviation_after_a_verb_of_being_is_dropped_from_the_name():
    text = "Trong đó có NGƯT Lê Thị Ngân được tặng danh hiệu Nhà giáo Nhân dân."
    assert _named(text) == [("nha_giao_nhan_dan", "ca_nhan", 1, ["Lê Thị Ngân"])]


def test_a_vague_number_after_and_ends_the_list():
    text = "Giám đốc Công an tỉnh tặng Giấy khen cho Công an huyện Đông Sơn và một số phòng nghiệp vụ của Công an tỉnh."
    assert _named(text) == [("giay_khen", "tap_the", 1, ["Công an huyện Đông Sơn"])]


def test_among_them_opens_the_clause_before_its_subject():
    text = "Trong số đó có bà Hà Thị Liên được tặng Bằng khen của Thủ tướng Chính phủ."
    assert _named(text) == [("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 1, ["Hà Thị Liên"])]


def test_people_the_page_names_by_initials_after_an_honorific_are_recipients():
    text = ("Theo đó, khen thưởng cho các ông L.V.K (trú xã Ia Pa, tỉnh Gia Lai); ông P.T.B (phường Hội Thương); ông "
            "Đ.V.N (xã Chư Á).")
    assert _named(text) == [("khen_thuong", "ca_nhan", 3, ["L.V.K", "P.T.B", "Đ.V.N"])]


def test_a_count_pointing_back_takes_the_names_given_where_it_was_first_counted():
    text = ("Sáng 9/4, Công an tỉnh trao thư khen của Bộ trưởng tặng 3 công dân tham gia bắt đối tượng truy nã. Đó là "
            "các ông: Lê Văn Thiện (41 tuổi), Trần Hữu Lộc (38 tuổi) và Phan Văn Tín (45 tuổi), cùng trú xã Hòa Mỹ.\\n\\n"
            "Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 3 công dân này.").replace("\\\\n", "\\n")
    assert [a for a in _named(text) if a[0] == "giay_khen"] == [
        ("giay_khen", "ca_nhan", 3, ["Lê Văn Thiện", "Trần Hữu Lộc", "Phan Văn Tín"])]


def test_the_place_a_form_is_given_at_is_not_its_recipient():
    text = "Lễ trao tặng Huy hiệu Đảng cho đảng viên tại xã Mường Khoa."
    assert all("xã Mường Khoa" not in names for *_, names in _named(text))


def test_a_unit_named_after_a_person_is_still_a_unit_with_its_place():
    text = ("Thành phố có 2 tập thể được đề nghị phong tặng danh hiệu Anh hùng Lao động: 1- Trường THCS Trần Quốc "
            "Toản, quận Hoàn Kiếm; 2- Bệnh viện đa khoa Sông Hồng.")
    assert _named(text) == [("anh_hung_lao_dong", "tap_the", 2,
                             ["Trường THCS Trần Quốc Toản, quận Hoàn Kiếm", "Bệnh viện đa khoa Sông Hồng"])]


def test_a_member_university_and_its_university_are_one_recipient():
    text = "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Trường Đại học Nông Lâm, Đại học Thái Nguyên."
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1,
                             ["Trường Đại học Nông Lâm, Đại học Thái Nguyên"])]
    two = "Bộ trưởng tặng Bằng khen cho 2 đơn vị: Đại học Huế, Đại học Vinh."
    assert _named(two) == [("bang_khen_bo_tinh", "tap_the", 2, ["Đại học Huế", "Đại học Vinh"])]


def test_a_pioneer_brigade_of_a_school_named_after_a_person_is_a_unit():
    text = "Liên đội trường Tiểu học Lý Tự Trọng đã được nhận Bằng khen của Trung ương Đoàn."
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 1, ["Liên đội trường Tiểu học Lý Tự Trọng"])]


def test_a_schools_board_written_before_its_name_stands_for_the_school():
    text = "Tập thể Ban lãnh đạo Trường Đại học Sông Hàn đón nhận Huân chương Lao động hạng Ba."
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "tap_the", 1, ["Trường Đại học Sông Hàn"])]


def test_a_provincial_department_of_old_and_its_partner_are_two_units():
    text = ("Bộ Công an tặng Bằng khen cho Bộ Chỉ huy BĐBP tỉnh Lạng Giang và Ty An ninh tỉnh Xiêng Khoảng (Lào) tham "
            "gia Chuyên án 12X.")
    assert _named(text)[0][3] == ["Bộ Chỉ huy BĐBP tỉnh Lạng Giang", "Ty An ninh tỉnh Xiêng Khoảng (Lào)"]


def test_what_the_recipient_is_may_stand_between_cho_and_la_before_the_person():
    text = ("UBND tỉnh đã tặng bằng khen và phần thưởng 5 triệu đồng cho thủ khoa tốt nghiệp THPT năm 2030 của tỉnh là "
            "em Lâm Gia Hân – Trường THPT Phan Bội Châu.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Lâm Gia Hân"])]
    unit_first = ("Chủ tịch UBND tỉnh đã trao Huân chương Chiến công hạng Nhất cho tập thể Công an tỉnh Bình Sơn và hai cá "
                  "nhân là Đại tá Lê Văn Quang; Thượng tá Võ Thanh Hà.")
    assert "Công an tỉnh Bình Sơn" in [n for *_, names in _named(unit_first) for n in names]


def test_a_ship_and_the_formations_it_belongs_to_are_one_recipient():
    text = ("Bộ Tư lệnh Quân chủng Hải quân vừa tặng Bằng khen cho tàu HQ 571 thuộc Hải đội 402, Lữ đoàn 172, Vùng B "
            "Hải quân vì đã cứu nạn ngư dân.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 1,
                             ["tàu HQ 571 thuộc Hải đội 402, Lữ đoàn 172, Vùng B Hải quân"])]
    regiment = "Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho Trung đoàn 925, Sư đoàn Không quân 372."
    assert _named(regiment) == [("huan_chuong_bao_ve_to_quoc_hang_ba", "tap_the", 1,
                                 ["Trung đoàn 925, Sư đoàn Không quân 372"])]


def test_a_group_of_leaders_the_text_does_not_name_one_by_one_is_no_name():
    text = "Các lãnh đạo Bộ Quốc phòng được trao Huân chương Quân công hạng Nhì."
    assert all(not names for *_, names in _named(text))


def test_a_name_ending_the_sentence_with_an_abbreviation_loses_the_full_stop():
    text = "Khối thi đua đề nghị tặng Cờ thi đua của UBND thành phố cho Sở Tư pháp và Thanh tra TP."
    assert _named(text)[0][3] == ["Sở Tư pháp", "Thanh tra TP"]


def test_artists_listed_after_co_by_stage_name_behind_their_craft_are_named():
    text = ("Tại Hà Nội, các nghệ sĩ được phong tặng danh hiệu Nghệ sĩ Nhân dân có: diễn viên Thu Hà, Trần Văn Lực; "
            "nghệ sĩ Minh Tâm (Nhà hát Chèo).")
    assert _named(text) == [("nghe_si_nhan_dan", "ca_nhan", 3, ["Thu Hà", "Trần Văn Lực", "Minh Tâm"])]


def test_sub_headings_inside_a_list_of_people_are_passed_over():
    text = ("Theo quyết định, 5 cá nhân được trao Kỷ niệm chương gồm: ông Hồ Văn Tâm, Chủ nhiệm Ủy ban Kinh tế; các Phó "
            "chủ nhiệm Ủy ban: ông Lý Văn Cường, bà Trịnh Thị Lan và các Ủy viên Thường trực Ủy ban: ông Đỗ Văn Bảo, bà "
            "Mai Thị Hà.")
    assert _named(text) == [("ky_niem_chuong", "ca_nhan", 5,
                             ["Hồ Văn Tâm", "Lý Văn Cường", "Trịnh Thị Lan", "Đỗ Văn Bảo", "Mai Thị Hà"])]


def test_a_units_staff_named_together_are_one_collective_as_written():
    text = "Phó Chủ tịch nước trao Huân chương Lao động hạng Nhì tặng cán bộ, công chức Thanh tra tỉnh Bình Sơn."
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 1, ["cán bộ, công chức Thanh tra tỉnh Bình Sơn"])]
    listed = ("Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể gồm cán bộ, chiến sĩ Đồn Biên phòng Sơn Hải và Phòng "
              "Cảnh sát hình sự Công an tỉnh.")
    assert _named(listed)[0][3] == ["cán bộ, chiến sĩ Đồn Biên phòng Sơn Hải", "Phòng Cảnh sát hình sự Công an tỉnh"]


def test_a_national_team_written_in_lower_case_is_a_unit():
    text = "Thủ tướng Chính phủ tặng Bằng khen cho đội tuyển U19 Việt Nam vì thành tích vô địch giải Đông Nam Á."
    assert _named(text) == [("bang_khen_thu_tuong_chinh_phu", "tap_the", 1, ["đội tuyển U19 Việt Nam"])]


def test_the_armed_forces_of_a_region_written_in_lower_case_are_the_recipient():
    text = "Đại tướng Lê Văn Sơn trao Huân chương Bảo vệ Tổ quốc hạng Nhất cho lực lượng vũ trang Quân khu 9."
    assert _named(text) == [("huan_chuong_bao_ve_to_quoc_hang_nhat", "tap_the", 1, ["lực lượng vũ trang Quân khu 9"])]


def test_a_section_followed_by_its_force_written_with_an_abbreviated_city_is_one_unit():
    text = ("Giám đốc Công an tỉnh tặng giấy khen cho Phòng Cảnh sát hình sự và Đội Cảnh sát điều tra tội phạm về ma "
            "túy, Công an TP.Tân An.")
    assert _named(text)[0][3] == ["Phòng Cảnh sát hình sự", "Đội Cảnh sát điều tra tội phạm về ma túy, Công an TP.Tân An"]
    boat = "Bộ Tư lệnh tặng Bằng khen cho Hải đội 3, BĐBP Khánh Hòa."
    assert _named(boat)[0][3] == ["Hải đội 3, BĐBP Khánh Hòa"]


def test_a_unit_head_in_lower_case_before_a_place_keeps_its_head():
    text = "Chủ tịch UBND huyện tặng Giấy khen cho trạm y tế xã Tân Hòa vì thành tích phòng chống dịch."
    assert _named(text) == [("giay_khen", "tap_the", 1, ["trạm y tế xã Tân Hòa"])]


def test_a_subject_written_by_its_head_alone_is_the_unit_named_nearest_before():
    text = ("Ngày 2-10, Phòng Cảnh sát kinh tế, Công an tỉnh Bình Sơn đã phối hợp tuần tra. Ngày 9-10, Phòng PC08, "
            "Công an tỉnh Bình Sơn cho biết trong lễ tôn vinh do Bộ Công an tổ chức, Phòng đã vinh dự nhận bằng khen "
            "của Thủ tướng.")
    assert [names for *_, names in _named(text)] == [["Phòng PC08"]]


def test_units_written_straight_after_their_count_without_a_colon():
    text = ("Ban Giám đốc Công ty tặng Giấy khen cho 02 tập thể Trạm Bơm Tân Lập, Trạm Bơm Phú Mỹ vì hoàn thành vượt "
            "kế hoạch năm.")
    assert _named(text) == [("giay_khen", "tap_the", 2, ["Trạm Bơm Tân Lập", "Trạm Bơm Phú Mỹ"])]


def test_units_after_their_count_are_read_only_when_they_are_as_many_as_it_says():
    text = "Ban Giám đốc Công ty tặng Giấy khen cho 3 tập thể Trạm Bơm Tân Lập, Trạm Bơm Phú Mỹ vì hoàn thành kế hoạch."
    assert _named(text) == [("giay_khen", "tap_the", 3, [])]


def test_numbers_and_roman_numerals_after_a_numbered_unit_repeat_its_head():
    text = ("Tổng công ty tặng Bằng khen cho 4 tập thể Đội Khai hoang II, III, V và Xưởng Cơ khí vì thành tích "
            "trong năm qua.")
    assert _named(text)[0][3] == ["Đội Khai hoang II", "Đội Khai hoang III", "Đội Khai hoang V", "Xưởng Cơ khí"]


def test_some_of_a_count_named_after_it_are_written_on_the_counted_award():
    text = ("Chủ tịch nước đã ký quyết định phong tặng danh hiệu Anh hùng Lao động cho 3 đơn vị, trong đó có "
            "Bệnh viện Đa khoa tỉnh Lai Châu vì thành tích đặc biệt xuất sắc.")
    assert _named(text) == [("anh_hung_lao_dong", "tap_the", 3, ["Bệnh viện Đa khoa tỉnh Lai Châu"])]
    text = ("UBND tỉnh tổ chức lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 58 mẹ trên địa bàn; trong đó chỉ có "
            "mẹ Đinh Thị Nở (sinh năm 1924, xã Yên Lâm) hiện còn sống.")
    assert _named(text)[0][3] == ["Đinh Thị Nở"]


def test_a_breakdown_by_count_after_trong_do_names_nobody():
    text = "Tỉnh tặng Bằng khen cho 20 cá nhân, trong đó có 5 đảng viên trẻ."
    assert all(not names for *_, names in _named(text))


def test_phong_chong_inside_a_units_name_is_no_second_unit():
    text = ("UBND tỉnh trao Giấy khen cho 3 đơn vị: Phòng 02 Cục An ninh mạng và Phòng chống tội phạm công nghệ cao, "
            "Phòng Cảnh sát giao thông và Phòng Cảnh sát cơ động.")
    assert _named(text)[0][3] == ["Phòng 02 Cục An ninh mạng và Phòng chống tội phạm công nghệ cao",
                                  "Phòng Cảnh sát giao thông", "Phòng Cảnh sát cơ động"]


def test_a_person_written_after_a_chain_of_roles_receives_the_badge():
    text = ("Thành ủy tổ chức lễ trao tặng Huy hiệu 55 năm tuổi Đảng cho nguyên Ủy viên Trung ương Đảng, nguyên Bí thư "
            "Thành ủy Hà Văn Khải.")
    assert _named(text) == [("huy_hieu_dang", "ca_nhan", 1, ["Hà Văn Khải"])]
    text = ("Thành ủy tổ chức lễ trao tặng Huy hiệu 55 năm tuổi Đảng cho nguyên Bí thư Thành ủy Hà Văn Khải (tên thường "
            "gọi Sáu Khải).")
    assert _named(text) == [("huy_hieu_dang", "ca_nhan", 1, ["Hà Văn Khải"])]


def test_a_number_word_in_a_place_name_after_its_level_counts_nobody():
    text = ("Đảng bộ, chính quyền và Nhân dân thị xã Ba Đồn Mới vinh dự đón nhận Huân chương Lao động hạng Nhì "
            "trong dịp kỷ niệm ngày thành lập.")  # not three border posts ("đồn")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "dia_phuong", 1,
                             ["Đảng bộ, chính quyền và Nhân dân thị xã Ba Đồn Mới"])]


def test_the_recipient_ends_before_bởi_and_before_a_clause_of_the_ceremony_after_và():
    text = "Giám đốc Công an tỉnh thưởng nóng cho Tổ tuần tra 259 bởi tổ đã bắt giữ hai đối tượng trộm cắp."
    assert _named(text)[0][3] == ["Tổ tuần tra 259"]
    text = ("Phó Chủ tịch nước trao Huân chương Lao động hạng Ba cho huyện Mường Khoa và công bố quyết định công nhận "
            "huyện đạt chuẩn nông thôn mới.")
    assert _named(text)[0][3] == ["huyện Mường Khoa"]


def test_two_courts_written_by_their_acronym_and_joined_by_and_are_two_units():
    text = "Phó Thủ tướng trao Huân chương Lao động hạng Nhì cho TAND tỉnh Hòa Lâm và VKSND tỉnh Hòa Lâm."
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 2,
                             ["TAND tỉnh Hòa Lâm", "VKSND tỉnh Hòa Lâm"])]


def test_senders_of_a_document_about_proposed_people_receive_nothing():
    text = ("Ngày 3/7, Ban Thi đua tỉnh (Phòng 2) gửi công văn tới Báo Đồng Xanh; Đài Phát thanh tỉnh về việc lấy ý kiến "
            "nhân dân đối với cá nhân được đề nghị tặng thưởng Huân chương Lao động hạng Ba.")
    assert all(not names for *_, names in _named(text))


def test_units_that_decline_a_flag_are_not_awarded_it():
    text = ("Khối thi đua số 3 đề nghị tặng Cờ thi đua của UBND thành phố cho Sở Y tế, Cục Hải quan và Thanh tra TP. "
            "Hai đơn vị Sở Xây dựng và TAND TP.Cần Thơ xin rút không nhận cờ thi đua để nhường cho đơn vị khác (vì năm "
            "trước đã được nhận).")
    assert not [names for *_, names in _named(text) if any("Sở Xây dựng" in name for name in names)]


def test_a_form_with_its_giver_joined_to_a_second_form_shares_the_second_forms_recipient():
    text = ("Công an tỉnh tổ chức lễ truy tặng Huân chương Chiến công hạng Ba của Chủ tịch nước và Huy hiệu "
            "“Tuổi trẻ dũng cảm” của Trung ương Đoàn cho Trung sĩ Lò Văn Páo, chiến sĩ Cảnh sát cơ động.")
    assert [(code, names) for code, _, _, names in _named(text)] == [
        ("huan_chuong_chien_cong_hang_ba", ["Lò Văn Páo"]), ("other_org_award", ["Lò Văn Páo"])]
    text = "Bộ trưởng dự lễ đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba cùng danh hiệu Anh hùng Lao động cho Viện Quân y 17."
    assert [(code, names) for code, _, _, names in _named(text)] == [
        ("huan_chuong_bao_ve_to_quoc_hang_ba", ["Viện Quân y 17"]), ("anh_hung_lao_dong", ["Viện Quân y 17"])]


def test_a_bracket_closing_a_counted_statement_names_its_recipients():
    text = ("Năm học qua nhà trường có 02 thầy giáo được nhận Bằng khen của Chủ tịch UBND tỉnh (thầy giáo Vi Văn Tuấn "
            "và thầy giáo Lục Văn Hòa). 03 cô giáo được nhận Giấy khen của Giám đốc Sở đã đạt giải nhất cấp tỉnh. "
            "(Cô giáo Đàm Thị Huế, cô giáo Nông Thị Hạnh, cô giáo Hoàng Thị Mơ).")
    assert _named(text) == [
        ("bang_khen_bo_tinh", "ca_nhan", 2, ["Vi Văn Tuấn", "Lục Văn Hòa"]),
        ("giay_khen", "ca_nhan", 3, ["Đàm Thị Huế", "Nông Thị Hạnh", "Hoàng Thị Mơ"]),
    ]
    text = "Có 2 đơn vị được tặng Cờ thi đua của UBND tỉnh (chiếm 10% số đơn vị)."
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 2, [])]


def test_people_after_a_plural_of_what_they_are_are_named_but_a_unit_after_it_is_not():
    text = ("Huyện ủy trao Huy hiệu 60 năm tuổi Đảng cho các đảng viên Hà Văn Sính (xã Bản Lầu) và Lò Thị Én "
            "(thị trấn Mường Lạn).")
    assert _named(text) == [("huy_hieu_dang", "ca_nhan", 2, ["Hà Văn Sính", "Lò Thị Én"])]
    text = "UBND huyện trao Giấy khen cho các học sinh Trường THCS Bản Lầu."
    assert all(not names for *_, names in _named(text))


def test_a_head_written_once_for_several_places_is_repeated_for_each():
    text = "Bộ Công an tặng danh hiệu Đơn vị tiên tiến cho lực lượng công an các huyện Mường Ảng, Tủa Chùa và Nậm Pồ."
    assert _named(text)[0][3] == ["lực lượng công an huyện Mường Ảng", "lực lượng công an huyện Tủa Chùa",
                                  "lực lượng công an huyện Nậm Pồ"]
    text = ("Bộ Giáo dục và Đào tạo tặng Cờ thi đua cho Sở GD&ĐT các tỉnh, thành phố: Cần Thơ, Sóc Trăng và Bạc Liêu; "
            "Trường Đại học Tây Đô.")
    assert _named(text)[0][3] == ["Sở GD&ĐT Cần Thơ", "Sở GD&ĐT Sóc Trăng", "Sở GD&ĐT Bạc Liêu", "Trường Đại học Tây Đô"]


def test_a_force_is_named_with_the_word_lực_lượng():
    text = "Năm 2019, lực lượng Công an Hòa Lâm vinh dự được Bộ Công an tặng Cờ thi đua xuất sắc."
    assert _named(text)[0][3] == ["lực lượng Công an Hòa Lâm"]


def test_a_locality_written_with_commas_after_the_form_of_a_ceremony_receives_it():
    text = ("Thủ tướng đã tới dự Lễ đón nhận Huân chương Độc lập hạng Ba của Đảng bộ, chính quyền và nhân dân huyện "
            "Sơn Động - vùng đất giàu truyền thống cách mạng.")
    assert _named(text)[0][3] == ["Đảng bộ, chính quyền và nhân dân huyện Sơn Động"]


def test_a_department_written_before_its_procuracy_is_one_unit_but_numbered_siblings_are_several():
    text = "Viện trưởng VKSND tối cao trao Cờ thi đua của Chính phủ tặng Vụ 14, VKSND tối cao."
    assert _named(text)[0][3] == ["Vụ 14, VKSND tối cao"]
    text = "Viện trưởng trao Cờ thi đua cho Vụ 2, Vụ 9, Cục 4 và VKSND cấp cao tại Huế."
    assert _named(text)[0][3] == ["Vụ 2", "Vụ 9", "Cục 4", "VKSND cấp cao tại Huế"]


def test_the_ranks_listed_after_an_order_are_not_its_recipients():
    text = ("Hội đồng đang hoàn thiện hồ sơ trình cấp trên tặng Huân chương Lao động các hạng: Nhất, Nhì, Ba cho các "
            "tập thể và cá nhân của ngành.")
    assert all(not names for *_, names in _named(text))


def test_an_academicians_title_is_not_part_of_the_name():
    text = "Chủ tịch nước trao Huân chương Độc lập hạng Ba cho GS.VS Đào Văn Khiêm."
    assert _named(text)[0][3] == ["Đào Văn Khiêm"]


def test_villages_after_their_level_written_once_are_each_a_village_with_its_own_bracket():
    text = ("Huyện Phù Cừ công nhận danh hiệu Làng văn hóa cho các thôn Hạ Lãng (xã Tam Đa, huyện Phù Cừ), Đào Xá và "
            "Cát Dương (xã Nhật Quang).")
    assert _named(text)[0][3] == ["thôn Hạ Lãng (xã Tam Đa, huyện Phù Cừ)", "thôn Đào Xá", "thôn Cát Dương (xã Nhật Quang)"]


def test_a_numbered_list_below_a_count_described_up_to_its_colon_names_the_counted():
    text = ("Hội đồng xét trình Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể ngành Y tế đợt tháng "
            "9/2023:\n\n1. Trung tâm Y tế huyện Mỏ Cày, tỉnh Bến Tre;\n\n2. Bệnh viện Đa khoa khu vực Ba Tri, tỉnh Bến Tre.")
    assert _named(text)[0][3] == ["Trung tâm Y tế huyện Mỏ Cày, tỉnh Bến Tre", "Bệnh viện Đa khoa khu vực Ba Tri, tỉnh Bến Tre"]


def test_people_listed_after_gồm_các_ông_bà_are_named():
    text = ("3 nghệ nhân được phong tặng danh hiệu Nghệ nhân ưu tú gồm các ông, bà: Lường Thị Xoan, xã Mường Phăng; "
            "Quàng Văn Pọm, xã Nà Tấu (Điện Biên); Lò Thị Ún, xã Thanh Nưa.")
    assert _named(text)[0][3] == ["Lường Thị Xoan", "Quàng Văn Pọm", "Lò Thị Ún"]


def test_the_people_and_armed_forces_of_a_commune_are_one_locality():
    text = ("Tỉnh có 2 tập thể được phong tặng danh hiệu Anh hùng LLVT nhân dân, đó là: Nhân dân và lực lượng vũ trang "
            "xã Quỳnh Lâm, huyện Quỳnh Lưu; Nhân dân và Lực lượng vũ trang xã Hưng Đạo, huyện Hưng Nguyên.")
    assert _named(text)[0][3] == ["Nhân dân và lực lượng vũ trang xã Quỳnh Lâm, huyện Quỳnh Lưu",
                                  "Nhân dân và Lực lượng vũ trang xã Hưng Đạo, huyện Hưng Nguyên"]
    text = "Ngày 22/12, Lực lượng vũ trang tỉnh Kon Tum tổ chức lễ đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân."
    assert _named(text) == [("anh_hung_luc_luong_vu_trang_nhan_dan", "tap_the", 1, ["Lực lượng vũ trang tỉnh Kon Tum"])]


def test_former_officials_counted_and_named_after_a_colon_receive_the_order():
    text = ("Chủ tịch Quốc hội đã trao Huân chương Hồ Chí Minh cho 2 nguyên Phó Chủ tịch Quốc hội: Hà Văn Tấn và Lục "
            "Thị Nga; Huân chương Độc lập hạng Nhất cho nguyên Chủ nhiệm Ủy ban Kinh tế Đàm Văn Sáu.")
    assert _named(text) == [("huan_chuong_ho_chi_minh", "ca_nhan", 2, ["Hà Văn Tấn", "Lục Thị Nga"]),
                            ("huan_chuong_doc_lap_hang_nhat", "ca_nhan", 1, ["Đàm Văn Sáu"])]


def test_bare_place_names_after_a_unit_named_by_its_place_repeat_its_head_and_level():
    text = "Trung ương Hội tặng Cờ thi đua cho Hội Nông dân tỉnh Sóc Trăng, Hậu Giang và Bạc Liêu."
    assert _named(text)[0][3] == ["Hội Nông dân tỉnh Sóc Trăng", "Hội Nông dân tỉnh Hậu Giang", "Hội Nông dân tỉnh Bạc Liêu"]
    text = "UBND tỉnh tặng Cờ thi đua cho Công an huyện Mang Yang, Đinh Văn Hùng."
    assert [names for *_, names in _named(text)] == [["Công an huyện Mang Yang"], ["Đinh Văn Hùng"]]


def test_khen_thưởng_right_after_a_form_restates_it_and_its_counts_are_the_forms():
    text = ("Chủ tịch UBND huyện đã trao giấy khen, khen thưởng 2 tập thể và 9 cá nhân có thành tích xuất sắc. Hai tập "
            "thể được khen thưởng là Đội Cảnh sát giao thông và Đội Cảnh sát kinh tế thuộc Công an huyện.")
    assert [(code, count, names) for code, _, count, names in _named(text)] == [
        ("giay_khen", 2, ["Đội Cảnh sát giao thông", "Đội Cảnh sát kinh tế thuộc Công an huyện"]), ("giay_khen", 9, [])]
    text = ("Chủ tịch UBND tỉnh trao tặng bằng khen và khen thưởng các tập thể, cá nhân Công an tỉnh đã có thành tích "
            "bắt giữ đối tượng sát hại 2 người trong một gia đình.")
    assert _named(text) == []


def test_a_unit_named_straight_after_a_generic_reward_with_its_reason_receives_it():
    text = "Ngày 5/3, Công an tỉnh tổ chức lễ trao thưởng Công an huyện Tương Dương vì đã triệt phá đường dây ma túy."
    assert _named(text) == [("khen_thuong", "tap_the", 1, ["Công an huyện Tương Dương"])]
    text = "Hội nghị khen thưởng Công an tỉnh năm 2023 diễn ra sáng nay."
    assert _named(text) == []


def test_a_person_with_a_long_role_after_a_dash_is_still_named():
    text = ("Chủ tịch UBND tỉnh đã trao bằng khen cho cá nhân ông Trịnh Văn Lộc – Giám đốc Trung tâm phối hợp tìm kiếm "
            "cứu nạn đường thủy nội địa khu vực III.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Trịnh Văn Lộc"])]


def test_pupils_of_a_class_named_after_là_with_their_own_classes():
    text = ("Tỉnh đoàn trao Huy hiệu Tuổi trẻ dũng cảm cho 3 học sinh lớp 7 Trường THCS Hòa Phú là Võ Minh Tâm học sinh "
            "lớp 7A, Đinh Thị Lụa học sinh lớp 7C và Hồ Văn Sang học sinh lớp 7B.")
    assert _named(text)[0][3] == ["Võ Minh Tâm", "Đinh Thị Lụa", "Hồ Văn Sang"]


def test_households_named_alone_in_the_next_sentence_but_not_officials_acting_there():
    text = ("Hội Chữ thập đỏ huyện trao Bằng khen của Bộ Y tế cho 02 gia đình hiến máu nhiều lần. Gia đình ông Y Bhin "
            "Niê và gia đình ông Hà Văn Đức, hiện ngụ tại xã Ea Tul.")
    assert _named(text) == [("bang_khen_bo_tinh", "ho_gia_dinh", 2, ["Y Bhin Niê", "Hà Văn Đức"])]
    text = ("Cục Thuế tặng Bằng khen cho 2 doanh nhân nộp thuế tốt. Bà Lê Thị Hạnh và ông Trần Văn Vĩnh biểu dương sự nỗ "
            "lực của ngành thuế.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 2, [])]


def test_ranks_of_one_order_listed_then_as_many_people_go_to_them_in_turn():
    text = ("Phó Thủ tướng trao tặng Huân chương Lao động hạng Nhì, hạng Ba cho ông Lê Văn Hòa, Giám đốc Bệnh viện Mắt "
            "Trung ương và bà Đỗ Thị Lan, nguyên Phó Giám đốc.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "ca_nhan", 1, ["Lê Văn Hòa"]),
                            ("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, ["Đỗ Thị Lan"])]
    text = "Chủ tịch nước tặng Huân chương Lao động hạng Nhất, Nhì, Ba cho 12 vận động viên."
    assert _named(text) == [("huan_chuong_lao_dong", "ca_nhan", 12, [])]


def test_some_of_a_count_named_in_the_next_sentence_opening_with_trong_đó_có():
    text = ("Bộ Giáo dục và Đào tạo tặng Cờ thi đua cho 6 đơn vị. Trong đó có Sở GD&ĐT tỉnh Lai Châu, vì đã dẫn đầu "
            "khối thi đua.")
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 6, ["Sở GD&ĐT tỉnh Lai Châu"])]
    text = ("Bộ Giáo dục và Đào tạo tặng Cờ thi đua cho 6 đơn vị. Sở GD&ĐT tỉnh Lai Châu dẫn đầu khối. Trong đó có "
            "nhiều trường học.")
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 6, [])]


def test_a_recipient_written_between_the_verb_and_the_form_receives_it():
    text = ("Bộ Công an đã quyết định trao tặng cho cán bộ và nhân dân xã Đắk Ơ cờ thi đua xuất sắc về phong trào toàn "
            "dân bảo vệ an ninh Tổ quốc năm 2016.")
    assert _named(text) == [("co_thi_dua_bo_tinh", "dia_phuong", 1, ["cán bộ và nhân dân xã Đắk Ơ"])]
    text = "UBND tỉnh đã trao tặng cho Trường THCS Nam Cao Bằng khen vì thành tích xuất sắc trong năm học."
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 1, ["Trường THCS Nam Cao"])]


def test_people_with_their_roles_one_a_line_below_a_count_ending_with_gồm_and_no_colon():
    text = ("Chủ tịch nước đã ký quyết định. 2 cá nhân có thành tích đặc biệt xuất sắc được truy tặng danh hiệu Anh hùng "
            "Lực lượng vũ trang nhân dân gồm\n\n-Nguyên Chính trị viên Tỉnh đội Sóc Trăng Lâm Văn Phát.\n\n"
            "-Nguyên Bí thư Huyện ủy Vĩnh Châu Thạch Sô Phon.")
    assert _named(text)[0][3] == ["Lâm Văn Phát", "Thạch Sô Phon"]


def test_people_named_after_their_roles_and_separated_by_commas_are_each_named_in_full():
    text = ("Thủ tướng trao tặng Huân chương Đại đoàn kết dân tộc cho Chủ tịch Quốc hội Nguyễn Thị Kim Thoa, Phó Chủ tịch "
            "Thường trực Quốc hội Trần Văn Khải; các nguyên Phó Chủ tịch Quốc hội.")
    assert _named(text)[0][3] == ["Nguyễn Thị Kim Thoa", "Trần Văn Khải"]
    text = "UBND tỉnh trao Bằng khen cho ông Lê Văn Hòa, Giám đốc Sở Y tế tỉnh và bà Trần Thị Lan."
    assert _named(text)[0][3] == ["Lê Văn Hòa", "Trần Thị Lan"]


def test_the_unit_whose_traditional_flag_the_order_is_pinned_on_receives_it():
    text = "Phó Chủ tịch nước đã gắn Huân chương Bảo vệ Tổ quốc hạng Nhất lên lá cờ truyền thống của Công an tỉnh Hòa Lâm."
    assert _named(text) == [("huan_chuong_bao_ve_to_quoc_hang_nhat", "tap_the", 1, ["Công an tỉnh Hòa Lâm"])]


def test_the_late_professor_is_named_without_his_degrees_beside_a_unit():
    text = ("Bộ Quốc phòng tổ chức đón nhận danh hiệu Anh hùng LLVT cho Viện Quân y 108 và cá nhân cố Giáo sư, Bác sĩ "
            "Đỗ Văn Thịnh.")
    assert [names for *_, names in _named(text)] == [["Viện Quân y 108"], ["Đỗ Văn Thịnh"]]
    text = "Chủ tịch nước truy tặng danh hiệu Anh hùng Lao động cho cố Giáo sư Hồ Văn Thuận."
    assert _named(text) == [("anh_hung_lao_dong", "ca_nhan", 1, ["Hồ Văn Thuận"])]


def test_a_sum_joined_to_the_form_by_và_stands_between_it_and_the_recipient():
    text = "Chiều 3/2, UBND huyện đã trao giấy khen và 5 triệu đồng cho y tá Lò Thị Hoa."
    assert _named(text) == [("giay_khen", "ca_nhan", 1, ["Lò Thị Hoa"])]


def test_a_person_is_named_before_a_quoted_reason():
    text = 'Giám đốc Sở Y tế tặng giấy khen cho bác sĩ Hà Văn Minh "vì đã có hành động cứu người kịp thời".'
    assert _named(text) == [("giay_khen", "ca_nhan", 1, ["Hà Văn Minh"])]


def test_a_subject_written_with_two_roles_after_the_name_is_the_person_before_them():
    text = ("Ông Lò Văn Bình, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Mường Tè được tặng Huân chương Lao động "
            "hạng Ba.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, ["Lò Văn Bình"])]
    text = "Nguyên Phó Chủ tịch, Chủ nhiệm Ủy ban Dân tộc Hà Văn Sinh được nhận Huân chương Độc lập hạng Ba."
    assert _named(text) == [("huan_chuong_doc_lap_hang_ba", "ca_nhan", 1, ["Hà Văn Sinh"])]


def test_a_one_word_name_after_what_the_person_is_ends_before_của():
    text = "Trong đó, vận động viên Y’Sao của đội tuyển điền kinh tỉnh được nhận Bằng khen của Bộ trưởng."
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Y’Sao"])]
    text = "Hôm qua, chị Mai được Chủ tịch UBND huyện tặng giấy khen."
    assert _named(text) == [("giay_khen", "ca_nhan", 1, ["Mai"])]
    text = "Bộ trưởng tặng Bằng khen cho đảng viên Lò Văn Thắng –Chi bộ bản Nà Phòn, Đảng bộ xã Mường Khoa, Tân Uyên."
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Lò Văn Thắng"])]


def test_a_person_is_named_after_a_role_whose_place_ends_in_a_units_head_word():
    text = ("Thủ tướng đã trình Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Giám đốc Sở Nội vụ Hải Phòng "
            "Trần Văn Khoa.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 1, ["Trần Văn Khoa"])]


def test_many_forms_of_one_kind_received_over_the_years_are_no_award_entry():
    text = "Trong 5 năm, đồng chí Lò Văn Tâm đã được nhận nhiều bằng khen của Bộ trưởng."
    assert _named(text) == []
    text = "Trong 5 năm, đồng chí Lò Văn Tâm đã được nhận bằng khen của Bộ trưởng."
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Lò Văn Tâm"])]


def test_what_a_listed_person_is_stays_out_of_the_name_when_a_bracket_follows():
    text = ("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 3 cá nhân gồm VĐV Lê Văn An (môn bơi); VĐV Hà Thị Cúc "
            "(môn đua thuyền); HLV Lò Thị Dung (môn vật).")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 3, ["Lê Văn An", "Hà Thị Cúc", "Lò Thị Dung"])]


def test_a_unit_whose_name_the_text_quotes_is_named_without_the_quotes_beside_a_count():
    text = "Giám đốc Công an tỉnh trao giấy khen cho “Đội Tình nguyện giao thông phường Hòa Minh” và 5 cá nhân."
    assert _named(text) == [("giay_khen", "ca_nhan", 5, []),
                            ("giay_khen", "tap_the", 1, ["Đội Tình nguyện giao thông phường Hòa Minh"])]


def test_people_after_the_plural_of_the_role_they_share_are_each_named():
    text = ("Chủ tịch nước tặng Huân chương Đại đoàn kết dân tộc cho Chủ tịch Quốc hội Lê Văn An; các Phó Chủ tịch "
            "Quốc hội Hà Văn Cường, Lò Văn Dũng và Thượng tướng Vũ Văn Em.")
    assert _named(text)[0][3] == ["Lê Văn An", "Hà Văn Cường", "Lò Văn Dũng", "Vũ Văn Em"]
    text = "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho các Phó Giám đốc Sở Y tế Hà Văn Cường, Lò Văn Dũng."
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 2, ["Hà Văn Cường", "Lò Văn Dũng"])]
    text = "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho các Phó Giám đốc Sở Y tế."
    assert [names for *_, names in _named(text)] == [[]]


def test_the_places_of_a_person_end_the_name_list_even_with_an_abbreviated_level_and_a_deed_after_it():
    text = ("UBND tỉnh trao Bằng khen đột xuất cho bà Lê Thị Hường, ấp Tân Hòa, xã Phước An, H.Nhơn Trạch có hành động "
            "đẹp trả lại tài sản cho người đánh rơi.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Lê Thị Hường"])]


def test_a_share_of_a_units_members_holding_a_title_ends_the_units_name():
    text = "Hằng năm, Hội Nông dân huyện có trên 85% hội viên đạt danh hiệu “Nông dân sản xuất giỏi”."
    assert all("%" not in name for *_, names in _named(text) for name in names)


def test_where_a_person_is_from_after_người_is_no_name():
    text = "Sáng mai, huấn luyện viên người Thái Lan sẽ vinh dự nhận Huân chương Hữu nghị."
    assert _named(text) == [("huan_chuong_huu_nghi", "ca_nhan", 1, [])]
    text = "Bên cạnh đó, chuyên gia cầu lông người Hàn Quốc - Kim Ji Hoon được tặng Huân chương Hữu nghị."
    assert _named(text) == [("huan_chuong_huu_nghi", "ca_nhan", 1, ["Kim Ji Hoon"])]


def test_a_locality_told_twice_once_with_its_level_once_as_its_people_is_one_award():
    text = ("Sáng 5/3, huyện Lâm Hà tổ chức lễ kỷ niệm 40 năm thành lập và đón nhận Huân chương Lao động hạng Nhì. "
            "Phó Chủ tịch nước đã trao Huân chương Lao động hạng Nhì cho Đảng bộ, chính quyền và nhân dân Lâm Hà.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "dia_phuong", 1,
                             ["Đảng bộ, chính quyền và nhân dân Lâm Hà"])]  # the grant's own words name it


def test_a_council_named_after_the_titles_it_considers_gives_no_award_but_one_proposals_go_to_does():
    text = ("Các nhà hát công lập cũng đã thành lập hội đồng xét tặng các danh hiệu NSND và NSƯT gồm: Nhà hát Cải "
            "lương Hòa Bình, Nhà hát Kịch tỉnh.")
    assert _named(text) == []
    text = ("Sở Văn hóa đề xuất lên Hội đồng cấp tỉnh xét tặng NSND, gồm các NSƯT sau: Lê Văn Tâm (diễn viên chèo), "
            "Trần Thị Hoa (diễn viên kịch).")
    assert [(code, names) for code, _, _, names in _named(text)] == [("nghe_si_nhan_dan", ["Lê Văn Tâm", "Trần Thị Hoa"])]


def test_the_next_person_follows_và_after_what_is_said_of_the_one_before():
    text = ("Tỉnh có 2 nghệ nhân được phong tặng danh hiệu Nghệ nhân nhân dân, đó là: Ông Lê Văn Kình, cửa hàng tranh "
            "thêu đường Trần Phú, thành phố Huế và Ông Nguyễn Văn Sinh, Cơ sở đúc đồng ở đường Lê Lợi, thành phố Huế.")
    assert [names for *_, names in _named(text)] == [["Lê Văn Kình", "Nguyễn Văn Sinh"]]


def test_a_long_numbered_item_naming_a_unit_and_what_it_belongs_to_does_not_end_the_list():
    text = ("Chủ tịch nước phong tặng danh hiệu Anh hùng Lao động cho các tập thể, cá nhân: 1- Bệnh viện Đa khoa tỉnh; "
            "2- Nhà máy thủy điện Sông Bung, thuộc Tổng công ty Phát điện 2 – Trách nhiệm hữu hạn một thành viên "
            "nhà nước; 3- Ông Phạm Văn Hòa, Giám đốc Sở Y tế.")
    assert [names for *_, names in _named(text)] == [
        ["Bệnh viện Đa khoa tỉnh",
         "Nhà máy thủy điện Sông Bung, thuộc Tổng công ty Phát điện 2 – Trách nhiệm hữu hạn một thành viên nhà nước"],
        ["Phạm Văn Hòa"]]


def test_people_listed_after_là_các_ông_bà_and_a_colon_beyond_a_description_with_commas():
    text = ("Tỉnh có 3 “Nghệ nhân Ưu tú” đại diện cho các dân tộc Kinh, Mường, Thái đó là các ông, bà: Lò Văn Chinh "
            "(dân tộc Thái – huyện Mộc Châu), Trần Mạnh Hà (dân tộc Kinh – huyện Yên Châu), Bùi Văn Khoa (dân tộc "
            "Mường – huyện Phù Yên).")
    assert [names for *_, names in _named(text)] == [["Lò Văn Chinh", "Trần Mạnh Hà", "Bùi Văn Khoa"]]


def test_part_of_a_named_list_told_again_as_a_subject_is_no_second_award():
    text = ("Bộ trưởng tặng Bằng khen cho 3 cá nhân: anh Lê Văn Tư, anh Đỗ Văn Trung và anh Hà Quang Thiện. Trước đó, "
            "anh Lê Văn Tư và anh Đỗ Văn Trung đã được Bộ trưởng tặng Bằng khen.")
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 3, ["Lê Văn Tư", "Đỗ Văn Trung", "Hà Quang Thiện"])]
    text = ("UBND tỉnh tặng Bằng khen cho 15 mẹ. 6 mẹ được tặng Bằng khen gồm: bà Lê Thị Ba, bà Hà Thị Bốn, bà Lò Thị "
            "Năm, bà Vũ Thị Sáu, bà Mai Thị Bảy và bà Đỗ Thị Tám.")
    assert [count for _, _, count, _ in _named(text)] == [15, 6]


def test_a_unit_whose_head_and_first_words_are_written_in_lower_case_is_named_whole():
    text = "Phòng Giáo dục tặng giấy khen cho trường tiểu học Kim Đồng và trường mầm non Hoa Sen."
    assert _named(text) == [("giay_khen", "tap_the", 2, ["trường tiểu học Kim Đồng", "trường mầm non Hoa Sen"])]
    text = "Thủ tướng tặng Bằng khen cho đội tuyển nữ Việt Nam."
    assert _named(text) == [("bang_khen_thu_tuong_chinh_phu", "tap_the", 1, ["đội tuyển nữ Việt Nam"])]
    text = "Chủ tịch UBND tỉnh thưởng nóng ban chuyên án 20 triệu đồng."
    assert all(names == [] for *_, names in _named(text))


def test_the_each_of_a_shared_sum_is_not_part_of_the_last_subject_unit():
    text = ("Chủ tịch UBND huyện Tân Phú đã trao Giấy khen cho 2 tập thể có thành tích phá án. "
            "Đội Cảnh sát kinh tế và Công an xã Tân Hòa mỗi đơn vị được thưởng 5 triệu đồng.")
    assert ("khen_thuong", "tap_the", 2, ["Đội Cảnh sát kinh tế", "Công an xã Tân Hòa"]) in _named(text)


def test_a_long_semicolon_list_one_unit_more_than_its_count_still_names_them():
    text = ("Theo đó, 5 đơn vị được Bộ trưởng đề nghị Thủ tướng Chính phủ tặng Cờ thi đua năm 2030 gồm: "
            "Cục Thủy lợi; Trung tâm Quan trắc môi trường; Viện Khoa học đất, Tổng cục Đất đai; Vụ Pháp chế; "
            "Trường Cao đẳng Tài nguyên Gia Bình; Công ty Đo đạc Tân Phú.")
    assert _named(text)[-1][-1] == ["Cục Thủy lợi", "Trung tâm Quan trắc môi trường", "Viện Khoa học đất, Tổng cục Đất đai",
                                    "Vụ Pháp chế", "Trường Cao đẳng Tài nguyên Gia Bình", "Công ty Đo đạc Tân Phú"]


def test_a_short_list_one_more_than_its_count_or_two_more_names_nobody():
    short = "Bộ trưởng đã tặng Bằng khen cho 3 đơn vị gồm: Cục Thủy lợi; Vụ Pháp chế; Viện Thổ nhưỡng; Trường Cao đẳng Gia Bình."
    long = ("Bộ trưởng đã tặng Bằng khen cho 5 đơn vị gồm: Cục Thủy lợi; Vụ Pháp chế; Viện Thổ nhưỡng; Trường Cao đẳng "
            "Gia Bình; Cục Đo đạc; Vụ Tổ chức cán bộ; Trung tâm Dữ liệu.")
    assert _named(short)[-1][-1] == [] and _named(long)[-1][-1] == []


def test_a_name_cut_inside_its_bracket_loses_the_open_bracket():
    text = "Chiều 5-11, làng Đông Xá (xã Gia Lộc, huyện Tân Phú) tổ chức đón nhận danh hiệu làng Văn hóa năm 2030."
    assert [a[-1] for a in _named(text)] == [["làng Đông Xá"]]


def test_a_name_whose_bracket_is_closed_keeps_it():
    text = "UBND tỉnh tặng Bằng khen cho 2 đơn vị: Trường THCS Kim Đồng (huyện Tân Phú) và Trường Tiểu học Gia Lộc."
    assert _named(text)[-1][-1] == ["Trường THCS Kim Đồng (huyện Tân Phú)", "Trường Tiểu học Gia Lộc"]


def test_an_anniversary_spelt_ki_niem_names_the_unit_not_the_ceremony():
    text = ("Lễ Kỉ niệm 50 năm truyền thống Trường Đại học Gia Bình và Đón nhận Huân chương Lao động hạng Nhất "
            "đã được tổ chức trọng thể sáng 5/11.")
    assert [a[-1] for a in _named(text)] == [["Trường Đại học Gia Bình"]]


def test_a_list_after_a_vague_grant_passes_over_a_line_showing_one_of_the_listed_receiving():
    text = ("Hội Nông dân tỉnh Gia Bình vừa trao Kỷ niệm chương “Vì sự nghiệp nông dân” cho các cá nhân có nhiều "
            "đóng góp cho phong trào nông dân tại địa phương.\n\n"
            "Ông Lò Văn Tài (bên phải) đón nhận Kỷ niệm chương vì sự nghiệp nông dân\n\n"
            "Các cá nhân này gồm: ông Lò Văn Tài, Giám đốc Hợp tác xã Tân Phú, bà Hà Thị Lan, nguyên Chủ tịch "
            "Hội Nông dân xã Gia Lộc và ông Đinh Văn Hòa, Trưởng thôn Đông Xá.")
    assert ["Lò Văn Tài", "Hà Thị Lan", "Đinh Văn Hòa"] in [a[-1] for a in _named(text)]


def test_a_list_after_a_line_granting_a_form_to_someone_else_is_not_read_as_that_grant():
    text = ("Hội Nông dân tỉnh Gia Bình vừa trao Kỷ niệm chương “Vì sự nghiệp nông dân” cho các cá nhân có nhiều "
            "đóng góp cho phong trào nông dân tại địa phương.\n\n"
            "Ông Vi Văn Bảy (bên phải) đón nhận Huy hiệu 40 năm tuổi Đảng\n\n"
            "Các cá nhân này gồm: ông Lò Văn Tài, Giám đốc Hợp tác xã Tân Phú, bà Hà Thị Lan, nguyên Chủ tịch "
            "Hội Nông dân xã Gia Lộc và ông Đinh Văn Hòa, Trưởng thôn Đông Xá.")
    assert ["Lò Văn Tài", "Hà Thị Lan", "Đinh Văn Hòa"] not in [a[-1] for a in _named(text)]


def test_people_below_gom_named_after_a_military_role_and_before_a_bracket_with_their_unit():
    text = ("3 cá nhân có thành tích đặc biệt xuất sắc được truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân gồm\n\n"
            "-Nguyên Tỉnh đội trưởng Tỉnh đội Gia Bình Lò Văn Tài (nay là Bộ Chỉ huy Quân sự tỉnh Gia Bình), Quân khu 2.\n\n"
            "-Nguyên Trung đoàn phó Trung đoàn 52, Sư đoàn 3 Hà Văn Lâm.\n\n"
            "-Nguyên Bí thư Huyện ủy Tân Phú Đinh Văn Hòa.\n\n"
            "Thu Hà")
    assert _named(text)[-1][-1] == ["Lò Văn Tài", "Hà Văn Lâm", "Đinh Văn Hòa"]


def test_people_counted_as_members_of_a_unit_are_named_by_a_later_sentence_not_by_the_unit():
    text = ("Công an huyện Tân Phú vừa trao Giấy khen cho Đội tự quản an ninh thôn Đông Xá và 3 cá nhân là thành viên "
            "của Đội về thành tích phòng, chống tội phạm. Trước đó, trong tháng 4, 3 cá nhân của Đội gồm: anh Lò Văn "
            "Tài, Hà Văn Lâm, Đinh Văn Hòa đã kịp thời báo tin giúp Công an bắt giữ 2 đối tượng trộm cắp.")
    assert ("giay_khen", "ca_nhan", 3, ["Lò Văn Tài", "Hà Văn Lâm", "Đinh Văn Hòa"]) in _named(text)


def test_people_below_gom_each_a_paragraph_opening_with_an_honorific_and_a_caption_naming_one_again():
    text = ("UBND tỉnh Gia Bình đã trình Thủ tướng Chính phủ tặng Bằng khen cho 2 cá nhân gồm:\n\n"
            "Ông Lò Văn Tài, Trưởng thôn Đông Xá, xã Gia Lộc, huyện Tân Phú. Ông Tài là người nhiệt tình, luôn lắng "
            "nghe ý kiến của bà con trong thôn và đã kịp thời vận động các hộ dân di dời khỏi vùng sạt lở trong đêm "
            "mưa lũ vừa qua.\n\n"
            "Anh Hà Văn Lâm, Trưởng bản Nà Hẩu, xã Tân Hòa, huyện Tân Phú. Anh Lâm đã phát hiện vết nứt trên sườn đồi "
            "và vận động hơn 80 người dân đến nơi an toàn trước khi đất đá đổ xuống.\n\n"
            "Anh Hà Văn Lâm - Trưởng bản Nà Hẩu.\n\n"
            "Trước đó, tỉnh đã tặng thư khen cho các lực lượng cứu hộ.")
    assert ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 2, ["Lò Văn Tài", "Hà Văn Lâm"]) in _named(text)


def test_a_paragraph_after_the_listed_people_that_quotes_one_by_the_given_name_ends_the_list():
    text = ("UBND tỉnh Gia Bình đã trình Thủ tướng Chính phủ tặng Bằng khen cho 2 cá nhân gồm:\n\n"
            "Ông Lò Văn Tài, Trưởng thôn Đông Xá, xã Gia Lộc.\n\n"
            "Anh Hà Văn Lâm, Trưởng bản Nà Hẩu, xã Tân Hòa.\n\n"
            "Ông Tài cho biết, cả thôn đã thức trắng đêm để di dời tài sản cho bà con.")
    assert ("bang_khen_thu_tuong_chinh_phu", "ca_nhan", 2, ["Lò Văn Tài", "Hà Văn Lâm"]) in _named(text)


def test_a_list_as_long_as_the_smaller_of_two_counts_names_that_count_only():
    text = ("Chủ tịch nước vừa ký quyết định truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam Anh hùng” cho 12 mẹ "
            "thuộc tỉnh Gia Bình, trong đó huyện Tân Phú có 3 mẹ. Các Mẹ Việt Nam Anh hùng tại Tân Phú được truy tặng "
            "gồm: Lò Thị Mai, xã Gia Lộc; Hà Thị Lan, xã Tân Hòa; Đinh Thị Hoa, thị trấn Tân Phú.")
    named = [(a[2], a[3]) for a in _named(text)]
    assert (12, []) in named and (3, ["Lò Thị Mai", "Hà Thị Lan", "Đinh Thị Hoa"]) in named


def test_a_person_the_page_half_hides_is_no_recipient_but_one_named_by_initials_alone_is():
    text = ("Công an huyện Tân Phú trao Giấy khen cho 2 cá nhân là anh Lò Văn Tài và chị Hà Thị Lan H. vì đã cứu "
            "cháu bé bị đuối nước.")
    assert _named(text) == [("giay_khen", "ca_nhan", 2, ["Lò Văn Tài"])]
    initials = "Công an huyện Tân Phú trao Giấy khen cho 2 cá nhân là anh L.V.T và chị H.T.L vì đã cứu cháu bé."
    assert _named(initials) == [("giay_khen", "ca_nhan", 2, ["L.V.T", "H.T.L"])]


def test_a_grant_written_again_without_a_form_gives_the_same_form_to_more_people():
    text = ("Tại buổi lễ, Chủ tịch nước truy tặng danh hiệu Anh hùng Lao động cho cố GS.TS Lò Văn Tài và trao tặng "
            "cho PGS Hà Văn Lâm.")
    assert _named(text) == [("anh_hung_lao_dong", "ca_nhan", 2, ["Lò Văn Tài", "Hà Văn Lâm"])]


def test_a_grant_written_again_with_its_own_form_keeps_its_people_apart():
    text = ("Tại buổi lễ, Chủ tịch nước truy tặng danh hiệu Anh hùng Lao động cho cố GS.TS Lò Văn Tài và trao tặng "
            "Huân chương Lao động hạng Nhất cho PGS Hà Văn Lâm.")
    assert _named(text) == [("anh_hung_lao_dong", "ca_nhan", 1, ["Lò Văn Tài"]),
                            ("huan_chuong_lao_dong_hang_nhat", "ca_nhan", 1, ["Hà Văn Lâm"])]


def test_where_a_listed_person_lives_with_its_district_in_a_bracket_is_no_recipient():
    text = ("Tặng bằng khen 2 người tự nguyện ra khỏi danh sách hộ nghèo\n\n"
            "Đó là bà Lò Thị Mai ở thôn Đông Xá, xã Gia Lộc (Tân Phú) và ông Hà Văn Lâm ở khu dân cư Bến Đá, "
            "phường Tân Hòa (Gia Bình).")
    assert ("bang_khen_bo_tinh", "ca_nhan", 2, ["Lò Thị Mai", "Hà Văn Lâm"]) in _named(text)


def test_localities_each_with_its_district_in_a_bracket_stay_recipients():
    text = ("UBND tỉnh tặng Bằng khen cho 3 xã gồm: xã Gia Lộc (huyện Tân Phú), "
            "xã Tân Hòa (huyện Gia Bình), phường Đông Xá (TP. Gia Bình).")
    assert _named(text)[-1][-1] == ["xã Gia Lộc (huyện Tân Phú)", "xã Tân Hòa (huyện Gia Bình)",
                                    "phường Đông Xá (TP. Gia Bình)"]


def test_in_a_semicolon_list_two_villages_of_one_level_between_a_comma_are_two_names():
    text = ("Các đơn vị được công nhận danh hiệu Làng văn hóa gồm: bản Nà Hẩu - xã Gia Lộc; bản Pá Khoang, bản Co Mạ "
            "- xã Tân Hòa; bản Huổi Só - xã Đông Xá.")
    assert ("thon_to_dan_pho_van_hoa", "dia_phuong", 4,  # each with the commune its dash writes, as written
            ["bản Nà Hẩu - xã Gia Lộc", "bản Pá Khoang", "bản Co Mạ - xã Tân Hòa", "bản Huổi Só - xã Đông Xá"]) in _named(text)


def test_in_a_semicolon_list_a_unit_and_its_parent_between_a_comma_stay_one_name():
    text = ("UBND tỉnh tặng Bằng khen cho các tập thể: Phòng Tổ chức cán bộ, Sở Nội vụ; Phòng Kế hoạch, Sở Tài chính; "
            "Trường Tiểu học Gia Lộc.")
    assert _named(text)[-1][-1] == ["Phòng Tổ chức cán bộ, Sở Nội vụ", "Phòng Kế hoạch, Sở Tài chính",
                                    "Trường Tiểu học Gia Lộc"]


def test_places_a_unit_recognizes_before_the_form_receive_it_not_the_unit():
    text = ("Huyện Tân Phú vừa công nhận 3 thôn Nà Hẩu (xã Gia Lộc), Đông Xá và Co Mạ (xã Tân Hòa) đạt danh hiệu "
            "làng văn hóa năm 2030.")
    assert _named(text) == [("thon_to_dan_pho_van_hoa", "dia_phuong", 3,
                             ["thôn Nà Hẩu (xã Gia Lộc)", "thôn Đông Xá", "thôn Co Mạ (xã Tân Hòa)"])]


def test_party_members_of_a_commune_name_no_recipient_the_commune_does_not_receive():
    text = "Bí thư Huyện ủy Tân Phú trao Huy hiệu Đảng đến đảng viên xã Gia Lộc"
    assert all(a[-1] == [] for a in _named(text))


def test_another_giver_granting_its_own_form_after_va_ends_the_first_list():
    text = ("Cụm thi đua đã đề nghị Bộ Giáo dục và Đào tạo tặng Cờ thi đua cho Trường THPT Kim Đồng và UBND tỉnh "
            "tặng cờ thi đua cho Trường THPT Gia Lộc.")
    assert [a[-1] for a in _named(text)] == [["Trường THPT Kim Đồng"], ["Trường THPT Gia Lộc"]]


def test_a_count_of_one_person_then_cho_and_an_honorific_names_that_person():
    text = ("LĐLĐ tỉnh trao Bằng khen của Ban Chấp hành LĐLĐ tỉnh cho 02 tập thể: CĐCS xã Gia Lộc và CĐCS xã Tân Hòa "
            "và một cá nhân cho đ/c Lò Thị Mai, đoàn viên CĐCS Phòng Y tế huyện, đã có thành tích tiêu biểu.")
    assert ("other_org_award", "ca_nhan", 1, ["Lò Thị Mai"]) in _named(text)


def test_a_second_place_after_va_in_a_listed_persons_description_is_where_the_person_serves():
    text = ("Chủ tịch UBND thị trấn Tân Phú tặng giấy khen cho thiếu tá Lò Văn Tài, cán bộ Công an thị trấn Tân Phú; "
            "anh Hà Văn Lâm và anh Đinh Văn Hòa, Tổ bảo vệ an ninh trật tự cơ sở khóm 1 và khóm Gia Lộc (TT.Tân Phú).")
    assert _named(text) == [("giay_khen", "ca_nhan", 3, ["Lò Văn Tài", "Hà Văn Lâm", "Đinh Văn Hòa"])]


def test_a_locality_after_va_in_a_semicolon_list_of_units_is_still_named():
    text = ("UBND huyện tặng giấy khen cho các tập thể: Công an xã Gia Lộc, huyện Tân Phú; Trường THCS Kim Đồng và "
            "xã Tân Hòa.")
    assert _named(text)[-1][-1][-1] == "xã Tân Hòa"


def test_collectives_counted_again_under_what_they_are_before_a_colon_are_named():
    text = ("Giám đốc Công ty than Gia Bình đã thưởng đột xuất cho 3 tập thể. Theo đó, trong ngày 12/6, 3 phân xưởng : "
            "Đào lò 2, Đào lò 5 và Vận tải 1 đã đạt sản lượng kỷ lục.")
    assert _named(text) == [("khen_thuong", "tap_the", 3, ["Đào lò 2", "Đào lò 5", "Vận tải 1"])]


def test_an_artist_whose_stage_name_is_a_place_is_named_when_a_bracket_gives_the_troupe():
    text = ("Thành phố có 2 Nghệ sĩ ưu tú được xét tặng danh hiệu Nghệ sĩ nhân dân. Đó là nghệ sỹ Hà Giang (Đoàn Ca "
            "múa Tân Phú) và nghệ sỹ Lò Văn Tài (Đoàn Nghệ thuật Múa rối).")
    assert ("nghe_si_nhan_dan", "ca_nhan", 2, ["Hà Giang", "Lò Văn Tài"]) in _named(text)


def test_a_place_after_a_noun_for_people_without_a_troupe_is_no_stage_name():
    text = "Năm 2030, 2 nông dân Hà Giang được tặng Bằng khen của UBND tỉnh vì đã hiến đất làm đường."
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 2, [])]


def test_one_of_the_counted_by_a_giver_before_a_bare_khen_thuong():
    text = "Đảng bộ huyện Tân Phú là một trong 4 đơn vị hoàn thành xuất sắc nhiệm vụ được Tỉnh ủy khen thưởng."
    assert _named(text) == [("khen_thuong", "tap_the", 4, ["Đảng bộ huyện Tân Phú"])]


def test_the_farmers_union_written_as_hnd_is_a_unit_that_receives():
    text = "Ông Lò Văn Tài, Trưởng Ban Dân vận Tỉnh ủy trao Cờ thi đua của Thủ tướng Chính phủ cho HND tỉnh."
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 1, ["HND tỉnh"])]


def test_forms_without_a_count_after_counted_ones_go_to_the_same_holder():
    text = ("Công đoàn Viên chức tỉnh Gia Bình đã được công đoàn cấp trên tặng 25 Bằng khen, 21 Cờ thi đua xuất sắc, "
            "được tặng Bằng khen của Thủ tướng Chính phủ (năm 2003), Huân chương Lao động hạng Ba (năm 2005).")
    named = {a[0]: a[-1] for a in _named(text)}
    assert named["bang_khen_thu_tuong_chinh_phu"] == named["huan_chuong_lao_dong_hang_ba"] == \
        ["Công đoàn Viên chức tỉnh Gia Bình"]


def test_a_unit_whose_head_is_written_once_before_va_and_the_next_title_is_named_whole():
    text = ("Hội nghị đề nghị tặng danh hiệu “Đơn vị quyết thắng” cho Công an huyện Gia Lộc, Tân Phú và danh hiệu "
            "“Đơn vị tiên tiến” cho Công an huyện Tân Hòa.")
    assert [a[-1] for a in _named(text)] == [["Công an huyện Gia Lộc", "Công an huyện Tân Phú"], ["Công an huyện Tân Hòa"]]


# --- a plural described, then "gồm" without a colon ---------------------------------------------------

def test_people_listed_after_a_plural_and_gom_without_a_colon_are_named():
    text = ("Danh hiệu Anh hùng Lao động cũng được trao cho các cá nhân xuất sắc, gồm ông Lò Văn Tài, Giám đốc "
            "Công ty Chè Tân Phú; bà Vi Thị Hoa, Chủ tịch HĐQT Công ty Giống Gia Bình.")
    assert _named(text) == [("anh_hung_lao_dong", "ca_nhan", 2, ["Lò Văn Tài", "Vi Thị Hoa"])]


def test_units_listed_after_a_plural_and_gom_without_a_colon_are_named():
    text = "Chủ tịch nước trao Huân chương Lao động hạng Nhì cho các tập thể gồm Trường THPT Tân Phú và Bệnh viện huyện Gia Bình."
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "tap_the", 2,
                             ["Trường THPT Tân Phú", "Bệnh viện huyện Gia Bình"])]


def test_counts_after_a_plural_and_gom_stay_counts_not_names():
    text = "UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân gồm 6 tập thể và 15 cá nhân."
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 6, []), ("bang_khen_bo_tinh", "ca_nhan", 15, [])]


def test_a_plural_with_gom_and_only_vague_words_after_names_nobody():
    text = "UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân gồm nhiều trường học và trạm y tế trên địa bàn."
    assert all(a[-1] == [] for a in _named(text))


def test_an_adverb_before_a_passive_grant_keeps_the_names_after_cho():
    text = "Danh hiệu Anh hùng Lao động cũng được trao cho ông Lò Văn Tài và bà Vi Thị Hoa."
    assert _named(text) == [("anh_hung_lao_dong", "ca_nhan", 2, ["Lò Văn Tài", "Vi Thị Hoa"])]


def test_a_name_the_excerpt_cuts_mid_word_at_its_end_is_left_out():
    text = ("Danh hiệu Anh hùng Lao động được trao cho các cá nhân, gồm ông Lò Văn Tài, Giám đốc Công ty Chè Tân Phú; "
            "bà Vi Thị Hoa, Giám đốc Hợp tác xã Gia Bình; ông Hà V")
    assert _named(text) == [("anh_hung_lao_dong", "ca_nhan", 2, ["Lò Văn Tài", "Vi Thị Hoa"])]


# --- a name written before counts of others ("cho A cùng 3 tập thể và 5 cá nhân") ------------------

def test_a_person_with_a_role_before_cung_and_counts_is_an_entry_of_his_own():
    text = ("Chủ tịch UBND tỉnh trao Bằng khen cho Trung tá Đinh Văn Quý, Trưởng Công an huyện Tân Phú cùng 02 tập "
            "thể và 06 cá nhân có thành tích trong phá án.")
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 2, []), ("bang_khen_bo_tinh", "ca_nhan", 6, []),
                            ("bang_khen_bo_tinh", "ca_nhan", 1, ["Đinh Văn Quý"])]


def test_a_person_with_a_role_before_va_and_a_count_of_units_is_named():
    text = "Giám đốc Sở tặng Giấy khen cho bà Lò Thị Hạnh, Hiệu trưởng Trường Tiểu học Gia Bình và 04 tập thể."
    assert _named(text) == [("giay_khen", "tap_the", 4, []), ("giay_khen", "ca_nhan", 1, ["Lò Thị Hạnh"])]


def test_a_unit_before_cung_and_a_count_of_its_own_kind_is_an_entry_of_its_own():
    text = "Bộ trưởng trao Bằng khen cho Công an huyện Tân Phú cùng 03 tập thể và 05 cá nhân."
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 3, []), ("bang_khen_bo_tinh", "ca_nhan", 5, []),
                            ("bang_khen_bo_tinh", "tap_the", 1, ["Công an huyện Tân Phú"])]


def test_a_unit_before_va_and_a_count_of_its_own_kind_stays_unnamed():
    text = "Bộ trưởng trao Bằng khen cho Trường THPT Tân Phú và 03 tập thể khác."
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 3, [])]


# --- foreign names after an honorific ----------------------------------------------------------------

def test_a_six_word_foreign_name_after_an_honorific_and_a_role_is_named():
    text = ("Bộ trưởng trao Kỷ niệm chương “Vì sự nghiệp Tư pháp” cho ông Khăm Xổm Phết Bun Sổm Đy, Bộ trưởng Bộ "
            "Tư pháp Lào và ông Sok Chanthy, Thứ trưởng Bộ Tư pháp Campuchia.")
    assert _named(text) == [("ky_niem_chuong", "ca_nhan", 2, ["Khăm Xổm Phết Bun Sổm Đy", "Sok Chanthy"])]


def test_a_foreign_name_after_an_honorific_still_ends_at_its_role():
    text = "Bộ trưởng trao Kỷ niệm chương cho ông Khăm Xổm Phết Bun, Bộ trưởng Bộ Tư pháp Lào."
    assert _named(text) == [("ky_niem_chuong", "ca_nhan", 1, ["Khăm Xổm Phết Bun"])]


# --- a quoted title the form's pattern opens ---------------------------------------------------------

def test_names_come_after_the_rest_of_a_quoted_flag_title_with_its_year():
    text = "Nhân dịp này, Chính phủ tặng cờ “Đơn vị xuất sắc trong phong trào thi đua năm 2031” cho nhân dân và cán bộ xã Tân Lập."
    assert _named(text) == [("co_thi_dua_chinh_phu", "dia_phuong", 1, ["nhân dân và cán bộ xã Tân Lập"])]


def test_a_quoted_title_left_open_still_gives_the_names_after_cho():
    text = "Nhân dịp này, Chính phủ tặng cờ “Đơn vị xuất sắc trong phong trào thi đua năm 2031 cho nhân dân xã Tân Lập."
    assert [a[-1] for a in _named(text)] == [["nhân dân xã Tân Lập"]]


# --- a person called by one name, with a bracket about him ------------------------------------------

def test_a_one_word_foreign_name_with_a_bracket_after_an_honorific_is_named():
    text = ("Cục Cảnh sát trao kỷ niệm chương cho ông Marco (35 tuổi, quốc tịch Ý) và ông Hans Weber "
            "(50 tuổi, quốc tịch Đức).")
    assert _named(text) == [("ky_niem_chuong", "ca_nhan", 2, ["Marco", "Hans Weber"])]


def test_a_given_name_with_where_the_photo_shows_him_is_left_to_the_body():
    text = "Ông Lò Văn Tài (bìa phải) trao giấy khen cho anh Khải (ở giữa)."
    assert all(a[-1] == [] for a in _named(text))


# --- a role ending in a bare level word, then the person ---------------------------------------------

def test_people_after_roles_ending_in_a_bare_level_word_are_named():
    text = ("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Giám đốc Công an tỉnh Lò Văn Tài và Chủ tịch UBND "
            "huyện Hà Thị Mai.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_ba", "ca_nhan", 2, ["Lò Văn Tài", "Hà Thị Mai"])]


def test_a_three_word_place_after_a_bare_level_word_is_no_person():
    text = "Bộ trưởng tặng Bằng khen cho Chủ tịch UBND huyện Hoàng Su Phì."
    assert all(a[-1] == [] for a in _named(text))


def test_a_person_receiving_a_units_flag_is_not_its_recipient():
    text = "Chủ tịch UBND tỉnh Gia Bình Lò Văn Tài nhận Cờ thi đua của Chính phủ."
    assert _named(text) == [("co_thi_dua_chinh_phu", "tap_the", 1, [])]


# --- what the form is, written after it ---------------------------------------------------------------

def test_the_names_follow_what_the_form_is_written_after_a_dash():
    text = ("Nhân dịp này, Phó Thủ tướng trao Huân chương Độc lập hạng Nhì - phần thưởng cao quý của Đảng, Nhà nước, "
            "cho tập thể cán bộ, công chức, viên chức ngành tư pháp tỉnh Gia Bình.")
    assert _named(text) == [("huan_chuong_doc_lap_hang_nhi", "tap_the", 1,
                             ["tập thể cán bộ, công chức, viên chức ngành tư pháp tỉnh Gia Bình"])]


def test_what_the_form_is_without_a_grant_after_it_names_nobody():
    text = ("Nhân dịp này, ngành tư pháp đón nhận Huân chương Độc lập hạng Nhì - phần thưởng cao quý của Đảng, "
            "Nhà nước, và tổ chức hội nghị tổng kết.")
    assert all(a[-1] in ([], ["ngành tư pháp"]) for a in _named(text))


# --- forms counted before the grant ("tặng 1 Cờ thi đua cho A") ------------------------------------------

def test_one_counted_flag_for_its_bloc_standing_names_the_school_after_cho():
    text = "UBND tỉnh tặng 1 cờ thi đua nhất khối các trường tiểu học toàn tỉnh cho Trường Tiểu học Tân Phú."
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 1, ["Trường Tiểu học Tân Phú"])]


def test_a_flag_for_leading_a_cluster_names_the_unit_after_cho():
    text = "Sở Nội vụ trao cờ thi đua dẫn đầu cụm thi đua số 4 cho Phòng Nội vụ huyện Tân Phú."
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 1, ["Phòng Nội vụ huyện Tân Phú"])]


def test_two_counted_commendations_name_the_two_units_after_cho():
    text = "Giám đốc Sở tặng 2 Bằng khen cho Trường THCS Tân Phú và Trường Tiểu học Gia Bình."
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 2, ["Trường THCS Tân Phú", "Trường Tiểu học Gia Bình"])]


def test_counted_forms_with_fewer_names_than_forms_stay_unnamed():
    text = "Giám đốc Sở tặng 5 Bằng khen cho Trường THCS Tân Phú và Trường Tiểu học Gia Bình."
    assert all(a[-1] == [] for a in _named(text))


# --- a locality's award told by its place, then granted to its people -------------------------------------

def test_the_grant_naming_a_localitys_people_names_the_award_the_lead_told():
    text = ("Ngày 12/1, huyện Tân Phú tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì. Thừa ủy quyền của Chủ tịch "
            "nước, Phó Chủ tịch Quốc hội trao Huân chương Lao động hạng Nhì cho Đảng bộ, chính quyền và nhân dân "
            "huyện Tân Phú.")
    assert _named(text) == [("huan_chuong_lao_dong_hang_nhi", "dia_phuong", 1,
                             ["Đảng bộ, chính quyền và nhân dân huyện Tân Phú"])]


def test_another_localitys_people_after_the_lead_are_a_statement_of_their_own():
    text = ("Ngày 12/1, huyện Tân Phú tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì. Dịp này, Chủ tịch nước "
            "cũng trao Huân chương Lao động hạng Nhì cho Đảng bộ, chính quyền và nhân dân huyện Gia Bình.")
    assert [a[-1] for a in _named(text)] == [["huyện Tân Phú"], ["Đảng bộ, chính quyền và nhân dân huyện Gia Bình"]]


def test_a_sum_written_in_full_dong_before_cho_keeps_the_person_after_it():
    text = "Giám đốc Sở tặng bằng khen và tiền thưởng 12.500.000 đồng cho thầy giáo Lò Văn Tài - Trường THPT Chuyên Gia Bình."
    assert _named(text) == [("bang_khen_bo_tinh", "ca_nhan", 1, ["Lò Văn Tài"])]


# --- two units of one head joined by a comma in a semicolon list ---------------------------------------

def test_two_units_of_one_head_before_a_semicolon_are_two_when_the_count_says_so():
    text = "Bộ Công an tặng Bằng khen cho 4 cơ quan báo chí gồm: Báo Gia Bình, Báo Tân Phú; Đài Phát thanh tỉnh; Báo Hồng Lam."
    assert _named(text) == [("bang_khen_bo_tinh", "tap_the", 4,
                             ["Báo Gia Bình", "Báo Tân Phú", "Đài Phát thanh tỉnh", "Báo Hồng Lam"])]


def test_a_unit_and_its_parent_of_one_head_stay_one_when_the_count_says_so():
    text = ("Bộ trưởng tặng Bằng khen cho 3 đơn vị gồm: Trung tâm Dữ liệu, Trung tâm Điều tra tài nguyên quốc gia; "
            "Cục Quản lý tài nguyên nước; Trường THPT Tân Phú.")
    assert [a[-1] for a in _named(text)] == [["Trung tâm Dữ liệu, Trung tâm Điều tra tài nguyên quốc gia",
                                              "Cục Quản lý tài nguyên nước", "Trường THPT Tân Phú"]]


def test_a_localitys_people_named_by_its_bare_level_are_the_locality():
    text = ("Thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng trao Huân chương Độc lập hạng Ba cho Đảng bộ, chính quyền "
            "và nhân dân huyện.")
    assert _named(text) == [("huan_chuong_doc_lap_hang_ba", "dia_phuong", 1,
                             ["Đảng bộ, chính quyền và nhân dân huyện"])]


def test_a_bare_level_inside_a_longer_phrase_is_no_locality_of_its_own():
    text = "Bộ trưởng tặng Bằng khen cho cán bộ và nhân dân huyện vùng cao Tân Phú."
    assert [a[-1] for a in _named(text)] != [["cán bộ và nhân dân huyện"]]


# --- a passive subject whose units share a head written once -------------------------------------------

def test_a_subject_writing_the_head_once_for_units_of_two_levels_names_each_unit():
    text = ("Cùng với Tân Phú, Sở Y tế các tỉnh, thành phố: Gia Bình, Hồng Lam, Lâm Sơn là những đơn vị được tặng "
            "Cờ thi đua.")
    assert _named(text) == [("co_thi_dua_bo_tinh", "tap_the", 3, ["Sở Y tế Gia Bình", "Sở Y tế Hồng Lam", "Sở Y tế Lâm Sơn"])]


def test_a_shared_head_list_followed_by_another_clause_is_no_subject():
    text = ("Sở Y tế các tỉnh: Gia Bình, Hồng Lam đã tổ chức hội nghị, Trường THPT Tân Phú được tặng Cờ thi đua.")
    assert [a[-1] for a in _named(text)] != [["Sở Y tế Gia Bình", "Sở Y tế Hồng Lam"]]


# --- a comma inside a unit's name ---------------------------------------------------------------------------

def test_a_units_lower_case_rest_after_a_comma_and_its_bracket_stay_one_name():
    text = ("Chủ tịch nước trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho 3 tập thể gồm: Binh đoàn 16 (Bộ "
            "Quốc phòng), Cục cứu hộ, cứu nạn (Bộ Tổng tham mưu), Công an tỉnh Gia Bình (Bộ Công an).")
    assert _named(text) == [("anh_hung_luc_luong_vu_trang_nhan_dan", "tap_the", 3, [
        "Binh đoàn 16 (Bộ Quốc phòng)", "Cục cứu hộ, cứu nạn (Bộ Tổng tham mưu)", "Công an tỉnh Gia Bình (Bộ Công an)"])]


def test_what_is_said_of_a_unit_after_a_comma_is_no_part_of_its_name():
    text = ("Chủ tịch nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Đội điều trị 5, tiền thân của "
            "Bệnh viện Quân y 15 (gọi tắt là BV15).")
    assert all("tiền thân" not in name for a in _named(text) for name in a[-1])


# --- the place a dash writes after a unit ----------------------------------------------------------------

def test_the_commune_a_dash_writes_after_a_village_stays_in_its_name():
    text = ("Năm 2030, huyện công nhận 4 bản đạt danh hiệu Làng văn hóa gồm: bản Nà Hẩu - xã Tân Lập; bản Lở, bản Pá "
            "Khoang - xã Gia Bình; bản Huổi Khon - xã Hồng Lam.")
    assert [a[-1] for a in _named(text)] == [["bản Nà Hẩu - xã Tân Lập", "bản Lở", "bản Pá Khoang - xã Gia Bình",
                                              "bản Huổi Khon - xã Hồng Lam"]]


def test_a_lower_case_description_after_a_dash_still_leaves_the_unit_name():
    text = "Bộ trưởng tặng Cờ thi đua cho Hội Nông dân huyện Tân Phú - dẫn đầu cụm thi đua số 2."
    assert [a[-1] for a in _named(text)] == [["Hội Nông dân huyện Tân Phú"]]
