"""Helpers for the database tests: record files, loading, and comparing database states."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tdkt.schema.db import connect
from tdkt.schema.inputs import records_from_jsonl
from tdkt.schema.load import Loader


def write_jsonl(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n")
    return path


def load_records(db_path: Path, records_path: Path, **loader_options):
    db = connect(db_path)
    try:
        return Loader(db, **loader_options).load(records_from_jsonl(str(records_path)))
    finally:
        db.conn.close()


def kill_bulk_load(db_path: Path, items, **loader_options) -> None:
    """A bulk load of `items` interrupted after the last (Ctrl-C): what its batches committed stays, and
    nothing of the load's end (indexes, full-text index, groups, summaries) runs."""
    def interrupted():
        yield from items
        raise KeyboardInterrupt

    db = connect(db_path)
    loader = Loader(db, bulk=True, **loader_options)
    loader._end_bulk = lambda: None  # killed: nothing runs after the interruption
    try:
        loader.load(interrupted())
    except KeyboardInterrupt:
        pass
    else:
        raise AssertionError("the load was not interrupted")
    finally:
        db.conn.close()


def fill_articles_as_of(db, rows, pairs: bool = False) -> None:
    """Articles written straight into a database left at an older schema version, as its loader wrote them
    (the full-text index fed folded text; the pair index too when `pairs`): `rows` are (id, key, url, title, text)."""
    from tdkt.schema import search_pairs
    from tdkt.schema.fold import fold_for_index

    with db.conn:
        db.conn.executemany("INSERT INTO articles (id, key, url, title, text) VALUES (?, ?, ?, ?, ?)", rows)
        db.conn.executemany("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                            ((r[0], fold_for_index(r[3]), fold_for_index(r[4])) for r in rows))
        if pairs:
            search_pairs.index(db.conn, ((r[0], (r[3], r[4])) for r in rows))


def dump(db_path: Path, *, with_migration_times: bool = True) -> list[str]:
    """Every row of every table, to compare two states of a database.

    The full-text index's and the pair index's segments are left out (their layout depends on how loads
    were batched); the former's content table is kept, and fts_integrity_check tells whether the index
    matches it."""
    conn = sqlite3.connect(db_path)
    try:
        skipped = ('INSERT INTO "articles_fts_data"', 'INSERT INTO "articles_fts_idx"',
                   'INSERT INTO "articles_fts_pairs_data"', 'INSERT INTO "articles_fts_pairs_idx"')
        if not with_migration_times:
            skipped += ('INSERT INTO "schema_migrations"',)
        return [line for line in conn.iterdump() if not line.startswith(skipped)]
    finally:
        conn.close()


def fts_integrity_check(db_path: Path) -> None:
    """Raises when the full-text index does not match the articles' folded titles and texts."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        conn.commit()
    finally:
        conn.close()


def index_tokens(path: Path) -> list[tuple]:
    """Every (word, article, column, position) the full-text index holds, after checking the index whole
    against the articles (an integrity check that compares with the content, rank 1)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
        conn.execute("CREATE VIRTUAL TABLE temp.tokens USING fts5vocab(main, 'articles_fts', 'instance')")
        return sorted(conn.execute("SELECT term, doc, col, offset FROM temp.tokens"))
    finally:
        conn.close()
