"""Platforms as data: each family's pages give title, date and clean text; static pages and listings are no articles."""
from __future__ import annotations

import datetime as dt

import pytest
from crawl_server import Request
from platform_portals import FAMILIES, SERVER_TODAY, STATIC_PAGES, build_portals

from tdkt.crawler.article import extract_article
from tdkt.crawler.decode import decode_body
from tdkt.crawler.page import parse_html
from tdkt.crawler.urls import canonicalize
from tdkt.portal.platforms import detect_platform, get_platform, is_static_title, page_kind, platforms
from tdkt.portal.sources import HEADER_BEFORE_PLATFORMS, RegistryError, load_registry

BASE = "http://x.vn"
PORTALS = {portal.platform: portal for portal in build_portals(6, traps=False)}


def fetch(portal, path: str):
    """The page at ``path`` as the crawler parses it (canonical URL, bytes decoded as the crawler does)."""
    portal.base = BASE
    url = canonicalize(BASE + path)
    reply = portal.respond(Request(url[len(BASE):], {}, 0.0))
    assert reply.status == 200, path
    text, _ = decode_body(reply.body, dict(reply.headers).get("Content-Type"))
    return parse_html(text, url)


def extract(portal, path: str):
    """Extraction as a crawl does it: the registry's platform when it names one, else what the page shows."""
    return extract_article(fetch(portal, path), {}, platform=get_platform(portal.registered_platform))


@pytest.fixture(params=[family.platform for family in FAMILIES])
def portal(request):
    return PORTALS[request.param]


def test_article_pages_give_their_title_own_date_and_whole_clean_text(portal):
    for article in portal.articles:
        extracted = extract(portal, portal.article_url(article))
        assert extracted.is_article, (article.id, extracted.reason)
        assert extracted.title == article.title
        assert extracted.published == portal.published(article) != article.date  # not the event date in the lead
        for paragraph in article.paragraphs:
            assert paragraph in extracted.text
        leaks = [s for s in portal.leak_snippets(article) if s in extracted.text]
        assert not leaks, leaks
        assert "Lượt xem" not in extracted.text and "Chia sẻ" not in extracted.text


def test_static_pages_are_never_articles(portal):
    for key in STATIC_PAGES:
        extracted = extract(portal, portal.static_url(key))
        assert not extracted.is_article, (key, extracted.title)
        assert extracted.reason.startswith(("static page", "listing page")), extracted.reason


def test_listing_pages_are_not_articles(portal):
    for number in range(1, portal.pages() + 1):
        page = fetch(portal, portal.listing_url(number))
        extracted = extract_article(page, {}, pagination_links=1, platform=get_platform(portal.registered_platform))
        assert not extracted.is_article, number


@pytest.mark.parametrize("family", [f for f in FAMILIES if not f.registered_platform], ids=lambda f: f.platform)
def test_a_portal_of_a_known_platform_is_recognised_from_its_pages(family):
    portal = PORTALS[family.platform]
    page = fetch(portal, portal.article_url(portal.articles[0]))
    assert detect_platform(page.url, page.doc).id == family.platform


def test_the_aspnet_form_wrapping_the_whole_page_does_not_hide_the_article():
    """No title the heuristics can find, no selector that matches: generic extraction must still read the cell."""
    text = ("Sáng 12/01/2024, Hội đồng Thi đua - Khen thưởng huyện họp xét khen thưởng các tập thể, cá nhân có thành tích "
            "xuất sắc trong phong trào thi đua yêu nước năm 2023. ")
    html = (f'<html><head><title>Chi tiết</title></head><body><form id="aspnetForm" method="post">'
            f'<input type="hidden" name="__VIEWSTATE" value="/wEPDwUK"><table><tr><td class="banner">Cổng thông tin</td></tr>'
            f'<tr><td>{"".join(f"<p>{text}Đợt {n}.</p>" for n in range(4))}</td></tr></table></form></body></html>')
    extracted = extract_article(parse_html(html, "http://x.vn/ChiTiet.aspx?id=7"), {})
    assert f"{text}Đợt 3." in extracted.text


def test_the_servers_clock_and_other_articles_dates_are_never_the_publication_date():
    """The header has no date: the top bar's (server) date and the related list's dates must not stand in."""
    body = "".join(f"<p>Hội nghị tổng kết công tác thi đua, khen thưởng của huyện, đoạn {n}, với nhiều nội dung.</p>"
                   for n in range(6))
    html = (f'<html><body><div class="header"><span class="date">{SERVER_TODAY:%d/%m/%Y}</span></div>'
            f'<div class="menu-bar"><a href="/">Trang chủ</a> <a href="/tin">Tin tức - Sự kiện</a> <a href="/vb">Văn bản</a></div>'
            f'<h1>Huyện tổng kết công tác thi đua, khen thưởng</h1><div class="noi-dung">{body}</div>'
            f'<div class="box"><b>Tin khác</b><ul><li><a href="/t/1">Xã A đón nhận Cờ thi đua của Chính phủ năm 2023</a>'
            f' <span class="date">05/01/2024</span></li></ul></div></body></html>')
    extracted = extract_article(parse_html(html, "http://x.vn/tin/tong-ket"), {})
    assert extracted.published is None


@pytest.mark.parametrize("url, platform, kind", [
    ("https://tinh.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=14901&l=Tintuc", "sharepoint", "article"),
    ("https://huyen.tinh.gov.vn/portal/Pages/2023-11-14/Ky-niem-ngay-nha-giao-472432.aspx", "sharepoint", "article"),
    ("https://tinh.gov.vn/tintuc/Pages/tin-tong-hop.aspx?CateID=12&Page=3", "sharepoint", "listing"),
    ("https://tinh.gov.vn/Pages/Default.aspx", "sharepoint", "listing"),
    ("https://tinh.gov.vn/tin-tuc/Pages/hoi-nghi-tong-ket-thi-dua-nam-2023.aspx", "sharepoint", None),
    ("https://tinh.gov.vn/Pages/gioi-thieu.aspx", "sharepoint", "static"),
    ("https://so.tinh.gov.vn/tin-hoat-dong/-/asset_publisher/s5406b90/content/tong-ket-thi-dua", "liferay", "article"),
    ("https://so.tinh.gov.vn/en/news/-/details/22511/phong-trao-thi-dua", "liferay", "article"),
    ("https://tinh.gov.vn/web/guest/tin-tuc", "liferay", "listing"),
    ("https://tinh.gov.vn/web/guest/gioi-thieu", "liferay", "static"),
    ("https://huyen.gov.vn/Tin-tuc/tabid/107/ArticleID/1234/Default.aspx", "dotnetnuke", "article"),
    ("https://huyen.gov.vn/Tin-tuc/tabid/107/Default.aspx", "dotnetnuke", "listing"),
    ("https://so.gov.vn/index.php?option=com_content&view=article&id=115:le-trao-tang&catid=8&Itemid=101", "joomla", "article"),
    ("https://so.gov.vn/tintucsukien/cong-tac-ton-giao/115-le-trao-tang-khen-thuong.html", "joomla", "article"),
    ("https://so.gov.vn/index.php?option=com_content&view=category&layout=blog&id=8&limitstart=5", "joomla", "listing"),
    ("https://ban.gov.vn/2024/01/22/le-trao-tang/", "wordpress", "article"),
    ("https://ban.gov.vn/category/thi-dua/page/2/", "wordpress", "listing"),
    ("https://ban.gov.vn/lien-he/", "wordpress", "static"),
    ("https://tinh.gov.vn/vi/news/tin-hoat-dong/hoi-nghi-dien-hinh-tien-tien-29424.html", "nukeviet", "article"),
    ("https://tinh.gov.vn/huyen/node/3267", "drupal", "article"),
    ("https://tinh.gov.vn/webcenter/portal/ubnd/pages_tin-tuc/chi-tiet?dDocName=PORTAL512708", "webcenter", "article"),
    ("https://huyen.tinh.gov.vn/tin-tuc/bai-viet/cat/tin-moi-2548/id/hop-hoi-dong-thi-dua-92846", "php", "article"),
    ("https://bao.vn/thoi-su/trao-co-thi-dua-cho-huyen-240005.html", "newspaper", "article"),
    ("https://bao.vn/channel/5399/201409/6-tap-the-duoc-tang-huan-chuong-2360016", "newspaper", "article"),
    ("https://bao.vn/tu-khoa/thi-dua-tag2780.html", "newspaper", "listing"),
    ("https://bao.vn/so-do-site.html", "newspaper", "static"),
])
def test_url_shapes_of_each_platform(url, platform, kind):
    assert page_kind(url, get_platform(platform)) == kind


@pytest.mark.parametrize("url", ["https://x.gov.vn/gioi-thieu", "https://x.gov.vn/Pages/lien-he.aspx",
                                 "https://x.gov.vn/so-do-cong.html", "https://x.gov.vn/hoi-dap/", "https://x.gov.vn/van-ban/qd-12",
                                 "https://x.gov.vn/web/guest/van-ban-chi-dao-dieu-hanh", "https://x.gov.vn/GioiThieu.aspx"])
def test_static_sections_are_static_on_every_platform(url):
    assert page_kind(url) == "static"


@pytest.mark.parametrize("url", ["https://x.gov.vn/tin-tuc/gioi-thieu-san-pham-ocop-123.html",
                                 "https://x.gov.vn/tin-tuc/hoi-nghi-lien-he-cong-tac-456.html"])
def test_an_article_whose_slug_starts_like_a_static_section_is_not_static(url):
    assert page_kind(url) is None


def test_static_titles():
    assert is_static_title("Giới thiệu chung") and is_static_title(" Liên hệ: ") and is_static_title("Sơ đồ cổng thông tin")
    assert not is_static_title("Giới thiệu sản phẩm OCOP của huyện tại hội chợ")


def test_every_platform_has_every_selector_key_and_compiles():
    for platform in platforms().values():
        assert set(platform.selectors) == {"content", "title", "date", "author", "remove"}
        assert platform.name


def test_the_registry_names_a_platform_per_source_and_refuses_unknown_ones(tmp_path):
    registry = load_registry()
    assert registry.get("hoabinh").platform == "liferay"
    assert registry.get("bao-laocai").platform == "newspaper"
    assert all(not s.platform or get_platform(s.platform) for s in registry)
    path = tmp_path / "sources.csv"
    path.write_text(",".join(HEADER_BEFORE_PLATFORMS) + "\na,A,newspaper,,,https://a.vn/,a.vn,,\n", encoding="utf-8")
    assert load_registry(path).get("a").platform == ""  # a registry written before platforms is still read
    path.write_text(",".join([*HEADER_BEFORE_PLATFORMS, "platform"]) + "\na,A,newspaper,,,https://a.vn/,a.vn,,,plone\n",
                    encoding="utf-8")
    with pytest.raises(RegistryError, match=r":2: platform 'plone'"):
        load_registry(path)


def test_a_new_portal_of_a_known_platform_needs_no_selectors():
    """The SharePoint portal's pages give their article with no registry selectors at all."""
    portal = PORTALS["sharepoint"]
    article = portal.articles[0]
    extracted = extract_article(fetch(portal, portal.article_url(article)))
    assert extracted.is_article and extracted.title == article.title
    assert extracted.published == portal.published(article) == dt.date(2023, 1, 13)
