"""Extraction throughput and memory, beside the naive route.

    .venv/bin/python bench/extract_bench.py [--articles 1000] [--naive 40] [--real]

Builds a corpus of realistic-length articles (the seed articles and the
development corpora, varied: names, numbers, places and paragraphs shuffled),
extracts all of them on one core after start-up, and prints articles/s (of
wall clock and of CPU time: on a loaded machine only the second is stable) and
peak memory. With --real, the articles are about 4 KB each, glued from the
real excerpts of tests/realworld (their git-ignored cache must be present):
real text has far more capitalised runs, names and numbers than written
examples. The naive route (underthesea's `ner` on every sentence) is timed
on a sample of the same corpus in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

PROVINCES = ["Lào Cai", "Hòa Bình", "Đắk Nông", "Kiên Giang", "Bắc Kạn", "Nghệ An", "Quảng Nam", "Cà Mau"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]


def base_texts() -> list[str]:
    texts = []
    seeds = REPO.parent / "shared" / "seeds"
    if seeds.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    for path in sorted((REPO / "tests" / "corpus").glob("*/articles.jsonl")):
        with open(path, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    if not texts:
        sys.exit("bench: no base articles (shared/seeds or tests/corpus/*/articles.jsonl)")
    return texts


def vary(text: str, rng: random.Random) -> str:
    """A new article of the same shape: paragraphs shuffled, names and numbers changed."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    head, body = paragraphs[:2], paragraphs[2:]
    rng.shuffle(body)
    out = "\n".join(head + body)
    for old in PROVINCES:
        out = out.replace(old, rng.choice(PROVINCES))
    for old in SURNAMES:
        out = out.replace(old + " ", rng.choice(SURNAMES) + " ")
    digits = str.maketrans("0123456789", "".join(rng.sample("0123456789", 10)))
    return out.translate(digits) if rng.random() < 0.5 else out


def related_news(texts: list[str], rng: random.Random) -> str:
    """A portal's related-news tail: other articles' headlines and leads."""
    items = []
    for text in rng.sample(texts, k=min(len(texts), rng.randint(3, 6))):
        lines = [line for line in text.split("\n") if line.strip()]
        items += [lines[0], lines[0], lines[min(1, len(lines) - 1)]]
    return "\n\nTin cùng chuyên mục\n\n" + "\n\n".join(items)


def corpus(n: int, seed: int = 7) -> list[str]:
    """Articles as a crawler hands them over: body, byline, often a related-news tail."""
    rng = random.Random(seed)
    texts = base_texts()
    out = []
    for _ in range(n):
        article = vary(rng.choice(texts), rng)
        if rng.random() < 0.6:
            article += related_news(texts, rng)
        out.append(article)
    return out


REAL_CACHE = REPO / "tests" / "realworld" / "cache"
REAL_ARTICLE_CHARS = 4000


def real_corpus(n: int, seed: int = 7) -> list[str]:
    """Articles of about 4 KB glued from the real-text excerpts, in a seeded random order."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(REAL_CACHE.glob("rw_*.txt"))]
    if not texts:
        sys.exit(f"bench: --real needs the real-text cache in {REAL_CACHE} (tests/realworld/check_cache.py)")
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        while sum(map(len, parts)) < REAL_ARTICLE_CHARS:
            parts.append(rng.choice(texts))
        out.append("\n\n".join(parts))
    return out


def bench_engine(articles: list[str]) -> tuple[float, float]:
    """(articles per second of wall clock, articles per CPU-second); the second holds under other load."""
    from tdkt.extract import extract_article
    from tdkt.extract.tagger import pos_tag
    extract_article(articles[0], id="warm-up")  # start-up: imports, rule files
    # the officials stage loads underthesea's tagger model on its first unlisted family name
    # (about 0.3 CPU-seconds, once per process): start-up too, so it is loaded here
    pos_tag("Ông Khởi Động phát biểu.")
    start, cpu = time.perf_counter(), time.process_time()
    for i, text in enumerate(articles):
        extract_article(text, id=str(i))
    return len(articles) / (time.perf_counter() - start), len(articles) / (time.process_time() - cpu)


def bench_naive(articles: list[str]) -> float:
    from underthesea import ner, sent_tokenize
    ner("Khởi động.")
    start = time.perf_counter()
    for text in articles:
        for sentence in sent_tokenize(text):
            ner(sentence)
    return len(articles) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--naive", type=int, default=40, help="articles for the naive route (it is slow; 0 skips it)")
    ap.add_argument("--real", action="store_true", help="4 KB articles glued from the real-text excerpts")
    args = ap.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    articles = real_corpus(args.articles) if args.real else corpus(args.articles)
    mean_chars = sum(map(len, articles)) / len(articles)
    rate, per_cpu = bench_engine(articles)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    target = 200 if args.real else 100
    print(f"articles: {len(articles)} (mean {mean_chars:,.0f} characters)")
    print(f"tdkt extract: {rate:,.1f} articles/s on one core, {per_cpu:,.1f} per CPU-second (target >= {target}; "
          "on a loaded machine the CPU-second figure is the one to read)")
    print(f"peak memory:  {peak_mb:,.0f} MB (target < 600)")
    if args.naive > 0:
        naive = bench_naive(articles[:args.naive])
        print(f"naive route (underthesea ner on every sentence): {naive:,.1f} articles/s "
              f"(tdkt is {rate / naive:,.0f}x faster)")


if __name__ == "__main__":
    main()
