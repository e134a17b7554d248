"""`tdkt query` and Datasette against hostile SQL: a time limit, streaming output, no dangerous functions."""
from __future__ import annotations

import asyncio
import io
import time

import pytest

from tdkt.cli import main

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_an_endless_query_stops_at_the_time_limit_with_a_message(small_db, capsys, fmt):
    started = time.monotonic()
    code = main(["query", "--db", str(small_db), ENDLESS, "--format", fmt, "--time-limit", "1"])
    assert time.monotonic() - started < 10
    err = capsys.readouterr().err
    assert code == 2 and "time limit of 1 s" in err and "Traceback" not in err


def test_the_table_format_writes_rows_as_they_come():
    """Table output held every row to measure the columns: 5.1 GB for a recursive query."""
    from tdkt.schema.query import write

    out = io.StringIO()

    def rows():
        for n in range(5000):
            if n == 3000:
                assert out.getvalue().count("\n") > 1000, "nothing written after 3,000 rows"
            yield (n, "Mường Nhé" if n % 2 else None)

    assert write(["n", "place"], rows(), "table", out) == 5000
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["n", "place"] and len(lines) == 5002
    assert lines[3].split() == ["1", "Mường", "Nhé"]


FORBIDDEN = ["SELECT fts3_tokenizer('simple')", "SELECT hex(fts3_tokenizer('simple'))",
             "SELECT fts3_tokenizer('simple', x'0000000000000000')", "SELECT load_extension('/tmp/x.so')",
             "SELECT key FROM articles WHERE fts3_tokenizer('porter') IS NOT NULL"]


@pytest.mark.parametrize("sql", FORBIDDEN)
def test_tdkt_query_refuses_functions_that_reach_native_code(small_db, capsys, sql):
    assert main(["query", "--db", str(small_db), sql]) == 2
    captured = capsys.readouterr()
    function = "load_extension" if "load_extension" in sql else "fts3_tokenizer"
    assert f"{function}() is not allowed" in captured.err
    assert not captured.out


@pytest.fixture(scope="module")
def datasette(small_db):
    from tdkt.schema.serve import build_datasette

    ds = build_datasette(small_db)
    asyncio.run(ds.invoke_startup())
    return lambda path: asyncio.run(ds.client.get(path))


@pytest.mark.parametrize("sql", FORBIDDEN)
def test_datasette_refuses_them_too(datasette, sql):
    from urllib.parse import quote

    response = datasette(f"/tdkt.json?sql={quote(sql)}&_shape=array")
    assert response.status_code >= 400 and "not authorized" in response.text


def test_datasette_stops_an_endless_query(datasette):
    from urllib.parse import quote

    started = time.monotonic()
    endless_count = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    response = datasette(f"/tdkt.json?sql={quote(endless_count)}&_timelimit=200")
    assert time.monotonic() - started < 5
    assert response.status_code >= 400 and "took too long" in response.text


def test_ordinary_queries_still_run(small_db, capsys):
    assert main(["query", "--db", str(small_db), "SELECT count(*) AS n, upper('x') FROM articles", "--format",
                 "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n,upper('x')", "3,X"]
