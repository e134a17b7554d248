"""The engine on real text: the development split of tests/realworld, when its cache is present.

The excerpts are third-party pages, so the repository holds only their URLs,
hashes and gold records; the texts live in a git-ignored cache
(tests/realworld/check_cache.py). Without the cache (as in CI) these tests are
skipped. The floors sit a little below the figures measured when the rules
were last tuned, so a change that loses real-text quality fails here; the
held-out split is never scored by the tests (its figures are for the README).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tdkt.extract.scoring import score

HERE = Path(__file__).resolve().parent / "realworld"
sys.path.insert(0, str(HERE))
from check_cache import CACHE, cache_problems, read_sources  # noqa: E402
from score_realworld import extract_split, read_gold, sources_of  # noqa: E402

SOURCES = read_sources()
CACHED = CACHE.is_dir() and not cache_problems(sources_of("dev", SOURCES))
needs_cache = pytest.mark.skipif(not CACHED, reason="the dev part's real-text cache is not present (tests/realworld/cache)")

FLOORS = {  # dev split, a little below what was measured when the rules were last tuned (README)
    # (named recipients: the dev annotator dropped the bracket after a unit, which the engine keeps as written,
    # as the annotators of twenty later parts do; README "On real text")
    ("awards", "f1"): 0.90, ("awards_loose", "f1"): 0.92, ("awards_named", "f1"): 0.79,
    # (dates: the dev annotator leaves unknown three years the engine now reads from a national day's anniversary
    # or the period an event honours, as the annotators of later parts do: 0.931 -> 0.922; officials: the relevance
    # weights fitted on real text call one dev article relevant that its annotator does not, and its two officials
    # count: 0.977 -> 0.967; both gain on the other parts, README "On real text")
    ("event.date", "accuracy"): 0.915, ("event.kind", "accuracy"): 0.88, ("event.organizer", "accuracy"): 0.89,
    ("place.province", "accuracy"): 0.93, ("place.district", "accuracy"): 0.96,
    ("officials", "f1"): 0.96, ("campaigns", "f1"): 0.95, ("relevant", "accuracy"): 0.96,
}


def test_the_set_is_split_into_a_development_part_and_a_held_out_part():
    splits = {s["split"] for s in SOURCES}
    assert splits == {"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13"}
    assert set(read_gold()) == {s["id"] for s in SOURCES}


def test_every_excerpt_is_recorded_with_its_url_query_hash_and_length():
    for source in SOURCES:
        assert source["url"].startswith("http") and source["query"].strip()
        assert len(source["sha256"]) == 64 and source["length"] > 0
        assert source["id"] == "rw_" + source["sha256"][:16]


@pytest.fixture(scope="module")
def dev_scores():
    records, ids = extract_split("dev")
    return score(read_gold(), records, ids)[0]


@needs_cache
@pytest.mark.parametrize("field, measure", sorted(FLOORS))
def test_real_text_quality_stays_above_its_floor(dev_scores, field, measure):
    assert dev_scores[field][measure] >= FLOORS[(field, measure)], dev_scores[field]


def test_parts_joined_by_commas_are_scored_together_and_all_takes_every_part():
    both = sources_of("fresh3,fresh4", SOURCES)
    assert both and {s["split"] for s in both} == {"fresh3", "fresh4"}
    assert len(both) == len(sources_of("fresh3", SOURCES)) + len(sources_of("fresh4", SOURCES))
    assert sources_of("all", SOURCES) == SOURCES
