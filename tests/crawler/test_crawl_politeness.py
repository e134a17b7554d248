"""Politeness as the server sees it: spacing, Crawl-delay, one connection per host, many hosts at once."""
from __future__ import annotations

import time

from crawl_helpers import stored_by_title
from crawl_corpus import make_article, make_corpus
from crawl_server import Reply
from crawl_sites import LiferaySite, WordPressSite, article_at, failing


class QuietSite(LiferaySite):
    calendar = False


class SlowSite(QuietSite):
    """Every page takes a while, so parallel work across hosts is visible."""

    def respond(self, request):
        reply = super().respond(request)
        reply.delay = 0.05
        return reply


def gaps(server) -> list[float]:
    requests = sorted(server.log.requests, key=lambda r: r.started)
    return [b.started - a.ended for a, b in zip(requests, requests[1:])]


def test_requests_to_one_host_are_spaced_by_the_delay(serve, run):
    server = serve(QuietSite(make_corpus(2)))
    run(server.url + "/", delay=0.25)

    assert len(server.log.requests) >= 5
    assert min(gaps(server)) >= 0.24


def test_crawl_delay_from_robots_txt_lengthens_the_delay(serve, run):
    robots = "User-agent: tdkt-crawler\nCrawl-delay: 1\n\nUser-agent: *\nDisallow:\n"
    server = serve(QuietSite(make_corpus(2), robots=robots))
    run(server.url + "/", delay=0, max_pages=3)

    assert len(server.log.requests) == 4  # robots.txt + 3 pages
    assert min(gaps(server)) >= 0.98


def test_one_request_at_a_time_per_host_and_hosts_in_parallel(serve, run, query):
    first, second = serve(SlowSite(make_corpus(3))), serve(SlowSite(make_corpus(3, first=10)))
    run(first.url + "/", second.url + "/", workers=4)

    assert first.log.max_active == 1 and second.log.max_active == 1
    overlapping = [(a, b) for a in first.log.requests for b in second.log.requests
                   if a.started < b.ended and b.started < a.ended]
    assert len(overlapping) >= 3  # the two hosts were fetched side by side
    assert len(stored_by_title(query)) == 6


def test_user_agent_names_the_crawler_and_a_contact_url(serve, run):
    server = serve(QuietSite(make_corpus(1)))
    run(server.url + "/")

    agents = {r.headers.get("user-agent") for r in server.log.requests}
    assert len(agents) == 1
    agent = agents.pop()
    assert "tdkt-crawler" in agent and "+https://" in agent


def test_an_unreadable_robots_txt_pauses_the_host_and_keeps_its_urls(serve, run, query):
    class DownRobots(QuietSite):
        def respond(self, request):
            if request.route == "/robots.txt":
                return Reply(503, b"", [("Content-Type", "text/plain")])
            return super().respond(request)

    server = serve(DownRobots(make_corpus(2)))
    summary = run(server.url + "/", max_retries=1)

    assert set(server.log.paths()) == {"/robots.txt"}
    assert summary["status"] == "partial"
    assert summary["parked"]
    assert [r["state"] for r in query("SELECT state FROM frontier")] == ["queued"]


def test_a_retry_after_beyond_max_wait_keeps_the_url_for_a_later_run(serve, run, query):
    extra = make_article(60)
    limited = failing(99, 503, article_at(extra), headers=[("Retry-After", "3600")])
    server = serve(WordPressSite(make_corpus(2), faults={"/tin/bao-tri": limited}))
    started = time.monotonic()
    summary = run(server.url + "/", max_wait=2)

    assert time.monotonic() - started < 10
    row = [r for r in query("SELECT * FROM frontier") if r["url"].endswith("/tin/bao-tri")][0]
    assert row["state"] == "queued" and "Retry-After 3600" in row["reason"]
    assert summary["status"] == "partial"
    assert server.log.count("/tin/bao-tri") == 1
