"""`tdkt export --format parquet`: the facts as Parquet shards that DuckDB queries like the database."""
from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest

from tdkt.cli import main

pq = pytest.importorskip("pyarrow.parquet")
README = Path(__file__).resolve().parents[2] / "README.md"


def table_rows(directory: Path) -> list[dict]:
    rows = []
    for shard in sorted(directory.glob("part-*.parquet")):
        rows += pq.read_table(shard).to_pylist()
    return rows


def test_every_fact_table_becomes_shards_of_bounded_size_with_the_rows_of_the_database(shared_db, tmp_path, capsys):
    out = tmp_path / "export"
    assert main(["export", "--db", str(shared_db), "--format", "parquet", "-o", str(out)]) == 0
    assert "row(s) of awards" in capsys.readouterr().err
    conn = sqlite3.connect(shared_db)
    conn.row_factory = sqlite3.Row
    for table in ("articles", "events", "awards", "officials", "official_mentions", "campaign_mentions", "places"):
        exported = table_rows(out / table)
        stored = [dict(r) for r in conn.execute(f"SELECT * FROM {table}")]
        assert exported == stored, table
    awards = [dict(r) for r in conn.execute("SELECT * FROM awards")]
    assert main(["export", "awards", "--db", str(shared_db), "--format", "parquet", "-o", str(out),
                 "--shard-rows", "2"]) == 0
    shards = sorted((out / "awards").glob("part-*.parquet"))
    assert [pq.ParquetFile(s).metadata.num_rows for s in shards] == [2, 2, 1] and len(awards) == 5
    assert table_rows(out / "awards") == awards
    assert pq.read_schema(out / "awards" / "part-00000.parquet").field("count").type == "int64"


def test_the_readme_duckdb_query_gives_the_numbers_sqlite_gives(shared_db, tmp_path, monkeypatch):
    duckdb = pytest.importorskip("duckdb")
    assert main(["export", "--db", str(shared_db), "--format", "parquet", "-o", str(tmp_path / "export")]) == 0
    section = README.read_text(encoding="utf-8").split("**Parquet.**", 1)[1]
    sql = re.search(r"```sql\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    from_parquet = duckdb.sql(sql).fetchall()
    in_sqlite = re.sub(r"read_parquet\('export/(\w+)/\*\.parquet'\)", r"\1", sql)
    expected = sqlite3.connect(shared_db).execute(in_sqlite).fetchall()
    assert from_parquet == expected and expected


def test_one_view_exports_and_an_unknown_name_is_refused(shared_db, tmp_path, capsys):
    out = tmp_path / "export"
    assert main(["export", "award_trends", "--db", str(shared_db), "--format", "parquet", "-o", str(out)]) == 0
    stored = sqlite3.connect(shared_db).execute("SELECT count(*) FROM award_trends").fetchone()[0]
    assert len(table_rows(out / "award_trends")) == stored > 0
    assert main(["export", "prizes", "--db", str(shared_db), "--format", "parquet", "-o", str(out)]) != 0
    assert "no table or view 'prizes'" in capsys.readouterr().err


def test_parquet_without_a_directory_or_without_pyarrow_says_what_to_do(shared_db, tmp_path, capsys, monkeypatch):
    assert main(["export", "--db", str(shared_db), "--format", "parquet"]) != 0
    assert "-o DIR" in capsys.readouterr().err
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if not installed
    assert main(["export", "--db", str(shared_db), "--format", "parquet", "-o", str(tmp_path / "x")]) != 0
    assert "pip install 'tdkt[parquet]'" in capsys.readouterr().err
