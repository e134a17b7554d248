"""Stage 7: the main event — its kind, its day and who organised it.

The lead (the first sentences after the headline) names the event; the
headline names its kind most reliably. A day written without a year takes it
from the page (publication date, a date in the URL, a dateline in the text),
else from the year the article reviews (a review of year Y held in November or
December is in Y, one held from January to June is in Y+1).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from tdkt.extract import dates
from tdkt.extract.document import Document, Sentence
from tdkt.extract.matcher import PhraseMatcher
from tdkt.extract.normalize import fold_case
from tdkt.extract.resources import csv_rules, expand_lexicons, json_rules
from tdkt.portal.urls import date_from_url

LEAD_SENTENCES = 4
EVENT_DAY_KINDS = {"day", "range"}


@dataclass
class Event:
    kind: str
    date: str | None
    organizer: str | None
    evidence: dict


@lru_cache(maxsize=1)
def _kind_matcher() -> PhraseMatcher:
    return PhraseMatcher((row["pattern"], row["kind"]) for row in csv_rules("event_kinds.csv"))


@lru_cache(maxsize=1)
def _cues():
    rules = json_rules("event_cues.json")
    return {k: re.compile(v) for k, v in rules.items() if not k.startswith("_")}


def lead_sentences(doc: Document, n: int = LEAD_SENTENCES) -> list[Sentence]:
    """The first body sentences after the headline."""
    body = [s for s in doc.sentences if doc.lines[s.line].kind == "body"]
    return body[:n]


def _kind_in(lower: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The highest-priority kind named in lower[start:end] (rules file order)."""
    order = [row["kind"] for row in csv_rules("event_kinds.csv")]
    hits = list(_kind_matcher().finditer(lower, start, end))
    if not hits:
        return None
    best = min(hits, key=lambda m: order.index(m.label))
    return best.label, best.start, best.end


def headline_and_lead(doc: Document, n: int) -> list[tuple[int, int]]:
    """Spans of the headline (when it is in the text) and the first n lead sentences."""
    spans = []
    if doc.title_line is not None:
        line = doc.lines[doc.title_line]
        spans.append((line.start, line.end))
    return spans + [(s.start, s.end) for s in lead_sentences(doc, n)]


def event_kind(doc: Document) -> tuple[str, dict | None]:
    """The kind from the headline, else from the lead; `other` when neither says."""
    for start, end in headline_and_lead(doc, 2):
        found = _kind_in(doc.lower, start, end)
        if found:
            kind, s, e = found
            return kind, doc.evidence(s, e, 0.8)
    if doc.title and doc.title_line is None:  # title given separately from the text
        found = _kind_in(fold_case(doc.title), 0, len(doc.title))
        if found:
            return found[0], {"field": "title", "text": doc.title, "confidence": 0.8}
    return "other", None


def _reference_date(doc: Document) -> tuple[dt.date | None, str | None]:
    """The page's own date: publication date, a date in the URL, a dateline."""
    if doc.published:
        try:
            return dt.date.fromisoformat(str(doc.published)[:10]), "published"
        except ValueError:
            pass
    if doc.url:
        found = date_from_url(doc.url)
        if found:
            return found, "url"
    for mention in dates.find_dates(doc.text[:3000]):
        if mention.role == "dateline" and mention.year and mention.month and mention.day:
            try:
                return dt.date(mention.year, mention.month, mention.day), "dateline"
            except ValueError:
                continue
    return None, None


_REVIEW_YEAR = re.compile(expand_lexicons(r"(?:{lex:review_cues}|đại hội)[^.;\n]{0,120}?năm (?:học )?(\d{4})(?:\s*-\s*(\d{4}))?"))
_YEAR = re.compile(r"\bnăm (\d{4})\b")


def _context_reference(doc: Document, month: int, sentence: Sentence, lead: list[Sentence]) -> dt.date | None:
    """A reference date for a day written without its year, from the article itself.

    In order: the year the article reviews ("tổng kết ... năm 2020" held in
    January → 2021), a full date written in the lead (a decision "ngày
    11/10/2016", the end of an anniversary pair), the one year the headline and
    lead mention ("ký kết giao ước thi đua năm 2017").
    """
    start, end = (doc.lines[doc.title_line].start if doc.title_line is not None else lead[0].start), lead[-1].end
    window = doc.lower[start:end]
    review = _REVIEW_YEAR.search(window)
    if review:
        year = int(review.group(2) or review.group(1))
        if "sơ kết" not in review.group(0) and month < 7:
            year += 1
        return dt.date(year, 12, 31) if month >= 7 else dt.date(year, 6, 30)
    for other in lead:
        for mention in dates.find_dates(doc.text[other.start:other.end]):
            if mention.year and mention.month and mention.day:
                try:
                    anchor = dt.date(mention.end_year or mention.year, mention.end_month or mention.month,
                                     mention.end_day or mention.day)
                except ValueError:
                    continue
                return dt.date(anchor.year + (1 if anchor.month == 12 and month == 1 else 0), 12, 31)
    title = doc.lines[doc.title_line] if doc.title_line is not None else None
    near = (doc.lower[title.start:title.end] if title else "") + " " + doc.lower[sentence.start:sentence.end]
    years = {int(y) for y in _YEAR.findall(near)}
    if len(years) == 1:
        return dt.date(years.pop(), 12, 31)
    return None


def event_date(doc: Document) -> tuple[str | None, dict | None]:
    """ISO date of the main event, with provenance, or (None, None)."""
    lead = lead_sentences(doc)
    if not lead:
        return None, None
    reference, _ = _reference_date(doc)
    for sentence in lead:
        for mention in dates.find_dates(doc.text[sentence.start:sentence.end]):
            if mention.role != "plain" or mention.kind not in EVENT_DAY_KINDS or not mention.day:
                continue
            start, end = sentence.start + mention.start, sentence.start + mention.end
            ref = reference if (mention.year or reference) else _context_reference(doc, mention.month, sentence, lead)
            day = dates.resolve_day(mention, ref) if (mention.year or ref) else None
            if day is None:
                continue
            confidence = 0.9 if mention.year else 0.7
            return day.isoformat(), doc.evidence(start, end, confidence, sentence)
    return None, None


def organizer(doc: Document) -> tuple[str | None, dict | None]:
    """The unit written as the subject of the lead's organising verb."""
    cues = _cues()
    for sentence in lead_sentences(doc, 3):
        verb = cues["verbs"].search(doc.lower, sentence.start, sentence.end)
        if not verb:
            continue
        best = None
        for m in cues["org_heads"].finditer(doc.lower, sentence.start, verb.start()):
            before = doc.text[sentence.start:m.start()].rstrip()
            if not before or before.endswith((",", "-", ":")):
                best = m.start()
        if best is None:
            continue
        end = verb.start()
        name = doc.text[best:end].strip(" ,")
        if 3 <= len(name) <= 150:
            return doc.norm.raw_text(best, best + len(name)), doc.evidence(best, best + len(name), 0.7, sentence)
    return None, None


_ORGANIZER_LEVEL = re.compile(expand_lexicons(r"\b({lex:district_levels})$"))


def expand_organizer(name: str | None, district: str | None, province: str | None) -> str | None:
    """"UBND huyện" → "UBND huyện Kiên Lương" when the text places the event there."""
    if not name:
        return name
    level = _ORGANIZER_LEVEL.search(name)
    if not level:
        return name
    place = province if level.group(1) == "tỉnh" else district
    return f"{name} {place}" if place else name
