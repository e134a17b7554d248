"""Fixture portals, one per CMS family Vietnamese portals run, with the pages and traps of real ones.

Written for tdkt's tests (no page is copied from a real site), after studying how each
platform lays out its pages and spells its URLs:

* SharePointPortal: ASP.NET, the whole page inside ``<form id="aspnetForm">`` with
  ``__VIEWSTATE``, nested layout tables, the related news in the article's own table cell,
  ``/tintuc/Pages/chi-tiet-tin.aspx?ItemID=N``, windows-1258.
* WebFormsPortal: an in-house ASP.NET site, ``NewsDetail.aspx?ItemID=N`` in a ``<form>``,
  labels (``lblNoiDung``) holding ``<br>``-split text, a charset declared nowhere.
* LiferayPortal: portlets, ``/web/guest/.../-/asset_publisher/ID/content/slug``, a
  related-news portlet with dates and leads, a journal-content "Giới thiệu" page.
* DnnPortal: DotNetNuke panes and ``dnn_ctrNN`` modules inside one form, ``/tabid/NN/``,
  a module title that is not the article's.
* JoomlaPortal: ``index.php?option=com_content&view=article&id=N:slug``, ``.item-page``,
  previous/next links, a "Giới thiệu" page with the same URL shape as articles.
* WordPressPortal: ``/YYYY/MM/DD/slug/``, a feed, a sitemap index, ``?p=N`` shortlinks,
  tracking parameters, related posts with dates and excerpts, pages ``/gioi-thieu/``.
* PhpPortal: an in-house PHP district portal, ``/tin-tuc/bai-viet/cat/NAME-N/id/slug-N``.
* NewspaperPortal: a provincial newspaper's own CMS, ``/section/slug-NNNNNN.html``, the lead
  in its own block above the body, a "Tin liên quan" box inside the body, an RSS feed.

Every portal shows the *server's* date of today in its top bar (not the real one), menus,
breadcrumbs, share bars, view counters, captions with photo credits, related news with their
own dates and leads, a footer, five static pages (giới thiệu, liên hệ, sơ đồ cổng, hỏi đáp,
văn bản), a robots.txt with a Disallow rule and a Crawl-delay, and a sitemap that also lists an
article no listing links to. Traps (one-off 500 and 429, a 301, a redirect loop, a 404, a 3 MB
page, an endless calendar, tracking parameters) are switched on per portal.

The portal publishes an article the day after its event, so the date in the lead is not the
publication date: ``published(article)`` is.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from crawl_corpus import FakeArticle, make_corpus
from crawl_server import Reply, Request

from tdkt.crawler.demo.articles import weekday
from tdkt.crawler.demo.sites import FOOTER, Site, calendar_page, encode_1258, esc

SERVER_TODAY = dt.date(2024, 3, 28)  # the portal server's clock: never an article's date
VIEWSTATE = "/wEPDwUKLTQ3NjU4MzQ2Mg9kFgJmD2QWAgIDD2QWBgIBD2QWAmYPFgIeBFRleHQFC1RpbiB0dWMgbW9p" * 12

STATIC_PAGES = {
    "gioi-thieu": ("Giới thiệu chung", [
        "Tỉnh nằm ở vùng núi phía Bắc, phía Bắc giáp nước bạn, phía Nam giáp các tỉnh trung du; diện tích tự "
        "nhiên hơn chín nghìn ki-lô-mét vuông, dân số gần nửa triệu người thuộc hai mươi dân tộc anh em.",
        "Toàn tỉnh có tám đơn vị hành chính cấp huyện và một trăm linh sáu xã, phường, thị trấn; tỉnh lỵ cách "
        "Thủ đô khoảng bốn trăm năm mươi ki-lô-mét theo quốc lộ.",
        "Cổng thông tin điện tử là kênh cung cấp thông tin chính thức của chính quyền tỉnh về chủ trương, chính "
        "sách, hoạt động chỉ đạo điều hành và các thủ tục hành chính cho người dân, doanh nghiệp.",
    ]),
    "lien-he": ("Liên hệ", [
        "Ban biên tập Cổng thông tin điện tử tỉnh, trụ sở tại số 1 đường Trần Phú, thành phố tỉnh lỵ; điện "
        "thoại 0213 3876 123, thư điện tử banbientap@example.vn; tiếp nhận ý kiến trong giờ hành chính.",
        "Tổ chức, cá nhân gửi tin bài, ảnh cộng tác xin ghi rõ họ tên, địa chỉ, số điện thoại liên hệ; Ban biên "
        "tập có quyền biên tập lại nội dung cho phù hợp với tôn chỉ, mục đích của cổng thông tin.",
    ]),
    "so-do": ("Sơ đồ cổng thông tin", [
        "Trang chủ; Giới thiệu: tổng quan, lịch sử hình thành, cơ cấu tổ chức; Tin tức - Sự kiện: tin trong tỉnh, "
        "tin hoạt động của lãnh đạo, thi đua - khen thưởng; Văn bản: văn bản quy phạm pháp luật, văn bản chỉ đạo.",
        "Thủ tục hành chính: danh mục thủ tục, dịch vụ công trực tuyến; Hỏi đáp: gửi câu hỏi, tra cứu trả lời; "
        "Liên hệ: thông tin ban biên tập, danh bạ điện thoại các cơ quan, đơn vị trong tỉnh.",
    ]),
    "hoi-dap": ("Hỏi đáp", [
        "Câu hỏi (gửi ngày 14/02/2024): Tập thể được tặng Cờ thi đua của Ủy ban nhân dân tỉnh cần đáp ứng những "
        "tiêu chuẩn gì, hồ sơ đề nghị gồm những giấy tờ nào và nộp ở đâu?",
        "Trả lời (ngày 20/02/2024): Theo quy định hiện hành, Cờ thi đua của Ủy ban nhân dân tỉnh được xét tặng cho "
        "tập thể tiêu biểu xuất sắc, dẫn đầu phong trào thi đua của cụm, khối; hồ sơ nộp về Sở Nội vụ qua bộ phận một cửa.",
        "Câu hỏi (gửi ngày 02/03/2024): Cá nhân đã được tặng danh hiệu Chiến sĩ thi đua cơ sở ba năm liền có được "
        "đề nghị xét tặng danh hiệu Chiến sĩ thi đua cấp tỉnh không? Trả lời: có, khi đủ các điều kiện về sáng kiến.",
    ]),
    "van-ban": ("Văn bản chỉ đạo điều hành", [
        "Quyết định số 125/QĐ-UBND ngày 15/01/2024 về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2023.",
        "Kế hoạch số 36/KH-UBND ngày 22/01/2024 tổ chức phong trào thi đua yêu nước năm 2024 trên địa bàn tỉnh.",
        "Hướng dẫn số 08/HD-HĐTĐKT ngày 05/02/2024 về công tác thi đua, khen thưởng năm 2024 cho các cụm, khối.",
        "Công văn số 412/UBND-NC ngày 01/03/2024 về việc đề nghị khen thưởng thành tích tổng kết năm học.",
    ]),
}


@dataclass
class Traps:
    """Which traps a portal sets, each on its own article or path."""

    server_error_once: bool = False  # the first request for one article answers 500
    too_many_once: bool = False  # the first request for another answers 429 with Retry-After: 1
    moved: bool = False  # an article linked only by an old URL that answers 301
    redirect_loop: bool = False
    not_found: bool = True
    huge_page: bool = False  # one article padded to 3 MB with an inline image
    calendar: bool = False  # an endless work calendar linked from the menu
    tracking: bool = False  # tracking parameters on home-page links


class PlatformPortal(Site):
    """What every fixture portal shares: routing, static pages, sitemap, robots, traps and the truth."""

    platform = ""  # the platform id the portal is built like (data/portal/platforms.json)
    registered_platform = ""  # what its registry row says ("" when the crawler must recognise it)
    kind = "provincial_portal"
    charset = "utf-8"
    crawl_delay = 0.05
    disallowed = "/private/"
    feed_path: str | None = None
    calendar = False  # Site's menu link: each portal draws its own menu

    def __init__(self, articles: list[FakeArticle], page_size: int = 4, traps: Traps | None = None,
                 sitemap_only: int | None = None, **kwargs):
        self.traps = traps or Traps()
        robots = (f"User-agent: *\nDisallow: {self.disallowed}\nCrawl-delay: {self.crawl_delay}\n"
                  "Sitemap: {base}/sitemap.xml\n")
        hidden = {sitemap_only} if sitemap_only else set()
        super().__init__(articles, page_size=page_size, robots=robots, hidden=hidden, **kwargs)
        self._set_traps()

    # -- truth -------------------------------------------------------------------------------
    def published(self, article: FakeArticle) -> dt.date:
        return article.date + dt.timedelta(days=1)

    def static_paths(self) -> list[str]:
        return [self.static_url(key) for key in STATIC_PAGES]

    def leak_snippets(self, article: FakeArticle) -> list[str]:
        """Text of other articles this article's page shows: related news (titles, leads), the sidebar."""
        snippets = []
        for other in self.related(article):
            snippets += [other.title, other.lead[:60]]
        snippets += [other.title for other in self.listed()[:3] if other.id != article.id]
        return snippets

    def trap_articles(self) -> dict[str, FakeArticle]:
        """The articles the traps are set on, chosen once (hiding one changes the listings)."""
        if not hasattr(self, "_trap_articles"):
            listed = self.listed()
            self._trap_articles = {"server_error": listed[1], "too_many": listed[2], "huge": listed[3],
                                   "moved": listed[-1]}
        return self._trap_articles

    # -- traps -------------------------------------------------------------------------------
    def _set_traps(self) -> None:
        traps, chosen = self.traps, self.trap_articles()
        self.article_traps: dict[int, object] = {}
        self.article_requests: dict[int, int] = {}
        if traps.moved:
            self.hidden.add(chosen["moved"].id)
        if traps.server_error_once:
            self.article_traps[chosen["server_error"].id] = _once(500)
        if traps.too_many_once:
            self.article_traps[chosen["too_many"].id] = _once(429, [("Retry-After", "1")])
        if traps.huge_page:
            self.article_traps[chosen["huge"].id] = _huge(3_000_000)

    def serve_article(self, article: FakeArticle) -> Reply:
        """The article page, or what its trap answers to this request (traps count per article)."""
        with self.lock:
            count = self.article_requests[article.id] = self.article_requests.get(article.id, 0) + 1
        trap = self.article_traps.get(article.id)
        return trap(self, article, count) if trap else self.article_reply(article)

    def trap_links(self) -> str:
        traps, links = self.traps, [(f"{self.disallowed}bao-cao-noi-bo", "Báo cáo nội bộ")]
        if traps.not_found:
            links.append(("/tin-da-go-bo-2019", "Tin đã gỡ"))
        if traps.redirect_loop:
            links.append(("/chuyen-huong-a", "Trang chuyển hướng"))
        if traps.moved:
            links.append((f"/tin-cu.php?id={self.trap_articles()['moved'].id}", "Tin lưu trữ"))
        if traps.calendar:
            links.append(("/lich-cong-tac?ngay=2024-01-10", "Lịch công tác"))
        return "".join(f'<a href="{esc(href)}">{esc(text)}</a> ' for href, text in links)

    def trap_reply(self, request: Request) -> Reply | None:
        route = request.route
        if route.startswith(self.disallowed):
            return self.html_reply(self.page("Nội bộ", "<p>Tài liệu nội bộ, không công khai.</p>"))
        if route == "/chuyen-huong-a" and self.traps.redirect_loop:
            return Reply(302, b"", [("Location", "/chuyen-huong-b")])
        if route == "/chuyen-huong-b" and self.traps.redirect_loop:
            return Reply(302, b"", [("Location", "/chuyen-huong-a")])
        if route == "/tin-cu.php" and self.traps.moved:
            number = parse_qs(urlsplit(request.path).query).get("id", ["0"])[0]
            article = self.by_id(int(number)) if number.isdigit() else None
            return Reply(301, b"", [("Location", self.article_url(article))]) if article else None
        if route == "/lich-cong-tac" and self.traps.calendar:
            return calendar_page(self, request)
        return None

    # -- routing -----------------------------------------------------------------------------
    def respond(self, request: Request) -> Reply:
        if request.route == "/robots.txt":
            return Reply(200, self.robots.replace("{base}", self.base).encode(), [("Content-Type", "text/plain")])
        return super().respond(request)

    def route(self, request: Request) -> Reply | None:
        if request.route == "/sitemap.xml":
            return self.sitemap()
        if self.feed_path and request.route == self.feed_path:
            return self.feed()
        trap = self.trap_reply(request)
        if trap is not None:
            return trap
        for key in STATIC_PAGES:
            if _same_page(request.path, self.static_url(key)):
                return self.html_reply(self.page(STATIC_PAGES[key][0], self.static_main(key)))
        article = self.find_article(request)
        if article is not None:
            return self.serve_article(article)
        number = self.find_listing(request)
        if number is not None and 1 <= number <= self.pages():
            return self.html_reply(self.page(self.section, self.listing_main(number)))
        if self.is_home(request):
            return self.html_reply(self.page(self.name, self.home_main()))
        return None

    def article_reply(self, article: FakeArticle) -> Reply:
        return self.html_reply(self.page(article.title, self.article_main(article), self.article_head(article)))

    def html_reply(self, page: str, status: int = 200, charset: str | None = None, header_charset: bool = True) -> Reply:
        charset = charset or self.charset
        if charset == "windows-1258":
            return Reply(status, encode_1258(page), [("Content-Type", "text/html")])
        return Reply(status, page.encode(charset), [("Content-Type", f"text/html; charset={charset}")])

    def sitemap(self) -> Reply:
        entries = [(self.article_url(a), self.published(a)) for a in self.articles]
        entries += [(path, SERVER_TODAY) for path in self.static_paths()]
        urls = "".join(f"<url><loc>{esc(self.base + path)}</loc><lastmod>{day.isoformat()}</lastmod></url>"
                       for path, day in entries)
        body = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        return Reply(200, body.encode(), [("Content-Type", "application/xml; charset=utf-8")])

    def feed(self) -> Reply:
        items = "".join(f"<item><title>{esc(a.title)}</title><link>{esc(self.base + self.article_url(a))}"
                        f"{'?utm_source=rss&amp;utm_medium=feed' if self.traps.tracking else ''}</link>"
                        f"<pubDate>{dt.datetime.combine(self.published(a), dt.time(9, 15)):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                        for a in self.listed()[:5])
        body = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{esc(self.name)}</title>{items}</channel></rss>'
        return Reply(200, body.encode(), [("Content-Type", "application/rss+xml; charset=utf-8")])

    # -- shared pieces -----------------------------------------------------------------------
    section = "Thi đua - Khen thưởng"

    def today_text(self) -> str:
        return f"{weekday(SERVER_TODAY)}, ngày {SERVER_TODAY.day} tháng {SERVER_TODAY.month} năm {SERVER_TODAY.year}"

    def paragraphs_html(self, article: FakeArticle, caption: str) -> str:
        """The article's paragraphs with its photo and caption (credit included) after the second one."""
        blocks = [f"<p>{esc(p)}</p>" for p in article.paragraphs]
        blocks.insert(2, caption.format(img=f"/images/tin/{article.id}.jpg", caption=esc(article.caption),
                                        credit=esc(article.author)))
        return "\n".join(blocks)

    def related_items(self, article: FakeArticle, template: str) -> str:
        return "".join(template.format(url=esc(self.article_url(a)), title=esc(a.title), lead=esc(a.lead[:120]),
                                       date=f"{self.published(a):%d/%m/%Y}") for a in self.related(article))

    def sidebar_titles(self) -> list[tuple[str, str]]:
        return [(self.article_url(a), a.title) for a in self.listed()[:3]]

    def static_text(self, key: str, tag: str = "p") -> str:
        return "".join(f"<{tag}>{esc(p)}</{tag}>" for p in STATIC_PAGES[key][1])

    def home_url(self) -> str:
        return "/"

    def is_home(self, request: Request) -> bool:
        return request.route in ("/", self.home_url())

    def home_main(self) -> str:
        items = "".join(f'<li><a href="{esc(self.link(a))}">{esc(a.title)}</a></li>' for a in self.listed()[:4])
        return f'<ul class="home-news">{items}</ul><a href="{esc(self.listing_url(1))}">{esc(self.section)}</a>'

    def link(self, article: FakeArticle) -> str:
        """How the home page links an article (with tracking parameters where the portal adds them)."""
        url = self.article_url(article)
        if self.traps.tracking:
            url += ("&" if "?" in url else "?") + "utm_source=trang-chu&utm_medium=web&zarsrc=30"
        return url

    # -- per platform ------------------------------------------------------------------------
    def static_url(self, key: str) -> str: raise NotImplementedError
    def find_article(self, request: Request) -> FakeArticle | None: raise NotImplementedError
    def find_listing(self, request: Request) -> int | None: raise NotImplementedError
    def page(self, title: str, main: str, head: str = "") -> str: raise NotImplementedError
    def article_main(self, article: FakeArticle) -> str: raise NotImplementedError
    def listing_main(self, number: int) -> str: raise NotImplementedError
    def static_main(self, key: str) -> str: raise NotImplementedError

    def article_head(self, article: FakeArticle) -> str:
        return ""


def _same_page(requested: str, path: str) -> bool:
    """Requested path+query equals a site path, whatever the order of the query's parameters."""
    a, b = urlsplit(requested), urlsplit(path)
    return a.path == b.path and sorted(parse_qs(a.query).items()) == sorted(parse_qs(b.query).items())


def _once(status: int, headers=()):
    """The first request answers ``status`` (a server error, a 429), later ones the article."""
    def handler(site, article, count):
        if count <= 1:
            return Reply(status, "<html><body>Lỗi máy chủ, xin thử lại sau.</body></html>".encode(),
                         [("Content-Type", "text/html; charset=utf-8"), *headers])
        return site.article_reply(article)
    return handler


def _huge(size: int):
    """The article padded to ``size`` bytes with an inline photo, as some portals embed them."""
    def handler(site, article, count):
        reply = site.article_reply(article)
        padding = b"A" * max(0, size - len(reply.body))
        reply.body = reply.body.replace(b"</body>", b'<img alt="" src="data:image/jpeg;base64,' + padding + b'"></body>')
        return reply
    return handler


def _article_by_query(site: PlatformPortal, request: Request, name: str) -> FakeArticle | None:
    value = parse_qs(urlsplit(request.path).query).get(name, [""])[0].split(":")[0]
    return site.by_id(int(value)) if value.isdigit() else None


# ==========================================================================================
class SharePointPortal(PlatformPortal):
    """A provincial emulation board on SharePoint: one form, layout tables, windows-1258."""

    platform = "sharepoint"
    kind = "emulation_board"
    name = "Ban Thi đua - Khen thưởng tỉnh Điện Biên"
    charset = "windows-1258"

    def article_url(self, article):
        return f"/tintuc/Pages/chi-tiet-tin.aspx?ItemID={article.id}&CateID=5"

    def listing_url(self, number):
        return "/tintuc/Pages/thi-dua-khen-thuong.aspx" + (f"?CateID=5&Page={number}" if number > 1 else "")

    def home_url(self):
        return "/Pages/Default.aspx"

    def static_url(self, key):
        return {"gioi-thieu": "/Pages/gioi-thieu.aspx", "lien-he": "/Pages/lien-he.aspx", "so-do": "/Pages/so-do-cong.aspx",
                "hoi-dap": "/Pages/hoi-dap.aspx", "van-ban": "/vanban/Pages/van-ban-chi-dao.aspx"}[key]

    def find_article(self, request):
        return _article_by_query(self, request, "ItemID") if request.route == "/tintuc/Pages/chi-tiet-tin.aspx" else None

    def find_listing(self, request):
        if request.route != "/tintuc/Pages/thi-dua-khen-thuong.aspx":
            return None
        page = parse_qs(urlsplit(request.path).query).get("Page", ["1"])[0]
        return int(page) if page.isdigit() else None

    def route(self, request):
        if request.route == "/":
            return Reply(302, b"", [("Location", self.home_url())])
        return super().route(request)

    def page(self, title, main, head=""):
        menu = "".join(f'<td class="menu-item"><a href="{esc(href)}">{esc(text)}</a></td>' for href, text in [
            (self.home_url(), "Trang chủ"), (self.static_url("gioi-thieu"), "Giới thiệu"),
            (self.listing_url(1), "Thi đua - Khen thưởng"), (self.static_url("van-ban"), "Văn bản"),
            (self.static_url("hoi-dap"), "Hỏi đáp"), (self.static_url("lien-he"), "Liên hệ"),
            (self.static_url("so-do"), "Sơ đồ cổng")])
        most_read = "".join(f'<tr><td class="link-item">» <a href="{esc(u)}">{esc(t)}</a></td></tr>' for u, t in self.sidebar_titles())
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta name="GENERATOR" content="Microsoft SharePoint"><title>{esc(self.title_tag(title))}</title>
<script type="text/javascript" src="/_layouts/15/init.js?rev=abc"></script>{head}</head>
<body scroll="yes"><form method="post" action="./chi-tiet-tin.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAN0aW4gdHVj"></div>
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td>
<table width="100%" class="header-table"><tr><td class="logo"><img src="/PublishingImages/logo.png" alt="Logo"></td>
<td class="header-right" align="right"><span id="ctl00_ucTop_lblDate">{self.today_text()}</span><br>
<input name="ctl00$txtSearch" type="text"><input type="submit" name="ctl00$btnSearch" value="Tìm kiếm"></td></tr></table>
<table width="100%" class="menu-bar"><tr>{menu}</tr></table>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top" class="left-col"><table class="box-left"><tr><td class="box-header">Tin xem nhiều</td></tr>{most_read}</table>
<table class="box-left"><tr><td><a href="https://www.chinhphu.vn">Cổng TTĐT Chính phủ</a></td></tr></table></td>
<td valign="top" class="center-col"><div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome">{main}</div></div></td>
</tr></table>
<table width="100%" class="footer-table"><tr><td>{FOOTER}<br>Lượt truy cập: 1.024.512 | {self.trap_links()}</td></tr></table>
</td></tr></table></form></body></html>"""

    def title_tag(self, title: str) -> str:
        """SharePoint titles a page by its page layout, not by the article it shows."""
        return "Chi tiết tin tức" if title not in (self.name,) and not title.startswith(tuple(t for t, _ in STATIC_PAGES.values())) else title

    def article_main(self, article):
        caption = ('<table class="image-table" align="center"><tr><td><img src="{img}" alt=""></td></tr>'
                   '<tr><td class="image-caption"><em>{caption} (Ảnh: {credit})</em></td></tr></table>')
        related = self.related_items(article, '<tr><td class="other-item">» <a href="{url}">{title}</a> <span class="gray">({date})</span>'
                                              '<br><span class="summary">{lead}...</span></td></tr>')
        return f"""<table width="100%" cellpadding="4"><tr><td valign="top" class="content-cell">
<div class="breadcrumb-line"><a href="{self.home_url()}">Trang chủ</a> › <a href="{esc(self.listing_url(1))}">Thi đua - Khen thưởng</a></div>
<span id="ctl00_PlaceHolderMain_lblTitle" class="ArticleTitle">{esc(article.title)}</span><br>
<span id="ctl00_PlaceHolderMain_lblNgayDang" class="news-date-line">Ngày đăng: {self.published(article):%d/%m/%Y} {article.time}</span>
 | Lượt xem: <span id="ctl00_PlaceHolderMain_lblLuotXem">{300 + article.id}</span>
<div id="ctl00_PlaceHolderMain_RichHtmlField" class="ms-rtestate-field">{self.paragraphs_html(article, caption)}
<p style="text-align:right"><strong>{esc(article.author)}</strong></p></div>
<div class="news-tools"><a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject=tin">Gửi email</a> | Chia sẻ: <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> <a href="https://zalo.me/share">Zalo</a></div>
<br><b>Các tin đã đưa:</b>
<table width="100%" class="other-news">{related}</table>
</td></tr></table>"""

    def listing_main(self, number):
        rows = "".join(f'<tr><td class="news-item"><a class="title-link" href="{esc(self.article_url(a))}">{esc(a.title)}</a> '
                       f'<span class="gray">({self.published(a):%d/%m/%Y})</span><br>{esc(a.lead[:140])}...</td></tr>'
                       for a in self.page_items(number))
        pager = " ".join(f'<a href="{esc(self.listing_url(n))}">{n}</a>' for n in range(1, self.pages() + 1) if n != number)
        return f'<div class="cat-title">Thi đua - Khen thưởng</div><table class="list-news" width="100%">{rows}</table><div class="paging">Trang: {pager}</div>'

    def static_main(self, key):
        return f'<div class="page-title">{esc(STATIC_PAGES[key][0])}</div><div class="ms-rtestate-field">{self.static_text(key)}</div>'

    def home_main(self):
        return super().home_main() + '<div class="welcome">Chào mừng bạn đến với cổng thông tin của Ban Thi đua - Khen thưởng tỉnh.</div>'


# ==========================================================================================
class WebFormsPortal(PlatformPortal):
    """An in-house ASP.NET district portal: labels with <br>-split text, no charset declared."""

    platform = "aspnet"
    kind = "district_portal"
    name = "Cổng thông tin điện tử huyện Mường Chà"
    charset = "windows-1258-undeclared"

    def html_reply(self, page, status=200, charset=None, header_charset=True):
        return Reply(status, encode_1258(page), [("Content-Type", "text/html")])  # declared nowhere

    def article_url(self, article):
        return f"/NewsDetail.aspx?ItemID={article.id}&CatID=12"

    def listing_url(self, number):
        return f"/NewsList.aspx?CatID=12&page={number}"

    def home_url(self):
        return "/Default.aspx"

    def static_url(self, key):
        return {"gioi-thieu": "/GioiThieu.aspx", "lien-he": "/LienHe.aspx", "so-do": "/SoDoWebsite.aspx",
                "hoi-dap": "/HoiDap.aspx", "van-ban": "/VanBan.aspx?loai=2"}[key]

    def find_article(self, request):
        return _article_by_query(self, request, "ItemID") if request.route == "/NewsDetail.aspx" else None

    def find_listing(self, request):
        if request.route != "/NewsList.aspx":
            return None
        page = parse_qs(urlsplit(request.path).query).get("page", ["1"])[0]
        return int(page) if page.isdigit() else None

    def page(self, title, main, head=""):
        most_read = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in self.sidebar_titles())
        return f"""<html><head><title>Tin tức - Sự kiện - {esc(self.name)}</title>{head}</head>
<body><form name="form1" method="post" action="NewsDetail.aspx" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}">
<table id="tblMain" width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3" class="banner"><img src="/images/banner.jpg"><div class="clock">{self.today_text()} | Đường dây nóng: 0215 3845 678</div></td></tr>
<tr><td colspan="3" class="menu"><a href="{self.home_url()}">Trang chủ</a> | <a href="{self.static_url('gioi-thieu')}">Giới thiệu</a> | <a href="{esc(self.listing_url(1))}">Tin tức</a> | <a href="{esc(self.static_url('van-ban'))}">Văn bản</a> | <a href="{self.static_url('hoi-dap')}">Hỏi đáp</a> | <a href="{self.static_url('lien-he')}">Liên hệ</a> | <a href="{self.static_url('so-do')}">Sơ đồ website</a></td></tr>
<tr><td width="190" valign="top"><div class="left-box"><div class="left-title">Tin đọc nhiều</div><ul>{most_read}</ul></div></td>
<td valign="top" width="600">{main}</td>
<td width="190" valign="top"><div class="right-box">Thống kê truy cập: 88.213</div></td></tr>
<tr><td colspan="3" class="bottom">{FOOTER} {self.trap_links()}</td></tr></table></form></body></html>"""

    def article_main(self, article):
        body = "<br><br>".join(esc(p) for p in article.paragraphs[:2])
        body += (f'<br><br><center><img src="/Upload/{article.id}.jpg"><br><i>{esc(article.caption)}</i>'
                 f'<br>Ảnh: {esc(article.author)}</center><br>')
        body += "<br><br>".join(esc(p) for p in article.paragraphs[2:])
        related = self.related_items(article, '<tr><td><img src="/images/dot.gif"> <a href="{url}">{title}</a> <font color="gray">{date}</font></td></tr>')
        return f"""<table width="100%"><tr><td class="path"><a href="/">Trang chủ</a> &gt;&gt; Tin tức - Sự kiện</td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="TieuDe">{esc(article.title)}</span></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_lblNgay" class="small">Cập nhật: {article.time} - {self.published(article):%d/%m/%Y}</span></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_lblNoiDung">{body}</span></td></tr>
<tr><td align="right"><b>{esc(article.author)}</b></td></tr>
<tr><td><a href="#">[In trang]</a> <a href="#">[Quay lại]</a> Lượt xem: {120 + article.id}</td></tr>
<tr><td class="tieu-de-phu">Các tin khác</td></tr>
{related}</table>"""

    def listing_main(self, number):
        rows = "".join(f'<tr><td><a href="{esc(self.article_url(a))}"><b>{esc(a.title)}</b></a> ({self.published(a):%d/%m/%Y})'
                       f'<br>{esc(a.lead[:120])}...</td></tr>' for a in self.page_items(number))
        pager = []
        if number < self.pages():
            pager.append(f'<a href="{esc(self.listing_url(number + 1))}">Trang sau</a>')
        if number > 1:
            pager.append(f'<a href="{esc(self.listing_url(number - 1))}">Trang trước</a>')
        return f'<table width="100%"><tr><td class="tieu-de-phu">Tin tức - Sự kiện</td></tr>{rows}</table>{" ".join(pager)}'

    def static_main(self, key):
        return (f'<table width="100%"><tr><td><span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieu-de">{esc(STATIC_PAGES[key][0])}</span></td></tr>'
                f'<tr><td><span id="ctl00_ContentPlaceHolder1_lblNoiDung">{"<br><br>".join(esc(p) for p in STATIC_PAGES[key][1])}</span></td></tr></table>')


# ==========================================================================================
class LiferayPortal(PlatformPortal):
    """A provincial portal on Liferay: portlets, asset publisher URLs, a journal-content about page."""

    platform = "liferay"
    name = "Cổng thông tin điện tử tỉnh Lai Châu"
    instance = "Kq3mZ7"

    def article_url(self, article):
        return f"/web/guest/thi-dua-khen-thuong/-/asset_publisher/{self.instance}/content/{article.slug}"

    def listing_url(self, number):
        if number == 1:
            return "/web/guest/thi-dua-khen-thuong"
        p = f"_101_INSTANCE_{self.instance}_"
        return (f"/web/guest/thi-dua-khen-thuong?p_p_id=101_INSTANCE_{self.instance}&p_p_lifecycle=0&p_p_state=normal"
                f"&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1&{p}delta=4&{p}cur={number}")

    def home_url(self):
        return "/web/guest/trang-chu"

    def static_url(self, key):
        return {"gioi-thieu": "/web/guest/gioi-thieu", "lien-he": "/web/guest/lien-he", "so-do": "/web/guest/so-do-cong",
                "hoi-dap": "/web/guest/hoi-dap", "van-ban": "/web/guest/van-ban-chi-dao-dieu-hanh"}[key]

    def find_article(self, request):
        prefix = f"/web/guest/thi-dua-khen-thuong/-/asset_publisher/{self.instance}/content/"
        if request.route.startswith(prefix):
            slug = request.route[len(prefix):]
            return next((a for a in self.articles if a.slug == slug), None)
        return None

    def find_listing(self, request):
        if request.route != "/web/guest/thi-dua-khen-thuong":
            return None
        cur = parse_qs(urlsplit(request.path).query).get(f"_101_INSTANCE_{self.instance}_cur", ["1"])[0]
        return int(cur) if cur.isdigit() else None

    def page(self, title, main, head=""):
        most_read = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in self.sidebar_titles())
        nav = "".join(f'<li><a href="{esc(href)}"><span>{esc(text)}</span></a></li>' for href, text in [
            (self.home_url(), "Trang chủ"), (self.static_url("gioi-thieu"), "Giới thiệu"),
            (self.listing_url(1), "Thi đua - Khen thưởng"), (self.static_url("van-ban"), "Văn bản"),
            (self.static_url("hoi-dap"), "Hỏi đáp"), (self.static_url("lien-he"), "Liên hệ"), (self.static_url("so-do"), "Sơ đồ cổng")])
        return f"""<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(title)} - {esc(self.name)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type">{head}
<script type="text/javascript">var Liferay = {{ Browser: {{}}, ThemeDisplay: {{ getLayoutURL: function() {{ return '/web/guest'; }} }} }};</script></head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper"><div class="top-header"><div class="date-now">{self.today_text()}</div><a href="/c/portal/login">Đăng nhập</a></div>
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a href="{self.home_url()}"><span>{esc(self.name)}</span></a></h1></div>
<nav class="sort-pages modify-pages" id="navigation"><ul>{nav}</ul></nav></header>
<div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">{main}</div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_docnhieu_"><div class="portlet-body">
<span class="portlet-title-text">Tin đọc nhiều</span><ul class="most-read">{most_read}</ul></div></div>
<div class="portlet-boundary portlet-boundary_56_" id="p_p_id_56_INSTANCE_lienket_"><div class="journal-content-article"><a href="https://chinhphu.vn">Cổng TTĐT Chính phủ</a></div></div>
</div></div></div></div>
<footer id="footer" role="contentinfo"><p>{FOOTER}</p><p>{self.trap_links()}</p></footer></div></body></html>"""

    def article_main(self, article):
        caption = ('<div style="text-align:center"><img src="{img}" alt=""><p><em>{caption}</em></p><p>(Ảnh: {credit})</p></div>')
        related = self.related_items(article, '<div class="asset-abstract"><h3 class="asset-title"><a href="{url}">{title}</a></h3>'
                                              '<span class="metadata-entry metadata-publish-date">{date}</span>'
                                              '<div class="asset-summary">{lead}...</div></div>')
        return f"""<div class="breadcrumbs"><a href="{self.home_url()}">Trang chủ</a> / <a href="{esc(self.listing_url(1))}">Thi đua - Khen thưởng</a></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_{self.instance}_">
<div class="portlet-body"><div class="asset-full-content default-asset-publisher show-asset-title">
<h3 class="header-title"><span>{esc(article.title)}</span></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{weekday(self.published(article))}, {self.published(article):%d/%m/%Y} {article.time}</span>
<span class="metadata-entry metadata-view-count">Lượt xem: {200 + article.id}</span></div>
<div class="asset-content"><div class="journal-content-article">{self.paragraphs_html(article, caption)}
<p style="text-align:right"><strong>{esc(article.author)}</strong></p></div></div>
<div class="asset-ratings"><div class="taglib-ratings stars">Đánh giá: 4,5</div></div>
<div class="taglib-social-bookmarks"><span>Chia sẻ</span> <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></div>
</div></div></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_cungchuyenmuc_">
<div class="portlet-body"><span class="portlet-title-text">Tin cùng chuyên mục</span>{related}</div></div>"""

    def listing_main(self, number):
        items = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{esc(self.article_url(a))}?redirect=%2Fweb%2Fguest">{esc(a.title)}</a></h3>'
                        f'<span class="metadata-entry metadata-publish-date">{self.published(a):%d/%m/%Y}</span>'
                        f'<div class="asset-summary">{esc(a.lead[:140])}...</div></div>' for a in self.page_items(number))
        pages = " ".join(f'<a href="{esc(self.listing_url(n))}">{n}</a>' for n in range(1, self.pages() + 1) if n != number)
        return (f'<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_101_INSTANCE_{self.instance}_"><div class="portlet-body">'
                f'<span class="portlet-title-text">Thi đua - Khen thưởng</span>{items}'
                f'<div class="taglib-page-iterator"><div class="search-pages">{pages}</div></div></div></div>')

    def static_main(self, key):
        return (f'<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_gt_">'
                f'<span class="portlet-title-text">{esc(STATIC_PAGES[key][0])}</span>'
                f'<div class="journal-content-article">{self.static_text(key)}</div></div>')


# ==========================================================================================
class DnnPortal(PlatformPortal):
    """A district portal on DotNetNuke: panes and modules in one form, /tabid/NN/ URLs."""

    platform = "dotnetnuke"
    kind = "district_portal"
    name = "Cổng thông tin điện tử huyện Tam Đường"

    def article_url(self, article):
        return f"/Tin-tuc/tabid/107/ArticleID/{article.id}/Default.aspx"

    def listing_url(self, number):
        return "/Tin-tuc/tabid/107/Default.aspx" if number == 1 else f"/Tin-tuc/tabid/107/currentpage/{number}/Default.aspx"

    def home_url(self):
        return "/Trang-chu/tabid/36/Default.aspx"

    def static_url(self, key):
        return {"gioi-thieu": "/Gioi-thieu/tabid/55/Default.aspx", "lien-he": "/Lien-he/tabid/60/Default.aspx",
                "so-do": "/So-do-cong/tabid/61/Default.aspx", "hoi-dap": "/Hoi-dap/tabid/62/Default.aspx",
                "van-ban": "/Van-ban/tabid/63/Default.aspx"}[key]

    def find_article(self, request):
        parts = request.route.split("/")
        if "ArticleID" in parts and parts.index("ArticleID") + 1 < len(parts):
            value = parts[parts.index("ArticleID") + 1]
            return self.by_id(int(value)) if value.isdigit() else None
        return None

    def find_listing(self, request):
        if request.route == "/Tin-tuc/tabid/107/Default.aspx":
            return 1
        parts = request.route.split("/")
        if request.route.startswith("/Tin-tuc/tabid/107/currentpage/") and parts[5].isdigit():
            return int(parts[5])
        return None

    def module(self, number: int, title: str, body: str, kind: str = "NewsDetail") -> str:
        return (f'<div class="DnnModule DnnModule-{kind} DnnModule-{number}"><a name="{number}"></a>'
                f'<div class="c_container c_head_grey"><h2 class="c_title"><span id="dnn_ctr{number}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></h2>'
                f'<div id="dnn_ctr{number}_ContentPane" class="c_contentpane"><div id="dnn_ctr{number}_ModuleContent" class="DNNModuleContent Mod{kind}C">'
                f'{body}</div></div></div></div>')

    def page(self, title, main, head=""):
        most_read = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in self.sidebar_titles())
        menu = " ".join(f'<a href="{esc(href)}" class="menu-link">{esc(text)}</a>' for href, text in [
            (self.home_url(), "Trang chủ"), (self.static_url("gioi-thieu"), "Giới thiệu"), (self.listing_url(1), "Tin tức"),
            (self.static_url("van-ban"), "Văn bản"), (self.static_url("hoi-dap"), "Hỏi đáp"), (self.static_url("lien-he"), "Liên hệ"),
            (self.static_url("so-do"), "Sơ đồ cổng")])
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<title>{esc(title)} - {esc(self.name)}</title><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">
<link href="/Portals/_default/default.css" type="text/css" rel="stylesheet">{head}</head>
<body id="Body"><form method="post" action="/Tin-tuc/tabid/107/Default.aspx" id="Form" enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}">
<script src="/js/dnncore.js" type="text/javascript"></script>
<div id="dnn_wrapper"><div id="dnn_TopPane" class="TopPane"><span class="TopDate">{self.today_text()}</span> {menu}</div>
<table class="layout" width="100%"><tr><td id="dnn_LeftPane" class="LeftPane" valign="top">
{self.module(401, "Tin đọc nhiều", f'<ul>{most_read}</ul>', "MostRead")}</td>
<td id="dnn_ContentPane" class="ContentPane" valign="top">{main}</td></tr></table>
<div id="dnn_BottomPane" class="BottomPane">{FOOTER} {self.trap_links()}</div></div></form></body></html>"""

    def article_main(self, article):
        caption = '<p style="text-align:center"><img src="{img}"></p><p style="text-align:center"><em>{caption}</em> <em>Ảnh: {credit}</em></p>'
        related = self.related_items(article, '<tr><td class="other-news-item">• <a href="{url}">{title}</a> <span class="date-other">({date})</span></td></tr>')
        detail = f"""<span id="dnn_ctr455_NewsDetail_lblTieuDe" class="news-title">{esc(article.title)}</span>
<div class="news-info"><span id="dnn_ctr455_NewsDetail_lblNgayDang" class="news-date">({self.published(article):%d/%m/%Y} {article.time})</span>
 <span id="dnn_ctr455_NewsDetail_lblLuotXem">Lượt xem: {90 + article.id}</span></div>
<div id="dnn_ctr455_NewsDetail_lblNoiDung" class="news-content">{self.paragraphs_html(article, caption)}</div>
<div id="dnn_ctr455_NewsDetail_lblTacGia" class="news-author">{esc(article.author)}</div>
<div class="news-tool"><a href="#" onclick="window.print()">In bài viết</a> <a href="#">Gửi email</a> <a href="https://www.facebook.com/sharer.php?u=x">Chia sẻ</a></div>"""
        others = f'<table id="dnn_ctr456_NewsOther_tblTinKhac" width="100%">{related}</table>'
        return self.module(455, "Tin tức - Sự kiện", detail) + self.module(456, "Các tin khác", others, "NewsOther")

    def listing_main(self, number):
        rows = "".join(f'<div class="news-list-item"><a href="{esc(self.article_url(a))}" class="news-list-title">{esc(a.title)}</a>'
                       f' <span class="news-date">({self.published(a):%d/%m/%Y})</span><div class="news-list-lead">{esc(a.lead[:140])}...</div></div>'
                       for a in self.page_items(number))
        pager = " ".join(f'<a href="{esc(self.listing_url(n))}">{n}</a>' for n in range(1, self.pages() + 1) if n != number)
        return self.module(455, "Tin tức - Sự kiện", f'{rows}<div class="paging">{pager}</div>', "NewsList")

    def static_main(self, key):
        body = f'<div id="dnn_ctr380_HtmlModule_lblContent" class="Normal">{self.static_text(key)}</div>'
        return self.module(380, STATIC_PAGES[key][0], body, "HTML")


# ==========================================================================================
class JoomlaPortal(PlatformPortal):
    """A department site on Joomla, with non-SEF URLs: the about page has an article's URL shape."""

    platform = "joomla"
    kind = "emulation_board"
    name = "Sở Nội vụ tỉnh Sơn La"

    def article_url(self, article):
        return f"/index.php?option=com_content&view=article&id={article.id}:{article.slug[:40]}&catid=8&Itemid=101"

    def listing_url(self, number):
        start = f"&limitstart={(number - 1) * self.page_size}" if number > 1 else ""
        return f"/index.php?option=com_content&view=category&layout=blog&id=8&Itemid=101{start}"

    def static_url(self, key):
        return {"gioi-thieu": "/index.php?option=com_content&view=article&id=201&Itemid=102",
                "lien-he": "/index.php?option=com_contact&view=contact&id=1&Itemid=110",
                "so-do": "/index.php?option=com_content&view=article&id=202&Itemid=111",
                "hoi-dap": "/index.php?option=com_content&view=article&id=203&Itemid=112",
                "van-ban": "/index.php?option=com_content&view=article&id=204&Itemid=113"}[key]

    def find_article(self, request):
        query = parse_qs(urlsplit(request.path).query)
        if request.route == "/index.php" and query.get("view") == ["article"] and query.get("catid") == ["8"]:
            return _article_by_query(self, request, "id")
        return None

    def find_listing(self, request):
        query = parse_qs(urlsplit(request.path).query)
        if request.route == "/index.php" and query.get("view") == ["category"]:
            start = query.get("limitstart", ["0"])[0]
            return int(start) // self.page_size + 1 if start.isdigit() else None
        return None

    def page(self, title, main, head=""):
        latest = "".join(f'<li itemscope><a href="{esc(u)}" itemprop="url"><span itemprop="name">{esc(t)}</span></a></li>' for u, t in self.sidebar_titles())
        menu = "".join(f'<li class="item-{i}"><a href="{esc(href)}">{esc(text)}</a></li>' for i, (href, text) in enumerate([
            ("/", "Trang chủ"), (self.static_url("gioi-thieu"), "Giới thiệu"), (self.listing_url(1), "Thi đua - Khen thưởng"),
            (self.static_url("van-ban"), "Văn bản"), (self.static_url("hoi-dap"), "Hỏi đáp"), (self.static_url("lien-he"), "Liên hệ"),
            (self.static_url("so-do"), "Sơ đồ cổng")], 101))
        return f"""<!DOCTYPE html><html lang="vi-vn" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>{head}<script src="/media/jui/js/jquery.min.js"></script><script src="/media/system/js/caption.js"></script></head>
<body class="site com_content view-article"><div class="body"><div class="container">
<header class="header"><div class="header-inner"><div class="ngay-thang">{self.today_text()}</div><a class="brand" href="/"><span class="site-title">{esc(self.name)}</span></a></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">{menu}</ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container"></div>{main}</main>
<div id="aside" class="span3"><div class="moduletable"><h3>Tin mới</h3><ul class="latestnews mod-list">{latest}</ul></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><div class="counter">Đang truy cập: 12 - Tổng: 456.789</div></div></div></div>
</div></div><footer class="footer" role="contentinfo"><div class="container"><p>{FOOTER}</p><p>{self.trap_links()}</p></div></footer></body></html>"""

    def neighbours(self, article):
        listed = self.listed()
        index = next((i for i, a in enumerate(listed) if a.id == article.id), None)
        if index is None:
            return ""
        links = []
        if index > 0:
            links.append(f'<li class="previous"><a class="hasTooltip" title="{esc(listed[index - 1].title)}" href="{esc(self.article_url(listed[index - 1]))}" rel="prev">&lt; Trước</a></li>')
        if index + 1 < len(listed):
            links.append(f'<li class="next"><a class="hasTooltip" title="{esc(listed[index + 1].title)}" href="{esc(self.article_url(listed[index + 1]))}" rel="next">Tiếp &gt;</a></li>')
        return f'<ul class="pager pagenav">{"".join(links)}</ul>'

    def article_main(self, article):
        caption = '<p><img class="caption" src="{img}" alt="" title="{caption}"></p><p style="text-align:center"><em>{caption} (Ảnh: {credit})</em></p>'
        stamp = f"{self.published(article).isoformat()}T{article.time}:00+07:00"
        related = self.related_items(article, '<li><a href="{url}">{title}</a> <small>({date})</small></li>')
        return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h2 itemprop="headline">{esc(article.title)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#"><span class="icon-cog"></span></a>
<ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow">In</a></li><li class="email-icon"><a href="#">Email</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{esc(article.author)}</span></dd>
<dd class="published"><span class="icon-calendar"></span><time datetime="{stamp}" itemprop="datePublished">Ngày đăng: {self.published(article):%d/%m/%Y}</time></dd>
<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:{50 + article.id}">Lượt xem: {50 + article.id}</dd></dl>
<div itemprop="articleBody">{self.paragraphs_html(article, caption)}</div>
{self.neighbours(article)}</div>
<div class="moduletable"><h3>Bài viết liên quan</h3><ul class="relateditems mod-list">{related}</ul></div>"""

    def listing_main(self, number):
        items = "".join(f'<div class="items-row"><div class="item"><div class="page-header"><h2 itemprop="name"><a href="{esc(self.article_url(a))}" itemprop="url">{esc(a.title)}</a></h2></div>'
                        f'<dl class="article-info"><dd class="published"><time datetime="{self.published(a).isoformat()}">{self.published(a):%d/%m/%Y}</time></dd></dl>'
                        f'<p>{esc(a.lead[:150])}...</p><p class="readmore"><a class="btn" href="{esc(self.article_url(a))}">Đọc thêm...</a></p></div></div>'
                        for a in self.page_items(number))
        pages = "".join(f'<li><a href="{esc(self.listing_url(n))}" class="pagenav">{n}</a></li>' for n in range(1, self.pages() + 1) if n != number)
        return f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><h2>Thi đua - Khen thưởng</h2>{items}<div class="pagination"><ul>{pages}</ul></div></div>'

    def static_main(self, key):
        return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
                f'<h2 itemprop="headline">{esc(STATIC_PAGES[key][0])}</h2></div><div itemprop="articleBody">{self.static_text(key)}</div></div>')


# ==========================================================================================
class WordPressPortal(PlatformPortal):
    """A department site on WordPress: dated permalinks, feed, shortlinks, pages for static content."""

    platform = "wordpress"
    kind = "emulation_board"
    name = "Ban Thi đua - Khen thưởng tỉnh Hòa Bình"
    feed_path = "/feed/"

    def article_url(self, article):
        return f"/{self.published(article):%Y/%m/%d}/{article.slug}/"

    def listing_url(self, number):
        return "/chuyen-muc/thi-dua-khen-thuong/" + (f"page/{number}/" if number > 1 else "")

    def static_url(self, key):
        return {"gioi-thieu": "/gioi-thieu/", "lien-he": "/lien-he/", "so-do": "/so-do-trang/", "hoi-dap": "/hoi-dap/",
                "van-ban": "/van-ban/"}[key]

    def find_article(self, request):
        if request.route == "/":
            return _article_by_query(self, request, "p")
        return next((a for a in self.articles if request.route == self.article_url(a)), None)

    def find_listing(self, request):
        prefix = "/chuyen-muc/thi-dua-khen-thuong/"
        if not request.route.startswith(prefix):
            return None
        rest = request.route[len(prefix):].strip("/")
        if not rest:
            return 1
        return int(rest[5:]) if rest.startswith("page/") and rest[5:].isdigit() else None

    def article_head(self, article):
        stamp = f"{self.published(article).isoformat()}T{article.time}:00+07:00"
        return (f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(article.title)}">'
                f'<meta property="article:published_time" content="{stamp}"><link rel="canonical" href="{self.base}{self.article_url(article)}">'
                f'<link rel="shortlink" href="{self.base}/?p={article.id}">')

    def page(self, title, main, head=""):
        recent = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in self.sidebar_titles())
        menu = "".join(f'<li class="menu-item"><a href="{esc(href)}">{esc(text)}</a></li>' for href, text in [
            ("/", "Trang chủ"), (self.static_url("gioi-thieu"), "Giới thiệu"), (self.listing_url(1), "Thi đua - Khen thưởng"),
            (self.static_url("van-ban"), "Văn bản"), (self.static_url("hoi-dap"), "Hỏi đáp"), (self.static_url("lien-he"), "Liên hệ"),
            (self.static_url("so-do"), "Sơ đồ trang")])
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="generator" content="WordPress 6.4.3">
<title>{esc(title)} – {esc(self.name)}</title><link rel="https://api.w.org/" href="{self.base}/wp-json/">
<link rel="stylesheet" href="/wp-content/themes/tdkt/style.css"><link rel="alternate" type="application/rss+xml" href="{self.base}/feed/">{head}</head>
<body class="wp-singular"><div id="page" class="site"><div class="top-bar"><span class="current-date">{self.today_text()}</span></div>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">{esc(self.name)}</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main">{main}</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">{FOOTER}</div><div>{self.trap_links()}</div></footer></div></body></html>"""

    def article_main(self, article):
        stamp = f"{self.published(article).isoformat()}T{article.time}:00+07:00"
        caption = ('<figure class="wp-block-image size-large"><img src="/wp-content/uploads{img}" alt="">'
                   '<figcaption class="wp-element-caption">{caption} (Ảnh: {credit})</figcaption></figure>')
        related = self.related_items(article, '<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{url}">{title}</a></h4>'
                                              '<p class="jp-relatedposts-post-excerpt">{lead}…</p><p class="jp-relatedposts-post-date">{date}</p></div>')
        return f"""<article id="post-{article.id}" class="post-{article.id} post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{esc(article.title)}</h1>
<div class="entry-meta"><span class="posted-on">Đăng ngày <time class="entry-date published" datetime="{stamp}">{self.published(article):%d/%m/%Y}</time></span>
<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/bientap/">{esc(article.author)}</a></span></span></div></header>
<div class="entry-content">{self.paragraphs_html(article, caption)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3><ul><li><a href="?share=facebook">Facebook</a></li><li><a href="?share=zalo">Zalo</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Bài viết liên quan</em></h3>{related}</div></div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục <a href="{self.listing_url(1)}" rel="category tag">Thi đua - Khen thưởng</a></span> <span class="post-views">Lượt xem: {70 + article.id}</span></footer>
</article>"""

    def listing_main(self, number):
        items = "".join(f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="{esc(self.article_url(a))}" rel="bookmark">{esc(a.title)}</a></h2>'
                        f'<div class="entry-meta"><time class="entry-date published" datetime="{self.published(a).isoformat()}">{self.published(a):%d/%m/%Y}</time></div></header>'
                        f'<div class="entry-summary"><p>{esc(a.lead[:150])} […]</p></div></article>' for a in self.page_items(number))
        nav = " ".join(f'<a class="page-numbers" href="{self.listing_url(n)}">{n}</a>' for n in range(1, self.pages() + 1) if n != number)
        return f'<header class="page-header"><h1 class="page-title">Chuyên mục: Thi đua - Khen thưởng</h1></header>{items}<nav class="navigation pagination"><div class="nav-links">{nav}</div></nav>'

    def static_main(self, key):
        return (f'<article class="page type-page status-publish"><header class="entry-header"><h1 class="entry-title">{esc(STATIC_PAGES[key][0])}</h1></header>'
                f'<div class="entry-content">{self.static_text(key)}</div></article>')

    def home_main(self):
        oldest = self.listed()[-1]
        return super().home_main() + f'<p><a href="/?p={oldest.id}">Đọc tiếp</a></p>'


# ==========================================================================================
class PhpPortal(PlatformPortal):
    """An in-house PHP district portal: /tin-tuc/bai-viet/cat/NAME-N/id/slug-N, divs without semantics."""

    platform = "php"
    registered_platform = "php"  # nothing in its pages names the system: the registry must
    kind = "district_portal"
    name = "Cổng thông tin điện tử huyện Thanh Sơn"

    def article_url(self, article):
        return f"/tin-tuc/bai-viet/cat/thi-dua-khen-thuong-2548/id/{article.slug}-{9000 + article.id}"

    def listing_url(self, number):
        return "/tin-tuc/bai-viet/cat/thi-dua-khen-thuong-2548" + (f"/p{number}.html" if number > 1 else "")

    def static_url(self, key):
        return {"gioi-thieu": "/gioi-thieu.html", "lien-he": "/lien-he.html", "so-do": "/so-do-cong.html",
                "hoi-dap": "/hoi-dap.html", "van-ban": "/van-ban/van-ban-chi-dao-dieu-hanh.html"}[key]

    def find_article(self, request):
        prefix = "/tin-tuc/bai-viet/cat/thi-dua-khen-thuong-2548/id/"
        if request.route.startswith(prefix):
            return next((a for a in self.articles if self.article_url(a) == request.route), None)
        return None

    def find_listing(self, request):
        base = "/tin-tuc/bai-viet/cat/thi-dua-khen-thuong-2548"
        if request.route == base:
            return 1
        if request.route.startswith(base + "/p") and request.route.endswith(".html"):
            number = request.route[len(base) + 2:-5]
            return int(number) if number.isdigit() else None
        return None

    def page(self, title, main, head=""):
        hot = "".join(f'<div class="hot-item"><a href="{esc(u)}">{esc(t)}</a></div>' for u, t in self.sidebar_titles())
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title>{head}</head><body>
<div class="wrap"><div class="head"><div class="time-now">{self.today_text()}</div><img src="/skin/banner.png"></div>
<div class="mainmenu"><a href="/">Trang chủ</a><a href="{self.static_url('gioi-thieu')}">Giới thiệu</a><a href="{self.listing_url(1)}">Tin tức</a>
<a href="{self.static_url('van-ban')}">Văn bản</a><a href="{self.static_url('hoi-dap')}">Hỏi đáp</a><a href="{self.static_url('lien-he')}">Liên hệ</a><a href="{self.static_url('so-do')}">Sơ đồ cổng</a></div>
<div class="body"><div class="left">{main}</div><div class="right"><div class="box"><div class="box-head">Tin nổi bật</div>{hot}</div>
<div class="box"><div class="box-head">Thống kê</div>Đang online: 21</div></div></div>
<div class="foot">{FOOTER} {self.trap_links()}</div></div></body></html>"""

    def article_main(self, article):
        caption = '<div class="img-center"><img src="{img}"><div class="img-note">{caption} - Ảnh: {credit}</div></div>'
        related = self.related_items(article, '<div class="other-item"><a href="{url}">{title}</a> <i>{date}</i><div>{lead}...</div></div>')
        return f"""<div class="news-detail"><div class="bc"><a href="/">Trang chủ</a> » <a href="{self.listing_url(1)}">Tin tức</a></div>
<h1 class="news-title">{esc(article.title)}</h1>
<div class="news-date">{weekday(self.published(article))}, {self.published(article):%d/%m/%Y} - {article.time} | Lượt xem: {40 + article.id}</div>
<div class="news-content">{self.paragraphs_html(article, caption)}<p class="author-name">{esc(article.author)}</p></div>
<div class="news-tools"><a href="#">In trang</a> <a href="#">Gửi bạn bè</a> <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></div></div>
<div class="news-other"><div class="box-head">Tin khác</div>{related}</div>"""

    def listing_main(self, number):
        items = "".join(f'<div class="list-item"><a class="list-title" href="{esc(self.article_url(a))}">{esc(a.title)}</a>'
                        f'<span class="list-date">{self.published(a):%d/%m/%Y}</span><p>{esc(a.lead[:130])}...</p></div>' for a in self.page_items(number))
        pages = " ".join(f'<a href="{esc(self.listing_url(n))}">{n}</a>' for n in range(1, self.pages() + 1) if n != number)
        return f'<div class="cat-name">Thi đua - Khen thưởng</div>{items}<div class="phantrang">{pages}</div>'

    def static_main(self, key):
        return f'<div class="page-view"><h1 class="page-title">{esc(STATIC_PAGES[key][0])}</h1><div class="page-content">{self.static_text(key)}</div></div>'


# ==========================================================================================
class NewspaperPortal(PlatformPortal):
    """A provincial newspaper's own CMS: lead above the body, a related box inside it, an RSS feed."""

    platform = "newspaper"
    registered_platform = "newspaper"
    kind = "newspaper"
    name = "Báo Điện Biên Phủ"
    feed_path = "/rss/thoi-su.rss"

    def article_url(self, article):
        return f"/thoi-su/{article.slug}-{240000 + article.id}.html"

    def listing_url(self, number):
        return "/thoi-su/" if number == 1 else f"/thoi-su/trang-{number}.html"

    def static_url(self, key):
        return {"gioi-thieu": "/gioi-thieu.html", "lien-he": "/lien-he.html", "so-do": "/so-do-site.html",
                "hoi-dap": "/hoi-dap.html", "van-ban": "/van-ban/"}[key]

    def find_article(self, request):
        if request.route.startswith("/thoi-su/") and request.route.endswith(".html") and "/trang-" not in request.route:
            return next((a for a in self.articles if self.article_url(a) == request.route), None)
        return None

    def find_listing(self, request):
        if request.route == "/thoi-su/":
            return 1
        if request.route.startswith("/thoi-su/trang-") and request.route[15:-5].isdigit():
            return int(request.route[15:-5])
        return None

    def article_head(self, article):
        return f'<meta property="og:title" content="{esc(article.title)}"><meta property="og:type" content="article">'

    def page(self, title, main, head=""):
        most_read = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in self.sidebar_titles())
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(self.name)}</title>{head}
<link rel="alternate" type="application/rss+xml" href="{self.base}{self.feed_path}"></head><body>
<div class="header-top"><div class="container"><span class="date-today">{weekday(SERVER_TODAY)}, {SERVER_TODAY:%d/%m/%Y} 07:45 (GMT+7)</span><a href="/lien-he.html">Liên hệ quảng cáo</a></div></div>
<header class="header"><a class="logo" href="/"><img src="/img/logo.png" alt="{esc(self.name)}"></a></header>
<nav class="menu-main"><a href="/">Trang chủ</a><a href="/thoi-su/">Thời sự</a><a href="{self.static_url('gioi-thieu')}">Giới thiệu</a><a href="{self.static_url('van-ban')}">Văn bản</a>
<a href="{self.static_url('hoi-dap')}">Hỏi đáp</a><a href="{self.static_url('so-do')}">Sơ đồ site</a></nav>
<div class="container main"><div class="col-left">{main}</div>
<div class="col-right"><div class="box-most"><div class="box-title">Đọc nhiều</div><ol>{most_read}</ol></div><div class="ads-right"><img src="/qc/banner.gif"></div></div></div>
<footer class="footer"><div class="container">{FOOTER}<br>Giấy phép số 12/GP-BTTTT. {self.trap_links()}</div></footer></body></html>"""

    def article_main(self, article):
        caption = ('<table class="picture" align="center"><tbody><tr><td class="pic"><img src="{img}" alt=""></td></tr>'
                   '<tr><td class="caption"><p>{caption} Ảnh: {credit}</p></td></tr></tbody></table>')
        inline = self.related(article)[:2]
        inline_box = ('<div class="box-related-inline"><p class="title">Tin liên quan</p><ul>' +
                      "".join(f'<li><a href="{esc(self.article_url(a))}">{esc(a.title)}</a></li>' for a in inline) + "</ul></div>")
        body = [f"<p>{esc(p)}</p>" for p in article.paragraphs[1:]]
        body.insert(1, caption.format(img=f"/uploads/{article.id}.jpg", caption=esc(article.caption), credit=esc(article.author)))
        body.insert(3, inline_box)
        related = self.related_items(article, '<div class="story"><a class="story-title" href="{url}">{title}</a><span class="story-time">{date}</span><p class="story-sapo">{lead}...</p></div>')
        return f"""<div class="breadcrumb"><a href="/">Trang chủ</a> <a href="/thoi-su/">Thời sự</a></div>
<article class="detail"><h1 class="detail-title">{esc(article.title)}</h1>
<div class="detail-meta"><span class="detail-time">{weekday(self.published(article))}, {self.published(article):%d/%m/%Y} | {article.time}</span>
<span class="detail-views">Lượt xem: {500 + article.id}</span></div>
<h2 class="detail-sapo">{esc(article.lead)}</h2>
<div class="detail-content" id="main-detail">{''.join(body)}</div>
<p class="detail-author">{esc(article.author)}</p>
<div class="detail-tag">Từ khóa: <a href="/tag/thi-dua">thi đua</a>, <a href="/tag/khen-thuong">khen thưởng</a></div>
<div class="box-share"><a href="https://www.facebook.com/sharer.php?u=x">Chia sẻ Facebook</a> <a href="https://zalo.me/share">Zalo</a></div></article>
<div class="box-related"><h3 class="box-title">Tin cùng chuyên mục</h3>{related}</div>"""

    def listing_main(self, number):
        items = "".join(f'<div class="story"><h3><a class="story-title" href="{esc(self.article_url(a))}">{esc(a.title)}</a></h3>'
                        f'<span class="story-time">{self.published(a):%d/%m/%Y}</span><p class="story-sapo">{esc(a.lead[:150])}...</p></div>'
                        for a in self.page_items(number))
        pages = " ".join(f'<a href="{esc(self.listing_url(n))}">{n}</a>' for n in range(1, self.pages() + 1) if n != number)
        return f'<h1 class="cate-title">Thời sự</h1>{items}<div class="pagination">{pages}</div>'

    def static_main(self, key):
        return f'<div class="static-page"><h1 class="page-title">{esc(STATIC_PAGES[key][0])}</h1>{self.static_text(key)}</div>'


FAMILIES: list[type[PlatformPortal]] = [SharePointPortal, WebFormsPortal, LiferayPortal, DnnPortal, JoomlaPortal,
                                        WordPressPortal, PhpPortal, NewspaperPortal]

# Each portal's traps, so that together they set every trap of a real crawl once or more.
TRAPS: dict[type[PlatformPortal], Traps] = {
    SharePointPortal: Traps(server_error_once=True, too_many_once=True, moved=True, redirect_loop=True, calendar=True),
    WebFormsPortal: Traps(huge_page=True, redirect_loop=True),
    LiferayPortal: Traps(calendar=True, moved=True),
    DnnPortal: Traps(server_error_once=True),
    JoomlaPortal: Traps(too_many_once=True),
    WordPressPortal: Traps(tracking=True, huge_page=True),
    PhpPortal: Traps(moved=True),
    NewspaperPortal: Traps(tracking=True, server_error_once=True),
}


def build_portals(articles_each: int = 10, traps: bool = True) -> list[PlatformPortal]:
    """One portal per family, each with its own articles (ids never shared) and, unless told not to, its traps."""
    portals = []
    for number, family in enumerate(FAMILIES):
        articles = make_corpus(articles_each, first=1 + number * articles_each)  # distinct ids and dates
        portals.append(family(articles, traps=TRAPS[family] if traps else Traps(not_found=False),
                              sitemap_only=articles[4].id))
    return portals
