import pytest

from tdkt.extract.campaigns import canonical_campaign, extract_campaigns
from tdkt.extract.document import make_document

LEAD = "Hội nghị sơ kết thi đua năm 2021\nNgày 2/7/2021, UBND huyện tổ chức hội nghị.\n"


def campaigns(text):
    return [c["name"] for c in extract_campaigns(make_document(LEAD + text))]


def test_quoted_names_after_cues():
    text = ('Huyện đẩy mạnh phong trào thi đua "Quảng Ninh chung sức xây dựng nông thôn mới" và '
            'cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.')
    assert campaigns(text) == ["Quảng Ninh chung sức xây dựng nông thôn mới",
                               "Người Việt Nam ưu tiên dùng hàng Việt Nam"]


def test_list_after_one_cue_and_mixed_quote_marks():
    text = "Các phong trào “Dân vận khéo”, 'Cựu chiến binh gương mẫu' và “Tuổi trẻ sáng tạo' được hưởng ứng."
    assert campaigns(text) == ["Dân vận khéo", "Cựu chiến binh gương mẫu", "Tuổi trẻ sáng tạo"]


def test_unclosed_quote_ends_at_semicolon():
    text = 'Phong trào “Lâm Đồng chung tay vì người nghèo - không để ai bị bỏ lại phía sau; phong trào “Dạy tốt, học tốt”.'
    assert campaigns(text) == ["Lâm Đồng chung tay vì người nghèo - không để ai bị bỏ lại phía sau", "Dạy tốt, học tốt"]


def test_nested_quote_inside_an_unclosed_theme():
    text = ('Năm 2021, huyện phát động thi đua với chủ đề “Cán bộ và nhân dân huyện “Đoàn kết, sáng tạo, '
            'về đích sớm” hoàn thành các chỉ tiêu năm.')
    assert campaigns(text) == ["Đoàn kết, sáng tạo, về đích sớm"]


def test_models_and_clubs_are_not_campaigns():
    text = 'Xã duy trì mô hình “Tuyến đường tự quản” và câu lạc bộ “Phụ nữ không sinh con thứ ba”.'
    assert campaigns(text) == []


def test_leading_phong_trao_inside_the_quotes_is_dropped():
    assert campaigns('Triển khai phong trào: “ Phong trào học tập và làm theo gương Bác Hồ”.') == \
        ["học tập và làm theo gương Bác Hồ"]


def test_national_campaign_without_cue_word():
    text = "Các đơn vị nêu gương điển hình trong “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”."
    [mention] = extract_campaigns(make_document(LEAD + text))
    assert mention["canonical_id"] == "hoc_tap_lam_theo_hcm"
    assert mention["text"] == mention["name"]


@pytest.mark.parametrize("name, cid", [
    ("Bắc Kạn chung sức xây dựng nông thôn mới", "ntm"),
    ("Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "vi_nguoi_ngheo"),
    ("Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", "van_hoa_cong_so"),
    ("Chung tay xóa nhà tạm, nhà dột nát trên địa bàn tỉnh", "xoa_nha_tam"),
    ("Thi đua đổi mới sáng tạo và chuyển đổi số năm 2025", "dmst_cds"),
    ("Xây dựng tuyến đường hoa", None),
])
def test_canonical_ids(name, cid):
    assert canonical_campaign(name) == cid


def test_each_campaign_once():
    text = 'Phong trào “Dân vận khéo” tiếp tục lan tỏa. Kết quả phong trào "Dân vận khéo" được ghi nhận.'
    assert campaigns(text) == ["Dân vận khéo"]


def test_a_quoted_name_followed_by_its_commune_is_a_local_model():
    text = ('Các điển hình được tuyên dương như: Thi đua “Dạy tốt, học tốt”, '
            '“Cổng an ninh, trật tự khu phố”, xã Tân Lập; mô hình “Đội tự quản” tại xã Hòa Bình.')
    assert campaigns(text) == ["Dạy tốt, học tốt"]


def test_a_list_introduced_by_nhu_with_hay_before_its_last_item():
    text = ('Công đoàn ngành duy trì các phong trào thi đua như “Xanh - sạch - đẹp nơi làm việc”, '
            '“Mỗi tuần một việc làm hay”, hay “Nhà giáo gương mẫu vì học sinh thân yêu”.')
    assert campaigns(text) == ["Xanh - sạch - đẹp nơi làm việc", "Mỗi tuần một việc làm hay",
                               "Nhà giáo gương mẫu vì học sinh thân yêu"]


def test_a_peak_drive_and_a_launched_name_are_campaigns():
    text = ('Thành đoàn tổ chức lễ phát động “Trăm ngày đêm vì biển đảo” và đợt thi đua cao điểm '
            '“Mùa xuân tình nguyện 2024”.')
    assert campaigns(text) == ["Trăm ngày đêm vì biển đảo", "Mùa xuân tình nguyện 2024"]


def test_a_headline_naming_a_peak_drive():
    doc = make_document("Huyện Tân Kỳ phát động đợt thi đua cao điểm “Về đích trước hẹn”\n"
                        "Sáng 4/5, UBND huyện tổ chức lễ phát động.\n")
    assert [c["name"] for c in extract_campaigns(doc)] == ["Về đích trước hẹn"]


def test_the_theme_of_a_show_or_contest_is_not_a_campaign():
    text = ('Đài truyền hình tỉnh tổ chức chương trình Tỏa sáng miền quê năm 2023 với chủ đề “Sắc màu quê hương”. '
            'Hội thi tiếng hát nông dân lần thứ hai có chủ đề “Giai điệu đồng xanh”.')
    assert campaigns(text) == []


def test_the_theme_of_an_emulation_congress_is_a_campaign():
    text = ('Đại hội Thi đua yêu nước thành phố lần thứ VI được tổ chức với chủ đề: '
            '“Đoàn kết, kỷ cương, thi đua xây dựng thành phố văn minh”.')
    assert campaigns(text) == ["Đoàn kết, kỷ cương, thi đua xây dựng thành phố văn minh"]


def test_a_programme_is_a_campaign_only_when_it_is_a_known_movement():
    text = ('Công đoàn viên hưởng ứng chương trình “Một triệu sáng kiến vì doanh nghiệp phát triển” '
            'và tiếp tục thực hiện chương trình “Phúc lợi cho đoàn viên năm 2024”.')
    assert campaigns(text) == ["Một triệu sáng kiến vì doanh nghiệp phát triển"]


def test_a_quoted_event_is_not_a_campaign_even_with_a_movement_in_its_name():
    text = ('Xã được khen vì thành tích trong việc tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” '
            'và trong phong trào “Toàn dân bảo vệ an ninh Tổ quốc”.')
    assert campaigns(text) == ["Toàn dân bảo vệ an ninh Tổ quốc"]


def test_what_a_drive_contains_or_its_guiding_idea_is_no_name():
    text = ('Đơn vị phát động đợt thi đua với chủ đề “Kỷ cương, vượt khó, về đích”, với tư tưởng chỉ đạo '
            '“Giữ vững kỷ luật, đề cao trách nhiệm, thi đua quyết thắng”; nội dung cốt lõi của đợt thi đua là “Hai tốt”.')
    assert campaigns(text) == ["Kỷ cương, vượt khó, về đích"]


def test_a_quote_cut_off_by_the_end_of_an_excerpt_is_dropped():
    text = 'Huyện thực hiện tốt phong trào “Dân vận khéo” và cuộc vận động “Xây dựng nếp sống văn minh nơi cô'
    assert campaigns(text) == ["Dân vận khéo"]


def test_names_that_differ_by_a_word_are_two_campaigns():
    """Close names can be distinct movements (an older drive and its successor)."""
    text = ('Chi bộ gắn cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh” với '
            'phong trào “Học tập và làm theo tấm gương đạo đức, phong cách Hồ Chí Minh”.')
    assert campaigns(text) == ["Học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
                               "Học tập và làm theo tấm gương đạo đức, phong cách Hồ Chí Minh"]


def test_a_known_movement_after_an_unquoted_one():
    text = 'Năm qua, phong trào thi đua học tập gương điển hình, “Người tốt, việc tốt” có nhiều chuyển biến.'
    assert campaigns(text) == ["Người tốt, việc tốt"]
