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
