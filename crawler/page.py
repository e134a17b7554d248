"""Parse an HTML page once and expose what the crawler needs from it.

Links, ``<link rel=canonical>``, feed links, meta tags and JSON-LD are read
before any cleaning, because cleaning removes the menus that carry links.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from tdkt.crawler.urls import BadURL, canonicalize

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/xml", "text/xml")


class PageError(ValueError):
    """The body is not an HTML document we can parse."""


@dataclass
class Link:
    url: str
    text: str
    rel: str = ""


@dataclass
class Page:
    url: str
    doc: lxml.html.HtmlElement
    links: list[Link] = field(default_factory=list)
    canonical: str | None = None
    feeds: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    json_ld: list[dict] = field(default_factory=list)
    base_url: str = ""

    @property
    def title_tag(self) -> str:
        node = self.doc.find(".//title")
        return " ".join(node.text_content().split()) if node is not None else ""


def parse_html(text: str, url: str) -> Page:
    """Build a Page; raises PageError when the text is not HTML at all."""
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        raise PageError("empty document")
    try:
        doc = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise PageError(f"unparsable HTML: {exc}") from None
    base = _base_url(doc, url)
    page = Page(url=url, doc=doc, base_url=base)
    page.meta = _meta(doc)
    page.json_ld = _json_ld(doc)
    page.canonical = _canonical(doc, base)
    page.feeds = _feeds(doc, base)
    page.links = _links(doc, base)
    return page


def _base_url(doc, url: str) -> str:
    for node in doc.iterfind(".//base[@href]"):
        try:
            return canonicalize(node.get("href"), url)
        except BadURL:
            break
    return url


def _meta(doc) -> dict[str, str]:
    meta = {}
    for node in doc.iterfind(".//meta"):
        key = node.get("property") or node.get("name") or node.get("itemprop") or node.get("http-equiv")
        value = node.get("content") or node.get("datetime")
        if key and value and key.lower() not in meta:
            meta[key.strip().lower()] = value.strip()
    return meta


def _json_ld(doc) -> list[dict]:
    found = []
    for node in doc.xpath('.//script[@type="application/ld+json"]'):
        try:
            data = json.loads(node.text_content().strip() or "null")
        except (json.JSONDecodeError, ValueError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                found.append(item)
                stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
    return found


def _canonical(doc, base: str) -> str | None:
    for node in doc.xpath('.//link[@href][contains(concat(" ", translate(@rel, "CANONICAL", "canonical"), " "), " canonical ")]'):
        try:
            return canonicalize(node.get("href"), base)
        except BadURL:
            return None
    return None


def _feeds(doc, base: str) -> list[str]:
    feeds = []
    for node in doc.xpath('.//link[@href][contains(translate(@rel, "ALTERNATE", "alternate"), "alternate")]'):
        if (node.get("type") or "").lower() in _FEED_TYPES:
            try:
                feeds.append(canonicalize(node.get("href"), base))
            except BadURL:
                continue
    return feeds


def _links(doc, base: str) -> list[Link]:
    links = []
    for node in doc.iterfind(".//a[@href]"):
        href = node.get("href")
        if not href or href.startswith("#"):
            continue
        try:
            url = canonicalize(href, base)
        except BadURL:
            continue
        text = " ".join(node.text_content().split()) or (node.get("title") or "").strip()
        links.append(Link(url=url, text=text, rel=(node.get("rel") or "").lower()))
    for node in doc.xpath('.//link[@href][@rel="next" or @rel="prev"]'):
        try:
            links.append(Link(url=canonicalize(node.get("href"), base), text="", rel=node.get("rel")))
        except BadURL:
            continue
    return links
