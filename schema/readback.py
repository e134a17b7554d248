"""Articles read back from the tdkt database as the loader stored them.

* GUIDE records rebuilt from the tables: scoring what the database holds (not
  what the engine returned before the load) checks the whole pipeline:
  crawl, clean, extract, store. ``tdkt demo`` scores the seed articles so.
* Each article's record hash and the URL stored for each text, with which
  ``tdkt reextract`` tells changed facts and re-read articles apart.
"""
from __future__ import annotations

import json
import sqlite3


def guide_records(conn: sqlite3.Connection, keys_by_url: dict[str, str]) -> dict[str, dict]:
    """The GUIDE record of each stored article whose URL (or canonical URL) is in ``keys_by_url``, under
    that key."""
    records = {}
    for url, key in keys_by_url.items():
        row = conn.execute("SELECT id, relevant, author FROM articles WHERE url = ? OR canonical_url = ? "
                           "ORDER BY url = ? DESC LIMIT 1", (url, url, url)).fetchone()
        if row:
            records[key] = guide_record(conn, row[0], key, relevant=row[1], author=row[2])
    return records


def guide_record(conn: sqlite3.Connection, article_id: int, key: str, *, relevant, author) -> dict:
    event = conn.execute(
        "SELECT e.kind, e.date, e.organizer, p.province, p.district FROM events e "
        "LEFT JOIN places p ON p.id = e.place_id WHERE e.article_id = ?", (article_id,)).fetchone()
    officials = conn.execute("SELECT name, titles FROM official_mentions WHERE article_id = ? ORDER BY position",
                             (article_id,)).fetchall()
    campaigns = conn.execute("SELECT name FROM campaign_mentions WHERE article_id = ? ORDER BY position",
                             (article_id,)).fetchall()
    awards = conn.execute("SELECT code, recipient, count, status, period FROM awards WHERE article_id = ? "
                          "ORDER BY position", (article_id,)).fetchall()
    return {
        "id": key,
        "relevant": None if relevant is None else bool(relevant),
        "event": {"kind": event[0], "date": event[1], "organizer": event[2]} if event else None,
        "place": {"province": event[3], "district": event[4]} if event else None,
        "officials": [{"name": name, "titles": json.loads(titles) if titles else []} for name, titles in officials],
        "campaigns": [name for (name,) in campaigns],
        "awards": [{"code": c, "recipient": r, "count": n, "status": s, "period": p} for c, r, n, s, p in awards],
        "author": author,
    }


def record_hashes(conn: sqlite3.Connection) -> dict[str, str]:
    """Each article's key → the hash of its stored record (its facts change when the hash does)."""
    return dict(conn.execute("SELECT key, record_hash FROM articles"))


def urls_by_content_hash(conn: sqlite3.Connection) -> dict[str, str]:
    """Each stored text's content hash → the URL it is stored under."""
    return dict(conn.execute("SELECT content_hash, url FROM articles WHERE content_hash IS NOT NULL"))
