import pytest

from tdkt.extract import extract_article

RELEVANT = [
    "Huyện Tam Nông tổng kết công tác thi đua, khen thưởng năm 2021\nNgày 12/1/2022, UBND huyện tổ chức hội nghị tổng kết. "
    "Dịp này, UBND huyện tặng Giấy khen cho 20 tập thể và 45 cá nhân.",
    "Trao Huy hiệu Đảng cho đảng viên lão thành\nSáng 2/9/2020, Thành ủy trao Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.",
    "Lễ đón nhận Huân chương Lao động hạng Nhì\nSáng 15/11/2019, Trường THPT Nguyễn Du tổ chức lễ đón nhận Huân chương Lao động hạng Nhì.",
]
NOT_RELEVANT = [
    "Trao quà Tết cho hộ nghèo\nSáng 20/1/2023, Hội Chữ thập đỏ huyện trao 200 suất quà cho hộ nghèo, mỗi suất trị giá 500.000 đồng.",
    "Hội thi tin học trẻ năm 2022\nBan tổ chức trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba cho các thí sinh xuất sắc.",
    "Khởi công xây dựng cầu dân sinh\nSáng 5/5/2021, UBND tỉnh khởi công cầu dân sinh với tổng vốn 15 tỷ đồng, dự kiến hoàn thành năm 2022.",
]


@pytest.mark.parametrize("text", RELEVANT)
def test_relevant(text):
    record = extract_article(text)
    assert record["relevant"] is True and record["relevance"] >= 0.5


@pytest.mark.parametrize("text", NOT_RELEVANT)
def test_not_relevant(text):
    record = extract_article(text)
    assert record["relevant"] is False and record["relevance"] < 0.5
