"""``tdkt load``: crawled articles and extraction records into the tdkt database."""
from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

from tdkt.commands.errors import fail
from tdkt.commands.options import add_option, default_path, positive_int, with_examples
from tdkt.commands.progress import LoadCounter
from tdkt.commands.workers import add_workers_option
from tdkt.schema.db import DEFAULT_BATCH, DEFAULT_TIMEOUT, DatabaseProblem


def register(subparsers) -> None:
    p = subparsers.add_parser("load", help="load crawled articles and extraction records into the database",
                    description="Load articles and their facts into the tdkt database. Crawl articles without a "
                                "current record are extracted first; an article whose record is unchanged is not "
                                "written, so loading twice changes nothing. Articles are written whole (an "
                                "interruption rolls back the open batch, never half an article). Without any "
                                "input option, loads the crawl database of the data directory. Exit status 1 when "
                                "some lines were skipped (each is reported with its line number). The database is "
                                "created only once there is an article to store in it.")
    with_examples(p, """
        tdkt load                                         # the crawl database of the data directory
        tdkt extract --jsonl articles.jsonl -o records.jsonl && tdkt load --records records.jsonl
        tdkt load --articles articles.jsonl --db archive.db --workers 2
        tdkt load --records records/                      # the finished record shards of `tdkt process`
        tdkt load --crawl-db other/crawl.db --batch 1000 --quiet""")
    p.add_argument("--db", default=default_path("db"), help="tdkt database (default: %(default)s)")
    p.add_argument("--crawl-db", metavar="PATH", help="the crawler's database (articles are extracted when needed)")
    p.add_argument("--records", action="append", default=[], metavar="FILE",
                   help="JSON Lines of extraction records (`tdkt extract --jsonl` output; - for stdin), or a "
                        "directory of record shards written by `tdkt process` (those with a completion "
                        "marker); repeatable")
    p.add_argument("--articles", action="append", default=[], metavar="FILE",
                   help="JSON Lines of article texts ({id, text, url?, title?, published?}), extracted; repeatable")
    p.add_argument("--wait", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help="how long to wait for a database another process is writing (default: %(default)s)")
    p.add_argument("--batch", type=positive_int, default=DEFAULT_BATCH, metavar="N",
                   help="articles per commit (default: %(default)s, or 2 s of work); each article is written "
                        "all-or-nothing whatever N is, 1 commits every article on its own")
    add_workers_option(p, what="record files are parsed and checked on them too; the database ends the same "
                                "with one or many")
    p.add_argument("--search-pairs", dest="pair_index", action=argparse.BooleanOptionalAction, default=None,
                   help="--no-search-pairs drops the search's pair index and loads without it (loads run faster, "
                        "names and phrases of common syllables are searched slower; later loads keep it "
                        "dropped); --search-pairs makes it again from every article (default: as the database "
                        "has it)")
    add_option(p, "--quiet")
    p.set_defaults(handler=run_load)


def run_load(args) -> int:
    from tdkt.engine import EngineLoad
    from tdkt.parallel import WorkerFailed
    from tdkt.schema.db import connect
    from tdkt.schema import search_pairs
    from tdkt.schema.inputs import InputError, Problem
    from tdkt.shards import ShardError, record_files

    crawl_db = args.crawl_db
    if not (crawl_db or args.records or args.articles):
        if not Path(default_path("crawl_db")).is_file():
            return fail("nothing to load: give --crawl-db PATH, --records FILE or --articles FILE "
                        f"(there is no crawl database at {default_path('crawl_db')})")
        crawl_db = default_path("crawl_db")
    try:
        records, unfinished = record_files(args.records)  # a directory: its finished record shards
    except ShardError as exc:
        return fail(str(exc))
    for message in unfinished:
        print(f"tdkt load: {message}", file=sys.stderr)
    missing = [f for f in [crawl_db] + args.articles + records if f and f != "-" and not Path(f).is_file()]
    if missing:
        return fail(f"cannot read {missing[0]}: no such file")
    counter = LoadCounter(enabled=not args.quiet and sys.stderr.isatty())
    pairs = args.pair_index if args.pair_index is not None else search_pairs.kept_in(args.db)
    items = itertools.chain.from_iterable(read() for read in _inputs(crawl_db, args.articles, records, args.workers,
                                                                       pairs))
    try:
        head = _up_to_first_article(items)
        if not head or isinstance(head[-1], Problem):  # nothing to store: no database is created for it
            for problem in head:
                counter.message(f"tdkt load: {problem}")
            print(f"tdkt load: nothing to store ({len(head)} line(s) skipped); {args.db} not written",
                  file=sys.stderr)
            return 1 if head or unfinished else 0
        db = connect(args.db, timeout=args.wait)
        loader = EngineLoad(db, workers=args.workers, batch_size=args.batch, pair_index=args.pair_index,
                            on_problem=lambda message: counter.message(f"tdkt load: {message}"))
        loader.load(itertools.chain(head, items), watch=lambda stream: counter.wrap(stream, loader.report))
    except (DatabaseProblem, InputError, WorkerFailed) as exc:
        counter.done()
        return fail(str(exc))
    counter.done()
    print(f"tdkt load: {loader.report.summary()} → {args.db}", file=sys.stderr)
    return 1 if loader.report.problems or unfinished else 0


def _up_to_first_article(items) -> list:
    """The problems read before the first article or record, and that item: the database is opened (and
    created) only once there is something to store in it."""
    from tdkt.schema.inputs import Problem

    head = []
    for item in items:
        head.append(item)
        if not isinstance(item, Problem):
            break
    return head


def _inputs(crawl_db: str | None, articles: list[str], records: list[str], workers: int | None,
            pairs: bool = True) -> list:
    """A reader per input, in the order they are loaded: the crawl database, article files, record files
    (read here, parsed and checked on ``workers`` processes: tdkt.record_workers).

    Readers, not open iterators: each input is opened only when its turn comes."""
    from tdkt.record_workers import records_on_workers
    from tdkt.schema.inputs import articles_from_crawl, articles_from_jsonl

    return ([lambda: articles_from_crawl(crawl_db)] if crawl_db else []) + \
           [lambda f=f: articles_from_jsonl(f) for f in articles] + \
           ([lambda: records_on_workers(records, workers, pairs=pairs)] if records else [])
