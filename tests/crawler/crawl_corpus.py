"""Made-up Vietnamese news about emulation and commendation, for the fixture portals.

All sentences are written for these tests. Every article gets distinct
numbers, names and a date, so no two texts are alike.
"""
from __future__ import annotations

import datetime as dt
import random

from tdkt.crawler.demo.articles import PortalArticle as FakeArticle
from tdkt.crawler.demo.articles import slugify, weekday  # noqa: F401 - the tests import them from here

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Hà", "Lường", "Vàng", "Giàng"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Đức", "Ngọc", "Quang", "Thu"]
GIVEN = ["An", "Bình", "Cường", "Dung", "Hải", "Hạnh", "Lan", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn",
         "Thảo", "Tuấn", "Yến", "Khánh", "Hòa"]
TITLES = ["Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Nội vụ", "Trưởng Ban Thi đua - Khen thưởng tỉnh",
          "Chủ tịch Liên đoàn Lao động tỉnh", "Bí thư Huyện ủy", "Chủ tịch UBND huyện",
          "Phó Trưởng Ban Thi đua - Khen thưởng tỉnh"]
ORGS = ["UBND huyện Phong Thổ", "Sở Giáo dục và Đào tạo", "Khối thi đua các cơ quan Đảng tỉnh",
        "Hội Liên hiệp Phụ nữ tỉnh", "Cụm thi đua số 2", "Liên đoàn Lao động tỉnh", "Công an tỉnh",
        "Bộ Chỉ huy Quân sự tỉnh", "UBND huyện Kim Bôi", "Sở Y tế", "Hội Nông dân tỉnh", "Tỉnh đoàn"]
AWARDS = ["Huân chương Lao động hạng Ba", "Cờ thi đua của Chính phủ", "Bằng khen của Thủ tướng Chính phủ",
          "Cờ thi đua của UBND tỉnh", "danh hiệu Tập thể lao động xuất sắc", "danh hiệu Chiến sĩ thi đua cấp tỉnh",
          "Huân chương Lao động hạng Nhì", "Bằng khen của Chủ tịch UBND tỉnh"]
PLACES = ["hội trường UBND tỉnh", "Trung tâm Hội nghị tỉnh", "nhà văn hóa huyện", "hội trường Huyện ủy",
          "trụ sở Sở Nội vụ"]
KINDS = ["tổng kết công tác thi đua, khen thưởng", "sơ kết phong trào thi đua 6 tháng đầu năm",
         "biểu dương điển hình tiên tiến", "ký kết giao ước thi đua", "trao tặng danh hiệu thi đua"]
MIDDLE_SENTENCES = [
    "Trong năm qua, các phong trào thi đua được triển khai rộng khắp tới từng cơ quan, đơn vị và gắn chặt với nhiệm vụ chính trị được giao.",
    "Nhiều mô hình hay, cách làm sáng tạo đã được phát hiện và nhân rộng, góp phần hoàn thành các chỉ tiêu phát triển kinh tế - xã hội.",
    "Công tác khen thưởng bảo đảm công khai, minh bạch, đúng đối tượng, chú trọng người lao động trực tiếp và đồng bào dân tộc thiểu số.",
    "Các cụm, khối thi đua duy trì sinh hoạt định kỳ, chấm điểm và bình xét khách quan theo bộ tiêu chí đã thống nhất từ đầu năm.",
    "Hội đồng Thi đua - Khen thưởng đã thẩm định hồ sơ chặt chẽ, kịp thời trình cấp có thẩm quyền xem xét khen thưởng.",
    "Việc tuyên truyền gương người tốt, việc tốt được đẩy mạnh trên báo chí và mạng xã hội, lan tỏa tinh thần thi đua yêu nước.",
    "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như nội dung thi đua ở vài nơi còn hình thức, chưa sát thực tế.",
]
CLOSERS = [
    "Hội nghị kết thúc trong không khí phấn khởi, quyết tâm thực hiện thắng lợi các nhiệm vụ năm {next}.",
    "Các đại biểu thống nhất tiếp tục đổi mới nội dung, hình thức tổ chức phong trào thi đua trong năm {next}.",
    "Buổi lễ là dịp để các tập thể, cá nhân nhìn lại chặng đường đã qua và đặt ra mục tiêu cao hơn cho năm {next}.",
]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def make_article(number: int, start: dt.date = dt.date(2023, 1, 9)) -> FakeArticle:
    rng = random.Random(number * 7919)
    date = start + dt.timedelta(days=number * 3)
    org, kind, award = rng.choice(ORGS), rng.choice(KINDS), rng.choice(AWARDS)
    year = date.year
    title = f"{org} {kind} năm {year} (đợt {number})"
    collectives, people = 5 + number % 17 + rng.randint(1, 9), 12 + number * 2 + rng.randint(0, 5)
    lead = (f"Sáng {date.day:02d}/{date.month:02d}/{year}, tại {rng.choice(PLACES)}, {org} tổ chức hội nghị {kind} "
            f"năm {year} và triển khai nhiệm vụ năm {year + 1}.")
    speaker, title_of = person(rng), rng.choice(TITLES)
    middles = rng.sample(MIDDLE_SENTENCES, 3)
    paragraphs = [
        lead,
        f"Tham dự hội nghị có đồng chí {speaker}, {title_of}; đại diện lãnh đạo các sở, ban, ngành và {collectives} đơn vị trong cụm thi đua.",
        " ".join(middles[:2]),
        f"Phát biểu chỉ đạo, đồng chí {speaker} ghi nhận những kết quả đã đạt được và đề nghị các đơn vị tiếp tục "
        f"phát huy vai trò nêu gương của người đứng đầu trong phong trào thi đua.",
        f"Dịp này, {collectives} tập thể và {people} cá nhân có thành tích xuất sắc được tặng {award}; "
        f"{number % 5 + 1} đơn vị được suy tôn dẫn đầu phong trào thi đua năm {year}.",
        middles[2],
        rng.choice(CLOSERS).format(next=year + 1),
    ]
    caption = f"Đồng chí {speaker} trao {award} cho các tập thể tiêu biểu."
    return FakeArticle(id=number, title=title, date=date, paragraphs=paragraphs, author=person(rng),
                       caption=caption, slug=f"{slugify(title)[:70]}-{number}", time=f"{8 + number % 9:02d}:{(number * 7) % 60:02d}")


def make_corpus(count: int, first: int = 1) -> list[FakeArticle]:
    return [make_article(n) for n in range(first, first + count)]
