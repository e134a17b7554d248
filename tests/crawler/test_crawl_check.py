"""The crawl check over one fixture portal per platform family: what a user of the crawl would count.

One crawl of all eight portals (about 6 s: they are crawled side by side, Crawl-delay 0.05 s),
then one assertion per figure and family, so a failure names the platform and the figure.
Run ``pytest -s`` to see the stats dump, or ``python tests/crawler/crawl_check.py``.
"""
from __future__ import annotations

import pytest
from crawl_check import run_check
from platform_portals import FAMILIES


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    result = run_check(str(tmp_path_factory.mktemp("crawl_check")))
    print("\n" + result.render())
    return result


@pytest.fixture(params=[family.platform for family in FAMILIES])
def portal(request, report):
    return next(p for p in report.portals if p.platform == request.param)


def test_the_crawl_finishes(report):
    assert report.crawl_status == "complete"
    assert len(report.portals) == len(FAMILIES)


def test_every_article_is_collected_whole(portal):
    assert portal.recall == 1.0, portal.misses


def test_no_article_is_stored_twice(portal):
    assert portal.duplicates == 0


def test_no_static_page_or_listing_is_exported_as_an_article(portal):
    assert portal.non_articles == []


def test_no_related_news_sidebar_or_furniture_text_leaks_into_articles(portal):
    assert portal.leaked_rows == 0


def test_every_date_is_the_articles_own(portal):
    assert portal.date_accuracy == 1.0


def test_robots_txt_is_obeyed(portal):
    assert portal.robots_violations == 0


def test_politeness_is_strict(portal):
    assert portal.max_parallel == 1
    assert portal.min_gap >= portal.required_gap - 0.005, portal.summary()
    assert portal.retry_after_kept


def test_the_stats_dump_names_every_figure(report):
    stats = report.stats()
    for key in ("articles/recall", "articles/duplicates", "politeness/robots_violations", "articles/leak_rate",
                "articles/non_article_exports", "articles/date_accuracy", "politeness/min_gap_seconds"):
        assert key in stats
    assert report.render().startswith("[tdkt crawl check] Dumping crawl stats:")
