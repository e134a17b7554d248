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

from extract import dates
from extract.document import Document, Sentence
from extract.matcher import PhraseMatcher
from extract.resources import csv_rules, json_rules

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


def _kind_in(doc: Document, start: int, end: int) -> tuple[str, int, int] | None:
    order = [row["kind"] for row in csv_rules("event_kinds.csv")]
    hits = list(_kind_matcher().finditer(doc.lower, start, end))
    if not hits:
        return None
    best = min(hits, key=lambda m: order.index(m.label))
    return best.label, best.start, best.end


def event_kind(doc: Document) -> tuple[str, dict | None]:
    """The kind from the headline, else from the lead; `other` when neither says."""
    spans = []
    if doc.title_line is not None:
        line = doc.lines[doc.title_line]
        spans.append((line.start, line.end))
    spans += [(s.start, s.end) for s in lead_sentences(doc, 2)]
    for start, end in spans:
        found = _kind_in(doc, start, end)
        if found:
            kind, s, e = found
            return kind, doc.evidence(s, e, 0.8)
    if doc.title and doc.title_line is None:  # title given separately from the text
        from extract.document import make_document
        found = _kind_in(make_document(doc.title), 0, len(doc.title))
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
        found = dates.date_from_url(doc.url)
        if found:
            return found, "url"
    for mention in dates.find_dates(doc.text[:3000]):
        if mention.role == "dateline" and mention.year and mention.month and mention.day:
            try:
                return dt.date(mention.year, mention.month, mention.day), "dateline"
            except ValueError:
                continue
    return None, None


_REVIEW_YEAR = re.compile(r"(?:tổng kết|sơ kết|đại hội)[^.;\n]{0,120}?năm (?:học )?(\d{4})(?:\s*-\s*(\d{4}))?")


def _context_year(doc: Document, month: int | None, lead_end: int) -> int | None:
    """Year of an undated day from the year the article reviews."""
    window = doc.lower[:lead_end]
    m = _REVIEW_YEAR.search(window)
    if not m or month is None:
        return None
    year = int(m.group(2) or m.group(1))
    if "sơ kết" in m.group(0):
        return year
    return year if month >= 7 else year + 1


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
            day = dates.resolve_day(mention, reference) if (mention.year or reference) else None
            if day is None and not mention.year:
                year = _context_year(doc, mention.month, lead[-1].end)
                if year:
                    try:
                        day = dt.date(year, mention.month, mention.day)
                    except ValueError:
                        day = None
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


def expand_organizer(name: str | None, district: str | None, province: str | None) -> str | None:
    """"UBND huyện" → "UBND huyện Kiên Lương" when the text places the event there."""
    if not name:
        return name
    level = re.search(r"\b(huyện|thị xã|quận|tỉnh|thành phố)$", name)
    if not level:
        return name
    place = province if level.group(1) == "tỉnh" else district
    return f"{name} {place}" if place else name
