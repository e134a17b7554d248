"""Search at scale: prefix lists in the full-text index, names of four and five words from the pair index,
and the bound on a query made only of common words. Each gives the same articles, order and snippets as
the plain full-text index, except where the bound is documented (and tested) to apply."""
from __future__ import annotations

import sqlite3

import pytest
from test_db_search_pairs import QUERIES, _articles, _load, _results, _traced_search

from tdkt.schema import search as search_module
from tdkt.schema import search_pairs
from tdkt.schema.db import connect, migrate
from tdkt.schema.fold import folded_pattern, starts_word
from tdkt.schema.search import search
from db_helpers import fill_articles_as_of

PREFIX_QUERIES = [
    "xa d*", "xã đ*", "xã Đ*", "tam n*", "Tam N*", "t*", "đ*", "d*", "th*", "thi*", "thi d*", "thi đ*", "khen*",
    "khen thuong*", "khen thưởng*", "tong k*", "hội nghị tổng k*", "doan the*", "Đoàn Th*", "nông*", "nong*",
    "2*", "20*", "kt_28*", "ipa*", "huyen tam n*", "Chí C*", "thế*", "the h*", "hoi ngh*", "tuyen duong*",
]


def _plain_copy(conn: sqlite3.Connection) -> sqlite3.Connection:
    """A copy of the archive whose full-text index has no prefix lists (as before schema version 8)."""
    plain = sqlite3.connect(":memory:")
    conn.backup(plain)
    plain.execute("DROP TABLE articles_fts")
    plain.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles_fts_source', "
                  "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')")
    plain.execute(f"INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', '{search_module.RANK}')")
    plain.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    return plain


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    conn = _load(tmp_path_factory.mktemp("scale") / "t.db", _articles(400, seed=11))
    yield conn
    conn.close()


def test_the_full_text_index_keeps_lists_of_short_prefixes(archive):
    sql = archive.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
    assert "prefix = '1 2 3 4'" in sql


@pytest.fixture(scope="module")
def plain(archive):
    conn = _plain_copy(archive)
    yield conn
    conn.close()


@pytest.mark.parametrize("query", PREFIX_QUERIES)
def test_a_prefix_finds_the_same_articles_order_and_snippets_as_without_prefix_lists(archive, plain, query):
    assert _results(archive, query) == _results(plain, query)


def _texts(conn, hits):
    return [" ".join(conn.execute("SELECT title, text FROM articles WHERE id = ?", (h.id,)).fetchone()).lower()
            for h in hits]


def test_prefixes_typed_with_and_without_diacritics(archive):
    folded = [h for h in search(archive, "xa d*", limit=500) if h.match == "phrase"]
    typed = [h for h in search(archive, "xã Đ*", limit=500) if h.match == "phrase"]
    assert typed and len(typed) < len(folded) and {h.id for h in typed} <= {h.id for h in folded}
    assert all(h.diacritics == "exact" for h in typed) and all("xã đ" in text for text in _texts(archive, typed))
    assert any("xã đ" not in text for text in _texts(archive, folded))  # "xa d*" finds "xã Dong Thể" too
    # "thế*" typed with its tone finds "Thế" (Đoàn Thế Hiếu), never only "thể" (tập thể)
    toned = search(archive, "thế*", limit=500)
    assert toned and all("thế" in text for text in _texts(archive, toned))


def test_a_database_of_version_7_gets_the_prefix_lists_on_migration(tmp_path):
    path = tmp_path / "v7.db"
    db = connect(path, migrate_schema=False)
    migrate(db, target=7)
    rows = [(i + 1, r["id"], r["url"], r["title"], r["text"]) for i, r in enumerate(_articles(80, seed=5))]
    fill_articles_as_of(db, rows, pairs=True)
    queries = PREFIX_QUERIES[:12] + QUERIES[:12]
    before = {q: _results(db.conn, q) for q in queries}
    assert "prefix" not in db.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
    db.conn.close()
    migrated = connect(path).conn
    assert migrated.execute("PRAGMA user_version").fetchone()[0] >= 8
    assert "prefix = '1 2 3 4'" in migrated.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
    assert migrated.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"xa d\"*'").fetchone()[0]
    assert {q: _results(migrated, q) for q in queries} == before
    assert sum(1 for q in queries if before[q]) >= 18


def test_a_name_of_five_words_is_found_from_the_pair_index(archive):
    hits, statements = _traced_search(archive, "Lò Thị Thể Đồng Khê", 5)
    assert any("FROM articles_fts_pairs WHERE" in s for s in statements)
    assert not [s for s in statements if "MATCH '\"lo thi the dong khe\"'" in s and "rowid >=" not in s
                and "rowid BETWEEN" not in s]
    assert all("Lò Thị Thể Đồng Khê" in h.snippet.replace("[", "").replace("]", "") for h in hits)


@pytest.mark.parametrize("query", ["Lò Thị Thể Đồng Khê", "lo thi the dong khe", "Đoàn Thế Hiếu Chủ", "Hà Ngọc Nông Tổng",
                                   '"cua xa dong khe dien ra"', '"ong doan the hieu chu tich"', "Thế Hiếu Chủ Tịch UBND"])
def test_names_and_phrases_of_four_and_five_words_give_the_same_results_with_and_without_the_pair_index(
        archive, monkeypatch, query):
    with_index = _results(archive, query)
    monkeypatch.setattr(search_pairs, "exists", lambda conn: False)
    assert with_index == _results(archive, query)


def test_a_phrase_pattern_matches_where_a_word_starts_as_the_index_reads_words():
    pattern = folded_pattern(["tam", "nong"])
    assert starts_word(pattern, "huyện tâm-nông") and starts_word(pattern, "tam nông") and starts_word(pattern, "x_tam nong")
    assert not starts_word(pattern, "xtâm nông") and not starts_word(pattern, "tam nôngx")
    assert starts_word(folded_pattern(["tam", "n"], prefix=True), "tâm nông") and starts_word(pattern, "tam nong, tâm nông")


# -- the bound on a query made only of common words ----------------------------------------------
def _common_archive(path):
    """60 articles with the same common words; "Tam Nông" in every other one; one rare word in the oldest."""
    records = []
    for number in range(60):
        place = "huyện Tam Nông" if number % 2 == 0 else "huyện Cẩm Khê"
        rare = " Ông Quách Bá Ngạn phát biểu." if number == 2 else ""
        title = "Tổng kết thi đua năm 2023" if number % 10 == 0 else f"Tin {place}"
        records.append({"id": f"c{number:02d}", "url": f"https://x.gov.vn/c{number}", "title": title,
                        "published": f"2024-02-{number % 28 + 1:02d}", "relevant": True,
                        "text": f"Hội nghị tổng kết thi đua năm 2023 của {place} diễn ra sáng nay.{rare}"})
    return _load(path, records)


def test_a_query_of_common_words_is_looked_for_from_its_phrases_newest_articles(tmp_path, monkeypatch):
    conn = _common_archive(tmp_path / "c.db")
    monkeypatch.setattr(search_module, "COMMON", 5)  # every word of the query is "common"
    monkeypatch.setattr(search_module, "VERIFY_LIMIT", 4)  # too many articles with "Tam Nông" to check
    query = "tổng kết thi đua Tam Nông 2023"
    monkeypatch.setattr(search_module, "SCAN_CANDIDATES", 1000)
    everything = search(conn, query, limit=100)
    assert len(everything) == 30  # the whole archive was searched: fewer than SCAN_CANDIDATES have the pairs
    monkeypatch.setattr(search_module, "SCAN_CANDIDATES", 8)
    bounded = search(conn, query, limit=100)
    start = search_pairs.PairIndex(conn).newest([["tam", "nong"]], 8)
    assert [h.id for h in bounded] == [h.id for h in everything if h.id >= start]
    assert len(bounded) == 8 and min(h.id for h in bounded) == start
    assert [(h.id, h.snippet) for h in bounded] == [(h.id, h.snippet) for h in everything if h.id >= start]
    # a query with one rare word is not bounded: the full-text index skips to the few articles that have it
    assert [h.key for h in search(conn, query + " Ngạn", limit=100)] == ["c02"]
