"""Stage 8: where the event took place.

Evidence is read in order of how directly it names the event's place: the
venue in the lead ("tại Trung tâm Hội nghị (quận Ninh Kiều)"), the organiser's
own unit ("UBND huyện Kim Bôi"), the headline, the rest of the lead, a portal
header line ("Cổng thông tin điện tử huyện Kiên Lương"), then the source the
URL belongs to. Inside one piece of evidence a place written with its type
word ("quận Hải An") beats a bare name, and the finest unit wins; a district
implies its province. After the July 2025 reorganisation there are no
districts: the place is a province of 34 and, where written, a commune.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from tdkt.extract.document import Document
from tdkt.extract.event import lead_sentences
from tdkt.extract.gazetteer import PlaceMention, disambiguate, district, find_places, province, province_2025
from tdkt.extract.resources import json_rules
from tdkt.extract.sources import source_for_url

REFORM_DATE = "2025-07-01"
# a clause ends at ";" or at a full stop that is not an abbreviation ("TP. Bạc Liêu")
_CLAUSE_END = re.compile(r";|(?<!\btp)(?<!\btx)(?<!\btt)(?<!\bq)(?<!\bh)\.(?=\s|$)")


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    return {k: re.compile(v) for k, v in json_rules("place_cues.json").items() if not k.startswith("_")}
_LEVEL_ORDER = {"commune": 0, "district": 1, "province": 2}


def _norm_pos(doc: Document, raw_pos: int) -> int:
    """Normalised offset of a raw offset (the first normalised char at or after it)."""
    return bisect.bisect_left(doc.norm.to_raw, raw_pos)


def _venue_spans(doc: Document, organizer_start: int | None) -> list[tuple[int, int]]:
    """From "tại" to the organiser (or the end of the clause) in the first lead sentence."""
    lead = lead_sentences(doc, 1)
    if not lead:
        return []
    sentence = lead[0]
    spans = []
    for m in _cues()["venue"].finditer(doc.lower, sentence.start, sentence.end):
        end = _CLAUSE_END.search(doc.lower, m.end(), sentence.end)
        stop = end.start() if end else sentence.end
        if organizer_start and m.end() < organizer_start < stop:
            stop = organizer_start
        spans.append((m.start(), min(stop, m.end() + 160)))
    return spans


def _evidence_spans(doc: Document, organizer_evidence: dict | None):
    """(how, spans) in order of trust."""
    org, org_start = [], None
    if organizer_evidence:
        org_start = _norm_pos(doc, organizer_evidence["span"][0])
        org = [(org_start, _norm_pos(doc, organizer_evidence["span"][1]))]
    title = []
    if doc.title_line is not None:
        line = doc.lines[doc.title_line]
        title = [(line.start, line.end)]
    headers = [(line.start, line.end) for line in doc.lines if line.kind == "header"]
    lead = lead_sentences(doc, 2)
    return [("venue", _venue_spans(doc, org_start)), ("organizer", org), ("title", title),
            ("lead", [(s.start, s.end) for s in lead[:1]]),
            ("lead_province", [(s.start, s.end) for s in lead]), ("header", headers)]


def _best(mentions: list[PlaceMention]) -> PlaceMention | None:
    """A typed mention before a bare one, then the finest level, then the first."""
    usable = [m for m in mentions if not m.ambiguous]
    if not usable:
        return None
    return min(usable, key=lambda m: (m.type_word is None, _LEVEL_ORDER[m.level], m.start))


def _in(mentions: list[PlaceMention], spans: list[tuple[int, int]]) -> list[PlaceMention]:
    return [m for m in mentions if any(s <= m.start and m.end <= e for s, e in spans)]


def _record(best: PlaceMention, doc: Document, how: str, post_reform: bool) -> dict:
    province, province_code = best.province, best.province_code
    if post_reform and best.province_2025:
        province, province_code = best.province_2025, best.province_2025_code
    district = None if post_reform or best.level == "province" else best.district
    commune = best.name if best.level == "commune" else None
    return {
        "province": province,
        "district": district,
        "commune": commune,
        "province_code": province_code,
        "district_code": best.district_code if district else None,
        "commune_code": best.code if commune else None,
        "era": "reform_2025" if post_reform else best.era,
        "province_2025": best.province_2025,
        "province_2025_code": best.province_2025_code,
        "evidence": {**doc.evidence(best.start, best.end, 0.8 if how in ("venue", "organizer", "title") else 0.6),
                     "how": how},
    }


def _from_source(source, doc: Document) -> dict:
    """The place of the portal or newspaper the URL belongs to, with its codes."""
    unit = province(source.province) if source.province else None
    area = district(source.district, province=source.province) if source.district else None
    successor = province_2025(unit.province_2025_code) if unit and unit.province_2025_code else None
    return {"province": source.province, "district": source.district, "commune": None,
            "province_code": unit.code if unit else None,
            "district_code": area.code if area else None,
            "era": unit.era if unit else None,
            "province_2025": successor.name if successor else None,
            "province_2025_code": successor.code if successor else None,
            "source": source.source_id,
            "evidence": {"field": "url", "text": doc.url, "how": source.how, "confidence": 0.6}}


def _is_post_reform(doc: Document, event_date: str | None) -> bool:
    when = event_date or (str(doc.published)[:10] if doc.published else None)
    return bool(when and when >= REFORM_DATE)


def find_place(doc: Document, *, organizer_evidence: dict | None = None,
               event_date: str | None = None) -> tuple[dict, list[tuple[int, int]]]:
    """(place record, spans of every place mention) for the article.

    The spans are returned so the officials stage does not read place names
    ("Lâm Đồng") as the start of a person's name.
    """
    mentions = find_places(doc.text)
    spans = [(m.start, m.end) for m in mentions]
    kept = disambiguate([m for m in mentions
                         if doc.line_kind_at(m.start) in ("body", "title", "header", "caption")])
    post_reform = _is_post_reform(doc, event_date)
    if post_reform:   # no districts any more; communes are the new ones
        kept = [m for m in kept if m.level == "province" or (m.level == "commune" and m.era != "legacy_63")]
    else:
        kept = [m for m in kept if m.era != "reform_2025" or m.level == "province"]
    for how, regions in _evidence_spans(doc, organizer_evidence):
        found = _in(kept, regions)
        if how == "lead_province":  # later lead sentences name recipients' districts, not the venue
            found = [m for m in found if m.level == "province"]
        best = _best(found)
        if best is None:
            continue
        if best.level == "province":
            finer = _best([m for m in found if m.level != "province" and m.province == best.province])
            best = finer or best
        return _record(best, doc, how, post_reform), spans
    source = source_for_url(doc.url) if doc.url else None
    if source and (source.province or source.district):
        return _from_source(source, doc), spans
    provinces = [m for m in kept if m.level == "province"]
    organizer_text = (organizer_evidence or {}).get("text", "").lower()
    national = _cues()["national_text"].search(doc.lower[:600]) or _cues()["national_organizer"].search(organizer_text)
    if provinces and not national:
        counts: dict[str, int] = {}
        for m in provinces:
            counts[m.province] = counts.get(m.province, 0) + 1
        top = max(provinces, key=lambda m: (counts[m.province], -m.start))
        return _record(top, doc, "body", post_reform), spans
    return {"province": None, "district": None}, spans
