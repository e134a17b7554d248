"""Two tdkt databases compared row for row: every table, and every token of every full-text index.

    .venv/bin/python bench/compare_databases.py before.db after.db

A change to the loader that only makes it faster must leave the database it
writes exactly as it was: the same rows with the same ids in every table, and
the same words at the same places in the full-text index (read through
``fts5vocab``, not the index's pages, which depend on how it was written).
Columns that hold the clock (``loaded_at``, ``applied_at``) are left out.
Prints each difference found (at most a few rows a table) and exits 1 if there
is one. Not part of the test suite: run it on two loads of the same records.
"""
from __future__ import annotations

import hashlib
import sqlite3
import sys

CLOCK_COLUMNS = {"loaded_at", "applied_at"}
SHOWN = 3  # differing rows printed per table


def tables(conn: sqlite3.Connection) -> dict[str, str]:
    """Ordinary tables (name → sql), the full-text indexes' own storage apart."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        "ORDER BY name").fetchall()
    fts = {name for name, sql in rows if sql and "VIRTUAL TABLE" in sql.upper()}
    return {name: sql for name, sql in rows
            if name not in fts and not any(name.startswith(f + "_") for f in fts)}


def full_text_indexes(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name")]


def table_rows(conn: sqlite3.Connection, name: str) -> tuple[list[str], list[tuple]]:
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{name}])") if r[1] not in CLOCK_COLUMNS]
    select = ", ".join(f"[{c}]" for c in columns)
    with_rowid = not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ? AND sql LIKE '%WITHOUT ROWID%'",
                                  (name,)).fetchone()
    order = "rowid" if with_rowid else select
    return columns, conn.execute(f"SELECT {'rowid, ' if with_rowid else ''}{select} FROM [{name}] "
                                 f"ORDER BY {order}").fetchall()


def tokens(conn: sqlite3.Connection, index: str) -> list[tuple]:
    """Every (word, article, column, offset) of a full-text index."""
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.[{index}_words] USING fts5vocab(main, [{index}], instance)")
    return conn.execute(f"SELECT term, doc, col, offset FROM temp.[{index}_words] ORDER BY term, doc, col, offset"
                        ).fetchall()


def compare(a_path: str, b_path: str) -> list[str]:
    a, b = sqlite3.connect(a_path), sqlite3.connect(b_path)
    differences = []
    a_tables, b_tables = tables(a), tables(b)
    for name in sorted(set(a_tables) ^ set(b_tables)):
        differences.append(f"table {name} only in {'the first' if name in a_tables else 'the second'}")
    for name in sorted(set(a_tables) & set(b_tables)):
        differences += _compare_rows(name, table_rows(a, name), table_rows(b, name))
    a_fts, b_fts = full_text_indexes(a), full_text_indexes(b)
    if a_fts != b_fts:
        differences.append(f"full-text indexes differ: {a_fts} against {b_fts}")
    for index in sorted(set(a_fts) & set(b_fts)):
        differences += _compare_rows(f"{index} (tokens)", (["term", "doc", "col", "offset"], tokens(a, index)),
                                     (["term", "doc", "col", "offset"], tokens(b, index)))
    return differences


def _compare_rows(label: str, a, b) -> list[str]:
    (a_columns, a_rows), (b_columns, b_rows) = a, b
    if a_columns != b_columns:
        return [f"{label}: columns differ: {a_columns} against {b_columns}"]
    if _digest(a_rows) == _digest(b_rows):
        return []
    found = [f"{label}: {len(a_rows):,} rows against {len(b_rows):,}"]
    shown = 0
    for x, y in zip(a_rows, b_rows):
        if x != y and shown < SHOWN:
            found.append(f"  {x!r:.300}\n  {y!r:.300}")
            shown += 1
    return found


def _digest(rows: list[tuple]) -> str:
    digest = hashlib.sha1()
    for row in rows:
        digest.update(repr(row).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    differences = compare(*argv)
    for line in differences:
        print(line)
    a = sqlite3.connect(argv[0])
    counts = {name: a.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0] for name in tables(a)}
    words = sum(len(tokens(a, index)) for index in full_text_indexes(a))
    print(f"{'differ' if differences else 'identical'}: {len(counts)} tables, {sum(counts.values()):,} rows, "
          f"{words:,} indexed words compared")
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
