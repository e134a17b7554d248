"""``tdkt query`` and ``tdkt export``: read-only SQL and whole tables or views out.

A query runs on a read-only connection guarded twice: SQLite opens the file
with ``mode=ro``, and an authorizer refuses any statement that would write
(or attach another file, or change a setting) before it runs, so the user
reads "this statement would write (INSERT into awards)" rather than a
cryptic "attempt to write a readonly database". The same authorizer refuses
the functions that reach native code or files (``FORBIDDEN_FUNCTIONS``;
Datasette's connections get it too), and a query has a time limit, counted
while SQLite works, not while the reader of the output takes its time.
Every output format writes rows as they come, so memory stays flat.
"""
from __future__ import annotations

import csv
import json
import os
import sqlite3
import time
from typing import IO, Iterable, Iterator

from tdkt.schema.db import DatabaseProblem, connect_readonly, describe
from tdkt.schema.citations import register_citation_function
from tdkt.schema.search import register_functions

FORMATS = ("table", "csv", "json", "jsonl")
EXPORT_FORMATS = ("csv", "jsonl", "json")
_WRITES = {
    sqlite3.SQLITE_INSERT: "INSERT into", sqlite3.SQLITE_UPDATE: "UPDATE of", sqlite3.SQLITE_DELETE: "DELETE from",
    sqlite3.SQLITE_CREATE_TABLE: "CREATE TABLE", sqlite3.SQLITE_CREATE_INDEX: "CREATE INDEX",
    sqlite3.SQLITE_CREATE_VIEW: "CREATE VIEW", sqlite3.SQLITE_CREATE_TRIGGER: "CREATE TRIGGER",
    sqlite3.SQLITE_CREATE_TEMP_TABLE: "CREATE TEMP TABLE", sqlite3.SQLITE_CREATE_TEMP_VIEW: "CREATE TEMP VIEW",
    sqlite3.SQLITE_CREATE_TEMP_INDEX: "CREATE TEMP INDEX", sqlite3.SQLITE_CREATE_TEMP_TRIGGER: "CREATE TEMP TRIGGER",
    sqlite3.SQLITE_CREATE_VTABLE: "CREATE VIRTUAL TABLE", sqlite3.SQLITE_DROP_TABLE: "DROP TABLE",
    sqlite3.SQLITE_DROP_INDEX: "DROP INDEX", sqlite3.SQLITE_DROP_VIEW: "DROP VIEW",
    sqlite3.SQLITE_DROP_TRIGGER: "DROP TRIGGER", sqlite3.SQLITE_DROP_VTABLE: "DROP VIRTUAL TABLE",
    sqlite3.SQLITE_DROP_TEMP_TABLE: "DROP TEMP TABLE", sqlite3.SQLITE_DROP_TEMP_VIEW: "DROP TEMP VIEW",
    sqlite3.SQLITE_DROP_TEMP_INDEX: "DROP TEMP INDEX", sqlite3.SQLITE_DROP_TEMP_TRIGGER: "DROP TEMP TRIGGER",
    sqlite3.SQLITE_ALTER_TABLE: "ALTER TABLE", sqlite3.SQLITE_REINDEX: "REINDEX", sqlite3.SQLITE_ANALYZE: "ANALYZE",
    sqlite3.SQLITE_ATTACH: "ATTACH", sqlite3.SQLITE_DETACH: "DETACH",
}
# PRAGMAs that only read, even when given an argument.
_READ_PRAGMAS = {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
                 "function_list", "pragma_list", "database_list", "collation_list", "compile_options"}


_SCHEMA_TABLES = {"sqlite_master", "sqlite_temp_master", "sqlite_schema", "sqlite_temp_schema"}

# Functions no reader may call, with the reason the user is told. Python's sqlite3 has only the first
# two; the others come with the sqlite3 shell's fileio extension, which another build might include.
FORBIDDEN_FUNCTIONS = {
    "fts3_tokenizer": "it reveals a native pointer, and with two arguments replaces a tokenizer",
    "load_extension": "it loads native code",
    "readfile": "it reads files", "writefile": "it writes files", "lsdir": "it lists directories",
    "edit": "it runs an editor",
}
# How long `tdkt query` lets SQLite work on one statement: the heaviest view of a 100,000-article
# database takes about 1 s, and a recursive query without end would otherwise run until memory runs out.
QUERY_TIME_LIMIT = 60.0
_CHECK_EVERY = 1000  # SQLite instructions between two looks at the clock (about 0.1 ms of work)
_FETCH_ROWS = 256


class ReadOnlyViolation(Exception):
    """A statement that would change the database."""


class QueryError(Exception):
    """A query SQLite cannot run, with its message."""


class TimeLimitExceeded(QueryError):
    """The statement ran past its time limit."""


def forbidden_function(action: int, name: str | None) -> str | None:
    """Why a function call may not run (None: it may)."""
    if action != sqlite3.SQLITE_FUNCTION or not name:
        return None
    reason = FORBIDDEN_FUNCTIONS.get(name.lower())
    return f"{name.lower()}() is not allowed: {reason}" if reason else None


def deny_dangerous_functions(action, arg1, arg2, db_name, trigger) -> int:
    """An authorizer for connections that may write (Datasette's): only the forbidden functions are denied."""
    return sqlite3.SQLITE_DENY if forbidden_function(action, arg2) else sqlite3.SQLITE_OK


class ReadOnlyGuard:
    """An authorizer that remembers why it refused, so the user gets a precise message."""

    def __init__(self):
        self.refused: str | None = None  # what would have been written
        self.forbidden: str | None = None  # the function that may not be called, and why

    def __call__(self, action, arg1, arg2, db_name, trigger):
        if forbidden := forbidden_function(action, arg2):
            self.forbidden = forbidden
            return sqlite3.SQLITE_DENY
        if arg1 in _SCHEMA_TABLES and action in (sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE):
            # SQLite's own bookkeeping (opening the FTS index, or before a CREATE/DROP that is refused
            # by name next); users cannot write these tables directly.
            return sqlite3.SQLITE_OK
        if action in _WRITES and db_name != "temp":
            self.refused = f"{_WRITES[action]} {arg1 or ''}".strip()
            return sqlite3.SQLITE_DENY
        if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
            self.refused = _WRITES[action]
            return sqlite3.SQLITE_DENY
        if action == sqlite3.SQLITE_PRAGMA and arg2 is not None and (arg1 or "").lower() not in _READ_PRAGMAS:
            self.refused = f"PRAGMA {arg1} = {arg2}"
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK


def open_readonly(path: str | os.PathLike, *, timeout: float = 10.0) -> tuple[sqlite3.Connection, ReadOnlyGuard]:
    conn = connect_readonly(path, timeout=timeout)
    register_functions(conn)
    register_citation_function(conn)
    guard = ReadOnlyGuard()
    conn.set_authorizer(guard)
    return conn, guard


class TimeLimit:
    """A limit on the time SQLite spends on one statement, checked by a progress handler.

    Only the time inside SQLite counts (``with limit:`` around each call into it): a reader paging through
    the output at leisure does not use it up."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.used = 0.0
        self._since: float | None = None

    def install(self, conn: sqlite3.Connection) -> None:
        if self.seconds:
            conn.set_progress_handler(self._past, _CHECK_EVERY)

    def _past(self) -> int:
        return int(self._since is not None and self.used + time.monotonic() - self._since > self.seconds)

    @property
    def exceeded(self) -> bool:
        return bool(self.seconds) and self.used > self.seconds

    def __enter__(self):
        self._since = time.monotonic()

    def __exit__(self, *exc):
        self.used += time.monotonic() - self._since
        self._since = None

    def error(self) -> TimeLimitExceeded:
        return TimeLimitExceeded(f"the query ran past the time limit of {self.seconds:g} s and was stopped; "
                                 "narrow it, or allow more with --time-limit")


def run(path: str | os.PathLike, sql: str, params: dict | list | None = None, *,
        time_limit: float | None = QUERY_TIME_LIMIT) -> tuple[list[str], Iterator[tuple]]:
    """Column names and a stream of rows for one read-only statement, stopped after ``time_limit``
    seconds of SQLite's work (None: no limit)."""
    conn, guard = open_readonly(path)
    limit = TimeLimit(time_limit)
    limit.install(conn)
    try:
        with limit:
            cursor = conn.execute(sql, params or [])
    except sqlite3.Warning as exc:  # more than one statement
        conn.close()
        raise QueryError(f"{exc}; run one statement at a time") from None
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _explained(exc, guard, limit, path) from None
    columns = [d[0] for d in cursor.description or []]
    return columns, _rows(conn, cursor, guard, limit, path)


def _explained(exc: sqlite3.DatabaseError, guard: ReadOnlyGuard, limit: TimeLimit, path) -> Exception:
    """The exception the user should see for an error SQLite raised."""
    if guard.forbidden:
        return QueryError(guard.forbidden)
    if guard.refused or "not authorized" in str(exc) or "readonly" in str(exc):
        what = guard.refused or "a write"
        return ReadOnlyViolation(f"tdkt query is read-only: this statement would change the database "
                                 f"({what}); use `tdkt load` to change it")
    if limit.exceeded or "interrupted" in str(exc):
        return limit.error()
    if "locked" in str(exc) or "not a database" in str(exc):
        return DatabaseProblem(describe(exc, path))
    return QueryError(str(exc))


def _rows(conn: sqlite3.Connection, cursor: sqlite3.Cursor, guard: ReadOnlyGuard, limit: TimeLimit,
          path) -> Iterator[tuple]:
    try:
        while True:
            try:
                with limit:
                    batch = cursor.fetchmany(_FETCH_ROWS)
            except sqlite3.DatabaseError as exc:
                raise _explained(exc, guard, limit, path) from None
            if not batch:
                return
            yield from batch
    finally:
        conn.close()


def names(path: str | os.PathLike) -> tuple[list[str], list[str]]:
    """The tables and views a user can export (internal full-text tables left out)."""
    conn = connect_readonly(path)
    try:
        rows = conn.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
                            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' ORDER BY name").fetchall()
    finally:
        conn.close()
    return [n for n, t in rows if t == "table"], [n for n, t in rows if t == "view"]


def export(path: str | os.PathLike, name: str, fmt: str, out: IO[str], *, where: str | None = None,
           params: dict | None = None) -> int:
    """Write every row of table or view ``name`` to ``out``; returns the number of rows."""
    tables, views = names(path)
    if name not in tables + views:
        raise QueryError(f"no table or view {name!r} in {path}; choose one of: {', '.join(tables + views)}")
    sql = f'SELECT * FROM "{name}"' + (f" WHERE {where}" if where else "")
    columns, rows = run(path, sql, params, time_limit=None)  # a whole table takes as long as it takes
    return write(columns, rows, fmt, out)


def export_filter(where: str | None = None, source: str | None = None,
                  since: str | None = None) -> tuple[str | None, dict]:
    """The condition and parameters of ``export``: the user's own SQL condition, and the articles of one
    source or published on or after ``since`` (YYYY-MM-DD)."""
    conditions, params = [], {}
    if where:
        conditions.append(f"({where})")
    if source:
        conditions.append("source_id = :source")
        params["source"] = source
    if since:
        conditions.append("published >= :since")
        params["since"] = since
    return (" AND ".join(conditions) or None), params


# -- output formats --------------------------------------------------------------------------
def write(columns: list[str], rows: Iterable[tuple], fmt: str, out: IO[str]) -> int:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return {"table": _table, "csv": _csv, "json": _json, "jsonl": _jsonl}[fmt](columns, rows, out)


TABLE_SAMPLE_ROWS = 1000  # rows that set the table's column widths; later rows are written as they come


def _table(columns, rows, out) -> int:
    """Aligned columns, header underlined. Widths come from the header and the first rows, so the table
    is written as rows arrive instead of after the last one (a longer later value just sticks out)."""
    rows = iter(rows)
    sample = [_cells(row) for _, row in zip(range(TABLE_SAMPLE_ROWS), rows)]
    widths = [max([len(name)] + [len(row[i]) for row in sample]) for i, name in enumerate(columns)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip() + "\n"  # noqa: E731
    out.write(line(columns) + line(["-" * w for w in widths]))
    for cells in sample:
        out.write(line(cells))
    count = len(sample)
    for row in rows:
        out.write(line(_cells(row)))
        count += 1
    return count


def _cells(row) -> list[str]:
    return ["" if v is None else (v.hex() if isinstance(v, bytes) else str(v)).replace("\n", "\\n") for v in row]


def _csv(columns, rows, out) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _jsonl(columns, rows, out) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=_bytes) + "\n")
        count += 1
    return count


def _json(columns, rows, out) -> int:
    """A JSON array written row by row, so a large export does not sit in memory."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(("," if count else "") + "\n  " + json.dumps(dict(zip(columns, row)), ensure_ascii=False,
                                                                 default=_bytes))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _bytes(value):
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
