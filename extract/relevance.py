"""Stage 9: is the article about emulation and commendation work?

A few transparent signals (topic words in the headline and lead, their
density in the body, award statements found, an event kind, off-topic words
such as gift hand-outs and contests, a headline about a contest, an
inspection or a procedure, a page laid out as questions and answers) are weighted in data/rules/relevance.json
and squashed by a logistic into a score in [0, 1]; `relevant` is score ≥ the
threshold there. The weights were set on the hand-written development corpora.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from tdkt.extract.document import Document
from tdkt.extract.event import headline_is_paragraph
from tdkt.extract.matcher import fast_word_start, grouped_by_first_letter, may_match
from tdkt.extract.normalize import fold_case
from tdkt.extract.resources import json_rules


@lru_cache(maxsize=1)
def _rules():
    rules = json_rules("relevance.json")
    listing = re.compile(rules["listing_title"]), re.compile(rules["listing_item"])
    reference = re.compile(rules["off_topic_title"]), re.compile(rules["reference_line"])
    # read over every body sentence: written to scan fast (the same matches)
    topic, negative = (re.compile(grouped_by_first_letter(fast_word_start(rules[key]))) for key in ("topic", "negative"))
    return topic, negative, rules["weights"], rules["threshold"], listing, reference


def relevance_features(doc: Document, n_awards: int, kind: str) -> dict[str, float]:
    topic, negative, weights, _, (listing_title, listing_item), (off_topic_title, reference_line) = _rules()
    paragraph = headline_is_paragraph(doc)  # an excerpt whose first line is its lead
    title = "" if paragraph else fold_case(doc.title or "")
    # every body line stands below the headline, so the headline's sentences come first
    body = (doc.title_sentences if paragraph else []) + doc.sentences_of_kind("body")
    lead = " ".join(doc.lower[s.start:s.end] for s in body[:2])
    body_chars = sum(s.end - s.start for s in body) or 1
    body_hits = sum(len(topic.findall(doc.lower, s.start, s.end)) for s in body)
    neg_hits = sum(len(negative.findall(doc.lower, s.start, s.end)) for s in body)
    return {
        "title_topic": 1.0 if topic.search(title) else 0.0,
        "title_negative": 1.0 if negative.search(title) else 0.0,
        "lead_topic": float(min(2, len(topic.findall(lead)))),
        "body_topic_per_1000_chars": body_hits * 1000 / body_chars,
        "award_statements": float(n_awards),
        "event_kind": 0.0 if kind == "other" else 1.0,
        "negative": float(neg_hits),
        "listing_title": 1.0 if listing_title.search(title) else 0.0,
        "listing": 1.0 if sum(1 for start, end in _lines_that_may_match(doc, listing_item)
                              if listing_item.search(doc.lower, start, end)) >= weights["listing_items_min"] else 0.0,
        "title_off_topic": 1.0 if off_topic_title.search(title) else 0.0,
        "reference_page": 1.0 if any(reference_line.match(doc.lower, start, end)
                                     for start, end in _lines_that_may_match(doc, reference_line)) else 0.0,
    }


def _lines_that_may_match(doc: Document, pattern: re.Pattern):
    """The lines holding every character a match of `pattern` needs ("/" of a date, ":" of "Trả lời:").

    Every line of the page is read for these two signals; most lack the
    character, and `str.find` tells so without trying the regex at each position.
    """
    for line in doc.lines:
        if may_match(pattern, doc.lower, line.start, line.end):
            yield line.start, line.end


def relevance(doc: Document, n_awards: int, kind: str) -> tuple[bool, float]:
    """(relevant, score) for the article."""
    _, _, weights, threshold, _, _ = _rules()
    f = relevance_features(doc, n_awards, kind)
    z = weights["bias"]
    z += weights["title_topic"] * f["title_topic"] + weights["title_negative"] * f["title_negative"]
    z += weights["lead_topic"] * f["lead_topic"]
    z += min(weights["body_topic_cap"], weights["body_topic_per_1000_chars"] * f["body_topic_per_1000_chars"])
    z += min(weights["award_cap"], weights["award_statements"] * f["award_statements"])
    z += weights["event_kind"] * f["event_kind"]
    z += max(weights["negative_cap"], weights["negative"] * f["negative"])
    z += weights["listing_title"] * f["listing_title"] + weights["listing"] * f["listing"]
    z += weights["title_off_topic"] * f["title_off_topic"] + weights["reference_page"] * f["reference_page"]
    score = 1 / (1 + math.exp(-z))
    return score >= threshold, round(score, 3)
