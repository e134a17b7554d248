"""A user's search query parsed into terms: words, "quoted phrases" and trailing-* prefixes.

Shared by ``schema.search`` (which turns terms into FTS5 MATCH expressions)
and ``schema.snippets`` (which highlights them in the original text), so
neither of those imports the other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tdkt.schema.fold import words

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


class SearchError(ValueError):
    """A query that cannot be searched (nothing but punctuation)."""


@dataclass
class Term:
    words: list[str]      # folded, lower case
    prefix: bool = False  # "khen*": any word starting with the last word


def parse_query(query: str) -> list[Term]:
    """Words (all required), "quoted phrases" and trailing-* prefixes; everything else is literal text."""
    terms = []
    for phrase, token in _TOKEN.findall(query or ""):
        if phrase:
            found = words(phrase)
            if found:
                terms.append(Term(found))
            continue
        prefix = token.endswith("*")
        found = words(token)
        for i, word in enumerate(found):
            terms.append(Term([word], prefix=prefix and i == len(found) - 1))
    if not terms:
        raise SearchError(f"nothing to search for in {query!r}: give one or more words")
    return terms
