"""Canonical URLs, scope, pagination and trap rules."""
from __future__ import annotations

import pytest

from tdkt.crawler.discover import Discoverer, calendar_key, is_pagination, skip_reason
from tdkt.crawler.page import Link
from tdkt.crawler.urls import BadURL, Scope, canonicalize


@pytest.mark.parametrize("variant", [
    "https://LaiChau.gov.vn/tin-tuc/bai-viet?id=5",
    "https://laichau.gov.vn:443/tin-tuc/bai-viet?id=5#binh-luan",
    "https://laichau.gov.vn/tin-tuc/./bai-viet?utm_source=zalo&id=5&utm_campaign=x",
    "https://laichau.gov.vn/tin-tuc/bai-viet;jsessionid=0AB12C?id=5&fbclid=IwAR0",
    "https://laichau.gov.vn/tin-tuc/x/../bai-viet?id=5&zarsrc=30&gidzl=abc",
])
def test_equivalent_links_share_one_canonical_url(variant):
    assert canonicalize(variant) == "https://laichau.gov.vn/tin-tuc/bai-viet?id=5"


def test_parameter_order_and_vietnamese_paths_are_normalised():
    assert canonicalize("http://x.vn/tìm?b=2&a=1") == canonicalize("http://x.vn/t%C3%ACm?a=1&b=2")
    assert canonicalize("/(S(abcd1234))/NewsDetail.aspx?ItemID=7", "http://x.vn/a/") == \
        "http://x.vn/NewsDetail.aspx?ItemID=7"
    assert canonicalize("../b.html", "http://x.vn/a/c/d.html") == "http://x.vn/a/b.html"


@pytest.mark.parametrize("url", ["javascript:void(0)", "mailto:a@b.vn", "ftp://x.vn/a", "file:///etc/passwd",
                                 "http://", "", "http://%zz/"])
def test_non_web_urls_are_rejected_with_a_reason(url):
    with pytest.raises(BadURL) as error:
        canonicalize(url)
    assert str(error.value)


def test_scope_accepts_the_site_and_its_www_form_only():
    scope = Scope.from_domains(["laichau.gov.vn", "*.sonoivu.vn"])
    assert scope.contains("https://www.laichau.gov.vn/a")
    assert scope.contains("http://laichau.gov.vn/a")
    assert scope.contains("https://x.sonoivu.vn/")
    assert not scope.contains("https://phongtho.laichau.gov.vn/")
    assert not scope.contains("https://laichau.gov.vn.evil.com/")


@pytest.mark.parametrize("url, fragment", [
    ("http://x.vn/van-ban/qd.pdf", "not a web page"),
    ("http://x.vn/tim-kiem?q=thi+dua", "excluded"),
    ("http://x.vn/a/" + "b" * 500, "too long"),
    ("http://x.vn/a/b/a/b/a/b/a", "repeated"),
    ("http://x.vn/list?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9", "too many parameters"),
])
def test_skip_rules_explain_themselves(url, fragment):
    assert fragment in skip_reason(url)


def test_liferay_pagination_links_are_not_mistaken_for_facets():
    url = ("http://x.vn/web/guest/tin?p_p_id=101_INSTANCE_Ab&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
           "&p_p_col_id=column-2&p_p_col_count=1&_101_INSTANCE_Ab_delta=5&_101_INSTANCE_Ab_keywords="
           "&_101_INSTANCE_Ab_advancedSearch=false&_101_INSTANCE_Ab_andOperator=true&_101_INSTANCE_Ab_cur=2")
    assert skip_reason(canonicalize(url)) is None
    assert is_pagination(Link(canonicalize(url), "2"), "http://x.vn/web/guest/tin")


@pytest.mark.parametrize("href, text, expected", [
    ("/category/tin/page/3/", "3", True),
    ("/NewsList.aspx?CatID=5&page=2", "Trang sau", True),
    ("/tin?trang=4", "»", True),
    ("/?p=123", "Hội nghị tổng kết công tác thi đua năm 2023", False),
    ("/tin-tuc/bai-viet-1.html", "Trang sau", False),
])
def test_pagination_is_recognised(href, text, expected):
    page = "http://x.vn/NewsList.aspx?CatID=5"
    assert is_pagination(Link(canonicalize(href, page), text), page) is expected


def test_calendar_links_are_capped_per_calendar():
    discoverer = Discoverer(calendar_cap=3)
    scope = Scope.from_domains(["x.vn"])
    verdicts = [discoverer.check(f"http://x.vn/lich?ngay=2024-01-{d:02d}", scope) for d in range(1, 8)]
    assert verdicts[:3] == [None] * 3
    assert all(v and v.startswith("trap") for v in verdicts[3:])
    assert discoverer.check("http://x.vn/lich?ngay=2024-01-05", scope) == verdicts[4]  # stable verdicts
    assert calendar_key("http://x.vn/tin?ItemID=5") is None


def test_pagination_keeps_depth_and_other_links_add_one():
    discoverer = Discoverer(max_depth=2)
    scope = Scope.from_domains(["x.vn"])
    from tdkt.crawler.page import parse_html

    page = parse_html('<a href="/list?page=2">Trang sau</a><a href="/tin/1">Hội nghị tổng kết thi đua 2023</a>'
                      '<a href="http://other.vn/">Trang khác</a>', "http://x.vn/list")
    found = {c.url: c for c in discoverer.from_page(page, depth=2, page_no=0, scope=scope)}
    assert found["http://x.vn/list?page=2"].depth == 2 and found["http://x.vn/list?page=2"].reason is None
    assert "max-depth" in found["http://x.vn/tin/1"].reason
    assert found["http://other.vn/"].reason == "out of scope: host other.vn"
