"""End-to-end crawls of the three fixture portals: every article, clean, dated, once."""
from __future__ import annotations

import pytest
from crawl_helpers import assert_clean, served, stored_by_title
from crawl_corpus import make_corpus
from crawl_sites import AspNetSite, LegacySite, LiferaySite, WordPressSite


def crawl_site(serve, run, site):
    server = serve(site)
    summary = run(server.url + "/")
    return server, summary


@pytest.mark.parametrize("site_class", [LiferaySite, WordPressSite, AspNetSite, LegacySite])
def test_every_article_is_collected_clean_dated_and_once(serve, run, query, site_class):
    site = site_class(make_corpus(13), hidden={6})  # article 6 is only in the sitemap (where there is one)
    if site_class in (LiferaySite, AspNetSite):
        site.hidden = set()
    server, summary = crawl_site(serve, run, site)

    assert summary["status"] == "complete"
    stored = stored_by_title(query)
    assert set(stored) == {a.title for a in site.articles}
    for article in site.articles:
        row = stored[article.title]
        assert row["published"] == article.date.isoformat()
        assert_clean(row["text"], article, site)
        assert row["url"].startswith(server.url)
    assert len({row["content_hash"] for row in stored.values()}) == len(stored)


def test_liferay_redirect_parameters_do_not_duplicate_articles(serve, run, query):
    site = LiferaySite(make_corpus(8))
    server, _ = crawl_site(serve, run, site)

    article_requests = [p for p in server.log.paths() if "/content/" in p]
    assert len(article_requests) == len(site.articles)
    assert all("redirect=" not in p for p in article_requests)
    urls = [row["url"] for row in query("SELECT url FROM articles")]
    assert len(urls) == len(set(urls)) == 8


def test_wordpress_article_listed_only_in_the_sitemap_is_found(serve, run, query):
    site = WordPressSite(make_corpus(9), hidden={4})  # article 4 appears in no listing, feed or menu
    server, _ = crawl_site(serve, run, site)

    titles = set(stored_by_title(query))
    assert site.by_id(4).title in titles
    assert server.log.count("/post-sitemap.xml") == 1


def test_wordpress_tracking_parameters_are_dropped(serve, run, query):
    site = WordPressSite(make_corpus(6))
    server, _ = crawl_site(serve, run, site)

    assert not [p for p in server.log.paths() if "utm_" in p]
    for article in site.articles:  # once, by its own URL or by its shortlink /?p=N
        assert served(server, site.article_url(article)) + served(server, f"/?p={article.id}") == 1


def test_wordpress_feed_dates_and_author_are_kept(serve, run, query):
    site = WordPressSite(make_corpus(5))
    crawl_site(serve, run, site)

    stored = stored_by_title(query)
    for article in site.articles:
        assert stored[article.title]["author"] == article.author


def test_aspnet_pages_in_every_charset_decode_to_the_same_text(serve, run, query):
    site = AspNetSite(make_corpus(8), utf8_mislabelled={2}, undeclared={3, 5})
    crawl_site(serve, run, site)

    stored = stored_by_title(query)
    assert set(stored) == {a.title for a in site.articles}
    for article in site.articles:
        assert_clean(stored[article.title]["text"], article, site)


def test_aspnet_article_reachable_only_through_a_redirect(serve, run, query):
    site = AspNetSite(make_corpus(7), old_urls={6})
    server, _ = crawl_site(serve, run, site)

    stored = stored_by_title(query)
    assert site.by_id(6).title in stored
    assert stored[site.by_id(6).title]["url"].endswith("/NewsDetail.aspx?CatID=5&ItemID=6")
    redirects = query("SELECT url, redirect_to FROM frontier WHERE state='redirected'")
    assert any(r["url"].endswith("/TinCu.aspx?id=6") for r in redirects)
    assert server.log.count("/NewsDetail.aspx?CatID=5&ItemID=6") == 1


def test_aspnet_session_ids_in_links_do_not_duplicate(serve, run, query):
    site = AspNetSite(make_corpus(8))  # articles 4 and 8 are linked with /(S(...))/ session paths
    server, _ = crawl_site(serve, run, site)

    assert len(stored_by_title(query)) == 8
    assert not [p for p in server.log.paths() if "(S(" in p]


def test_listing_and_calendar_pages_are_not_stored_as_articles(serve, run, query):
    site = LiferaySite(make_corpus(6))
    crawl_site(serve, run, site)

    titles = set(stored_by_title(query))
    assert titles == {a.title for a in site.articles}
    states = {r["reason"].split(";")[0] for r in query("SELECT reason FROM frontier WHERE url LIKE '%thi-dua-khen-thuong%' "
                                                        "AND url NOT LIKE '%/content/%' AND state='fetched'")}
    assert states == {"listing page"}


def test_rel_canonical_is_honoured_for_shortlinks(serve, run, query):
    site = WordPressSite(make_corpus(5), sitemap=False, feed_size=0)
    server, _ = crawl_site(serve, run, site)

    oldest = site.listed()[-1]  # the home page links its shortlink /?p=N, the listing its pretty URL
    rows = query("SELECT url, canonical_url FROM articles WHERE title = ?", oldest.title)
    assert len(rows) == 1
    assert rows[0]["url"] == f"{server.url}/?p={oldest.id}"
    assert rows[0]["canonical_url"] == server.url + site.article_url(oldest)
    assert served(server, site.article_url(oldest)) == 0  # its canonical URL was not fetched again
    state = query("SELECT state FROM frontier WHERE url = ?", server.url + site.article_url(oldest))
    assert state[0]["state"] == "duplicate"
    assert len(query("SELECT id FROM articles")) == 5


def test_gzip_responses_are_decoded(serve, run, query, workdir):
    site = AspNetSite(make_corpus(4), gzip=True)
    crawl_site(serve, run, site)

    stored = stored_by_title(query)
    assert set(stored) == {a.title for a in site.articles}
    for article in site.articles:
        assert_clean(stored[article.title]["text"], article, site)
