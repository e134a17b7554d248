"""Bulk loading: a large load into an empty or near-empty database, at the speed of the writes alone.

Each index is a second B-tree written on every insert; once the indexes of a
large database outgrow SQLite's page cache, each insert reads pages from disk
and a load slows to a crawl (2,455 articles/s at 100 k, 1,571/s at 300 k). A
bulk load therefore:

* drops the secondary indexes the load itself never reads (``DEFERRED``) and
  builds them again at its end, in one sorted pass each (those of what the end
  writes, ``AFTER_THE_END``, after it);
* gives SQLite a page cache sized for it (``CACHE_KIB``), commits in larger
  batches and does not wait for the disk at each commit (``synchronous =
  OFF``: the write-ahead log keeps the database consistent after a crash of
  the process; a power cut may lose the last batches, which the next load
  writes again), restoring the usual settings afterwards;
* collects Python's garbage less often (``GC_ALLOCATIONS``, ``fewer_collections``);
* groups events and fills the summary tables once, at the end, instead of
  article by article (``schema.events.regroup_all``, ``schema.summaries.rebuild``);
* fills the full-text index once, at the end, from the articles themselves
  (its table and what it indexes are unchanged), instead of a segment per
  batch that later merges write again: built beside the end's other steps by
  ``schema.fulltext_beside`` and copied in, or FTS5's ``rebuild``
  (``rebuild_fulltext``) when that copy cannot be trusted. The search's pair
  index (``schema.search_pairs``) is filled batch by batch all the same: its
  tokens are made on the workers that check the records, and making them
  would otherwise be the costliest step of the loading process.

The indexes dropped, and the full-text index to fill, are written down in
``meta`` first: a bulk load that is killed leaves them listed, and the next
load builds them again (``interrupted``/``restore_indexes``) and rebuilds the
summaries. A running bulk
load holds a lock on ``<database>-bulk`` (``BulkLock``), so a load started beside
it neither takes it for a dead one nor starts a second bulk load.
"""
from __future__ import annotations

import gc
import json
import os
import sqlite3
from contextlib import contextmanager

from tdkt.schema import search_pairs

try:
    import fcntl
except ImportError:  # not POSIX: no lock, so no bulk load beside another load
    fcntl = None

NEAR_EMPTY = 1_000     # a database with fewer articles than this may be bulk-loaded
AFTER_ITEMS = 1_000    # ... once the load has read this many items (a small load stays incremental)
BATCH, BATCH_SECONDS = 2_000, 10.0
CACHE_KIB = 262_144    # 256 MiB of page cache while bulk loading
# Objects allocated between two collections of Python's youngest generation while bulk loading (700 usually):
# a batch's rows are all alive until it commits, so collecting them every 700 allocations found nothing to
# free and cost 3 to 7 % of the loading process's CPU.
GC_ALLOCATIONS = 50_000
USUAL_CACHE_KIB = 65_536
_META_KEY = "bulk_load_indexes"
FULLTEXT_KEY = "bulk_load_fts"  # the full-text index is to be rebuilt from the articles
# ... it alone (the pair index kept up to date batch by batch); "rebuild", written by a bulk load of the code
# before, means the pair index too
_FTS_ONLY = "articles_fts"

# Indexes that serve readers and the end-of-load steps, never the per-article writes of a load.
DEFERRED = (
    "idx_articles_published", "idx_articles_source_id_published", "idx_events_place_id_year",
    "idx_events_year_kind", "idx_events_kind_date", "idx_events_group_id", "idx_officials_name_folded",
    "idx_official_mentions_official_id_article_id", "idx_campaign_mentions_campaign_id_article_id",
    "idx_awards_code_status", "idx_awards_article_id_position", "idx_units_name_folded", "idx_units_type",
    "idx_award_counts_province_year", "idx_award_trends_rows_province_year", "idx_award_trends_rows_province_2025",
    "idx_district_comparison_rows_province_year", "idx_district_comparison_rows_province_2025",
    "idx_award_counts_article_id",
)
# ... of which these index what the end of the load writes (events' groups, the summary tables) and it
# reads by none of them: built after it (``restore_indexes(..., leave=AFTER_THE_END)``), in one pass each,
# rather than kept up to date row by row while it writes
AFTER_THE_END = (
    "idx_events_group_id", "idx_award_counts_article_id", "idx_award_counts_province_year",
    "idx_award_trends_rows_province_year", "idx_award_trends_rows_province_2025",
    "idx_district_comparison_rows_province_year", "idx_district_comparison_rows_province_2025",
)


def near_empty(conn: sqlite3.Connection) -> bool:
    return conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM articles LIMIT {NEAR_EMPTY})").fetchone()[0] \
        < NEAR_EMPTY


class BulkLock:
    """An exclusive lock on ``<database>-bulk`` that a bulk load holds while it runs (released by the system
    when its process dies, so a killed bulk load leaves no lock behind)."""

    def __init__(self, conn: sqlite3.Connection):
        path = conn.execute("PRAGMA database_list").fetchone()[2]
        self.path = f"{path}-bulk" if path else None
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True when taken (no other bulk load runs on this database)."""
        if self._fd is not None:
            return True
        if self.path is None or fcntl is None:
            return False
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing releases the lock
            self._fd = None


class LoadLock:
    """A shared lock on ``<database>-load`` every loader holds while it runs: a loader that can turn it
    into an exclusive one for a moment is the only one running, so the work other loads left pending is
    theirs no more (they died) and it may do it."""

    def __init__(self, conn: sqlite3.Connection):
        path = conn.execute("PRAGMA database_list").fetchone()[2]
        self._fd = None
        if path and fcntl is not None:
            self._fd = os.open(f"{path}-load", os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(self._fd, fcntl.LOCK_SH)

    def alone(self) -> bool:
        if self._fd is None:
            return True  # an in-memory database, or no locks here: no other loader can be told apart
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        fcntl.flock(self._fd, fcntl.LOCK_SH)
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def interrupted(conn: sqlite3.Connection, lock: BulkLock) -> bool:
    """A bulk load dropped indexes and did not build them again, and is no longer running (its lock is
    free: taken here, and released once the caller has finished what it left)."""
    if conn.execute("SELECT 1 FROM meta WHERE key IN (?, ?)", (_META_KEY, FULLTEXT_KEY)).fetchone() is None:
        return False
    return lock.acquire()


def begin(conn: sqlite3.Connection) -> None:
    """Write down and drop the deferred indexes, and set SQLite up for a bulk load (outside a transaction)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        names = json.dumps(list(DEFERRED))
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN "
                            "(SELECT value FROM json_each(?))", (names,)).fetchall()
        saved = dict(json.loads(row[0])) if (row := conn.execute(
            "SELECT value FROM meta WHERE key = ?", (_META_KEY,)).fetchone()) else {}
        saved.update({name: sql for name, sql in rows})
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (_META_KEY, json.dumps(sorted(saved.items()))))
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (FULLTEXT_KEY, _FTS_ONLY))
        for name, _ in rows:
            conn.execute(f"DROP INDEX IF EXISTS [{name}]")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA wal_autocheckpoint = 65536")


def restore_indexes(conn: sqlite3.Connection, *, settle_after: bool = True, fulltext: bool = True,
                    leave: tuple[str, ...] = ()) -> None:
    """Build the indexes a bulk load dropped (each in one pass over its table), fill the full-text index
    and restore the settings (``settle_after=False``: the caller does, once it has grouped the events and
    resolved the persons within the bulk load's cache, which the load's own peak of memory already held;
    ``fulltext=False``: the full-text index is left to fill, ``FULLTEXT_KEY`` still in ``meta``, for the
    caller's ``schema.fulltext_beside`` to copy in, or ``rebuild_fulltext``; ``leave``: indexes left to
    build, still listed in ``meta``, for a later call)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_META_KEY,)).fetchone()
    fts = conn.execute("SELECT value FROM meta WHERE key = ?", (FULLTEXT_KEY,)).fetchone() if fulltext else None
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # sorting for an index build wants the cache too
    if row or fts:
        conn.execute("BEGIN IMMEDIATE")
        try:
            saved = json.loads(row[0]) if row else []
            for name, sql in saved:
                if name not in leave:
                    conn.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
            if fts:
                _fill_fulltext(conn, fts[0])
            conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (_META_KEY, FULLTEXT_KEY if fts else _META_KEY))
            if left := [(name, sql) for name, sql in saved if name in leave]:
                conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (_META_KEY, json.dumps(left)))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    if settle_after:
        settle(conn)


def rebuild_fulltext(conn: sqlite3.Connection) -> None:
    """The full-text index filled from the articles, if a bulk load left it to fill (outside a transaction)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        fts = conn.execute("SELECT value FROM meta WHERE key = ?", (FULLTEXT_KEY,)).fetchone()
        if fts:
            _fill_fulltext(conn, fts[0])
            conn.execute("DELETE FROM meta WHERE key = ?", (FULLTEXT_KEY,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _fill_fulltext(conn: sqlite3.Connection, what: str) -> None:
    """Every article's title and text, read through the view that folds them (schema.db); the pair index
    too when a bulk load of the code before left it (``what``)."""
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    if what != _FTS_ONLY and search_pairs.exists(conn):
        search_pairs.rebuild(conn)


@contextmanager
def temp_in_file(conn: sqlite3.Connection):
    """Temporary storage (sorts, temporary tables) in a file while the block runs: a tdkt connection keeps
    it in memory (schema.db.connect), where sorting a million awards would hold them all. SQLite changes
    it outside a transaction only: a block left by an error has its transaction rolled back."""
    conn.execute("PRAGMA temp_store = FILE")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("PRAGMA temp_store = MEMORY")


@contextmanager
def fewer_collections():
    """Python's cyclic garbage collector run less often while the block runs (``GC_ALLOCATIONS``)."""
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], GC_ALLOCATIONS), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def settle(conn: sqlite3.Connection) -> None:
    """The usual settings of a tdkt connection (schema.db.connect), after a bulk load."""
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA cache_size = -{USUAL_CACHE_KIB}")
    conn.execute("PRAGMA wal_autocheckpoint = 16384")
