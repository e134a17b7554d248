"""The pair index: a name, place or phrase made of common syllables is found from its own short list, and
search gives the same articles, order and snippets as the full-text index alone."""
from __future__ import annotations

import random
import sqlite3

import pytest

from tdkt.schema import search_pairs
from tdkt.schema.db import connect, migrate
from tdkt.schema.fold import fold_query
from tdkt.schema.search import search
from db_helpers import fill_articles_as_of

SURNAMES = ["Đoàn", "Lê", "Trần", "Đinh", "Hà", "Lò"]
MIDDLES = ["Thế", "Văn", "Thị", "Đức", "Ngọc"]
GIVENS = ["Hiếu", "Dũng", "Tâm", "Đạt", "Nông", "Thể"]
PLACES = [("huyện", "Tam Nông"), ("xã", "Đồng Khê"), ("xã", "Chí Cà"), ("huyện", "Ka Đơn"), ("xã", "Tân Mỹ Lộc"),
          ("tỉnh", "Bình Dương"), ("xã", "Dong Thể")]
SENTENCES = [
    "Ông {person}, Chủ tịch UBND {kind} {place}, phát biểu tại hội nghị.",
    "{person} được tặng Giấy khen vì có thành tích trong phong trào thi đua.",
    "Năm {year}, {kind} {place} có {n} tập thể và cá nhân được khen thưởng.",
    "Tổng kết công tác thi đua năm {year}, các đơn vị đều hoàn thành nhiệm vụ.",
    "Hội nghị tổng kết phong trào thi đua của {kind} {place} diễn ra sáng nay.",
    "Bà con nông dân quan tâm đến đời sống tinh thần, tập thể đoàn kết.",
    "Đồng chí {person} trao Bằng khen cho {n} tập thể của {kind} {place}.",
    "{Kind} {place} dẫn đầu khối thi đua; thế hệ trẻ hiếu học, tâm huyết.",
    "Máy tính bảng iPad Pro được trao cho {n} học sinh của {kind} {place}.",
    "Hồ sơ số kt_2841 của {kind} {place} đã được duyệt.",
]
TITLES = ["{Kind} {place} tổng kết thi đua năm {year}", "Hội Nghị Tổng Kết Thi Đua {Place_upper}",
          "{person}: tấm gương thi đua ở {place}", "Tuyên dương {n} tập thể của {kind} {place}"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVENS)}"


def _fill(template: str, rng: random.Random) -> str:
    kind, place = rng.choice(PLACES)
    return template.format(person=_person(rng), kind=kind, Kind=kind.capitalize(), place=place,
                           Place_upper=place.upper(), year=rng.randint(2019, 2024), n=rng.randint(2, 90))


def _articles(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for number in range(count):
        title = _fill(rng.choice(TITLES), rng)
        body = " ".join(_fill(s, rng) for s in rng.sample(SENTENCES, rng.randint(3, 6)))
        records.append({"id": f"a{number}", "url": f"https://x.gov.vn/a{number}", "title": title,
                        "text": title + "\n" + body, "published": f"2024-01-{number % 28 + 1:02d}", "relevant": True})
    return records


QUERIES = [
    "Đoàn Thế Hiếu", "doan the hieu", "Doan The Hieu", "đoàn thế hiếu", "Lê Văn Tâm", "le van tam", "Đinh Đức Đạt",
    "dinh duc dat", "Hà Ngọc Nông", "huyện Tam Nông", "huyen tam nong", "Tam Nông", "tam nong", "xã Đồng Khê",
    "xa dong khe", "Dong Khe", "đồng khê", "xã Chí Cà", "xa chi ca", "Ka Đơn", "ka don", "tân mỹ lộc",
    "Tân Mỹ Lộc 2021", "tỉnh Bình Dương", "binh duong", "dong the", "Dong Thể", "Tổng Kết", "tong ket",
    "Tổng kết thi đua", "tong ket thi dua tam nong", "tổng kết thi đua Bình Dương 2023", '"xa dong khe"',
    '"the hieu"', "the hieu", "Thế Hiếu", "tập thể", "doan the*", "Chủ tịch UBND xã Chí Cà", "Đoàn Thế",
    "Lò Thị Thể", "lo thi the", "THẾ HIẾU", "hội nghị tổng kết", "Hội Nghị Tổng Kết Thi Đua", "Pad Pro", "ipad pro",
    "Đinh Tam Nông", "khen thưởng Đinh Tam Nông", "thành phố Tam Nông", "xa dong khe 2021", "số kt_2841",
    "so kt 2841",
]


def _load(path, records):
    from db_helpers import load_records, write_jsonl

    load_records(path, write_jsonl(path.parent / "r.jsonl", records))
    return sqlite3.connect(path)


def _results(conn, query):
    return [(h.id, h.match, h.diacritics, h.score, h.snippet) for h in search(conn, query, limit=12)]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    conn = _load(tmp_path_factory.mktemp("names") / "t.db", _articles(400))
    yield conn
    conn.close()


def test_the_pair_index_holds_each_pair_of_words_and_each_name_of_three():
    held = set(search_pairs.tokens("Huyện Tam Nông tổng kết", "Ông Đoàn Thế Hiếu, Chủ tịch UBND xã Chí Cà.").split())
    assert {"huyen__tam__nong", "tam__nong", "nong_tong", "doan__the__hieu", "hieu__chu", "chu_tich",
            "ubnd_xa", "xa__chi__ca"} <= held
    assert "kết_ong" not in held and "ket__ong" not in held  # title and text: no phrase spans the two
    assert search_pairs.tokens("ĐẮK SONG", "") == "dak__song"


def test_search_gives_the_same_results_with_and_without_the_pair_index(archive, monkeypatch):
    narrowed = []
    real_narrow = search_pairs.PairIndex.narrow

    def counting_narrow(self, phrases, **options):
        result = real_narrow(self, phrases, **options)
        narrowed.append(result is not None)
        return result

    monkeypatch.setattr(search_pairs.PairIndex, "narrow", counting_narrow)
    with_index = {query: _results(archive, query) for query in QUERIES}
    assert sum(narrowed) >= 20  # the pair index answered most of the names, places and phrases
    monkeypatch.setattr(search_pairs, "exists", lambda conn: False)
    for query in QUERIES:
        assert with_index[query] == _results(archive, query), query
    assert all(with_index[q] for q in ("Đoàn Thế Hiếu", "huyen tam nong", "xa dong khe", "tong ket"))


def _traced_search(conn, query: str, limit: int):
    """The hits of a search and the SQL statements it ran."""
    statements = []
    conn.set_trace_callback(statements.append)
    try:
        return search(conn, query, limit=limit), statements
    finally:
        conn.set_trace_callback(None)


def test_a_name_of_common_syllables_is_found_without_reading_their_articles(archive):
    hits, statements = _traced_search(archive, "Đoàn Thế Hiếu", 5)
    assert hits and all("Đoàn Thế Hiếu" in h.snippet for h in hits)
    # the full-text index never looks for the phrase among all the articles with its three syllables (it
    # weighs it only in the stretch of the archive its matches came from)
    assert not [s for s in statements if "FROM articles_fts WHERE articles_fts MATCH '\"doan the hieu\"'" in s
                and "rowid >=" not in s]
    assert any("FROM articles_fts_pairs WHERE" in s for s in statements)


def test_a_phrase_also_written_in_lower_case_is_found_in_both(tmp_path):
    conn = _load(tmp_path / "t.db", [
        {"id": "name", "url": "https://x.gov.vn/1", "title": "Lễ Khánh Thành", "published": "2024-01-01",
         "relevant": True, "text": "Xã tổ chức Lễ Khánh Thành nhà văn hoá."},
        {"id": "words", "url": "https://x.gov.vn/2", "title": "Nhà văn hoá mới", "published": "2024-01-02",
         "relevant": True, "text": "Ngày 2/1, xã tổ chức lễ khánh thành nhà văn hoá thôn."},
        {"id": "apart", "url": "https://x.gov.vn/3", "title": "Tin xã", "published": "2024-01-03",
         "relevant": True, "text": "Ông Khánh phát biểu; thành viên tổ công tác tham dự."}])
    assert {h.key for h in search(conn, "Khánh Thành")} == {"name", "words"}
    assert {h.key for h in search(conn, "le khanh thanh")} == {"name", "words"}


def test_a_database_made_before_the_pair_index_gets_it_on_migration(tmp_path):
    path = tmp_path / "old.db"
    db = connect(path, migrate_schema=False)
    migrate(db, target=6)
    rows = [(i + 1, r["id"], r["url"], r["title"], r["text"]) for i, r in enumerate(_articles(60, seed=3))]
    fill_articles_as_of(db, rows)
    before = {q: _results(db.conn, q) for q in QUERIES[:20]}
    assert not search_pairs.exists(db.conn)  # searched from the full-text index alone meanwhile
    db.conn.close()
    migrated = connect(path).conn
    assert search_pairs.PairIndex(migrated).narrow([["tam", "nong"]], alone=True, check_limit=300)[0]
    assert {q: _results(migrated, q) for q in QUERIES[:20]} == before


def test_an_article_loaded_again_with_another_text_leaves_its_old_pairs(tmp_path):
    first = {"id": "k", "url": "https://x.gov.vn/k", "title": "Tin xã", "published": "2024-01-01",
             "relevant": True, "text": "Ông Đoàn Thế Hiếu phát biểu tại xã Chí Cà."}
    conn = _load(tmp_path / "t.db", [first])
    assert [h.key for h in search(conn, "Đoàn Thế Hiếu")] == ["k"]
    conn.close()
    conn = _load(tmp_path / "t.db", [{**first, "text": "Bà Lò Thị Thể phát biểu tại xã Chí Cà."}])
    assert search(conn, "Đoàn Thế Hiếu") == [] and [h.key for h in search(conn, "lo thi the")] == ["k"]
    assert search_pairs.PairIndex(conn).narrow([["doan", "the", "hieu"]], alone=True, check_limit=300) == ([], [])
    assert fold_query("Lò Thị Thể") == "lo thi the"
