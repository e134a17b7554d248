"""Hand-written articles (written for these tests, not real news) and their extraction records.

The records have the shape ``tdkt extract`` produces; spans and sentences are
computed from the text, so a test can check that a fact's provenance points
at the right words.
"""
from __future__ import annotations

import copy
import re

from tdkt.extract import engine_version

VERSION = engine_version()


def sentence_of(text: str, start: int) -> tuple[int, int]:
    """The sentence around ``start``: sentences end at ". " or a line break."""
    begin = 0
    for m in re.finditer(r"\. |\n", text):
        if m.end() <= start:
            begin = m.end()
        else:
            return begin, m.start() + (1 if m.group() == ". " else 0)
    return begin, len(text)


def evidence(text: str, phrase: str, confidence: float = 0.8) -> dict:
    start = text.index(phrase)
    s_start, s_end = sentence_of(text, start)
    return {"span": [start, start + len(phrase)], "text": phrase, "sentence": text[s_start:s_end],
            "sentence_span": [s_start, s_end], "confidence": confidence}


def record(id: str, title: str, body: str, *, url: str, published: str, relevant: bool = True, event=None,
           place=None, officials=(), campaigns=(), awards=(), author=None) -> dict:
    """An extraction record for an article whose text is the title line then the body."""
    text = title + "\n" + body
    event = event or {}
    return {
        "id": id, "url": url, "title": title, "published": published, "text": text,
        "extractor_version": VERSION, "relevant": relevant, "relevance": 1.0 if relevant else 0.1,
        "event": {"kind": event.get("kind"), "date": event.get("date"), "organizer": event.get("organizer"),
                  "evidence": {k: evidence(text, v) for k, v in (event.get("evidence") or {}).items()}},
        "place": {**(place or {}), **({"evidence": {**evidence(text, place["phrase"]), "how": "organizer"}}
                                      if place and place.get("phrase") else {})} if place else None,
        "officials": [{"name": name, "titles": list(titles), **evidence(text, name),
                       "mentions": [evidence(text, name)["span"]]} for name, titles in officials],
        "campaigns": [name for name, _ in campaigns],
        "campaign_mentions": [{"name": name, "canonical_id": canonical, **evidence(text, name)}
                              for name, canonical in campaigns],
        "awards": [{**{k: a.get(k) for k in ("code", "recipient", "count", "status", "period", "issuer", "kind",
                                             "level")}, **evidence(text, a["phrase"], 0.9)} for a in awards],
        "author": author,
    }


DAK_NONG = {"province": "Đắk Nông", "province_code": "67", "era": "legacy_63", "province_2025": "Lâm Đồng",
            "province_2025_code": "68", "commune": None, "commune_code": None}

DAK_SONG_BODY = (
    "Sáng 15/12/2023, UBND huyện Đắk Song tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "
    "Tham dự có ông Phạm Văn Bình, Chủ tịch UBND huyện.\n"
    "Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể; Chủ tịch UBND huyện tặng Giấy khen cho 12 cá nhân.\n"
    "Phong trào thi đua “Đắk Song chung sức xây dựng nông thôn mới” tiếp tục được đẩy mạnh ở các xã.")

KRONG_NO_BODY = (
    "Chiều 20/12/2023, huyện Krông Nô tổ chức lễ trao tặng các danh hiệu thi đua năm 2023. "
    "Đến dự có ông Phạm Văn Bình, Phó Bí thư Huyện ủy Đắk Song và bà Trần Thị Hoa, Phó Chủ tịch UBND huyện.\n"
    "Huyện đã công nhận danh hiệu Lao động tiên tiến cho 40 cá nhân và tặng Giấy khen cho 8 tập thể.")

SIN_HO_BODY = (
    "Ngày 10/1/2022, Hội đồng Thi đua - Khen thưởng huyện Sìn Hồ họp xét khen thưởng. "
    "Hội đồng thống nhất đề nghị tặng Huân chương Lao động hạng Ba cho 1 tập thể. "
    "Ông Lò Văn Sáu, Chủ tịch UBND huyện, chủ trì cuộc họp.")

GIFT_BODY = "Nhân dịp Tết, huyện Sìn Hồ trao quà cho các hộ gia đình có hoàn cảnh khó khăn ở vùng cao."


def corpus() -> list[dict]:
    """Four records: two districts of Đắk Nông in 2023, one of Lai Châu in 2022, one irrelevant article."""
    return copy.deepcopy([
        record("daksong_2023", "Huyện Đắk Song tổng kết công tác thi đua, khen thưởng năm 2023", DAK_SONG_BODY,
               url="https://daksong.daknong.gov.vn/tin-tuc/tong-ket-thi-dua-2023", published="2023-12-16",
               event={"kind": "tong_ket", "date": "2023-12-15", "organizer": "UBND huyện Đắk Song",
                      "evidence": {"date": "Sáng 15/12/2023", "organizer": "UBND huyện Đắk Song"}},
               place={**DAK_NONG, "district": "Đắk Song", "district_code": "665", "phrase": "huyện Đắk Song"},
               officials=[("Phạm Văn Bình", ["Chủ tịch UBND huyện"])],
               campaigns=[("Đắk Song chung sức xây dựng nông thôn mới", "ntm")],
               awards=[{"code": "bang_khen_bo_tinh", "recipient": "tap_the", "count": 5, "status": "awarded",
                        "period": "2023", "kind": "award_form", "level": "ministry_province",
                        "phrase": "Bằng khen cho 5 tập thể"},
                       {"code": "giay_khen", "recipient": "ca_nhan", "count": 12, "status": "awarded",
                        "period": "2023", "kind": "award_form", "level": "grassroots",
                        "phrase": "Giấy khen cho 12 cá nhân"}],
               author="Minh Anh"),
        record("krongno_2023", "Krông Nô trao tặng danh hiệu thi đua năm 2023", KRONG_NO_BODY,
               url="https://krongno.daknong.gov.vn/tin-tuc/trao-tang-danh-hieu-2023", published="2023-12-21",
               event={"kind": "trao_tang", "date": "2023-12-20", "organizer": "huyện Krông Nô",
                      "evidence": {"date": "Chiều 20/12/2023"}},
               place={**DAK_NONG, "district": "Krông Nô", "district_code": "664", "phrase": "huyện Krông Nô"},
               officials=[("Phạm Văn Bình", ["Phó Bí thư Huyện ủy Đắk Song"]),
                          ("Trần Thị Hoa", ["Phó Chủ tịch UBND huyện"])],
               awards=[{"code": "lao_dong_tien_tien", "recipient": "ca_nhan", "count": 40, "status": "awarded",
                        "period": "2023", "phrase": "Lao động tiên tiến cho 40 cá nhân"},
                       {"code": "giay_khen", "recipient": "tap_the", "count": 8, "status": "awarded",
                        "period": "2023", "phrase": "Giấy khen cho 8 tập thể"}]),
        record("sinho_2022", "Sìn Hồ họp xét khen thưởng", SIN_HO_BODY,
               url="https://sinho.laichau.gov.vn/tin-tuc/hop-xet-khen-thuong-2022", published="2022-01-11",
               event={"kind": "hop_xet", "date": "2022-01-10", "organizer": "Hội đồng Thi đua - Khen thưởng huyện Sìn Hồ",
                      "evidence": {"date": "Ngày 10/1/2022"}},
               place={"province": "Lai Châu", "district": "Sìn Hồ", "commune": None, "province_code": "12",
                      "district_code": "108", "commune_code": None, "era": "legacy_63", "province_2025": "Lai Châu",
                      "province_2025_code": "12", "phrase": "huyện Sìn Hồ"},
               officials=[("Lò Văn Sáu", ["Chủ tịch UBND huyện"])],
               awards=[{"code": "huan_chuong_lao_dong_hang_ba", "recipient": "tap_the", "count": 1,
                        "status": "proposed", "period": None, "phrase": "Huân chương Lao động hạng Ba cho 1 tập thể"}]),
        record("sinho_quatet", "Sìn Hồ trao quà Tết cho hộ khó khăn", GIFT_BODY,
               url="https://sinho.laichau.gov.vn/tin-tuc/trao-qua-tet", published="2022-01-25", relevant=False),
    ])


def article_of(rec: dict) -> dict:
    """The article a record was extracted from (``tdkt extract --jsonl`` input)."""
    return {k: rec[k] for k in ("id", "url", "title", "published", "text")}
