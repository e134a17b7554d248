"""The schema: tables, provenance, foreign keys, indexes, reference data, version and migrations."""
from __future__ import annotations

import sqlite3

import pytest

from tdkt.schema import db as schema_db
from tdkt.schema.db import SCHEMA_VERSION, DatabaseProblem, connect, connect_readonly, migrate
from tdkt.schema.views import VIEWS

FACT_TABLES = ("events", "awards", "official_mentions", "campaign_mentions")


def columns(conn, table):
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def test_every_table_of_the_issue_exists_with_its_columns(tmp_path):
    conn = connect(tmp_path / "t.db").conn
    assert {"url", "canonical_url", "title", "published", "text", "warc_file", "warc_offset", "content_hash",
            "fetched_at", "relevance", "source_id"} <= columns(conn, "articles")
    assert {"province", "district", "commune", "province_code", "district_code", "commune_code", "era",
            "province_2025", "province_2025_code"} <= columns(conn, "places")
    assert {"code", "kind", "level", "recipient", "count", "status", "period", "issuer"} <= columns(conn, "awards")
    assert {"name"} <= columns(conn, "officials") and {"titles", "official_id"} <= columns(conn, "official_mentions")
    assert {"id", "name"} <= columns(conn, "campaigns") and {"campaign_id", "name"} <= columns(conn, "campaign_mentions")
    assert {"code", "kind", "level", "official_vi"} <= columns(conn, "taxonomy")
    assert {"id", "name", "kind", "province"} <= columns(conn, "sources")


@pytest.mark.parametrize("table", FACT_TABLES)
def test_every_fact_row_has_provenance_and_points_at_its_article(tmp_path, table):
    conn = connect(tmp_path / "t.db").conn
    assert {"article_id", "sentence", "span_start", "span_end", "extractor_version"} <= columns(conn, table)
    targets = {(row[3], row[2]) for row in conn.execute(f"PRAGMA foreign_key_list({table})")}
    assert ("article_id", "articles") in targets


def test_foreign_keys_are_enforced(loaded_db):
    conn = connect(loaded_db).conn
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO awards (article_id, code) VALUES (9999, 'giay_khen')")


def test_analyst_queries_use_indexes(loaded_db):
    conn = connect(loaded_db).conn
    queries = [
        "SELECT * FROM awards WHERE code = 'giay_khen' AND status = 'awarded'",
        "SELECT * FROM events WHERE place_id = 1 AND year = 2023",
        "SELECT * FROM official_mentions WHERE official_id = 1",
        "SELECT * FROM places WHERE province = 'Đắk Nông' AND district = 'Đắk Song'",
    ]
    for sql in queries:
        plan = " ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (sql, plan)


def test_places_come_from_the_gazetteer_with_codes_eras_and_2025_province(tmp_path):
    from tdkt.schema.load import Loader

    db = connect(tmp_path / "t.db")
    Loader(db)  # fills the reference tables
    row = db.execute("SELECT province, province_code, district_code, era, province_2025, province_2025_code "
                     "FROM places WHERE level = 'district' AND name = 'Đắk Song'").fetchone()
    assert row == ("Đắk Nông", "67", "665", "legacy_63", "Lâm Đồng", "68")
    eras = {r[0] for r in db.execute("SELECT DISTINCT era FROM places WHERE level = 'commune'")}
    assert eras == {"legacy_63", "reform_2025"}
    assert db.execute("SELECT count(*) FROM taxonomy WHERE code = 'huan_chuong_lao_dong_hang_ba'").fetchone()[0] == 1


def test_the_schema_has_a_version_and_its_migration_history(tmp_path):
    db = connect(tmp_path / "t.db")
    assert schema_db.schema_version(db) == SCHEMA_VERSION
    versions = [r[0] for r in db.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    assert set(VIEWS) <= set(db.view_names())


def test_an_older_database_is_migrated_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    old = connect(path, migrate_schema=False)
    migrate(old, target=1)
    old.execute("INSERT INTO sources (id, name) VALUES ('x', 'Cổng X')")
    old.conn.close()
    assert connect_readonly(path).execute("PRAGMA user_version").fetchone()[0] == 1
    db = connect(path)
    assert schema_db.schema_version(db) == SCHEMA_VERSION
    assert "award_trends" in db.view_names()
    assert db.execute("SELECT name FROM sources WHERE id = 'x'").fetchone()[0] == "Cổng X"


def test_a_failed_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "t.db"
    db = connect(path, migrate_schema=False)
    migrate(db, target=1)

    def broken(database):
        database.create_view("half_done", "SELECT 1")
        raise RuntimeError("disk full")

    monkeypatch.setattr(schema_db, "MIGRATIONS", [schema_db.MIGRATIONS[0], schema_db.Migration(2, "x", broken)])
    with pytest.raises(RuntimeError):
        migrate(db)
    assert schema_db.schema_version(db) == 1
    assert "half_done" not in db.view_names()


def test_a_database_from_a_newer_tdkt_is_refused(tmp_path):
    path = tmp_path / "new.db"
    connect(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(DatabaseProblem, match="newer tdkt"):
        connect(path)
    with pytest.raises(DatabaseProblem, match="newer tdkt"):
        connect_readonly(path)
