"""A user's search query parsed into terms: words, "quoted phrases", trailing-* prefixes and names.

Shared by ``schema.search`` (which turns terms into FTS5 MATCH expressions)
and ``schema.snippets`` (which highlights them in the original text), so
neither of those imports the other.

Each term keeps the words as they were typed (``typed``: NFC, lower case,
diacritics kept) beside their folded form (``words``), so a query typed with
diacritics can be held to them ("Lê" is not "Lễ") while the full-text index,
which is folded, finds the candidates. A run of two to five capitalised words
("Lê Quang Vinh", "Đắk Song") is a name: its words must occur together, in
order, like a quoted phrase.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from tdkt.schema.fold import fold_query

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+")
NAME_WORDS = (2, 5)  # a Vietnamese name has two to five syllables; a longer capitalised run is a typed title


class SearchError(ValueError):
    """A query that cannot be searched (nothing but punctuation)."""


@dataclass
class Term:
    words: list[str]      # folded, lower case
    prefix: bool = False  # "khen*": any word starting with the last word
    typed: list[str] = field(default_factory=list)  # as typed: NFC, lower case, diacritics kept
    name: bool = False    # a capitalised name: its words together, in order

    def __post_init__(self):
        if not self.typed:
            self.typed = list(self.words)

    @property
    def marked(self) -> bool:
        """True when the user typed a diacritic (or "đ") in this term."""
        return self.typed != self.words


def typed_words(text: str) -> list[tuple[str, str]]:
    """(as typed: NFC lower case, folded) for each word of ``text``, in order."""
    pairs = []
    for word in _WORD.findall(unicodedata.normalize("NFC", text)):
        folded = fold_query(word)
        if _WORD.fullmatch(folded):
            pairs.append((word.lower(), folded))
    return pairs


def parse_query(query: str) -> list[Term]:
    """Words (all required), "quoted phrases", trailing-* prefixes and capitalised names."""
    terms: list[Term] = []
    run: list[str] = []  # capitalised plain words waiting to be told apart as a name or as words
    for phrase, token in _TOKEN.findall(query or ""):
        if token and _capitalised(token):
            run.append(token)
            continue
        terms += _name_or_words(run)
        run = []
        if phrase:
            terms += [_term(typed_words(phrase))] if typed_words(phrase) else []
            continue
        prefix = token.endswith("*")
        found = typed_words(token)
        for i, pair in enumerate(found):
            terms.append(_term([pair], prefix=prefix and i == len(found) - 1))
    terms += _name_or_words(run)
    if not terms:
        raise SearchError(f"nothing to search for in {query!r}: give one or more words")
    return terms


def has_marks(terms: list[Term]) -> bool:
    """True when the query was typed with diacritics: then they must match exactly."""
    return any(t.marked for t in terms)


def _capitalised(token: str) -> bool:
    """One word written like a name: "Quang", "Đắk" (not "QUANG", not "quang", not "Bình-Phước")."""
    return bool(_WORD.fullmatch(token)) and token[0].isupper() and (len(token) == 1 or token[1:].islower())


def _name_or_words(run: list[str]) -> list[Term]:
    if NAME_WORDS[0] <= len(run) <= NAME_WORDS[1]:
        return [_term([pair for token in run for pair in typed_words(token)], name=True)]
    return [_term(typed_words(token)) for token in run]


def _term(pairs: list[tuple[str, str]], prefix: bool = False, name: bool = False) -> Term:
    return Term([folded for _, folded in pairs], prefix=prefix, typed=[typed for typed, _ in pairs], name=name)
