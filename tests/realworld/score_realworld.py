#!/usr/bin/env python3
"""Score the engine on the real-text set (tests/realworld), by split.

`dev` is the part rules were tuned on; `heldout` was kept aside and unseen
while tuning, then opened to diagnose general faults; `fresh`, `dev2` to
`dev55` and `fresh2` were collected later by annotators who never saw the
engine, scored unseen, then opened, as were `fresh3` to `fresh7` later;
`fresh8` to `fresh13` were collected the same way and never opened, so their
figures are the honest ones (README "On real text"). The parts are those sources.jsonl names; several are scored
together when joined by commas. Needs the git-ignored cache of the chosen
parts' texts (see check_cache.py): a part whose texts are missing or differ is
never scored.

    python tests/realworld/score_realworld.py [--split PART[,PART...]|all] [--diff] [--json] [-o records.jsonl]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tdkt.extract import extract_article
from tdkt.extract.scoring import format_table, score

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from check_cache import CACHE, cache_problems, read_sources  # noqa: E402

GOLD = HERE / "gold.jsonl"


def read_gold(path: Path = GOLD) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    return {r["id"]: r for r in records}


def sources_of(split: str, sources: list[dict] | None = None) -> list[dict]:
    """The excerpts of one part, of several joined by commas, or of every part ("all")."""
    parts = set(split.split(","))
    return [s for s in sources or read_sources() if split == "all" or s["split"] in parts]


def extract_split(split: str | list[dict], cache: Path = CACHE) -> tuple[dict[str, dict], list[str]]:
    """The engine's records for a split (see ``sources_of``), or for the sources given, and their ids."""
    sources = sources_of(split) if isinstance(split, str) else split
    records = {}
    for source in sources:
        text = (cache / f"{source['id']}.txt").read_text(encoding="utf-8")
        records[source["id"]] = extract_article(text, id=source["id"], url=source["url"])
    return records, [s["id"] for s in sources]


def _part_order(part: str) -> tuple[str, int]:
    """"dev2" before "dev10": a part's name, then its number."""
    name = part.rstrip("0123456789")
    return name, int(part[len(name):] or 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sources = read_sources()
    parts = sorted({s["split"] for s in sources}, key=_part_order)
    parser.add_argument("--split", default="dev", help=f"one of {', '.join(parts)}, several joined by commas, or all")
    parser.add_argument("--diff", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument("--cache", type=Path, default=CACHE, help="folder of the cached texts")
    parser.add_argument("-o", "--output", type=Path, help="also write the records here (JSON Lines)")
    parser.add_argument("--available", action="store_true",
                        help="score the excerpts whose cached text is present and right, saying how many are left out")
    args = parser.parse_args(argv)
    unknown = set(args.split.split(",")) - {*parts, "all"}
    if unknown:
        parser.error(f"no such part: {', '.join(sorted(unknown))} (the parts: {', '.join(parts)}, or all)")
    chosen = sources_of(args.split, sources)
    problems = cache_problems(chosen, args.cache)
    if problems and not args.available:
        print(f"the cache is incomplete ({len(problems)} problems); run check_cache.py, "
              "or score what is there with --available", file=sys.stderr)
        return 1
    if problems:
        left_out = {line.split(":", 1)[0] for line in problems}
        chosen = [s for s in chosen if s["id"] not in left_out]
        print(f"left out: {len(left_out)} of {len(chosen) + len(left_out)} excerpts (no right cached text)",
              file=sys.stderr)
    records, ids = extract_split(chosen, args.cache)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            for record in records.values():
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
    result, diff = score(read_gold(), records, ids)
    print(json.dumps(result, ensure_ascii=False) if args.json else f"split: {args.split}\n{format_table(result)}")
    if args.diff:
        for row in diff:
            print("DIFF", *[json.dumps(x, ensure_ascii=False) for x in row])
    return 0


if __name__ == "__main__":
    sys.exit(main())
