"""``tdkt run`` and ``tdkt reextract``: crawl → extract → load, incrementally and resumably.

The pipeline keeps no state of its own; each stage already keeps what makes
a run incremental and safe to kill:

* the crawler's frontier (``data/crawl.db``) knows every URL's state, so a
  killed crawl continues where it stopped, and a finished one is re-crawled
  with conditional GET, paging listings only while they bring new links;
* the loader (``data/tdkt.db``) keeps each article's content hash and
  extractor version, so an article is extracted again only when its text or
  the engine changed, and each article is written with its facts at once.

So a run interrupted at any point is resumed by running it again.

    from tdkt.pipeline import Paths, format_result, run
    result = run(["https://kimboi.hoabinh.gov.vn/"], paths=Paths(), delay=1.0)
    print(format_result(result))
"""
from __future__ import annotations

import sqlite3
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tdkt.progress import RunDisplay


@dataclass
class Paths:
    """Where a run reads and writes (the defaults are relative to the working directory)."""
    db: str = "data/tdkt.db"
    crawl_db: str = "data/crawl.db"
    warc_dir: str = "data/warc"


@dataclass
class DatabaseTotals:
    """What the tdkt database holds after a run."""
    articles: int = 0
    relevant: int = 0
    events: int = 0
    officials: int = 0
    campaigns: int = 0
    awards: list[tuple[str, int, int]] = field(default_factory=list)  # (code, entries, recipients)
    provinces: list[str] = field(default_factory=list)  # as named at the time of the event
    provinces_2025: list[str] = field(default_factory=list)


@dataclass
class RunResult:
    crawl: dict | None  # the crawler's summary (None: nothing to crawl)
    load: object  # schema.load.LoadReport
    totals: DatabaseTotals
    elapsed: float
    paths: Paths
    label: str = "Run"

    @property
    def errors(self) -> list[str]:
        found = []
        if self.crawl:
            found += [f"crawl: {count} × {reason}" for reason, count in self.crawl.get("failures", [])]
            found += [f"crawl: host {host} paused: {reason}" for host, reason in self.crawl.get("parked", {}).items()]
        found += [f"load: {message}" for message in self.load.messages]
        return found


class PipelineError(Exception):
    """A run that cannot start (unknown source, unreadable database); the message says why."""


# -- tdkt run ----------------------------------------------------------------------------------
def run(urls=(), sources=(), *, paths: Paths | None = None, registry=None, display: RunDisplay | None = None,
        **crawl_options) -> RunResult:
    """Crawl ``urls`` and registry ``sources`` (or continue an unfinished crawl), then extract and load
    every article that is new or changed. ``crawl_options`` are ``crawler.config.CrawlConfig`` fields."""
    paths = paths or Paths()
    display = display or RunDisplay(enabled=False)
    started = time.monotonic()
    crawl_summary = crawl_stage(list(urls), list(sources), paths, registry, display, crawl_options)
    report = load_stage(_crawl_items(paths.crawl_db), paths, display, total=count_crawled(paths.crawl_db))
    display.finish()
    return RunResult(crawl_summary, report, database_totals(paths.db), time.monotonic() - started, paths)


def crawl_stage(urls: list[str], sources: list[str], paths: Paths, registry, display: RunDisplay,
                options: dict) -> dict | None:
    """Run the crawler; None when there is nothing to crawl (no seeds and no unfinished crawl)."""
    from tdkt.crawler.config import CrawlConfig
    from tdkt.crawler.crawl import Crawl, seeds_for
    from tdkt.crawler.urls import BadURL, canonicalize

    try:
        seeds = seeds_for([canonicalize(u) for u in urls], sources, registry)
    except BadURL as exc:
        raise PipelineError(f"bad start URL: {exc}") from None
    except KeyError as exc:
        raise PipelineError(f"unknown source {exc.args[0]!r} (see `tdkt sources`)") from None
    if not seeds and not unfinished_sources(paths.crawl_db):
        return None
    config = CrawlConfig(db_path=paths.crawl_db, warc_dir=paths.warc_dir, progress=display.enabled,
                         progress_stream=display.crawl_stream(), **options)
    try:
        crawler = Crawl(config, seeds, registry)
    except (OSError, sqlite3.Error) as exc:
        raise PipelineError(f"cannot open crawl database {paths.crawl_db}: {exc}") from None
    try:
        return crawler.run()
    finally:
        crawler.close()


def load_stage(items: Iterator, paths: Paths, display: RunDisplay, total: int, loader_class=None):
    """Extract (when needed) and load ``items`` into the tdkt database; returns the LoadReport."""
    from tdkt.schema.db import DatabaseProblem, connect
    from tdkt.schema.inputs import InputError
    from tdkt.schema.load import Loader

    try:
        db = connect(paths.db)
    except DatabaseProblem as exc:
        raise PipelineError(str(exc)) from None
    try:
        loader = (loader_class or Loader)(db, on_problem=lambda message: display.message(f"tdkt: {message}"))
        try:
            return loader.load(display.counting(items, loader.report, total))
        except (DatabaseProblem, InputError) as exc:
            raise PipelineError(str(exc)) from None
    finally:
        db.conn.close()


def _crawl_items(crawl_db: str):
    from tdkt.schema.inputs import articles_from_crawl

    if not Path(crawl_db).is_file():
        return iter(())
    return articles_from_crawl(crawl_db)


def count_crawled(crawl_db: str) -> int:
    return _scalar(crawl_db, "SELECT count(*) FROM articles")


def unfinished_sources(crawl_db: str) -> set[str]:
    """Sources with URLs still queued (or claimed by a crawl that was killed)."""
    if not Path(crawl_db).is_file():
        return set()
    conn = _readonly(crawl_db)
    try:
        return {r[0] for r in conn.execute("SELECT DISTINCT source FROM frontier WHERE state IN ('queued', 'fetching')")}
    except sqlite3.Error:
        return set()
    finally:
        conn.close()


# -- tdkt reextract ----------------------------------------------------------------------------
@dataclass
class ReextractResult:
    load: object  # schema.load.LoadReport
    changed: int  # articles whose facts differ from those stored before
    new: int  # articles that were not in the database
    totals: DatabaseTotals
    elapsed: float
    source: str


def reextract(*, paths: Paths | None = None, from_warc: str | None = None, registry=None,
              display: RunDisplay | None = None) -> ReextractResult:
    """Extract every stored article again and replace its facts, without the network: from the crawl
    database, or (``from_warc``) from the archived responses, whose HTML is cleaned again as well."""
    from tdkt.schema.load import Loader

    class Reextractor(Loader):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.extractor_version = None  # no stored record counts as current: every article is extracted

    paths = paths or Paths()
    display = display or RunDisplay(enabled=False)
    started = time.monotonic()
    before = _record_hashes(paths.db)
    if from_warc:
        items, total, source = _warc_items(from_warc, registry, paths.db), 0, from_warc
    else:
        if not Path(paths.crawl_db).is_file():
            raise PipelineError(f"no crawl database at {paths.crawl_db}: give --crawl-db PATH or --from-warc DIR")
        items, total, source = _crawl_items(paths.crawl_db), count_crawled(paths.crawl_db), paths.crawl_db
    report = load_stage(items, paths, display, total, loader_class=Reextractor)
    display.finish()
    after = _record_hashes(paths.db)
    changed = sum(1 for key, digest in after.items() if key in before and before[key] != digest)
    new = sum(1 for key in after if key not in before)
    return ReextractResult(report, changed, new, database_totals(paths.db), time.monotonic() - started, source)


def _warc_items(directory: str, registry, db_path: str):
    """Articles re-read from WARC files as loader items; one per text (the crawler keeps no duplicates
    either), the stored URL of a text winning over other URLs that served it."""
    from tdkt.crawler.warc import iter_articles_from_warc, warc_paths
    from tdkt.schema.inputs import Item, source_of

    try:
        warc_paths(directory)
    except FileNotFoundError as exc:
        raise PipelineError(str(exc)) from None
    stored = _url_by_hash(db_path)
    seen: set[str] = set()
    for article in iter_articles_from_warc(directory, registry=registry):
        digest, url = article["content_hash"], article["url"]
        if digest in seen or stored.get(digest, url) != url:
            continue
        seen.add(digest)
        yield Item(f"{article['warc_file']}@{article['warc_offset']}", article={
            "key": url, "url": url, "canonical_url": article.get("canonical_url"), "title": article.get("title"),
            "published": article.get("published"), "text": article.get("text") or "",
            "source_id": article.get("source") or source_of(url), "author": article.get("author"),
            "content_hash": digest, "warc_file": article.get("warc_file"), "warc_offset": article.get("warc_offset"),
            "fetched_at": article.get("fetched_at")})


# -- what the database holds -------------------------------------------------------------------
def database_totals(db_path: str) -> DatabaseTotals:
    if not Path(db_path).is_file():
        return DatabaseTotals()
    conn = _readonly(db_path)
    try:
        one = lambda sql: conn.execute(sql).fetchone()[0] or 0
        return DatabaseTotals(
            articles=one("SELECT count(*) FROM articles"),
            relevant=one("SELECT count(*) FROM articles WHERE relevant = 1"),
            events=one("SELECT count(*) FROM events"),
            officials=one("SELECT count(*) FROM officials"),
            campaigns=one("SELECT count(DISTINCT campaign_id) FROM campaign_mentions"),
            awards=[tuple(r) for r in conn.execute(
                "SELECT code, count(*), coalesce(sum(count), 0) FROM awards GROUP BY code ORDER BY 2 DESC, 3 DESC, 1")],
            provinces=_names(conn, "province"),
            provinces_2025=_names(conn, "province_2025"))
    finally:
        conn.close()


def _names(conn, column: str) -> list[str]:
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT p.{column} FROM events e JOIN places p ON p.id = e.place_id "
        f"WHERE p.{column} IS NOT NULL ORDER BY 1")]


def _record_hashes(db_path: str) -> dict[str, str]:
    return _read_or(db_path, lambda conn: dict(conn.execute("SELECT key, record_hash FROM articles")), {})


def _url_by_hash(db_path: str) -> dict[str, str]:
    return _read_or(db_path, lambda conn: dict(conn.execute(
        "SELECT content_hash, url FROM articles WHERE content_hash IS NOT NULL")), {})


def _scalar(db_path: str, sql: str) -> int:
    return _read_or(db_path, lambda conn: conn.execute(sql).fetchone()[0] or 0, 0)


def _read_or(db_path: str, read, empty):
    """``read(conn)`` on the database, or ``empty`` where there is none yet (a first run) or it cannot be read."""
    if not Path(db_path).is_file():
        return empty
    conn = _readonly(db_path)
    try:
        return read(conn)
    except sqlite3.Error:
        return empty
    finally:
        conn.close()


def _readonly(db_path: str) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True, timeout=10)


# -- the summary -------------------------------------------------------------------------------
def format_result(result: RunResult, max_codes: int = 12) -> str:
    """The closing summary of a run: what it did, what the database now holds, what went wrong."""
    lines = [f"{result.label} finished in {result.elapsed:.1f} s."]
    crawl = result.crawl
    if crawl:
        stats = crawl["stats"]
        lines.append(f"  crawl ({crawl['status']}): {stats.get('pages', 0):,} pages requested, "
                     f"{stats.get('article', 0):,} new articles, {stats.get('not_modified', 0):,} not modified, "
                     f"{stats.get('failed', 0):,} failed")
    else:
        lines.append("  crawl: nothing to crawl (no URL or source given and no unfinished crawl)")
    lines.append("  extract + load: " + result.load.summary())
    lines += format_totals(result.totals, result.paths.db, max_codes)
    lines += format_errors(result.errors)
    return "\n".join(lines)


def format_reextract(result: ReextractResult, db: str, max_codes: int = 12) -> str:
    unchanged = result.load.extracted - result.changed - result.new
    lines = [f"Re-extracted from {result.source} in {result.elapsed:.1f} s (no network).",
             (f"  {result.load.extracted:,} articles extracted: {result.changed:,} with changed facts, "
              f"{max(unchanged, 0):,} unchanged, {result.new:,} new to the database"),
             "  load: " + result.load.summary()]
    lines += format_totals(result.totals, db, max_codes)
    lines += format_errors([f"load: {m}" for m in result.load.messages])
    return "\n".join(lines)


def format_totals(totals: DatabaseTotals, db: str, max_codes: int = 12) -> list[str]:
    lines = [(f"Database {db}: {totals.articles:,} articles ({totals.relevant:,} relevant), {totals.events:,} "
              f"events, {sum(n for _, n, _ in totals.awards):,} awards, {totals.officials:,} officials, "
              f"{totals.campaigns:,} campaigns")]
    if totals.awards:
        lines.append("  awards by code (entries, recipients):")
        width = max(len(code or "?") for code, _, _ in totals.awards[:max_codes])
        lines += [f"    {code or '?':<{width}}  {entries:>5,}  {recipients:>8,}"
                  for code, entries, recipients in totals.awards[:max_codes]]
        if len(totals.awards) > max_codes:
            lines.append(f"    … and {len(totals.awards) - max_codes} more codes (`tdkt query` the awards table)")
    if totals.provinces:
        lines.append(f"  provinces covered: {len(totals.provinces)} as named then, "
                     f"{len(totals.provinces_2025)} after the 2025 merger:")
        lines += textwrap.wrap(", ".join(totals.provinces), width=100, initial_indent="    ",
                               subsequent_indent="    ")
    return lines


def format_errors(errors: list[str], limit: int = 8) -> list[str]:
    if not errors:
        return ["  errors: none"]
    lines = [f"  errors: {len(errors)}"] + [f"    {e}" for e in errors[:limit]]
    if len(errors) > limit:
        lines.append(f"    … and {len(errors) - limit} more")
    return lines
