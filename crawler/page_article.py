"""The article taken from a page: its fields, whether the page is an article at all, and why.

A module of its own because two stages share it: ``crawler.article`` builds
it from a parsed page and ``crawler.classify`` judges it, and neither should
import the other for it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class Article:
    url: str
    canonical_url: str
    title: str
    text: str
    published: dt.date | None
    author: str | None
    is_article: bool
    reason: str = ""  # why the page is not taken as an article
    date_source: str = ""

    def as_dict(self) -> dict:
        return {"url": self.url, "canonical_url": self.canonical_url, "title": self.title, "text": self.text,
                "published": self.published.isoformat() if self.published else None, "author": self.author}


@dataclass(frozen=True)
class Evidence:
    """What extraction learnt about a page that tells an article from a listing or a static page."""

    site_selectors: bool = False  # the registry's content selector for this site matched
    platform_body: bool = False  # the platform's article-body selector matched with an article's worth of text
    url_kind: str | None = None  # 'article', 'listing' or 'static' from the URL's shape (tdkt.portal.platforms)
    pagination_links: int = 0
