"""Snippets: a window of an article's original text around the words a search matched.

Matching is done on the folded text (schema.fold keeps every character in
place), so the window is cut from the original text and shows the words with
their diacritics: "dak song" highlights "[Đắk] [Song]".
"""
from __future__ import annotations

import re
from collections import Counter
from tdkt.schema.fold import fold
from tdkt.schema.search_terms import Term

MARKS = ("[", "]")


def _pattern(terms: list[Term]) -> re.Pattern:
    """Each term as a regular expression over folded text; a phrase's words may be split by punctuation."""
    alternatives = sorted({r"\W+".join(map(re.escape, t.words)) + (r"\w*" if t.prefix else "") for t in terms},
                          key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def snippet(text: str, terms: list[Term], *, marks: tuple[str, str] = MARKS, width: int = 220) -> str:
    """About ``width`` characters of ``text`` around the densest group of matches, matches marked."""
    matches = list(_pattern(terms).finditer(fold(text)))
    if not matches:
        return _squeeze(text[:width]) + ("…" if len(text) > width else "")
    best = _densest(matches, width)
    cluster_end = max(m.end() for m in matches if best.start() <= m.start() < best.start() + width)
    start = max(0, best.start() - max(0, width - (cluster_end - best.start())) // 2)
    start = _word_start(text, start)
    end = min(len(text), start + width)
    end = _word_end(text, end)
    pieces, cursor = [], start
    for m in matches:
        if m.start() < start or m.end() > end:
            continue
        pieces += [text[cursor:m.start()], marks[0], text[m.start():m.end()], marks[1]]
        cursor = m.end()
    pieces.append(text[cursor:end])
    return ("…" if start > 0 else "") + _squeeze("".join(pieces)) + ("…" if end < len(text) else "")


def _densest(matches: list[re.Match], width: int) -> re.Match:
    """The match that starts the window of ``width`` characters with the most different words matched."""
    best, best_score, seen, left = matches[0], 0, Counter(), 0
    for right, m in enumerate(matches):
        seen[m.group().lower()] += 1
        while m.start() - matches[left].start() >= width:
            word = matches[left].group().lower()
            seen[word] -= 1
            if not seen[word]:
                del seen[word]
            left += 1
        if len(seen) > best_score:
            best, best_score = matches[left], len(seen)
    return best


def _word_start(text: str, position: int) -> int:
    while 0 < position < len(text) and not text[position - 1].isspace():
        position -= 1
    return position


def _word_end(text: str, position: int) -> int:
    while position < len(text) and not text[position].isspace():
        position += 1
    return position


def _squeeze(text: str) -> str:
    return " ".join(text.split())
