"""``tdkt search``, ``tdkt query``, ``tdkt export`` and ``tdkt serve``: reading the tdkt database.

(``tdkt load``, which writes it, lives in tdkt.commands.load.)
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from pathlib import Path

from tdkt.commands.errors import fail
from tdkt.commands.options import (add_bom_option, default_path, iso_date, non_negative_float, port, positive_int,
                                   with_examples)
from tdkt.commands.outputs import Output
from tdkt.schema.db import DatabaseProblem
from tdkt.schema.query import QUERY_TIME_LIMIT


def register(subparsers) -> None:
    _register_search(subparsers)
    _register_query(subparsers)
    _register_export(subparsers)
    _register_serve(subparsers)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=default_path("db"), help="tdkt database (default: %(default)s)")


# -- search ------------------------------------------------------------------------------------
def _register_search(subparsers) -> None:
    p = subparsers.add_parser("search", help="full-text search of titles and texts (diacritics optional)",
                    description='Search titles and texts; "thi dua khen thuong dak song" finds "thi đua khen '
                                'thưởng Đắk Song" (without diacritics, every mark and "đ" fold). Typed with '
                                'diacritics, a query matches them exactly: "Lê Quang Vinh" never finds "Lễ ... '
                                'Quang"; only when none of the best matches has them as typed are the matches '
                                'without diacritics shown, and tdkt says so. Capitalised words in a row are a name and '
                                'match whole. Every word must occur; "quote a phrase"; end a word with * for a '
                                'prefix. Best matches first, with a snippet marking the words that matched.')
    with_examples(p, """
        tdkt search dak song                  # folded: finds Đắk Song (and đ → d)
        tdkt search "Lê Quang Vinh"           # as typed, the name whole
        tdkt search '"lao dong tien tien"' huan chuong lao*
        tdkt search --format json --limit 50 thi dua > hits.jsonl""")
    p.add_argument("query", nargs="+", metavar="WORD")
    _db_option(p)
    p.add_argument("--limit", type=positive_int, default=10, help="how many results (default: %(default)s)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=run_search)


def run_search(args) -> int:
    from tdkt.schema.query import open_readonly
    from tdkt.schema.search import SearchError, count, search
    from tdkt.schema.search_terms import has_marks, parse_query

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
        _print_hit(rank, hit, args.format)
    if hits and hits[0].diacritics == "folded" and has_marks(parse_query(query)):
        print(f"tdkt search: none of the best matches has “{query}” as typed; these match it without diacritics",
              file=sys.stderr)
    print(f"{total} article(s) match without diacritics; {len(hits)} shown" if hits and hits[0].diacritics == "exact"
          else f"{total} article(s) match; {len(hits)} shown", file=sys.stderr)
    return 0


def _print_hit(rank: int, hit, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps({"rank": rank, "id": hit.id, "key": hit.key, "title": hit.title, "url": hit.url,
                          "published": hit.published, "match": hit.match, "score": round(hit.score, 4),
                          "snippet": hit.snippet},
                         ensure_ascii=False))
        return
    print(f"{rank}. {hit.title or hit.key}" + (f" ({hit.published})" if hit.published else ""))
    if hit.url:
        print(f"   {hit.url}")
    print(f"   {hit.snippet}\n")


# -- query -------------------------------------------------------------------------------------
def _register_query(subparsers) -> None:
    p = subparsers.add_parser("query", help="run a read-only SQL query (table, CSV or JSON out)",
                    description="Run one SQL statement on the database, read-only: a statement that would "
                                "write, or a function that reaches files or native code, is refused; a "
                                "statement is stopped after --time-limit seconds. Views: award_trends, district_comparison, official_appearances, "
                                "campaigns_over_time, award_facts, official_facts. SQL functions: "
                                "tdkt_fold(text), tdkt_match(query), tdkt_snippet(text, query).")
    p.add_argument("sql")
    _db_option(p)
    p.add_argument("--format", choices=("table", "csv", "json", "jsonl"), default="table")
    add_bom_option(p)
    p.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                   help="a named parameter (:NAME in the SQL); repeatable")
    p.add_argument("--time-limit", type=non_negative_float, default=QUERY_TIME_LIMIT, metavar="SECONDS",
                   help="stop a statement after this much work (default: %(default)g s; 0: no limit)")
    with_examples(p, """
        tdkt query "select code, count(*) from awards group by code order by 2 desc"
        tdkt query "select * from award_trends where tdkt_fold(province) = tdkt_fold(:p)" -p p="Dak Nong"
        tdkt query "select title, tdkt_snippet(text, :q) from articles where id in
                    (select value from json_each(tdkt_search(:q)))" -p q="Lê Quang Vinh"
        tdkt query "select * from district_comparison" --format csv --bom > districts.csv""",
                  notes="Every :NAME the statement uses needs -p NAME=VALUE; a missing one is named.")
    p.set_defaults(handler=run_query)


def run_query(args) -> int:
    from tdkt.schema.query import QueryError, ReadOnlyViolation, run, write

    try:
        params = dict(_param(p) for p in args.param)
    except ValueError as exc:
        return fail(str(exc))
    if problem := _missing_parameters(args.sql, params):
        return fail(problem)
    try:
        columns, rows = run(args.db, args.sql, params, time_limit=args.time_limit or None)
        if args.bom and args.format == "csv":
            sys.stdout.write("\ufeff")
        write(columns, rows, args.format, sys.stdout)
    except (ReadOnlyViolation, QueryError, DatabaseProblem) as exc:
        return fail(str(exc))
    except sqlite3.DatabaseError as exc:  # raised while reading rows
        return fail(f"{args.db}: {exc}")
    return 0


def _param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise ValueError(f"a parameter is NAME=VALUE, not {text!r}")
    return name, value


# Parts of a statement a parameter cannot be in: string literals, quoted names and comments.
_NOT_CODE = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|--[^\n]*|/\*.*?(?:\*/|$)", re.DOTALL)
_PARAMETER = re.compile(r"(?<![\w:])[:@$]([A-Za-z_]\w*)|\?(\d*)")


def _missing_parameters(sql: str, params: dict) -> str | None:
    """What the statement needs that ``-p`` did not give, in words (None: nothing is missing)."""
    code = _NOT_CODE.sub(" ", sql)
    named = dict.fromkeys(m.group(1) for m in _PARAMETER.finditer(code) if m.group(1))
    if any(m.group(1) is None for m in _PARAMETER.finditer(code)):
        return "the statement uses ? placeholders: name them (:name) and give -p name=VALUE"
    missing = [name for name in named if name not in params]
    if not missing:
        return None
    given = f" (given: {', '.join(params)})" if params else ""
    return (f"the statement needs {'parameters' if len(missing) > 1 else 'parameter'} "
            f"{', '.join(':' + n for n in missing)}: give " + " ".join(f"-p {n}=VALUE" for n in missing) + given)


# -- export ------------------------------------------------------------------------------------
def _register_export(subparsers) -> None:
    p = subparsers.add_parser("export", help="write a table or view as CSV or JSON Lines, or the facts as Parquet",
                    description="Write every row of a table or view of the tdkt database (e.g. articles, awards, "
                                "award_trends, district_comparison) as CSV or JSON Lines. With a crawl database "
                                "as --db, `export articles` writes the crawled articles. --format parquet -o DIR "
                                "writes the facts (or the TABLE named) as Parquet shards, one directory per table, "
                                "for DuckDB and other engines (needs pip install 'tdkt[parquet]').")
    p.add_argument("name", metavar="TABLE", help="table or view (`tdkt export --list` shows them)", nargs="?")
    p.add_argument("--db", help=f"tdkt or crawl database (default: {default_path('db')} when it exists, "
                                f"else the crawl database {default_path('crawl_db')})")
    p.add_argument("--format", choices=("jsonl", "csv", "json", "parquet"), default="jsonl")
    add_bom_option(p)
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write here instead of standard output (only when the export succeeds; "
                        "parquet: the directory to write the shards in)")
    p.add_argument("--shard-rows", type=int, default=None, metavar="N",
                   help="parquet: at most N rows per shard file (default: 500,000)")
    p.add_argument("--where", metavar="SQL", help="only rows matching this SQL condition")
    p.add_argument("--source", metavar="ID", help="articles: only this source")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="articles: only those published on or after DATE")
    p.add_argument("--list", action="store_true", help="list the tables and views")
    with_examples(p, """
        tdkt export --list
        tdkt export awards --format csv --bom -o awards.csv      # for Excel
        tdkt export articles --source daksong-daknong --since 2024-01-01
        tdkt export --format parquet -o export/                  # every fact table, as Parquet shards
        tdkt export articles --db ~/.local/share/tdkt/crawl.db --format csv -o crawled.csv""")
    p.set_defaults(handler=run_export)


def run_export(args) -> int:
    from tdkt.crawler.store import is_crawl_database

    path = Path(args.db) if args.db else _default_export_db()
    if not path.is_file():
        return fail(f"no crawl database or tdkt database at {path}")
    args.db = str(path)
    if is_crawl_database(path):
        return _export_crawl(args)
    return _export_tdkt(args, path)


def _default_export_db() -> Path:
    """The tdkt database when there is one, else the crawl database (after a bare `tdkt crawl`)."""
    tdkt_db, crawl_db = Path(default_path("db")), Path(default_path("crawl_db"))
    return tdkt_db if tdkt_db.is_file() or not crawl_db.is_file() else crawl_db


def _export_tdkt(args, path: Path) -> int:
    """A table or view of the tdkt database (or, with --list, their names)."""
    from tdkt.schema import query

    try:
        if args.list:
            tables, views = query.names(path)
            print("tables: " + ", ".join(tables) + "\nviews: " + ", ".join(views))
            return 0
        if args.format == "parquet":
            return _export_parquet(args, path)
        if not args.name:
            return fail("name a table or view to export (see `tdkt export --list`)")
        where, params = query.export_filter(args.where, args.source, _iso(args.since))
        with Output(args.output, bom=args.bom and args.format == "csv") as out:
            count = query.export(path, args.name, args.format, out, where=where, params=params)
    except (query.QueryError, query.ReadOnlyViolation, DatabaseProblem) as exc:
        return fail(str(exc))
    except BrokenPipeError:
        raise
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror}")
    print(f"{count} row(s) of {args.name} exported", file=sys.stderr)
    return 0


def _export_parquet(args, path: Path) -> int:
    """The facts (or one table or view) as Parquet shards in the directory -o names."""
    from tdkt.schema import parquet

    if not args.output:
        return fail("--format parquet writes a directory of shards: name it with -o DIR")
    if args.where or args.source or args.since:
        return fail("--format parquet exports whole tables: --where, --source and --since do not apply")
    if args.shard_rows is not None and args.shard_rows < 1:
        return fail("--shard-rows must be at least 1")
    try:
        counts = parquet.export_parquet(path, args.output, [args.name] if args.name else None,
                                        shard_rows=args.shard_rows or parquet.SHARD_ROWS)
    except parquet.MissingPyarrow as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror}")
    for name, count in counts.items():
        print(f"{count} row(s) of {name} → {Path(args.output) / name}/", file=sys.stderr)
    return 0


def _export_crawl(args) -> int:
    """``tdkt export articles --db data/crawl.db``: the crawler's own article export."""
    from tdkt.crawler.export import export_articles

    if args.name != "articles":
        return fail(f"{args.db} is a crawl database: only `export articles` applies to it")
    if args.format == "json":
        return fail("a crawl database exports as jsonl or csv")
    since = _iso(args.since)
    try:
        with Output(args.output, bom=args.bom and args.format == "csv") as out:
            count = export_articles(args.db, args.format, out, source=args.source, since=since)
    except (FileNotFoundError, ValueError, sqlite3.DatabaseError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror}")
    print(f"{count} article(s) exported", file=sys.stderr)
    return 0


def _iso(date) -> str | None:
    return date.isoformat() if date else None


# -- serve -------------------------------------------------------------------------------------
def _register_serve(subparsers) -> None:
    p = subparsers.add_parser("serve", help="browse the database in Datasette on 127.0.0.1",
                    description="Start Datasette on 127.0.0.1 with tdkt's metadata, full-text search (with or "
                                "without diacritics), facets and canned queries (search, award_trends, "
                                "district_comparison, officials).")
    _db_option(p)
    p.add_argument("--port", type=port, default=8001, help="port on 127.0.0.1 (default: %(default)s)")
    with_examples(p, """
        tdkt serve                                # the database of the data directory, on :8001
        tdkt serve --db archive.db --port 8080""")
    p.set_defaults(handler=run_serve)


def run_serve(args) -> int:
    from tdkt.schema.serve import PortInUse, serve

    try:
        serve(args.db, port=args.port, on_ready=_tell_address)
    except (DatabaseProblem, PortInUse) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror}")
    return 0


def _tell_address(url: str) -> None:
    print(f"tdkt serve: {url} (Ctrl-C to stop)", flush=True)
