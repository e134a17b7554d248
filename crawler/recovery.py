"""Pick up after a crawler that was killed (SIGKILL, power loss, OOM).

Its claimed URLs are still in state ``fetching``. If the response reached the
WARC archive before the kill, it is processed from there (so the page is not
fetched a second time); otherwise the URL simply goes back to the queue.
WARC files cut in the middle of a record are repaired first.
"""
from __future__ import annotations

import calendar
import os
import socket
import time
from pathlib import Path

from tdkt.crawler.fetch import Response
from tdkt.crawler.urls import Scope
from tdkt.crawler.warc import WarcLocation, iter_responses, repair
from tdkt.portal.sources import Source

FOREIGN_CLAIM_TIMEOUT = 3600.0  # claims by other machines count as dead after this


def owner_alive(owner: str | None, claimed_at: float | None) -> bool:
    """Is the process that claimed a URL still running?"""
    if not owner:
        return False
    host, _, pid = owner.rpartition(":")
    if time.time() - (claimed_at or 0) > FOREIGN_CLAIM_TIMEOUT:
        return False
    if host != socket.gethostname():
        return True
    if not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return False  # a claim from an earlier life of this very pid
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover_stale_claims(conn, frontier, processor, alive=owner_alive) -> int:
    """Resolve or requeue the URLs of dead crawlers; returns how many were recovered from the archive."""
    stale = frontier.stale_claims(alive)
    if not stale:
        return 0
    owners = {row["owner"] for row in stale}
    files = [(Path(r["directory"]) / r["name"], r["owner"]) for r in conn.execute("SELECT * FROM warc_files")
             if r["owner"] in owners and (Path(r["directory"]) / r["name"]).exists()]
    local = {o for o in owners if (o or "").rpartition(":")[0] == socket.gethostname()}
    for path, owner in files:
        if owner in local:
            repair(path)  # only our own machine's dead writers: a live one elsewhere may still append
    files = [path for path, _ in files]
    wanted = {row["url"]: row for row in stale}
    archived = {}
    for record in iter_responses(files):
        if record.url in wanted:
            archived[record.url] = record
    recovered = 0
    added = _borrow_sources(processor, {row["source"] for row in stale})
    try:
        for url, row in wanted.items():
            record = archived.get(url)
            if record is None:
                frontier.release(row["id"])
                continue
            response = Response(url=url, status=record.status, headers=record.headers, body=record.body,
                                started_at=_timestamp(record.date))
            processor.handle_safely(row, response, WarcLocation(record.warc_file, record.offset))
            recovered += 1
    finally:
        for source_id in added:
            processor.sources.pop(source_id, None)
            processor.scopes.pop(source_id, None)
    return recovered


def _borrow_sources(processor, source_ids: set[str]) -> list[str]:
    """Make sources of recovered rows known to the processor for the time of the recovery."""
    added = []
    for source_id in source_ids - set(processor.sources):
        processor.sources[source_id] = Source(id=source_id, name=source_id, kind="adhoc", domains=(source_id,))
        hosts = [r[0] for r in processor.frontier.conn.execute(
            "SELECT DISTINCT host FROM frontier WHERE source=? AND state != 'out_of_scope'", (source_id,))]
        processor.scopes[source_id] = Scope.from_domains([source_id, *hosts])
        added.append(source_id)
    return added


def _timestamp(warc_date: str) -> float:
    try:
        return float(calendar.timegm(time.strptime(warc_date[:19], "%Y-%m-%dT%H:%M:%S")))
    except (ValueError, TypeError):
        return time.time()
