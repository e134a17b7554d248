"""Where the rule files live and how they are read.

Rules are data (CSV, JSON, plain word lists) so that a domain expert can
extend them without touching code. Each loader caches its result: the files
are read once per process, never per article.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

from tdkt.extract.normalize import fold_case, normalize_text
from tdkt.paths import DATA_DIR

RULES_DIR = DATA_DIR / "rules"
LEXICON_DIR = DATA_DIR / "lexicons"
LEXICON_REFERENCE = re.compile(r"\{lex:(\w+)\}")


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


# What the engine reads: every file here changes the facts it produces.
ENGINE_DATA = ("rules", "lexicons", "gazetteer", "taxonomy.csv", "sources.csv")
_DATA_SUFFIXES = {".csv", ".json", ".txt"}


def engine_data_files(data_dir: Path | None = None) -> list[Path]:
    """The rule, lexicon, taxonomy, gazetteer and source files, in a stable order."""
    data_dir = data_dir or DATA_DIR
    files = []
    for name in ENGINE_DATA:
        path = data_dir / name
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        files += [f for f in candidates if f.is_file() and f.suffix in _DATA_SUFFIXES]
    return files


def rules_fingerprint(data_dir: Path | None = None) -> str:
    """A short hash of the content of every data file the engine reads.

    Editing a rule changes the facts, so it must change the version a fact's
    provenance names (and make `tdkt run` re-extract what the old rules made).
    """
    data_dir = data_dir or DATA_DIR
    digest = hashlib.sha256()
    for path in engine_data_files(data_dir):
        digest.update(path.relative_to(data_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:10]


@lru_cache(maxsize=None)
def extractor_version(package_version: str) -> str:
    """The package version plus the rules' fingerprint, PEP 440 style: "0.1.0+rules.3f2a9c01de"."""
    return f"{package_version}+rules.{rules_fingerprint()}"


def data_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file of data/ (lines starting with # are comments), values stripped."""
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
    return tuple(data_rows(RULES_DIR / name))


@lru_cache(maxsize=None)
def lexicon(name: str) -> tuple[str, ...]:
    """A word list of data/lexicons (one entry a line, normalised, # comments dropped).

    Each list is defined once; rule patterns name it (``{lex:org_heads}``)
    instead of repeating its words.
    """
    path = LEXICON_DIR / f"{name}.txt"
    if not path.is_file():
        raise KeyError(f"no lexicon {name!r} (expected {path})")
    with open(path, encoding="utf-8") as f:
        entries = [normalize_text(line.strip()) for line in f]
    return tuple(dict.fromkeys(e for e in entries if e and not e.startswith("#")))


def lexicon_pattern(name: str) -> str:
    """A lexicon as one non-capturing regex group, longest entry first."""
    return f"(?:{alternation(lexicon(name))})"


def expand_lexicons(value):
    """Replace every ``{lex:NAME}`` in a rule pattern (or in the strings of a JSON structure)."""
    if isinstance(value, str):
        return LEXICON_REFERENCE.sub(lambda m: lexicon_pattern(m.group(1)), value)
    if isinstance(value, list):
        return [expand_lexicons(v) for v in value]
    if isinstance(value, dict):
        return {k: expand_lexicons(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=None)
def json_rules(name: str) -> dict:
    """A JSON rule file of data/rules, with its lexicon references expanded."""
    with open(RULES_DIR / name, encoding="utf-8") as f:
        return expand_lexicons(json.load(f))


@lru_cache(maxsize=None)
def taxonomy() -> dict[str, dict[str, str]]:
    """The award taxonomy (data/taxonomy.csv) keyed by code."""
    return {row["code"]: row for row in data_rows(DATA_DIR / "taxonomy.csv")}


def phrase_pattern(phrase: str) -> str:
    """Turn a lower-case rule phrase into a regex fragment: a space matches any white space."""
    return normalize_text(fold_case(phrase)).replace(" ", r"\s+")


def alternation(phrases: list[str] | tuple[str, ...], escape: bool = True) -> str:
    """One regex alternative per phrase, longest first (so the longest wins)."""
    items = sorted({fold_case(p) for p in phrases}, key=len, reverse=True)
    return "|".join((re.escape(p) if escape else p).replace(r"\ ", " ").replace(" ", r"\s+") for p in items)
