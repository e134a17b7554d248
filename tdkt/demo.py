"""``tdkt demo``: the whole pipeline on the sample portal shipped with tdkt (``crawler.demo``).

The portal is served on 127.0.0.1, crawled with no delay, extracted and
loaded into the tdkt database; the seed articles' records, as read back from
the database, are then scored against their gold records.

A second run must add nothing and fetch (almost) nothing, so the portal is
served again on the ports its last crawl used when they are free: the URLs
in the crawl database stay the same, and the re-crawl is incremental.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tdkt.pipeline import Paths, RunResult, run
from tdkt.progress import RunDisplay

# No delay and short waits: the portal is local and answers at once.
DEMO_CRAWL = {"delay": 0.0, "allow_private": True, "timeout": 10.0, "connect_timeout": 5.0, "backoff": 0.1,
              "max_wait": 5.0}


@dataclass
class DemoResult:
    run: RunResult
    portals: dict[str, str]  # portal id -> URL it was served at
    seed_scores: dict | None  # extract.scoring results, None when the seeds are not in the database
    seed_diff: list


def run_demo(paths: Paths | None = None, display: RunDisplay | None = None) -> DemoResult:
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
    if not Path(crawl_db).is_file():
        return {}
    try:
        conn = sqlite3.connect(f"{Path(crawl_db).resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT source, host FROM frontier WHERE seed = 1 AND host LIKE '127.0.0.1:%' "
                                "ORDER BY id DESC").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return {}
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
    from tdkt.records import guide_records

    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        system = guide_records(conn, keys_by_url)
    finally:
        conn.close()
    if not system:
        return None, []
    gold = load_records(str(DEMO_DIR / "seeds" / "gold.jsonl"))
    return score(gold, system, sorted(system))


def next_steps(db: str, default_db: str = "data/tdkt.db") -> str:
    option = "" if db == default_db else f" --db {db}"
    return "\n".join([
        "Browse it (Datasette, full-text search, canned queries):",
        f"    .venv/bin/tdkt serve{option}          # then open http://127.0.0.1:8001",
        "Try next:",
        f"    .venv/bin/tdkt search{option} thi dua khen thuong kim boi",
        (f"    .venv/bin/tdkt query{option} \"SELECT year, code, sum(recipients) AS recipients FROM award_trends "
         "GROUP BY 1, 2 ORDER BY 1, 3 DESC\""),
        (f"    .venv/bin/tdkt query{option} \"SELECT province_2025, district, recipients_awarded FROM "
         "district_comparison ORDER BY 3 DESC LIMIT 10\""),
        "    notebooks/award_trends.ipynb, district_comparison.ipynb, archive_search.ipynb (read the same database)",
        "    .venv/bin/tdkt demo --source ID       # a real portal instead (ids: .venv/bin/tdkt sources)",
    ])
