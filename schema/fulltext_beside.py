"""The full-text index of a bulk load, built beside the load's end, not after it.

Filling the full-text index (FTS5's ``rebuild`` over every article) was the
costliest step of a bulk load's end, where the loading process works alone:
the workers that checked the records are done, and one core sat idle while it
built the indexes, grouped events, resolved persons and filled the summaries.
Here a thread of the loading process builds the same index meanwhile, into a
database file of its own (``<database>-bulk-fts``), with the database
attached: one statement reads every article through the view the index reads
(``articles_fts_source``) and writes them in order of id, within one
transaction, as ``rebuild`` would. SQLite runs it without Python's lock, so the
index is made on the idle core. At the end its tables (``articles_fts_data``,
``_idx``, ``_docsize``) are copied into the database in one statement each:
the same index, word for word and article for article.

Not kept: a thread that followed the load, indexing each batch once it was
committed. While the records stream in, the workers and the loading process
already keep both cores busy (or, with one worker, the thread's Python
contended with the loader's for its lock): on 20,000 records the stream took
1.2 to 2 s longer, and the process 1.4 s more CPU, than the end gave back.

It gives way to ``rebuild`` whenever the copy could differ from it: another
connection that wrote to the database after the load's last batch, an error in
the thread, a database that is no file. A load killed before its end leaves
the index to the next load, which rebuilds it as before (and removes the file
a load killed by the system left behind: ``remove_leftover``).

    beside = FullTextBeside.start(conn)   # after the bulk load's begin
    beside.last_batch_committed(conn)     # at the load's end: the thread indexes every article now
    done = beside.finish(conn)            # True: the index is copied in and whole
"""
from __future__ import annotations

import os
import sqlite3
import threading

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
    """The full-text index built in a thread, from the articles the load committed."""

    def __init__(self, conn: sqlite3.Connection, path: str, side: str):
        self.path, self.side = path, side
        self._timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
        self._table_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
        self._config = conn.execute("SELECT k, v FROM articles_fts_config").fetchall()
        self._written_by_others: int | None = None  # PRAGMA data_version on the load's connection at its end
        self._go, self._stop = threading.Event(), False  # the load's end came; it was abandoned
        self._count, self._last_id = 0, 0  # the articles indexed, and the last one's id
        self.failed: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="tdkt-fulltext", daemon=True)
        self._thread.start()

    @classmethod
    def start(cls, conn: sqlite3.Connection) -> FullTextBeside | None:
        """A builder for this database's index (None when it has no file, or no full-text index)."""
        path = conn.execute("PRAGMA database_list").fetchone()[2]
        if not path or not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").fetchone():
            return None
        side = f"{path}{_SUFFIX}"
        _remove(side)
        return cls(conn, path, side)

    def last_batch_committed(self, conn: sqlite3.Connection) -> None:
        """No article is to come (``conn``: the load's connection): the thread indexes them all now, at the
        load's end, where a core is idle."""
        if self._written_by_others is None:
            self._written_by_others = conn.execute("PRAGMA data_version").fetchone()[0]
            self._go.set()

    def finish(self, conn: sqlite3.Connection, done_key: str) -> bool:
        """Read what the last batches committed, then copy the index into the database in one transaction
        (with the ``meta`` row ``done_key``, which says it is still to fill, deleted); False, with nothing
        written, when ``rebuild`` must make it instead. ``conn`` is the load's connection, outside any
        transaction: the copy is made on a connection of its own, so that FTS5 on ``conn`` sees the
        database changed and reads the index afresh."""
        self.last_batch_committed(conn)
        self._thread.join()
        try:
            return self.failed is None and self._copy(conn, done_key)
        finally:
            _remove(self.side)

    def close(self) -> None:
        """The thread stopped and the file removed, whatever happened (a load that failed or was killed)."""
        if self._thread.is_alive():
            self._stop = True
            self._go.set()
            self._thread.join()
        _remove(self.side)

    # -- the thread ----------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            side = sqlite3.connect(self.side, timeout=self._timeout, isolation_level=None)
            try:
                self._build(side)
            finally:
                side.close()
        except BaseException as exc:  # noqa: BLE001 - reported to ``finish``, which rebuilds instead
            self.failed = exc

    def _build(self, side: sqlite3.Connection) -> None:
        side.execute("PRAGMA journal_mode = OFF")  # a scratch file: a crash leaves it to be removed
        side.execute("PRAGMA synchronous = OFF")
        side.execute(self._table_sql)
        side.executemany("INSERT OR REPLACE INTO articles_fts_config (k, v) VALUES (?, ?)", self._config)
        side.execute("ATTACH DATABASE ? AS load", (self.path,))
        self._go.wait()
        if self._stop:
            return
        side.execute("BEGIN")  # one transaction, one statement, as ``rebuild`` writes it: no Python between
        side.execute("INSERT INTO main.articles_fts (rowid, title, text) SELECT id, title, text "
                     "FROM load.articles_fts_source ORDER BY id")
        self._count, self._last_id = side.execute(
            "SELECT count(*), coalesce(max(id), 0) FROM main.articles_fts_docsize").fetchone()
        side.execute("COMMIT")

    # -- the copy --------------------------------------------------------------------------------
    def _copy(self, conn: sqlite3.Connection, done_key: str) -> bool:
        copy = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
        try:
            copy.execute("PRAGMA synchronous = OFF")  # as the bulk load's own commits (schema.bulkload.begin)
            copy.execute("ATTACH DATABASE ? AS side", (self.side,))
            copy.execute("BEGIN IMMEDIATE")
            # no other connection wrote since the load's end (its own commits leave data_version as it
            # was), and the articles are those indexed: the index is theirs
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
