"""The crawl check: crawl the platform fixture portals and measure what a user of the crawl would notice.

For each portal (one per CMS family, ``platform_portals``) and overall: recall (articles stored
with their title and every paragraph), duplicates, robots.txt violations, leaked text of other
articles (related news, sidebars) or page furniture, pages exported that are no articles (static
pages, listings), publication dates right, and the per-host spacing of requests (the smallest
gap between two requests against the Crawl-delay, one request at a time, Retry-After kept).

The tests run it (``test_crawl_check.py``); by hand it prints a stats dump:

    .venv/bin/python tests/crawler/crawl_check.py [--articles 10]
"""
from __future__ import annotations

import argparse
import multiprocessing
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from pprint import pformat

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crawl_server import Request, SiteServer  # noqa: E402
from platform_portals import PlatformPortal, build_portals  # noqa: E402

from tdkt.crawler.crawl import crawl  # noqa: E402
from tdkt.crawler.demo.sites import BOILERPLATE_MARKERS  # noqa: E402
from tdkt.portal.sources import Registry, Source  # noqa: E402
from tdkt.portal.urls import netloc_of  # noqa: E402

FURNITURE = [*BOILERPLATE_MARKERS, "Lượt truy cập", "Thống kê truy cập", "In bài", "Gửi email", "Đánh giá:"]
GAP_SLACK = 0.005  # seconds: the server stamps a request a little after the crawler sends it


@dataclass
class PortalFigures:
    """What one portal's crawl gave, against what the portal published."""

    platform: str
    expected: int
    found: int = 0  # stored with the right title and every paragraph
    duplicates: int = 0
    robots_violations: int = 0
    leaked_rows: int = 0
    matched_rows: int = 0
    non_articles: list[str] = field(default_factory=list)  # URLs of stored pages that are no article
    dates_right: int = 0
    requests: int = 0
    min_gap: float = 0.0
    required_gap: float = 0.0
    max_parallel: int = 0
    retry_after_kept: bool = True
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def leak_rate(self) -> float:
        return self.leaked_rows / self.matched_rows if self.matched_rows else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.matched_rows if self.matched_rows else 0.0

    @property
    def polite(self) -> bool:
        return self.min_gap >= self.required_gap - GAP_SLACK and self.max_parallel <= 1 and self.retry_after_kept

    def summary(self) -> str:
        return (f"recall {self.recall:.2f} ({self.found}/{self.expected}), duplicates {self.duplicates}, "
                f"robots violations {self.robots_violations}, leaks {self.leak_rate:.2f}, "
                f"non-articles {len(self.non_articles)}, dates {self.date_accuracy:.2f}, "
                f"{self.requests} requests, min gap {self.min_gap:.3f} s (Crawl-delay {self.required_gap:.2f} s), "
                f"{self.max_parallel} at a time, Retry-After {'kept' if self.retry_after_kept else 'BROKEN'}")


@dataclass
class CheckReport:
    portals: list[PortalFigures]
    elapsed: float
    crawl_status: str

    def total(self, name: str) -> int:
        return sum(getattr(p, name) for p in self.portals)

    def stats(self) -> dict:
        """The figures as a flat dict, Scrapy's stats-dump style."""
        expected, matched = self.total("expected"), self.total("matched_rows")
        stats = {
            "crawl/status": self.crawl_status,
            "crawl/elapsed_seconds": round(self.elapsed, 2),
            "crawl/portals": len(self.portals),
            "crawl/requests": self.total("requests"),
            "articles/expected": expected,
            "articles/found": self.total("found"),
            "articles/recall": round(self.total("found") / expected, 4) if expected else 1.0,
            "articles/duplicates": self.total("duplicates"),
            "articles/non_article_exports": sum(len(p.non_articles) for p in self.portals),
            "articles/leaked": self.total("leaked_rows"),
            "articles/leak_rate": round(self.total("leaked_rows") / matched, 4) if matched else 0.0,
            "articles/date_accuracy": round(self.total("dates_right") / matched, 4) if matched else 0.0,
            "politeness/robots_violations": self.total("robots_violations"),
            "politeness/min_gap_seconds": round(min((p.min_gap for p in self.portals), default=0.0), 3),
            "politeness/max_parallel_per_host": max((p.max_parallel for p in self.portals), default=0),
            "politeness/strict": all(p.polite for p in self.portals),
        }
        stats.update({f"portal/{p.platform}": p.summary() for p in self.portals})
        return stats

    def render(self) -> str:
        return "[tdkt crawl check] Dumping crawl stats:\n" + pformat(self.stats(), width=140, sort_dicts=False)


def run_check(work_dir: str, articles_each: int = 10, delay: float = 0.0) -> CheckReport:
    """Serve every fixture portal on 127.0.0.1, crawl them all at once as registry sources, measure.

    The portals are served from a child process, so that the times the servers log are not held
    up by the crawler's own work (both in one process would share one interpreter lock).
    """
    portals = build_portals(articles_each)
    parent, child = multiprocessing.get_context("fork").Pipe()
    server_process = multiprocessing.get_context("fork").Process(target=_serve, args=(articles_each, child), daemon=True)
    server_process.start()
    try:
        urls = parent.recv()
        registry = Registry(_source(portal, url) for portal, url in zip(portals, urls))
        started = time.monotonic()
        summary = crawl([], sources=[p.platform for p in portals], registry=registry, db_path=f"{work_dir}/crawl.db",
                        warc_dir=f"{work_dir}/warc", delay=delay, allow_private=True, timeout=10, backoff=0.05,
                        max_wait=5)
        elapsed = time.monotonic() - started
        parent.send("stop")
        logs = parent.recv()
    finally:
        server_process.join(timeout=5)
        if server_process.is_alive():
            server_process.terminate()
    rows = _stored(f"{work_dir}/crawl.db")
    figures = [measure(portal, log, [r for r in rows if r["source"] == portal.platform], delay)
               for portal, log in zip(portals, logs)]
    return CheckReport(figures, elapsed, summary["status"])


@dataclass
class ServerLog:
    """What a portal's server saw: each request (path, start, end) and the most it served at once."""

    requests: list[Request]
    max_active: int


def _serve(articles_each: int, conn) -> None:
    """Child process: serve the portals until told to stop, then send back what each server saw."""
    servers = [SiteServer(portal) for portal in build_portals(articles_each)]
    conn.send([server.url for server in servers])
    conn.recv()
    logs = [ServerLog([Request(r.path, {}, r.started, r.ended) for r in s.log.requests], s.log.max_active)
            for s in servers]
    for server in servers:
        server.stop()
    conn.send(logs)


def _source(portal: PlatformPortal, url: str) -> Source:
    """The portal as a registry row: no selectors of its own, the platform only where pages cannot tell."""
    return Source(id=portal.platform, name=portal.name, kind=portal.kind, base_url=url + "/",
                  domains=(netloc_of(url),), start_urls=(url + "/",), platform=portal.registered_platform)


def _stored(db_path: str) -> list[dict]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute("SELECT * FROM articles")]
    finally:
        conn.close()


def measure(portal: PlatformPortal, log: ServerLog, rows: list[dict], delay: float) -> PortalFigures:
    figures = PortalFigures(portal.platform, expected=len(portal.articles))
    _measure_articles(figures, portal, rows)
    _measure_politeness(figures, portal, log, delay)
    return figures


def _measure_articles(figures: PortalFigures, portal: PlatformPortal, rows: list[dict]) -> None:
    matched: dict[int, list[dict]] = {}
    for row in rows:
        article = next((a for a in portal.articles if a.lead in row["text"]), None)
        if article is None:
            figures.non_articles.append(row["url"])
            continue
        matched.setdefault(article.id, []).append(row)
        figures.matched_rows += 1
        if row["published"] == portal.published(article).isoformat():
            figures.dates_right += 1
        leaks = [s for s in portal.leak_snippets(article) + FURNITURE if s in row["text"]]
        figures.leaked_rows += bool(leaks)
    for article in portal.articles:
        found = matched.get(article.id, [])
        figures.duplicates += max(0, len(found) - 1)
        complete = [r for r in found if r["title"] == article.title and all(p in r["text"] for p in article.paragraphs)]
        if complete:
            figures.found += 1
        else:
            figures.misses.append(f"{article.id}: {'incomplete' if found else 'not stored'}")


def _measure_politeness(figures: PortalFigures, portal: PlatformPortal, log: ServerLog, delay: float) -> None:
    requests = sorted(log.requests, key=lambda r: r.started)
    figures.requests = len(requests)
    figures.robots_violations = sum(1 for r in requests if r.route.startswith(portal.disallowed))
    gaps = [b.started - a.ended for a, b in zip(requests, requests[1:])]
    figures.min_gap = min(gaps, default=0.0)
    figures.required_gap = max(delay, portal.crawl_delay)
    figures.max_parallel = log.max_active
    throttled = portal.article_traps and portal.traps.too_many_once and portal.trap_articles()["too_many"]
    if throttled:
        hits = [r for r in requests if _article_of(portal, r) is throttled]
        if hits:
            after = [r for r in requests if r.started > hits[0].ended]
            figures.retry_after_kept = all(r.started - hits[0].ended >= 1.0 - GAP_SLACK for r in after)


def _article_of(portal: PlatformPortal, request):
    """The article a logged request asked for (whatever order the crawler put its query in)."""
    return portal.find_article(Request(request.path, {}, 0.0))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10, help="articles per portal")
    parser.add_argument("--delay", type=float, default=0.0, help="the crawler's own delay between requests")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        report = run_check(work, args.articles, args.delay)
    print(report.render())
    for portal in report.portals:
        for miss in portal.misses + [f"non-article {url}" for url in portal.non_articles]:
            print(f"  {portal.platform}: {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
