"""The crawler against servers that misbehave on purpose: slow-loris, sitemap bombs, huge robots.txt."""
from __future__ import annotations

import time

from hostile_server import HostileServer

from tdkt.crawler.fetch import Fetcher, FetchLimits

# A socket timeout far above the trickle's pace, so only the total deadline can stop it.
TRICKLE = dict(timeout=2.0, connect_timeout=2.0, deadline=1.0, allow_private=True)


def _slow_body(sender, path):
    sender.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
    sender.trickle(b"<p>" + b"x" * 1000, every=0.05, max_seconds=15)


def _slow_headers(sender, path):
    sender.trickle(b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 1000, every=0.05, max_seconds=15)


def _slow_unframed_body(sender, path):
    """No Content-Length: the body ends when the connection closes, so a cut could pass for the end."""
    sender.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n")
    sender.trickle(b"<p>" + b"x" * 1000, every=0.05, max_seconds=15)


def test_a_trickling_body_stops_at_the_total_deadline():
    with HostileServer({"/": _slow_body, "/unframed": _slow_unframed_body}) as server:
        fetcher = Fetcher(FetchLimits(**TRICKLE))
        for path in ("/", "/unframed"):
            started = time.monotonic()
            response = fetcher.fetch(server.url + path)
            assert time.monotonic() - started < 3.0
            assert response.status is None and "deadline" in response.error and response.retryable
            assert response.body == b""  # a cut body is never taken for the page


def test_trickling_headers_stop_at_the_total_deadline():
    with HostileServer({"/": _slow_headers}) as server:
        started = time.monotonic()
        response = Fetcher(FetchLimits(**TRICKLE)).fetch(server.url + "/")
        assert time.monotonic() - started < 3.0
        assert response.status is None and "deadline" in response.error


def test_a_slow_loris_page_does_not_hold_the_crawl(tmp_path):
    from tdkt.crawler.crawl import crawl

    def home(sender, path):
        sender.reply(b'<html><body><a href="/slow">slow</a> <a href="/fine">fine</a></body></html>')

    def fine(sender, path):
        sender.reply("<html><body><h1>Tin</h1><p>Bình thường.</p></body></html>".encode())

    with HostileServer({"/": home, "/slow": _slow_body, "/fine": fine}) as server:
        started = time.monotonic()
        summary = crawl([server.url + "/"], db_path=str(tmp_path / "crawl.db"), warc_dir=str(tmp_path / "warc"),
                        delay=0.0, backoff=0.05, max_retries=0, **TRICKLE)
        assert time.monotonic() - started < 8.0
    assert "/fine" in " ".join(server.requests)
    assert any("deadline" in reason for reason, _ in summary["failures"])
