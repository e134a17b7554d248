"""Fixture portals for the crawler tests: the CMS-style sites of ``crawler.demo.sites`` (one copy,
shared with the demo portal) plus fault injection handlers that only tests need.
"""
from __future__ import annotations

from crawl_corpus import FakeArticle
from crawl_server import Reply

from tdkt.crawler.demo.sites import (  # noqa: F401
    BOILERPLATE_MARKERS,
    FOOTER,
    TODAY,
    AspNetSite,
    LegacySite,
    LiferaySite,
    Site,
    WordPressSite,
    calendar_page,
    encode_1258,
    esc,
)


# -- fault injection: handlers for Site(faults={path: handler}) ---------------------------
def article_at(article: FakeArticle):
    """Serve an article that no listing links to (only the fault link on the home page)."""
    return lambda site, request, count: site.article_reply(article)


def failing(times: int, status: int, then, headers=()):
    """Answer ``status`` for the first ``times`` requests, then behave like ``then``."""
    def handler(site, request, count):
        if count <= times:
            return Reply(status, "<html><body>Lỗi máy chủ</body></html>".encode(), [("Content-Type", "text/html"), *headers])
        return then(site, request, count)
    return handler


def slow(times: int, seconds: float, then):
    """Stall the first ``times`` requests for ``seconds`` (longer than the crawler's timeout)."""
    def handler(site, request, count):
        reply = then(site, request, count)
        if count <= times:
            reply.delay = seconds
        return reply
    return handler


def redirect_to(location: str, status: int = 302):
    return lambda site, request, count: Reply(status, b"", [("Location", location)])


def huge_article(article: FakeArticle, size: int):
    """The article padded to ``size`` bytes with an inline image, as some portals embed photos."""
    def handler(site, request, count):
        reply = site.article_reply(article)
        padding = b"A" * max(0, size - len(reply.body))
        reply.body = reply.body.replace(b"</body>", b'<img alt="" src="data:image/png;base64,' + padding + b'"></body>')
        return reply
    return handler


def endless(chunk: int = 65536):
    """A body that never ends."""
    def stream():
        block = b"<p>" + b"x" * chunk + b"</p>"
        while True:
            yield block
    return lambda site, request, count: Reply(200, headers=[("Content-Type", "text/html")], stream=stream())


def raw(body: bytes, content_type: str = "text/html"):
    return lambda site, request, count: Reply(200, body, [("Content-Type", content_type)])
