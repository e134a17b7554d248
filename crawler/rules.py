"""Load the crawler's rule files from ``data/crawler/``.

Word lists and patterns (tracking parameters, date labels and metadata
names) live in JSON so that adapting the crawler to a new portal means
editing data, not code. What the engine shares (page furniture, URL dates)
is in ``data/portal/`` (tdkt.portal).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from tdkt.paths import DATA_DIR

RULES_DIR = DATA_DIR / "crawler"


@lru_cache(maxsize=None)
def load_rules(name: str) -> dict:
    """Return the parsed ``data/crawler/<name>.json`` (cached: rules are read once per process)."""
    path = RULES_DIR / f"{name}.json"
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def name_matcher(names: list[str]):
    """Build a predicate for names given as exact words or ``prefix*`` / ``*suffix`` patterns."""
    exact = {n.lower() for n in names if "*" not in n}
    patterns = [re.compile("^" + re.escape(n.lower()).replace(r"\*", ".*") + "$") for n in names if "*" in n]

    def matches(name: str) -> bool:
        low = name.lower()
        return low in exact or any(p.match(low) for p in patterns)

    return matches
