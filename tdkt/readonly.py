"""Reading a database that may not exist yet, without ever creating or changing it.

A first ``tdkt run`` has no crawl database and no tdkt database: what the
pipeline reads from them before writing (counts, hashes, ports) is then
simply empty. The SQL itself lives in the stores (``crawler.store``,
``schema.totals``, ``schema.readback``); this only opens and closes.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def open_readonly(db_path: str) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True, timeout=10)


def read_existing(db_path: str, read: Callable[[sqlite3.Connection], T], empty: T) -> T:
    """``read(conn)`` on the database, or ``empty`` where there is none yet (a first run)."""
    if not Path(db_path).is_file():
        return empty
    conn = open_readonly(db_path)
    try:
        return read(conn)
    finally:
        conn.close()


def read_or_empty(db_path: str, read: Callable[[sqlite3.Connection], T], empty: T) -> T:
    """As ``read_existing``, and ``empty`` as well when the database cannot be read."""
    try:
        return read_existing(db_path, read, empty)
    except sqlite3.Error:
        return empty
