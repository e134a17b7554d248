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

from tdkt.extract import dates
from tdkt.extract.document import Document
from tdkt.extract.event import event_sentences, headline_and_lead, lead_sentences, tells_what_came_before
from tdkt.extract.gazetteer import REFORM, PlaceMention, disambiguate, district, find_places, province, province_2025
from tdkt.extract.gazetteer_data import province_name_at
from tdkt.extract.matcher import may_match, search
from tdkt.extract.normalize import fold_case
from tdkt.extract.resources import json_rules, lexicon_pattern
from tdkt.extract.sources import source_for_url
from tdkt.portal.urls import in_national_section

REFORM_DATE = "2025-07-01"
# a clause ends at ";" or at a full stop that is not an abbreviation ("TP. Bạc Liêu")
_CLAUSE_END = re.compile(r";|(?<!\btp)(?<!\btx)(?<!\btt)(?<!\bq)(?<!\bh)\.(?=\s|$)")


@lru_cache(maxsize=1)
def _venue_comma() -> re.Pattern:
    """A comma that ends the venue phrase: one followed by a lower-case word or a number
    that is not a place type word ("tại nhà văn hóa thôn, các đại biểu ..." ends;
    "tại xã A, huyện B" and "tại Cung Văn hóa, Thể thao tỉnh" go on). Read in the text
    as written, for the case."""
    return re.compile(r",(?=[ \t]*(?:[^\W\d_A-ZÀ-Ỹ]|\d))(?![ \t]*(?:%s|tp|tx)\b)" % lexicon_pattern("place_levels"))


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    return {k: re.compile(v) for k, v in json_rules("place_cues.json").items() if not k.startswith("_")}
_LEVEL_ORDER = {"commune": 0, "district": 1, "province": 2}


def _norm_pos(doc: Document, raw_pos: int) -> int:
    """Normalised offset of a raw offset (the first normalised char at or after it)."""
    return bisect.bisect_left(doc.norm.to_raw, raw_pos)


DATED_REACH = 3  # lead sentences searched for the one that opens with the event's day
INCIDENT_WINDOW = 160


def _dated_sentence(doc: Document, after: int) -> list[tuple[int, int]]:
    """The first lead sentence past the first ``after`` that opens with a day ("Sáng ngày
    25/2, tại ..."): it holds the event when the ones before are a preamble."""
    opening = _cues()["dated_opening"]
    for s in event_sentences(doc, DATED_REACH)[after:]:
        if opening.match(doc.lower, s.start, s.end):
            return [(s.start, s.end)]
    return []


def _places_an_incident(doc: Document, mention: PlaceMention) -> bool:
    """A place written after a crime, accident or rescue and "tại"/"ở" in its sentence
    places that, not the event ("... bắt giữ đối tượng sát hại 3 người tại xã X"); so does
    any place of a sentence that tells what came before ("Trước đó, ... tại thị trấn X")."""
    sentence = doc.sentence_at(mention.start)
    if sentence is not None and tells_what_came_before(doc, sentence):
        return True
    start = max(sentence.start if sentence else 0, mention.start - INCIDENT_WINDOW)
    return search(_cues()["incident"], doc.lower[start:mention.start], 0, mention.start - start) is not None


def _venue_spans(doc: Document, organizer_start: int | None, sentences: int = 1) -> list[tuple[int, int]]:
    """From "tại" to the organiser (or the end of the clause) in the headline and the
    first lead sentence, or the lead sentence that opens with the event's day."""
    spans = []
    for start, end in headline_and_lead(doc, sentences) + _dated_sentence(doc, sentences):
        for m in _cues()["venue"].finditer(doc.lower, start, end):
            clause = _CLAUSE_END.search(doc.lower, m.end(), end)
            stop = clause.start() if clause else end
            comma = _venue_comma().search(doc.text, m.end(), stop)
            stop = comma.start() if comma else stop
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
    return [("venue", _venue_spans(doc, org_start)), ("host", _host_spans(doc)), ("organizer", org), ("title", title),
            ("lead", [(s.start, s.end) for s in lead[:1]]),
            ("lead_province", [(s.start, s.end) for s in lead]), ("header", headers)]


def _host_spans(doc: Document) -> list[tuple[int, int]]:
    """The unit a body sentence marks as the host ("Huyện ủy X (đơn vị đăng cai)"): the
    words before the marker, back to the start of their clause."""
    spans, marker = [], _cues()["host_marker"]
    for s in doc.body_sentences(include_captions=False):
        if not may_match(marker, doc.lower, s.start, s.end):
            continue  # no brackets in the sentence (most have none): the marker is not tried at each position
        for m in marker.finditer(doc.lower, s.start, s.end):
            clause = max(doc.lower.rfind(c, s.start, m.start()) for c in (",", ";", ":"))
            spans.append((max(s.start, clause + 1, m.start() - 80), m.start()))
    return spans


def _best(mentions: list[PlaceMention]) -> PlaceMention | None:
    """A typed mention before a bare one, then the finest level, then the first."""
    usable = [m for m in mentions if not m.ambiguous]
    if not usable:
        return None
    return min(usable, key=lambda m: (m.type_word is None, _LEVEL_ORDER[m.level], m.start))


def _as_listed(found: list[PlaceMention]) -> tuple[list[PlaceMention], bool]:
    """A sentence that lists places of three provinces or more names recipients, not the
    venue (nothing is kept); one that lists several districts of a province (with their type words) places the
    event in that province only (True: keep the province level)."""
    usable = [m for m in found if not m.ambiguous]
    if len({m.province for m in usable}) >= 3:
        return [], False
    districts = {m.district for m in usable if m.level != "province" and m.district and m.type_word}
    return found, len(districts) >= 2


def _finer_in_lead(doc: Document, kept: list[PlaceMention], best: PlaceMention) -> PlaceMention | None:
    """A headline that names a province only ("... ở Nghệ An") is made finer by the one
    district (or commune) of that province the first lead sentence writes with its type word."""
    lead = [(s.start, s.end) for s in lead_sentences(doc, 1)]
    finer = [m for m in _in(kept, lead) if m.level != "province" and m.type_word and not m.ambiguous
             and m.province == best.province]
    districts = [m for m in finer if m.level == "district"] or finer
    return _best(districts) if len({m.district for m in districts}) == 1 else None


def _in(mentions: list[PlaceMention], spans: list[tuple[int, int]]) -> list[PlaceMention]:
    return [m for m in mentions if any(s <= m.start and m.end <= e for s, e in spans)]


def _record(best: PlaceMention, doc: Document, how: str, post_reform: bool, province_only: bool = False,
            when: str | None = None) -> dict:
    province, province_code = best.province, best.province_code
    if post_reform and best.province_2025:
        province, province_code = best.province_2025, best.province_2025_code
    elif best.era != REFORM:
        province = province_name_at(province_code, province, when)
    district = None if post_reform or best.level == "province" or province_only else best.district
    commune = best.name if best.level == "commune" and not province_only else None
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
        "evidence": {**doc.evidence(best.start, best.end, 0.8 if how in ("venue", "host", "organizer", "title") else 0.6),
                     "how": how},
    }


def _from_source(source, doc: Document, post_reform: bool = False, when: str | None = None) -> dict:
    """The place of the portal or newspaper the URL belongs to, with its codes; after the
    July 2025 reform, the province that took the source's province over."""
    unit = province(source.province) if source.province else None
    area = district(source.district, province=source.province) if source.district else None
    successor = province_2025(unit.province_2025_code) if unit and unit.province_2025_code else None
    name, district_name, code = source.province, source.district, unit.code if unit else None
    if post_reform and successor is not None:
        name, district_name, code, area = successor.name, None, successor.code, None
    elif name:
        name = province_name_at(code, name, when)
    return {"province": name, "district": district_name, "commune": None,
            "province_code": code,
            "district_code": area.code if area else None,
            "era": "reform_2025" if post_reform and successor is not None else (unit.era if unit else None),
            "province_2025": successor.name if successor else None,
            "province_2025_code": successor.code if successor else None,
            "source": source.source_id,
            "evidence": {"field": "url", "text": doc.url, "how": source.how, "confidence": 0.6}}


def _when(doc: Document, event_date: str | None) -> str | None:
    """The event's day, else the page's own: its publication date, a date in its URL or
    a crawl stamp (the last day of the month when only a month is written)."""
    if event_date:
        return event_date
    if doc.published:
        return str(doc.published)[:10]
    for page in (dates.page_date_from_url(doc.url), dates.page_stamp(doc.text)):
        if page is not None:
            return page.date.isoformat()
    return None


def _is_post_reform(doc: Document, event_date: str | None, mentions: list[PlaceMention]) -> bool:
    """After the July 2025 reform: by the event's (or page's) date; undated, when the
    text speaks of the two-tier government or its headline or lead name, with its type
    word, a commune that exists only since the reform ("phường Bến Cát")."""
    when = _when(doc, event_date)
    if when:
        return when >= REFORM_DATE
    if _cues()["reform_text"].search(doc.lower):
        return True
    regions = headline_and_lead(doc, 2)
    return any(m.level == "commune" and m.era == REFORM and m.type_word and not m.ambiguous
               for m in _in(mentions, regions))


def _source(url: str | None):
    """The source of the URL (a registered portal or newspaper, or what its host name says)."""
    return source_for_url(url) if url else None


def _is_national(doc: Document, organizer_evidence: dict | None) -> str | None:
    """"held" when a national body holds the event (its organiser) or the event is named
    national ("... toàn quốc lần thứ X") and no local unit holds it; "named" when a
    national office or body opens the title or the first lead sentence (it may attend or
    decide a local event), or a local unit's event looks towards a national one ("UBND TP
    X tổ chức Đại hội ... hướng tới Đại hội ... toàn quốc lần thứ XI"); else None."""
    organizer_text = (organizer_evidence or {}).get("text", "").lower()
    if organizer_text and _cues()["national_organizer"].search(organizer_text):
        return "held"
    actor, body, event = _cues()["national_actor"], _cues()["national_body"], _cues()["national_event"]
    spans = headline_and_lead(doc, 2)
    if any(event.search(doc.lower, start, end) for start, end in spans):
        return "named" if organizer_text else "held"
    for start, end in spans:
        if actor.match(doc.lower, start, end) or body.search(doc.lower, start, end):
            return "named"
    return None


def find_place(doc: Document, *, organizer_evidence: dict | None = None,
               event_date: str | None = None) -> tuple[dict, list[tuple[int, int]]]:
    """(place record, spans of every place mention) for the article.

    The spans are returned so the officials stage does not read place names
    ("Lâm Đồng") as the start of a person's name.
    """
    mentions = find_places(doc.text, doc.lower)
    spans = [(m.start, m.end) for m in mentions]
    kept = disambiguate([m for m in mentions
                         if doc.line_kind_at(m.start) in ("body", "title", "header", "caption")
                         and not _places_an_incident(doc, m)])
    post_reform = _is_post_reform(doc, event_date, kept)
    when = _when(doc, event_date)
    if post_reform:   # no districts any more; communes are the new ones
        kept = [m for m in kept if m.level == "province" or (m.level == "commune" and m.era != "legacy_63")]
    else:
        kept = [m for m in kept if m.era != "reform_2025" or m.level == "province"]
    national = _is_national(doc, organizer_evidence)
    source = _source(doc.url)
    venues = _venue_spans(doc, None, 2) if national else []
    for how, regions in _evidence_spans(doc, organizer_evidence):
        found = _in(kept, regions)
        if national == "held" or (national and how not in ("venue", "host", "organizer")):
            # a national body's event takes place only at the venue the lead writes
            # ("tại Hà Nội": the annotators place it there more often than not), as
            # does a local event that a national office attends or decides; else a
            # local source that reports its own units' honours places the event in
            # their province
            at_venue = [m for m in found if any(s <= m.start and m.end <= e for s, e in venues)]
            honoured = [m for m in found if source is not None and m.province == source.province]
            found, national_province_only = at_venue or honoured, not at_venue
        else:
            national_province_only = False
        if how == "lead_province":  # later lead sentences name recipients' districts, not the venue
            found = [m for m in found if m.level == "province"]
        wide = national_province_only
        if how not in ("venue", "host", "organizer"):
            found, listed_wide = _as_listed(found)
            wide = wide or listed_wide
        best = _best(found)
        if best is None:
            continue
        if best.level == "province":
            finer = _best([m for m in found if m.level != "province" and m.province == best.province])
            if finer is None and how == "title":
                finer = _finer_in_lead(doc, kept, best)
            best = finer or best
        return _record(best, doc, how, post_reform, province_only=wide, when=when), spans
    organizer_text = fold_case((organizer_evidence or {}).get("text") or "")
    local_organizer = national == "named" and bool(organizer_text) and not _cues()["national_body"].search(organizer_text)
    if source and (source.province or source.district) and not in_national_section(doc.url) and (
            not national or local_organizer or any(m.province == source.province for m in kept)):
        # a local unit's event that names a national body ("kỷ niệm ... thành lập Hội Nông dân
        # Việt Nam") is placed by its local source like any other
        # a national event reported by a local source is placed there only when
        # the text itself names the source's province (its units were honoured)
        return _from_source(source, doc, post_reform, when), spans
    provinces = [m for m in kept if m.level == "province"]
    if provinces and not national and not _cues()["national_text"].search(doc.lower[:600]):
        counts: dict[str, int] = {}
        for m in provinces:
            counts[m.province] = counts.get(m.province, 0) + 1
        top = max(provinces, key=lambda m: (counts[m.province], -m.start))
        return _record(top, doc, "body", post_reform, when=when), spans
    return {"province": None, "district": None}, spans
