"""A record reduced to the GUIDE's fields (shared/gold/GUIDE.md), as a scorer or an annotator reads it.

The engine's records also carry provenance, confidence and metadata; gold
records and the reference scorer know only these fields.
"""
from __future__ import annotations

GUIDE_FIELDS = ("id", "relevant", "event", "place", "officials", "campaigns", "awards", "author")


def guide_view(record: dict) -> dict:
    """Only the GUIDE's fields of ``record``."""
    out = {k: record.get(k) for k in GUIDE_FIELDS}
    out["event"] = {k: (record.get("event") or {}).get(k) for k in ("kind", "date", "organizer")}
    out["place"] = {k: (record.get("place") or {}).get(k) for k in ("province", "district")}
    out["officials"] = [{"name": o["name"], "titles": o["titles"]} for o in record.get("officials") or []]
    out["awards"] = [{k: a.get(k) for k in ("code", "recipient", "count", "status", "period")}
                     for a in record.get("awards") or []]
    return out
