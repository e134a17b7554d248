"""``tdkt extract`` and ``tdkt eval``: the extraction engine and its scorer from the command line.

(``tdkt demo`` lives in tdkt.commands.pipeline.)
"""
from __future__ import annotations

import json
import sys

from tdkt.commands.errors import USAGE_ERROR, fail
from tdkt.commands.options import with_examples
from tdkt.commands.outputs import Output
from tdkt.commands.progress import ItemCounter
from tdkt.commands.workers import add_workers_option


def register(subparsers) -> None:
    _register_extract(subparsers)
    _register_eval(subparsers)


def _register_extract(subparsers) -> None:
    p = subparsers.add_parser("extract", help="extract records from article texts (JSON Lines out)",
                              description="Extract one record per article. Plain-text FILEs (id = file name), "
                                          "or with --jsonl one {\"id\", \"text\", \"url\"?, \"title\"?, "
                                          "\"published\"?} object per line; stdin when no FILE is given.")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument("--jsonl", action="store_true", help="input is JSON Lines of articles")
    p.add_argument("--guide-only", action="store_true",
                   help="only the GUIDE's fields (no provenance, confidence or metadata)")
    p.add_argument("-o", "--output", help="write records here instead of stdout (not created when no record is)")
    p.add_argument("--quiet", action="store_true", help="no progress line (there is none unless stderr is a terminal)")
    add_workers_option(p)
    with_examples(p, """
        tdkt extract article.txt                          # one plain-text article
        tdkt extract --jsonl articles.jsonl -o records.jsonl
        tdkt extract --jsonl articles.jsonl --workers 4 -o records.jsonl
        cat articles.jsonl | tdkt extract --jsonl --guide-only""")
    p.set_defaults(handler=run_extract)


def _register_eval(subparsers) -> None:
    e = subparsers.add_parser("eval", help="score system records against gold records",
                              description="The GUIDE's scoring, per field (same numbers as shared/tools/score.py).")
    e.add_argument("gold")
    e.add_argument("system")
    e.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    e.add_argument("--diff", action="store_true", help="list every miss")
    e.add_argument("--ids", help="comma-separated article ids to score")
    with_examples(e, """
        tdkt eval gold.jsonl records.jsonl
        tdkt eval gold.jsonl records.jsonl --diff --ids a1,a7""")
    e.set_defaults(handler=run_eval)


# -- tdkt extract ------------------------------------------------------------------------------
def run_extract(args) -> int:
    from tdkt.parallel import WorkerFailed

    errors: list[str] = []
    try:
        with (output := Output(args.output)) as out:
            count = _extract_all(args, out, errors)
            if not count:
                output.discard()
    except OSError as exc:
        print(f"tdkt extract: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return USAGE_ERROR
    except WorkerFailed as exc:
        return fail(str(exc))
    for error in errors:
        print(f"tdkt extract: {error}", file=sys.stderr)
    if not count and not errors:
        print("tdkt extract: no input articles", file=sys.stderr)
        return 1
    return 1 if errors else 0


def _extract_all(args, out, errors: list[str]) -> int:
    """Write one record per readable article to ``out``; what went wrong lands in ``errors``."""
    from tdkt.extract.article_files import articles_from_files
    from tdkt.parallel import extract_records

    count = 0
    # the records come written as JSON lines by the workers: this process only writes them
    for article, outcome in ItemCounter("extracted", sys.stderr, enabled=not args.quiet).wrap(
            extract_records(articles_from_files(args.files, args.jsonl, errors), args.workers,
                            as_json=True, guide_only=args.guide_only)):
        if not outcome.ok:  # a bug must not lose the other articles of the stream
            errors.append(f"{article['id']}: internal error ({type(outcome.error).__name__}: {outcome.error}); "
                          "please report it with the article")
            continue
        for warning in outcome.warnings:
            print(f"tdkt extract: {article['id']}: {warning}", file=sys.stderr)
        out.write(outcome.line + "\n")
        count += 1
    return count


# -- tdkt eval ---------------------------------------------------------------------------------
def run_eval(args) -> int:
    from tdkt.extract.scoring import ScoreInputError, format_table, load_records, score

    problems: list[str] = []
    try:
        gold, system = load_records(args.gold, problems), load_records(args.system, problems)
    except ScoreInputError as e:
        print(f"tdkt eval: {e}", file=sys.stderr)
        return USAGE_ERROR
    for problem in problems:
        print(f"tdkt eval: {problem}", file=sys.stderr)
    if not gold or not system:
        print(f"tdkt eval: no record to score in {args.gold if not gold else args.system}", file=sys.stderr)
        return USAGE_ERROR
    ids = args.ids.split(",") if args.ids else None
    unknown = [i for i in ids or [] if i not in gold]
    if unknown:
        print(f"tdkt eval: ids not in the gold file: {', '.join(unknown)}", file=sys.stderr)
        return USAGE_ERROR
    results, diff = score(gold, system, ids)
    print(json.dumps(results, ensure_ascii=False) if args.json else format_table(results))
    if args.diff:
        for row in diff:
            print("DIFF", *[json.dumps(x, ensure_ascii=False) for x in row])
    return 1 if problems else 0
