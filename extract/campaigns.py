"""Stage 6: campaign names — quoted movement names after their cue words.

Quotes in real articles are often broken: opened with “ and closed with ',
left open until the semicolon, or nested (“... huyện Kim Bôi “Đoàn kết ...” ...).
Quote marks are read from the raw text (the normalised text has lost the
difference between “ and ”), paired with a stack, and an unclosed quote ends
at the next semicolon, ellipsis or the end of its sentence. A name counts as a
campaign after a cue word ("phong trào", "cuộc vận động", "chủ đề", ...), as
the next item of a list that started after a cue, or when it matches a national
campaign signature (data/rules/campaigns.csv); never after a model or club cue.
Some quotes are never names, whatever cue precedes them: what a drive contains
or its guiding idea ("nội dung ... là", "tư tưởng chỉ đạo"), an event
("Ngày hội ...") or the theme of a show or contest, a programme that is not a
known movement, and a quote cut off by the end of an excerpt.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tdkt.extract.document import Document, Sentence
from tdkt.extract.normalize import fold_case
from tdkt.extract.resources import csv_rules, json_rules

OPENING = "“‘«„‟"
CLOSING = "”’»"
STRAIGHT = "\"'`´″"


@dataclass(frozen=True)
class Quoted:
    start: int   # first character inside the quotes (normalised offsets)
    end: int
    open_at: int
    closed: bool
    cue_at: int | None = None   # where to look for the cue: an enclosing quote's opening


@lru_cache(maxsize=1)
def _cues():
    rules = json_rules("campaign_cues.json")
    compiled = {k: re.compile(v) for k, v in rules.items() if isinstance(v, str) and not k.startswith("_")}
    signatures = []
    for row in csv_rules("campaigns.csv"):
        groups = [tuple(alt.strip() for alt in group.split("|")) for group in row["signature"].split("+")]
        signatures.append((row["id"], groups))
    return compiled, rules["cue_window"], signatures


@lru_cache(maxsize=4096)
def canonical_campaign(name: str) -> str | None:
    """The national campaign id whose keyword signature the name carries.

    Cached: the national campaigns are named again and again, and each name is tried on every signature.
    """
    lowered = fold_case(name)
    for campaign_id, groups in _cues()[2]:
        if all(any(alt in lowered for alt in group) for group in groups):
            return campaign_id
    return None


def _quote_role(doc: Document, pos: int) -> str | None:
    """'open', 'close', 'either' or None (an apostrophe inside a word)."""
    raw_char = doc.raw[doc.norm.to_raw[pos]]
    text = doc.text
    prev_c = text[pos - 1] if pos > 0 else " "
    next_c = text[pos + 1] if pos + 1 < len(text) else " "
    if prev_c.isalnum() and next_c.isalnum():
        return None
    if raw_char in OPENING and not (raw_char == "‘" and prev_c.isalnum()):
        return "open"
    if raw_char in CLOSING:
        return "close" if not (next_c.isalnum() and not prev_c.isalnum()) else "open"
    if not prev_c.isalnum() and not prev_c in ".,;:!?)…" and next_c.isalnum():
        return "open"
    if (prev_c.isalnum() or prev_c in ".!?…") and not next_c.isalnum():
        return "close"
    return "either"


MAX_QUOTES = 120  # per sentence; real sentences have a handful
_QUOTE_MARK = re.compile("[\"']")  # normalised text has only these two quote marks
_UNCLOSED_END = re.compile(r";|\.\.|…|\n")


def quoted_spans(doc: Document, sentence: Sentence) -> list[Quoted]:
    """Quoted stretches of a sentence, innermost pairs first where nested."""
    text = doc.text
    marks = text.count('"', sentence.start, sentence.end) + text.count("'", sentence.start, sentence.end)
    if not marks or marks > MAX_QUOTES:
        return []  # no quote (most sentences), or not prose: a table, a hostile input
    stack: list[int] = []
    pairs: list[Quoted] = []
    for mark in _QUOTE_MARK.finditer(text, sentence.start, sentence.end):
        pos = mark.start()
        role = _quote_role(doc, pos)
        if role is None:
            continue
        if role == "close" or (role == "either" and stack):
            if stack:
                start = stack.pop()
                pairs.append(Quoted(start + 1, pos, start, True))
            continue
        stack.append(pos)
    for start in stack:
        stop = _UNCLOSED_END.search(text, start + 1, sentence.end)
        end = stop.start() if stop else sentence.end
        inner = [p for p in pairs if start < p.open_at < end]
        if not inner:
            pairs.append(Quoted(start + 1, end, start, False))
            continue
        # an unclosed outer quote around a closed one: the inner is the name
        pairs = [Quoted(p.start, p.end, p.open_at, p.closed, start) if p in inner else p for p in pairs]
    return sorted(pairs, key=lambda q: q.open_at)


def _clean(doc: Document, quoted: Quoted) -> tuple[int, int]:
    start, end = quoted.start, quoted.end
    text = doc.text
    while start < end and (text[start].isspace() or text[start] in "\"'"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"'.,;:…"):
        end -= 1
    prefix = _cues()[0]["strip_prefix"].match(doc.lower, start, end)
    if prefix:
        start = prefix.end()
    return start, end


THEME_CONTEXT = 160  # characters before a "chủ đề" cue searched for the event that owns the theme


def _truncated(doc: Document, quoted: Quoted) -> bool:
    """An unclosed quote cut off by the end of the text (an excerpt that stops mid-word)."""
    if quoted.closed:
        return False
    rest = doc.text[quoted.end:].strip()
    return not rest and doc.text[quoted.end - 1:quoted.end].isalnum()


def _not_a_name(doc: Document, sentence: Sentence, quoted: Quoted, cue_at: int, before: str,
                start: int, end: int, canonical: str | None) -> bool:
    """The quote is something other than a movement's name, whatever cue precedes it."""
    rules = _cues()[0]
    if rules["not_campaign"].search(before) or rules["descriptor"].search(before):
        return True  # a model, an award, an event; what a movement contains or aims at
    if rules["soft_not_campaign"].search(before) and not canonical:
        return True  # a programme or project, unless it is a known movement
    if rules["event_name"].match(doc.lower, start, end):
        return True  # "Ngày hội ...", "Hội thi ...": an event, even when it carries a movement's name
    if rules["event_theme"].search(doc.lower[max(sentence.start, cue_at - THEME_CONTEXT):cue_at]):
        return True  # the theme of a show, a contest or a programme
    return _truncated(doc, quoted)


def extract_campaigns(doc: Document) -> list[dict]:
    """Campaign mentions in order, each name once, with provenance."""
    rules, window, _ = _cues()
    found: list[dict] = []
    seen: set[str] = set()
    for sentence in doc.body_sentences():
        previous_end, previous_was_campaign = None, False
        for quoted in quoted_spans(doc, sentence):
            cue_at = quoted.open_at if quoted.cue_at is None else quoted.cue_at
            before = doc.lower[max(sentence.start, cue_at - window):cue_at]
            start, end = _clean(doc, quoted)
            if end - start < 4:
                continue
            name = doc.written(start, end)
            canonical = canonical_campaign(name)
            listed = previous_was_campaign and previous_end is not None and \
                rules["list_link"].match(doc.lower[previous_end:quoted.open_at])
            after = quoted.end + (1 if quoted.closed else 0)
            local_model = rules["model_after"].match(doc.text, after, sentence.end) and not canonical
            # the cue first: most quotes follow none (the tests for what else a quote is are dearer)
            is_campaign = (rules["cue"].search(before) or listed or canonical) and not local_model \
                and not _not_a_name(doc, sentence, quoted, cue_at, before, start, end, canonical)
            previous_end = quoted.end + (1 if quoted.closed else 0)
            previous_was_campaign = bool(is_campaign)
            if not is_campaign or len(name.split()) < 2:
                continue
            key = re.sub(r"[^\w]+", " ", fold_case(name)).strip()
            if key in seen:
                continue
            seen.add(key)
            found.append({"name": name, "canonical_id": canonical,
                          **doc.evidence(start, end, 0.8 if quoted.closed else 0.6, sentence)})
    return found
