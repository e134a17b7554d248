"""Stage 4: award statements ("Bằng khen ... cho 02 tập thể") → award entries.

The rules come from data files: award names and their codes
(data/rules/awards.csv), recipient nouns (recipients.csv), ranks (ranks.csv)
and context words (award_context.json). The code here only binds them:

* an *anchor* is an award form ("Giấy khen", "Lao động tiên tiến") or a
  generic commendation cue ("khen thưởng"), which becomes `khen_thuong`;
* a *count* is a number with a recipient noun ("05 hộ gia đình");
* inside one clause (sentences cut at ";") a count belongs to the anchor right
  after its number ("265 lao động tiên tiến"), else to the nearest anchor
  before it ("Giấy khen: 63 cá nhân, 05 hộ..."), else to an anchor after it
  reached through a passive verb ("15 tập thể được tặng Bằng khen");
* an anchor that a verb gives to one named unit or person counts as 1.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.document import Document, Sentence
from extract.matcher import PhraseMatcher
from extract.resources import csv_rules, json_rules, taxonomy

COUNT_NUMBER = r"(?<![\d/.,-])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/]|[.,]\d)"
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6,
                "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    code: str
    default_recipient: str | None
    generic: bool = False          # a "khen thưởng" cue, not a named form
    issuer: str | None = None


@dataclass(frozen=True)
class Count:
    start: int
    end: int
    value: int
    recipient: str | None          # None: a bare number (needs a title right after)
    qualifier: str | None = None


@lru_cache(maxsize=1)
def _rules():
    ctx = json_rules("award_context.json")
    compiled = {k: re.compile(v) for k, v in ctx.items() if isinstance(v, str) and not k.startswith("_")}
    forms = PhraseMatcher(
        (row["pattern"], (row["code"], row["recipient"] or None, row["ranked"] == "yes"))
        for row in csv_rules("awards.csv")
    )
    recipients = PhraseMatcher((row["pattern"], row["recipient"]) for row in csv_rules("recipients.csv"))
    ranks = {row["word"]: row["rank"] for row in csv_rules("ranks.csv")}
    periods = [(re.compile(p), template) for p, template in ctx["period"]]
    compiled["issuer_before"] = [(code, re.compile(p), upgraded) for code, p, upgraded in ctx["issuer_before"]]
    qualifiers = r"(?:(hơn|trên|gần|khoảng|xấp xỉ|ước|trên dưới|tổng số|tổng cộng)\s+)?"
    number = re.compile(qualifiers + r"(?:" + COUNT_NUMBER + r"|\b(" + "|".join(NUMBER_WORDS) + r")\b)\s+")
    return compiled, forms, recipients, ranks, periods, number


def _clauses(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Cut a sentence at semicolons: each clause usually holds one award form."""
    spans, start = [], sentence.start
    for m in re.finditer(";", doc.text[sentence.start:sentence.end]):
        spans.append((start, sentence.start + m.start()))
        start = sentence.start + m.end()
    spans.append((start, sentence.end))
    return spans


def _anchors(doc: Document, start: int, end: int) -> list[Anchor]:
    ctx, forms, _, ranks, _, _ = _rules()
    lower = doc.lower
    anchors = []
    for m in forms.finditer(lower, start, end):
        code, recipient, ranked = m.label
        stop = m.end
        if ranked:
            rank = ctx["rank_suffix"].match(lower, stop, end)
            if rank and rank.group(1) in ranks:
                code, stop = f"{code}_hang_{ranks[rank.group(1)]}", rank.end()
        for plain, written_before, upgraded in ctx["issuer_before"]:
            if code == plain and written_before.search(lower, max(start, m.start - 60), m.start):
                code = upgraded
        if code not in taxonomy():
            continue
        issuer = ctx["issuer"].match(lower, stop, end)
        anchors.append(Anchor(m.start, stop, code, recipient,
                              issuer=doc.text[issuer.start(1):issuer.end(1)] if issuer else None))
    for m in ctx["khen_thuong_cue"].finditer(lower, start, end):
        if not any(a.start <= m.start() < a.end for a in anchors):
            anchors.append(Anchor(m.start(), m.end(), "khen_thuong", None, generic=True))
    return sorted(anchors, key=lambda a: a.start)


def _counts(doc: Document, start: int, end: int, anchors: list[Anchor]) -> list[Count]:
    _, _, recipients, _, _, number = _rules()
    lower = doc.lower
    counts = []
    for m in number.finditer(lower, start, end):
        digits, word = m.group(2), m.group(3)
        value = int(digits.replace(".", "")) if digits else NUMBER_WORDS[word]
        after = m.end()
        if any(a.start == after for a in anchors):
            counts.append(Count(m.start(), after, value, None, m.group(1)))
            continue
        noun = recipients.match_at(lower, after, end)
        if noun and not any(a.start <= noun.start < a.end for a in anchors if not a.generic):
            if word and word in ("năm", "ba") and noun.label == "ca_nhan":
                continue
            counts.append(Count(m.start(), noun.end, value, noun.label, m.group(1)))
    return counts


def _period(doc: Document, start: int, end: int, near: int, after_first: bool = True) -> str | None:
    """The achievement period written for a statement inside [start, end).

    A period written after the award form ("Khen thưởng tổng kết năm 2023: ...")
    wins over one before it ("... phương hướng năm 2024, Khen thưởng ...").
    """
    _, _, _, _, periods, _ = _rules()
    best = None
    for regex, template in periods:
        for m in regex.finditer(doc.lower, start, end):
            distance = m.start() - near
            rank = (0 if distance >= 0 else 1) if after_first else 0, abs(distance)
            value = template.format(*[None] + list(m.groups()))
            if best is None or rank < best[0]:
                best = (rank, value)
    return best[1] if best else None


def _status(doc: Document, sentence_start: int, anchor: Anchor, event_kind: str | None) -> str:
    ctx = _rules()[0]
    before = doc.lower[sentence_start:anchor.end]
    if ctx["proposed"].search(before) and not ctx["not_proposed"].search(before):
        return "proposed"
    if event_kind == "hop_xet" and not ctx["not_proposed"].search(before):
        return "proposed"
    return "awarded"


def _bind(doc: Document, anchors: list[Anchor], counts: list[Count]) -> list[tuple[Anchor, Count]]:
    """Pair each count with the anchor it belongs to (see the module docstring)."""
    ctx = _rules()[0]
    pairs = []
    for i, count in enumerate(counts):
        if count.recipient is None:
            anchor = next(a for a in anchors if a.start == count.end)
            pairs.append((anchor, count))
            continue
        before = [a for a in anchors if a.end <= count.start]
        after = [a for a in anchors if a.start >= count.end]
        if before:
            pairs.append((before[-1], count))
            continue
        # "15 tập thể, 30 cá nhân được Chủ tịch UBND huyện tặng Giấy khen"
        for anchor in after:
            gap = doc.lower[count.end:anchor.start]
            later = [c for c in counts[i + 1:] if c.start < anchor.start]
            gap_tail = doc.lower[later[-1].end:anchor.start] if later else gap
            if len(gap_tail) <= 160 and ctx["passive_before_anchor"].search(gap_tail) and ";" not in gap:
                pairs.append((anchor, count))
            break
    return pairs


def _recipient(doc: Document, anchor: Anchor, count: Count) -> str:
    if count.recipient:
        return count.recipient
    if anchor.default_recipient:
        return anchor.default_recipient
    _, _, recipients, _, _, _ = _rules()
    m = re.compile(r"\s*(?:cho|tặng)\s+(?:các|những)?\s*").match(doc.lower, anchor.end)
    if m:
        noun = recipients.match_at(doc.lower, m.end())
        if noun:
            return noun.label
    return "ca_nhan"


def _single_recipient(doc: Document, anchor: Anchor, clause: tuple[int, int]) -> str | None:
    """Recipient kind when a verb gives `anchor` to one named unit or person."""
    ctx = _rules()[0]
    lower, text = doc.lower, doc.text
    before = lower[clause[0]:anchor.start]
    after = lower[anchor.end:min(clause[1], anchor.end + 80)]
    if ctx["plural"].search(before[-120:]) or ctx["plural"].search(after[:40]):
        return None
    if ctx["not_award_context"].search(before[-40:]):
        return None
    passive = ctx["award_verbs_passive"].search(before[-120:])
    active = re.search(ctx["award_verbs_active"].pattern + r"\s*$", before[-40:])
    if passive:
        subject = text[clause[0]:clause[0] + passive.start() + max(0, len(before) - 120)]
        if not re.search(r"(?:^|\s)[A-ZĐÂĂÊÔƠƯ][\w']*\s+[A-ZĐÂĂÊÔƠƯ0-9]", subject):
            return None
        person = ctx["person_cue"].search(lower[clause[0]:clause[0] + len(subject)])
    elif active:
        target = re.match(r"\s*(?:cho|tặng)\s+(.{0,60})", after)
        if not target:
            return None
        obj = text[anchor.end + target.start(1):anchor.end + target.end(1)]
        if not re.match(r"(?:(?:ông|bà|đồng chí|anh|chị|đ/c)\s+)?[A-ZĐÂĂÊÔƠƯ]", obj):
            return None
        person = ctx["person_cue"].match(lower, anchor.end + target.start(1))
    else:
        return None
    if anchor.default_recipient:
        return anchor.default_recipient
    return "ca_nhan" if person else "tap_the"


def extract_awards(doc: Document, *, event_kind: str | None = None,
                   default_period: str | None = None) -> list[dict]:
    """All award entries of the article, in text order, with provenance."""
    awards: list[dict] = []
    singles_seen: set[tuple[str, str, str]] = set()
    body_keys: set[tuple] = set()
    for sentence in doc.body_sentences():
        line_kind = doc.lines[sentence.line].kind
        for clause in _clauses(doc, sentence):
            anchors = _anchors(doc, *clause)
            if not anchors:
                continue
            counts = _counts(doc, *clause, anchors)
            bound = _bind(doc, anchors, counts)
            used = {id(a) for a, _ in bound}
            for anchor, count in bound:
                entry = _entry(doc, sentence, clause, anchor, count.value, _recipient(doc, anchor, count),
                               min(anchor.start, count.start), max(anchor.end, count.end),
                               event_kind, default_period, confidence=0.9 if not anchor.generic else 0.8)
                key = (entry["code"], entry["recipient"], entry["count"])
                if line_kind == "caption" and key in body_keys:
                    continue
                body_keys.add(key)
                awards.append(entry)
            if line_kind in ("caption", "title"):
                continue
            for anchor in anchors:
                if id(anchor) in used or anchor.generic or counts:
                    continue
                recipient = _single_recipient(doc, anchor, clause)
                if recipient is None:
                    continue
                entry = _entry(doc, sentence, clause, anchor, 1, recipient, anchor.start, anchor.end,
                               event_kind, default_period, confidence=0.6)
                key = (entry["code"], recipient, entry["status"])
                if key not in singles_seen:
                    singles_seen.add(key)
                    awards.append(entry)
    return awards


def _entry(doc, sentence, clause, anchor, value, recipient, start, end, event_kind, default_period, confidence):
    info = taxonomy().get(anchor.code, {})
    period = _period(doc, anchor.start, min(clause[1], end + 60), anchor.start) \
        or _period(doc, clause[0], clause[1], anchor.start, after_first=False) \
        or _period(doc, sentence.start, sentence.end, anchor.start, after_first=False) or default_period
    return {
        "code": anchor.code,
        "recipient": recipient,
        "count": value,
        "status": _status(doc, sentence.start, anchor, event_kind),
        "period": period,
        "issuer": anchor.issuer,
        "kind": info.get("kind"),
        "level": info.get("level"),
        **doc.evidence(start, end, confidence, sentence),
    }
