"""The crawl loop: many hosts in parallel, one request at a time per host.

Worker threads only do network I/O; the main thread schedules, archives,
parses and writes the database, so there is a single SQLite writer and the
order of events is easy to reason about. A run either continues an
unfinished crawl (queued URLs remain) or, when the last crawl of a source
completed, re-crawls it incrementally: seeds, sitemaps and feeds are fetched
again with conditional GET, and listings are paged only while they bring new
links.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from tdkt.crawler import store
from tdkt.crawler.config import CrawlConfig
from tdkt.crawler.discover import Discoverer, HostBudget
from tdkt.crawler.fetch import Fetcher, FetchLimits, Response
from tdkt.crawler.frontier import Frontier, owner_id
from tdkt.crawler.politeness import Politeness
from tdkt.crawler.process import Processor, RetryPolicy
from tdkt.crawler.recovery import recover_stale_claims
from tdkt.crawler.robots import RobotsRules, fetch_robots, rules_from_response
from tdkt.crawler.urls import BadURL, Scope, canonicalize, origin_of
from tdkt.crawler.warc import WarcArchive
from tdkt.portal.sources import Source
from tdkt.portal.urls import netloc_of, strip_www

@dataclass
class _Job:
    kind: str  # page | robots
    host: str
    row: object = None
    source: str = ""


class Crawl:
    def __init__(self, config: CrawlConfig, seeds: list[tuple[Source, list[str]]] | None = None, registry=None):
        self.config = config
        self.seeds = seeds or []
        self.registry = registry
        self.conn = store.connect(config.db_path)
        self.owner = owner_id()
        self.frontier = Frontier(self.conn, self.owner)
        limits = FetchLimits(timeout=config.timeout, connect_timeout=config.connect_timeout, deadline=config.deadline,
                             max_bytes=config.max_bytes, allow_private=config.allow_private)
        if config.user_agent:
            limits.user_agent = config.user_agent
        self.fetcher = Fetcher(limits)
        self.politeness = Politeness(config.delay, config.max_wait, backoff_floor=min(1.0, config.backoff))
        self.archive = WarcArchive(config.warc_dir, max_file_bytes=config.warc_max_bytes, on_new_file=self._register_warc)
        self.sources: dict[str, Source] = {}
        self.scopes: dict[str, Scope] = {}
        self.processor = Processor(self.frontier, self.archive,
                                   Discoverer(config.max_depth, config.max_listing_pages, config.calendar_cap),
                                   self.politeness, self.sources, self.scopes,
                                   RetryPolicy(config.max_retries, config.backoff, config.max_redirects), config.since,
                                   budget=HostBudget(config.max_host_urls))
        self.stats: Counter = self.processor.stats
        self._hosts_cache: dict[str, float] = {}
        self._hosts_checked = 0.0
        self._discovered_seen = -1
        self.run_id = None

    # -- setup --------------------------------------------------------------------------------
    def _register_warc(self, name: str) -> None:
        self.conn.execute("INSERT OR IGNORE INTO warc_files VALUES (?,?,?,?)",
                          (name, str(Path(self.config.warc_dir).resolve()), self.owner, time.time()))

    def _setup_sources(self) -> None:
        if self.seeds:
            for source, _ in self.seeds:
                self.sources[source.id] = source
        else:
            for row in self.conn.execute("SELECT DISTINCT source FROM frontier WHERE state IN ('queued','fetching')"):
                found = self.registry.get(row["source"]) if self.registry else None
                self.sources[row["source"]] = found or Source(id=row["source"], name=row["source"], kind="adhoc",
                                                              domains=(row["source"],))
        for source_id, source in self.sources.items():
            scope = Scope.for_source(source)
            for row in self.conn.execute(
                    "SELECT DISTINCT host FROM frontier WHERE source=? AND state NOT IN ('out_of_scope')", (source_id,)):
                scope.add(row["host"])
            self.scopes[source_id] = scope
        for source, urls in self.seeds:
            for url in urls:
                self.scopes[source.id].add(netloc_of(url))

    def _start_run(self) -> None:
        cursor = self.conn.execute(
            "INSERT INTO runs (owner, sources, argv, started_at) VALUES (?,?,?,?)",
            (self.owner, " ".join(sorted(self.sources)), json.dumps(self.config.argv), time.time()))
        self.run_id = cursor.lastrowid
        self.frontier.run_id = self.run_id

    def _plant_seeds(self) -> None:
        """Queue the seeds; re-crawl sources whose previous crawl completed."""
        source_ids = set(self.sources)
        finished = {sid for sid in source_ids if self._last_run_complete(sid)}
        revisit = {sid for sid in finished if not self.frontier.has_queued({sid})}
        self.conn.execute("BEGIN IMMEDIATE")
        if revisit:
            self.frontier.requeue_for_revisit(revisit)
        for source, urls in self.seeds:
            for url in urls:
                _, inserted = self.frontier.add(url, source=source.id, seed=True, depth=0)
                if not inserted and source.id in revisit:
                    self.conn.execute("UPDATE frontier SET state='queued', revisit=1, seed=1, not_before=0 "
                                      "WHERE url=? AND state IN ('fetched','failed','skipped')", (url,))
        self.conn.execute("COMMIT")

    def _last_run_complete(self, source_id: str) -> bool:
        row = self.conn.execute(
            "SELECT status FROM runs WHERE (' ' || sources || ' ') LIKE ? AND id != ? ORDER BY id DESC LIMIT 1",
            (f"% {source_id} %", self.run_id or -1)).fetchone()
        return bool(row) and row["status"] == "complete"

    # -- the loop -----------------------------------------------------------------------------
    def run(self) -> dict:
        started = time.monotonic()
        self._setup_sources()
        recovered = recover_stale_claims(self.conn, self.frontier, self.processor)
        self.stats["recovered"] += recovered
        self._start_run()
        self._plant_seeds()
        status = "complete"
        switch = sys.getswitchinterval()
        sys.setswitchinterval(0.0005)  # let fetch threads grab the GIL promptly while the main thread parses
        executor = ThreadPoolExecutor(max_workers=max(1, self.config.workers), thread_name_prefix="fetch")
        inflight: dict = {}
        try:
            status = self._loop(executor, inflight)
        except KeyboardInterrupt:
            status = "interrupted"
            for future, job in inflight.items():
                if job.kind == "page" and not future.done():
                    self.frontier.release(job.row["id"])
                elif job.kind == "page":
                    self._finish(job, future.result())
            raise
        finally:
            sys.setswitchinterval(switch)
            executor.shutdown(wait=status != "interrupted", cancel_futures=True)
            self.archive.close()
            self.summary = self._summary(status, time.monotonic() - started)
            self._end_run(status)
        return self.summary

    def _loop(self, executor, inflight: dict) -> str:
        source_ids = set(self.sources)
        while True:
            limit_reached = self.config.max_pages is not None and self.stats["pages"] >= self.config.max_pages
            if not limit_reached:
                self._dispatch(executor, inflight, source_ids)
            if not inflight:
                if limit_reached:
                    return "partial" if self.frontier.has_queued(source_ids) else "complete"
                pause = self._idle_pause(source_ids)
                if pause is None:
                    return "partial" if self.frontier.has_queued(source_ids) else "complete"
                time.sleep(pause)
                continue
            done, _ = wait(list(inflight), timeout=self._next_ready_in(), return_when=FIRST_COMPLETED)
            for future in done:
                self._finish(inflight.pop(future), future.result())
            self._report_progress(source_ids)

    def _dispatch(self, executor, inflight: dict, source_ids: set[str]) -> None:
        hosts = self._queued_hosts(source_ids)
        now_wall, now = time.time(), time.monotonic()
        for host in sorted(hosts, key=lambda h: self.politeness.host(h).next_time):
            if len(inflight) >= self.config.workers:
                return
            if self.config.max_pages is not None and self.stats["pages"] >= self.config.max_pages:
                return
            state = self.politeness.host(host)
            if not state.ready(now) or hosts[host] > now_wall:
                continue
            row = self._next_allowed(host, state, source_ids, now_wall)
            if row is None:
                continue
            if state.robots is None:
                self.politeness.started(host)
                inflight[executor.submit(self._fetch_robots, host, row["url"])] = _Job("robots", host, source=row["source"])
                continue
            if not self.frontier.claim(row["id"]):
                continue
            self.politeness.started(host)
            self.stats["pages"] += 1
            headers = self._conditional_headers(row)
            inflight[executor.submit(self.fetcher.fetch, row["url"], headers)] = _Job("page", host, row)

    def _next_allowed(self, host: str, state, source_ids: set[str], now_wall: float):
        """The next queued URL of ``host`` that robots.txt allows (refused ones are resolved on the way)."""
        while True:
            row = self.frontier.next_for_host(host, source_ids, now_wall)
            if row is None or state.robots is None or state.robots.allows(row["url"]):
                return row
            self.frontier.resolve(row["id"], "robots", "disallowed by robots.txt")
            self.stats["robots"] += 1

    def _conditional_headers(self, row) -> dict:
        headers = {}
        if row["revisit"]:
            if row["etag"]:
                headers["If-None-Match"] = row["etag"]
            if row["last_modified"]:
                headers["If-Modified-Since"] = row["last_modified"]
        return headers

    def _fetch_robots(self, host: str, url: str) -> list[Response]:
        return fetch_robots(self.fetcher, url, self.config.max_retries, self.config.backoff, self.config.max_wait)

    def _finish(self, job: _Job, result) -> None:
        """Process a finished job; the host's next request waits one (possibly lengthened) delay from now."""
        try:
            if job.kind == "robots":
                self._robots_loaded(job, result)
            else:
                self.processor.handle_safely(job.row, result)
        finally:
            self.politeness.finished(job.host)

    def _robots_loaded(self, job: _Job, responses: list[Response]) -> None:
        for response in responses:
            self.archive.write(response)
        final = responses[-1]
        if final.status in (301, 302, 303, 307, 308):  # a redirect chain that went nowhere
            final = Response(url=final.url, status=404)
        origin = origin_of(responses[0].url)
        rules = rules_from_response(origin, final)
        state = self.politeness.host(job.host)
        state.robots = rules
        if rules.unavailable:
            if final.status is None and not final.retryable:
                self._fail_host(job.host, final.error)  # refused address: nothing on this host can be fetched
            else:
                state.parked_reason = rules.unavailable
            return
        self.politeness.apply_crawl_delay(job.host, rules.crawl_delay())
        self._plant_sitemaps(job, rules)

    def _plant_sitemaps(self, job: _Job, rules: RobotsRules) -> None:
        scope = self.scopes.get(job.source)
        sitemaps = [u for u in rules.sitemaps if scope and scope.contains(u)]
        self.conn.execute("BEGIN IMMEDIATE")
        for url in sitemaps:
            try:
                self.frontier.add(canonicalize(url), source=job.source, kind="sitemap", depth=0)
            except BadURL:
                continue
        if not sitemaps:
            self.frontier.add(rules.origin + "/sitemap.xml", source=job.source, kind="sitemap", depth=0,
                              reason="guessed")
        self.conn.execute("COMMIT")

    def _fail_host(self, host: str, reason: str) -> None:
        self.conn.execute("UPDATE frontier SET state='failed', reason=?, fetched_at=?, run_id=? "
                          "WHERE host=? AND state='queued'", (reason, time.time(), self.run_id, host))
        self.stats["failed"] += self.conn.execute("SELECT changes()").fetchone()[0]

    # -- bookkeeping --------------------------------------------------------------------------
    def _queued_hosts(self, source_ids: set[str]) -> dict[str, float]:
        now = time.monotonic()
        if self.stats["discovered"] != self._discovered_seen or now - self._hosts_checked > 1.0:
            self._hosts_cache = self.frontier.queued_hosts(source_ids)
            self._hosts_checked = now
            self._discovered_seen = self.stats["discovered"]
        return self._hosts_cache

    def _next_ready_in(self) -> float:
        """How long to wait for a fetch before looking for newly due work (never a busy loop)."""
        now, now_wall = time.monotonic(), time.time()
        waits = [max(self.politeness.host(h).next_time - now, due - now_wall) for h, due in self._hosts_cache.items()
                 if not self.politeness.host(h).busy and self.politeness.host(h).parked_reason is None]
        return min(max(min(waits, default=0.5), 0.005), 0.5)

    def _idle_pause(self, source_ids: set[str]) -> float | None:
        """How long to sleep before work is due, or None when nothing is left for this run."""
        self._hosts_checked = 0.0
        hosts = self._queued_hosts(source_ids)
        now_wall, now = time.time(), time.monotonic()
        waits = []
        for host, due in hosts.items():
            state = self.politeness.host(host)
            if state.parked_reason:
                continue
            waits.append(max(due - now_wall, state.next_time - now, 0.0))
        if not waits:
            return None
        return min(max(min(waits), 0.005), 0.5)

    def _report_progress(self, source_ids: set[str]) -> None:
        if self.config.on_progress:
            self.config.on_progress(self.stats, self._queued_count(source_ids), len(self._hosts_cache))

    def _queued_count(self, source_ids: set[str]) -> int:
        placeholders = ",".join("?" for _ in source_ids) or "''"
        return self.conn.execute(f"SELECT COUNT(*) FROM frontier WHERE state='queued' AND source IN ({placeholders})",
                                 list(source_ids)).fetchone()[0]

    def _summary(self, status: str, elapsed: float) -> dict:
        source_ids = set(self.sources)
        failures = self.conn.execute(
            "SELECT reason, COUNT(*) AS n FROM frontier WHERE state='failed' AND run_id=? GROUP BY reason "
            "ORDER BY n DESC", (self.run_id,)).fetchall() if self.run_id else []
        parked = {h: s.parked_reason for h, s in self.politeness.hosts.items() if s.parked_reason}
        return {"status": status, "elapsed": elapsed, "stats": dict(self.stats), "db": self.config.db_path,
                "frontier": self.frontier.counts(source_ids), "failures": [(r["reason"], r["n"]) for r in failures],
                "parked": parked, "capped": dict(self.processor.budget.capped), "warc_files": list(self.archive.files_written), "warc_dir": self.config.warc_dir,
                "run_id": self.run_id, "sources": sorted(source_ids)}

    def _end_run(self, status: str) -> None:
        if self.run_id is None:
            return
        if status == "complete" and any(s.parked_reason for s in self.politeness.hosts.values()):
            status = "partial"
        self.conn.execute("UPDATE runs SET finished_at=?, status=?, pages=?, articles=?, errors=? WHERE id=?",
                          (time.time(), status, self.stats["pages"], self.stats["article"], self.stats["failed"],
                           self.run_id))
        self.summary["status"] = status

    def close(self) -> None:
        self.conn.close()


def adhoc_source(url: str) -> Source:
    """A source for a URL given on the command line that the registry does not know."""
    host = netloc_of(url)
    return Source(id=strip_www(host), name=host, kind="adhoc", base_url=url, domains=(host,), start_urls=(url,))


def seeds_for(urls: list[str], source_ids: list[str], registry) -> list[tuple[Source, list[str]]]:
    """Pair each URL with its registry source (or an ad-hoc one) and each --source with its start URLs.

    ``urls`` come canonical; the registry's start URLs are canonicalised here, as the frontier needs.
    """
    grouped: dict[str, tuple[Source, list[str]]] = {}
    for url in urls:
        source = (registry.for_url(url) if registry else None) or adhoc_source(url)
        grouped.setdefault(source.id, (source, []))[1].append(url)
    for source_id in source_ids:
        source = registry.get(source_id) if registry else None
        if source is None:
            raise KeyError(source_id)
        grouped.setdefault(source.id, (source, []))[1].extend(canonicalize(u) for u in source.start_urls)
    return list(grouped.values())


def crawl(urls: list[str] | None = None, *, sources: list[str] | None = None, registry=None, **options) -> dict:
    """Python entry point: crawl URLs and/or registry sources; returns the run summary."""
    config = CrawlConfig(**options)
    crawler = Crawl(config, seeds_for(urls or [], sources or [], registry), registry)
    try:
        return crawler.run()
    finally:
        crawler.close()
