"""Time find_dates and find_quantities per article.

Usage: python bench/bench_dates_numbers.py [article.txt ...]
Without arguments it reads the seed articles next to the repository
(../shared/seeds/*.txt). Prints the best-of-7 time per call, per article and
for a 6,000-character slice, which is the size the engine budget assumes.
"""

from __future__ import annotations

import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tdkt.extract.dates import find_dates
from tdkt.extract.numbers import find_quantities

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def best_ms(func, text: str, number: int = 50) -> float:
    """Best-of-7 milliseconds per call: the least disturbed by other processes."""
    return min(timeit.repeat(lambda: func(text), number=number, repeat=7)) / number * 1e3


def main(paths: list[str]) -> int:
    files = [Path(p) for p in paths] or sorted(SEEDS.glob("*.txt"))
    if not files:
        print("no articles given and no seeds found", file=sys.stderr)
        return 1
    texts = [f.read_text(encoding="utf-8") for f in files]
    print(f"{'article':40} {'chars':>6} {'dates ms':>9} {'numbers ms':>11}")
    for path, text in zip(files, texts):
        print(f"{path.name:40} {len(text):6d} {best_ms(find_dates, text):9.3f} {best_ms(find_quantities, text):11.3f}")
    sample = "\n".join(texts)[:6000]
    print(f"{'6,000-character slice':40} {len(sample):6d} {best_ms(find_dates, sample):9.3f} "
          f"{best_ms(find_quantities, sample):11.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
