"""Page furniture: what a portal page carries besides its article.

Menus, share bars, view counters, photo credits and related-news lists look
the same to the crawler (cleaning HTML) and to the engine (labelling lines
of text), so their words live in one data file, ``data/portal/page_furniture.json``.
The related-news headings are shared; each reader's own rules sit under its
key. Each function returns the rules under the names its reader uses.
"""
from __future__ import annotations

import re
from functools import cache

from tdkt.portal.rules import portal_rules


def related_news_headings() -> tuple[str, ...]:
    """Plain lower-case phrases that open a related-news block, for every reader."""
    return tuple(portal_rules("page_furniture")["related_news_headings"])


@cache
def crawler_furniture() -> dict:
    """The crawler's rules: tags, class/id words, related headings (plain), line and inline patterns."""
    own = portal_rules("page_furniture")["crawler"]
    return {**_without_notes(own), "related_headings": related_news_headings()}


@cache
def engine_furniture() -> dict:
    """The engine's rules: tail markers, junk and header line regexes, the byline cue.

    Tail markers come as regex fragments, since the engine joins them into one
    pattern with its other line rules.
    """
    own = portal_rules("page_furniture")["engine"]
    return {**_without_notes(own), "tail_markers": [re.escape(phrase) for phrase in related_news_headings()]}


def _without_notes(rules: dict) -> dict:
    """The rules without their ``_doc`` notes, which are for the people editing the file."""
    return {key: value for key, value in rules.items() if not key.startswith("_")}
