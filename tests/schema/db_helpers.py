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
