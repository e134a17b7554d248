"""Resumable crawls: SIGKILL and resume, recovery from the WARC archive, re-crawls, shared databases."""
from __future__ import annotations

import gzip
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from crawl_helpers import served, stored_by_title
from crawl_corpus import make_corpus
from crawl_sites import LiferaySite, WordPressSite

from tdkt.crawler.warc import complete_length, iter_responses

REPO = Path(__file__).resolve().parents[2]


class QuietSite(LiferaySite):
    calendar = False


class KillSwitch:
    """Kill the crawler process from inside the server, at a chosen request."""

    def __init__(self):
        self.process = None
        self.kills = 0

    def kill_later(self, seconds: float) -> None:
        process = self.process

        def kill():
            if process and process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
                self.kills += 1

        threading.Timer(seconds, kill).start()


def crawl_command(url, workdir, *extra):
    return [sys.executable, "-m", "tdkt", "crawl", url, "--db", workdir["db_path"], "--warc-dir", workdir["warc_dir"],
            "--allow-private", "--quiet", "--timeout", "5", *extra]


def start(command) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def article_requests(server, site) -> Counter:
    paths = {site.article_url(a) for a in site.articles}
    return Counter(p for p in server.log.paths() if p in paths)


def test_sigkill_between_requests_then_resume_loses_and_refetches_nothing(serve, workdir, query):
    site = QuietSite(make_corpus(8))
    server = serve(site)
    process = start(crawl_command(server.url + "/", workdir, "--delay", "0.5"))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:  # kill in the pause after the 3rd article
        if Path(workdir["db_path"]).exists() and _count(workdir["db_path"], "SELECT COUNT(*) FROM articles") >= 3:
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.02)
    assert process.wait(timeout=60) == -signal.SIGKILL

    stored_before = len(query("SELECT id FROM articles"))
    assert 3 <= stored_before < 8
    resumed = start(crawl_command(server.url + "/", workdir, "--delay", "0"))
    assert resumed.wait(timeout=60) == 0, resumed.stderr.read().decode()

    assert set(stored_by_title(query)) == {a.title for a in site.articles}
    counts = article_requests(server, site)
    assert set(counts.values()) == {1}, counts
    assert query("SELECT COUNT(*) AS n FROM frontier WHERE state IN ('queued','fetching')")[0]["n"] == 0


def _count(db_path: str, sql: str) -> int:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # the crawler is still creating its tables


def test_repeated_random_sigkills_lose_nothing(serve, workdir, query):
    rng = random.Random(20240122)
    site = QuietSite(make_corpus(10))
    switch = KillSwitch()
    original = site.respond
    plan = {"at": rng.randint(4, 8), "seen": 0}

    def respond(request):
        plan["seen"] += 1
        if plan["seen"] == plan["at"]:
            switch.kill_later(rng.uniform(0.0, 0.03))  # anywhere around this exchange, even mid-write
        return original(request)

    site.respond = respond
    server = serve(site)
    for _ in range(3):
        plan["seen"], plan["at"] = 0, rng.randint(3, 8)
        switch.process = start(crawl_command(server.url + "/", workdir, "--delay", "0.05"))
        switch.process.wait(timeout=60)
    final = start(crawl_command(server.url + "/", workdir, "--delay", "0"))
    assert final.wait(timeout=60) == 0, final.stderr.read().decode()

    assert set(stored_by_title(query)) == {a.title for a in site.articles}
    assert len(query("SELECT id FROM articles")) == 10
    counts = article_requests(server, site)
    assert sum(counts.values()) - len(counts) <= switch.kills  # at most the one request in flight per kill
    for path in Path(workdir["warc_dir"]).iterdir():
        assert complete_length(path) == path.stat().st_size


def test_a_response_archived_before_the_kill_is_recovered_without_refetching(serve, run, query, workdir):
    site = QuietSite(make_corpus(3))
    server = serve(site)
    run(server.url + "/")
    victim = site.articles[1]
    row = [r for r in query("SELECT * FROM frontier") if r["url"].endswith(site.article_url(victim))][0]
    dead = f"{socket.gethostname()}:{_dead_pid()}"
    import sqlite3

    conn = sqlite3.connect(workdir["db_path"])
    conn.execute("DELETE FROM articles WHERE frontier_id=?", (row["id"],))
    conn.execute("UPDATE frontier SET state='fetching', owner=?, claimed_at=? WHERE id=?", (dead, time.time(), row["id"]))
    conn.execute("UPDATE warc_files SET owner=?", (dead,))
    conn.commit()
    conn.close()
    warc = Path(workdir["warc_dir"]) / row["warc_file"]
    with open(warc, "ab") as handle:
        handle.write(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" * 50)[:200])  # a record cut by the kill

    run(server.url + "/")

    assert victim.title in stored_by_title(query)
    assert server.log.count(site.article_url(victim)) == 1
    assert complete_length(warc) == warc.stat().st_size
    assert any(r.url.endswith(site.article_url(victim)) for r in iter_responses(warc))


def test_max_pages_stops_and_the_next_run_continues(serve, run, query):
    site = QuietSite(make_corpus(6))
    server = serve(site)
    first = run(server.url + "/", max_pages=4)
    assert first["status"] == "partial"
    assert query("SELECT COUNT(*) AS n FROM frontier WHERE state='queued'")[0]["n"] > 0

    second = run(server.url + "/")
    assert second["status"] == "complete"
    assert set(stored_by_title(query)) == {a.title for a in site.articles}
    paths = [p for p in server.log.paths() if p != "/robots.txt"]
    assert len(paths) == len(set(paths))


def test_recrawl_uses_conditional_get_and_stops_paging_at_known_articles(serve, run, query):
    site = QuietSite(make_corpus(12))
    server = serve(site)
    run(server.url + "/")
    first_run = len(server.log.requests)
    assert served(server, site.listing_url(3)) == 1

    site.articles += make_corpus(7, first=40)  # newer articles push the old ones down the listing
    summary = run(server.url + "/")
    second = server.log.requests[first_run:]

    assert set(stored_by_title(query)) == {a.title for a in site.articles}
    assert summary["stats"]["article"] == 7
    assert any("if-none-match" in r.headers for r in second if r.path == "/")
    assert served(server, site.listing_url(2)) == 2 and served(server, site.listing_url(3)) == 2
    assert served(server, site.listing_url(4)) == 0  # page 3 held only known articles: paging stopped
    assert all(count == 1 for count in article_requests(server, site).values())


def test_recrawl_of_an_unchanged_site_gets_304s_and_nothing_new(serve, run, query):
    site = WordPressSite(make_corpus(5))
    server = serve(site)
    run(server.url + "/")
    before = len(server.log.requests)
    summary = run(server.url + "/")

    second = server.log.paths()[before:]
    assert summary["stats"].get("article", 0) == 0
    assert summary["stats"]["not_modified"] >= 3
    assert not set(second) & {site.article_url(a) for a in site.articles}


def test_runs_on_different_hosts_add_to_one_database(serve, run, query):
    first, second = QuietSite(make_corpus(3)), WordPressSite(make_corpus(3, first=20))
    server_a, server_b = serve(first), serve(second)
    run(server_a.url + "/")
    requests_a = len(server_a.log.requests)
    run(server_b.url + "/")

    titles = set(stored_by_title(query))
    assert titles == {a.title for a in first.articles + second.articles}
    assert len(server_a.log.requests) == requests_a
    sources = {r["source"] for r in query("SELECT source FROM articles")}
    assert len(sources) == 2
    assert len(query("SELECT * FROM runs WHERE status='complete'")) == 2


def _dead_pid() -> int:
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except PermissionError:
            pass
        pid += 1


def test_crawl_without_arguments_continues_every_unfinished_crawl(serve, run, query, workdir):
    from tdkt.cli import main

    site_a, site_b = QuietSite(make_corpus(4)), QuietSite(make_corpus(4, first=30))
    server_a, server_b = serve(site_a), serve(site_b)
    run(server_a.url + "/", max_pages=3)
    run(server_b.url + "/", max_pages=3)
    assert len(query("SELECT id FROM articles")) < 8

    assert main(["crawl", "--db", workdir["db_path"], "--warc-dir", workdir["warc_dir"], "--delay", "0",
                 "--allow-private", "--quiet"]) == 0
    assert set(stored_by_title(query)) == {a.title for a in site_a.articles + site_b.articles}
