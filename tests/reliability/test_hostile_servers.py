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


# -- sitemap bombs ----------------------------------------------------------------------------
BOMB_CHILDREN, BOMB_URLS = 5, 400  # per sitemap index: child indexes, and article URLs


def _sitemap_bomb(base_of, urls_per_index):
    """Every /sm/N.xml is an index of 5 more indexes and some articles, for ever; articles are 404s."""

    def robots(sender, path):
        sender.reply(f"User-agent: *\nAllow: /\nSitemap: {base_of()}/sm/1.xml\n".encode(), "text/plain")

    def index(sender, path):
        number = int(path.split("/")[-1].split(".")[0])
        children = "".join(f"<sitemap><loc>{base_of()}/sm/{number * BOMB_CHILDREN + i}.xml</loc></sitemap>"
                           for i in range(BOMB_CHILDREN))
        urls = "".join(f"<url><loc>{base_of()}/a/{number}-{i}</loc></url>" for i in range(urls_per_index))
        sender.reply(f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                     f'{children}{urls}</sitemapindex>'.encode(), "application/xml")

    return robots, index


class _Bomb(dict):
    def __init__(self, urls_per_index):
        robots, index = _sitemap_bomb(lambda: self.url, urls_per_index)
        super().__init__({"/robots.txt": robots})
        self.index = index

    def get(self, path, default=None):
        return self.index if path.startswith("/sm/") else super().get(path, default)


def _crawl_bomb(tmp_path, urls_per_index=BOMB_URLS, **options):
    from tdkt.crawler.crawl import crawl

    routes = _Bomb(urls_per_index)
    with HostileServer(routes) as server:
        routes.url = server.url
        started = time.monotonic()
        summary = crawl([server.url + "/"], db_path=str(tmp_path / "crawl.db"), warc_dir=str(tmp_path / "warc"),
                        delay=0.0, backoff=0.05, max_retries=0, workers=2, **TRICKLE, **options)
        return summary, time.monotonic() - started, server.requests


def test_a_sitemap_bomb_stops_at_the_per_host_cap_with_a_message(tmp_path):
    summary, elapsed, requests = _crawl_bomb(tmp_path, max_pages=12, max_host_urls=1500)
    known = sum(summary["frontier"].values())
    assert known <= 1500 + BOMB_URLS + BOMB_CHILDREN  # one document may finish its links past the cap
    host = requests and summary["sources"][0]
    assert "1,500" in summary["capped"][host] and "not queued" in summary["capped"][host]
    from tdkt.commands.summaries import format_crawl_summary
    assert f"capped host {host}: " in format_crawl_summary(summary)


def test_nested_sitemap_indexes_count_towards_the_depth_and_the_crawl_ends(tmp_path):
    summary, elapsed, requests = _crawl_bomb(tmp_path, urls_per_index=10, max_depth=2, max_host_urls=100_000)
    assert summary["status"] == "complete" and elapsed < 30
    sitemaps = [p for p in requests if p.startswith("/sm/")]
    assert len(sitemaps) == 1 + BOMB_CHILDREN + BOMB_CHILDREN ** 2  # depths 0, 1 and 2: the --max-depth


# -- robots.txt -------------------------------------------------------------------------------
def test_robots_txt_is_read_up_to_500_kib_as_the_major_crawlers_do():
    from tdkt.crawler.fetch import Response
    from tdkt.crawler.robots import MAX_ROBOTS_BYTES, rules_from_response

    rules = "".join(f"Disallow: /generated-{i}/*.html$\n" for i in range(150_000))  # about 5 MB
    body = f"User-agent: *\nDisallow: /early\n{rules}Disallow: /late\n".encode()
    started = time.process_time()  # CPU time: the cap bounds work, whatever the machine's load
    parsed = rules_from_response("http://example.vn", Response(url="http://example.vn/robots.txt", status=200,
                                                               headers=[("Content-Type", "text/plain")], body=body))
    assert not parsed.allows("http://example.vn/early")
    assert parsed.allows("http://example.vn/late")  # beyond the cap: ignored
    for i in range(20):
        parsed.allows(f"http://example.vn/tin/{i}")
    assert time.process_time() - started < 3.0  # ~0.5 s capped; ~5 s if the whole 5 MB were parsed
    assert MAX_ROBOTS_BYTES == 500 * 1024
