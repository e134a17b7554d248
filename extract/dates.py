"""Dates as Vietnamese news writes them, with what each date is *for*.

An article names many dates: the event ("Sáng 16/8"), the decision it cites
("Quyết định số 770/QĐ-TTg, ngày 29/6/2023"), a historical pair
("(11/6/1948 - 11/6/2023)"), holidays used as names ("Ngày hội 19/8") and the
page's own date line ("(11:28 | 22/03/2019)"). ``find_dates`` returns every
one of them with a ``role`` so that the caller can pick the event date
without re-reading the text.

Dates are always day before month. Offsets are character offsets into the
given string. Cue words live in ``data/rules/dates.json``.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from tdkt.extract.anchors import Anchors
from tdkt.extract.anchors import phrase_alternation as _alt
from tdkt.extract.resources import json_rules
from tdkt.portal.urls import dates_in_url

ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}
REFERENCE_SLACK = datetime.timedelta(days=10)
DATELINE_WIDTH = 80  # a stamp sits on a short line of its own
PREFIX_REACH = 48  # longest "chiều tối hôm nay, chủ nhật, (" before a date
CLAUSE_REACH = 120  # how far back a cue ("Quyết định số", "kỷ niệm") may govern a date


@dataclass(frozen=True)
class DateMention:
    """One date expression and how the text uses it.

    ``kind``: "day", "range", "month", "quarter", "year" or "period".
    ``role``: "plain", "decision", "anniversary", "holiday_name", "dateline" or "earlier" (before the
    event, or a deadline: "Trước đó, ngày 21-10").
    Fields the text does not write stay None; a range's first part borrows
    the month and year of its second part, as Vietnamese writing intends.
    """

    start: int
    end: int
    text: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    end_day: int | None = None
    end_month: int | None = None
    end_year: int | None = None
    kind: str = "day"
    role: str = "plain"
    part_of_day: str | None = None
    weekday: int | None = None
    weekday_matches: bool | None = None
    lunar: bool = False
    period_start_year: int | None = None
    period_end_year: int | None = None
    quarter: int | None = None
    time: str | None = None
    future: bool = False


# Building blocks. Every repetition is bounded so that no input can make a
# match attempt longer than a few dozen characters.
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:1[89]\d\d|2[01]\d\d)"
_NOT_GLUED_BEFORE = r"(?<![\w/.,:])(?<!\w-)"
_NOT_GLUED_AFTER = r"(?![\w/]|[.,:-]\d)"
_NOT_A_WEEKDAY = r"(?<!thứ )"  # the number of "Thứ 4" names a weekday (the patterns ignore case)
_TIME = (
    r"(?P<h>[01]?\d|2[0-3])\s{0,2}(?:(?P<colon>:)|h|giờ)\s{0,2}(?P<mi>[0-5]\d)?"
    r"(?(colon)(?::[0-5]\d)?)(?:\s{0,2}phút)?"  # "09:34:00": a stamp's seconds
)


class _Patterns:
    """All compiled patterns, built once from the rules file."""

    def __init__(self, r: dict):
        day_word = rf"(?<!\w)(?:{_alt(r['day_words'])})\s{{0,3}}"
        start = rf"(?:{day_word}|{_NOT_GLUED_BEFORE}{_NOT_A_WEEKDAY})"  # "Thứ 4, 24/02/2016": a weekday, not days 4 and 24
        month_name = _alt(r["lunar_month_names"])
        joiner = rf"(?:\s{{0,3}}-\s{{0,3}}|\s{{1,3}}(?:{_alt(r['range_joiners'])})\s{{1,3}})"
        list_joiner = rf"(?:\s{{0,3}}[-,]\s{{0,3}}|\s{{1,3}}(?:{_alt(r['range_joiners'] + r['list_joiners'])})\s{{1,3}})"
        since = r"(?:(?<!\w)từ\s{1,3})?"

        def numeric(p):
            return rf"(?P<{p}d>{_D})(?P<{p}s>[/.-])(?P<{p}m>{_M})(?:(?P={p}s)(?P<{p}y>{_Y}))?"

        def formal(p):
            return (
                rf"(?P<{p}fd>{_D})\s{{1,3}}tháng\s{{1,3}}(?P<{p}fm>{_M}|{month_name})"
                rf"(?:(?:\s{{1,3}}năm\s{{1,3}}|\s{{0,2}}[/-]\s{{0,2}})(?P<{p}fy>{_Y}))?"
            )

        def day_month(p):
            return rf"(?:{numeric(p)}|{formal(p)})"

        year_tail = r"(?:(?:\s{0,3}[/.-]\s{0,3}|\s{1,3}năm\s{1,3})(?P<%s>" + _Y + r"))?"
        bare_formal = r"(?=\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s)"  # no "ngày": only with a year
        alternatives = [
            rf"(?P<range_full>{since}{start}{day_month('a')}{joiner}(?:{day_word})?{day_month('b')}{_NOT_GLUED_AFTER})",
            (
                rf"(?P<range_days>{since}{start}(?P<rd>{_D})(?:\s{{0,3}},\s{{0,3}}{_D}){{0,5}}{list_joiner}"
                rf"(?:{day_word})?{day_month('c')}{_NOT_GLUED_AFTER})"
            ),
            (  # "ngày 15 tháng 6 (năm 2022)", "Rằm tháng Giêng", or a bare "15 tháng 6 năm 2022"
                rf"(?P<formal>(?:(?:{day_word}|{_NOT_GLUED_BEFORE}{bare_formal})(?P<xd>{_D})"
                rf"|(?<!\w)(?P<xr>{_alt(r['full_moon_words'])}))\s{{1,3}}tháng\s{{1,3}}(?P<xm>{_M}|{month_name})"
                rf"(?:(?:\s{{1,3}}năm\s{{1,3}}|\s{{0,2}}[/-]\s{{0,2}})(?P<xy>{_Y}))?{_NOT_GLUED_AFTER})"
            ),
            rf"(?P<numeric>(?:(?P<nw>{day_word})|{_NOT_GLUED_BEFORE}){numeric('n')}{_NOT_GLUED_AFTER})",
            (
                rf"(?P<period>(?<!\w)(?:(?P<pc>{_alt(r['period_cues'])})\s{{1,3}})?{_NOT_GLUED_BEFORE}"
                rf"(?P<p1>{_Y})\s{{0,3}}-\s{{0,3}}(?P<p2>{_Y}){_NOT_GLUED_AFTER}"
                rf"|(?<!\w)từ\s{{1,3}}năm\s{{1,3}}(?P<f1>{_Y})\s{{1,3}}(?:{_alt(r['range_joiners'])})\s{{1,3}}"
                rf"(?:năm\s{{1,3}})?(?P<f2>{_Y})(?!\w))"
            ),
            rf"(?P<month>(?<!\w)tháng\s{{1,3}}(?:(?P<mm>{_M})|(?P<mn>{month_name})(?!\w)){year_tail % 'my'}{_NOT_GLUED_AFTER})",
            rf"(?P<quarter>(?<!\w)quý\s{{1,3}}(?P<qq>(?-i:IV|I{{1,3}})|[1-4])(?!\w){year_tail % 'qy'}{_NOT_GLUED_AFTER})",
            rf"(?P<year>(?<!\w)năm\s{{1,3}}(?P<yy>{_Y}){_NOT_GLUED_AFTER})",
        ]
        self.core = re.compile("|".join(alternatives), re.IGNORECASE)
        self.single = re.compile("|".join(alternatives[2:]), re.IGNORECASE)  # retry after a refused range
        # Every alternative above starts at a digit or at one of these words.
        first_words = r["day_words"] + r["full_moon_words"] + r["period_cues"] + ["từ", "tháng", "quý", "năm"]
        self.anchors = Anchors(w.split()[0] for w in first_words)

        self.day_word_start = re.compile(rf"(?:{_alt(r['day_words'])})(?!\w)", re.IGNORECASE)
        self.prefix = re.compile(
            rf"(?<!\w)(?:(?P<part>{_alt(r['parts_of_day'])})(?!\w)(?:\s{{1,3}}(?:{_alt(r['relative_after_part'])})(?!\w))?"
            rf"\s{{0,3}}(?:,\s{{0,3}})?|(?:{_alt(r['relative_days'])})(?!\w)\s{{0,3}}(?:,\s{{0,3}})?)?"
            rf"(?:(?P<wd>{_alt(r['weekdays'])})(?!\w)\s{{0,3}}(?:,\s{{0,3}})?)?"
            rf"(?P<open>\(\s{{0,2}})?\Z",
            re.IGNORECASE,
        )
        self.close = re.compile(r"\s{0,2}\)")
        self.lunar_suffix = re.compile(
            rf"\s{{0,3}}(?:\(\s{{0,2}})?(?:{_alt(r['lunar_markers'])}|(?-i:{_alt(r['lunar_markers_upper'])}))(?!\w)(?:\s{{0,2}}\))?",
            re.IGNORECASE,
        )
        # A bare "12-5" or "28.5" opening a line, or right after a source tag "(QBĐT) - ", before a comma.
        self.lead_open = re.compile(r"(?:^|\n)[ \t]{0,3}(?:\([^()\n]{1,30}\)\s{0,2}-\s{0,2})?\Z")
        self.lead_comma = re.compile(r"\s{0,2},(?!\s{0,2}\d)")
        self.future_suffix = re.compile(rf"\s{{0,3}}(?:{_alt(r['future_markers'])})(?!\w)", re.IGNORECASE)
        self.weekday_suffix = re.compile(rf"\s{{0,3}}\(\s{{0,2}}(?P<wd>{_alt(r['weekdays'])})\s{{0,2}}\)", re.IGNORECASE)
        self.time_before = re.compile(
            rf"(?<![\w:]){_TIME}(?!\w)\s{{0,3}}(?:[,|-]\s{{0,3}})?\Z",
            re.IGNORECASE,
        )
        self.time_after = re.compile(
            rf"\s{{0,3}}(?:[,|/-]\s{{0,3}})?(?:(?:vào\s{{1,3}})?lúc\s{{1,3}})?(?<![\w:]){_TIME}(?![\w:])",
            re.IGNORECASE,
        )
        self.dateline_cue = re.compile(
            rf"(?<!\w)(?:{_alt(r['dateline_cues'])})(?:\s{{1,3}}lúc)?\s{{0,3}}:?\s{{0,3}}\Z", re.IGNORECASE
        )
        residue = "|".join(re.escape(x) for x in sorted(r["dateline_residue"], key=len, reverse=True))
        self.dateline_residue = re.compile(rf"(?:[\s|,:()\-]|{residue})*", re.IGNORECASE)
        self.boundary = re.compile(r"[.;!?](?=\s)|\n")
        self.list_gap = re.compile(rf"\s{{0,3}}(?:[,-]|(?:{_alt(r['list_joiners'])}))\s{{0,3}}", re.IGNORECASE)
        self.earlier_cue = re.compile(rf"(?:^|(?<=\W))(?:{_alt(r['earlier_cues'])}),?\s{{0,3}}\Z", re.IGNORECASE)
        self.decision_cue = re.compile(rf"(?<!\w)(?:{_alt(r['decision_cues'])})\s{{0,3}}\Z", re.IGNORECASE)
        self.document_ref = re.compile(
            rf"(?<![\w/])\d{{1,5}}(?:/\d{{4}})?[/-](?-i:[A-ZĐ])[\w.]*(?:[/-][\w.]+){{0,4}}"
            rf"|(?<!\w)(?:{_alt(r['decision_doc_types'])})\s{{1,3}}số\s{{0,2}}:?\s{{0,2}}\d",
            re.IGNORECASE,
        )
        self.blocker = re.compile(rf"(?<!\w)(?:{_alt(r['context_blockers'])})(?!\w)", re.IGNORECASE)
        self.anniversary_cue = re.compile(rf"(?<!\w)(?:{_alt(r['anniversary_cues'])})(?!\w)", re.IGNORECASE)
        self.holiday_cue = re.compile(rf"(?<!\w)(?:{_alt(r['holiday_cues'])})(?!\w)", re.IGNORECASE)
        self.ratio_before = re.compile(rf"(?<!\w)(?:{_alt(r['ratio_words_before'])})\s{{1,3}}\Z", re.IGNORECASE)
        self.ratio_after = re.compile(rf"\s{{1,3}}(?:{_alt(r['ratio_nouns_after'])})(?!\w)", re.IGNORECASE)

        self.page_stamp = re.compile(
            rf"\s{{0,3}}(?:{_alt(r['page_stamp_words'])})\s{{1,3}}(?P<y>{_Y})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?(?!\d)",
            re.IGNORECASE,
        )
        self.relative = re.compile(
            rf"(?<!\w)(?:(?:{_alt(r['parts_of_day'])})\s{{1,3}}(?P<rel>{_alt(list(r['relative_offsets']))})"
            rf"|(?P<day>{_alt(r['relative_days'])}))(?!\w)",
            re.IGNORECASE,
        )
        self.relative_then_date = re.compile(rf"\s{{0,3}}(?:,\s{{0,3}})?(?:\(\s{{0,2}})?(?:{_alt(r['day_words'])}\s{{0,3}})?\d")
        self.relative_offsets = {" ".join(k.split()): v for k, v in {**r["relative_offsets"], **r["relative_day_offsets"]}.items()}
        self.parts = {" ".join(k.split()): v for k, v in r["parts_of_day"].items()}
        self.weekdays = r["weekdays"]
        self.month_names = r["lunar_month_names"]
        self.holidays = {tuple(int(x) for x in dm.split("/")) for dm in r["holidays"]}


@cache
def _patterns() -> _Patterns:
    """Compile once per process, on first use."""
    return _Patterns(json_rules("dates.json"))


def _fold(phrase: str) -> str:
    """Lower-case and single-space a cue so it can be looked up in the rules."""
    return " ".join(phrase.lower().split())


def _int(value: str | None) -> int | None:
    return int(value) if value else None


# --- reading the core of a match ------------------------------------------------


def _month_value(month_text: str, pats: _Patterns) -> tuple[int, bool]:
    """(month, lunar): "12" is solar December, "Chạp" the twelfth lunar month."""
    if month_text.isdigit():
        return int(month_text), False
    return pats.month_names[_fold(month_text)], True


def _day_month_parts(m: re.Match, p: str, pats: _Patterns) -> tuple[int, int, int | None, bool, str | None]:
    """(day, month, year, lunar, separator) of a numeric-or-formal day group."""
    if m.group(f"{p}d"):
        return int(m.group(f"{p}d")), int(m.group(f"{p}m")), _int(m.group(f"{p}y")), False, m.group(f"{p}s")
    month, lunar = _month_value(m.group(f"{p}fm"), pats)
    return int(m.group(f"{p}fd")), month, _int(m.group(f"{p}fy")), lunar, None


def _read_core(m: re.Match, pats: _Patterns) -> dict | None:
    """Field values of the matched core, or None when the shape is not a date."""
    kind = m.lastgroup
    if kind == "numeric":
        day, month, year, _, sep = _day_month_parts(m, "n", pats)
        cued = bool(m.group("nw"))
        return {"kind": "day", "day": day, "month": month, "year": year, "sep": sep, "cued": cued}
    if kind == "formal":
        month, lunar = _month_value(m.group("xm"), pats)
        full_moon = bool(m.group("xr"))
        day = 15 if full_moon else int(m.group("xd"))
        year = _int(m.group("xy"))
        return {"kind": "day", "day": day, "month": month, "year": year, "lunar": lunar or full_moon, "cued": True}
    if kind in ("range_full", "range_days"):
        return _read_range(m, pats, kind)
    if kind == "period":
        first, last = int(m.group("p1") or m.group("f1")), int(m.group("p2") or m.group("f2"))
        if last <= first:
            return None
        return {"kind": "period", "period_start_year": first, "period_end_year": last, "cued": True}
    if kind == "month":
        month, lunar = _month_value(m.group("mm") or m.group("mn"), pats)
        return {"kind": "month", "month": month, "year": _int(m.group("my")), "lunar": lunar, "cued": True}
    if kind == "quarter":
        q = m.group("qq")
        quarter = int(q) if q.isdigit() else ROMAN_QUARTERS[q]
        year = _int(m.group("qy"))
        return {
            "kind": "quarter", "quarter": quarter, "month": 3 * quarter - 2, "end_month": 3 * quarter,
            "year": year, "end_year": year, "cued": True,
        }
    return {"kind": "year", "year": int(m.group("yy")), "cued": True}


def _read_range(m: re.Match, pats: _Patterns, kind: str) -> dict | None:
    """A two-part date; the second part's month and year complete the first."""
    second = "b" if kind == "range_full" else "c"
    end_day, end_month, end_year, lunar, sep = _day_month_parts(m, second, pats)
    if kind == "range_days":
        day, month, year = int(m.group("rd")), end_month, end_year
    else:
        day, month, year, first_lunar, first_sep = _day_month_parts(m, "a", pats)
        lunar, sep = lunar or first_lunar, first_sep or sep
        if year is None and end_year is not None:
            year = end_year if (month, day) <= (end_month, end_day) else end_year - 1
    if year is not None and end_year is not None:
        backwards = (year, month, day) >= (end_year, end_month, end_day)
    else:
        backwards = month == end_month and day >= end_day
    if backwards:
        return None
    return {
        "kind": "range", "day": day, "month": month, "year": year,
        "end_day": end_day, "end_month": end_month, "end_year": end_year,
        "lunar": lunar, "sep": sep, "cued": not m.group()[0].isdigit(),  # led by "từ" or "ngày"
    }


# --- the context around a core --------------------------------------------------


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in ``text``, in text order, with its role.

    Document numbers ("91/2017/NĐ-CP"), thousands ("2.291"), clock times,
    scores and shares ("3/5 xã") are not dates and are not returned.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates expects a str, got {type(text).__name__}")
    return list(_iter_dates(text))


def _iter_dates(text: str) -> Iterator[DateMention]:
    """`find_dates`, one mention at a time: a reader that wants the first of some kind stops there."""
    pats = _patterns()
    previous: DateMention | None = None
    pos = 0
    for anchor in pats.anchors.positions(text):
        if anchor < pos or (m := pats.core.match(text, anchor)) is None:
            continue
        mention = _mention(text, m, pats, previous)
        if mention is None and m.lastgroup.startswith("range") and (m := pats.single.match(text, anchor)):
            mention = _mention(text, m, pats, previous)
        if mention is not None:
            yield mention
            previous, pos = mention, mention.end


def find_datelines(text: str) -> list[DateMention]:
    """Dates that belong to the page furniture (publication date lines)."""
    return list(iter_datelines(text))


def iter_datelines(text: str) -> Iterator[DateMention]:
    """`find_datelines` read lazily: a reader after the page's own day stops at the first
    full one, and the rest of the text is not read."""
    if not isinstance(text, str):
        raise TypeError(f"iter_datelines expects a str, got {type(text).__name__}")
    return (m for m in _iter_dates(text) if m.role == "dateline")


def _mention(text: str, m: re.Match, pats: _Patterns, previous: DateMention | None) -> DateMention | None:
    """Turn one core match into a DateMention, or None when context says no."""
    previous_end = previous.end if previous else 0
    fields = _read_core(m, pats)
    if fields is None:
        return None
    start, end = m.start(), m.end()
    if fields["kind"] in ("day", "range"):
        start, end = _extend_prefix(text, fields, start, end, pats, previous_end)
        if not _is_date_shape(text, fields, m.start(), end, pats, start < m.start()):
            return None
        end = _extend_suffix(text, fields, end, pats)
    elif fields["kind"] == "month" and (lunar := pats.lunar_suffix.match(text, end)) is not None:
        fields["lunar"], end = True, lunar.end()
    time_start = _attach_time(text, fields, start, end, pats, previous_end)
    fields["role"] = _role(text, fields, start, end, time_start, pats, previous)
    return _build(text, start, end, fields)


def _extend_prefix(text, fields, start, end, pats, previous_end) -> tuple[int, int]:
    """Take in a leading part of day, weekday or bracket: "Sáng nay (7/6)", "Thứ Năm, 28/3/2024"."""
    prefix = pats.prefix.search(text, max(previous_end, start - PREFIX_REACH), start)
    if prefix is None or prefix.start() == start:
        return start, end
    part, weekday = prefix.group("part"), prefix.group("wd")
    fields["part_of_day"] = pats.parts[_fold(part)] if part else None
    fields["weekday"] = pats.weekdays[_fold(weekday)] if weekday else None
    if prefix.group("open"):
        close = pats.close.match(text, end)
        if close is None:  # a lone unclosed bracket is left out
            return (prefix.start() if prefix.start("open") > prefix.start() else start), end
        end = close.end()
    return prefix.start(), end


def _is_date_shape(text, fields, core_start, end, pats, has_prefix) -> bool:
    """Reject shares ("3/5 xã") and dot/dash pairs ("1.5", "3-1") that no cue
    ("ngày", "từ", "Sáng", a weekday, a bracket) or year marks as dates."""
    if fields.get("cued") or has_prefix or fields.get("year"):
        return True
    if fields.get("sep") in (".", "-"):  # "12-5, UBND huyện ..." opening a lead is a date
        return bool(pats.lead_comma.match(text, end) and pats.lead_open.search(text, max(0, core_start - 40), core_start))
    return not (pats.ratio_after.match(text, end) or pats.ratio_before.search(text, max(0, core_start - 20), core_start))


def _extend_suffix(text: str, fields: dict, end: int, pats: _Patterns) -> int:
    """Take in a trailing "(âm lịch)" or "(thứ Hai)"."""
    if (lunar := pats.lunar_suffix.match(text, end)) is not None:
        fields["lunar"], end = True, lunar.end()
    if (weekday := pats.weekday_suffix.match(text, end)) is not None and fields.get("weekday") is None:
        fields["weekday"], end = pats.weekdays[_fold(weekday.group("wd"))], weekday.end()
    if pats.future_suffix.match(text, end):  # "vào ngày 19/8 tới": the coming 19/8
        fields["future"] = True
    return end


def _attach_time(text, fields, start, end, pats, previous_end) -> int:
    """Record a clock time written next to a day; return where the time starts (or ``start``)."""
    if fields["kind"] not in ("day", "range"):
        return start
    after = pats.time_after.match(text, end)
    before = None if after else pats.time_before.search(text, max(previous_end, start - 24), start)
    found = after or before
    if found is None:
        return start
    fields["time"] = f"{int(found.group('h')):02d}:{int(found.group('mi') or 0):02d}"
    fields["colon_time"] = bool(found.group("colon"))
    fields["time_end"] = found.end() if after else None
    return before.start() if before else start


def _clause_start(text: str, start: int, pats: _Patterns, previous: DateMention | None) -> int:
    """Start of the clause holding ``start``: not far back, never before the previous date.

    Stopping at the previous date keeps a cue with the date it was written for
    ("kỷ niệm ... (22/12/1944 - 22/12/2025), ngày 15/12, ...").
    """
    begin = max(previous.end if previous else 0, start - CLAUSE_REACH)
    for boundary in pats.boundary.finditer(text, begin, start):
        begin = boundary.end()
    return begin


def _role(text, fields, start, end, time_start, pats, previous: DateMention | None) -> str:
    """Decide what the date is for; the checks run from most to least specific.

    Months, quarters and years are always "plain": only days, ranges and
    periods are cited as decisions, stamps or historical dates.
    """
    kind = fields["kind"]
    if kind not in ("day", "range", "period"):
        return "plain"
    clause = _clause_start(text, start, pats, previous)
    if kind == "period":
        return "anniversary" if _cue_governs(pats.anniversary_cue, text, clause, start, pats) else "plain"
    if _is_dateline(text, fields, start, end, time_start, pats):
        return "dateline"
    if pats.earlier_cue.search(text, max(clause, start - 40), start):
        return "earlier"  # "Trước đó, ngày 21-10, ...", "trước ngày 1/4/2019": not the event's day
    if fields.get("part_of_day") is not None or fields.get("weekday") is not None:
        return "plain"  # documents and history are not dated "sáng thứ Hai"
    if _is_decision(text, clause, start, pats):
        return "decision"
    if _is_historical_pair(fields) or _cue_governs(pats.anniversary_cue, text, clause, start, pats):
        return "anniversary"
    if _is_holiday(text, fields, clause, start, pats, previous):
        return "holiday_name"
    return "plain"


def _is_dateline(text, fields, start, end, time_start, pats) -> bool:
    """Publication stamps: a cue ("Cập nhật:"), a HH:MM next to a bare full date,
    or a numeric full date alone on its line (possibly with a weekday and HH:MM)."""
    if pats.dateline_cue.search(text, max(0, time_start - 40), time_start):
        return True
    if fields.get("year") is None or fields.get("part_of_day") is not None:
        return False
    if fields.get("colon_time") and not pats.day_word_start.match(text, start):
        return True
    if fields["kind"] != "day" or fields.get("sep") is None or fields.get("colon_time") is False:
        return False
    line_start = text.rfind("\n", max(0, time_start - DATELINE_WIDTH), time_start) + 1
    line_end = text.find("\n", end, end + DATELINE_WIDTH)
    line_end = len(text) if line_end < 0 and len(text) - end < DATELINE_WIDTH else line_end
    if (line_start == 0 and time_start > DATELINE_WIDTH) or line_end < 0:
        return False  # a long line is prose, not a stamp
    after = fields.get("time_end") or end
    return bool(pats.dateline_residue.fullmatch(text, line_start, time_start)
                and pats.dateline_residue.fullmatch(text, after, line_end))


def _is_decision(text, clause, start, pats) -> bool:
    """Dates that follow a document number or "ban hành"/"có hiệu lực từ" in the same clause."""
    if pats.decision_cue.search(text, max(clause, start - 40), start):
        return True
    last = None
    for last in pats.document_ref.finditer(text, clause, start):
        pass
    return last is not None and start - last.end() <= 70 and not pats.blocker.search(text, last.end(), start)


def _is_historical_pair(fields) -> bool:
    """"(11/6/1948 - 11/6/2023)": the same day in two different years."""
    if fields["kind"] != "range" or fields.get("year") is None or fields.get("end_year") is None:
        return False
    same_day = (fields["day"], fields["month"]) == (fields["end_day"], fields["end_month"])
    return same_day or fields["end_year"] - fields["year"] > 1


def _is_holiday(text, fields, clause, start, pats, previous: DateMention | None) -> bool:
    """"Ngày hội 19/8", "dịp 30/4 và 2/9": a holiday's day/month named after a holiday cue."""
    if fields.get("year") is not None:
        return False
    days = {(fields["day"], fields["month"])}
    if fields["kind"] == "range":
        days.add((fields["end_day"], fields["end_month"]))
    if not days <= pats.holidays:
        return False
    if previous is not None and previous.role == "holiday_name" and pats.list_gap.fullmatch(text, previous.end, start):
        return True
    return _cue_governs(pats.holiday_cue, text, clause, start, pats, reach=60)


def _cue_governs(cue: re.Pattern, text, clause, start, pats, reach: int = CLAUSE_REACH) -> bool:
    """True when ``cue`` occurs in the clause before ``start`` and still governs the date.

    It does not when an event word comes between ("kỷ niệm ... diễn ra vào
    ngày 11/6") or when a comma sets the date off as the time of a new
    statement ("Nhân dịp kỷ niệm ..., ngày 25/3, Huyện đoàn tổ chức").
    """
    last = None
    for last in cue.finditer(text, max(clause, start - reach), start):
        pass
    if last is None or pats.blocker.search(text, last.end(), start):
        return False
    return not text[last.end():start].rstrip().endswith(",")


def _build(text: str, start: int, end: int, fields: dict) -> DateMention:
    """Freeze the collected fields, computing the weekday check on the way.

    Every field is set at once (a frozen dataclass's ``__init__`` sets its twenty fields one by one,
    through ``object.__setattr__``, and every date of every lead is built).
    """
    weekday, day, month, year = fields.get("weekday"), fields.get("day"), fields.get("month"), fields.get("year")
    matches = None
    if weekday is not None and None not in (day, month, year) and not fields.get("lunar"):
        real = _safe_date(year, month, day)
        matches = None if real is None else real.weekday() == weekday
    mention = object.__new__(DateMention)
    mention.__dict__.update(
        start=start, end=end, text=text[start:end], day=day, month=month, year=year,
        end_day=fields.get("end_day"), end_month=fields.get("end_month"), end_year=fields.get("end_year"),
        kind=fields["kind"], role=fields["role"], part_of_day=fields.get("part_of_day"), weekday=weekday,
        weekday_matches=matches, lunar=bool(fields.get("lunar")),
        period_start_year=fields.get("period_start_year"), period_end_year=fields.get("period_end_year"),
        quarter=fields.get("quarter"), time=fields.get("time"), future=bool(fields.get("future")),
    )
    return mention


# --- turning mentions into calendar dates ---------------------------------------


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    """datetime.date, or None for 31/2 and friends."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return datetime.date(year, month, day)


def resolve_day(mention: DateMention, reference: datetime.date | None = None) -> datetime.date | None:
    """The calendar day a day or range mention names (a range gives its first day).

    A missing year comes from ``reference`` (the publication date): its year,
    or the year before when that would put the day more than 10 days after
    the reference (an article of 3/1/2024 saying "ngày 28/12" means 2023);
    a day marked as coming ("ngày 19/8 tới") takes the first year that does not
    put it more than 10 days before the reference.
    A written weekday does not move the year (a wrong weekday is more often
    a typo than a story a year old); compare it yourself when it matters.
    Lunar dates, months, quarters, years and periods give None: they do not
    name one solar day.
    """
    if not isinstance(mention, DateMention):
        raise TypeError(f"resolve_day expects a DateMention, got {type(mention).__name__}")
    if isinstance(reference, datetime.datetime):
        reference = reference.date()
    elif reference is not None and not isinstance(reference, datetime.date):
        raise TypeError(f"reference must be a datetime.date, got {type(reference).__name__}")
    if mention.kind not in ("day", "range") or mention.lunar:
        return None
    if mention.day is None or mention.month is None:
        return None
    if mention.year is not None:
        return _safe_date(mention.year, mention.month, mention.day)
    if reference is None:
        return None
    year = reference.year
    candidate = _safe_date(year, mention.month, mention.day)
    if mention.future:
        if candidate is not None and candidate < reference - REFERENCE_SLACK:
            year += 1
    elif candidate is None or candidate > reference + REFERENCE_SLACK:
        year -= 1
    return _safe_date(year, mention.month, mention.day)


@dataclass(frozen=True)
class PageDate:
    """When the page was written, as far as its URL or its crawl stamp tells.

    ``precision`` is "day" or "month"; a month-precise date is the last day of
    that month (the page was written in it, so an event it reports without a
    year happened on or before that day).
    """

    date: datetime.date
    precision: str
    source: str


def _page_date(year: int, month: int, day: int | None, source: str) -> PageDate | None:
    if day is None:
        return PageDate(datetime.date(year, month, calendar.monthrange(year, month)[1]), "month", source)
    found = _safe_date(year, month, day)
    return PageDate(found, "day", source) if found else None


def page_date_from_url(url: str | None) -> PageDate | None:
    """The page's date or month as its URL spells it (tdkt.portal.urls reads the URL).

    A day wins over a month ("/201509/" alone gives September 2015, as its
    last day); None when the URL spells none, or two different ones.
    """
    if not url:
        return None
    spelled = dates_in_url(url)
    for precision in ("day", "month"):
        pages = {_page_date(d.day.year, d.day.month, d.day.day if precision == "day" else None, "url")
                 for d in spelled if d.precision == precision}
        pages.discard(None)
        if len(pages) == 1:
            return pages.pop()
        if pages:
            return None
    return None


def page_stamp(text: str) -> PageDate | None:
    """A crawl stamp opening the text: " date 2025-09-24 ..." or " date 2021-05 ..."."""
    m = _patterns().page_stamp.match(text)
    if m is None:
        return None
    return _page_date(int(m.group("y")), int(m.group("m")), _int(m.group("d")), "stamp")


def find_relative_days(text: str) -> list[tuple[int, int, int]]:
    """Days named relative to the page's date, written without a date:
    "Sáng nay", "chiều qua", "hôm qua", as (start, end, offset in days).

    A relative word followed by a written date ("Sáng nay (23/11/2021)") is
    left to ``find_dates``, which reads the date itself.
    """
    pats = _patterns()
    out = []
    for m in pats.relative.finditer(text):
        if pats.relative_then_date.match(text, m.end()):
            continue
        word = _fold(m.group("rel") or m.group("day"))
        out.append((m.start(), m.end(), pats.relative_offsets[word]))
    return out

