"""Where the rule files live and how they are read.

Rules are data (CSV, JSON, plain word lists) so that a domain expert can
extend them without touching code. Each loader caches its result: the files
are read once per process, never per article.
"""
from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path

from tdkt.extract.normalize import fold_case, normalize_text
from tdkt.paths import DATA_DIR

RULES_DIR = DATA_DIR / "rules"


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = []
    for number, row in enumerate(csv.DictReader(lines), 2):
        if None in row:
            raise ValueError(f"{path}: row {number} has more fields than the header: {row[None]!r}")
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows


@lru_cache(maxsize=None)
def csv_rules(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV rule file in data/rules (lines starting with # are comments)."""
    return tuple(_rows(RULES_DIR / name))


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """A one-entry-per-line list in data/rules, normalised, comments dropped."""
    with open(RULES_DIR / name, encoding="utf-8") as f:
        entries = [normalize_text(line.strip()) for line in f]
    return tuple(e for e in entries if e and not e.startswith("#"))


@lru_cache(maxsize=None)
def json_rules(name: str) -> dict:
    with open(RULES_DIR / name, encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=None)
def taxonomy() -> dict[str, dict[str, str]]:
    """The award taxonomy (data/taxonomy.csv) keyed by code."""
    return {row["code"]: row for row in _rows(DATA_DIR / "taxonomy.csv")}


def phrase_pattern(phrase: str) -> str:
    """Turn a lower-case rule phrase into a regex fragment: a space matches any white space."""
    return normalize_text(fold_case(phrase)).replace(" ", r"\s+")


def alternation(phrases: list[str] | tuple[str, ...], escape: bool = True) -> str:
    """One regex alternative per phrase, longest first (so the longest wins)."""
    items = sorted({fold_case(p) for p in phrases}, key=len, reverse=True)
    return "|".join((re.escape(p) if escape else p).replace(r"\ ", " ").replace(" ", r"\s+") for p in items)
