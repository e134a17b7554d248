"""The resumable queue of URLs, kept in SQLite with one state per URL.

A URL is claimed (state ``fetching``, with the owner's host and pid) before
the request and resolved in the same transaction that stores its result, so
a process killed at any moment leaves only claimed rows behind; the next run
recovers them from the WARC archive or queues them again.
"""
from __future__ import annotations

import os
import socket
import sqlite3
import time

from tdkt.portal.urls import netloc_of

TRANSIENT_REASONS = ("timeout", "connection error", "HTTP 5", "HTTP 429", "HTTP 408", "robots.txt unavailable",
                     "waited too long")


def owner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Frontier:
    def __init__(self, conn: sqlite3.Connection, owner: str | None = None, run_id: int | None = None):
        self.conn = conn
        self.owner = owner or owner_id()
        self.run_id = run_id

    # -- adding -----------------------------------------------------------------------
    def add(self, url: str, *, source: str, kind: str = "page", depth: int = 0, page_no: int = 0,
            parent_id: int | None = None, hint: str | None = None, redirects: int = 0, seed: bool = False,
            state: str = "queued", reason: str | None = None, priority: int | None = None,
            revisit: bool = False) -> tuple[int, bool]:
        """Insert a URL unless known; return (id, inserted). Out-of-scope rows become queued when now in scope."""
        row = self.conn.execute("SELECT id, state, source FROM frontier WHERE url = ?", (url,)).fetchone()
        if row:
            if row["state"] == "out_of_scope" and state == "queued":
                self.conn.execute(
                    "UPDATE frontier SET state='queued', reason=NULL, source=?, kind=?, depth=?, page_no=?, priority=?,"
                    " hint_published=COALESCE(hint_published, ?) WHERE id=?",
                    (source, kind, depth, page_no, _priority(kind, depth, priority), hint, row["id"]))
                return row["id"], True
            if hint:
                self.conn.execute("UPDATE frontier SET hint_published=COALESCE(hint_published, ?) WHERE id=?",
                                  (hint, row["id"]))
            return row["id"], False
        cursor = self.conn.execute(
            "INSERT INTO frontier (url, source, host, kind, depth, page_no, priority, state, reason, parent_id,"
            " hint_published, redirects, seed, revisit, first_seen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (url, source, netloc_of(url), kind, depth, page_no, _priority(kind, depth, priority), state, reason,
             parent_id, hint, redirects, int(seed), int(revisit), time.time()))
        return cursor.lastrowid, True

    def get(self, url: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM frontier WHERE url = ?", (url,)).fetchone()

    def row(self, row_id: int) -> sqlite3.Row:
        return self.conn.execute("SELECT * FROM frontier WHERE id = ?", (row_id,)).fetchone()

    # -- claiming ---------------------------------------------------------------------
    def next_for_host(self, host: str, sources: set[str], now: float) -> sqlite3.Row | None:
        for row in self.conn.execute(
                "SELECT * FROM frontier WHERE state='queued' AND host=? AND not_before<=? ORDER BY priority, id LIMIT 20",
                (host, now)):
            if row["source"] in sources:
                return row
        return None

    def claim(self, row_id: int) -> bool:
        cursor = self.conn.execute(
            "UPDATE frontier SET state='fetching', owner=?, claimed_at=? WHERE id=? AND state='queued'",
            (self.owner, time.time(), row_id))
        return cursor.rowcount == 1

    def queued_hosts(self, sources: set[str]) -> dict[str, float]:
        """Hosts with queued work for these sources, with the earliest time something is due."""
        hosts: dict[str, float] = {}
        for row in self.conn.execute(
                "SELECT host, source, MIN(not_before) AS due FROM frontier WHERE state='queued' GROUP BY host, source"):
            if row["source"] in sources:
                hosts[row["host"]] = min(hosts.get(row["host"], row["due"]), row["due"])
        return hosts

    # -- resolving --------------------------------------------------------------------
    def resolve(self, row_id: int, state: str, reason: str | None = None, **fields) -> None:
        fields.update(state=state, reason=reason, owner=None, claimed_at=None)
        if state not in ("queued",):
            fields.setdefault("fetched_at", time.time())
            fields.setdefault("run_id", self.run_id)
        assignments = ", ".join(f"{key}=?" for key in fields)
        self.conn.execute(f"UPDATE frontier SET {assignments} WHERE id=?", [*fields.values(), row_id])

    def retry_later(self, row_id: int, delay: float, reason: str) -> None:
        self.conn.execute(
            "UPDATE frontier SET state='queued', reason=?, attempts=attempts+1, not_before=?, owner=NULL,"
            " claimed_at=NULL WHERE id=?", (reason, time.time() + delay, row_id))

    def release(self, row_id: int) -> None:
        """Give a claimed URL back to the queue untouched (interrupted run)."""
        self.conn.execute("UPDATE frontier SET state='queued', owner=NULL, claimed_at=NULL WHERE id=? AND state='fetching'",
                          (row_id,))

    # -- runs and recovery --------------------------------------------------------------
    def stale_claims(self, alive) -> list[sqlite3.Row]:
        """Rows claimed by processes that no longer run (``alive(owner) -> bool``)."""
        rows = self.conn.execute("SELECT * FROM frontier WHERE state='fetching'").fetchall()
        return [row for row in rows if not alive(row["owner"], row["claimed_at"])]

    def requeue_for_revisit(self, sources: set[str]) -> int:
        """Start a re-crawl: seeds, sitemaps, feeds and first pages of listings again (conditional GET),
        transient failures retried. Later listing pages follow only while they bring new links."""
        count = 0
        for source in sources:
            cursor = self.conn.execute(
                "UPDATE frontier SET state='queued', revisit=1, attempts=0, not_before=0 WHERE source=? AND"
                " state IN ('fetched','failed','skipped') AND (seed=1 OR kind IN ('sitemap','feed') OR"
                " (page_no=0 AND state='fetched' AND reason LIKE 'listing page%'))", (source,))
            count += cursor.rowcount
            for prefix in TRANSIENT_REASONS:
                cursor = self.conn.execute(
                    "UPDATE frontier SET state='queued', attempts=0, not_before=0 WHERE source=? AND state='failed'"
                    " AND reason LIKE ?", (source, prefix + "%"))
                count += cursor.rowcount
        return count

    def mark_revisit(self, row_id: int) -> bool:
        """Queue an already fetched listing page again (a re-crawl found new links above it)."""
        cursor = self.conn.execute(
            "UPDATE frontier SET state='queued', revisit=1 WHERE id=? AND state='fetched'"
            " AND (run_id IS NULL OR run_id != ?)", (row_id, self.run_id))
        return cursor.rowcount == 1

    def counts(self, sources: set[str] | None = None) -> dict[str, int]:
        rows = self.conn.execute("SELECT source, state, COUNT(*) AS n FROM frontier GROUP BY source, state")
        totals: dict[str, int] = {}
        for row in rows:
            if sources is None or row["source"] in sources:
                totals[row["state"]] = totals.get(row["state"], 0) + row["n"]
        return totals

    def has_queued(self, sources: set[str]) -> bool:
        return any(self.queued_hosts(sources))


def _priority(kind: str, depth: int, priority: int | None) -> int:
    if priority is not None:
        return priority
    return 0 if kind in ("sitemap", "feed") else depth + 1
