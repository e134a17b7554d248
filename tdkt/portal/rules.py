"""Read the portal rule files in ``data/portal/`` (JSON, read once per process)."""
from __future__ import annotations

import json
from functools import cache

from tdkt.paths import DATA_DIR

PORTAL_DIR = DATA_DIR / "portal"


@cache
def portal_rules(name: str) -> dict:
    """The parsed ``data/portal/<name>.json``: rules are data an editor extends without code."""
    with open(PORTAL_DIR / f"{name}.json", encoding="utf-8") as handle:
        return json.load(handle)
