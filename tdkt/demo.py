"""``tdkt demo``: the whole pipeline on the sample portal shipped with tdkt (``crawler.demo``).

The portal is served on 127.0.0.1, crawled with no delay, extracted and
loaded into the tdkt database; the seed articles' records, as read back from
the database, are then scored against their gold records.

A second run must add nothing and fetch (almost) nothing, so the portal is
served again on the ports its last crawl used when they are free: the URLs
in the crawl database stay the same, and the re-crawl is incremental.
"""
from __future__ import annotations

from dataclasses import dataclass

from tdkt.crawler import store as crawl_store
from tdkt.pipeline import Display, Paths, RunResult, run
from tdkt.readonly import open_readonly, read_or_empty

# No delay and short waits: the portal is local and answers at once.
DEMO_CRAWL = {"delay": 0.0, "allow_private": True, "timeout": 10.0, "connect_timeout": 5.0, "backoff": 0.1,
              "max_wait": 5.0}
LOOPBACK_HOSTS = "127.0.0.1:%"


@dataclass
class DemoResult:
    run: RunResult
    portals: dict[str, str]  # portal id -> URL it was served at
    seed_scores: dict | None  # extract.scoring results, None when the seeds are not in the database
    seed_diff: list


def run_demo(paths: Paths | None = None, display: Display | None = None) -> DemoResult:
    from tdkt.crawler.demo.portal import DemoPortal

    paths = paths or Paths()
    with DemoPortal(ports=previous_ports(paths.crawl_db)) as portal:
        result = run(sources=portal.source_ids, registry=portal.registry, paths=paths, display=display,
                     **DEMO_CRAWL)
        result.label = "Demo run"
        urls = {spec.id: portal.servers[spec.id].url for spec in portal.specs}
        seeds = {portal.url_of(item): item.key for item in portal.items if item.seed}
    scores, diff = score_seeds(paths.db, seeds)
    return DemoResult(result, urls, scores, diff)


def previous_ports(crawl_db: str) -> dict[str, int]:
    """The port each demo portal had in the last crawl recorded in ``crawl_db`` (none if no crawl yet)."""
    rows = read_or_empty(crawl_db, lambda conn: crawl_store.seed_hosts(conn, LOOPBACK_HOSTS), [])
    ports: dict[str, int] = {}
    for source, host in rows:  # the latest seed of each source
        port = host.rsplit(":", 1)[1]
        if port.isdigit():
            ports.setdefault(source, int(port))
    return ports


def score_seeds(db_path: str, keys_by_url: dict[str, str]) -> tuple[dict | None, list]:
    """Score the seed records read back from the database against data/demo/seeds/gold.jsonl."""
    from tdkt.crawler.demo.articles import DEMO_DIR
    from tdkt.extract.scoring import load_records, score
    from tdkt.schema.readback import guide_records

    conn = open_readonly(db_path)
    try:
        system = guide_records(conn, keys_by_url)
    finally:
        conn.close()
    if not system:
        return None, []
    gold = load_records(str(DEMO_DIR / "seeds" / "gold.jsonl"))
    return score(gold, system, sorted(system))
