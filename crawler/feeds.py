"""Read sitemaps (urlset, sitemap index, news sitemaps, gzip) and RSS/Atom feeds.

Both give article URLs directly, often with a date, so they are fetched
before listing pages. XML is parsed without entities or network access.
"""
from __future__ import annotations

import datetime as dt
import gzip
import zlib
from dataclasses import dataclass

from lxml import etree

from tdkt.crawler.dates import parse_date_value
from tdkt.crawler.urls import BadURL, canonicalize

_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
MAX_XML_BYTES = 50 * 1024 * 1024


@dataclass
class Entry:
    url: str
    date: dt.date | None = None  # publication date when the document gives one
    kind: str = "page"  # page | sitemap


def sniff_xml(body: bytes) -> str | None:
    """'sitemap', 'feed' or None, from the first bytes of a document."""
    head = _maybe_gunzip(body[:200_000] if not body.startswith(b"\x1f\x8b") else body)[:2000].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    return None


def parse_sitemap(body: bytes, base: str) -> list[Entry]:
    root = _parse(body)
    if root is None:
        return []
    entries = []
    for node in root.iter("{*}sitemap"):
        url = _url(_child_text(node, "loc"), base)
        if url:
            entries.append(Entry(url, kind="sitemap"))
    for node in root.iter("{*}url"):
        url = _url(_child_text(node, "loc"), base)
        if not url:
            continue
        published = parse_date_value(_descendant_text(node, "publication_date"))
        modified = parse_date_value(_child_text(node, "lastmod"))
        entries.append(Entry(url, date=published or modified))
    return entries


def parse_feed(body: bytes, base: str) -> list[Entry]:
    root = _parse(body)
    if root is None:
        return []
    entries = []
    for item in root.iter("{*}item", "{*}entry"):
        link = _child_text(item, "link")
        if not link:
            for node in item.iterfind("{*}link"):
                if node.get("rel", "alternate") == "alternate" and node.get("href"):
                    link = node.get("href")
                    break
        if not link:
            guid = item.find("{*}guid")
            if guid is not None and guid.get("isPermaLink", "true") != "false":
                link = guid.text
        url = _url(link, base)
        if url:
            date_text = next((_child_text(item, name) for name in ("pubDate", "published", "date", "issued", "updated")
                              if _child_text(item, name)), None)
            entries.append(Entry(url, date=parse_date_value(date_text)))
    return entries


def _parse(body: bytes):
    data = _maybe_gunzip(body)
    if not data.strip():
        return None
    try:
        return etree.fromstring(data.lstrip(), _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _maybe_gunzip(body: bytes) -> bytes:
    if body.startswith(b"\x1f\x8b"):
        try:
            decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
            return decoder.decompress(body, MAX_XML_BYTES)
        except (zlib.error, gzip.BadGzipFile, OSError):
            return b""
    return body


def _child_text(node, name: str) -> str | None:
    child = node.find("{*}" + name)
    if child is None:
        child = node.find(name)
    return child.text.strip() if child is not None and child.text else None


def _descendant_text(node, name: str) -> str | None:
    for child in node.iter("{*}" + name):
        if child.text:
            return child.text.strip()
    return None


def _url(text: str | None, base: str) -> str | None:
    if not text:
        return None
    try:
        return canonicalize(text, base)
    except BadURL:
        return None
