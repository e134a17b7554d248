"""Full-text search with and without diacritics, ranked, with snippets from the original text."""
from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tdkt.schema.fold import fold, fold_for_index, fold_query
from tdkt.schema.search import SearchError, count, parse_query, search
from tdkt.schema.snippets import snippet
from tdkt.cli import main


@pytest.fixture(scope="module")
def conn(shared_db):
    connection = sqlite3.connect(shared_db)
    yield connection
    connection.close()


def titles(conn, query):
    return [hit.title for hit in search(conn, query)]


def test_folding_removes_every_mark_and_d_stroke():
    assert fold("Thi đua khen thưởng Đắk Song") == "Thi dua khen thuong Dak Song"
    assert fold_query("  ĐẮK  Lắk ") == "  dak  lak "
    assert fold("ƯỚC Ơ Ỹ ỵ") == "UOC O Y y"


@given(st.text())
def test_folding_keeps_every_character_in_place(text):
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("query", ["thi dua khen thuong dak song", "thi đua khen thưởng Đắk Song",
                                   "THI ĐUA KHEN THUONG dak SONG", "Thi Dua Khen Thưởng ĐẮK SÔNG"])
def test_the_same_article_is_found_with_and_without_diacritics(conn, query):
    assert titles(conn, query) == ["Huyện Đắk Song tổng kết công tác thi đua, khen thưởng năm 2023"]


def test_every_word_must_occur(conn):
    assert titles(conn, "krong no") == ["Krông Nô trao tặng danh hiệu thi đua năm 2023"]
    assert titles(conn, "krong no sin ho") == []
    assert count(conn, "sin ho") == 2


def test_a_title_match_ranks_above_a_text_match(conn):
    # "Đắk Song" is in the Đắk Song article's title, and only in the text of the Krông Nô article.
    assert titles(conn, "dak song") == ["Huyện Đắk Song tổng kết công tác thi đua, khen thưởng năm 2023",
                                        "Krông Nô trao tặng danh hiệu thi đua năm 2023"]


def test_phrases_and_prefixes(conn):
    assert titles(conn, '"lao dong tien tien"') == ["Krông Nô trao tặng danh hiệu thi đua năm 2023"]
    assert titles(conn, '"tien tien lao dong"') == []
    assert set(titles(conn, "huan chuong lao*")) == {"Sìn Hồ họp xét khen thưởng"}


def test_snippets_are_cut_from_the_original_text_with_matches_marked(conn):
    hit = search(conn, "giay khen 12 ca nhan")[0]
    assert "[Giấy khen] cho [12 cá nhân]" in hit.snippet
    assert hit.url == "https://daksong.daknong.gov.vn/tin-tuc/tong-ket-thi-dua-2023"


def test_a_snippet_of_a_long_text_is_centred_on_the_matches():
    text = "Mở đầu. " * 100 + "Huyện Đắk Song trao Bằng khen cho 5 tập thể. " + "Kết thúc. " * 100
    cut = snippet(text, parse_query("bang khen dak song"), width=80)
    assert cut.startswith("…") and cut.endswith("…") and "[Bằng khen]" in cut and "[Đắk Song]" in cut
    assert len(cut) < 140


def test_queries_with_nothing_to_search_are_refused(conn):
    with pytest.raises(SearchError):
        search(conn, " ... !!! ")


def test_search_syntax_characters_are_just_text(conn):
    assert search(conn, 'dak AND OR NOT "song') is not None
    assert search(conn, "khen-thuong (2023)") is not None


def test_tdkt_search_prints_ranked_results_with_snippets(shared_db, capsys):
    assert main(["search", "--db", str(shared_db), "thi", "dua", "dak", "song"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("1. Huyện Đắk Song tổng kết công tác thi đua, khen thưởng năm 2023 (2023-12-16)")
    assert "**Đắk Song**" in captured.out and "2 article(s) match" in captured.err
    assert main(["search", "--db", str(shared_db), "--format", "json", "sin", "ho"]) == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["rank"] for r in results] == [1, 2] and all("[Sìn Hồ]" in r["snippet"] for r in results)


def test_tdkt_search_on_a_missing_database_says_so(tmp_path, capsys):
    assert main(["search", "--db", str(tmp_path / "none.db"), "dak"]) == 2
    assert "no database at" in capsys.readouterr().err


VIETNAMESE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy" + "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"


@given(st.lists(st.text(alphabet=VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper(), min_size=1, max_size=8),
                min_size=1, max_size=12))
def test_the_index_folding_gives_the_same_words_as_the_full_folding(words):
    text = " ".join(words)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    conn.execute("INSERT INTO t (rowid, x) VALUES (1, ?), (2, ?)", (fold_for_index(text), fold(text)))
    tokens = {rowid: [r[0] for r in conn.execute("SELECT term FROM v WHERE doc = ? ORDER BY offset", (rowid,))]
              for rowid in (1, 2)}
    assert tokens[1] == tokens[2] == fold_query(text).split()


def _db_with(tmp_path, records):
    from db_helpers import load_records, write_jsonl

    path = tmp_path / "t.db"
    load_records(path, write_jsonl(tmp_path / "r.jsonl", records))
    return sqlite3.connect(path)


def _article(key, title, body):
    return {"id": key, "url": f"https://x.gov.vn/{key}", "title": title, "text": title + "\n" + body,
            "published": "2024-01-01", "relevant": True}


def test_a_short_query_finds_its_phrase_before_its_words_scattered(tmp_path):
    conn = _db_with(tmp_path, [
        _article("scattered", "Thanh niên học tập chính trị",
                 "Đoàn thanh niên tổ chức học tập chính trị; thanh niên tích cực, chính trị vững vàng."),
        _article("district", "Hội nghị tổng kết năm 2023", "Huyện Thanh Trì tổ chức hội nghị tổng kết."),
    ])
    hits = search(conn, "thanh tri")
    assert [(h.key, h.match) for h in hits] == [("district", "phrase"), ("scattered", "words")]


def test_a_broad_query_is_ranked_within_its_most_recent_matches(tmp_path, monkeypatch):
    import tdkt.schema.search

    conn = _db_with(tmp_path, [_article(f"a{i}", f"Tin số {i}", "Thi đua khen thưởng " * (1 + i % 3))
                               for i in range(12)])
    assert len(search(conn, "thi dua", limit=5)) == 5
    monkeypatch.setattr(tdkt.schema.search, "RANK_WINDOW", 4)
    hits = search(conn, "khen thuong", limit=10)
    assert {h.key for h in hits} == {"a8", "a9", "a10", "a11"}


# -- what was typed: diacritics, names, highlights -------------------------------------------
@pytest.fixture(scope="module")
def names_db(tmp_path_factory):
    directory = tmp_path_factory.mktemp("names")
    conn = _db_with(directory, [
        _article("exact", "Khen thưởng ông Lê Quang Vinh", "Ông Lê Quang Vinh, cán bộ xã Ea Tơ, được tặng Giấy khen."),
        _article("tones", "Lễ trao thưởng ở xã Quang Trung", "Lễ diễn ra tại nhà văn hoá; ông Vinh phát biểu."),
        _article("quang", "Tuyên dương ông Lê Quảng Vinh", "Ông Lê Quảng Vinh nhận Bằng khen của tỉnh."),
        _article("living", "Nâng cao đời sống ở huyện Đắk Song",
                 "Chăm lo đời sống người dân là việc thường xuyên; huyện Đắk Song trao 4 Giấy khen."),
        _article("split", "Hội nghị của Đắk Mil", "Đắk Mil bàn về đời sống văn hoá, về song ngữ trong trường học."),
    ])
    yield conn
    conn.close()


def keys(conn, query):
    return [hit.key for hit in search(conn, query)]


def test_a_query_typed_with_diacritics_finds_only_those_diacritics(names_db):
    assert keys(names_db, "Lê Quang Vinh") == ["exact"]
    assert keys(names_db, "Lê Quảng Vinh") == ["quang"]
    assert [h.diacritics for h in search(names_db, "Lê Quang Vinh")] == ["exact"]


def test_a_query_typed_in_any_letter_case_matches_its_diacritics_as_typed(names_db):
    assert [h.diacritics for h in search(names_db, "Nhận Bằng Khen Của Tỉnh")] == ["exact"]
    assert [h.diacritics for h in search(names_db, "NHẬN bằng khen")] == ["exact"]
    assert [h.key for h in search(names_db, "Nhận Bằng Khen Của Tỉnh")] == ["quang"]


def test_a_query_without_diacritics_folds_them_and_d(names_db):
    assert set(keys(names_db, "Le Quang Vinh")) == {"exact", "quang"}
    assert keys(names_db, "dak song")[0] == "living"


def test_with_no_article_as_typed_the_folded_matches_are_given_and_marked(names_db):
    hits = search(names_db, "Lể Quang Vinh")  # a typo in the tone: nothing has it
    assert {h.key for h in hits} == {"exact", "quang"} and {h.diacritics for h in hits} == {"folded"}


def test_a_capitalised_name_matches_whole_never_its_words_apart(names_db):
    assert "tones" not in keys(names_db, "Le Quang Vinh")  # "Lễ ... Quang ... Vinh" apart
    assert "tones" in keys(names_db, "le quang vinh")  # lower case: the words anywhere, after the phrase


def test_the_snippet_marks_the_words_that_matched(names_db):
    living = search(names_db, "dak song")[0]
    assert "[Đắk Song]" in living.snippet and "[sống]" not in living.snippet
    exact = search(names_db, "Lê Quang Vinh")[0]
    assert "[Lê Quang Vinh]" in exact.snippet


def test_sql_functions_follow_the_same_rules(names_db):
    from tdkt.schema.search import register_functions, sql_match

    register_functions(names_db)
    ids = json.loads(names_db.execute("SELECT tdkt_search('Lê Quang Vinh')").fetchone()[0])
    assert [k for (k,) in names_db.execute(f"SELECT key FROM articles WHERE id IN ({','.join(map(str, ids))})")] \
        == ["exact"]
    exact = names_db.execute("SELECT key FROM articles WHERE tdkt_exact(title, text, 'Lê Quang Vinh')").fetchall()
    assert exact == [("exact",)]
    text = names_db.execute("SELECT text FROM articles WHERE key = 'living'").fetchone()[0]
    assert "[Đắk Song]" in names_db.execute("SELECT tdkt_snippet(?, 'dak song')", (text,)).fetchone()[0]
    assert sql_match("Lê Quang Vinh") == '"le quang vinh"'  # Datasette's search box: the name as a phrase


def test_tdkt_search_says_when_it_fell_back_to_folded_matches(names_db, tmp_path, capsys):
    path = names_db.execute("PRAGMA database_list").fetchone()[2]
    assert main(["search", "--db", path, "Lể", "Quang", "Vinh"]) == 0
    assert "none of the best matches has “Lể Quang Vinh” as typed" in capsys.readouterr().err


def test_a_query_with_diacritics_checks_a_bounded_number_of_candidates(tmp_path, monkeypatch):
    import tdkt.schema.search

    conn = _db_with(tmp_path, [_article(f"le{i}", f"Lễ tổng kết số {i}", "Lễ tổng kết thi đua.") for i in range(6)]
                    + [_article("exact", "Bài của Lê", "Ông Lê tổng kết thi đua.")])
    assert keys(conn, "Lê") == ["exact"]
    monkeypatch.setattr(tdkt.schema.search, "CHECK_LIMIT", 0)  # no candidate may be read: the folded matches
    assert {h.diacritics for h in search(conn, "Lê")} == {"folded"} and len(search(conn, "Lê")) == 7


def test_a_query_of_common_words_ranks_title_matches_first_then_the_newest(tmp_path, monkeypatch):
    import tdkt.schema.search

    conn = _db_with(tmp_path, [_article("titled-old", "Khen thưởng tập thể xã Ea Tơ", "Hội nghị bàn việc khác."),
                               *[_article(f"text{i}", f"Hội nghị số {i}", "Trao khen thưởng cho 5 tập thể.")
                                 for i in range(4)],
                               _article("titled-new", "Xã Cư Pui khen thưởng", "Buổi lễ diễn ra sáng nay.")])
    monkeypatch.setattr(tdkt.schema.search, "COMMON", 3)  # "khen" and "thuong" are in all six: common
    assert keys(conn, "khen thuong") == ["titled-new", "titled-old", "text3", "text2", "text1", "text0"]
    assert {h.score for h in search(conn, "khen thuong")} == {0.0}


def test_a_common_word_is_required_and_the_rare_ones_rank(tmp_path, monkeypatch):
    import tdkt.schema.search

    conn = _db_with(tmp_path, [_article("once", "Xã Ea Tơ tổng kết", "Thi đua ở Ea Tơ."),
                               _article("twice", "Tổng kết năm", "Thi đua ở Ea Tơ; Ea Tơ dẫn đầu khối."),
                               _article("without", "Xã Ea Tơ họp", "Bàn kế hoạch năm tới."),
                               *[_article(f"other{i}", "Tin thi đua", "Thi đua sôi nổi.") for i in range(3)]])
    monkeypatch.setattr(tdkt.schema.search, "COMMON", 3)  # "thi" and "dua" are in five articles: common
    assert keys(conn, "thi dua ea to") == ["once", "twice"]  # "Ea Tơ" in the title weighs most; "thi đua" must occur
