"""Pattern helpers shared by the date and number finders, built for speed and
for hostile input.

Running a large case-insensitive alternation at every character of an
article is the slow part of pattern matching in Python. Every date or
quantity starts either at a digit or at one of a few known words, so
``Anchors`` finds those spots first (a digit scan plus ``str.find`` on the
case-folded text, several times faster than one regex) and the full pattern
is tried only there.

``phrase_alternation`` bounds the blanks inside rule phrases so that no run
of spaces can make a match attempt scan far.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tdkt.extract.normalize import fold_case

_DIGIT_RUN = re.compile(r"[0-9]+")


def phrase_alternation(phrases: Iterable[str]) -> str:
    """Regex alternation of rule phrases, longest first; a space matches 1-3 blanks."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s{1,3}".join(map(re.escape, p.split())) for p in ordered)


class Anchors:
    """Start offsets of digit runs and of whole words from a fixed list."""

    def __init__(self, words: Iterable[str]):
        self.words = sorted({fold_case(w) for w in words if w.strip()})

    def positions(self, text: str) -> list[int]:
        """Sorted offsets into ``text`` where a digit run or a listed word starts.

        A listed word must not be glued to letters on either side, though a
        digit may follow it ("ngày15/12" is a typo worth reading).
        """
        folded = fold_case(text)  # same length as text, so offsets carry over
        found = [m.start() for m in _DIGIT_RUN.finditer(text)]
        size = len(folded)
        for word in self.words:
            width = len(word)
            at = folded.find(word)
            while at >= 0:
                after = at + width
                if (at == 0 or not folded[at - 1].isalnum()) and (after == size or not folded[after].isalpha()):
                    found.append(at)
                at = folded.find(word, after)
        found.sort()
        return found
