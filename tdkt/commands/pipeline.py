"""``tdkt run``, ``tdkt reextract`` and ``tdkt demo``: the whole pipeline from one command."""
from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager

from tdkt.commands.errors import USAGE_ERROR, fail, open_registry, report_nothing_fetched
from tdkt.commands.interrupts import resumable, sigterm_as_interrupt
from tdkt.commands.options import add_option, default_path, positive_int, with_examples
from tdkt.commands.outputs import CreatedPaths
from tdkt.commands.progress import RunDisplay
from tdkt.commands.summaries import format_reextract, format_run, next_steps
from tdkt.commands.workers import add_workers_option
from tdkt.pipeline import Paths, PipelineError


def register(subparsers) -> None:
    _register_run(subparsers)
    _register_reextract(subparsers)
    _register_demo(subparsers)


def _paths_options(parser: argparse.ArgumentParser, warc: bool = True) -> None:
    parser.add_argument("--db", default=default_path("db"), help="tdkt database (default: %(default)s)")
    parser.add_argument("--crawl-db", default=default_path("crawl_db"), help="crawl database (default: %(default)s)")
    if warc:
        parser.add_argument("--warc-dir", default=default_path("warc_dir"), help="WARC archive (default: %(default)s)")
    add_option(parser, "--quiet")


def _register_run(subparsers) -> None:
    p = subparsers.add_parser(
        "run", help="crawl, extract and load: only what is new or changed; resumes an interrupted run",
        description="Crawl URLs and/or registry sources, extract every new or changed article and load it into "
                    "the tdkt database, with one progress line and a closing summary. Run it again to "
                    "resume an interrupted run or to pick up what is new. Without URL or --source it "
                    "continues an unfinished crawl, then brings the database up to date with the crawl database.")
    p.add_argument("urls", nargs="*", metavar="URL", help="start URL(s): home or category pages")
    p.add_argument("--source", action="append", default=[], metavar="ID",
                   help="a source of the registry (repeatable; `tdkt sources` lists them)")
    add_option(p, "--sources")
    _paths_options(p)
    p.add_argument("--max-pages", type=positive_int, help="stop the crawl after this many requests (resume later)")
    add_option(p, "--delay")
    add_option(p, "--workers")
    add_workers_option(p, "--extract-workers")
    add_option(p, "--timeout")
    add_option(p, "--since")
    add_option(p, "--allow-private")
    with_examples(p, """
        tdkt run --source daksong-daknong            # crawl, extract and load what is new
        tdkt run                                     # resume, then bring the database up to date
        tdkt run https://example.gov.vn/tin-tuc --max-pages 100 --since 2024-01-01""",
                  notes="A run whose crawl reaches no page exits with status 3 and says why; databases it "
                        "created for it are removed again.")
    p.set_defaults(handler=run_run)


def _register_reextract(subparsers) -> None:
    p = subparsers.add_parser(
        "reextract", help="extract every stored article again and replace its facts (no network)",
        description="After the extraction engine improves: extract every article of the crawl database (or, "
                    "with --from-warc, every article archived in WARC files, cleaned again from its HTML) "
                    "and replace its facts in the tdkt database, one transaction per article. No network.")
    p.add_argument("--from-warc", metavar="DIR", help="read the articles from the WARC files in DIR")
    add_option(p, "--sources")
    _paths_options(p, warc=False)
    add_workers_option(p)
    with_examples(p, """
        tdkt reextract                               # after upgrading tdkt or editing its rules
        tdkt reextract --from-warc ~/.local/share/tdkt/warc --db rebuilt.db""")
    p.set_defaults(handler=run_reextract)


def _register_demo(subparsers) -> None:
    p = subparsers.add_parser(
        "demo", help="the whole pipeline on the sample portal shipped with tdkt (or on a real source)",
        description="Serve the sample portal shipped with tdkt on 127.0.0.1, crawl it, extract and load its "
                    "articles into the tdkt database, print a summary, the seed articles' scores against "
                    "their gold records and what to try next. With --source ID, crawl that real portal "
                    "instead (politely: 1 s between requests).")
    p.add_argument("--source", action="append", default=[], metavar="ID",
                   help="crawl this source of the registry instead of the sample portal (repeatable)")
    _paths_options(p)
    with_examples(p, """
        tdkt demo                                    # the sample portal, into the data directory
        tdkt demo --db /tmp/demo/tdkt.db --crawl-db /tmp/demo/crawl.db --warc-dir /tmp/demo/warc
        tdkt demo --source daksong-daknong           # a real portal, politely""")
    p.set_defaults(handler=run_demo)


# -- handlers ----------------------------------------------------------------------------------
@resumable
def run_run(args) -> int:
    from tdkt.pipeline import run

    registry = open_registry(args.registry, required=bool(args.source))
    if registry is False:
        return USAGE_ERROR
    options = {"delay": args.delay, "workers": args.workers, "timeout": args.timeout,
               "connect_timeout": min(args.timeout, 10.0), "max_pages": args.max_pages, "since": args.since,
               "allow_private": args.allow_private, "argv": sys.argv[1:]}
    created = CreatedPaths(args.db, args.crawl_db, args.warc_dir)
    try:
        with _display(args) as display:
            result = run(args.urls, args.source, paths=_paths(args), registry=registry or None, display=display,
                         extract_workers=args.extract_workers, **options)
    except PipelineError as exc:
        return fail(str(exc))
    print(format_run(result))
    status = report_nothing_fetched(result.crawl)
    if status is not None and not result.load.added:
        created.undo()
    return status or 0


@resumable
def run_reextract(args) -> int:
    from tdkt.pipeline import reextract

    registry = open_registry(args.registry, required=False)
    if registry is False:
        return USAGE_ERROR
    try:
        with _display(args) as display:
            result = reextract(paths=_paths(args), from_warc=args.from_warc, registry=registry or None,
                               display=display, workers=args.workers)
    except PipelineError as exc:
        return fail(str(exc))
    print(format_reextract(result, args.db))
    return 1 if result.load.problems else 0


@resumable
def run_demo(args) -> int:
    return _demo_on_source(args) if args.source else _demo_on_portal(args)


def _demo_on_portal(args) -> int:
    """The sample portal: serve, crawl, extract, load, then score the seeds read back from the database."""
    from tdkt.demo import run_demo as demo
    from tdkt.extract.scoring import format_table

    try:
        with _display(args) as display:
            outcome = demo(_paths(args), display=display)
    except PipelineError as exc:
        return fail(str(exc))
    print("Sample portals served on 127.0.0.1 during the run:")
    for portal_id, url in outcome.portals.items():
        print(f"    {portal_id:<12} {url}/")
    print("\n" + format_run(outcome.run))
    if outcome.seed_scores:
        print("\nThe five real seed articles, read back from the database and scored against their gold records:")
        print(format_table(outcome.seed_scores))
    print("\n" + next_steps(args.db, default_path("db")))
    return 0


def _demo_on_source(args) -> int:
    """The same command on real portals of the registry, crawled with the polite defaults."""
    from tdkt.pipeline import run

    registry = open_registry(None, required=True)
    if registry is False:
        return USAGE_ERROR
    try:
        with _display(args) as display:
            result = run(sources=args.source, paths=_paths(args), registry=registry, display=display,
                         argv=sys.argv[1:])
    except PipelineError as exc:
        return fail(str(exc))
    print(format_run(result))
    print("\n" + next_steps(args.db, default_path("db")))
    return report_nothing_fetched(result.crawl) or 0


# -- helpers -----------------------------------------------------------------------------------
def _paths(args) -> Paths:
    return Paths(db=args.db, crawl_db=args.crawl_db, warc_dir=getattr(args, "warc_dir", Paths().warc_dir))


@contextmanager
def _display(args):
    """The progress line (on stderr), closed however the run ends; SIGTERM stops the run like Ctrl-C."""
    display = RunDisplay(sys.stderr, enabled=not args.quiet)
    with sigterm_as_interrupt():
        try:
            yield display
        finally:
            display.finish()
