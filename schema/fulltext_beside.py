"""The full-text index of a bulk load, built beside the load's end, not after it.

Filling the full-text index (FTS5's ``rebuild`` over every article) was the
costliest step of a bulk load's end, where the loading process works alone:
the workers that checked the records are done, and one core sat idle while it
built the indexes, grouped events, resolved persons and filled the summaries.
Here a thread of the loading process builds the same index meanwhile, into a
database file of its own (``<database>-bulk-fts``): it reads the committed
articles through the view the index reads (``articles_fts_source``, on a
connection of its own) and writes them, in order of id and within one
transaction, as ``rebuild`` would. SQLite works without Python's lock, so the
index is made on the idle core. At the end its tables (``articles_fts_data``,
``_idx``, ``_docsize``) are copied into the database in one statement each:
the same index, word for word and article for article.

With more cores than the load keeps busy (``FOLLOW_FROM_CORES``), the thread
follows the load instead, reading each batch once it is committed; on two
cores the workers and the loading process already fill both while the records
stream in, and the index built then only slowed them down (measured on 20,000
records: the end of the load 1.5 s longer with the index built at it, the
stream 2 s shorter without it).

It gives way to ``rebuild`` whenever the copy could differ from it: an article
whose title or text a bulk load changes after it may have been read
(``abandon``), another connection that wrote to the database meanwhile, an
error in the thread, a database that is no file. A load killed meanwhile
leaves its file to the next load (``remove_leftover``), which rebuilds the
index as before.

    beside = FullTextBeside.start(conn)   # after the bulk load's begin
    beside.wake()                         # after each commit
    beside.last_batch_committed()         # at the load's end: the thread reads every article now
    done = beside.finish(conn)            # True: the index is copied in and whole
"""
from __future__ import annotations

import os
import sqlite3
import threading

CHUNK = 2_000         # articles read at a time
FOLLOW_FROM_CORES = 4  # with this many cores or more, the index follows the load batch by batch
SHADOW = ("articles_fts_data", "articles_fts_idx", "articles_fts_docsize")  # the index's own rows
_SUFFIX = "-bulk-fts"


def side_path(conn: sqlite3.Connection) -> str | None:
    """Where the index of a bulk load into this database is built (None: an in-memory database)."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    return f"{path}{_SUFFIX}" if path else None


def remove_leftover(conn: sqlite3.Connection) -> None:
    """The file a killed bulk load left behind, removed (its index is rebuilt from the articles)."""
    path = side_path(conn)
    if path:
        _remove(path)


class FullTextBeside:
    """The full-text index built in a thread, from the articles each batch commits."""

    def __init__(self, conn: sqlite3.Connection, path: str, side: str, follow: bool = False):
        self.path, self.side, self.follow = path, side, follow
        self._timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
        self._table_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
        self._config = conn.execute("SELECT k, v FROM articles_fts_config").fetchall()
        self._written_by_others = conn.execute("PRAGMA data_version").fetchone()[0]
        self._wake, self._final, self._stop = threading.Event(), False, False
        self._last_id, self._count = 0, 0
        self.failed: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="tdkt-fulltext", daemon=True)
        self._thread.start()

    @classmethod
    def start(cls, conn: sqlite3.Connection, follow: bool | None = None) -> FullTextBeside | None:
        """A builder for this database's index (None when it has no file, or no full-text index)."""
        path = conn.execute("PRAGMA database_list").fetchone()[2]
        if not path or not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").fetchone():
            return None
        side = f"{path}{_SUFFIX}"
        _remove(side)
        if follow is None:
            follow = (os.cpu_count() or 1) >= FOLLOW_FROM_CORES
        return cls(conn, path, side, follow)

    def wake(self) -> None:
        """A batch was committed: its articles are there to read (now, when the index follows the load)."""
        if self.follow:
            self._wake.set()

    def last_batch_committed(self) -> None:
        """No article is to come: the thread reads them all now (the load's end, where a core is idle)."""
        self._final = True
        self._wake.set()

    def abandon(self) -> None:
        """The index will be rebuilt instead: an article it may have read has changed."""
        self._stop = True
        self._wake.set()
        self._thread.join()
        _remove(self.side)

    @property
    def abandoned(self) -> bool:
        return self._stop

    def finish(self, conn: sqlite3.Connection, done_key: str) -> bool:
        """Read what the last batches committed, then copy the index into the database in one transaction
        (with the ``meta`` row ``done_key``, which says it is still to fill, deleted); False, with nothing
        written, when ``rebuild`` must make it instead. ``conn`` is the load's connection, outside any
        transaction: the copy is made on a connection of its own, so that FTS5 on ``conn`` sees the
        database changed and reads the index afresh."""
        if self._stop:
            return False
        self.last_batch_committed()
        self._thread.join()
        try:
            return self.failed is None and self._copy(conn, done_key)
        finally:
            _remove(self.side)

    def close(self) -> None:
        """The thread stopped and the file removed, whatever happened (a load that failed or was killed)."""
        if self._thread.is_alive():
            self.abandon()
        _remove(self.side)

    # -- the thread ----------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            side = sqlite3.connect(self.side, isolation_level=None)
            reader = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
            try:
                self._build(side, reader)
            finally:
                side.close()
                reader.close()
        except BaseException as exc:  # noqa: BLE001 - reported to ``finish``, which rebuilds instead
            self.failed = exc

    def _build(self, side: sqlite3.Connection, reader: sqlite3.Connection) -> None:
        side.execute("PRAGMA journal_mode = OFF")  # a scratch file: a crash leaves it to be removed
        side.execute("PRAGMA synchronous = OFF")
        side.execute(self._table_sql)
        side.executemany("INSERT OR REPLACE INTO articles_fts_config (k, v) VALUES (?, ?)", self._config)
        side.execute("BEGIN")  # one transaction, as ``rebuild`` writes it
        while not self._stop:
            if not (self.follow or self._final):
                self._wake.wait()
                self._wake.clear()
                continue
            rows = reader.execute("SELECT id, title, text FROM articles_fts_source WHERE id > ? ORDER BY id "
                                  "LIMIT ?", (self._last_id, CHUNK)).fetchall()
            if rows:
                side.executemany("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", rows)
                self._last_id, self._count = rows[-1][0], self._count + len(rows)
            elif self._final:
                break
            else:
                self._wake.wait()
                self._wake.clear()
        side.execute("COMMIT")

    # -- the copy --------------------------------------------------------------------------------
    def _copy(self, conn: sqlite3.Connection, done_key: str) -> bool:
        copy = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
        try:
            copy.execute("ATTACH DATABASE ? AS side", (self.side,))
            copy.execute("BEGIN IMMEDIATE")
            # no other connection wrote (the load's own commits leave data_version as it was), and the
            # articles are those read: the index is theirs
            alone = conn.execute("PRAGMA data_version").fetchone()[0] == self._written_by_others
            if not alone or copy.execute("SELECT count(*), coalesce(max(id), 0) FROM main.articles").fetchone() \
                    != (self._count, self._last_id):
                copy.execute("ROLLBACK")
                return False
            for table in SHADOW:
                copy.execute(f"DELETE FROM main.{table}")
                copy.execute(f"INSERT INTO main.{table} SELECT * FROM side.{table}")
            copy.execute("DELETE FROM main.meta WHERE key = ?", (done_key,))
            copy.execute("COMMIT")
            return True
        except BaseException:
            if copy.in_transaction:
                copy.execute("ROLLBACK")
            raise
        finally:
            copy.close()


def _remove(path: str) -> None:
    for suffix in ("", "-journal"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass
