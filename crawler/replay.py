"""Re-extract articles from WARC files, without the network.

Useful after improving the extractor (re-run it over everything already
archived) and to rebuild a crawl database from archives made elsewhere.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterator

from tdkt.crawler import store
from tdkt.crawler.article import extract_article
from tdkt.crawler.decode import decode_body
from tdkt.crawler.discover import Discoverer
from tdkt.crawler.page import PageError, parse_html
from tdkt.crawler.urls import BadURL, Scope, canonicalize
from tdkt.crawler.warc import iter_responses
from tdkt.portal.platforms import get_platform
from tdkt.portal.sources import Registry
from tdkt.portal.urls import netloc_of, strip_www


def iter_articles_from_warc(source, registry: Registry | None = None, since: dt.date | None = None) -> Iterator[dict]:
    """Yield an article dict (url, title, published, text, source, author, content_hash, warc_file, ...)
    for every archived HTML response that is an article."""
    for record in iter_responses(source):
        if record.status != 200 or "html" not in record.content_type.lower():
            continue
        try:
            url = canonicalize(record.url)
            text, _ = decode_body(record.body, record.content_type)
            page = parse_html(text, url)
        except (BadURL, PageError):
            continue
        registered = registry.for_url(url) if registry else None
        scope = Scope.from_domains([netloc_of(url)])
        pagination = [c for c in Discoverer().from_page(page, 0, 0, scope) if c.pagination and c.reason is None]
        platform = get_platform(registered.platform) if registered else None
        article = extract_article(page, registered.selectors if registered else {}, None, len(pagination), platform)
        if not article.is_article or (since and article.published and article.published < since):
            continue
        yield {**article.as_dict(), "source": registered.id if registered else strip_www(netloc_of(url)),
               "content_hash": store.content_hash(article.text), "fetched_at": record.date,
               "http_status": record.status, "warc_file": record.warc_file, "warc_offset": record.offset}


def import_warc(db_path, source, registry: Registry | None = None, since: dt.date | None = None) -> dict:
    """Store the articles of WARC files in a crawl database; returns counts."""
    conn = store.connect(db_path)
    counts = {"articles": 0, "duplicates": 0}
    try:
        for article in iter_articles_from_warc(source, registry, since):
            conn.execute("BEGIN IMMEDIATE")
            known = conn.execute("SELECT id FROM articles WHERE url = ?", (article["url"],)).fetchone()
            duplicate = known or store.find_duplicate(conn, article["content_hash"], article["canonical_url"],
                                                      article["title"])
            if duplicate:
                counts["duplicates"] += 1
            else:
                store.insert_article(conn, article)
                counts["articles"] += 1
            conn.execute("COMMIT")
    finally:
        conn.close()
    return counts
