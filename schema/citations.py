"""How a fact is cited: its source, article title, date, URL, archived copy and sentence.

An archivist quotes a fact with the sentence it came from and where to find it
again, the live page and the copy tdkt archived when it fetched it (the WARC
file and offset, or the archive page of ``tdkt serve``). One function writes
the citation for the article page, and ``tdkt_citation(article_id[, sentence])``
gives the same string inside SQL (registered on Datasette's connections):

    SELECT code, count, tdkt_citation(article_id, sentence) FROM awards
"""
from __future__ import annotations

import ipaddress
import sqlite3
from urllib.parse import urlsplit

ARTICLE_SQL = """SELECT a.id, a.title, a.url, a.published, a.source_id, a.warc_file, a.warc_offset, a.fetched_at,
       s.name AS source_name
FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?"""


def article_reference(conn: sqlite3.Connection, article_id: int) -> dict | None:
    """What a citation needs of one article (None when there is no such article)."""
    cursor = conn.execute(ARTICLE_SQL, (article_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row))


def source_label(article: dict) -> str | None:
    """The source's name, else its id, else the URL's host."""
    name, source = article.get("source_name"), article.get("source_id")
    if name and name != source:
        return name
    return source or (urlsplit(article["url"]).hostname if article.get("url") else None)


def citation(article: dict, sentence: str | None = None, archive_url: str | None = None) -> str:
    """One line to paste into a paper or a finding aid.

    ``archive_url`` is the archived copy's address when the caller knows where it is served; else the
    copy is named by its WARC file and offset, which stay true wherever the archive is moved."""
    parts = [source_label(article), _quoted(article.get("title")), article.get("published"), article.get("url")]
    archived = archived_copy(article, archive_url)
    if archived:
        parts.append(archived)
    text = ". ".join(p.strip().rstrip(".") for p in parts if p and p.strip())
    if sentence and sentence.strip():
        text += f". Sentence: {_quoted(' '.join(sentence.split()))}"
    return text + "." if text else ""


def archived_copy(article: dict, archive_url: str | None = None) -> str | None:
    """"Archived copy: <where> (fetched <when>)", or None when the article was not crawled by tdkt."""
    if not article.get("warc_file"):
        return None
    where = archive_url or f"{article['warc_file']} at offset {article.get('warc_offset') or 0}"
    when = f" (fetched {article['fetched_at']})" if article.get("fetched_at") else ""
    return f"Archived copy: {where}{when}"


def reachable(url: str | None) -> bool:
    """False for a URL no reader can open: none, or a loopback host (the demo's portal, served on
    127.0.0.1 only while ``tdkt demo`` runs; its archived copy stands in for it)."""
    if not url:
        return False
    host = urlsplit(url).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


def _quoted(text: str | None) -> str | None:
    return f"“{text.strip()}”" if text and text.strip() else None


def register_citation_function(conn: sqlite3.Connection) -> None:
    """``tdkt_citation(article_id)`` and ``tdkt_citation(article_id, sentence)`` in SQL."""
    def cite(article_id, sentence=None):
        if article_id is None:
            return None
        article = article_reference(conn, article_id)
        return citation(article, sentence if isinstance(sentence, str) else None) if article else None

    conn.create_function("tdkt_citation", 1, cite)
    conn.create_function("tdkt_citation", 2, cite)
