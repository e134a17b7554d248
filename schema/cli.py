"""``tdkt load``, ``tdkt search``, ``tdkt query``, ``tdkt export`` and ``tdkt serve``."""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

from tdkt.schema.db import DEFAULT_BATCH, DEFAULT_DB, DEFAULT_TIMEOUT, DatabaseProblem
from tdkt.cli_helpers import add_option, fail, iso_date, positive_int

DEFAULT_CRAWL_DB = Path("data/crawl.db")


def register(subparsers) -> None:
    _register_load(subparsers)
    _register_search(subparsers)
    _register_query(subparsers)
    _register_export(subparsers)
    _register_serve(subparsers)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=str(DEFAULT_DB), help="tdkt database (default: %(default)s)")


# -- load --------------------------------------------------------------------------------------
def _register_load(subparsers) -> None:
    p = subparsers.add_parser("load", help="load crawled articles and extraction records into the database",
                    description="Load articles and their facts into the tdkt database. Crawl articles without a "
                                "current record are extracted first; an article whose record is unchanged is not "
                                "written, so loading twice changes nothing. Articles are written whole (an "
                                "interruption rolls back the open batch, never half an article). Without any "
                                "input option, loads the crawl database data/crawl.db. Exit status 1 when some "
                                "lines were skipped (each is reported with its line number).")
    _db_option(p)
    p.add_argument("--crawl-db", metavar="PATH", help="the crawler's database (articles are extracted when needed)")
    p.add_argument("--records", action="append", default=[], metavar="FILE",
                   help="JSON Lines of extraction records (`tdkt extract --jsonl` output; - for stdin); repeatable")
    p.add_argument("--articles", action="append", default=[], metavar="FILE",
                   help="JSON Lines of article texts ({id, text, url?, title?, published?}), extracted; repeatable")
    p.add_argument("--wait", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help="how long to wait for a database another process is writing (default: %(default)s)")
    p.add_argument("--batch", type=positive_int, default=DEFAULT_BATCH, metavar="N",
                   help="articles per commit (default: %(default)s, or 2 s of work); each article is written "
                        "all-or-nothing whatever N is, 1 commits every article on its own")
    add_option(p, "--quiet")
    p.set_defaults(handler=run_load)


def run_load(args) -> int:
    from tdkt.schema.db import connect
    from tdkt.schema.inputs import InputError, articles_from_crawl, articles_from_jsonl, records_from_jsonl
    from tdkt.schema.load import Loader

    crawl_db = args.crawl_db
    if not (crawl_db or args.records or args.articles):
        if not DEFAULT_CRAWL_DB.is_file():
            return fail("nothing to load: give --crawl-db PATH, --records FILE or --articles FILE")
        crawl_db = str(DEFAULT_CRAWL_DB)
    progress = _Progress(enabled=not args.quiet and sys.stderr.isatty())
    try:
        db = connect(args.db, timeout=args.wait)
        loader = Loader(db, on_problem=lambda message: progress.message(f"tdkt load: {message}"),
                        batch_size=args.batch)
        sources = ([lambda: articles_from_crawl(crawl_db)] if crawl_db else []) + \
                  [lambda f=f: articles_from_jsonl(f) for f in args.articles] + \
                  [lambda f=f: records_from_jsonl(f) for f in args.records]
        for source in sources:
            loader.load(progress.wrap(source(), loader.report))
    except (DatabaseProblem, InputError) as exc:
        progress.done()
        return fail(str(exc))
    progress.done()
    print(f"tdkt load: {loader.report.summary()} → {args.db}", file=sys.stderr)
    return 1 if loader.report.problems else 0


class _Progress:
    """A one-line counter on a terminal, so a long load shows it is alive."""

    def __init__(self, enabled: bool):
        self.enabled, self.shown = enabled, False

    def wrap(self, items, report):
        for item in items:
            yield item
            if self.enabled and report.read % 500 == 0:
                print(f"\r{report.summary()}", end="", file=sys.stderr, flush=True)
                self.shown = True

    def message(self, text: str) -> None:
        self.done()
        print(text, file=sys.stderr)

    def done(self) -> None:
        if self.shown:
            print(file=sys.stderr)
            self.shown = False


# -- search ------------------------------------------------------------------------------------
def _register_search(subparsers) -> None:
    p = subparsers.add_parser("search", help="full-text search of titles and texts (diacritics optional)",
                    description='Search titles and texts; "thi dua khen thuong dak song" finds "thi đua khen '
                                'thưởng Đắk Song". Every word must occur; "quote a phrase"; end a word with * '
                                'for a prefix. Best matches first, with a snippet.')
    p.add_argument("query", nargs="+", metavar="WORD")
    _db_option(p)
    p.add_argument("--limit", type=positive_int, default=10, help="how many results (default: %(default)s)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=run_search)


def run_search(args) -> int:
    from tdkt.schema.query import open_readonly
    from tdkt.schema.search import SearchError, count, search

    query = " ".join(args.query)
    try:
        conn, _ = open_readonly(args.db)
        try:
            total = count(conn, query)
            hits = search(conn, query, limit=args.limit, marks=("**", "**") if args.format == "text" else ("[", "]"))
        finally:
            conn.close()
    except (SearchError, DatabaseProblem) as exc:
        return fail(str(exc))
    except sqlite3.DatabaseError as exc:
        return fail(f"{args.db}: {exc}")
    for rank, hit in enumerate(hits, 1):
        if args.format == "json":
            print(json.dumps({"rank": rank, "id": hit.id, "key": hit.key, "title": hit.title, "url": hit.url,
                              "published": hit.published, "match": hit.match, "score": round(hit.score, 4),
                              "snippet": hit.snippet},
                             ensure_ascii=False))
        else:
            print(f"{rank}. {hit.title or hit.key}" + (f" ({hit.published})" if hit.published else ""))
            if hit.url:
                print(f"   {hit.url}")
            print(f"   {hit.snippet}\n")
    print(f"{total} article(s) match; {len(hits)} shown", file=sys.stderr)
    return 0


# -- query and export --------------------------------------------------------------------------
def _register_query(subparsers) -> None:
    p = subparsers.add_parser("query", help="run a read-only SQL query (table, CSV or JSON out)",
                    description="Run one SQL statement on the database, read-only: a statement that would "
                                "write is refused. Views: award_trends, district_comparison, official_appearances, "
                                "campaigns_over_time, award_facts, official_facts. SQL functions: "
                                "tdkt_fold(text), tdkt_match(query), tdkt_snippet(text, query).")
    p.add_argument("sql")
    _db_option(p)
    p.add_argument("--format", choices=("table", "csv", "json", "jsonl"), default="table")
    p.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                   help="a named parameter (:NAME in the SQL); repeatable")
    p.set_defaults(handler=run_query)


def run_query(args) -> int:
    from tdkt.schema.query import QueryError, ReadOnlyViolation, run, write

    try:
        params = dict(_param(p) for p in args.param)
    except ValueError as exc:
        return fail(str(exc))
    try:
        columns, rows = run(args.db, args.sql, params)
        write(columns, rows, args.format, sys.stdout)
    except (ReadOnlyViolation, QueryError, DatabaseProblem) as exc:
        return fail(str(exc))
    except sqlite3.DatabaseError as exc:  # raised while reading rows
        return fail(f"{args.db}: {exc}")
    return 0


def _register_export(subparsers) -> None:
    p = subparsers.add_parser("export", help="write a table or view as CSV or JSON Lines",
                    description="Write every row of a table or view of the tdkt database (e.g. articles, awards, "
                                "award_trends, district_comparison) as CSV or JSON Lines. With a crawl database "
                                "as --db, `export articles` writes the crawled articles.")
    p.add_argument("name", metavar="TABLE", help="table or view (`tdkt export --list` shows them)", nargs="?")
    p.add_argument("--db", help=f"tdkt or crawl database (default: {DEFAULT_DB} when it exists, "
                                "else the crawl database data/crawl.db)")
    p.add_argument("--format", choices=("jsonl", "csv", "json"), default="jsonl")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--where", metavar="SQL", help="only rows matching this SQL condition")
    p.add_argument("--source", metavar="ID", help="articles: only this source")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="articles: only those published on or after DATE")
    p.add_argument("--list", action="store_true", help="list the tables and views")
    p.set_defaults(handler=run_export)


def run_export(args) -> int:
    from tdkt.schema import query

    path = Path(args.db) if args.db else _default_export_db()
    if not path.is_file():
        return fail(f"no crawl database or tdkt database at {path}")
    args.db = str(path)
    if _is_crawl_db(path):
        return _export_crawl(args)
    try:
        if args.list:
            tables, views = query.names(path)
            print("tables: " + ", ".join(tables) + "\nviews: " + ", ".join(views))
            return 0
        if not args.name:
            return fail("name a table or view to export (see `tdkt export --list`)")
        where, params = _export_filter(args)
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
        try:
            count = query.export(path, args.name, args.format, out, where=where, params=params)
        finally:
            if args.output:
                out.close()
    except (query.QueryError, query.ReadOnlyViolation, DatabaseProblem) as exc:
        return fail(str(exc))
    except BrokenPipeError:
        raise
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror}")
    print(f"{count} row(s) of {args.name} exported", file=sys.stderr)
    return 0


def _default_export_db() -> Path:
    """The tdkt database when there is one, else the crawl database (after a bare `tdkt crawl`)."""
    from tdkt.crawler.store import DEFAULT_DB as CRAWL_DB
    tdkt_db, crawl_db = Path(DEFAULT_DB), Path(CRAWL_DB)
    return tdkt_db if tdkt_db.is_file() or not crawl_db.is_file() else crawl_db


def _export_filter(args) -> tuple[str | None, dict]:
    conditions, params = [], {}
    if args.where:
        conditions.append(f"({args.where})")
    if args.source:
        conditions.append("source_id = :source")
        params["source"] = args.source
    if args.since:
        conditions.append("published >= :since")
        params["since"] = args.since.isoformat()
    return (" AND ".join(conditions) or None), params


def _is_crawl_db(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return "frontier" in tables and "schema_migrations" not in tables


def _export_crawl(args) -> int:
    """``tdkt export articles --db data/crawl.db``: the crawler's own article export."""
    from tdkt.crawler.export import export_articles

    if args.name != "articles":
        return fail(f"{args.db} is a crawl database: only `export articles` applies to it")
    if args.format == "json":
        return fail("a crawl database exports as jsonl or csv")
    since = args.since.isoformat() if args.since else None
    try:
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                count = export_articles(args.db, args.format, out, source=args.source, since=since)
        else:
            count = export_articles(args.db, args.format, sys.stdout, source=args.source, since=since)
    except (FileNotFoundError, ValueError, sqlite3.DatabaseError) as exc:
        return fail(str(exc))
    print(f"{count} article(s) exported", file=sys.stderr)
    return 0


# -- serve -------------------------------------------------------------------------------------
def _register_serve(subparsers) -> None:
    p = subparsers.add_parser("serve", help="browse the database in Datasette on 127.0.0.1",
                    description="Start Datasette on 127.0.0.1 with tdkt's metadata, full-text search (with or "
                                "without diacritics), facets and canned queries (search, award_trends, "
                                "district_comparison, officials).")
    _db_option(p)
    p.add_argument("--port", type=_port, default=8001, help="port on 127.0.0.1 (default: %(default)s)")
    p.set_defaults(handler=run_serve)


def run_serve(args) -> int:
    from tdkt.schema.serve import PortInUse, serve

    try:
        serve(args.db, port=args.port)
    except (DatabaseProblem, PortInUse) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror}")
    return 0


# -- helpers -----------------------------------------------------------------------------------
def _param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise ValueError(f"a parameter is NAME=VALUE, not {text!r}")
    return name, value


def _port(text: str) -> int:
    value = positive_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"not a port: {text!r}")
    return value
