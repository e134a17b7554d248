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

The pipeline draws and prints nothing itself: it tells a ``display`` (the
command layer's ``tdkt.commands.progress.RunDisplay``, or ``QuietDisplay``)
how the stages go, and returns results the commands turn into summaries.

    from tdkt.pipeline import Paths, run
    result = run(["https://kimboi.hoabinh.gov.vn/"], paths=Paths(), delay=1.0)
    print(result.load.summary())
"""
from __future__ import annotations

import logging
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from tdkt.crawler import store as crawl_store
from tdkt.readonly import read_existing, read_or_empty
from tdkt.schema import readback
from tdkt.schema.totals import DatabaseTotals, database_totals


@dataclass
class Paths:
    """Where a run reads and writes (the defaults are relative to the working directory)."""
    db: str = "data/tdkt.db"
    crawl_db: str = "data/crawl.db"
    warc_dir: str = "data/warc"


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
            found += [f"crawl: host {host} capped: {reason}" for host, reason in self.crawl.get("capped", {}).items()]
        found += [f"load: {message}" for message in self.load.messages]
        return found


class PipelineError(Exception):
    """A run that cannot start (unknown source, unreadable database); the message says why."""


# -- what a run tells as it goes ---------------------------------------------------------------
class Display(Protocol):
    """How the stages report progress; the command layer draws it on the terminal."""

    def crawl_observer(self) -> Callable[[Counter, int, int], None] | None:
        """The crawler's ``on_progress`` observer, or None for no crawl progress."""

    def counting(self, items: Iterable, report, total: int) -> Iterator:
        """Yield ``items`` while the loader's ``report`` grows."""

    def message(self, text: str) -> None:
        """A problem worth telling (a skipped article)."""

    def finish(self) -> None:
        """The run is over: end whatever was drawn."""


class QuietDisplay:
    """The display of a run nobody watches (the Python API): no progress; problems are logged as
    warnings (shown on stderr while logging is not configured) and kept in the load report."""

    def crawl_observer(self) -> None:
        return None

    def counting(self, items: Iterable, report, total: int) -> Iterator:
        return iter(items)

    def message(self, text: str) -> None:
        logging.getLogger(__name__).warning("%s", text)

    def finish(self) -> None:
        pass


# -- tdkt run ----------------------------------------------------------------------------------
def run(urls=(), sources=(), *, paths: Paths | None = None, registry=None, display: Display | None = None,
        extract_workers: int | None = None, **crawl_options) -> RunResult:
    """Crawl ``urls`` and registry ``sources`` (or continue an unfinished crawl), then extract and load
    every article that is new or changed, extracting on ``extract_workers`` processes (None: every usable
    core). ``crawl_options`` are ``crawler.config.CrawlConfig`` fields."""
    paths = paths or Paths()
    display = display or QuietDisplay()
    started = time.monotonic()
    crawl_summary = crawl_stage(list(urls), list(sources), paths, registry, display, crawl_options)
    report = load_stage(_crawl_items(paths.crawl_db), paths, display, total=count_crawled(paths.crawl_db),
                        workers=extract_workers)
    display.finish()
    return RunResult(crawl_summary, report, totals_of(paths.db), time.monotonic() - started, paths)


def crawl_stage(urls: list[str], sources: list[str], paths: Paths, registry, display: Display,
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
    config = CrawlConfig(db_path=paths.crawl_db, warc_dir=paths.warc_dir, on_progress=display.crawl_observer(),
                         **options)
    try:
        crawler = Crawl(config, seeds, registry)
    except (OSError, sqlite3.Error) as exc:
        raise PipelineError(f"cannot open crawl database {paths.crawl_db}: {exc}") from None
    try:
        return crawler.run()
    finally:
        crawler.close()


def load_stage(items: Iterator, paths: Paths, display: Display, total: int, extract_again: bool = False,
               workers: int | None = None):
    """Extract (when needed, on ``workers`` processes) and load ``items`` into the tdkt database; returns
    the LoadReport. ``extract_again``: extract every article, current or not (``tdkt reextract``)."""
    from tdkt.engine import EngineLoad
    from tdkt.parallel import WorkerFailed
    from tdkt.schema.db import DatabaseProblem, connect
    from tdkt.schema.inputs import InputError

    try:
        db = connect(paths.db)
    except DatabaseProblem as exc:
        raise PipelineError(str(exc)) from None
    try:
        engine = EngineLoad(db, workers=workers, extract_again=extract_again,
                            on_problem=lambda message: display.message(f"tdkt: {message}"))
        try:
            return engine.load(items, watch=lambda stream: display.counting(stream, engine.report, total))
        except (DatabaseProblem, InputError, WorkerFailed) as exc:
            raise PipelineError(str(exc)) from None
    finally:
        db.conn.close()


def _crawl_items(crawl_db: str):
    from tdkt.schema.inputs import articles_from_crawl

    if not Path(crawl_db).is_file():
        return iter(())
    return articles_from_crawl(crawl_db)


def count_crawled(crawl_db: str) -> int:
    return read_or_empty(crawl_db, crawl_store.count_articles, 0)


def unfinished_sources(crawl_db: str) -> set[str]:
    """Sources with URLs still queued (or claimed by a crawl that was killed)."""
    return read_or_empty(crawl_db, crawl_store.unfinished_sources, set())


def totals_of(db_path: str) -> DatabaseTotals:
    """What the tdkt database holds (nothing yet when there is none)."""
    return read_existing(db_path, database_totals, DatabaseTotals())


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
              display: Display | None = None, workers: int | None = None) -> ReextractResult:
    """Extract every stored article again and replace its facts, without the network: from the crawl
    database, or (``from_warc``) from the archived responses, whose HTML is cleaned again as well.
    ``workers``: extraction processes (None: every usable core)."""
    paths = paths or Paths()
    display = display or QuietDisplay()
    started = time.monotonic()
    before = read_or_empty(paths.db, readback.record_hashes, {})
    if from_warc:
        items, total, source = _warc_items(from_warc, registry, paths.db), 0, from_warc
    else:
        if not Path(paths.crawl_db).is_file():
            raise PipelineError(f"no crawl database at {paths.crawl_db}: give --crawl-db PATH or --from-warc DIR")
        items, total, source = _crawl_items(paths.crawl_db), count_crawled(paths.crawl_db), paths.crawl_db
    report = load_stage(items, paths, display, total, extract_again=True, workers=workers)
    display.finish()
    after = read_or_empty(paths.db, readback.record_hashes, {})
    changed = sum(1 for key, digest in after.items() if key in before and before[key] != digest)
    new = sum(1 for key in after if key not in before)
    return ReextractResult(report, changed, new, totals_of(paths.db), time.monotonic() - started, source)


def _warc_items(directory: str, registry, db_path: str):
    """Articles re-read from WARC files as loader items; one per text (the crawler keeps no duplicates
    either), the stored URL of a text winning over other URLs that served it."""
    from tdkt.crawler.replay import iter_articles_from_warc
    from tdkt.crawler.warc import warc_paths
    from tdkt.schema.inputs import Item, source_of

    try:
        warc_paths(directory)
    except FileNotFoundError as exc:
        raise PipelineError(str(exc)) from None
    stored = read_or_empty(db_path, readback.urls_by_content_hash, {})
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
