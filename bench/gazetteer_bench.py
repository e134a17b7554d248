"""Speed of place finding on article-length text.

    .venv/bin/python bench/gazetteer_bench.py [--chars 6000] [--repeat 15]

Times `find_places` (and `disambiguate`) on the seed articles cut to --chars
characters, and on a dense synthetic text full of place names, people's names
and type words. Prints the best per-call time of --repeat rounds (the least
disturbed by other processes) and the one-off loading time of the gazetteer.
"""
from __future__ import annotations

import argparse
import sys
import time
import timeit
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tdkt.extract.normalize import normalize_text  # noqa: E402

SEEDS = Path("/work/shared/seeds")
DENSE = (
    "Sáng 12/3, tại huyện Kim Bôi, tỉnh Hòa Bình, đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, "
    "dự hội nghị của Khối thi đua các huyện Mường Khương, Si Ma Cai và Bắc Hà; xã Trấn Yên, phường 3, "
    "Quận 10, TP.HCM, thị xã Kỳ Anh và huyện Châu Thành cùng ký giao ước. Bà Lê Thị Huế, Giám đốc Sở "
    "Nội vụ Đắk Nông, trao Bằng khen cho 12 tập thể của thành phố Lào Cai và Cần Thơ. "
)


def best_ms(fn, repeat: int, number: int = 20) -> float:
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=6000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    started = time.perf_counter()
    from tdkt.extract.gazetteer import disambiguate, find_places
    find_places("Khởi động: tỉnh Lai Châu")
    print(f"load: {(time.perf_counter() - started) * 1000:.0f} ms (once per process)")

    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    texts["dense synthetic"] = DENSE * (args.chars // len(DENSE) + 1)
    for label, raw in texts.items():
        text = normalize_text(raw)[: args.chars]
        mentions = find_places(text)
        find_ms = best_ms(lambda: find_places(text), args.repeat)
        resolve_ms = best_ms(lambda: disambiguate(mentions), args.repeat)
        print(f"{label:28s} {len(text):6d} chars {len(mentions):4d} mentions "
              f"find {find_ms:.3f} ms  disambiguate {resolve_ms:.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
