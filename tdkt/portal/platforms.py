"""The CMS platforms portals run, as data: ``data/portal/platforms.json``.

Most Vietnamese government portals are built on a handful of platforms
(SharePoint, Liferay, DotNetNuke, Joomla, WordPress, in-house PHP and .NET,
newspapers' own CMS). Pages of one platform put the article in the same
places and spell their URLs the same way, so a platform, once described,
serves every portal built on it: the registry's ``platform`` column names it,
or the page gives it away (``detect_platform``). A platform answers two
questions for the crawler: which CSS selectors find the title, date and text,
and which kind of page a URL is (article, listing, static page).

Static pages (giới thiệu, liên hệ, sơ đồ cổng, hỏi đáp, văn bản) are the same
on every platform, so their URL shapes and titles sit in ``common``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from tdkt.portal.rules import portal_rules

SELECTOR_KEYS = ("content", "title", "date", "author", "remove")
PAGE_KINDS = ("static", "article", "listing")  # the order a URL is tried in: a static page is never an article


@dataclass(frozen=True)
class Platform:
    """One CMS: its selectors (candidates, tried in order), its URL shapes and how to recognise its pages."""

    id: str
    name: str
    selectors: dict  # key -> tuple of CSS selectors
    url_kinds: tuple  # ((kind, compiled pattern), ...) in PAGE_KINDS order
    detect_urls: tuple
    detect_generators: tuple
    detect_xpaths: tuple

    def page_kind(self, url: str) -> str | None:
        """'static', 'article' or 'listing' when the URL has this platform's shape of that kind, else None.

        The common static sections count for every platform; a static shape wins over the others
        because an "about" page of a CMS is built like its articles.
        """
        return page_kind(url, self)


@cache
def platforms() -> dict[str, Platform]:
    """Every known platform by id, in file order (the order detection tries them in)."""
    data = portal_rules("platforms")["platforms"]
    return {key: _platform(key, spec) for key, spec in data.items()}


def get_platform(platform_id: str | None) -> Platform | None:
    return platforms().get(platform_id or "")


def _platform(key: str, spec: dict) -> Platform:
    selectors = {name: tuple(spec.get("selectors", {}).get(name, ())) for name in SELECTOR_KEYS}
    urls = spec.get("urls", {})
    kinds = tuple((kind, re.compile(pattern, re.I)) for kind in PAGE_KINDS for pattern in urls.get(kind, ()))
    detect = spec.get("detect", {})
    return Platform(id=key, name=spec.get("name", key), selectors=selectors, url_kinds=kinds,
                    detect_urls=tuple(re.compile(p, re.I) for p in detect.get("urls", ())),
                    detect_generators=tuple(g.lower() for g in detect.get("generator", ())),
                    detect_xpaths=tuple(detect.get("xpaths", ())))


@cache
def _common() -> tuple[tuple[re.Pattern, ...], frozenset[str]]:
    common = portal_rules("platforms")["common"]
    return (tuple(re.compile(p, re.I) for p in common["static_urls"]),
            frozenset(fold_title(t) for t in common["static_titles"]))


def url_target(url: str) -> str:
    """What URL patterns are matched against: the path and, when there is one, '?' and the query."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return parts.path + (f"?{parts.query}" if parts.query else "")


def page_kind(url: str, platform: Platform | None = None) -> str | None:
    """The kind of page a URL is: 'static' (common or platform shapes), 'article', 'listing', or None."""
    target = url_target(url)
    if any(p.search(target) for p in _common()[0]):
        return "static"
    for kind, pattern in platform.url_kinds if platform else ():
        if pattern.search(target):
            return kind
    return None


def is_static_title(title: str) -> bool:
    """True when a page's whole title names a static section ("Giới thiệu chung", "Liên hệ", "Hỏi đáp")."""
    return fold_title(title) in _common()[1]


def fold_title(text: str) -> str:
    """Lower-case NFC with single spaces and no edge punctuation: how titles are compared."""
    text = unicodedata.normalize("NFC", " ".join((text or "").split())).lower()
    return text.strip(" :.-–—|»")


def detect_platform(url: str, doc=None) -> Platform | None:
    """The platform a page is built on, from its URL, its generator meta tag, then marks in its HTML.

    A URL shape is the cheapest and surest sign; the generator tag names the CMS outright; XPath
    marks (SharePoint's web-part zones, Liferay's portlets, the WebForms view state) come last.
    Each stage tries the platforms in file order, so a SharePoint page is not taken for plain ASP.NET.
    """
    target = url_target(url)
    for platform in platforms().values():
        if any(p.search(target) for p in platform.detect_urls):
            return platform
    if doc is None:
        return None
    generator = " ".join(doc.xpath("//meta[translate(@name,'GENERATOR','generator')='generator']/@content")).lower()
    for platform in platforms().values():
        if generator and any(g in generator for g in platform.detect_generators):
            return platform
    for platform in platforms().values():
        if any(doc.xpath(expression) for expression in platform.detect_xpaths):
            return platform
    return None
