"""Writes records.jsonl: the units corpus (issue 15), five short articles written for this project (not
real news) and their extraction records written by hand, named recipients included.

The records have the shape ``tdkt extract`` produces (GUIDE.md, with spans), so the database tests do not
depend on how well the engine finds names today; README.md in this folder resolves the units by hand and
tests/schema/test_db_units.py asserts the tables and views against it.

    python tests/corpus/units/make_records.py
"""
import json
from pathlib import Path

VERSION = "units-corpus-1"
DAK_LAK = {"province": "Đắk Lắk", "province_code": "66", "province_2025": "Đắk Lắk", "province_2025_code": "66"}
BUON_DON = {**DAK_LAK, "district": "Buôn Đôn", "district_code": "647", "commune": None, "commune_code": None,
            "era": "legacy_63"}
KRONG_BONG = {**DAK_LAK, "district": "Krông Bông", "district_code": "653", "commune": None, "commune_code": None,
              "era": "legacy_63"}
DAK_SONG = {"province": "Đắk Nông", "province_code": "67", "province_2025": "Lâm Đồng", "province_2025_code": "68",
            "district": "Đắk Song", "district_code": "665", "commune": None, "commune_code": None, "era": "legacy_63"}
PROVINCE_ONLY = {**DAK_LAK, "district": None, "district_code": None, "commune": None, "commune_code": None,
                 "era": "legacy_63"}
XA_BUON_DON_2025 = {**DAK_LAK, "district": None, "district_code": None, "commune": "Buôn Đôn",
                    "commune_code": "24235", "era": "reform_2025"}

ARTICLES = [
    dict(id="buondon_tongket_2023", url="https://buondon.daklak.gov.vn/tin-tuc/tong-ket-thi-dua-2023",
         published="2023-12-20", place=BUON_DON, event=("tong_ket", "2023-12-19", "UBND huyện Buôn Đôn"),
         text="Huyện Buôn Đôn tổng kết thi đua, khen thưởng năm 2023\n"
              "Ngày 19/12/2023, UBND huyện Buôn Đôn tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm "
              "2023. Dự hội nghị có ông Trần Văn Hải, Chủ tịch UBND xã Krông Na.\n"
              "Chủ tịch UBND huyện tặng Giấy khen cho 4 tập thể: Trường THPT Trương Định, UBND xã Krông Na, "
              "Trường THCS Lê Lợi, Hợp tác xã Dịch vụ nông nghiệp Ea Wer.\n"
              "Chủ tịch UBND huyện cũng tặng Giấy khen cho ông Trần Văn Hải và bà Nguyễn Thị Mai.",
         officials=[("Trần Văn Hải", ["Chủ tịch UBND xã Krông Na"])],
         awards=[("Giấy khen cho 4 tập thể", "giay_khen", "tap_the", 4, "awarded", "2023",
                  ["Trường THPT Trương Định", "UBND xã Krông Na", "Trường THCS Lê Lợi",
                   "Hợp tác xã Dịch vụ nông nghiệp Ea Wer"]),
                 ("Giấy khen cho ông Trần Văn Hải và bà Nguyễn Thị Mai", "giay_khen", "ca_nhan", 2, "awarded",
                  "2023", ["Trần Văn Hải", "Nguyễn Thị Mai"])]),
    dict(id="daklak_bangkhen_2024", url="https://baodaklak.vn/thi-dua/ubnd-tinh-tang-bang-khen-2023",
         published="2024-03-10", place=PROVINCE_ONLY, event=("trao_tang", "2024-03-09", "UBND tỉnh Đắk Lắk"),
         text="UBND tỉnh Đắk Lắk tặng Bằng khen cho các tập thể, cá nhân\n"
              "Ngày 9/3/2024, UBND tỉnh Đắk Lắk tổ chức lễ trao tặng Bằng khen năm 2023.\n"
              "Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể: THPT Trương Định, Trường Trung học cơ sở Lê Lợi "
              "(huyện Krông Bông), Công an xã Ea Wer.\n"
              "Chủ tịch UBND tỉnh tặng Bằng khen cho ông Trần Văn Hải và ông Phạm Văn Bình.",
         officials=[],
         awards=[("Bằng khen cho 3 tập thể", "bang_khen_bo_tinh", "tap_the", 3, "awarded", "2023",
                  ["THPT Trương Định", "Trường Trung học cơ sở Lê Lợi (huyện Krông Bông)", "Công an xã Ea Wer"]),
                 ("Bằng khen cho ông Trần Văn Hải và ông Phạm Văn Bình", "bang_khen_bo_tinh", "ca_nhan", 2,
                  "awarded", "2023", ["Trần Văn Hải", "Phạm Văn Bình"])]),
    dict(id="krongbong_hopxet_2024", url="https://krongbong.daklak.gov.vn/tin-tuc/hop-xet-khen-thuong-2024",
         published="2024-12-18", place=KRONG_BONG,
         event=("hop_xet", "2024-12-17", "Hội đồng Thi đua - Khen thưởng huyện Krông Bông"),
         text="Krông Bông họp xét khen thưởng năm 2024\n"
              "Ngày 17/12/2024, Hội đồng Thi đua - Khen thưởng huyện Krông Bông họp xét khen thưởng năm 2024.\n"
              "Hội đồng thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Trường THCS Lê Lợi.",
         officials=[],
         awards=[("Cờ thi đua cho Trường THCS Lê Lợi", "co_thi_dua_bo_tinh", "tap_the", 1, "proposed", "2024",
                  ["Trường THCS Lê Lợi"])]),
    dict(id="daksong_tongket_2023", url="https://daksong.daknong.gov.vn/tin-tuc/tong-ket-2023",
         published="2024-01-05", place=DAK_SONG, event=("tong_ket", "2024-01-04", "UBND huyện Đắk Song"),
         text="Đắk Song trao Giấy khen năm 2023\n"
              "Ngày 4/1/2024, UBND huyện Đắk Song tổ chức hội nghị tổng kết năm 2023. Ông Phạm Văn Bình, Chủ tịch "
              "UBND huyện Đắk Song, chủ trì.\n"
              "Chủ tịch UBND huyện tặng Giấy khen cho Trường THPT Trương Định và Thôn 3, xã Trường Xuân.",
         officials=[("Phạm Văn Bình", ["Chủ tịch UBND huyện Đắk Song"])],
         awards=[("Giấy khen cho Trường THPT Trương Định và Thôn 3, xã Trường Xuân", "giay_khen", "tap_the", 2,
                  "awarded", "2023", ["Trường THPT Trương Định", "Thôn 3, xã Trường Xuân"])]),
    dict(id="xabuondon_bangkhen_2025", url="https://buondon.daklak.gov.vn/tin-tuc/xa-buon-don-don-nhan-bang-khen",
         published="2025-09-15", place=XA_BUON_DON_2025, event=("trao_tang", "2025-09-12", "UBND xã Buôn Đôn"),
         text="Xã Buôn Đôn đón nhận Bằng khen\n"
              "Ngày 12/9/2025, UBND xã Buôn Đôn tổ chức lễ đón nhận Bằng khen của Chủ tịch UBND tỉnh Đắk Lắk.\n"
              "Chủ tịch UBND tỉnh tặng Bằng khen cho UBND xã Buôn Đôn và Trường THCS Lê Lợi vì thành tích năm 2025.",
         officials=[],
         awards=[("Bằng khen cho UBND xã Buôn Đôn và Trường THCS Lê Lợi", "bang_khen_bo_tinh", "tap_the", 2,
                  "awarded", "2025", ["UBND xã Buôn Đôn", "Trường THCS Lê Lợi"])]),
]


def _sentence(text: str, start: int) -> tuple[int, int]:
    begin = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1) + 1
    ends = [i for i in (text.find("\n", start), text.find(". ", start)) if i >= 0]
    return begin, (min(ends) + 1 if ends else len(text))


def _evidence(text: str, phrase: str, after: int = 0) -> dict:
    start = text.index(phrase, after)
    s_start, s_end = _sentence(text, start)
    return {"span": [start, start + len(phrase)], "text": phrase, "sentence": text[s_start:s_end].strip(),
            "sentence_span": [s_start, s_end], "confidence": 0.9}


def record(article: dict) -> dict:
    text = article["text"]
    kind, date, organizer = article["event"]
    awards = []
    for phrase, code, recipient, count, status, period, named in article["awards"]:
        evidence = _evidence(text, phrase)
        sentence_start = evidence["sentence_span"][0]
        spans = [_evidence(text, name, sentence_start)["span"] for name in named]
        awards.append({"code": code, "recipient": recipient, "count": count, "status": status, "period": period,
                       "named": named, "named_spans": spans, **evidence})
    return {"id": article["id"], "url": article["url"], "title": text.split("\n")[0],
            "published": article["published"], "text": text, "extractor_version": VERSION, "relevant": True,
            "event": {"kind": kind, "date": date, "organizer": organizer},
            "place": article["place"],
            "officials": [{"name": name, "titles": titles, **_evidence(text, name)}
                          for name, titles in article["officials"]],
            "campaigns": [], "awards": awards, "author": None}


if __name__ == "__main__":
    out = Path(__file__).with_name("records.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for article in ARTICLES:
            fh.write(json.dumps(record(article), ensure_ascii=False) + "\n")
