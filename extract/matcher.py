"""A small phrase matcher: many rule patterns, one compiled regex, exact offsets.

Like spaCy's PhraseMatcher, but over the lower-cased normalised text so the
offsets are character offsets (what provenance needs) and matching costs one
regex pass per article whatever the number of rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

# Letters and digits on either side of a match mean we are inside a word.
_LEFT = r"(?<![\w'])"
_RIGHT = r"(?![\w])"


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    label: Any


class PhraseMatcher:
    """Match (pattern, label) rules; earlier rules win where they overlap at one spot.

    Patterns are regex fragments written in lower case; a literal space matches
    any run of white space. Whole words only.
    """

    def __init__(self, rules: Iterable[tuple[str, Any]]):
        self.labels: list[Any] = []
        parts = []
        for i, (pattern, label) in enumerate(rules):
            fragment = pattern.replace(" ", r"\s+")
            re.compile(fragment)  # fail early, naming the bad rule
            parts.append(f"(?P<r{i}>{fragment})")
            self.labels.append(label)
        body = "|".join(parts) or r"(?!x)x"
        self._regex = re.compile(f"{_LEFT}(?:{body}){_RIGHT}")

    def finditer(self, lower_text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        end = len(lower_text) if end is None else end
        for m in self._regex.finditer(lower_text, start, end):
            yield Match(m.start(), m.end(), self.labels[int(m.lastgroup[1:])])

    def match_at(self, lower_text: str, pos: int, end: int | None = None) -> Match | None:
        m = self._regex.match(lower_text, pos, len(lower_text) if end is None else end)
        if not m:
            return None
        return Match(m.start(), m.end(), self.labels[int(m.lastgroup[1:])])
