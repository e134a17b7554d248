#!/usr/bin/env python3
"""Score the engine on the real-text set (tests/realworld), by split.

`dev` is the part rules were tuned on; `heldout` was kept aside and unseen
while tuning, then opened to diagnose general faults; `fresh`, `dev2` to
`dev55` and `fresh2` were collected later by annotators who never saw the
engine, scored unseen, then opened; `fresh3` to `fresh13` were collected the
same way and never opened, so their figures are the honest ones (README "On
real text"). The parts are those sources.jsonl names. Needs the git-ignored
cache of texts (see check_cache.py).

    python tests/realworld/score_realworld.py [--split PART|all] [--diff] [--json] [-o records.jsonl]
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


def extract_split(split: str, cache: Path = CACHE) -> tuple[dict[str, dict], list[str]]:
    """The engine's records for one split ("all" for every excerpt) and their ids."""
    sources = [s for s in read_sources() if split == "all" or s["split"] == split]
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
    parser.add_argument("--split", choices=(*parts, "all"), default="dev")
    parser.add_argument("--diff", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument("--cache", type=Path, default=CACHE, help="folder of the cached texts")
    parser.add_argument("-o", "--output", type=Path, help="also write the records here (JSON Lines)")
    args = parser.parse_args(argv)
    problems = cache_problems(sources, args.cache)
    if problems:
        print(f"the cache is incomplete ({len(problems)} problems); run check_cache.py", file=sys.stderr)
        return 1
    records, ids = extract_split(args.split, args.cache)
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
