"""Extraction on 1 and N workers: wall time and speed-up of whole `tdkt extract` runs.

    .venv/bin/python bench/parallel_bench.py [--articles 2000] [--workers 1 2] [--repeat 3] [--real]

Writes a corpus of realistic-length articles (bench/extract_bench.py's: the
seed articles and development corpora, varied; with --real, 4 KB articles
glued from the real-text excerpts, whose git-ignored cache must be present)
to a JSON Lines file, then times `tdkt extract --jsonl FILE --workers N`
as a whole process (start-up and worker start-up included), the
configurations taking turns (1, 2, 1, 2, ...) so that a machine whose speed
drifts slows them alike. Prints the median wall time of each, its articles/s,
the CPU time it used (parent and workers) and the speed-up over one worker.
Then the steady state, start-up excluded: the same articles through
`tdkt.parallel.extract_records` in this process, timed from the 100th record
to the last (median of the same number of runs).

On a machine shared with other work, a second worker only helps when a
second core is free: run it when the machine is quiet (see `uptime`).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from extract_bench import corpus, real_corpus  # noqa: E402


def write_corpus(path: Path, count: int, real: bool) -> float:
    """The articles as `tdkt extract --jsonl` reads them; returns their mean length in characters."""
    texts = real_corpus(count) if real else corpus(count)
    with open(path, "w", encoding="utf-8") as handle:
        for number, text in enumerate(texts):
            handle.write(json.dumps({"id": f"bench-{number}", "text": text}, ensure_ascii=False) + "\n")
    return sum(map(len, texts)) / len(texts)


def timed_run(articles: Path, workers: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its workers) of one `tdkt extract` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tdkt", "extract", "--jsonl", str(articles), "--workers", str(workers),
                    "-o", os.devnull], check=True, cwd=REPO)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


STEADY_FROM = 100  # records before the clock starts: the workers have started and are busy


def steady_rate(articles: Path, workers: int) -> float:
    """Articles per second from the ``STEADY_FROM``-th record to the last (engine and workers started)."""
    from tdkt.parallel import extract_records, load_engine

    load_engine()
    with open(articles, encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle]
    clock = None
    for number, _ in enumerate(extract_records(items, workers), 1):
        if number == STEADY_FROM:
            clock = time.perf_counter()
    return (len(items) - STEADY_FROM) / (time.perf_counter() - clock)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=3, help="runs of each configuration (the median is printed)")
    ap.add_argument("--real", action="store_true", help="4 KB articles glued from the real-text excerpts")
    args = ap.parse_args()

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as directory:
        articles = Path(directory) / "articles.jsonl"
        mean_chars = write_corpus(articles, args.articles, args.real)
        runs: dict[int, list[tuple[float, float]]] = {n: [] for n in args.workers}
        steady: dict[int, list[float]] = {n: [] for n in args.workers}
        for _ in range(args.repeat):
            for workers in args.workers:
                runs[workers].append(timed_run(articles, workers))
        for _ in range(args.repeat):
            for workers in args.workers:
                steady[workers].append(steady_rate(articles, workers))

    print(f"articles: {args.articles} (mean {mean_chars:,.0f} characters); cores usable: "
          f"{len(os.sched_getaffinity(0))}; load average at start: {load_before:.1f}, at end: {os.getloadavg()[0]:.1f}")
    base = statistics.median(wall for wall, _ in runs[args.workers[0]])
    for workers in args.workers:
        wall = statistics.median(w for w, _ in runs[workers])
        cpu = statistics.median(c for _, c in runs[workers])
        spread = ", ".join(f"{w:.1f}" for w, _ in runs[workers])
        print(f"{workers} worker(s): {wall:6.1f} s wall (runs: {spread}), {args.articles / wall:6.1f} articles/s, "
              f"{cpu:6.1f} CPU-s; speed-up over {args.workers[0]}: {base / wall:.2f}x")
    base = statistics.median(steady[args.workers[0]])
    for workers in args.workers:
        rate = statistics.median(steady[workers])
        spread = ", ".join(f"{r:.0f}" for r in steady[workers])
        print(f"{workers} worker(s), steady state: {rate:6.1f} articles/s (runs: {spread}); "
              f"speed-up over {args.workers[0]}: {rate / base:.2f}x")


if __name__ == "__main__":
    main()
