"""Decoding, dates, and article extraction from single pages."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from crawl_helpers import assert_clean
from crawl_corpus import make_corpus
from crawl_server import Request
from crawl_sites import AspNetSite, LiferaySite, WordPressSite, encode_1258

from tdkt.crawler.article import extract_article
from tdkt.crawler.dates import dates_in_text, labelled_date
from tdkt.crawler.decode import decode_body
from tdkt.crawler.page import parse_html
from tdkt.crawler.urls import canonicalize

TEXT = "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 của huyện Đắk Song; Ủy ban nhân dân tỉnh khen thưởng."
PAGE = f"<html><head>{{meta}}</head><body><p>{TEXT}</p></body></html>"


@pytest.mark.parametrize("body, content_type", [
    (PAGE.format(meta="").encode("utf-8"), "text/html"),
    (PAGE.format(meta="").encode("utf-8"), "text/html; charset=iso-8859-1"),  # the header lies
    (encode_1258(PAGE.format(meta='<meta charset="windows-1258">')), "text/html"),
    (encode_1258(PAGE.format(meta="")), "text/html"),  # nothing declared at all
    (encode_1258(PAGE.format(meta="")), "text/html; charset=utf-8"),  # declared UTF-8, is not
    (encode_1258(PAGE.format(meta="")), "text/html; charset=ISO-8859-1"),
    (b"\xef\xbb\xbf" + PAGE.format(meta="").encode("utf-8"), "text/html; charset=windows-1252"),
])
def test_vietnamese_pages_decode_correctly_whatever_they_declare(body, content_type):
    text, _ = decode_body(body, content_type)
    assert TEXT in text
    assert unicodedata.is_normalized("NFC", text)


def test_decomposed_tones_are_composed():
    decomposed = unicodedata.normalize("NFD", TEXT)
    text, _ = decode_body(decomposed.encode("utf-8"), "text/html; charset=utf-8")
    assert text == TEXT


@pytest.mark.parametrize("header, expected", [
    ("Thứ hai, 22/01/2024 09:15", dt.date(2024, 1, 22)),
    ("(11:28 | 22/03/2019)", dt.date(2019, 3, 22)),
    ("Ngày đăng: 05-02-2024 | Cập nhật: 07/02/2024", dt.date(2024, 2, 5)),
    ("Cập nhật ngày 07/02/2024", dt.date(2024, 2, 7)),
    ("ngày 15 tháng 6 năm 2022", dt.date(2022, 6, 15)),
    ("2024-01-22T09:15:00+07:00", dt.date(2024, 1, 22)),
    ("Quyết định số 91/2017/NĐ-CP", None),
    ("31/02/2024", None),
])
def test_header_date_formats(header, expected):
    assert labelled_date(header) == expected


def test_day_comes_before_month():
    assert dates_in_text("Sáng 03/04/2024")[0][1] == dt.date(2024, 4, 3)


def page_of(site, article):
    """The article page as the crawler sees it (at its canonical URL)."""
    site.base = "http://x.vn"
    url = canonicalize("http://x.vn" + site.article_url(article))
    reply = site.respond(Request(url[len(site.base):], {}, 0.0))
    text, _ = decode_body(reply.body, dict(reply.headers).get("Content-Type"))
    return parse_html(text, url)


@pytest.mark.parametrize("site_class", [LiferaySite, WordPressSite, AspNetSite])
def test_article_pages_give_title_date_and_clean_text(site_class):
    site = site_class(make_corpus(6))
    for article in site.articles:
        extracted = extract_article(page_of(site, article), {})
        assert extracted.is_article, extracted.reason
        assert extracted.title == article.title
        assert extracted.published == article.date
        assert_clean(extracted.text, article, site)


@pytest.mark.parametrize("site_class", [LiferaySite, WordPressSite, AspNetSite])
def test_listing_pages_are_not_articles(site_class):
    site = site_class(make_corpus(9))
    site.base = "http://x.vn"
    for number in (1, 2):
        url = site.listing_url(number)
        reply = site.respond(Request(url, {}, 0.0))
        text, _ = decode_body(reply.body, dict(reply.headers).get("Content-Type"))
        extracted = extract_article(parse_html(text, "http://x.vn" + url), {}, pagination_links=1)
        assert not extracted.is_article


def test_the_top_bar_date_of_today_is_not_taken_for_the_publication_date():
    html = (f"<html><body><div class='top'><span class='date'>{dt.date.today():%d/%m/%Y}</span></div>"
            f"<div class='menu'><a href='/'>Trang chủ</a></div><h1>Khen thưởng các tập thể tiêu biểu năm 2023</h1>"
            f"<p>{TEXT * 3}</p></body></html>")
    extracted = extract_article(parse_html(html, "http://x.vn/tin/khen-thuong"), {})
    assert extracted.published is None


def test_date_falls_back_to_the_url_and_then_the_feed_hint():
    html = f"<html><body><h1>Khen thưởng các tập thể tiêu biểu năm 2023</h1><p>{TEXT * 3}</p></body></html>"
    in_url = extract_article(parse_html(html, "http://x.vn/2023/12/28/khen-thuong/"), {})
    assert (in_url.published, in_url.date_source) == (dt.date(2023, 12, 28), "url")
    hinted = extract_article(parse_html(html, "http://x.vn/tin/khen-thuong"), {}, hint_date=dt.date(2023, 5, 6))
    assert (hinted.published, hinted.date_source) == (dt.date(2023, 5, 6), "hint")


def test_registry_selectors_come_first():
    html = ("<html><body><div class='khung'><div class='tieu-de-bai'>Tiêu đề thật của bài</div>"
            "<span class='ngay-dang'>09/01/2024</span><div class='noi-dung'>"
            f"<p>{TEXT}</p><p>{TEXT[::-1]}</p><div class='quang-cao-rieng'>Mua ngay hôm nay</div></div></div>"
            "<h1>Tiêu đề sai</h1><span class='date'>01/01/2020</span></body></html>")
    selectors = {"title": ".tieu-de-bai", "date": ".ngay-dang", "content": ".noi-dung", "remove": [".quang-cao-rieng"]}
    extracted = extract_article(parse_html(html, "http://x.vn/tin/1"), selectors)
    assert extracted.title == "Tiêu đề thật của bài"
    assert extracted.published == dt.date(2024, 1, 9)
    assert TEXT in extracted.text and "Mua ngay" not in extracted.text
    assert extracted.is_article


def test_a_broken_selector_falls_back_to_generic_extraction():
    html = f"<html><body><h1>Khen thưởng các tập thể tiêu biểu năm 2023</h1><p>{TEXT * 3}</p></body></html>"
    extracted = extract_article(parse_html(html, "http://x.vn/tin/1"), {"content": "div[[[", "title": ":::"})
    assert TEXT in extracted.text


def test_photo_credits_and_share_bars_are_removed_but_captions_kept():
    html = (f"<html><body><h1>Trao Cờ thi đua của Chính phủ cho huyện</h1><p>{TEXT}</p>"
            "<p><em>Lãnh đạo tỉnh trao cờ cho huyện. (Ảnh: Minh Châu)</em></p><p>Ảnh: Thu Hà</p>"
            f"<p>{TEXT[:60]} được tổ chức trang trọng tại hội trường lớn của tỉnh.</p>"
            "<p>Chia sẻ | Facebook | Zalo</p><p>Lượt xem: 1.024</p></body></html>")
    text = extract_article(parse_html(html, "http://x.vn/tin/2"), {}).text
    assert "Lãnh đạo tỉnh trao cờ cho huyện." in text
    for junk in ("Minh Châu", "Thu Hà", "Chia sẻ", "Lượt xem"):
        assert junk not in text


def test_an_unlabelled_list_of_headline_links_after_the_text_is_dropped():
    others = "".join(f'<li><a href="/tin/{n}">Huyện số {n} tổ chức lễ đón nhận Cờ thi đua của Chính phủ năm 2023</a></li>'
                     for n in range(3))
    html = (f"<html><body><h1>Trao Cờ thi đua của Chính phủ cho huyện</h1><div class='x'>"
            f"<p>{TEXT}</p><p>{TEXT[::-1]}</p><p>{TEXT.upper()}</p><p>{TEXT.lower()}</p>"
            f"<div class='box-y'><b>Thông tin thêm</b><ul>{others}</ul></div></div></body></html>")
    text = extract_article(parse_html(html, "http://x.vn/tin/2"), {}).text
    assert TEXT in text and TEXT.lower() in text
    assert "Huyện số" not in text and "Thông tin thêm" not in text


def test_listing_pages_linked_without_page_words_still_keep_their_depth():
    from tdkt.crawler.discover import is_pagination
    from tdkt.crawler.page import Link

    page = "http://x.vn/tin-tuc?cat=5"
    assert is_pagination(Link("http://x.vn/tin-tuc?cat=5&page=7", "Xem các tin cũ hơn nữa"), page)
    assert not is_pagination(Link("http://x.vn/bai-viet?page=7", "Hội nghị tổng kết"), page)
