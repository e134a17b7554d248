"""One article in, one extraction record out (the shape of shared/gold/GUIDE.md).

The stages run in a fixed order over one `Document`; each returns plain data
with provenance (raw character span, the sentence it came from, a
confidence), so every fact in the record can be traced back to the text.
"""
from __future__ import annotations

import re

from tdkt.extract.version import __version__ as EXTRACTOR_VERSION
from tdkt.extract.author import find_author
from tdkt.extract.awards import extract_awards
from tdkt.extract.campaigns import extract_campaigns
from tdkt.extract.document import Document, make_document
from tdkt.extract.event import event_date, event_kind, expand_organizer, headline_and_lead, organizer
from tdkt.extract.officials import extract_officials
from tdkt.extract.place import find_place
from tdkt.extract.relevance import relevance
from tdkt.extract.sanity import InputProblem, check_text

_ARTICLE_PERIOD = re.compile(
    r"(?:tổng kết|sơ kết|khen thưởng|thành tích)[^.;\n]{0,80}?"
    r"(?:năm học (\d{4})\s*-\s*(\d{4})|(?:giai đoạn|nhiệm kỳ) (\d{4})\s*-\s*(\d{4})|năm (\d{4}))")


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


def extract_article(text: str, *, id: str | None = None, url: str | None = None,
                    title: str | None = None, published: str | None = None) -> dict:
    """Extract the GUIDE's record (plus provenance) from one article's text."""
    meta = {"url": url, "title": title, "published": published}
    try:
        check_text(text)
    except InputProblem as problem:
        return empty_record(id, str(problem), **meta)
    doc = make_document(text, id=id, url=url, title=title, published=published)

    author, author_evidence = find_author(doc)
    kind, kind_evidence = event_kind(doc)
    date, date_evidence = event_date(doc)
    org, org_evidence = organizer(doc)
    place, place_spans = find_place(doc, organizer_evidence=org_evidence, event_date=date)
    officials = extract_officials(doc, places=place_spans, author=author)
    campaigns = extract_campaigns(doc)
    awards = extract_awards(doc, event_kind=kind, default_period=article_period(doc))
    relevant, score = relevance(doc, len(awards), kind)

    return {
        "id": id, **meta,
        "extractor_version": EXTRACTOR_VERSION,
        "relevant": relevant,
        "relevance": score,
        "event": {
            "kind": kind,
            "date": date,
            "organizer": expand_organizer(org, place.get("district"), place.get("province")),
            "evidence": {"kind": kind_evidence, "date": date_evidence, "organizer": org_evidence},
        },
        "place": place,
        "officials": [_official_record(doc, o) for o in officials],
        "campaigns": [c["name"] for c in campaigns],
        "campaign_mentions": campaigns,
        "awards": awards,
        "author": author,
        "author_evidence": author_evidence,
    }


def _official_record(doc: Document, official) -> dict:
    return {
        "name": official.name,
        "titles": official.titles,
        **doc.evidence(*official.first, official.confidence, official.sentence),
        "mentions": [list(doc.norm.raw_span(s, e)) for s, e in official.mentions],
    }
