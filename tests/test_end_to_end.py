"""End to end, as a user runs it: the demo portal served on 127.0.0.1, `tdkt run`, the database checked;
a second run adds and refetches nothing; a run killed midway (SIGKILL) resumes to the same database;
`tdkt reextract` rebuilds the facts offline; `tdkt demo` does it all from one command."""
from __future__ import annotations

import contextlib
import io
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from tdkt.crawler.demo.articles import DEMO_DIR
from tdkt.crawler.demo.portal import DemoPortal
from tdkt.crawler.urls import canonicalize
from tdkt.extract.scoring import award_tuple, load_records, score
from tdkt.cli import main
from tdkt.schema.readback import guide_records

REPO = Path(__file__).resolve().parent.parent
CORPUS_GOLD = [REPO / "tests" / "corpus" / name / "gold.jsonl" for name in ("dev_a", "dev_b")]
FACT_TABLES = ("articles", "events", "awards", "official_mentions", "officials", "campaign_mentions")


# -- helpers -----------------------------------------------------------------------------------
def paths_in(directory: Path) -> list[str]:
    return ["--db", str(directory / "tdkt.db"), "--crawl-db", str(directory / "crawl.db"),
            "--warc-dir", str(directory / "warc")]


def run_command(portal: DemoPortal, directory: Path, *extra: str) -> list[str]:
    urls = [source.start_urls[0] for source in portal.sources]
    return ["run", *urls, "--allow-private", "--delay", "0", "--timeout", "5", *paths_in(directory), *extra]


def tdkt(*argv: str) -> tuple[int, str, str]:
    """Run a tdkt command in this process; (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def query(db: Path, sql: str, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def counts(db: Path) -> dict[str, int]:
    return {table: query(db, f"SELECT count(*) FROM {table}")[0][0] for table in FACT_TABLES}


def fingerprint(db: Path) -> set[tuple]:
    """Each article with the hash of its extraction record: equal fingerprints, equal facts."""
    return set(query(db, "SELECT url, content_hash, record_hash FROM articles"))


def facts_by_text(db: Path) -> dict[str, tuple]:
    """Each article's facts keyed by its text's hash, so that databases of portals on other ports compare."""
    facts = {}
    for article_id, digest, relevant in query(db, "SELECT id, content_hash, relevant FROM articles"):
        awards = sorted(query(db, "SELECT code, recipient, count, status, period FROM awards WHERE article_id = ?",
                              article_id), key=repr)
        event = query(db, "SELECT e.kind, e.date, e.organizer, p.label FROM events e LEFT JOIN places p "
                          "ON p.id = e.place_id WHERE e.article_id = ?", article_id)
        officials = sorted(query(db, "SELECT name, titles FROM official_mentions WHERE article_id = ?", article_id))
        facts[digest] = (relevant, awards, event, officials)
    return facts


def article_fetches(portal: DemoPortal) -> Counter:
    """How often each article of the portal was requested (by its URL, a redirect-parameter or session-id
    variant of it, or a WordPress shortlink /?p=ID)."""
    key_by_url = {portal.url_of(item): item.key for item in portal.items}
    key_by_id = {(item.portal, item.article.id): item.key for item in portal.items}
    fetched = Counter()
    for portal_id, server in portal.servers.items():
        for path in server.log.paths():
            url = canonicalize(server.url + path)
            key = key_by_url.get(url) or key_by_url.get(url.split("?redirect=")[0])
            if key is None and path.startswith("/?p=") and path[4:].isdigit():
                key = key_by_id.get((portal_id, int(path[4:])))
            if key:
                fetched[key] += 1
    return fetched


# -- one run, shared by the tests that read its database --------------------------------------
@pytest.fixture(scope="module")
def portal():
    with DemoPortal() as served:
        yield served


@pytest.fixture(scope="module")
def first_run(portal, tmp_path_factory):
    directory = tmp_path_factory.mktemp("run")
    code, out, err = tdkt(*run_command(portal, directory))
    assert code == 0, err
    return directory, out


def test_run_stores_every_article_of_the_portal_with_its_date(portal, first_run):
    directory, out = first_run
    stored = dict(query(directory / "tdkt.db", "SELECT coalesce(canonical_url, url), published FROM articles"))
    expected = {portal.url_of(item): item.article.date.isoformat() for item in portal.items}
    assert set(stored) == set(expected)
    # The crawler's target is 90 %; a date labelled "ngày" in the lead paragraph can beat the page header's.
    assert sum(stored[url] == date for url, date in expected.items()) >= 0.85 * len(expected)
    assert "65 new articles" in out and "errors: none" in out


def test_seed_articles_hold_their_gold_facts(portal, first_run):
    directory, _ = first_run
    seeds = {portal.url_of(item): item.key for item in portal.items if item.seed}
    conn = sqlite3.connect(directory / "tdkt.db")
    try:
        stored = guide_records(conn, seeds)
    finally:
        conn.close()
    gold = load_records(str(DEMO_DIR / "seeds" / "gold.jsonl"))
    assert set(stored) == set(gold)
    for key, record in stored.items():
        assert Counter(award_tuple(a, True) for a in record["awards"]) == \
            Counter(award_tuple(a, True) for a in gold[key]["awards"]), key
        assert record["event"]["date"] == gold[key]["event"]["date"], key
        assert record["place"]["province"] == gold[key]["place"]["province"], key


def test_written_articles_hold_facts_close_to_their_gold(portal, first_run):
    """The crawl (HTML, boilerplate, windows-1258 pages) must not cost the engine its quality."""
    directory, _ = first_run
    keys = {portal.url_of(item): item.key for item in portal.items if not item.seed}
    conn = sqlite3.connect(directory / "tdkt.db")
    try:
        stored = guide_records(conn, keys)
    finally:
        conn.close()
    gold = {}
    for path in CORPUS_GOLD:
        gold.update(load_records(str(path)))
    results, _ = score(gold, stored)
    assert results["articles"] == 60
    assert results["relevant"]["accuracy"] >= 0.95
    assert results["awards"]["f1"] >= 0.95 and results["officials"]["f1"] >= 0.95
    assert results["event.date"]["accuracy"] >= 0.95


def test_second_run_adds_nothing_and_fetches_no_article_again(portal, first_run):
    directory, _ = first_run
    before_counts, before = counts(directory / "tdkt.db"), fingerprint(directory / "tdkt.db")
    code, out, err = tdkt(*run_command(portal, directory))
    assert code == 0, err
    assert "0 new articles" in out and "0 extracted" in out
    assert counts(directory / "tdkt.db") == before_counts
    assert fingerprint(directory / "tdkt.db") == before
    fetched = article_fetches(portal)
    assert len(fetched) == 65 and max(fetched.values()) == 1


def test_reextract_rebuilds_the_same_facts_offline(first_run, tmp_path):
    directory, _ = first_run
    before = fingerprint(directory / "tdkt.db")
    code, out, err = tdkt("reextract", "--db", str(directory / "tdkt.db"), "--crawl-db", str(directory / "crawl.db"))
    assert code == 0, err
    assert "65 articles extracted: 0 with changed facts" in out
    assert fingerprint(directory / "tdkt.db") == before

    rebuilt = tmp_path / "from-warc.db"
    code, out, err = tdkt("reextract", "--db", str(rebuilt), "--from-warc", str(directory / "warc"))
    assert code == 0, err
    assert fingerprint(rebuilt) == before
    assert counts(rebuilt) == counts(directory / "tdkt.db")


# -- killed and resumed ------------------------------------------------------------------------
class Tripwire:
    """Stands in for a site: after ``limit`` requests it kills the crawling process (SIGKILL)."""

    def __init__(self, site, limit: int):
        self.site, self.limit, self.seen, self.process = site, limit, 0, None
        self.lock = threading.Lock()

    def respond(self, request):
        with self.lock:
            self.seen += 1
            if self.seen == self.limit and self.process and self.process.poll() is None:
                os.kill(self.process.pid, signal.SIGKILL)
        return self.site.respond(request)


def start(argv: list[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "tdkt", *argv, "--quiet"], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def crawl_finished(crawl_db: Path) -> bool:
    try:
        return bool(query(crawl_db, "SELECT 1 FROM runs WHERE status = 'complete'"))
    except sqlite3.Error:
        return False


def test_run_killed_while_crawling_and_while_loading_resumes_to_the_same_database(first_run, tmp_path):
    reference, _ = first_run
    with DemoPortal() as portal:
        tripwire = Tripwire(portal.servers["demo-huyen"].site, limit=12)
        portal.servers["demo-huyen"].site = tripwire
        tripwire.process = process = start(run_command(portal, tmp_path))
        process.wait(timeout=60)
        assert process.returncode == -signal.SIGKILL  # killed in the middle of the crawl
        fetched_before_kill = sum(article_fetches(portal).values())
        assert 0 < query(tmp_path / "crawl.db", "SELECT count(*) FROM articles")[0][0] < 65

        process = start(run_command(portal, tmp_path))  # resumes the crawl, then extracts and loads
        deadline = time.monotonic() + 60
        while not crawl_finished(tmp_path / "crawl.db") and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)  # killed while extracting and loading
        assert process.wait(timeout=30) == -signal.SIGKILL
        assert crawl_finished(tmp_path / "crawl.db")
        loaded = query(tmp_path / "tdkt.db", "SELECT count(*) FROM articles")[0][0] if \
            (tmp_path / "tdkt.db").exists() else 0
        assert loaded < 65

        code, _, err = tdkt(*run_command(portal, tmp_path))
        assert code == 0, err
        fetches = article_fetches(portal)
    assert counts(tmp_path / "tdkt.db") == counts(reference / "tdkt.db")
    assert facts_by_text(tmp_path / "tdkt.db") == facts_by_text(reference / "tdkt.db")
    assert len(fetches) == 65
    assert fetched_before_kill > 0
    assert sum(fetches.values()) <= 65 + 4  # again at most the pages in flight at the kill (one per host)
    assert query(tmp_path / "tdkt.db", "SELECT count(*), count(DISTINCT url) FROM articles")[0] == (65, 65)


# -- the one-command demo ----------------------------------------------------------------------
def test_demo_builds_the_database_scores_the_seeds_and_a_second_run_adds_nothing(tmp_path):
    code, out, err = tdkt("demo", *paths_in(tmp_path), "--quiet")
    assert code == 0, err
    assert "65 new articles" in out
    awards_line = next(line for line in out.splitlines() if line.startswith("awards "))
    assert "F1 1.000" in awards_line  # the seeds' awards, read back from the database, equal their gold
    assert "tdkt serve" in out and "tdkt search" in out and "tdkt query" in out
    before = fingerprint(tmp_path / "tdkt.db")

    started = time.monotonic()
    code, out, err = tdkt("demo", *paths_in(tmp_path), "--quiet")
    assert code == 0, err
    assert "0 new articles" in out and "0 extracted" in out
    assert fingerprint(tmp_path / "tdkt.db") == before
    assert time.monotonic() - started < 15


def test_bad_input_gets_a_clear_message(tmp_path):
    code, _, err = tdkt("run", "--source", "no-such-portal", *paths_in(tmp_path), "--quiet")
    assert code == 2 and "unknown source 'no-such-portal'" in err
    code, _, err = tdkt("run", "ftp://example.org/x", *paths_in(tmp_path), "--quiet")
    assert code == 2 and "bad start URL" in err
    code, _, err = tdkt("reextract", *paths_in(tmp_path)[:4], "--quiet")
    assert code == 2 and "no crawl database" in err
    code, _, err = tdkt("reextract", "--from-warc", str(tmp_path / "nowhere"), "--db", str(tmp_path / "t.db"))
    assert code == 2 and "no such WARC" in err
    not_a_db = tmp_path / "junk.db"
    not_a_db.write_bytes(b"this is not sqlite" * 100)
    code, _, err = tdkt("run", "--db", str(not_a_db), "--crawl-db", str(tmp_path / "none.db"), "--quiet")
    assert code == 2 and "junk.db" in err and "Traceback" not in err
