"""The engine's records of every test article, to show a speed change kept them byte-identical.

    .venv/bin/python bench/record_identity.py -o after.jsonl [--against before.jsonl]

Extracts the real-text excerpts (tests/realworld, when their git-ignored cache
is present), the generated corpora (tests/corpus), the seed articles
(../shared/seeds) and a sample of both benches' articles (the varied corpus and
the 4 KB real-text articles), and writes one JSON line per record, without
``extractor_version`` (it changes with every rule edit). Run it on the code
before a change and after it; with ``--against`` it names the records that
differ and exits 1, so "records identical" is a checked claim, not a hope.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from extract_bench import REAL_ARTICLE_CHARS, REAL_CACHE, base_texts, corpus  # noqa: E402  (puts REPO on sys.path)


def articles(bench_sample: int) -> list[tuple[str, str, str | None]]:
    """(id, text, url) of every article whose record is compared."""
    out = []
    sources = REPO / "tests" / "realworld" / "sources.jsonl"
    if REAL_CACHE.is_dir():
        with open(sources, encoding="utf-8") as f:
            for source in map(json.loads, filter(str.strip, f)):
                path = REAL_CACHE / f"{source['id']}.txt"
                if path.is_file():
                    out.append((source["id"], path.read_text(encoding="utf-8"), source["url"]))
        # the bench's 4 KB articles, glued from these excerpts only (the cache may hold newer ones)
        excerpts = [text for _, text, _ in out]
        rng = random.Random(7)
        for i in range(bench_sample):
            parts = []
            while sum(map(len, parts)) < REAL_ARTICLE_CHARS:
                parts.append(rng.choice(excerpts))
            out.append((f"bench-real-{i}", "\n\n".join(parts), None))
    else:
        print(f"record_identity: no real-text cache in {REAL_CACHE}; comparing without it", file=sys.stderr)
    out += [(f"base-{i}", text, None) for i, text in enumerate(base_texts())]
    out += [(f"bench-{i}", text, None) for i, text in enumerate(corpus(bench_sample))]
    return out


def record_lines(bench_sample: int) -> list[str]:
    from tdkt.extract import extract_article
    lines = []
    for id, text, url in articles(bench_sample):
        record = extract_article(text, id=id, url=url)
        record.pop("extractor_version", None)
        lines.append(json.dumps(record, ensure_ascii=False))
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", type=Path, required=True, help="write the records here (JSON Lines)")
    ap.add_argument("--against", type=Path, help="records of the code before the change, to compare with")
    ap.add_argument("--bench-sample", type=int, default=300, help="articles of each bench corpus (default 300)")
    args = ap.parse_args()
    lines = record_lines(args.bench_sample)
    args.output.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} records written to {args.output}")
    if not args.against:
        return 0
    before = args.against.read_text(encoding="utf-8").splitlines()
    if len(before) != len(lines):
        print(f"DIFFERENT: {len(before)} records before, {len(lines)} now")
        return 1
    changed = [json.loads(new)["id"] for old, new in zip(before, lines) if old != new]
    if changed:
        print(f"DIFFERENT: {len(changed)} of {len(lines)} records, e.g. {', '.join(changed[:10])}")
        return 1
    print(f"identical: all {len(lines)} records, byte for byte")
    return 0


if __name__ == "__main__":
    sys.exit(main())
