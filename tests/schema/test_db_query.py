"""`tdkt query` (read-only, table/CSV/JSON) and `tdkt export` (any table or view, CSV or JSON Lines)."""
from __future__ import annotations

import csv
import io
import json

import pytest
from db_helpers import dump

from tdkt.cli import main


@pytest.mark.parametrize("sql, refused", [
    ("DELETE FROM awards", "DELETE from awards"),
    ("UPDATE articles SET title = 'x'", "UPDATE of articles"),
    ("INSERT INTO officials (name, name_key) VALUES ('x', 'x')", "INSERT into officials"),
    ("DROP TABLE awards", "DROP TABLE awards"),
    ("CREATE TABLE notes (x)", "CREATE TABLE notes"),
    ("ATTACH DATABASE 'other.db' AS other", "ATTACH"),
    ("PRAGMA user_version = 99", "PRAGMA user_version"),
    ("WITH x AS (SELECT 1) DELETE FROM awards", "DELETE from awards"),
])
def test_a_write_is_refused_with_a_clear_message_and_changes_nothing(loaded_db, capsys, sql, refused):
    before = dump(loaded_db)
    assert main(["query", "--db", str(loaded_db), sql]) == 2
    err = capsys.readouterr().err
    assert "read-only" in err and refused in err and "Traceback" not in err
    assert dump(loaded_db) == before


def test_reading_pragmas_and_searching_are_allowed(shared_db, capsys):
    assert main(["query", "--db", str(shared_db), "PRAGMA table_info(awards)", "--format", "csv"]) == 0
    assert "span_start" in capsys.readouterr().out
    sql = "SELECT a.key FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid " \
          "WHERE articles_fts MATCH tdkt_match('Đắk Song') ORDER BY rank"
    assert main(["query", "--db", str(shared_db), sql, "--format", "jsonl"]) == 0
    assert [json.loads(line)["key"] for line in capsys.readouterr().out.splitlines()] == ["daksong_2023",
                                                                                         "krongno_2023"]


SQL = "SELECT district, sum(recipients_awarded) AS awarded FROM district_comparison " \
      "WHERE province = :province GROUP BY district ORDER BY awarded DESC"


def test_query_output_as_table_csv_and_json(shared_db, capsys):
    db = ["--db", str(shared_db), "-p", "province=Đắk Nông"]
    assert main(["query", SQL, *db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["district", "awarded"] and lines[2].split() == ["Krông", "Nô", "48"]
    assert main(["query", SQL, *db, "--format", "csv"]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out))) == [["district", "awarded"], ["Krông Nô", "48"],
                                                                      ["Đắk Song", "17"]]
    assert main(["query", SQL, *db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"district": "Krông Nô", "awarded": 48},
                                                  {"district": "Đắk Song", "awarded": 17}]


def test_query_errors_are_messages(shared_db, capsys):
    assert main(["query", "--db", str(shared_db), "SELECT * FROM no_such_table"]) == 2
    assert "no such table: no_such_table" in capsys.readouterr().err
    assert main(["query", "--db", str(shared_db), "SELECT 1; SELECT 2"]) == 2
    assert "one statement" in capsys.readouterr().err
    assert main(["query", "--db", str(shared_db), "SELECT :x", "-p", "novalue"]) == 2
    assert "NAME=VALUE" in capsys.readouterr().err


def test_export_a_table_as_jsonl_and_a_view_as_csv(shared_db, tmp_path, capsys):
    assert main(["export", "awards", "--db", str(shared_db)]) == 0
    captured = capsys.readouterr()
    awards = [json.loads(line) for line in captured.out.splitlines()]
    assert "5 row(s) of awards exported" in captured.err
    assert len(awards) == 5 and {"code", "count", "sentence", "span_start", "article_id"} <= set(awards[0])
    out = tmp_path / "trends.csv"
    assert main(["export", "award_trends", "--db", str(shared_db), "--format", "csv", "-o", str(out)]) == 0
    with open(out, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    giay_khen = [r for r in rows if r["code"] == "giay_khen"]
    assert {(r["year"], r["province"], r["province_2025"], r["recipient"], r["recipients"]) for r in giay_khen} == {
        ("2023", "Đắk Nông", "Lâm Đồng", "ca_nhan", "12"), ("2023", "Đắk Nông", "Lâm Đồng", "tap_the", "8")}


def test_export_filters_articles_like_the_crawler_did(shared_db, capsys):
    assert main(["export", "articles", "--db", str(shared_db), "--since", "2023-01-01"]) == 0
    keys = {json.loads(line)["key"] for line in capsys.readouterr().out.splitlines()}
    assert keys == {"daksong_2023", "krongno_2023"}
    assert main(["export", "awards", "--db", str(shared_db), "--where", "status = 'proposed'", "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_export_of_an_unknown_name_lists_the_choices(shared_db, capsys):
    assert main(["export", "prizes", "--db", str(shared_db)]) == 2
    err = capsys.readouterr().err
    assert "no table or view 'prizes'" in err and "award_trends" in err
    assert main(["export", "--list", "--db", str(shared_db)]) == 0
    assert "district_comparison" in capsys.readouterr().out


def test_export_articles_of_a_crawl_database(tmp_path, capsys):
    from tdkt.crawler import store

    path = tmp_path / "crawl.db"
    conn = store.connect(path)
    store.insert_article(conn, {"url": "https://x.gov.vn/a", "canonical_url": "https://x.gov.vn/a", "title": "Tin A",
                                "published": "2024-02-03", "text": "Nội dung", "source": "x",
                                "content_hash": store.content_hash("Nội dung"), "fetched_at": "2024-02-04T00:00:00Z"})
    conn.close()
    assert main(["export", "articles", "--db", str(path), "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Tin A"
    assert main(["export", "articles", "--db", str(tmp_path / "missing.db"), "--format", "jsonl"]) == 2
    assert "no crawl database" in capsys.readouterr().err


def test_export_articles_after_a_bare_crawl_needs_no_db_option(tmp_path, capsys, monkeypatch):
    """`tdkt crawl URL` then `tdkt export articles --format jsonl`: the crawl database is read."""
    from tdkt.crawler import store

    monkeypatch.setenv("TDKT_HOME", str(tmp_path / "home"))
    conn = store.connect(tmp_path / "home" / "crawl.db")
    store.insert_article(conn, {"url": "https://x.gov.vn/b", "canonical_url": "https://x.gov.vn/b", "title": "Tin B",
                                "published": "2024-03-03", "text": "Nội dung B", "source": "x",
                                "content_hash": store.content_hash("Nội dung B"), "fetched_at": "2024-03-04T00:00:00Z"})
    conn.commit()
    conn.close()
    assert main(["export", "articles", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Tin B"
