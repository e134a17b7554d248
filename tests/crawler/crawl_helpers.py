"""Assertions and queries shared by the crawler tests."""
from __future__ import annotations

import sqlite3


def rows(db_path: str, sql: str, *params) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def assert_clean(text: str, article, site) -> None:
    """The stored text holds every paragraph of ``article`` and none of the page's boilerplate."""
    for paragraph in article.paragraphs:
        assert paragraph in text, f"missing paragraph of article {article.id}: {paragraph[:60]}"
    from crawl_sites import BOILERPLATE_MARKERS

    for marker in BOILERPLATE_MARKERS:
        assert marker not in text, f"boilerplate {marker!r} leaked into article {article.id}"
    for other in site.related(article):
        assert other.title not in text, f"related-news title leaked into article {article.id}"


def stored_by_title(query) -> dict:
    return {row["title"]: row for row in query("SELECT * FROM articles")}


def served(server, path: str) -> int:
    """How often the crawler asked for ``path`` (compared in canonical form: it sorts parameters)."""
    from tdkt.crawler.urls import canonicalize

    wanted = canonicalize(server.url + path)
    return sum(1 for p in server.log.paths() if canonicalize(server.url + p) == wanted)
