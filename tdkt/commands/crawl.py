"""``tdkt crawl`` and ``tdkt sources``: the crawler and its source registry from the command line.

(``tdkt export articles`` of a crawl database lives in tdkt.commands.database.)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from tdkt.commands.errors import USAGE_ERROR, fail, open_registry, report_nothing_fetched
from tdkt.commands.interrupts import sigterm_as_interrupt
from tdkt.commands.options import (add_bom_option, add_option, default_path, non_negative_float, non_negative_int,
                                   positive_int, same_name, with_examples)
from tdkt.commands.outputs import BOM, CreatedPaths
from tdkt.commands.progress import CrawlProgress
from tdkt.commands.summaries import format_crawl_summary
from tdkt.crawler import store
from tdkt.crawler.config import CrawlConfig
from tdkt.crawler.crawl import Crawl, seeds_for
from tdkt.crawler.discover import DEFAULT_MAX_HOST_URLS
from tdkt.portal.sources import KINDS
from tdkt.crawler.urls import BadURL, canonicalize


def register(subparsers) -> None:
    _register_crawl(subparsers)
    _register_sources(subparsers)


def _register_crawl(subparsers) -> None:
    p = subparsers.add_parser(
        "crawl", help="collect articles from portals into the crawl database and WARC archive",
        description="Crawl URLs and/or registry sources politely (robots.txt, one request at a time per host). "
                    "Without URL or --source, continue every unfinished crawl in the database. A crawl that "
                    "reaches no page at all (every request failed, robots.txt refused, host paused) exits with "
                    "status 3 and says why; a crawl refused before it starts leaves no database behind.")
    with_examples(p, """
        tdkt crawl --source daksong-daknong --max-pages 200   # a registry source; run again to resume
        tdkt crawl https://example.gov.vn/tin-tuc --since 2024-01-01
        tdkt crawl --all-sources --kind provincial_portal --quiet
        tdkt crawl                                             # continue every unfinished crawl
        tdkt crawl --from-warc ~/.local/share/tdkt/warc --db rebuilt.db   # no network""")
    p.add_argument("urls", nargs="*", metavar="URL", help="start URL(s): home or category pages")
    p.add_argument("--source", action="append", default=[], metavar="ID", help="crawl a source of the registry (repeatable)")
    p.add_argument("--all-sources", action="store_true", help="crawl every source of the registry")
    p.add_argument("--kind", choices=sorted(KINDS), help="with --all-sources: only sources of this kind")
    p.add_argument("--db", default=default_path("crawl_db"), help="crawl database (default: %(default)s)")
    p.add_argument("--warc-dir", default=default_path("warc_dir"), help="WARC directory (default: %(default)s)")
    add_option(p, "--sources")
    p.add_argument("--max-pages", type=positive_int, help="stop after this many requests (resume later)")
    add_option(p, "--delay")
    p.add_argument("--max-wait", type=non_negative_float, default=120.0,
                   help="longest Crawl-delay/Retry-After honoured in a run (default: 120 s)")
    p.add_argument("--max-depth", type=positive_int, default=6, help="link hops from a start URL (default: 6)")
    p.add_argument("--max-host-urls", type=positive_int, default=DEFAULT_MAX_HOST_URLS, metavar="N",
                   help="new URLs the pages of one host may queue in a run (default: %(default)s)")
    add_option(p, "--timeout")
    p.add_argument("--retries", type=non_negative_int, default=3, help="retries after errors (default: 3)")
    add_option(p, "--workers")
    p.add_argument("--max-bytes", type=positive_int, default=8 * 1024 * 1024, help="largest body kept (default: 8 MiB)")
    add_option(p, "--since")
    add_option(p, "--allow-private")
    p.add_argument("--user-agent", help="override the User-Agent header")
    p.add_argument("--from-warc", metavar="DIR", help="no network: re-extract articles from WARC files into --db")
    add_option(p, "--quiet")
    p.set_defaults(handler=run_crawl)


def _register_sources(subparsers) -> None:
    p = subparsers.add_parser("sources", help="list the source registry",
                              description="List the portals tdkt knows (data/sources.csv, or --sources CSV). "
                                          "Places may be typed with or without diacritics.")
    add_option(p, "--sources")
    p.add_argument("--kind", choices=sorted(KINDS), help="only sources of this kind")
    p.add_argument("--province", help='only sources of this province ("Dak Nong" finds Đắk Nông)')
    p.add_argument("--district", help="only sources of this district (diacritics optional)")
    p.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    add_bom_option(p)
    with_examples(p, """
        tdkt sources --province "Dak Nong"
        tdkt sources --kind district_portal --province "Đắk Nông" --format csv --bom > sources.csv""")
    p.set_defaults(handler=run_sources)


# -- tdkt crawl --------------------------------------------------------------------------------
def run_crawl(args) -> int:
    registry = open_registry(args.registry, required=bool(args.source or args.all_sources))
    if registry is False:
        return USAGE_ERROR
    if args.from_warc:
        return _replay(args, registry)
    try:
        urls = [canonicalize(u) for u in args.urls]
    except BadURL as exc:
        return fail(f"bad start URL: {exc}")
    source_ids = list(args.source)
    if args.all_sources:
        source_ids += [s.id for s in registry if not args.kind or s.kind == args.kind]
    try:
        seeds = seeds_for(urls, source_ids, registry)
    except KeyError as exc:
        return fail(f"unknown source {exc.args[0]!r} (see `tdkt sources`)")
    if not seeds and not Path(args.db).is_file():
        return fail("nothing to do: give start URLs or --source ID (there is no crawl to continue "
                    f"at {args.db})")
    progress = CrawlProgress(sys.stderr, enabled=not args.quiet)
    created = CreatedPaths(args.db, args.warc_dir)
    try:
        crawler = Crawl(_config(args, progress), seeds, registry or None)
    except Exception as exc:  # noqa: BLE001 - e.g. unwritable database path
        created.undo()
        return fail(f"cannot open crawl database {args.db}: {exc}")
    if not seeds and not store.unfinished_sources(crawler.conn):
        crawler.close()
        return fail("nothing to do: give start URLs or --source ID (the database has no unfinished crawl)")
    with sigterm_as_interrupt():
        try:
            summary = _run_to_the_end(crawler, progress)
        finally:
            crawler.close()
    print(format_crawl_summary(summary), file=sys.stderr)
    status = report_nothing_fetched(summary)
    if status is not None:
        created.undo()  # a database and archive this crawl created hold nothing worth keeping
    return status or 0


def _config(args, progress: CrawlProgress) -> CrawlConfig:
    return CrawlConfig(db_path=args.db, warc_dir=args.warc_dir, delay=args.delay, max_wait=args.max_wait,
                       max_pages=args.max_pages, max_depth=args.max_depth, max_host_urls=args.max_host_urls,
                       timeout=args.timeout,
                       connect_timeout=min(args.timeout, 10.0), max_retries=args.retries, workers=args.workers,
                       max_bytes=args.max_bytes, allow_private=args.allow_private, since=args.since,
                       user_agent=args.user_agent, on_progress=progress.observer(), argv=sys.argv[1:])


def _run_to_the_end(crawler: Crawl, progress: CrawlProgress) -> dict:
    """The crawl's summary; interrupted, the summary so far is printed before the interruption goes on."""
    try:
        return crawler.run()
    except KeyboardInterrupt:
        progress.finish()
        print(format_crawl_summary(crawler.summary), file=sys.stderr)
        raise
    finally:
        progress.finish()


def _replay(args, registry) -> int:
    from tdkt.crawler.replay import import_warc

    try:
        counts = import_warc(args.db, args.from_warc, registry or None, args.since)
    except FileNotFoundError as exc:
        return fail(str(exc))
    print(f"From {args.from_warc}: {counts['articles']} new articles, {counts['duplicates']} duplicates "
          f"→ {args.db}", file=sys.stderr)
    return 0


# -- tdkt sources ------------------------------------------------------------------------------
SOURCE_COLUMNS = ("id", "name", "kind", "province", "district", "base_url", "platform")


def run_sources(args) -> int:
    registry = open_registry(args.registry, required=True)
    if registry is False:
        return USAGE_ERROR
    rows = [s for s in registry if (not args.kind or s.kind == args.kind)
            and (not args.province or same_name(args.province, s.province))
            and (not args.district or same_name(args.district, s.district))]
    if args.format == "csv" and args.bom:
        sys.stdout.write(BOM)
    {"jsonl": _sources_as_jsonl, "csv": _sources_as_csv, "table": _sources_as_table}[args.format](rows)
    return 0


def _sources_as_jsonl(rows) -> None:
    for s in rows:
        print(json.dumps({"id": s.id, "name": s.name, "kind": s.kind, "province": s.province,
                          "district": s.district, "base_url": s.base_url, "domains": list(s.domains),
                          "start_urls": list(s.start_urls), "selectors": s.selectors, "platform": s.platform},
                         ensure_ascii=False))


def _sources_as_csv(rows) -> None:
    import csv

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(SOURCE_COLUMNS)
    writer.writerows([getattr(s, column) for column in SOURCE_COLUMNS] for s in rows)


def _sources_as_table(rows) -> None:
    for s in rows:
        place = ", ".join(p for p in (s.district, s.province) if p)
        print(f"{s.id:<24} {s.kind:<18} {s.platform or '-':<11} {place:<28} {s.base_url}")
    print(f"{len(rows)} source(s)", file=sys.stderr)
