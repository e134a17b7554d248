#!/usr/bin/env python3
"""Check the git-ignored cache of real page texts against tests/realworld/sources.jsonl.

The texts are third-party, so the repository keeps only each excerpt's URL,
the query that finds it in the stored page corpus, its sha256 and its length;
the texts live in tests/realworld/cache/<id>.txt. This script says which are
missing or differ (exit status 1 when any is), so a score is never computed
on a silently different set.

    python tests/realworld/check_cache.py [--cache DIR]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources.jsonl"
CACHE = HERE / "cache"


def read_sources(path: Path = SOURCES) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def cache_problems(sources: list[dict], cache: Path = CACHE) -> list[str]:
    """One line per excerpt whose cached text is missing or not the one recorded."""
    problems = []
    for source in sources:
        path = cache / f"{source['id']}.txt"
        if not path.is_file():
            problems.append(f"{source['id']}: missing ({source['url']})")
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != source["sha256"]:
            problems.append(f"{source['id']}: sha256 differs from the recorded one")
        elif len(data.decode("utf-8")) != source["length"]:
            problems.append(f"{source['id']}: length differs from the recorded one")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args(argv)
    sources = read_sources()
    problems = cache_problems(sources, args.cache)
    for line in problems:
        print(line)
    print(f"{len(sources) - len(problems)} of {len(sources)} cached texts match their hashes")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
