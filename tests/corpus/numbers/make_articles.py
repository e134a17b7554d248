"""Writes articles.jsonl: the articles of the counting corpus (written for this project, not real news).

Each article stages one situation of issue 11; README.md in this folder gives the hand-computed figures
the tests assert (tests/schema/test_db_numbers.py).
"""
import json
from pathlib import Path

ARTICLES = [
    {"id": "krongbong_tongket_2023", "url": "https://krongbong.daklak.gov.vn/tin-tuc/tong-ket-thi-dua-2023",
     "published": "2024-01-12", "title": "Huyện Krông Bông tổng kết công tác thi đua, khen thưởng năm 2023",
     "text": (
        "Huyện Krông Bông tổng kết công tác thi đua, khen thưởng năm 2023\n"
        "Ngày 11/01/2024, UBND huyện Krông Bông tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "
        "Dự hội nghị có ông Lê Minh Khoa, Chủ tịch UBND huyện Krông Bông.\n"
        "Theo báo cáo, năm 2023 toàn huyện đã khen thưởng 200 tập thể, cá nhân, trong đó: Lao động tiên tiến: "
        "120 cá nhân; Chiến sĩ thi đua cơ sở: 30 cá nhân; Giấy khen: 50 tập thể.\n"
        "Khen thưởng thành tích năm học 2022 - 2023 đối với 500 cá nhân, 40 tập thể; trong đó: 300 lao động tiên "
        "tiến, 150 chiến sĩ thi đua cơ sở, 40 tập thể lao động tiên tiến; khen thưởng 20 tập thể và 60 cá nhân có "
        "thành tích đột xuất.\n"
        "Riêng xã Cư Pui có 35 hộ gia đình được khen thưởng.\n"
        "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 6 tập thể.")},
    {"id": "daklak_daihoi_2020", "url": "https://daklak.gov.vn/tin-tuc/dai-hoi-thi-dua-yeu-nuoc-lan-thu-v",
     "published": "2020-09-10", "title": "Đại hội Thi đua yêu nước tỉnh Đắk Lắk lần thứ V",
     "text": (
        "Đại hội Thi đua yêu nước tỉnh Đắk Lắk lần thứ V\n"
        "Ngày 09/9/2020, tại Hội trường 10-3 (thành phố Buôn Ma Thuột), UBND tỉnh Đắk Lắk tổ chức Đại hội Thi đua "
        "yêu nước tỉnh lần thứ V.\n"
        "Trong giai đoạn 2015 - 2020, toàn tỉnh có 50.000 tập thể, cá nhân được các cấp khen thưởng, trong đó "
        "khen thưởng cấp Nhà nước 800 lượt.\n"
        "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 40 tập thể và 60 cá nhân.")},
    {"id": "khoi_phianam_2023", "url": "https://daklak.gov.vn/tin-tuc/khoi-thi-dua-cac-huyen-phia-nam-tong-ket",
     "published": "2023-12-08", "title": "Khối thi đua các huyện phía Nam tổng kết năm 2023",
     "text": (
        "Khối thi đua các huyện phía Nam tổng kết năm 2023\n"
        "Ngày 07/12/2023, tại huyện Krông Pắc, Khối thi đua các huyện phía Nam tổ chức hội nghị tổng kết công tác "
        "thi đua, khen thưởng năm 2023.\n"
        "Năm 2023, các đơn vị trong khối có 1.500 tập thể và 9.000 cá nhân được các cấp khen thưởng.")},
    {"id": "eakar_traotang_portal", "url": "https://eakar.daklak.gov.vn/tin-tuc/le-trao-tang-huan-chuong",
     "published": "2023-09-06", "title": "Huyện Ea Kar đón nhận phần thưởng cao quý",
     "text": (
        "Huyện Ea Kar đón nhận phần thưởng cao quý\n"
        "Sáng 05/9/2023, UBND huyện Ea Kar tổ chức lễ đón nhận phần thưởng cao quý của Nhà nước.\n"
        "Tại buổi lễ, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể; Chủ tịch UBND tỉnh tặng "
        "Bằng khen cho 15 cá nhân.")},
    {"id": "eakar_traotang_bao", "url": "https://baodaklak.vn/xa-hoi/ea-kar-don-nhan-huan-chuong-lao-dong",
     "published": "2023-09-07", "title": "Ea Kar đón nhận phần thưởng cao quý",
     "text": (
        "Ea Kar đón nhận phần thưởng cao quý\n"
        "Ngày 06/9/2023, huyện Ea Kar long trọng tổ chức lễ đón nhận phần thưởng cao quý của Nhà nước.\n"
        "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể của huyện.")},
    {"id": "binhthuan_giaoduc_2016", "url": "https://binhthuan.gov.vn/tin-tuc/nganh-giao-duc-tong-ket-nam-hoc",
     "published": "2016-07-20", "title": "Ngành giáo dục Bình Thuận tổng kết năm học",
     "text": (
        "Ngành giáo dục Bình Thuận tổng kết năm học 2015 - 2016\n"
        "Ngày 19/7/2016, Sở Giáo dục và Đào tạo tỉnh Bình Thuận tổ chức hội nghị tổng kết năm học 2015 - 2016. "
        "Dự hội nghị có ông Nguyễn Văn Hùng, Trưởng phòng Giáo dục và Đào tạo huyện Tuy Phong.\n"
        "Dịp này, Giám đốc Sở tặng Giấy khen cho 25 tập thể.")},
    {"id": "bacninh_congdoan_2019", "url": "https://bacninh.gov.vn/tin-tuc/lien-doan-lao-dong-tong-ket",
     "published": "2019-12-21", "title": "Liên đoàn Lao động huyện Tiên Du tổng kết năm 2019",
     "text": (
        "Liên đoàn Lao động huyện Tiên Du tổng kết năm 2019\n"
        "Ngày 20/12/2019, Liên đoàn Lao động huyện Tiên Du tổ chức hội nghị tổng kết phong trào thi đua năm 2019. "
        "Ông Nguyễn Văn Hùng, Chủ tịch Liên đoàn Lao động huyện Tiên Du, chủ trì hội nghị.\n"
        "Dịp này, Liên đoàn Lao động tỉnh tặng Bằng khen cho 8 cá nhân.")},
    {"id": "krongbong_hopxet_2024", "url": "https://krongbong.daklak.gov.vn/tin-tuc/hop-xet-khen-thuong",
     "published": "2024-03-16", "title": "Hội đồng Thi đua - Khen thưởng huyện Krông Bông họp xét khen thưởng",
     "text": (
        "Hội đồng Thi đua - Khen thưởng huyện Krông Bông họp xét khen thưởng\n"
        "Ngày 15/3/2024, Hội đồng Thi đua - Khen thưởng huyện Krông Bông họp xét khen thưởng. "
        "Ông Lê Minh Khoa, Phó Chủ tịch UBND huyện Krông Bông, chủ trì cuộc họp.\n"
        "Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua cho 3 tập thể.")},
    {"id": "lak_tongket_2022", "url": "https://lak.daklak.gov.vn/tin-tuc/tong-ket-thi-dua-2022",
     "published": "2022-12-29", "title": "Huyện Lắk tổng kết công tác thi đua năm 2022",
     "text": (
        "Huyện Lắk tổng kết công tác thi đua năm 2022\n"
        "Ngày 28/12/2022, UBND huyện Lắk tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.\n"
        "Năm 2022, toàn huyện có 45.000 cá nhân được khen thưởng.")},
]

if __name__ == "__main__":
    path = Path(__file__).with_name("articles.jsonl")
    with path.open("w", encoding="utf-8") as f:
        for article in ARTICLES:
            f.write(json.dumps(article, ensure_ascii=False) + "\n")
