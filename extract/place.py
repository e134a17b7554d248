"""Stage 8: where the event took place.

Evidence is read in order of how directly it names the event's place: a venue
in the lead ("tại huyện Bắc Hà"), the organiser's own unit ("UBND huyện Kim
Bôi"), the headline, the rest of the lead, a portal header line ("Cổng thông
tin điện tử huyện Kiên Lương"), then the source the URL belongs to. The finest
unit wins; a district implies its province. Every place carries its code and
the province it belongs to after the 2025 reorganisation.
"""
from __future__ import annotations

import re

from extract.document import Document
from extract.event import lead_sentences
from extract.gazetteer import PlaceMention, disambiguate, find_places
from extract.sources import source_for_url

REFORM_DATE = "2025-07-01"
_VENUE = re.compile(r"\btại\b[^,;.]{0,80}")
_NATIONAL = re.compile(r"trung ương|toàn quốc|chính phủ|quốc hội|bộ [a-zđ]|tổng liên đoàn|ủy ban trung ương")


def _in(mentions: list[PlaceMention], start: int, end: int) -> list[PlaceMention]:
    return [m for m in mentions if start <= m.start and m.end <= end]


def _evidence_spans(doc: Document, organizer_evidence: dict | None) -> list[tuple[str, list[tuple[int, int]]]]:
    """(source name, normalised spans) in order of trust."""
    lead = lead_sentences(doc, 2)
    venue = [(lead[0].start + m.start(), lead[0].start + m.end())
             for m in _VENUE.finditer(doc.text[lead[0].start:lead[0].end])] if lead else []
    org = []
    if organizer_evidence:
        sentence = doc.sentence_at(_norm_pos(doc, organizer_evidence["span"][0]))
        start = _norm_pos(doc, organizer_evidence["span"][0])
        end = _norm_pos(doc, organizer_evidence["span"][1])
        if sentence:
            org = [(start, end)]
    title = []
    if doc.title_line is not None:
        line = doc.lines[doc.title_line]
        title = [(line.start, line.end)]
    headers = [(line.start, line.end) for line in doc.lines if line.kind == "header"]
    return [("venue", venue), ("organizer", org), ("title", title),
            ("lead", [(s.start, s.end) for s in lead]), ("header", headers)]


def _norm_pos(doc: Document, raw_pos: int) -> int:
    """Normalised offset of a raw offset (the first normalised char at or after it)."""
    import bisect
    return bisect.bisect_left(doc.norm.to_raw, raw_pos)


def _finest(mentions: list[PlaceMention]) -> PlaceMention | None:
    order = {"commune": 0, "district": 1, "province": 2}
    usable = [m for m in mentions if not m.ambiguous]
    return min(usable, key=lambda m: (order[m.level], m.start)) if usable else None


def _record(best: PlaceMention | None, province_hint: PlaceMention | None, doc: Document, how: str,
            source=None) -> dict:
    if best is None and source is None:
        return {"province": None, "district": None}
    if best is None:
        return {"province": source.province, "district": source.district, "commune": None,
                "source": source.source_id, "evidence": {"field": "url", "text": doc.url, "how": source.how,
                                                         "confidence": 0.6}}
    record = {
        "province": best.province,
        "district": best.district if best.level != "province" else None,
        "commune": best.name if best.level == "commune" and not best.district else None,
        "province_code": best.province_code,
        "district_code": best.district_code if best.level != "province" else None,
        "commune_code": best.code if best.level == "commune" else None,
        "era": best.era,
        "province_2025": best.province_2025,
        "province_2025_code": best.province_2025_code,
        "evidence": {**doc.evidence(best.start, best.end, 0.8 if how in ("venue", "organizer", "title") else 0.6),
                     "how": how},
    }
    if best.level == "commune" and best.district:
        record["commune"] = best.name
    return record


def find_place(doc: Document, *, organizer_evidence: dict | None = None,
               event_date: str | None = None) -> tuple[dict, list[tuple[int, int]]]:
    """(place record, spans of every place mention) for the article.

    The spans are returned so the officials stage does not read place names
    ("Lâm Đồng") as the start of a person's name.
    """
    mentions = find_places(doc.text)
    kept = [m for m in mentions if doc.line_kind_at(m.start) in ("body", "title", "header", "caption")]
    source = source_for_url(doc.url) if doc.url else None
    kept = disambiguate(kept)
    spans = [(m.start, m.end) for m in mentions]
    post_reform = bool(event_date and event_date >= REFORM_DATE)
    if not post_reform:
        kept = [m for m in kept if m.era != "reform_2025" or m.level == "province"]
    for how, regions in _evidence_spans(doc, organizer_evidence):
        found = [m for start, end in regions for m in _in(kept, start, end)]
        best = _finest(found)
        if best is None:
            continue
        if best.level == "province":
            finer = _finest([m for m in kept if m.level != "province" and m.province == best.province
                             and any(s <= m.start < e for s, e in regions)])
            best = finer or best
        return _record(best, None, doc, how), spans
    if source and (source.province or source.district):
        return _record(None, None, doc, "url", source), spans
    provinces = [m for m in kept if m.level == "province"]
    if provinces and not _NATIONAL.search(doc.lower[:600]):
        counts: dict[str, int] = {}
        for m in provinces:
            counts[m.province] = counts.get(m.province, 0) + 1
        top = max(provinces, key=lambda m: (counts[m.province], -m.start))
        return _record(top, None, doc, "body"), spans
    return {"province": None, "district": None}, spans
