"""Stage: the place each award count is about (its scope), apart from where the event was held.

A province's five-year figures are often read out at a congress held in the
provincial capital ("toàn tỉnh có 89.300 lượt ... được khen thưởng" at a
meeting in TP Hạ Long); a bloc of nine districts meets in one of them; a
district review names what one of its communes achieved. Filing such counts
under the venue makes the venue's district look many times larger than it
is. So each entry gets a ``scope``:

    {"level": "province" | "district" | "commune" | "bloc" | "sector" | "national",
     "province": ..., "district": ..., "commune": ..., "text": the words that say so,
     "how": "phrase" | "named" | "organizer" | "venue"}

read, in order, from a scope phrase written before the count in its sentence
("toàn tỉnh", "toàn huyện", "Khối thi đua", "toàn ngành"), a place written as
the count's subject ("xã Tân Lập có ..."), the organising unit ("UBND tỉnh
Quảng Ninh" counts the province), and last the event's place. The words are
in ``scope.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tdkt.extract.document import Document
from tdkt.extract.gazetteer import disambiguate, find_places
from tdkt.extract.gazetteer_data import find_province
from tdkt.extract.matcher import finditer, may_contain
from tdkt.extract.resources import json_rules
from tdkt.extract.statements import norm_offset

PROVINCE_LEVEL_CITY = "thành phố"  # the type of a centrally-run city in the gazetteer (Hà Nội, Cần Thơ, ...)


@lru_cache(maxsize=1)
def _rules() -> dict:
    rules = json_rules("scope.json")
    # `_written_scope` skips a phrase whose needed words are not in the window (most are not,
    # and str.find tells so at once: `may_contain`)
    return {"phrases": [(re.compile(p), level) for p, level in rules["phrases"]],
            "named": re.compile(rules["named"]),
            "organizer": [(re.compile(p), level) for p, level in rules["organizer"]]}


def award_scopes(doc: Document, awards: list[dict], organizer: str | None, place: dict) -> list[dict]:
    """Write ``scope`` onto every award entry (in place); returns the scopes in the entries' order."""
    default = organizer_scope(organizer, place) or venue_scope(place)
    for award in awards:
        award["scope"] = _written_scope(doc, award, place) or dict(default)
    _parts_share_their_total(awards)
    return [a["scope"] for a in awards]


def _parts_share_their_total(awards: list[dict]) -> None:
    """A breakdown is about the same place as its total."""
    for award in awards:
        total = award.get("part_of")
        if isinstance(total, int) and 0 <= total < len(awards):
            award["scope"] = dict(awards[total]["scope"])


def venue_scope(place: dict) -> dict:
    level = "commune" if place.get("commune") else "district" if place.get("district") else "province"
    return _scope(level, place, "", "venue")


def organizer_scope(organizer: str | None, place: dict) -> dict | None:
    """The unit that organised the event, as a scope ("UBND tỉnh Quảng Ninh" → the province)."""
    if not organizer:
        return None
    lower = organizer.lower()
    for pattern, level in _rules()["organizer"]:
        if pattern.search(lower):
            return _resolve(level, organizer, place, "organizer")
    return None


def _written_scope(doc: Document, award: dict, place: dict) -> dict | None:
    """The nearest scope phrase or named subject before the count, in its sentence."""
    span, sentence = award.get("span"), award.get("sentence_span")
    if not span or not sentence:
        return None
    start, end = norm_offset(doc, sentence[0]), norm_offset(doc, span[1])
    found = []  # (where the words start, where they end, level or None for a named place)
    lower = doc.lower
    for pattern, level in _rules()["phrases"]:
        if may_contain(pattern, lower, start, end):
            found += [(m.start(), m.end(), level) for m in pattern.finditer(lower, start, end)]
    for m in finditer(_rules()["named"], doc.lower, start, end):
        group = 1 if m.group(1) else 2
        found.append((m.start(group), m.end(group), None))
    for s, e, level in sorted(found, reverse=True):  # the nearest first; a "named" place must be one
        scope = _named(doc.text[s:e], place) if level is None else _resolve(level, doc.text[s:e], place, "phrase")
        if scope:
            return scope
    return None


@lru_cache(maxsize=1024)
def _places(text: str) -> tuple:
    """The places named in a scope's words, settled; cached: the same words ("toàn tỉnh",
    "trên địa bàn huyện") come back in every award of an article."""
    return tuple(disambiguate(find_places(text)))


def _named(text: str, place: dict) -> dict | None:
    mentions = _places(text)
    if not mentions:
        return None
    m = mentions[0]
    scope = _scope(m.level, place, text, "named")
    if m.level == "commune":
        scope["commune"] = m.name
    elif m.level == "district":
        scope["district"] = m.name
        scope["province"] = m.province or place.get("province")
    else:
        scope["province"] = m.province or m.name
    return scope


def _resolve(level: str, text: str, place: dict, how: str) -> dict:
    """A level word made into a place: the unit of that level the event belongs to, or the one named."""
    if level == "city":
        level = "province" if _is_province_level_city(text, place) else "district"
    scope = _scope(level, place, text, how)
    named = [m for m in _places(text) if m.level == level]
    if named and level == "district":
        scope["district"] = named[0].name
        scope["province"] = named[0].province or place.get("province")
    elif named and level == "province":
        scope["province"] = named[0].province or named[0].name
    elif named and level == "commune":
        scope["commune"] = named[0].name
    return scope


def _is_province_level_city(text: str, place: dict) -> bool:
    """"thành phố" names the province when the province is a centrally-run city and no district city is named."""
    if any(m.level == "district" for m in _places(text)):  # settling keeps each level
        return False
    unit = find_province(place["province"]) if place.get("province") else None
    return unit is not None and unit.type_word == PROVINCE_LEVEL_CITY


def _scope(level: str, place: dict, text: str, how: str) -> dict:
    """The scope of ``level`` inside the event's place: finer parts of the place are dropped."""
    keep = {"national": 0, "province": 1, "bloc": 1, "sector": 1, "district": 2, "commune": 3}[level]
    return {"level": level,
            "province": place.get("province") if keep >= 1 else None,
            "district": place.get("district") if keep >= 2 else None,
            "commune": place.get("commune") if keep >= 3 else None,
            "text": text, "how": how}
