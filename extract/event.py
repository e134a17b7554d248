"""Stage 7: the main event — its kind, its day and who organised it.

The lead (the first sentences after the headline) names the event; the
headline names its kind most reliably. A day written without a year takes it
from the page (publication date, a date in the URL, a dateline in the text),
else from the year the article reviews (a review of year Y held in November or
December is in Y, one held from January to June is in Y+1).
"""
from __future__ import annotations

import datetime as dt
import heapq
import re
from dataclasses import dataclass
from functools import lru_cache

from tdkt.extract import dates
from tdkt.extract.document import Document, Sentence
from tdkt.extract.gazetteer import find_places, place_named_whole
from tdkt.extract.matcher import PhraseMatcher, finditer, look_behind_after_first_letter, search
from tdkt.extract.normalize import UPPER, fold_case
from tdkt.extract.resources import csv_rules, expand_lexicons, json_rules, lexicon
from tdkt.portal.urls import date_from_url

LEAD_SENTENCES = 4
DATE_LEAD_SENTENCES = 5  # the event's day may follow a lead that page furniture and related links lengthen
EVENT_DAY_KINDS = {"day", "range"}


@dataclass
class Event:
    kind: str
    date: str | None
    organizer: str | None
    evidence: dict


@lru_cache(maxsize=2)
def _kind_matcher(weak: bool = False) -> PhraseMatcher:
    """The kind cues; a weak cue ("nhận bằng khen") counts only where no other cue is written."""
    return PhraseMatcher((row["pattern"], row["kind"]) for row in csv_rules("event_kinds.csv")
                         if (row.get("strength") == "weak") == weak)


@lru_cache(maxsize=1)
def _cues():
    rules = json_rules("event_cues.json")
    heads = {f"{{{k}}}": rules[k] for k in ("issuer_heads", "org_heads")}  # "{issuer_heads}" inside another cue
    cues = {k: re.compile(look_behind_after_first_letter(_fill(v, heads))) for k, v in rules.items() if not k.startswith("_")}
    cues["issuer_or_org"] = re.compile(f"(?:{rules['issuer_heads']}|{rules['org_heads']})")
    return cues


def _fill(pattern: str, parts: dict[str, str]) -> str:
    for key, value in parts.items():
        pattern = pattern.replace(key, value)
    return pattern


def lead_sentences(doc: Document, n: int = LEAD_SENTENCES) -> list[Sentence]:
    """The first body sentences after the headline."""
    return doc.sentences_of_kind("body")[:n]


_QUOTED = re.compile(r'“[^”\n]{0,300}”|"[^"\n]{0,300}"')
# A headline longer than this, or of several sentences, is a lead paragraph standing first in an excerpt.
HEADLINE_MAX = 220
# A newspaper's lead mark: "(VOV5) - ", "(QBĐT) - ", "LTS - ".
_LEAD_MARK = re.compile(r"(?:\([^()\n]{2,30}\)|LTS)\s*[-–—:]")


def _quoted_spans(lower: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(lower, start, end)]


def _kind_in(lower: str, start: int, end: int, weak: bool = False) -> tuple[str, int, int] | None:
    """The kind named first in lower[start:end], ignoring names in quote marks.

    The cue written first heads the event's own name ("lễ tôn vinh và trao
    danh hiệu", "quyết định trao tặng", "hội nghị xét thưởng ... tổng kết");
    two cues at one place are ordered by the rules file.
    """
    quoted = _quoted_spans(lower, start, end)
    # non-overlapping, left to right (at one spot the earlier rule wins): the first outside quotes, and
    # the cues after it are not matched at all
    best = next((m for m in _kind_matcher(weak).finditer(lower, start, end)
                 if not any(a <= m.start < b for a, b in quoted)), None)
    return (best.label, best.start, best.end) if best else None


def headline_is_paragraph(doc: Document) -> bool:
    """The first line is a lead paragraph (an excerpt without its headline), not a headline."""
    if doc.title_line is None:
        return False
    line = doc.lines[doc.title_line]
    if line.end - line.start > HEADLINE_MAX or _LEAD_MARK.match(doc.text, line.start, line.end):
        return True
    return len(doc.title_sentences) > 1


def event_sentences(doc: Document, n: int = LEAD_SENTENCES) -> list[Sentence]:
    """The lead: the first body sentences, after the first line's when that line is a paragraph."""
    first = list(doc.title_sentences) if headline_is_paragraph(doc) else []
    return (first + lead_sentences(doc, n))[:n]


def headline_and_lead(doc: Document, n: int) -> list[tuple[int, int]]:
    """Spans of the headline (when it is in the text) and the first n lead sentences."""
    spans = []
    if doc.title_line is not None and not headline_is_paragraph(doc):
        line = doc.lines[doc.title_line]
        spans.append((line.start, line.end))
    return spans + [(s.start, s.end) for s in event_sentences(doc, n)]


def _worded(doc: Document, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences long enough to be prose: not share bars, view counters or photo credits ("125 lượt xem")."""
    return [s for s in sentences if len(doc.text[s.start:s.end].split()) >= MIN_LEAD_WORDS]


# A headline that names a launch over a lead that reports a review
# conference: the review is the event ("tổng kết ... và phát động ...").
_LEAD_OVERRIDES = {"phat_dong": ("tong_ket", "so_ket")}


def _kind_of(doc: Document, weak: bool) -> tuple[str, int, int] | None:
    lower = doc.lower
    lead = [(s.start, s.end) for s in event_sentences(doc, 3)]
    found = None
    if doc.title_line is not None and not headline_is_paragraph(doc):
        line = doc.lines[doc.title_line]
        found = _kind_in(lower, line.start, line.end, weak)
    if not found:
        # Without a headline, the lead sentence that holds the event ("... tổ chức lễ trao tặng ...") names it.
        holds = _cues()["holding_verbs"]
        found = next((f for start, end in lead[:2] if holds.search(lower, start, end)
                      for f in [_kind_in(lower, start, end, weak)] if f), None)
    if not found:  # a weak cue ("nhận bằng khen") only where it leads: the headline or the first sentence
        found = next((f for start, end in lead[:1 if weak else 2] for f in [_kind_in(lower, start, end, weak)] if f), None)
    if found and found[0] in _LEAD_OVERRIDES:
        for start, end in lead:
            if start >= found[2]:
                other = _kind_in(lower, start, end, weak)
                if other and other[0] in _LEAD_OVERRIDES[found[0]]:
                    return other
    return found


def event_kind(doc: Document) -> tuple[str, dict | None]:
    """The kind from the headline, else from the lead; `other` when neither says. A decision printed as a
    document ("QUYẾT ĐỊNH:" then "Điều 1.") is a decision whatever its title grants."""
    printed = search(_cues()["printed_decision"], doc.lower, 0, len(doc.lower))  # most pages lack its words
    if printed:
        return "quyet_dinh", doc.evidence(printed.start(1), printed.end(1), 0.9)
    for weak in (False, True):
        found = _kind_of(doc, weak)
        if found:
            kind, s, e = found
            return kind, doc.evidence(s, e, 0.8 if not weak else 0.6)
        if doc.title and doc.title_line is None:  # title given separately from the text
            found = _kind_in(fold_case(doc.title), 0, len(doc.title), weak)
            if found:
                return found[0], {"field": "title", "text": doc.title, "confidence": 0.8}
    return "other", None


def kind_told_by_awards(doc: Document, kind: str, evidence: dict | None, awards: list[dict]) -> tuple[str, dict | None]:
    """The kind an article names no event for, told by the awards it reports: an award council's proposal when
    every award is proposed; none when its opening names an event of another kind, an anniversary or a
    festival; a decision when its opening speaks of one ("quyết định") or nothing in it speaks of a ceremony
    or a meeting, else a presentation. An article naming its event keeps that kind."""
    if kind != "other" or not awards:
        return kind, evidence
    if all(a["status"] == "proposed" for a in awards):
        return "hop_xet", _award_evidence(awards[0])
    if _cues()["other_event"].search(doc.lower, 0, OPENING_REACH):
        return kind, evidence  # "Lễ kỷ niệm 58 năm Ngày Thầy thuốc ...": the awards are a part of another event
    decision = _cues()["decision_word"].search(doc.lower, 0, OPENING_REACH)
    if decision:
        return "quyet_dinh", doc.evidence(decision.start(), decision.end(), 0.5)
    if not _cues()["ceremony_word"].search(doc.lower):
        return "quyet_dinh", _award_evidence(awards[0])  # "X được Thủ tướng tặng Bằng khen ...": decided, not presented
    return "trao_tang", _award_evidence(awards[0])


def _award_evidence(award: dict) -> dict:
    """An award's own provenance (raw span, text, sentence) as the evidence of a kind it tells."""
    return {**{k: award[k] for k in ("span", "text", "sentence", "sentence_span") if k in award}, "confidence": 0.5}


def _reference_date(doc: Document) -> tuple[dt.date | None, str | None]:
    """The page's own day: publication date, a date in the URL, a crawl stamp, a dateline.

    Only day-precise dates; see ``_page_month`` for a URL or stamp that gives
    the month alone.
    """
    if doc.published:
        try:
            return dt.date.fromisoformat(str(doc.published)[:10]), "published"
        except ValueError:
            pass
    if doc.url:
        found = date_from_url(doc.url)
        if found:
            return found, "url"
    for page in (dates.page_date_from_url(doc.url), dates.page_stamp(doc.text)):
        if page is not None and page.precision == "day":
            return page.date, page.source
    for mention in dates.iter_datelines(doc.text[:DATELINE_REACH]):
        if mention.year and mention.month and mention.day:
            try:
                return dt.date(mention.year, mention.month, mention.day), "dateline"
            except ValueError:
                continue
    return None, None


def _page_month(doc: Document) -> dt.date | None:
    """The last day of the month the URL ("/201409/") or the crawl stamp ("date 2021-05") names."""
    for page in (dates.page_date_from_url(doc.url), dates.page_stamp(doc.text)):
        if page is not None:
            return page.date
    return None


DATELINE_REACH = 3000
MIN_LEAD_WORDS = 5  # shorter lines in the lead are page furniture or photo credits ("icon gmail", "Ảnh: Minh")
_REVIEW_YEAR = re.compile(expand_lexicons(
    r"(?:{lex:review_cues}|đại hội)[^.;\n]{0,120}?"
    r"(?:(?<!từ )năm (học )?(\d{4})(?:\s*-\s*(\d{4}))?|(?:{lex:period_words})\s+(\d{4})\s*-\s*(\d{4}))"))
_SCHOOL_YEAR = re.compile(r"\bnăm học (?:mới )?(\d{4})\s*-\s*(\d{4})\b")
_YEAR = re.compile(r"(?<![\w/.,–-])(?<![–-]\s)((?:19|20)\d\d)(?![\w/]|[.,]\d|\s?[–-]\s?\d)")  # "năm 2017", "giải thưởng ... 2017"


def _review_reference(window: str, month: int) -> dt.date | None:
    """The year a review names: "tổng kết ... năm 2020" held in January is in 2021.

    A school year ("tổng kết năm học 2022 - 2023") is reviewed in its second
    year; a review of a year held from July on is in that year, before July in
    the year after; a multi-year period ("giai đoạn 2016-2020") is reviewed in
    its last year from March on, in January or February in the year after.
    """
    review = _REVIEW_YEAR.search(window)
    if not review:
        return None
    school, first, last, period_last = review.group(1), review.group(2), review.group(3), review.group(5)
    if school:
        return dt.date(int(last or first), 12, 31)
    if period_last and "đại hội" in review.group(0) and not any(
            cue in review.group(0) for cue in ("tổng kết", "sơ kết")):
        return None  # "Đại hội ... (2025 - 2030)" names the coming term, not a past one
    year = int(period_last or last or first)
    multi_year = year - int(review.group(4) or first) >= MULTI_YEAR_SPAN
    if "sơ kết" not in review.group(0) and month < (NEW_YEAR_MONTHS if multi_year else 7):
        year += 1  # a year reviewed in the first half of the next; a five-year period as it ends, or just after
    return dt.date(year, 12, 31) if month >= 7 else dt.date(year, 6, 30)


INCIDENT_REACH = 100  # how far before a day a word of an incident makes it the incident's day
EARLIEST_NEWS_YEAR = 1995  # the news read is from then on: a period that ended before is history
COMING_YEAR_FROM = 10  # from October a conference may prepare the next year's work
MULTI_YEAR_SPAN = 2  # "giai đoạn 2010-2015", "5 năm 2011-2015": a period of several years
NEW_YEAR_MONTHS = 3  # such a period reviewed in January or February has just ended; from March, it is ending


def _years_later(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (29 February falls on the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _closest(month: int, day: int, anchor: dt.date) -> dt.date:
    """A reference that gives (day, month) the year that puts it closest to ``anchor``."""
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs(candidate - anchor) < abs(best - anchor):
            best = candidate
    return best + dates.REFERENCE_SLACK if best else anchor


def _context_reference(doc: Document, mention, sentence: Sentence, lead: list[Sentence]) -> dt.date | None:
    """A reference date for a day written without its year, from the article itself.

    In order: the year the article reviews ("tổng kết ... năm 2020" held in
    January → 2021); the last year of the period an armed forces' emulation
    congress reviews, the first year of another congress's period; the end of
    an anniversary's span ("kỷ niệm 15 năm (1997-2012)"); a full date written
    in the lead (a decision "ngày 11/10/2016", the end of an anniversary pair,
    a founding date plus the years the article marks), or the day's own month
    with its year ("tháng 5-2025") — the day takes the year that puts it
    closest; the year a conference prepares, held late in the year before
    ("triển khai công tác năm 2024" on 25/12: 2023); the one year the headline
    and the day's sentence mention ("ký kết giao ước thi đua năm 2017"), unless
    that sentence names a school year; the anniversary of a national day
    ("kỷ niệm 93 năm Ngày thành lập Đảng": 2023); the school year the lead
    names (its first year for a day from August of a year it opens, else its
    second); the one year of the headline and the sentence after all; the
    period they name (its last year, a congress's first).
    """
    month = mention.month
    start, end = (doc.lines[doc.title_line].start if doc.title_line is not None else lead[0].start), lead[-1].end
    window = doc.lower[start:end]
    review = _review_reference(window, month)
    if review:
        return review
    reviewed = _cues()["reviewing_congress"].search(window)  # "Đại hội Thi đua Quyết thắng ... 2019-2024": in 2024
    if reviewed:
        return dt.date(int(reviewed.group(1)), 12, 31)
    congress = _cues()["congress_period"].search(window)  # "Đại hội ... giai đoạn 2025-2030": held in 2025
    if congress:
        return dt.date(int(congress.group(1)), 12, 31)
    periods, anchors = [], []
    span = _cues()["anniversary_years"].search(window)
    years_since = int(span.group(1) or span.group(2)) if span else 0
    for other in lead:
        for found in dates.find_dates(doc.text[other.start:other.end]):
            if found.kind == "period" and found.role == "anniversary":
                periods.append(found.period_end_year)
            if found.kind == "month" and found.year and found.month == month and found.role == "plain":
                anchors.append((False, dt.date(found.year, month, 1)))  # "Sáng 5-5, tại lễ chào cờ tháng 5-2025"
                continue
            if not (found.year and found.month and found.day):
                continue
            if found.role == "anniversary" and found.kind != "range":
                continue  # "thành lập ngày 3/2/1930": history, not the article's time
            try:
                anchor = dt.date(found.end_year or found.year, found.end_month or found.month,
                                 found.end_day or found.day)
            except ValueError:
                continue
            history = anchor.year < EARLIEST_NEWS_YEAR  # "Ngày 3-8-1960 được coi là ngày sinh của X": its beginnings
            founding = years_since and found.kind != "range" and (
                (found.month, found.day) == (mention.month, mention.day) or history
                or _cues()["founding"].search(doc.lower, other.start, other.end))
            if founding:  # "Ngày 26-10-1975, ... thành lập Vùng 4" in an article marking 50 years: 2025
                anchors.append((True, _years_later(anchor, years_since)))
                continue
            if not history:  # a day of the past the article tells of dates nothing of the news
                anchors.append((found.role == "anniversary", anchor))
    if periods:  # "kỷ niệm 110 năm thành lập (1902-2012)": the year the article marks, whatever else the lead dates
        return dt.date(periods[0], 12, 31)
    if anchors:
        return _closest(month, mention.day, min(anchors, key=lambda a: a[0])[1])
    title = doc.lines[doc.title_line] if doc.title_line is not None else None
    near = (doc.lower[title.start:title.end] if title else "") + " " + doc.lower[sentence.start:sentence.end]
    years = {int(m.group(1)) for m in _YEAR.finditer(near)
             if not _cues()["year_of_birth"].search(near, max(0, m.start() - 12), m.start())}  # not "(SN 1996)", "sinh năm 1949"
    school_here = _SCHOOL_YEAR.search(doc.lower, sentence.start, sentence.end)
    coming = _cues()["coming_year"].search(near)  # "Ngày 25/12, ... Hội nghị triển khai công tác năm 2024": 2023
    if coming and years == {int(coming.group(1))} and month >= COMING_YEAR_FROM:
        return dt.date(int(coming.group(1)) - 1, 12, 31)
    if len(years) == 1 and not school_here:  # the day's own sentence and the headline, before a school year later
        return dt.date(years.pop(), 12, 31)
    national = _national_day_reference(window)
    if national:  # "kỷ niệm 38 năm Ngày Nhà giáo Việt Nam": exact, unlike the school years of what was achieved
        return national
    school = school_here or _SCHOOL_YEAR.search(window)
    if school and _cues()["school_year_opens"].search(window) and month >= 8:
        return dt.date(int(school.group(1)), 12, 31)  # "khai giảng năm học 2021-2022" on 5/9: in 2021
    if school:  # else the school year is reviewed, in its second year or after
        return dt.date(int(school.group(2)), 12, 31)
    if len(years) == 1:
        return dt.date(years.pop(), 12, 31)
    return _period_reference(near, month)


def _period_reference(near: str, month: int) -> dt.date | None:
    """The period the headline or the day's sentence names ("tuyên dương ... giai đoạn 2021 – 2024", "5 năm
    (2005-2010)"): what it honours has just been achieved, so its last year (in January or February, the year
    after); a congress opens the period it names ("Đại hội thi đua yêu nước lần thứ VI (2020-2025)"), its
    first. A term ("nhiệm kỳ 2021-2026") is the time its holders serve, no achievement: it dates nothing."""
    period = next((m for m in _PERIOD_SPAN.finditer(near) if not near[:m.start()].rstrip(" (").endswith("nhiệm kỳ")), None)
    if period is None or int(period.group(2)) < EARLIEST_NEWS_YEAR:
        return None  # "giai đoạn 1945-1975": history, not what the article's event honours
    if "đại hội" in near[:period.start()]:
        return dt.date(int(period.group(1)), 12, 31)
    last = int(period.group(2))
    return dt.date(last + 1, 6, 30) if month < NEW_YEAR_MONTHS else dt.date(last, 12, 31)


_PERIOD_SPAN = re.compile(r"(?<![\d/.])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\d/])")


def _national_day_reference(window: str) -> dt.date | None:
    """The year of the anniversary of a day the whole country marks ("kỷ niệm 93 năm Ngày thành lập Đảng": 1930 +
    93 = 2023), from data/rules/national_days.csv; the last resort for a day written without its year."""
    founded, pattern = _national_days()
    marked = pattern.search(window)
    if marked is None:
        return None
    day = next(i for i, group in enumerate(marked.groups()[1:]) if group is not None)
    return dt.date(founded[day] + int(marked.group(1)), 12, 31)


@lru_cache(maxsize=1)
def _national_days() -> tuple[list[int], re.Pattern]:
    """Each national day's first year, and one pattern with a group a day (its words hold no groups of their own)."""
    rows = csv_rules("national_days.csv")
    days = "|".join(f"({row['words']})" for row in rows)
    return [int(row["founded"]) for row in rows], re.compile(rf"(?<!\d)(\d{{1,3}})\s+năm\s+(?:ngày\s+)?(?:{days})")


def tells_what_came_before(doc: Document, sentence: Sentence) -> bool:
    """Does the sentence go back to what happened before the news ("Trước đó, ...", "Như Báo X đã đưa tin, ...")?
    It tells the deed the awards reward: its day and its place are not the event's."""
    return _cues()["told_before"].match(doc.lower, sentence.start, sentence.end) is not None


def _date_sentences(doc: Document) -> list[Sentence]:
    """Where the event's day is written: the first line, then the lead.

    The first line is usually the headline, which seldom writes a day; in an
    excerpt that starts mid-article it is the lead itself. Short lines (share
    bars, photo credits) do not count towards the lead's length.
    """
    out = []
    if doc.title_line is not None:
        out = [s for s in doc.title_sentences if not _cues()["legal_basis"].match(doc.lower, s.start, s.end)]
    lead = 0
    for s in doc.sentences:
        if doc.lines[s.line].kind != "body" or lead >= DATE_LEAD_SENTENCES:
            continue
        if _cues()["legal_basis"].match(doc.lower, s.start, s.end):
            continue  # "Căn cứ Luật ... ngày 25 tháng 12 năm 2001": what a printed decision rests on
        out.append(s)
        if len(doc.text[s.start:s.end].split()) >= MIN_LEAD_WORDS:
            lead += 1
    return out


def event_date(doc: Document, kind: str | None = None) -> tuple[str | None, dict | None]:
    """ISO date of the main event, with provenance, or (None, None).

    The first day written in the headline or lead that is not a decision,
    anniversary, holiday name or page stamp; for a decision article
    (``quyet_dinh``) the decision's own date counts. "Sáng nay", "chiều qua"
    count from the page's day.
    """
    lead = _date_sentences(doc)
    if not lead:
        return None, None

    @lru_cache(maxsize=1)
    def page_day() -> dt.date | None:
        """Read only when needed: an undated page is searched for datelines."""
        return _reference_date(doc)[0]

    roles = {"plain", "decision"} if kind == "quyet_dinh" else {"plain"}
    for sentence in lead:
        if tells_what_came_before(doc, sentence):
            continue  # "Trước đó, vào ngày 22/9, anh A ...": the deed rewarded, before the event (its year may count)
        text = doc.text[sentence.start:sentence.end]
        found = [(m.start, m) for m in dates.find_dates(text)]
        relative = dates.find_relative_days(text)
        if relative and page_day():
            found += [(r[0], r) for r in relative]
        for _, mention in sorted(found, key=lambda pair: pair[0]):
            if isinstance(mention, tuple):  # "sáng nay", "hôm qua"
                start, end, offset = mention
                day = page_day() + dt.timedelta(days=offset)
                return day.isoformat(), doc.evidence(sentence.start + start, sentence.start + end, 0.6, sentence)
            if mention.role not in roles or mention.kind not in EVENT_DAY_KINDS or not mention.day:
                continue
            start, end = sentence.start + mention.start, sentence.start + mention.end
            if _cues()["incident_day"].search(doc.lower, max(sentence.start, start - INCIDENT_REACH), start):
                continue  # "... truy bắt 2 nghi phạm vào rạng sáng 5/10": the incident's day
            if mention.year and mention.year < EARLIEST_NEWS_YEAR:
                continue  # "ngày 30/4/1975": history the article tells, not its news
            if mention.year:  # a full date needs no reference
                day = dates.resolve_day(mention)
            else:
                ref = page_day() or _page_month(doc) or _context_reference(doc, mention, sentence, lead)
                day = dates.resolve_day(mention, ref) if ref else None
            if day is None:
                continue
            confidence = 0.9 if mention.year else 0.7
            return day.isoformat(), doc.evidence(start, end, confidence, sentence)
    return None, None


ORGANIZER_MAX_WORDS = 25
_BRACKET = re.compile(r"\([^()]*\)")
_BEFORE_NAME = " \t\n(\"“‘'["  # what may stand right before a unit's head word
ORGANIZER_LEAD = 3  # lead sentences read for the organizer (page furniture and short lines not counted)
NAMED_SUBJECT_WORDS = 6  # the longest holder named without a head word ("Vinaxa Hải Phòng")
_PLACE_HEAD = re.compile(expand_lexicons(r"(?:{lex:place_levels}|{lex:village_levels})\b(?!\s+(?:ủy|đoàn)\b)"))  # a place or a village ("làng X"); "tỉnh ủy", "tỉnh đoàn": units


def _subject_before(doc: Document, sentence: Sentence, verb_start: int, heads: re.Pattern,
                    person_cut: bool = False, led: bool = False) -> tuple[int, int] | None:
    """The first unit name that opens a clause before the verb and runs up to it.

    With ``led``, the name may follow the people who act for it ("đại diện
    lãnh đạo Bộ X tổ chức ..."): true of a holder, not of a presenter. A unit
    that only reports ("Sở X cho biết, Chủ tịch UBND tỉnh vừa ký ...") gives
    way to the next one, and is the answer only when no other unit acts.
    """
    cues, lower = _cues(), doc.lower
    reporter = None
    for m in heads.finditer(lower, sentence.start, verb_start):
        if m.start() > sentence.start and lower[m.start() - 1] not in _BEFORE_NAME:
            continue  # inside a word or a number ("Quyết định số 12/QĐ-UBND")
        before = lower[sentence.start:m.start()].rstrip()
        if not (cues["separator"].search(before) or led and cues["led_by"].search(before)):
            continue
        if cues["document_code"].search(before):
            continue  # "Hướng dẫn số 435/HD – UBND ngày ...": a document's number
        if _PLACE_HEAD.match(lower, m.start()) and cues["venue_chain"].search(before):
            continue  # "tại thành phố Pleiku, tỉnh Gia Lai, ...": the venue, not the subject
        end = verb_start
        stop = cues["name_stop"].search(lower, m.start(), end)
        if stop:
            end = stop.start()
        if person_cut and cues["issuer_heads"].match(lower, m.start()):  # "Phó Thủ tướng Nguyễn Văn A" → the office
            comma = lower.find(",", m.end(), end)
            end = comma if comma > 0 else end  # "Phó Thủ tướng, Chủ tịch Ủy ban ...": the first office
            for person in cues["person_after_office"].finditer(lower, m.end(), end):
                name_start = person.start() + 1
                words = doc.text[name_start:end].split()[:2]  # a name has two capitalised words: not "Phú Hoàng – Taxi"
                if len(words) == 2 and words[0][:1].isupper() and words[1][:1].isupper() \
                        and (not _PLACE_HEAD.search(lower, max(m.start(), name_start - 12), name_start)
                             or _no_place_named(doc, max(m.start(), name_start - 12), name_start, end)):
                    end = person.start()
                    break
        while end > m.start() and doc.text[end - 1] in " ,-–":
            end -= 1
        adverb = cues["adverb_in_name"].search(lower, m.start(), end)
        if adverb and (heads.search(lower, adverb.end(), end)
                       or cues["not_in_name"].search(f" {lower[adverb.end():end]} ")):
            continue  # "Sở X cũng đề nghị Phòng Y tổ chức": Phòng Y's verb; "X cũng đã tặng ..., biểu dương": a clause
        end = adverb.start() if adverb else end  # "T.Ư Đoàn luôn kịp thời phát hiện, tuyên dương": "T.Ư Đoàn"
        adverbs = None if stop else cues["adverbs_at_end"].search(lower, m.start(), end)
        end = adverbs.start() if adverbs else end  # "Sở Y tế còn tặng": "Sở Y tế"
        name = lower[m.start():end]
        if name.count(")") > name.count("("):
            continue  # starts inside a bracket: "(khu X, quận Y), Liên đoàn ..."
        if not _is_name(name, doc.text[m.start():end]):
            continue
        if not (stop and cues["reporter"].match(lower, stop.start())):
            return m.start(), end
        reporter = reporter or (m.start(), end)  # "Sở X cho biết, Chủ tịch UBND tỉnh vừa ký ...": the next unit acts
    return reporter  # "Phòng X cho biết đã lập hồ sơ ...": the unit that reports is the one that acts


def _no_place_named(doc: Document, level_start: int, name_start: int, end: int) -> bool:
    """After a place level, three or more capitalised words that name no place the gazetteer knows are the
    office holder's name ("Chủ tịch UBND tỉnh Trần Văn A"), not the place's ("tỉnh Thừa Thiên Huế")."""
    words = doc.text[name_start:end].split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words[:3]):
        return False
    return not any(p.end > name_start - level_start for p in find_places(doc.text[level_start:end]))


def _is_name(name: str, written: str | None = None) -> bool:
    """A unit's name: short, no clause, no half of a quotation, and more than a head word ("Cục", "Ban",
    "Nhà hát" alone name nothing; an abbreviation such as "UBND" does)."""
    words = name.split()
    if name.count('"') % 2 or name.count("“") != name.count("”"):
        return False  # a quotation opened or closed inside: 'bài viết "A, B thành công", ngày 12-10, C'
    place = _PLACE_HEAD.match(name)
    if place and written and not written[place.end():].strip()[:1].isupper():
        return False  # "thành phố trong đợt thi đua": a place level and no place's name
    if len(words) == 1 and not (written or name).isupper():
        return False
    if _cues()["event_noun_name"].match(name.strip().lower()):
        return False  # "HỘI NGHỊ" opening an all-capitals headline: the event, not who holds it
    if written and written[:1].islower() and _cues()["generic_holder"].match(written.lower()):
        return False  # "ngành Giáo dục", "ban tổ chức": a sector or an unnamed committee
    if _cues()["org_heads"].fullmatch(name.strip()) and not _cues()["self_named"].fullmatch(name.strip()):
        return False  # "Nhà hát", "Bệnh viện": a head word alone, the unit not named ("Chính phủ" is named)
    office = name.strip().lower()
    if _cues()["issuer_heads"].fullmatch(office) and not _cues()["office_alone"].fullmatch(office):
        return False  # "Viện trưởng Lò Văn A trao ...": an office alone, its holder's unit not named
    unbracketed = _BRACKET.sub(" ", name)  # "Ủy ban Dân tộc (nay là Bộ Dân tộc và Tôn giáo)": a bracket holds no clause
    return 0 < len(words) <= ORGANIZER_MAX_WORDS and not _cues()["not_in_name"].search(f" {unbracketed} ")


def _held_here(doc: Document, sentence: Sentence, verb_start: int) -> bool:
    """The verb's subject holds the event: not "Đại hội ... được tổ chức", not "Ban tổ chức"."""
    return not _cues()["not_held_here"].search(doc.lower, max(sentence.start, verb_start - 40), verb_start)


# Cues whose group 1 is the holder's name, tried in this order in each sentence.
_NAMED_HOLDERS = ("council", "council_of", "chair_of", "assembly_of", "congress_of", "held_by", "held_by_passive",
                  "officer_reports", "unit_reports", "cluster_of_event")
_PASSIVE_HOLDERS = ("held_by", "held_by_passive")  # "... do X tổ chức", "Lễ ... được X tổ chức": maybe an attended event
_CHAIRED_HOLDERS = ("council", "chair_of")  # a body its chair chairs, unless a unit named first holds the event


def _organizer_in(doc: Document, sentence: Sentence) -> tuple | None:
    """(start, end) of the holder this sentence names, (start, end, "issuer") for a decision's issuer, or None.

    In order: a holder named by its role or its event (_NAMED_HOLDERS); the
    subject of the first holding or deciding verb; the unit whose anniversary
    the event marks; a council proposing awards; the unit named after the event
    ("Hội nghị ... của Khối thi đua 5").
    """
    cues, lower = _cues(), doc.lower
    for key in _NAMED_HOLDERS:
        m = search(cues[key], lower, sentence.start, sentence.end)
        if key in _PASSIVE_HOLDERS and m and cues["attended"].search(lower, max(sentence.start, m.start() - 100), m.start()):
            continue  # "dự Hội nghị ... do Bộ X tổ chức": an event someone attends, not the one reported
        if m and _is_name(m.group(1), doc.text[m.start(1):m.end(1)]):
            if key in _CHAIRED_HOLDERS:
                host = _host_before(doc, sentence, m.start())
                if host:
                    return host  # "UBND huyện X tổ chức hội nghị ..., Chủ tịch Hội đồng TĐKT huyện chủ trì": the host
            return m.start(1), m.end(1)
    # The verb written first governs: "Trung tâm X tổ chức Hội nghị công bố quyết định khen thưởng" is a host's.
    verbs = heapq.merge(((m.start(), "issuer") for m in finditer(cues["decision_verbs"], lower, sentence.start, sentence.end)),
                        ((m.start(), "host") for m in cues["verbs"].finditer(lower, sentence.start, sentence.end)))
    for verb_start, role in verbs:
        if role == "issuer":
            found = _subject_before(doc, sentence, verb_start, cues["issuer_or_org"], person_cut=True)
            if found:
                return (*_office_signed_for(doc, sentence, found), "issuer")
            continue
        if _inside_a_name(doc, sentence, verb_start):
            continue  # "Cục Tổ chức cán bộ": a capitalised word inside a unit's name, not the verb
        if not _held_here(doc, sentence, verb_start):
            continue
        found = (_subject_before(doc, sentence, verb_start, cues["org_heads"], led=True)
                 or _named_subject(doc, sentence, verb_start))
        if found:
            return found
    m = search(cues["anniversary_of"], lower, sentence.start, sentence.end)  # after a host: "Bộ X tổ chức kỷ niệm ... ngành X"
    if m and _is_name(m.group(1), doc.text[m.start(1):m.end(1)]):
        return m.start(1), m.end(1)
    for m in finditer(cues["council_verbs"], lower, sentence.start, sentence.end):
        found = _subject_before(doc, sentence, m.start(), cues["council_heads"])
        if found:
            return found
    m = search(cues["of_event"], lower, sentence.start, sentence.end)
    if m:
        start = m.end()
        stop = cues["of_event_end"].search(lower, start, sentence.end)
        end = stop.start() if stop else sentence.end
        if _is_name(lower[start:end], doc.text[start:end]):
            return start, end
    return None


def _host_before(doc: Document, sentence: Sentence, limit: int) -> tuple[int, int] | None:
    """The subject of a holding verb written before ``limit`` in the sentence: the unit that holds the event
    a council's or a bloc's chair then chairs."""
    for m in _cues()["verbs"].finditer(doc.lower, sentence.start, limit):
        if _inside_a_name(doc, sentence, m.start()) or not _held_here(doc, sentence, m.start()):
            continue
        found = _subject_before(doc, sentence, m.start(), _cues()["org_heads"], led=True)
        if found:
            return found
    return None


def _office_signed_for(doc: Document, sentence: Sentence, found: tuple[int, int]) -> tuple[int, int]:
    """The office a deputy signs for ("Phó Thủ tướng X ký Quyết định ... Bằng khen của Thủ tướng Chính phủ":
    the Prime Minister issues it), when the sentence names it; else the deputy's own office."""
    cues, lower = _cues(), doc.lower
    deputy = cues["deputy"].match(lower, found[0], found[1])
    if deputy is None:
        return found
    office = cues["issuer_heads"].match(lower, deputy.end(), found[1]).group()
    for m in cues["signed_for"].finditer(lower, sentence.start, sentence.end):
        if m.group(1).startswith(office):
            person = cues["person_after_office"].search(lower, m.start(1), m.end(1))
            return m.start(1), person.start() if person and doc.text[person.start() + 1].isupper() else m.end(1)
    return found


def _inside_a_name(doc: Document, sentence: Sentence, pos: int) -> bool:
    """A capitalised verb inside a sentence is a word of a name; in a headline in capitals every word is."""
    if pos == sentence.start or not doc.text[pos].isupper():
        return False
    return doc.text[sentence.start:sentence.end] != doc.text[sentence.start:sentence.end].upper()


def _named_subject(doc: Document, sentence: Sentence, verb_start: int) -> tuple[int, int] | None:
    """A holder without a head word that opens the sentence, maybe after when: "Vinaxa chiều 26.12 tổ chức lễ
    ...", "Ngày 18/12, EVNCPC tổ chức lễ ..."; not a province's bare name, which says where the story is from
    (as _a_province_alone does for a headline: see _province_opening)."""
    found = _words_opening(doc, sentence, verb_start)
    if found and _a_province_alone(doc.text[found[0]:found[1]]):
        return None  # "Gia Bình tuyên dương 20 bác sĩ": a province's bare name, no unit of it
    return found


def _words_opening(doc: Document, sentence: Sentence, verb_start: int) -> tuple[int, int] | None:
    """Capitalised words that open the sentence, maybe after when, as the subject of the verb at verb_start."""
    start = _cues()["time_opening"].match(doc.lower, sentence.start, verb_start).end()  # "Ngày 18/12, X tổ chức"
    gap = _cues()["time_before_verb"].search(doc.lower, start, verb_start)
    end = gap.start() if gap else verb_start
    words = doc.text[start:end].split()
    if not 0 < len(words) <= NAMED_SUBJECT_WORDS or len(words) == 1 and words[0][1:].islower():
        return None  # one plain capitalised word opening a sentence is a common noun ("Lễ ...")
    if not all((w[0].isupper() or w[0].isdigit()) and _NAME_WORD.fullmatch(w) for w in words):
        return None  # lower-case words or punctuation: a clause or a phrase of time, not a name
    if any(fold_case(w) in _surnames() for w in words):
        return None  # a person
    if _cues()["event_noun_name"].match(doc.lower, start):
        return None  # "HỘI NGHỊ TỔNG KẾT ..." in capitals: the event, not who holds it
    return start, end


def _province_opening(doc: Document, sentences: list[Sentence]) -> dict | None:
    """Evidence of a province's bare name opening a lead sentence as a holding verb's subject ("Gia Bình tuyên
    dương ..."): it holds nothing, but it places the event (role "place")."""
    for sentence in sentences:
        for m in _cues()["verbs"].finditer(doc.lower, sentence.start, sentence.end):
            found = _words_opening(doc, sentence, m.start())
            if found and _a_province_alone(doc.text[found[0]:found[1]]):
                return {**doc.evidence(*found, 0.4, sentence), "role": "place"}
    return None


_NAME_WORD = re.compile(r"\w[\w.&-]*")  # a word of a name, capitalised: "Viettel", "TP.HCM", "10"


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(fold_case(name) for name in lexicon("surnames"))


def _giver_in(doc: Document, sentence: Sentence, kind: str | None) -> tuple | None:
    """The unit that presents or grants the awards in this sentence ("Tại hội nghị, Tỉnh ủy X đã tặng ...").

    A person's office ("Chủ tịch UBND tỉnh tặng ...") counts only as a
    decision's issuer: at a ceremony it presents what another unit hosts.
    """
    cues = _cues()
    heads = cues["issuer_or_org"] if kind in ISSUER_KINDS else cues["org_heads"]
    for m in cues["award_verbs"].finditer(doc.lower, sentence.start, sentence.end):
        if _inside_a_name(doc, sentence, m.start()):
            continue  # a capitalised word of a name or an award ("Tặng thưởng ..."), not the verb
        if not _held_here(doc, sentence, m.start()):
            continue  # "... được trao tặng": the recipients' verb
        found = _subject_before(doc, sentence, m.start(), heads, person_cut=True)
        if not found or cues["passive_clause"].search(doc.lower, max(sentence.start, found[0] - 60), found[0]):
            continue
        if not cues["org_heads"].match(doc.lower, found[0]):  # an office: the issuer
            office = cues["issuer_heads"].match(doc.lower, found[0])
            if office.end() >= found[1] and not cues["office_alone"].fullmatch(doc.lower, found[0], found[1]):
                continue  # "Giám đốc trao ...": an office alone names no issuer
            return found + ("issuer",)
        return found
    return None


def _headline_topic(doc: Document, sentences: list[Sentence]) -> tuple[int, int] | None:
    """"Hòa An: Tổng kết thi đua năm 2023": the name before the colon, when the rest names an event; "Bệnh
    viện X đón nhận danh hiệu Anh hùng": the unit receiving, which holds the ceremony.

    Read on the headline, and on a first lead sentence that is a short line of
    its own (a headline the page put below its own furniture).
    """
    lines = [doc.lines[doc.title_line]] if doc.title_line is not None and not headline_is_paragraph(doc) else []
    if sentences:
        line = doc.lines[sentences[0].line]
        if (sentences[0].start, sentences[0].end) == (line.start, line.end) and line.end - line.start <= HEADLINE_MAX:
            lines.append(line)
    for line in lines:
        m = _cues()["headline_topic"].match(doc.lower, line.start, line.end)
        if m and doc.text[m.start(1)].isupper() and len(m.group(1).split()) <= 6 and _kind_in(doc.lower, m.end(), line.end) \
                and not _a_province_alone(doc.text[m.start(1):m.end(1)]):
            return m.start(1), m.end(1)
        m = _cues()["receiving_headline"].match(doc.lower, line.start, line.end)  # "Bệnh viện X đón nhận ..."
        if m and doc.text[m.start(1)].isupper() and _is_name(m.group(1), doc.text[m.start(1):m.end(1)]):
            return m.start(1), m.end(1)
    return None


def _a_province_alone(name: str) -> bool:
    """"Nghệ An: Tôn vinh 91 nhà giáo": a province's bare name tags where a story is from (a paper's section),
    no unit that holds it; a district's ("Hòa An: Tổng kết ...") is its authority's own news."""
    place = place_named_whole(name)
    return place is not None and place.level == "province"


def organizer_sentences(doc: Document) -> list[Sentence]:
    """The lead sentences that can name the organizer (page furniture skipped), then the headline."""
    lead = _worded(doc, event_sentences(doc, 3 * ORGANIZER_LEAD))[:ORGANIZER_LEAD]
    if doc.title_line is not None and not headline_is_paragraph(doc):
        lead += doc.title_sentences[:1]
    return lead


def _found(doc: Document, found: tuple, sentence: Sentence, confidence: float) -> tuple[str, dict]:
    start, end = found[:2]
    evidence = doc.evidence(start, end, confidence, sentence)
    if found[2:]:  # a decision's issuer: it holds no event, so it places none
        evidence["role"] = "issuer"
    return _renamed_now(_this_place_named(doc, doc.written(start, end), start)), evidence


def _renamed_now(name: str) -> str:
    """"Ủy ban X (nay là Bộ Y)": "Bộ Y", the name the unit bears now; else the name as it is."""
    lower = name.lower()
    m = _cues()["renamed_now"].search(lower) if len(lower) == len(name) else None
    return name[m.start(1):m.end(1)] if m else name


def _this_place_named(doc: Document, name: str, start: int) -> str:
    """"giám đốc công an tỉnh này" with the province the text named before it ("công an tỉnh Long An cho biết,
    giám đốc công an tỉnh này ..."): "giám đốc công an tỉnh Long An"; else the name as written."""
    this = _THIS_LEVEL.search(name)
    if this is None:
        return name
    named = [m for m in _NAMED_LEVEL.finditer(doc.text, 0, start) if m.group(1).lower() == this.group(1).lower()]
    return f"{name[:this.start(2)]}{named[-1].group(2)}" if named else name


def organizer(doc: Document, kind: str | None = None) -> tuple[str | None, dict | None]:
    """The unit that holds the event, as the lead (else the headline) names it.

    In order: the holder the lead or headline names (a ceremony's host before
    the issuer of what it presents, unless the article reports the decision;
    at a presentation, the unit presenting in the lead before that issuer too);
    for a decision article (or one of no known kind) the decision's issuer;
    the unit that presents the awards in the lead; the name a headline puts
    before its colon; a holder a later body sentence names; the emulation
    cluster a review or pledge article is about.
    """
    sentences = organizer_sentences(doc)
    first_issuer = None
    for sentence in sentences:
        found = _organizer_in(doc, sentence)
        if found and (not found[2:] or kind == "quyet_dinh"):
            return _found(doc, found, sentence, 0.7)
        if found and first_issuer is None:
            first_issuer = (found, sentence)
    if first_issuer and kind not in HOSTED_KINDS:
        return _found(doc, *first_issuer, 0.7)
    for sentence in sentences if kind in HOSTED_KINDS else ():
        found = _giver_in(doc, sentence, kind)
        if found:
            return _found(doc, found, sentence, 0.6)
    if first_issuer:
        return _found(doc, *first_issuer, 0.7)
    if kind in ISSUER_KINDS:
        found = _issuer(doc, sentences, kind)
        if found:
            return found
    for sentence in sentences:
        found = _giver_in(doc, sentence, kind)
        if found:
            return _found(doc, found, sentence, 0.6)
    topic = _headline_topic(doc, sentences)
    if topic:
        return _found(doc, topic, doc.sentence_at(topic[0]), 0.5)
    read = set(sentences)  # a set: an article has dozens of body sentences
    for sentence in doc.body_sentences():  # "Dịp này, UBND phường X phát động ...": told later in the body
        if sentence in read:
            continue
        found = _organizer_in(doc, sentence)
        if found and not found[2:] and doc.text[found[0]].isupper():  # a unit's own name, not "ngành y tế"
            return _found(doc, found, sentence, 0.5)
    name, evidence = _cluster_named(doc, kind)
    return (name, evidence) if name else (None, _province_opening(doc, sentences))


def organizer_of_kind(name: str | None, evidence: dict | None, kind: str) -> tuple[str | None, dict | None]:
    """The organizer once the event's kind is settled (the awards may settle it after the lead was read): an
    office read as a decision's issuer ("Chủ tịch UBND tỉnh ... trao tặng") holds no presentation — it presents
    what another unit hosts, and an article that names no host has no organizer."""
    if evidence and evidence.get("role") == "issuer" and kind in HOSTED_KINDS \
            and _cues()["issuer_heads"].match(fold_case(name or "")):
        return None, None  # an office; a unit that grants ("Hội X đã phong tặng ...") may host the ceremony
    if name is None:
        return None, None  # a place that opens the lead ("Gia Bình tuyên dương ..."): it placed the event, holds nothing
    return name, evidence


def issuer_told_later(doc: Document) -> tuple[str, dict] | None:
    """A decision article whose lead names no one: the issuer of the first decision a later body sentence
    reports ("..., Chủ tịch UBND tỉnh X vừa ký quyết định khen thưởng ..." after a lead about the deed).

    Read only once the awards settled the kind as a decision: in another article a decision the body recalls
    ("năm 2008, UBND tỉnh đã ra quyết định thành lập trường") is history, not the event.
    """
    read = set(organizer_sentences(doc))
    for sentence in doc.body_sentences(include_captions=False):
        if sentence in read:
            continue
        found = _organizer_in(doc, sentence)
        if found and found[2:] and doc.text[found[0]].isupper():
            return _found(doc, found, sentence, 0.5)
    return None


def _issuer(doc: Document, sentences: list[Sentence], kind: str | None) -> tuple[str, dict] | None:
    """No host: the issuer of the decision the lead reports, or the issuer line of a printed decision.

    A passive grant ("... được Chủ tịch nước tặng thưởng ...") names the issuer
    anywhere in a decision article's lead; in another it must open the sentence.
    """
    reach = None if kind == "quyet_dinh" else GRANTED_BY_REACH
    cues = _cues()
    for sentence in sentences:
        for key in ("decision_of", "granted_by"):
            m = search(cues[key], doc.lower, sentence.start, sentence.end)
            if key == "granted_by" and m and reach is not None and m.start() - sentence.start > reach:
                continue  # the passive of a clause deep in a sentence reports a past award, not the news
            if m and len(m.group(1).split()) <= ORGANIZER_MAX_WORDS:
                office = cues["issuer_heads"].match(doc.lower, m.start(1))  # "UBND tỉnh Lâm Đồng" holds no person
                cut = cues["person_after_office"].search(doc.lower, m.start(1), m.end(1)) if office else None
                end = cut.start() if cut and doc.text[cut.end()].isupper() else m.end(1)
                return _found(doc, (m.start(1), end, "issuer"), sentence, 0.5)
    m = cues["decree_issuer"].search(doc.lower, 0, DECREE_REACH)
    if m:
        return _found(doc, (m.start(1), m.end(1), "issuer"), doc.sentence_at(m.start(1)), 0.5)
    return None


def _cluster_named(doc: Document, kind: str | None) -> tuple[str | None, dict | None]:
    """Last resort for a review or a pledge: the emulation cluster (bloc) a body sentence names."""
    if kind not in CLUSTER_KINDS:
        return None, None
    cues = _cues()
    for sentence in doc.body_sentences(include_captions=False):
        for m in finditer(cues["cluster_named"], doc.lower, sentence.start, sentence.end):
            if doc.text[m.start(1)].isupper() and _is_name(m.group(1)):
                return _found(doc, (m.start(1), m.end(1)), sentence, 0.4)
    return None, None


OPENING_REACH = 800  # characters from the top: the opening, where a decision or another kind of event reported is named
GRANTED_BY_REACH = 40  # "5 tập thể được Thủ tướng tặng ...": the sentence opens with the grant
DECREE_REACH = 1500  # a printed decision names its issuer above its preamble
ISSUER_KINDS = (None, "quyet_dinh", "other")  # kinds whose organizer may be a decision's issuer
HOSTED_KINDS = ("trao_tang",)  # events a unit hosts, never an office that signs or presents
CLUSTER_KINDS = (None, "tong_ket", "so_ket", "ky_giao_uoc", "other")  # events an emulation cluster holds
_ORGANIZER_LEVEL = re.compile(expand_lexicons(r"\b({lex:district_levels})$"))
_THIS_LEVEL = re.compile(expand_lexicons(r"\b({lex:place_levels})\s+(này)$"), re.IGNORECASE)
_NAMED_LEVEL = re.compile(expand_lexicons(rf"\b((?i:{{lex:place_levels}}))\s+([{UPPER}][\w]*(?:\s+[{UPPER}][\w]*)*)"))
_PLURAL_LEVEL = re.compile(expand_lexicons(r"\bcác\s+(?:{lex:district_levels})\b"), re.IGNORECASE)


def expand_organizer(name: str | None, district: str | None, province: str | None) -> str | None:
    """"UBND huyện" → "UBND huyện Kiên Lương" when the text places the event there."""
    if not name:
        return name
    level = _ORGANIZER_LEVEL.search(name)
    if not level or _PLURAL_LEVEL.search(name, 0, level.start()):
        return name  # "Khối thi đua các huyện, thành phố" names no one district
    place = province if level.group(1) == "tỉnh" else district
    if place and fold_case(place).startswith(level.group(1) + " "):
        return f"{name[:level.start()]}{place}"  # "UBND quận" in Quận 12: "UBND Quận 12", the level written once
    return f"{name} {place}" if place else name
