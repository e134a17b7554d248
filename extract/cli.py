"""`tdkt extract` and `tdkt eval` (`tdkt demo` lives in tdkt.pipeline_cli)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator, TextIO

GUIDE_FIELDS = ("id", "relevant", "event", "place", "officials", "campaigns", "awards", "author")


def register(subparsers) -> None:
    p = subparsers.add_parser("extract", help="extract records from article texts (JSON Lines out)",
                              description="Extract one record per article. Plain-text FILEs (id = file name), "
                                          "or with --jsonl one {\"id\", \"text\", \"url\"?, \"title\"?, "
                                          "\"published\"?} object per line; stdin when no FILE is given.")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument("--jsonl", action="store_true", help="input is JSON Lines of articles")
    p.add_argument("--guide-only", action="store_true",
                   help="only the GUIDE's fields (no provenance, confidence or metadata)")
    p.add_argument("-o", "--output", help="write records here instead of stdout")
    p.set_defaults(handler=run_extract)

    e = subparsers.add_parser("eval", help="score system records against gold records",
                              description="The GUIDE's scoring, per field (same numbers as shared/tools/score.py).")
    e.add_argument("gold")
    e.add_argument("system")
    e.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    e.add_argument("--diff", action="store_true", help="list every miss")
    e.add_argument("--ids", help="comma-separated article ids to score")
    e.set_defaults(handler=run_eval)


class InputError(Exception):
    """An input that cannot be read at all (reported, then skipped)."""


def _read_text_file(path: str) -> str:
    try:
        data = Path(path).read_bytes() if path != "-" else sys.stdin.buffer.read()
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (byte {e.start}); convert it to UTF-8 first") from None


def _articles_from_jsonl(stream: TextIO, name: str, errors: list[str]) -> Iterator[dict]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{name}:{number}: not valid JSON ({e.msg}); line skipped")
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            errors.append(f"{name}:{number}: expected an object with a string \"text\"; line skipped")
            continue
        yield {
            "id": str(item.get("id", f"{name}:{number}")),
            "text": item["text"],
            **{k: item.get(k) for k in ("url", "title", "published") if isinstance(item.get(k), str)},
        }


def iter_inputs(files: list[str], jsonl: bool, errors: list[str]) -> Iterator[dict]:
    """Articles from the command line's inputs; unreadable ones land in `errors`."""
    sources = files or ["-"]
    for path in sources:
        if jsonl:
            try:
                stream = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="replace")
            except OSError as e:
                errors.append(f"{path}: cannot read: {e.strerror}")
                continue
            with stream if path != "-" else _nullcontext(stream):
                yield from _articles_from_jsonl(stream, "stdin" if path == "-" else path, errors)
            continue
        try:
            text = _read_text_file(path)
        except InputError as e:
            errors.append(str(e))
            continue
        yield {"id": "stdin" if path == "-" else Path(path).stem, "text": text}


class _nullcontext:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False


def guide_view(record: dict) -> dict:
    """Only the GUIDE's fields, as a scorer or annotator reads them."""
    out = {k: record.get(k) for k in GUIDE_FIELDS}
    out["event"] = {k: (record.get("event") or {}).get(k) for k in ("kind", "date", "organizer")}
    out["place"] = {k: (record.get("place") or {}).get(k) for k in ("province", "district")}
    out["officials"] = [{"name": o["name"], "titles": o["titles"]} for o in record.get("officials") or []]
    out["awards"] = [{k: a.get(k) for k in ("code", "recipient", "count", "status", "period")}
                     for a in record.get("awards") or []]
    return out


def run_extract(args) -> int:
    from tdkt.extract.pipeline import extract_article

    errors: list[str] = []
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    count = 0
    try:
        for article in iter_inputs(args.files, args.jsonl, errors):
            text = article.pop("text")
            try:
                record = extract_article(text, **article)
            except Exception as exc:  # a bug must not lose the other articles of the stream
                errors.append(f"{article['id']}: internal error ({type(exc).__name__}: {exc}); "
                              "please report it with the article")
                continue
            for warning in record.get("warnings", []):
                print(f"tdkt extract: {article['id']}: {warning}", file=sys.stderr)
            out.write(json.dumps(guide_view(record) if args.guide_only else record, ensure_ascii=False) + "\n")
            count += 1
    finally:
        if args.output:
            out.close()
    for error in errors:
        print(f"tdkt extract: {error}", file=sys.stderr)
    if not count and not errors:
        print("tdkt extract: no input articles", file=sys.stderr)
        return 1
    return 1 if errors else 0


def run_eval(args) -> int:
    from tdkt.extract.scoring import ScoreInputError, format_table, load_records, score

    try:
        gold, system = load_records(args.gold), load_records(args.system)
    except ScoreInputError as e:
        print(f"tdkt eval: {e}", file=sys.stderr)
        return 2
    ids = args.ids.split(",") if args.ids else None
    unknown = [i for i in ids or [] if i not in gold]
    if unknown:
        print(f"tdkt eval: ids not in the gold file: {', '.join(unknown)}", file=sys.stderr)
        return 2
    results, diff = score(gold, system, ids)
    print(json.dumps(results, ensure_ascii=False) if args.json else format_table(results))
    if args.diff:
        for row in diff:
            print("DIFF", *[json.dumps(x, ensure_ascii=False) for x in row])
    return 0

