"""An extraction record checked and turned into the rows the database stores.

Records come from files people edit, merge and hand around, so each field is
checked before anything is written: a record that does not have the shape of
shared/gold/GUIDE.md raises ``BadRecord`` naming the field ("awards[2].count:
expected an integer"), and the loader reports it with its line number.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field

from tdkt.schema.fold import fold

# One encoder for every JSON column: json.dumps(..., ensure_ascii=False) would build a new one per call.
_json = json.JSONEncoder(ensure_ascii=False).encode
AWARD_TEXT = ("code", "recipient", "status", "period", "issuer", "kind", "level")
ROLES = ("total", "part", "item")
SCOPE_TEXT = ("level", "province", "district", "commune", "text", "how")
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Facts one record may hold in each list. tdkt extract keeps at most 500 (extract.pipeline); a record
# beyond this was not made by it and would fill the database (39,482 awards of one text took 115 MB).
MAX_FACTS_PER_RECORD = 5_000
PLACE_TEXT = ("province", "district", "commune", "province_code", "district_code", "commune_code", "era",
              "province_2025", "province_2025_code")


def _spans_json(spans: list) -> str:
    """[[start, end], ...] as JSON, written directly when it is the usual list of integer pairs."""
    if all(type(s) is list and len(s) == 2 and type(s[0]) is int and type(s[1]) is int for s in spans):
        return "[" + ", ".join(f"[{s[0]}, {s[1]}]" for s in spans) + "]"
    return _json(spans)


class BadRecord(ValueError):
    """A record that cannot be loaded; the message names the field."""


@dataclass
class Facts:
    """What one record says, ready to be written (ids and article links are added by the loader)."""
    key: str
    url: str | None
    article: dict
    event: dict | None
    place: dict | None
    officials: list[dict] = field(default_factory=list)
    campaigns: list[dict] = field(default_factory=list)
    awards: list[dict] = field(default_factory=list)


def record_hash(record: dict, raw: bytes | None = None) -> str:
    """Identifies a record's content, so that loading the same record twice writes nothing.

    The line as read is hashed when there is one (cheaper than serialising the record again)."""
    if raw is None:
        raw = json.dumps(record, ensure_ascii=False, default=str).encode()
    return hashlib.sha1(raw).hexdigest()


def record_identity(record: object) -> tuple[str | None, str | None]:
    """(key, url) of a record: its id (a string or an integer), else its URL; None when it has neither."""
    if not isinstance(record, dict):
        return None, None
    url = record["url"] if isinstance(record.get("url"), str) else None
    key = record.get("id")
    key = str(key) if isinstance(key, (str, int)) and not isinstance(key, bool) and str(key) else None
    return key or url, url


def parse_record(record: object) -> Facts:
    if not isinstance(record, dict):
        raise BadRecord(f"expected a JSON object, got {type(record).__name__}")
    _text(record, "url")
    if record.get("id") is not None and (isinstance(record["id"], bool) or not isinstance(record["id"], (str, int))):
        raise BadRecord("id: expected a string")
    key, url = record_identity(record)
    if not key:
        raise BadRecord("the record has neither an id nor a url")
    relevant = record.get("relevant")
    if relevant is not None and not isinstance(relevant, bool):
        raise BadRecord("relevant: expected true, false or null")
    article = _strings(record, ("title", "published", "text", "author", "extractor_version"), "")
    article["relevant"] = None if relevant is None else int(relevant)
    article["relevance"] = _number(record, "relevance", float)
    version = article["extractor_version"]
    place = _place(_object(record, "place"))
    return Facts(
        key=key, url=url, article=article,
        event=_event(_object(record, "event"), place, article["published"], version),
        place=place,
        officials=[_official(o, f"officials[{i}]", version) for i, o in enumerate(_array(record, "officials"))],
        campaigns=_campaigns(record, version),
        awards=[_award(a, f"awards[{i}]", version) for i, a in enumerate(_array(record, "awards"))],
    )


# -- the parts -------------------------------------------------------------------------------
def _event(event: dict | None, place: dict | None, published: str | None, version: str | None) -> dict | None:
    """The article's main event and where it took place; None when the record names neither."""
    event = event or {}
    values = _strings(event, ("kind", "date", "organizer"), "event.")
    if not any(values.values()) and not place:
        return None
    evidence = dict(_object(event, "evidence", "event.") or {})
    if place and place.get("evidence"):
        evidence["place"] = place["evidence"]
    primary = next((evidence[k] for k in ("date", "organizer", "kind", "place") if isinstance(evidence.get(k), dict)),
                   None)
    return {**values, "year": _year(values["date"]) or _year(published),
            "place_era": place.get("era") if place else None, "place_how": place.get("how") if place else None,
            **provenance(primary or {}, "event.evidence.", version),
            "evidence": _json(evidence) if evidence else None}


def _place(place: dict | None) -> dict | None:
    if not place:
        return None
    values = _strings(place, PLACE_TEXT, "place.")
    if not (values["province"] or values["district"] or values["commune"]):
        return None
    evidence = _object(place, "evidence", "place.") or {}
    values["how"] = evidence.get("how") if isinstance(evidence.get("how"), str) else None
    values["evidence"] = evidence or None
    return values


def _official(official: object, path: str, version: str | None) -> dict:
    official = _as_object(official, path)
    prefix = path + "."
    name = _text(official, "name", prefix)
    if not name:
        raise BadRecord(f"{path}.name: expected the official's name")
    titles = _array(official, "titles", prefix)
    if not all(isinstance(t, str) for t in titles):
        raise BadRecord(f"{path}.titles: expected a list of strings")
    mentions = _array(official, "mentions", prefix)
    values = provenance(official, prefix, version)
    values.update(name=name, titles=_json(titles), mentions=_spans_json(mentions) if mentions else None)
    return values


def _campaigns(record: dict, version: str | None) -> list[dict]:
    """Mentions with provenance, plus the names of ``campaigns`` that no mention carries."""
    found = []
    for i, mention in enumerate(_array(record, "campaign_mentions")):
        path = f"campaign_mentions[{i}]"
        mention = _as_object(mention, path)
        name = _text(mention, "name", path + ".")
        if not name:
            raise BadRecord(f"{path}.name: expected the campaign's name")
        found.append({"name": name, "canonical_id": _text(mention, "canonical_id", path + "."),
                      **provenance(mention, path + ".", version)})
    named = {m["name"] for m in found}
    for i, name in enumerate(_array(record, "campaigns")):
        if not isinstance(name, str):
            raise BadRecord(f"campaigns[{i}]: expected a string")
        if name.strip() and name not in named:
            found.append({"name": name, "canonical_id": None, **provenance({}, "", version)})
            named.add(name)
    return found


def _award(award: object, path: str, version: str | None) -> dict:
    award = _as_object(award, path)
    count = award.get("count")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int)):
        raise BadRecord(f"{path}.count: expected an integer, got {count!r}")
    prefix = path + "."
    values = _strings(award, AWARD_TEXT, prefix)
    values["count"] = count
    values.update(_structure(award, count, prefix))
    values.update(_scope(_object(award, "scope", prefix), prefix + "scope."))
    values.update(achievement_year(values["period"]))
    values.update(provenance(award, prefix, version))
    values["named"] = _named(award, prefix)
    return values


def _named(award: dict, prefix: str) -> list[tuple[str, int | None, int | None]]:
    """The recipients the statement names (GUIDE ``named``), each with its span when ``named_spans``
    gives one: (name, start, end)."""
    names = _array(award, "named", prefix)
    spans = _array(award, "named_spans", prefix)
    out = []
    for i, name in enumerate(names):
        if type(name) is not str:
            raise BadRecord(f"{prefix}named[{i}]: expected a string, got {name!r}"[:200])
        span = spans[i] if i < len(spans) else None
        if span is not None and not (type(span) is list and len(span) == 2 and all(type(x) is int for x in span)):
            raise BadRecord(f"{prefix}named_spans[{i}]: expected [start, end] character offsets, got {span!r}"[:200])
        if name.strip():
            out.append((name.strip(), *(span or (None, None))))
    return out


def _structure(award: dict, count: int | None, prefix: str) -> dict:
    """Total, part or item (extract/statements.py); a record without it is read as items counted whole."""
    values = _strings(award, ("role", "qualifier"), prefix)
    values["role"] = values["role"] or "item"
    if values["role"] not in ROLES:
        raise BadRecord(f"{prefix}role: expected one of {', '.join(ROLES)}, got {values['role']!r}")
    values["part_of"] = _number(award, "part_of", int, prefix)
    values["parts_sum"] = _number(award, "parts_sum", int, prefix)
    reconciles = award.get("reconciles")
    if reconciles is not None and not isinstance(reconciles, bool):
        raise BadRecord(f"{prefix}reconciles: expected true, false or null")
    values["reconciles"] = None if reconciles is None else int(reconciles)
    counted = _number(award, "counted", int, prefix)
    values["counted"] = count if counted is None else counted
    return values


def _scope(scope: dict | None, prefix: str) -> dict:
    """The place the count is about (extract/scope.py); None when the record does not say."""
    values = _strings(scope or {}, SCOPE_TEXT, prefix)
    return {f"scope_{k}": v for k, v in values.items()}


def achievement_year(period: str | None) -> dict:
    """The year an award was earned for: the end of its period ("2022-2023" → 2023), and whether the
    period spans several years ("2015-2020"); a school year ("2022-2023") is one year."""
    years = [int(y) for y in _YEARS.findall(period or "")]
    if not years:
        return {"period_end": None, "multi_year": None}
    return {"period_end": max(years), "multi_year": int(max(years) - min(years) > 1)}


def provenance(fact: dict, prefix: str, version: str | None) -> dict:
    """Where a fact comes from: its span and sentence in the article, confidence, extractor version."""
    values = _strings(fact, ("text", "sentence"), prefix)
    values["span_start"], values["span_end"] = _span(fact, "span", prefix)
    values["sentence_start"], values["sentence_end"] = _span(fact, "sentence_span", prefix)
    values["confidence"] = _number(fact, "confidence", float, prefix)
    values["extractor_version"] = version
    return values


# -- names -----------------------------------------------------------------------------------
def name_key(name: str) -> str:
    """One official per person: names compared after NFC, white-space folding and lower-casing."""
    return " ".join(unicodedata.normalize("NFC", name).split()).lower()


def folded_name(name: str) -> str:
    return fold(name_key(name))


def campaign_id(mention: dict) -> str:
    """A national campaign's canonical id, else an id made of the folded name as written."""
    if mention.get("canonical_id"):
        return mention["canonical_id"]
    return "raw:" + "_".join(fold(name_key(mention["name"])).replace("-", " ").split())


# -- checks (a field's path is only spelled out when it is wrong: records are checked by the million) --
def _as_object(value: object, path: str) -> dict:
    if not isinstance(value, dict):
        raise BadRecord(f"{path}: expected an object")
    return value


def _object(parent: dict, key: str, prefix: str = "") -> dict | None:
    value = parent.get(key)
    if value is None or isinstance(value, dict):
        return value
    raise BadRecord(f"{prefix}{key}: expected an object")


def _array(parent: dict, key: str, prefix: str = "") -> list:
    value = parent.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise BadRecord(f"{prefix}{key}: expected a list")
    if len(value) > MAX_FACTS_PER_RECORD:
        raise BadRecord(f"{prefix}{key}: {len(value):,} entries, more than the {MAX_FACTS_PER_RECORD:,} one article "
                        "may have (tdkt extract keeps at most 500)")
    return value


def _strings(parent: dict, keys: tuple[str, ...], prefix: str) -> dict:
    """Several optional string fields at once (one call per fact rather than one per field)."""
    out = {}
    for key in keys:
        value = parent.get(key)
        if value is not None and type(value) is not str:
            raise BadRecord(f"{prefix}{key}: expected a string, got {value!r}"[:200])
        out[key] = value
    return out


def _text(parent: dict, key: str, prefix: str = "") -> str | None:
    value = parent.get(key)
    if value is None or type(value) is str:
        return value
    raise BadRecord(f"{prefix}{key}: expected a string, got {value!r}"[:200])


def _number(parent: dict, key: str, kind, prefix: str = ""):
    value = parent.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise BadRecord(f"{prefix}{key}: expected a number, got {value!r}"[:200])
    return kind(value)


def _span(parent: dict, key: str, prefix: str) -> tuple[int | None, int | None]:
    value = parent.get(key)
    if value is None:
        return None, None
    if type(value) is list and len(value) == 2 and type(value[0]) is int and type(value[1]) is int:
        return value[0], value[1]
    raise BadRecord(f"{prefix}{key}: expected [start, end] character offsets, got {value!r}"[:200])


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None
