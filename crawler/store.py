"""The crawl database (default ``data/crawl.db``): frontier, articles, runs, WARC files.

Later stages read clean articles from here, so the ``articles`` table is a
stable interface:

======================  =====================================================
column                  meaning
======================  =====================================================
id                      integer key
url                     canonical URL the article was fetched from
canonical_url           ``<link rel=canonical>`` when usable, else ``url``
title                   article title
published               publication date ``YYYY-MM-DD`` or NULL
text                    clean main text, paragraphs separated by blank lines
source                  source id from ``data/sources.csv`` (or the host)
author                  author when the page marks one, else NULL
content_hash            sha1 of the normalised text (dedupe key)
fetched_at              ISO 8601 UTC time of the fetch
http_status             HTTP status of the response
warc_file, warc_offset  where the response record is archived
frontier_id             row of the URL in ``frontier``
======================  =====================================================

Several crawl runs, on one machine or on several hosts in turn, add to one
database: WAL journaling and a busy timeout let runs overlap safely.
"""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import unicodedata
from pathlib import Path
from typing import Iterator

from tdkt import readonly

DEFAULT_DB = Path("data/crawl.db")
SCHEMA_VERSION = 1
ARTICLE_FIELDS = ("id", "url", "canonical_url", "title", "published", "text", "source", "author", "content_hash",
                  "fetched_at", "http_status", "warc_file", "warc_offset", "frontier_id")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS frontier (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    host TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'page',          -- page | sitemap | feed
    depth INTEGER NOT NULL DEFAULT 0,
    page_no INTEGER NOT NULL DEFAULT 0,         -- position in a paginated listing
    priority INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'queued',       -- see STATES
    reason TEXT,
    http_status INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    not_before REAL NOT NULL DEFAULT 0,
    redirects INTEGER NOT NULL DEFAULT 0,
    redirect_to TEXT,
    parent_id INTEGER,
    seed INTEGER NOT NULL DEFAULT 0,
    revisit INTEGER NOT NULL DEFAULT 0,
    hint_published TEXT,
    etag TEXT,
    last_modified TEXT,
    owner TEXT,
    claimed_at REAL,
    run_id INTEGER,
    first_seen REAL,
    fetched_at REAL,
    warc_file TEXT,
    warc_offset INTEGER
);
CREATE INDEX IF NOT EXISTS frontier_queue ON frontier (state, host, priority, id);
CREATE INDEX IF NOT EXISTS frontier_source ON frontier (source, state);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    canonical_url TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    author TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    fetched_at TEXT NOT NULL,
    http_status INTEGER,
    warc_file TEXT,
    warc_offset INTEGER,
    frontier_id INTEGER
);
CREATE INDEX IF NOT EXISTS articles_canonical ON articles (canonical_url);
CREATE INDEX IF NOT EXISTS articles_source ON articles (source, published);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    sources TEXT NOT NULL,
    argv TEXT,
    started_at REAL NOT NULL,
    finished_at REAL,
    status TEXT NOT NULL DEFAULT 'running',     -- running | complete | partial | interrupted
    pages INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS warc_files (
    name TEXT PRIMARY KEY,
    directory TEXT NOT NULL,
    owner TEXT NOT NULL,
    created_at REAL NOT NULL
);
"""

STATES = {
    "queued": "waiting to be fetched",
    "fetching": "claimed by a running crawler",
    "fetched": "fetched and processed (reason says what it was)",
    "duplicate": "same article as one already stored",
    "redirected": "answered with a redirect (redirect_to)",
    "failed": "gave up (reason)",
    "robots": "forbidden by robots.txt",
    "out_of_scope": "not fetched: other host, not a page, a trap or too deep (reason)",
    "skipped": "fetched or listed but not kept (reason, e.g. before --since)",
}


def connect(db_path: str | os.PathLike = DEFAULT_DB) -> sqlite3.Connection:
    """Open (creating if needed) a crawl database."""
    path = Path(db_path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=60, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=60000")
    conn.executescript(SCHEMA)
    conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    return conn


def open_existing(db_path: str | os.PathLike) -> sqlite3.Connection:
    """Open a crawl database that must already exist (for readers such as export)."""
    path = Path(db_path)
    if not path.exists():
        raise FileNotFoundError(f"no crawl database at {path}")
    conn = open_readonly(path, timeout=60)  # a crawl may be writing (WAL): wait for it rather than fail
    conn.row_factory = sqlite3.Row
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "articles" not in tables:
        conn.close()
        raise ValueError(f"{path} is not a crawl database (no articles table)")
    return conn


def content_hash(text: str) -> str:
    """Hash of the text with case, spacing and Unicode form normalised."""
    norm = unicodedata.normalize("NFC", text).lower()
    norm = re.sub(r"\s+", " ", norm).strip()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def find_duplicate(conn: sqlite3.Connection, text_hash: str, canonical_url: str, title: str) -> int | None:
    """An existing article with the same text, or the same canonical URL and title."""
    row = conn.execute("SELECT id FROM articles WHERE content_hash = ?", (text_hash,)).fetchone()
    if row:
        return row["id"]
    row = conn.execute("SELECT id FROM articles WHERE (canonical_url = ? OR url = ?) AND title = ?",
                       (canonical_url, canonical_url, title)).fetchone()
    return row["id"] if row else None


def insert_article(conn: sqlite3.Connection, record: dict) -> int:
    columns = [c for c in ARTICLE_FIELDS if c != "id" and c in record]
    sql = f"INSERT INTO articles ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    return conn.execute(sql, [record[c] for c in columns]).lastrowid


def iter_articles(db_path: str | os.PathLike = DEFAULT_DB, *, source: str | None = None,
                  since: str | None = None) -> Iterator[dict]:
    """Yield every stored article as a dict with the keys of ARTICLE_FIELDS, oldest first."""
    conn = open_existing(db_path)
    try:
        sql, params = f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles", []
        where = []
        if source:
            where.append("source = ?")
            params.append(source)
        if since:
            where.append("published >= ?")
            params.append(since)
        if where:
            sql += " WHERE " + " AND ".join(where)
        for row in conn.execute(sql + " ORDER BY id", params):
            yield dict(row)
    finally:
        conn.close()


# -- what readers ask of a crawl database ------------------------------------------------------
def open_readonly(db_path: str | os.PathLike, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection that cannot write, for readers that must neither create nor change the database
    (on read-only storage too: ``tdkt.readonly``)."""
    return readonly.open_readonly(db_path, timeout=timeout)


def is_crawl_database(db_path: str | os.PathLike) -> bool:
    """Whether ``db_path`` is a crawl database (a frontier, and not the tdkt database's migrations)."""
    try:
        conn = open_readonly(db_path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return "frontier" in tables and "schema_migrations" not in tables


def unfinished_sources(conn: sqlite3.Connection) -> set[str]:
    """Sources with URLs still queued (or claimed by a crawl that was killed)."""
    return {row[0] for row in conn.execute(
        "SELECT DISTINCT source FROM frontier WHERE state IN ('queued', 'fetching')")}


def count_articles(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM articles").fetchone()[0] or 0


def seed_hosts(conn: sqlite3.Connection, host_like: str) -> list[tuple[str, str]]:
    """(source, host) of every seed URL whose host matches the LIKE pattern ``host_like``, newest first."""
    return [tuple(row) for row in conn.execute(
        "SELECT source, host FROM frontier WHERE seed = 1 AND host LIKE ? ORDER BY id DESC", (host_like,))]
