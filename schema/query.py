"""``tdkt query`` and ``tdkt export``: read-only SQL and whole tables or views out.

A query runs on a read-only connection guarded twice: SQLite opens the file
with ``mode=ro``, and an authorizer refuses any statement that would write
(or attach another file, or change a setting) before it runs, so the user
reads "this statement would write (INSERT into awards)" rather than a
cryptic "attempt to write a readonly database".
"""
from __future__ import annotations

import csv
import json
import os
import sqlite3
from typing import IO, Iterable, Iterator

from tdkt.schema.db import DatabaseProblem, connect_readonly, describe
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


class ReadOnlyViolation(Exception):
    """A statement that would change the database."""


class QueryError(Exception):
    """A query SQLite cannot run, with its message."""


class ReadOnlyGuard:
    """An authorizer that remembers why it refused, so the user gets a precise message."""

    def __init__(self):
        self.refused: str | None = None

    def __call__(self, action, arg1, arg2, db_name, trigger):
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
    guard = ReadOnlyGuard()
    conn.set_authorizer(guard)
    return conn, guard


def run(path: str | os.PathLike, sql: str, params: dict | list | None = None
        ) -> tuple[list[str], Iterator[tuple]]:
    """Column names and a stream of rows for one read-only statement."""
    conn, guard = open_readonly(path)
    try:
        cursor = conn.execute(sql, params or [])
    except sqlite3.Warning as exc:  # more than one statement
        conn.close()
        raise QueryError(f"{exc}; run one statement at a time") from None
    except sqlite3.DatabaseError as exc:
        conn.close()
        if guard.refused or "not authorized" in str(exc) or "readonly" in str(exc):
            what = guard.refused or "a write"
            raise ReadOnlyViolation(f"tdkt query is read-only: this statement would change the database "
                                    f"({what}); use `tdkt load` to change it") from None
        if "locked" in str(exc) or "not a database" in str(exc):
            raise DatabaseProblem(describe(exc, path)) from None
        raise QueryError(str(exc)) from None
    columns = [d[0] for d in cursor.description or []]
    return columns, _rows(conn, cursor)


def _rows(conn: sqlite3.Connection, cursor: sqlite3.Cursor) -> Iterator[tuple]:
    try:
        yield from cursor
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
    columns, rows = run(path, sql, params)
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


def _table(columns, rows, out) -> int:
    from tabulate import tabulate

    rows = list(rows)
    out.write(tabulate(rows, headers=columns, tablefmt="simple", disable_numparse=True, missingval="") + "\n")
    return len(rows)


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
