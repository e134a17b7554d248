"""One article in, one extraction record out (the shape of shared/gold/GUIDE.md).

The stages are declared in order (`STAGES`), each reading named facts from
the `Document` and writing its own onto it; they give plain data with provenance (raw character span, the sentence it came from, a
confidence), so every fact in the record can be traced back to the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from tdkt.extract.version import engine_version
from tdkt.extract.author import find_author
from tdkt.extract.awards import extract_awards
from tdkt.extract.campaigns import extract_campaigns
from tdkt.extract.document import Document, make_document
from tdkt.extract.event import (event_date, event_kind, expand_organizer, headline_and_lead, issuer_told_later,
                                kind_told_by_awards, organizer, organizer_of_kind)
from tdkt.extract.officials import extract_officials
from tdkt.extract.place import find_place
from tdkt.extract.relevance import relevance
from tdkt.extract.scope import award_scopes
from tdkt.extract.statements import structure_statements
from tdkt.extract.resources import expand_lexicons
from tdkt.extract.sanity import InputProblem, check_text

EXTRACTOR_VERSION = engine_version()  # the package version and the rules' fingerprint
# Facts kept per article. Real articles have a few dozen at most; a text repeating one clause (1 MB of
# one award sentence gave 39,482 awards, a 110 MB record) is cut here, with a warning.
MAX_FACTS_PER_ARTICLE = {"awards": 500, "officials": 200, "campaign_mentions": 200}

_ARTICLE_PERIOD = re.compile(expand_lexicons(
    r"(?:{lex:review_cues}|khen thưởng|thành tích)[^.;\n]{0,80}?"
    r"(?:năm học (\d{4})\s*-\s*(\d{4})|{lex:period_words} (\d{4})\s*-\s*(\d{4})|năm (\d{4}))"))


def article_period(doc: Document) -> str | None:
    """The period the article reviews ("tổng kết ... năm 2023" → "2023")."""
    for start, end in headline_and_lead(doc, 3):
        m = _ARTICLE_PERIOD.search(doc.lower, start, end)
        if m:
            g = m.groups()
            if g[0]:
                return f"{g[0]}-{g[1]}"
            if g[2]:
                return f"{g[2]}-{g[3]}"
            return g[4]
    return None


def empty_record(id: str | None, problem: str | None = None, **meta) -> dict:
    """The record of an article with nothing to extract (or that could not be read)."""
    record = {
        "id": id, **meta, "extractor_version": EXTRACTOR_VERSION,
        "relevant": False, "relevance": 0.0,
        "event": {"kind": "other", "date": None, "organizer": None},
        "place": {"province": None, "district": None},
        "officials": [], "campaigns": [], "awards": [], "author": None,
    }
    if problem:
        record["warnings"] = [problem]
    return record


@dataclass(frozen=True)
class Stage:
    """One step of the engine: reads named facts from ``doc.facts`` and writes others onto it.

    Like a spaCy component over a ``Doc``: the order is declared once in
    ``STAGES``, and what each stage needs and gives is visible in its
    declaration (checked when the module loads), so adding a stage is one line.
    """
    name: str
    run: Callable[[Document], tuple]
    reads: tuple[str, ...]
    writes: tuple[str, ...]

    def __call__(self, doc: Document) -> None:
        values = self.run(doc, *(doc.facts[name] for name in self.reads))
        values = values if len(self.writes) > 1 else (values,)
        doc.facts.update(zip(self.writes, values))


def _place(doc, lead_evidence, date):
    if lead_evidence and lead_evidence.get("role") == "issuer":  # a decision's issuer places no event
        lead_evidence = None
    return find_place(doc, organizer_evidence=lead_evidence, event_date=date)


def _organizer(doc, lead_organizer, evidence, kind):
    if lead_organizer is None and evidence is None and kind == "quyet_dinh":  # the awards told a decision
        return issuer_told_later(doc) or (None, None)
    return organizer_of_kind(lead_organizer, evidence, kind)


def _officials(doc, place_spans, author):
    return extract_officials(doc, places=place_spans, author=author)


def _awards(doc, kind, period):
    return extract_awards(doc, event_kind=kind, default_period=period)


def _relevance(doc, awards, kind):
    return relevance(doc, len(awards), kind)


STAGES: tuple[Stage, ...] = (
    Stage("author", find_author, reads=(), writes=("author", "author_evidence")),
    Stage("cue_kind", event_kind, reads=(), writes=("cue_kind", "cue_kind_evidence")),
    Stage("event_date", event_date, reads=("cue_kind",), writes=("date", "date_evidence")),
    Stage("lead_organizer", organizer, reads=("cue_kind",), writes=("lead_organizer", "lead_organizer_evidence")),
    Stage("place", _place, reads=("lead_organizer_evidence", "date"), writes=("place", "place_spans")),
    Stage("officials", _officials, reads=("place_spans", "author"), writes=("officials",)),
    Stage("campaigns", extract_campaigns, reads=(), writes=("campaigns",)),
    Stage("article_period", article_period, reads=(), writes=("period",)),
    Stage("awards", _awards, reads=("cue_kind", "period"), writes=("awards",)),
    Stage("event_kind", kind_told_by_awards, reads=("cue_kind", "cue_kind_evidence", "awards"),
          writes=("kind", "kind_evidence")),
    Stage("organizer", _organizer, reads=("lead_organizer", "lead_organizer_evidence", "kind"),
          writes=("organizer", "organizer_evidence")),
    Stage("statements", structure_statements, reads=("awards",), writes=("statements",)),
    Stage("scope", award_scopes, reads=("awards", "organizer", "place"), writes=("scopes",)),
    Stage("relevance", _relevance, reads=("awards", "cue_kind"), writes=("relevant", "relevance")),
)


def check_stages(stages: tuple[Stage, ...]) -> None:
    """Every fact a stage reads is written by an earlier stage, and no fact is written twice."""
    written: set[str] = set()
    for stage in stages:
        missing = [name for name in stage.reads if name not in written]
        if missing:
            raise ValueError(f"stage {stage.name!r} reads {missing} before any stage writes them")
        twice = written.intersection(stage.writes)
        if twice:
            raise ValueError(f"stage {stage.name!r} writes {sorted(twice)} again")
        written.update(stage.writes)


check_stages(STAGES)


def extract_article(text: str, *, id: str | None = None, url: str | None = None,
                    title: str | None = None, published: str | None = None) -> dict:
    """Extract the GUIDE's record (plus provenance) from one article's text."""
    meta = {"url": url, "title": title, "published": published}
    try:
        check_text(text)
    except InputProblem as problem:
        return empty_record(id, str(problem), **meta)
    doc = make_document(text, id=id, url=url, title=title, published=published)
    for stage in STAGES:
        stage(doc)
    return _record(doc, id, meta)


def _record(doc: Document, id: str | None, meta: dict) -> dict:
    """The GUIDE's record, with provenance, from the facts the stages wrote."""
    f = doc.facts
    place = f["place"]
    return _capped({
        "id": id, **meta,
        "extractor_version": EXTRACTOR_VERSION,
        "relevant": f["relevant"],
        "relevance": f["relevance"],
        "event": {
            "kind": f["kind"],
            "date": f["date"],
            "organizer": expand_organizer(f["organizer"], *_place_the_text_names(place)),
            "evidence": {"kind": f["kind_evidence"], "date": f["date_evidence"], "organizer": f["organizer_evidence"]},
        },
        "place": place,
        "officials": [_official_record(doc, o) for o in f["officials"]],
        "campaigns": [c["name"] for c in f["campaigns"]],
        "campaign_mentions": f["campaigns"],
        "awards": f["awards"],
        "author": f["author"],
        "author_evidence": f["author_evidence"],
    })


def _capped(record: dict) -> dict:
    """The record with at most ``MAX_FACTS_PER_ARTICLE`` of each fact, and a warning for each cut."""
    warnings = []
    for name, cap in MAX_FACTS_PER_ARTICLE.items():
        found = len(record[name])
        if found > cap:
            record[name] = record[name][:cap]
            warnings.append(f"{found:,} {name} found, only the first {cap:,} kept (repeated or generated text?)")
    record["campaigns"] = record["campaigns"][:len(record["campaign_mentions"])]
    if warnings:
        record["warnings"] = warnings
    return record


def _official_record(doc: Document, official) -> dict:
    return {
        "name": official.name,
        "titles": official.titles,
        **doc.evidence(*official.first, official.confidence, official.sentence),
        "mentions": [list(doc.norm.raw_span(s, e)) for s, e in official.mentions],
    }


def _place_the_text_names(place: dict) -> tuple[str | None, str | None]:
    """(district, province) when the text itself places the event; a place read from the page's address
    expands no organizer (GUIDE: "expanded only by what the text itself says")."""
    if ((place.get("evidence") or {}).get("field")) == "url":
        return None, None
    return place.get("district"), place.get("province")
