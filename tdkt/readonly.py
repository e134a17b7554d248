"""Reading a database without ever creating or changing it, even on read-only storage.

Every reader of tdkt opens its databases here (the crawler's and the tdkt
database's readers, the pipeline's look at what exists): ``mode=ro`` first,
and on read-only storage (a read-only mount, a directory without write
permission) ``immutable=1``. A database in WAL mode needs its ``-shm`` file
even to be read, and SQLite cannot make one where nothing may be written,
so ``mode=ro`` alone fails there with "unable to open database file".

A first ``tdkt run`` has no crawl database and no tdkt database: what the
pipeline reads from them before writing (counts, hashes, ports) is then
simply empty. The SQL itself lives in the stores (``crawler.store``,
``schema.totals``, ``schema.readback``); this only opens and closes.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def open_readonly(db_path: str | os.PathLike, timeout: float = 10.0, **options) -> sqlite3.Connection:
    """A connection that cannot write ``db_path``; ``options`` go to ``sqlite3.connect``."""
    uri = Path(db_path).resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout, **options)
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")  # SQLite opens the file at the first read
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if not on_read_only_storage(db_path):
            raise
    _refuse_unapplied_log(Path(db_path))
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=timeout, **options)


def on_read_only_storage(db_path: str | os.PathLike) -> bool:
    """Whether nothing may be written beside ``db_path`` (a read-only mount reports so even to root)."""
    return not os.access(Path(db_path).resolve().parent, os.W_OK)


def _refuse_unapplied_log(path: Path) -> None:
    """``immutable`` reads the main file only: a write-ahead log still holding commits would be ignored."""
    log = path.with_name(path.name + "-wal")
    if log.exists() and log.stat().st_size > 0:
        raise sqlite3.OperationalError(
            f"{path} is on read-only storage with a write-ahead log ({log.name}) SQLite cannot apply there; "
            "copy the database and its -wal file to writable storage to read it")


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
