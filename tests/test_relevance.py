import pytest

from tdkt.extract import extract_article

RELEVANT = [
    "Huyện Tam Nông tổng kết công tác thi đua, khen thưởng năm 2021\nNgày 12/1/2022, UBND huyện tổ chức hội nghị tổng kết. "
    "Dịp này, UBND huyện tặng Giấy khen cho 20 tập thể và 45 cá nhân.",
    "Trao Huy hiệu Đảng cho đảng viên lão thành\nSáng 2/9/2020, Thành ủy trao Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.",
    "Lễ đón nhận Huân chương Lao động hạng Nhì\nSáng 15/11/2019, Trường THPT Nguyễn Du tổ chức lễ đón nhận Huân chương Lao động hạng Nhì.",
    # an organisation's badge for courage, in an article about the rescue it honours
    "Trao huy hiệu cho nam sinh cứu bạn đuối nước\nChiều 3/7/2030, Tỉnh đoàn Lai Châu trao huy hiệu của Trung ương "
    "Đoàn cho em Lò Văn Sơn, học sinh lớp 8, người đã lao xuống suối cứu hai bạn bị nước cuốn.",
    # an organisation's named prize
    "Trao giải thưởng cho thanh niên tiêu biểu\nNgày 12/10/2030, Trung ương Hội LHTN Việt Nam trao giải thưởng "
    "mang tên ngày thành lập Hội cho 60 cán bộ hội viên có đóng góp tích cực cho phong trào thanh niên.",
    # a letter of praise and a cash reward to police units
    "Bộ Công an gửi thư khen lực lượng phá án\nNgày 9/8/2030, Bộ trưởng Bộ Công an gửi thư khen và thưởng nóng "
    "Phòng Cảnh sát hình sự Công an tỉnh Hà Giang vì đã nhanh chóng bắt giữ nhóm đối tượng cướp tiệm vàng.",
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


# An excerpt whose first line is its lead paragraph: that line is the lead, not a headline.
EXCERPT_RELEVANT = [
    "Chiều 12/10, tại Cần Thơ, Bộ Công Thương tổ chức Đại hội Thi đua yêu nước ngành Công Thương lần thứ V giai đoạn "
    "2020-2025. Dự đại hội có đại diện lãnh đạo các vụ, cục và hơn 400 đại biểu là điển hình tiên tiến của toàn ngành.",
    "Đại hội thi đua yêu nước của Hội Nông dân tỉnh vừa khép lại sau hai ngày làm việc. Các đại biểu đã trao đổi nhiều "
    "kinh nghiệm trong phong trào thi đua sản xuất, kinh doanh giỏi.",
]
HARD_NEGATIVES = [
    # sports medals
    "Đoàn thể thao huyện giành 4 huy chương vàng môn bơi\nSáng 9/7, Ban tổ chức Đại hội Thể dục thể thao tỉnh trao "
    "huy chương cho các vận động viên. Sau 3 ngày tranh tài, đoàn huyện Tân Phú giành 4 huy chương vàng, 2 huy chương bạc.",
    # a recognition that is no commendation
    "Huyện Đông Hòa đạt chuẩn nông thôn mới\nPhó Thủ tướng vừa ký Quyết định số 512/QĐ-TTg công nhận huyện Đông Hòa, tỉnh Phú Yên đạt chuẩn nông thôn mới năm 2021. "
    "UBND tỉnh có trách nhiệm công bố và khen thưởng theo quy định. Huyện Đông Hòa là huyện thứ ba của tỉnh hoàn thành "
    "19 tiêu chí, với thu nhập bình quân đầu người đạt 52 triệu đồng mỗi năm.",
    # a list of leads (a category page)
    "Tin thời sự\nSáng 12/9, Ban chỉ đạo an toàn giao thông tỉnh họp triển khai nhiệm vụ quý IV.\n"
    "Chiều 10/9, Sở Xây dựng kiểm tra công trình trường học tại huyện Đắk Hà.\n"
    "Chiều 9/9, Đoàn kiểm tra của Hội đồng Thi đua - Khen thưởng Trung ương làm việc với lãnh đạo tỉnh.\n"
    "Sáng 8/9, Công an tỉnh ra quân bảo đảm trật tự năm học mới.",
]


@pytest.mark.parametrize("text", EXCERPT_RELEVANT)
def test_excerpt_without_headline_relevant(text):
    assert extract_article(text)["relevant"] is True


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives(text):
    assert extract_article(text)["relevant"] is False


# Pages that mention awards without reporting on emulation and commendation work.
REFERENCE_AND_CONTEST_PAGES = [
    # a question-and-answer page of a public-service portal
    'Bằng khen của Thủ tướng Chính phủ có được xét cùng đợt với Huân chương Lao động không?\n'
    'Trả lời:\nBằng khen của Thủ tướng Chính phủ và Huân chương Lao động hạng Ba được xét theo hồ sơ riêng, '
    'khi tổng kết năm hoặc tổng kết phong trào thi đua theo chuyên đề.\nCác câu hỏi liên quan',
    # an administrative procedure
    'Thủ tục tặng Giấy khen của Chủ tịch UBND cấp huyện\nHồ sơ:\n1. Tờ trình đề nghị khen thưởng\n'
    '2. Biên bản họp Hội đồng Thi đua - Khen thưởng\nTrình tự thực hiện:\n1. Phòng Nội vụ thẩm định hồ sơ khen thưởng\n'
    '2. Chủ tịch UBND huyện quyết định tặng Giấy khen, danh hiệu thi đua',
    # a writing contest about exemplary people
    'Phát động cuộc thi viết về người tốt trong phong trào thi đua “Vì sức khỏe cộng đồng”\n'
    'Cuộc thi dành cho viên chức, người lao động ngành Y tế tỉnh. Bài dự thi kể về tấm gương điển hình tiên tiến, '
    'được khen thưởng trong phong trào thi đua. Bài viết gửi về Công đoàn ngành trước ngày 30/9.',
    # an inspection of how a campaign is carried out, with its scoring
    'Kiểm tra việc thực hiện cuộc vận động tại xã Ia Pết\nĐoàn kiểm tra của Cụm thi đua số 3 đã chấm điểm thi đua '
    'các khu dân cư. Thôn 2 được đề nghị công nhận Khu dân cư văn hóa; thôn 5 giữ danh hiệu 3 năm liền.',
]


@pytest.mark.parametrize("text", REFERENCE_AND_CONTEST_PAGES)
def test_reference_and_contest_pages(text):
    assert extract_article(text)["relevant"] is False


def test_a_prize_ceremony_is_no_contest_page():
    text = ('Trao giải thưởng “Bông hồng vàng” cho 15 cán bộ Hội phụ nữ\nSáng 8/3, Hội LHPN tỉnh tổ chức lễ tôn vinh, '
            'trao giải thưởng “Bông hồng vàng” và tặng Bằng khen cho 15 cán bộ Hội có thành tích xuất sắc.')
    assert extract_article(text)["relevant"] is True
