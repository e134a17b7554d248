"""Portal sites in four CMS styles, with the boilerplate real portals wrap around articles.

They serve the demo portal (``tdkt demo``) and the crawler's tests; a site
renders ``PortalArticle``s and answers ``respond(request) -> Reply``.

* LiferaySite: ``/web/guest/...`` pages, asset_publisher article paths with a
  ``redirect=`` parameter, pagination through ``_101_INSTANCE_..._cur``,
  title in an ``h3``, date as "Thứ hai, 22/01/2024 09:15".
* WordPressSite: ``/category/.../page/N/``, posts at ``/YYYY/MM/DD/slug/``,
  an RSS feed and a sitemap index that lists posts no listing links to,
  tracking parameters on home-page links, ETag/304 support.
* AspNetSite: ``NewsList.aspx?CatID=5&page=N`` with "Trang sau",
  ``NewsDetail.aspx?ItemID=N``, windows-1258 pages (declared in a meta tag
  only, or not at all), a UTF-8 page mislabelled ISO-8859-1, a root that
  redirects, an old URL that redirects, cookieless session ids in links.
* LegacySite: an older custom portal, text split by ``<br>``, pages as
  ``/tin-tuc-su-kien/pN.html`` and a sitemap.

Every page has a top bar with *today's* date, menus, breadcrumbs, a sidebar
of most-read news, related news under the article, a share bar, a view
counter, a photo with a credit (when the article has a caption), and a footer.
"""
from __future__ import annotations

import datetime as dt
import functools
import gzip as gzip_module
import hashlib
import html
import threading
import unicodedata
from urllib.parse import parse_qs, urlsplit

from tdkt.crawler.demo.articles import PortalArticle, weekday
from tdkt.crawler.demo.server import Reply, Request

TODAY = dt.date.today()
FOOTER = ("Bản quyền thuộc Ủy ban nhân dân tỉnh. Địa chỉ: số 1 đường Trần Phú, thành phố tỉnh lỵ. "
          "Điện thoại: 0213 3876 123. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.")
BOILERPLATE_MARKERS = ["Bản quyền thuộc", "Tin cùng chuyên mục", "Chia sẻ", "Lượt xem", "Ảnh:", "Đường dây nóng",
                       "Trang chủ", "Liên kết website", "Bài viết liên quan", "Các tin khác", "Tin đọc nhiều"]

def esc(text: str) -> str:
    return html.escape(text, quote=True)


def encode_1258(text: str) -> bytes:
    """Encode like Windows does for Vietnamese: base letters precomposed, tones as combining marks."""
    return b"".join(_char_1258(char) for char in unicodedata.normalize("NFC", text))


@functools.lru_cache(maxsize=None)
def _char_1258(char: str) -> bytes:
    tones = "\u0300\u0301\u0303\u0309\u0323"
    try:
        return char.encode("cp1258")
    except UnicodeEncodeError:
        pass
    parts = unicodedata.normalize("NFD", char)
    base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
    try:
        return base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258")
    except UnicodeEncodeError:
        return b"?"


class Site:
    """Routing, robots.txt, faults, ETags; subclasses render pages in their CMS style."""

    name = "Cổng thông tin điện tử tỉnh"
    category = "/"

    def __init__(self, articles: list[PortalArticle], page_size: int = 5, robots: str | None = None,
                 faults: dict | None = None, hidden: set[int] = frozenset(), gzip: bool = False,
                 name: str | None = None):
        if name:
            self.name = name
        self.articles = list(articles)
        self.page_size = page_size
        self.robots = robots if robots is not None else "User-agent: *\nDisallow: /private/\n"
        self.faults = dict(faults or {})
        self.hidden = set(hidden)  # article ids not linked from listings
        self.gzip = gzip  # compress bodies for clients that accept it
        self.base = ""
        self.calls: dict[str, int] = {}
        self.lock = threading.Lock()

    # -- plumbing ------------------------------------------------------------------------
    def respond(self, request: Request) -> Reply:
        with self.lock:
            self.calls[request.path] = self.calls.get(request.path, 0) + 1
            count = self.calls[request.path]
        if request.route == "/robots.txt":
            return Reply(200, self.robots.encode(), [("Content-Type", "text/plain")]) if self.robots else Reply(404)
        fault = self.faults.get(request.path) or self.faults.get(request.route) or next(
            (handler for key, handler in self.faults.items() if key.endswith("*") and request.route.startswith(key[:-1])),
            None)
        reply = fault(self, request, count) if fault else self.route(request)
        if reply is None:
            reply = self.not_found()
        reply = self._conditional(request, reply)
        if self.gzip and reply.body and "gzip" in request.headers.get("accept-encoding", ""):
            reply.body = gzip_module.compress(reply.body)
            reply.headers.append(("Content-Encoding", "gzip"))
        return reply

    def _conditional(self, request: Request, reply: Reply) -> Reply:
        if reply.status != 200 or reply.stream is not None or not reply.body:
            return reply
        etag = '"' + hashlib.md5(reply.body).hexdigest() + '"'
        reply.headers.append(("ETag", etag))
        if request.headers.get("if-none-match") == etag:
            return Reply(304, b"", [("ETag", etag)])
        return reply

    def not_found(self) -> Reply:
        return self.html_reply(self.chrome("Không tìm thấy trang", "<h1>Không tìm thấy trang</h1><p>Trang yêu cầu không tồn tại.</p>"), status=404)

    def html_reply(self, page: str, status: int = 200, charset: str = "utf-8", header_charset: bool = True) -> Reply:
        content_type = f"text/html; charset={charset}" if header_charset else "text/html"
        body = encode_1258(page) if charset == "windows-1258" else page.encode(charset)
        return Reply(status, body, [("Content-Type", content_type)])

    def listed(self) -> list[PortalArticle]:
        return [a for a in sorted(self.articles, key=lambda a: a.date, reverse=True) if a.id not in self.hidden]

    def pages(self) -> int:
        return max(1, -(-len(self.listed()) // self.page_size))

    def page_items(self, number: int) -> list[PortalArticle]:
        return self.listed()[(number - 1) * self.page_size: number * self.page_size]

    def by_id(self, number: int) -> PortalArticle | None:
        return next((a for a in self.articles if a.id == number), None)

    def fault_links(self) -> str:
        paths = [path[:-1] + "0" if path.endswith("*") else path for path in self.faults]  # "/x/*" is linked as "/x/0"
        return "".join(f'<li><a href="{esc(path)}">Liên kết {i}</a></li>' for i, path in enumerate(paths, 1))

    # -- shared boilerplate ----------------------------------------------------------------
    def chrome(self, title_tag: str, main: str, head: str = "", charset_meta: str = '<meta charset="utf-8">') -> str:
        most_read = "".join(f'<li><a href="{esc(self.article_url(a))}">{esc(a.title)}</a></li>' for a in self.listed()[:3])
        return f"""<!DOCTYPE html>
<html lang="vi"><head>{charset_meta}<title>{esc(title_tag)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{head}
<link rel="stylesheet" href="/static/site.css"><script src="/static/site.js"></script></head>
<body>
<div class="top-bar"><span class="today">{weekday(TODAY)}, {TODAY:%d/%m/%Y}</span> | Đường dây nóng: 0213 3876 123 |
<a href="/dang-nhap">Đăng nhập</a></div>
<div id="header"><a href="/"><img src="/static/logo.png" alt="Quốc huy"></a><div class="site-name">{esc(self.name)}</div>
<form action="/tim-kiem"><input name="q"><button>Tìm kiếm</button></form></div>
{self.menu()}
<div id="wrapper"><div class="col-main">{main}</div>
<div class="col-right"><div class="box"><div class="box-title">Tin đọc nhiều</div><ul class="most-read">{most_read}</ul></div>
<div class="weblink"><div class="box-title">Liên kết website</div><select><option>Chính phủ</option><option>Bộ Nội vụ</option></select></div>
<div class="counter">Lượt truy cập: 1.234.567</div></div></div>
<div id="footer"><p>{FOOTER}</p><p><a href="https://www.facebook.com/congthongtin">Facebook</a></p></div>
</body></html>"""

    calendar = True  # link the endless calendar from the menu

    def menu(self) -> str:
        items = [("/", "Trang chủ"), (self.category, "Thi đua - Khen thưởng"), ("/gioi-thieu", "Giới thiệu"),
                 ("/van-ban/quyet-dinh-khen-thuong.pdf", "Văn bản"), ("https://zalo.me/123", "Zalo"),
                 ("mailto:banbientap@example.vn", "Liên hệ")]
        if self.calendar:
            items.append(("/lich-cong-tac?ngay=2024-01-10", "Lịch công tác"))
        links = "".join(f'<li><a href="{esc(href)}">{esc(text)}</a></li>' for href, text in items)
        return f'<div id="menu" class="main-menu"><ul>{links}</ul></div>'

    def breadcrumb(self) -> str:
        return (f'<div class="breadcrumb"><a href="/">Trang chủ</a> » '
                f'<a href="{esc(self.category)}">Thi đua - Khen thưởng</a></div>')

    def body_html(self, article: PortalArticle) -> str:
        paragraphs = [f"<p>{esc(p)}</p>" for p in article.paragraphs]
        if article.caption:
            figure = (f'<table class="image"><tr><td><img src="/static/anh-{article.id}.jpg" alt=""></td></tr>'
                      f'<tr><td class="image-caption"><em>{esc(article.caption)} (Ảnh: {esc(article.author)})</em>'
                      f'</td></tr></table>')
            paragraphs.insert(2, figure)
        return "\n".join(paragraphs)

    def related(self, article: PortalArticle, count: int = 4) -> list[PortalArticle]:
        others = [a for a in self.listed() if a.id != article.id]
        if not others:
            return []
        shift = article.id % len(others)
        return (others[shift:] + others[:shift])[:count]

    def static_page(self, request: Request) -> Reply | None:
        if request.route == "/gioi-thieu":
            text = ("Tỉnh nằm ở vùng núi phía Bắc, có nhiều dân tộc anh em cùng sinh sống. "
                    "Cổng thông tin điện tử là kênh cung cấp thông tin chính thức của chính quyền tỉnh.")
            return self.html_reply(self.chrome("Giới thiệu", f"<h1>Giới thiệu chung</h1><p>{text}</p>"))
        if request.route == "/lich-cong-tac":
            return calendar_page(self, request)
        return None

    # -- style hooks ---------------------------------------------------------------------
    def article_url(self, article: PortalArticle) -> str:
        raise NotImplementedError

    def route(self, request: Request) -> Reply | None:
        raise NotImplementedError

    def article_reply(self, article: PortalArticle) -> Reply:
        raise NotImplementedError


def calendar_page(site: Site, request: Request) -> Reply:
    """An endless calendar: every day links to the previous and next day and month."""
    query = parse_qs(urlsplit(request.path).query)
    try:
        day = dt.date.fromisoformat(query.get("ngay", ["2024-01-10"])[0])
    except ValueError:
        day = dt.date(2024, 1, 10)
    links = [(day - dt.timedelta(days=1), "Ngày trước"), (day + dt.timedelta(days=1), "Ngày sau"),
             (day + dt.timedelta(days=30), "Tháng sau"), (day - dt.timedelta(days=30), "Tháng trước")]
    nav = " | ".join(f'<a href="/lich-cong-tac?ngay={d.isoformat()}">{t}</a>' for d, t in links)
    main = (f"<h1>Lịch công tác ngày {day:%d/%m/%Y}</h1><p>Lãnh đạo UBND tỉnh làm việc tại trụ sở.</p>"
            f"<div class='cal-nav'>{nav}</div>")
    return site.html_reply(site.chrome(f"Lịch công tác {day:%d/%m/%Y}", main))


# ------------------------------------------------------------------------------------------
class LiferaySite(Site):
    name = "Cổng thông tin điện tử tỉnh Lai Châu"
    category = "/web/guest/thi-dua-khen-thuong"
    instance = "Xa1b2C"

    def article_url(self, article: PortalArticle) -> str:
        return f"{self.category}/-/asset_publisher/{self.instance}/content/{article.slug}"

    def listing_url(self, number: int) -> str:
        if number == 1:
            return self.category
        p = f"_101_INSTANCE_{self.instance}_"
        return (f"{self.category}?p_p_id=101_INSTANCE_{self.instance}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
                f"&p_p_col_id=column-2&p_p_col_count=1&{p}delta=5&{p}keywords=&{p}advancedSearch=false"
                f"&{p}andOperator=true&p_r_p_564233524_resetCur=false&{p}cur={number}")

    def route(self, request: Request) -> Reply | None:
        route = request.route
        if route in ("/", "/web/guest", "/web/guest/home"):
            return self.home()
        if route == self.category:
            cur = parse_qs(urlsplit(request.path).query).get(f"_101_INSTANCE_{self.instance}_cur", ["1"])[0]
            return self.listing(int(cur) if cur.isdigit() else 1)
        prefix = f"{self.category}/-/asset_publisher/{self.instance}/content/"
        if route.startswith(prefix):
            slug = route[len(prefix):]
            article = next((a for a in self.articles if a.slug == slug), None)
            return self.article_reply(article) if article else None
        return self.static_page(request)

    def home(self) -> Reply:
        latest = "".join(f'<li><a href="{esc(self.article_url(a))}?redirect=%2Fweb%2Fguest">{esc(a.title)}</a></li>'
                         for a in self.listed()[:3])
        main = (f'<div class="portlet-boundary"><div class="portlet-title">Tin mới</div><ul>{latest}</ul>'
                f'<a href="{self.category}">Xem tất cả</a></div><ul class="extra">{self.fault_links()}</ul>')
        return self.html_reply(self.chrome(self.name, main))

    def listing(self, number: int) -> Reply | None:
        if number < 1 or number > self.pages():
            return None
        items = []
        for a in self.page_items(number):
            link = f"{self.article_url(a)}?redirect=%2Fweb%2Fguest%2Fthi-dua-khen-thuong%3Fp%3D{number}"
            items.append(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{esc(link)}">{esc(a.title)}</a></h3>'
                         f'<div class="asset-summary">{esc(a.lead[:120])}...</div>'
                         f'<span class="metadata-entry">{a.date:%d/%m/%Y}</span></div>')
        pager = []
        if number > 1:
            pager += [f'<a href="{esc(self.listing_url(1))}">Đầu</a>', f'<a href="{esc(self.listing_url(number - 1))}">Trước</a>']
        pager += [f'<a href="{esc(self.listing_url(n))}">{n}</a>' for n in range(1, self.pages() + 1) if n != number]
        if number < self.pages():
            pager += [f'<a href="{esc(self.listing_url(number + 1))}">Tiếp</a>', f'<a href="{esc(self.listing_url(self.pages()))}">Cuối</a>']
        main = (f'{self.breadcrumb()}<div class="portlet-boundary portlet-asset-publisher"><h2 class="portlet-title">Thi đua - Khen thưởng</h2>'
                f'{"".join(items)}<div class="taglib-page-iterator"><div class="search-pages">{" ".join(pager)}</div></div></div>')
        return self.html_reply(self.chrome(f"Thi đua - Khen thưởng - {self.name}", main))

    def article_reply(self, article: PortalArticle) -> Reply:
        byline = f'<p style="text-align:right"><strong>{esc(article.author)}</strong></p>' if article.author else ""
        related = "".join(f'<li><a href="{esc(self.article_url(a))}?redirect=%2Fweb">{esc(a.title)}</a> '
                          f'<span>({a.date:%d/%m/%Y})</span></li>' for a in self.related(article))
        main = f"""{self.breadcrumb()}
<div class="portlet-boundary portlet-asset-publisher"><div class="portlet-body">
<div class="asset-full-content">
<h3 class="header-title"><span>{esc(article.title)}</span></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{weekday(article.date)}, {article.date:%d/%m/%Y} {article.time}</span></div>
<div class="journal-content-article">{self.body_html(article)}
{byline}</div>
<div class="asset-ratings">Đánh giá: 5</div>
<div class="social-bookmarks"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> <a href="javascript:window.print()">In bài</a></div>
<div class="view-count">Lượt xem: {100 + article.id}</div>
</div></div></div>
<div class="portlet-boundary"><div class="portlet-title"><span>Tin cùng chuyên mục</span></div><ul class="other-news">{related}</ul></div>"""
        return self.html_reply(self.chrome(f"{article.title} - {self.name}", main))


# ------------------------------------------------------------------------------------------
class WordPressSite(Site):
    name = "Ban Thi đua - Khen thưởng tỉnh Hòa Bình"
    category = "/category/thi-dua-khen-thuong/"

    def __init__(self, *args, feed_size: int = 5, sitemap: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.feed_size = feed_size
        self.sitemap = sitemap
        if self.robots and "Sitemap" not in self.robots and sitemap:
            self.robots += "Disallow: /wp-admin/\nSitemap: {base}/sitemap.xml\n"

    def respond(self, request: Request) -> Reply:
        if request.route == "/robots.txt" and self.robots:
            with self.lock:
                self.calls[request.path] = self.calls.get(request.path, 0) + 1
            return Reply(200, self.robots.replace("{base}", self.base).encode(), [("Content-Type", "text/plain")])
        return super().respond(request)

    def article_url(self, article: PortalArticle) -> str:
        return f"/{article.date:%Y/%m/%d}/{article.slug}/"

    def listing_url(self, number: int) -> str:
        return self.category if number == 1 else f"{self.category}page/{number}/"

    def head(self, title: str, kind: str = "website", extra: str = "") -> str:
        return (f'<meta property="og:type" content="{kind}"><meta property="og:title" content="{esc(title)}">'
                f'<link rel="alternate" type="application/rss+xml" title="Nguồn cấp" href="{self.base}/feed/">{extra}')

    def route(self, request: Request) -> Reply | None:
        route = request.route
        if route == "/":
            number = parse_qs(urlsplit(request.path).query).get("p", [""])[0]
            if number.isdigit() and self.by_id(int(number)):
                return self.article_reply(self.by_id(int(number)))  # WordPress shortlink
            return self.home()
        if route == "/feed/":
            return self.feed()
        if route.endswith("sitemap.xml") and not self.sitemap:
            return None
        if route == "/sitemap.xml":
            return Reply(200, f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                              f'<sitemap><loc>{self.base}/post-sitemap.xml</loc></sitemap></sitemapindex>'.encode(),
                         [("Content-Type", "application/xml")])
        if route == "/post-sitemap.xml":
            urls = "".join(f"<url><loc>{self.base}{self.article_url(a)}</loc><lastmod>{a.date.isoformat()}T10:00:00+07:00</lastmod></url>"
                           for a in self.articles)
            return Reply(200, f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode(),
                         [("Content-Type", "application/xml; charset=UTF-8")])
        if route.startswith(self.category):
            rest = route[len(self.category):].strip("/")
            number = int(rest.split("/")[1]) if rest.startswith("page/") and rest.split("/")[1].isdigit() else (1 if not rest else 0)
            return self.listing(number)
        for article in self.articles:
            if route == self.article_url(article):
                return self.article_reply(article)
        return self.static_page(request)

    def home(self) -> Reply:
        latest = "".join(f'<article><h2><a href="{esc(self.article_url(a))}?utm_source=trang-chu&utm_medium=web">{esc(a.title)}</a></h2></article>'
                         for a in self.listed()[:4])
        oldest = self.listed()[-1]
        shortlink = f'<p><a href="/?p={oldest.id}">Đọc tiếp</a></p>'
        main = (f'<main id="primary">{latest}{shortlink}<a href="{self.category}">Xem thêm tin</a>'
                f'<ul>{self.fault_links()}</ul></main>')
        return self.html_reply(self.chrome(self.name, main, head=self.head(self.name)))

    def listing(self, number: int) -> Reply | None:
        if number < 1 or number > self.pages():
            return None
        items = "".join(
            f'<article class="post"><h2 class="entry-title"><a href="{esc(self.article_url(a))}" rel="bookmark">{esc(a.title)}</a></h2>'
            f'<div class="entry-meta"><time datetime="{a.date.isoformat()}">{a.date:%d/%m/%Y}</time></div>'
            f'<div class="entry-summary"><p>{esc(a.lead[:150])} […]</p></div></article>' for a in self.page_items(number))
        nav = []
        if number > 1:
            nav.append(f'<a class="prev page-numbers" href="{self.listing_url(number - 1)}">« Trang trước</a>')
        nav += [f'<a class="page-numbers" href="{self.listing_url(n)}">{n}</a>' for n in range(1, self.pages() + 1) if n != number]
        if number < self.pages():
            nav.append(f'<a class="next page-numbers" href="{self.listing_url(number + 1)}">Trang sau »</a>')
        main = (f'<main id="primary"><header class="page-header"><h1 class="page-title">Chuyên mục: Thi đua - Khen thưởng</h1></header>'
                f'{items}<nav class="navigation pagination"><div class="nav-links">{"".join(nav)}</div></nav></main>')
        return self.html_reply(self.chrome(f"Thi đua - Khen thưởng – Trang {number}", main, head=self.head("Thi đua - Khen thưởng")))

    def feed(self) -> Reply:
        items = "".join(f"<item><title>{esc(a.title)}</title><link>{self.base}{self.article_url(a)}?utm_source=rss</link>"
                        f"<pubDate>{dt.datetime(a.date.year, a.date.month, a.date.day, 9, 15):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                        for a in self.listed()[: self.feed_size])
        body = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{esc(self.name)}</title>{items}</channel></rss>'
        return Reply(200, body.encode(), [("Content-Type", "application/rss+xml; charset=UTF-8")])

    def article_reply(self, article: PortalArticle) -> Reply:
        related = "".join(f'<li><a href="{esc(self.article_url(a))}">{esc(a.title)}</a></li>' for a in self.related(article, 3))
        stamp = f"{article.date.isoformat()}T{article.time}:00+07:00"
        byline = (f'<span class="byline">bởi <span class="author vcard">{esc(article.author)}</span></span>'
                  if article.author else "")
        head = self.head(article.title, "article", f'<meta property="article:published_time" content="{stamp}">'
                         f'<link rel="canonical" href="{self.base}{self.article_url(article)}">')
        main = f"""<main id="primary"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">{esc(article.title)}</h1>
<div class="entry-meta"><span class="posted-on">Đăng ngày <time class="entry-date published" datetime="{stamp}">{article.date:%d/%m/%Y}</time></span>
{byline}</div></header>
<div class="entry-content">{self.body_html(article)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3><ul><li><a href="?share=facebook">Facebook</a></li><li><a href="?share=zalo">Zalo</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="{self.category}">Thi đua - Khen thưởng</a></span></footer>
</article>
<section class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Bài viết liên quan</h3><ul>{related}</ul></section></main>"""
        return self.html_reply(self.chrome(f"{article.title} – {self.name}", main, head=head))


# ------------------------------------------------------------------------------------------
class AspNetSite(Site):
    name = "Cổng thông tin điện tử tỉnh Kiên Giang"
    category = "/NewsList.aspx?CatID=5"

    def __init__(self, *args, utf8_mislabelled: set[int] = frozenset(), undeclared: set[int] = frozenset(),
                 old_urls: set[int] = frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        self.utf8_mislabelled = set(utf8_mislabelled)  # served as UTF-8 but labelled ISO-8859-1
        self.undeclared = set(undeclared)  # windows-1258 with no charset anywhere
        self.old_urls = set(old_urls)  # linked only through /TinCu.aspx?id=N, which redirects

    def article_url(self, article: PortalArticle) -> str:
        if article.id in self.old_urls:
            return f"/TinCu.aspx?id={article.id}"
        session = "/(S(k3j4h5g6f7d8s9a0))" if article.id % 4 == 0 else ""
        return f"{session}/NewsDetail.aspx?ItemID={article.id}&CatID=5"

    def listing_url(self, number: int) -> str:
        return f"/NewsList.aspx?CatID=5&page={number}"

    def route(self, request: Request) -> Reply | None:
        route, query = request.route, parse_qs(urlsplit(request.path).query)
        if route == "/":
            return Reply(302, b"", [("Location", "/Default.aspx")])
        if route == "/Default.aspx":
            return self.home()
        if route == "/NewsList.aspx":
            page = query.get("page", ["1"])[0]
            return self.listing(int(page) if page.isdigit() else 0)
        if route == "/TinCu.aspx":
            return Reply(301, b"", [("Location", f"/NewsDetail.aspx?ItemID={query.get('id', ['0'])[0]}&CatID=5")])
        if route == "/NewsDetail.aspx":
            item = query.get("ItemID", ["0"])[0]
            article = self.by_id(int(item)) if item.isdigit() else None
            return self.article_reply(article) if article else None
        return self.static_page(request)

    def page(self, title: str, main: str, charset_meta: bool = True) -> str:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">' if charset_meta else ""
        return self.chrome(title, main, charset_meta=meta)

    def home(self) -> Reply:
        latest = "".join(f'<tr><td><a class="link-title" href="{esc(self.article_url(a))}">{esc(a.title)}</a></td></tr>'
                         for a in self.listed()[:3])
        main = f'<table class="tin-moi">{latest}</table><a href="{esc(self.category)}">Thi đua - Khen thưởng</a><ul>{self.fault_links()}</ul>'
        return self.html_reply(self.page(self.name, main), charset="windows-1258", header_charset=False)

    def listing(self, number: int) -> Reply | None:
        if number < 1 or number > self.pages():
            return None
        rows = "".join(f'<tr><td class="news-item"><a href="{esc(self.article_url(a))}">{esc(a.title)}</a>'
                       f'<span class="ngay">({a.date:%d/%m/%Y})</span><div>{esc(a.lead[:100])}...</div></td></tr>'
                       for a in self.page_items(number))
        pager = []
        if number > 1:
            pager.append(f'<a href="{self.listing_url(number - 1)}">Trang trước</a>')
        if number < self.pages():
            pager.append(f'<a href="{self.listing_url(number + 1)}">Trang sau</a>')
        main = f'<div class="title-cat">Thi đua - Khen thưởng</div><table class="list-news">{rows}</table><div class="pager">{" | ".join(pager)}</div>'
        return self.html_reply(self.page("Thi đua - Khen thưởng", main), charset="windows-1258", header_charset=False)

    def article_reply(self, article: PortalArticle) -> Reply:
        related = "".join(f'<li><a href="{esc(self.article_url(a))}">{esc(a.title)}</a> <i>({a.date:%d/%m/%Y})</i></li>'
                          for a in self.related(article))
        byline = f'<p class="tac-gia">{esc(article.author)}</p>' if article.author else ""
        main = f"""<div class="news-detail">
<div class="tieu-de">{esc(article.title)}</div>
<div class="thoi-gian">({article.time} | {article.date:%d/%m/%Y})</div>
<div id="noidung">{self.body_html(article)}</div>
{byline}
<div class="tool"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Quay lại</a></div>
</div>
<div class="othernews"><div class="title">Các tin khác</div><ul>{related}</ul></div>"""
        if article.id in self.utf8_mislabelled:
            page = self.chrome(article.title, main, charset_meta="")
            return Reply(200, page.encode("utf-8"), [("Content-Type", "text/html; charset=iso-8859-1")])
        declared = article.id not in self.undeclared
        return self.html_reply(self.page(article.title, main, charset_meta=declared), charset="windows-1258",
                               header_charset=False)


# ------------------------------------------------------------------------------------------
class LegacySite(Site):
    """An older custom portal: text split by <br> instead of paragraphs, dates as "Cập nhật lúc 09:15
    ngày 22/01/2024", pagination as /tin-tuc/p2.html with "»", related news under "Tin cùng chủ đề",
    a sitemap that also lists articles no listing shows."""

    name = "Cổng thông tin điện tử huyện Phong Thổ"
    category = "/tin-tuc-su-kien.html"

    def article_url(self, article: PortalArticle) -> str:
        return f"/tin-tuc-su-kien/{article.slug}-{article.id}.html"

    def listing_url(self, number: int) -> str:
        return self.category if number == 1 else f"/tin-tuc-su-kien/p{number}.html"

    def route(self, request: Request) -> Reply | None:
        route = request.route
        if route in ("/", "/index.html"):
            return self.listing(1, home=True)
        if route == self.category:
            return self.listing(1)
        if route.startswith("/tin-tuc-su-kien/p") and route[18:-5].isdigit():
            return self.listing(int(route[18:-5]))
        if route == "/sitemap.xml":
            urls = "".join(f"<url><loc>{self.base}{self.article_url(a)}</loc></url>" for a in self.articles)
            return Reply(200, f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode(),
                         [("Content-Type", "text/xml")])
        for article in self.articles:
            if route == self.article_url(article):
                return self.article_reply(article)
        return self.static_page(request)

    def listing(self, number: int, home: bool = False) -> Reply | None:
        if number < 1 or number > self.pages():
            return None
        items = "".join(f'<li><a href="{esc(self.article_url(a))}">{esc(a.title)}</a> <span class="gray">({a.date:%d/%m/%Y})</span></li>'
                        for a in self.page_items(number))
        pager = " ".join(f'<a href="{self.listing_url(n)}">{n}</a>' for n in range(1, self.pages() + 1) if n != number)
        if number < self.pages():
            pager += f' <a href="{self.listing_url(number + 1)}">»</a>'
        main = f'<div class="box-news"><h2 class="box-title">Tin tức - Sự kiện</h2><ul>{items}</ul><div class="pages">{pager}</div></div>'
        if home:
            main += f"<ul>{self.fault_links()}</ul>"
        return self.html_reply(self.chrome(self.name if home else "Tin tức - Sự kiện", main))

    def article_reply(self, article: PortalArticle) -> Reply:
        body = "<br><br>".join(esc(p) for p in article.paragraphs[:3])
        if article.caption:
            body += (f'<br><br><center><img src="/anh/{article.id}.jpg"><br><i>{esc(article.caption)} Ảnh: '
                     f'{esc(article.author)}</i></center><br>')
        elif article.paragraphs[3:]:
            body += "<br><br>"
        body += "<br><br>".join(esc(p) for p in article.paragraphs[3:])
        related = "".join(f'<div class="item"><a href="{esc(self.article_url(a))}">{esc(a.title)}</a></div>' for a in self.related(article))
        main = f"""<div class="news-view">
<h2 class="news-title">{esc(article.title)}</h2>
<div class="news-date">Cập nhật lúc {article.time} ngày {article.date:%d/%m/%Y}</div>
<div class="news-content">{body}</div>
<div class="addthis_toolbox"><a class="addthis_button_facebook">Facebook</a> <a>Chia sẻ</a></div>
<div class="news-other"><h4>Tin cùng chủ đề</h4>{related}</div></div>"""
        return self.html_reply(self.chrome(f"{article.title} | {self.name}", main))
