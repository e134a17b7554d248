"""Stage: the structure of award statements, so that no recipient is counted twice.

An article often states a total and then breaks it down ("khen thưởng 304
tập thể, cá nhân, trong đó: Lao động tiên tiến: 168 cá nhân, ..."). Both
are award entries (the GUIDE asks for both), but a sum over them counts every
recipient of the breakdown twice. This stage tells each entry what it is:

* ``role``: ``total`` (it has a breakdown, or is written "tổng cộng N"),
  ``part`` (one line of a total's breakdown; ``part_of`` is the total's index
  in the record's ``awards``) or ``item`` (a statement of its own);
* on a total with parts: ``parts_sum`` and ``reconciles`` (the parts of its
  kind add up to it exactly);
* ``counted``: what the entry adds to a sum that counts every recipient once:
  a part counts in full, a total only what its parts leave unitemised
  (``count - parts_sum``, never below zero), an item in full.

It reads the award entries as the awards stage wrote them (``span``,
``sentence_span`` and ``recipient``) and the words of ``statements.json``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from tdkt.extract.document import Document
from tdkt.extract.resources import json_rules

CUE_REACH = 80     # characters after a total its breakdown cue may stand ("100 tập thể, cá nhân điển hình ..., trong đó")
TOTAL_CUE_REACH = 30  # characters before an entry a "tổng cộng" may stand


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern]:
    return {k: re.compile(v) for k, v in json_rules("statements.json").items() if not k.startswith("_")}


@dataclass
class _Entry:
    """An award entry placed in the normalised text."""
    index: int
    start: int
    end: int
    sentence: tuple[int, int]
    entry: dict


def norm_offset(doc: Document, raw: int) -> int:
    """The normalised offset of a raw one (the entries' spans are raw; the cues are read normalised)."""
    to_raw = doc.norm.to_raw
    if not isinstance(to_raw, tuple):
        return raw
    return bisect.bisect_left(to_raw, raw)


def _placed(doc: Document, awards: list[dict]) -> list[_Entry]:
    placed = []
    for i, award in enumerate(awards):
        span, sentence = award.get("span"), award.get("sentence_span") or award.get("span")
        if not span:
            continue
        placed.append(_Entry(i, norm_offset(doc, span[0]), norm_offset(doc, span[1]),
                             (norm_offset(doc, sentence[0]), norm_offset(doc, sentence[1])), award))
    return sorted(placed, key=lambda e: (e.end, e.start))


def structure_statements(doc: Document, awards: list[dict]) -> list[dict]:
    """Mark every award entry total, part or item (in place); returns the totals' summaries."""
    for award in awards:
        award.update(role="item", part_of=None)
    entries = _placed(doc, awards)
    summaries = []
    i = 0
    while i < len(entries):
        group = _group(entries, i)
        nxt = i + len(group)
        if _opens_breakdown(doc, group, entries[nxt] if nxt < len(entries) else None):
            parts = _parts(doc, group, entries[nxt:])
            summaries += _link(group, parts)
            nxt += len(parts)
        elif any(_written_as_total(doc, e) for e in group):
            for e in group:
                e.entry["role"] = "total"
        i = nxt
    for award in awards:
        award.setdefault("counted", award.get("count"))
    return summaries


def _group(entries: list[_Entry], i: int) -> list[_Entry]:
    """The entries of one statement: counts of one form that overlap ("1.047 cá nhân, 38 tập thể")."""
    group = [entries[i]]
    for e in entries[i + 1:]:
        if e.start < group[-1].end and e.sentence == group[0].sentence:
            group.append(e)
        else:
            break
    return group


def _opens_breakdown(doc: Document, group: list[_Entry], following: _Entry | None) -> bool:
    """A breakdown cue follows the statement, before any other count and any clause break."""
    end = group[-1].end
    limit = min(group[0].sentence[1], following.start if following else len(doc.lower), end + CUE_REACH)
    found = _rules()["breakdown_cue"].search(doc.lower, end, limit)
    if not found or following is None or following.sentence != group[0].sentence:
        return False
    before = doc.lower[end:found.start()]
    return (";" not in before or not before.strip(" ;,:")) and following.start >= found.end()


def _written_as_total(doc: Document, e: _Entry) -> bool:
    return bool(_rules()["total_cue"].search(doc.lower, max(e.sentence[0], e.start - TOTAL_CUE_REACH), e.end))


def _parts(doc: Document, group: list[_Entry], candidates: list[_Entry]) -> list[_Entry]:
    """The entries after a breakdown cue, up to the sentence end, a clause that starts a statement of its
    own, or a count that would take its total past the stated number."""
    sentence = group[0].sentence
    totals = {id(e): e.entry.get("count") or 0 for e in group}
    sums = {id(e): 0 for e in group}
    parts, previous_end = [], group[-1].end
    for e in candidates:
        if e.sentence != sentence:
            break
        gap = doc.lower[previous_end:e.start]
        if ";" in gap or "." in gap.rstrip(". "):
            clause = doc.lower[previous_end + gap.rfind(";") + 1:e.end] if ";" in gap else doc.lower[e.start:e.end]
            total = _total_for(group, e)
            over = total is not None and sums[id(total)] + (e.entry.get("count") or 0) > totals[id(total)] \
                and sums[id(total)] > 0
            if _rules()["new_statement"].match(clause) or over:
                break
        total = _total_for(group, e)
        if total is None:
            break
        sums[id(total)] += e.entry.get("count") or 0
        parts.append(e)
        previous_end = max(previous_end, e.end)
    return parts


def _total_for(group: list[_Entry], part: _Entry) -> _Entry | None:
    """The total a part belongs to: the one of the same kind of recipient, else a mixed one, else a lone one."""
    recipient = part.entry.get("recipient")
    for wanted in (recipient, "mixed"):
        for total in group:
            if total.entry.get("recipient") == wanted:
                return total
    return group[0] if len(group) == 1 else None


def _link(group: list[_Entry], parts: list[_Entry]) -> list[dict]:
    """Write role, part_of, parts_sum, reconciles and counted onto the totals and their parts."""
    summaries = []
    for total in group:
        mine = [p for p in parts if _total_for(group, p) is total]
        count = total.entry.get("count") or 0
        parts_sum = sum(p.entry.get("count") or 0 for p in mine)
        total.entry.update(role="total")
        if mine:
            total.entry.update(parts_sum=parts_sum, reconciles=parts_sum == count, counted=max(0, count - parts_sum))
        for p in mine:
            p.entry.update(role="part", part_of=total.index, counted=p.entry.get("count"))
        summaries.append({"total": total.index, "parts": [p.index for p in mine], "count": count,
                          "parts_sum": parts_sum, "reconciles": parts_sum == count if mine else None})
    return summaries
