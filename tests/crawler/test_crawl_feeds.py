"""Sitemaps (index, news, gzip) and feeds (RSS, Atom) give article URLs and dates."""
from __future__ import annotations

import datetime as dt
import gzip

from tdkt.crawler.feeds import parse_feed, parse_sitemap, sniff_xml

BASE = "https://laichau.gov.vn/"


def test_sitemap_index_and_urlset_with_news_dates():
    index = (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<sitemap><loc>https://laichau.gov.vn/sitemap-tin.xml</loc></sitemap></sitemapindex>")
    assert [(e.url, e.kind) for e in parse_sitemap(index, BASE)] == [("https://laichau.gov.vn/sitemap-tin.xml", "sitemap")]
    urlset = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
              'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
              "<url><loc>https://laichau.gov.vn/tin/1?utm_source=x</loc><news:news><news:publication_date>"
              "2024-01-22T09:15:00+07:00</news:publication_date></news:news><lastmod>2024-02-01</lastmod></url>"
              "<url><loc>/tin/2</loc><lastmod>2023-12-28</lastmod></url></urlset>").encode()
    entries = parse_sitemap(gzip.compress(urlset), BASE)
    assert [(e.url, e.date) for e in entries] == [("https://laichau.gov.vn/tin/1", dt.date(2024, 1, 22)),
                                                  ("https://laichau.gov.vn/tin/2", dt.date(2023, 12, 28))]
    assert sniff_xml(gzip.compress(urlset)) == "sitemap"


def test_rss_and_atom_feeds():
    rss = ("<rss version='2.0'><channel><item><title>Tin một</title><link>https://laichau.gov.vn/tin/1</link>"
           "<pubDate>Mon, 22 Jan 2024 09:15:00 +0700</pubDate></item><item><guid>https://laichau.gov.vn/tin/2</guid>"
           "</item></channel></rss>").encode()
    assert [(e.url, e.date) for e in parse_feed(rss, BASE)] == [("https://laichau.gov.vn/tin/1", dt.date(2024, 1, 22)),
                                                                ("https://laichau.gov.vn/tin/2", None)]
    atom = ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Tin</title>'
            '<link rel="alternate" href="https://laichau.gov.vn/tin/3"/><link rel="edit" href="/x"/>'
            "<published>2023-11-07T08:00:00Z</published></entry></feed>").encode()
    assert [(e.url, e.date) for e in parse_feed(atom, BASE)] == [("https://laichau.gov.vn/tin/3", dt.date(2023, 11, 7))]
    assert sniff_xml(atom) == "feed"


def test_hostile_xml_is_harmless():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><urlset><url><loc>https://x.vn/&c;</loc></url></urlset>')
    entries = parse_sitemap(bomb, BASE)
    assert all(len(e.url) < 200 for e in entries)
    assert parse_sitemap(b"not xml at all", BASE) == [] and parse_feed(b"\x1f\x8b broken", BASE) == []
