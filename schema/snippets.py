"""Snippets: a window of an article's original text around the words a search matched.

Only what matched is marked. A folded query ("dak song") is looked for in the
folded text (schema.fold keeps every character in place, so the window is cut
from the original text with its diacritics: "[Đắk Song]"); a query typed with
diacritics is looked for as typed (``exact``), so "Lê" never marks "Lễ". When
the query's words occur together as a phrase, only the phrase is marked: the
snippet for "dak song" marks "Đắk Song", not the "sống" of "đời sống".
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from tdkt.schema.fold import fold
from tdkt.schema.search_terms import Term

MARKS = ("[", "]")


def term_pattern(words: list[str], prefix: bool = False) -> str:
    """A term as a regular expression: a phrase's words may be split by punctuation, as in the index."""
    return r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + (r"\w*" if prefix else "") + r"(?!\w)"


def highlight_pattern(terms: list[Term], exact: bool = False) -> re.Pattern:
    """Each term as an alternative of one regular expression, longest first."""
    alternatives = sorted({term_pattern(t.typed if exact else t.words, t.prefix) for t in terms}, key=len,
                          reverse=True)
    return re.compile("|".join(alternatives), re.IGNORECASE)


def matches(text: str, terms: list[Term], exact: bool = False) -> list[re.Match]:
    """Where ``terms`` occur in ``text`` (NFC). Consecutive query words that occur together are marked
    together, and such a word is not marked alone: "thi dua dak song" marks "Đắk Song" and "thi đua",
    never the "sống" of "đời sống"."""
    haystack = text if exact else fold(text)
    return list(highlight_pattern(_cover(haystack, terms, exact), exact).finditer(haystack))


def _cover(haystack: str, terms: list[Term], exact: bool) -> list[Term]:
    """The terms to mark: the longest runs of consecutive terms found together, then the terms left alone."""
    chosen: list[Term] = []
    covered = [False] * len(terms)
    for size in range(len(terms), 1, -1):
        for first in range(len(terms) - size + 1):
            run = terms[first:first + size]
            if any(covered[first:first + size]) or any(t.prefix for t in run[:-1]):
                continue
            joined = Term([w for t in run for w in t.words], prefix=run[-1].prefix,
                          typed=[w for t in run for w in t.typed])
            if highlight_pattern([joined], exact).search(haystack):
                chosen.append(joined)
                covered[first:first + size] = [True] * size
    return chosen + [t for t, done in zip(terms, covered) if not done]


def snippet(text: str, terms: list[Term], *, marks: tuple[str, str] = MARKS, width: int = 220,
            exact: bool = False) -> str:
    """About ``width`` characters of ``text`` around the densest group of matches, matches marked."""
    text = unicodedata.normalize("NFC", text)
    found = matches(text, terms, exact)
    if not found:
        return _squeeze(text[:width]) + ("…" if len(text) > width else "")
    best = _densest(found, width)
    cluster_end = max(m.end() for m in found if best.start() <= m.start() < best.start() + width)
    start = max(0, best.start() - max(0, width - (cluster_end - best.start())) // 2)
    start = _word_start(text, start)
    end = min(len(text), start + width)
    end = _word_end(text, end)
    pieces, cursor = [], start
    for m in found:
        if m.start() < start or m.end() > end:
            continue
        pieces += [text[cursor:m.start()], marks[0], text[m.start():m.end()], marks[1]]
        cursor = m.end()
    pieces.append(text[cursor:end])
    return ("…" if start > 0 else "") + _squeeze("".join(pieces)) + ("…" if end < len(text) else "")


def _densest(found: list[re.Match], width: int) -> re.Match:
    """The match that starts the window of ``width`` characters with the most different words matched."""
    best, best_score, seen, left = found[0], 0, Counter(), 0
    for m in found:
        seen[fold(m.group()).lower()] += 1
        while m.start() - found[left].start() >= width:
            word = fold(found[left].group()).lower()
            seen[word] -= 1
            if not seen[word]:
                del seen[word]
            left += 1
        if len(seen) > best_score:
            best, best_score = found[left], len(seen)
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
