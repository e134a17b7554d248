"""The article taken from a page: its fields, and whether the page is an article at all.

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
