"""Clean article from a parsed page: title, text, publication date, author.

Site selectors from the source registry come first, then the selectors of the
site's platform (``tdkt.portal.platforms``: SharePoint, Liferay, DotNetNuke,
Joomla, WordPress...). Otherwise the page is stripped of boilerplate; a block
whose paragraphs clearly hold the page's prose is taken as is, and anything
less clear-cut goes to trafilatura, the general-purpose extractor.
``crawler.classify`` then decides whether the page is an article at all, a
listing of articles or a static page.
"""
from __future__ import annotations

import copy
import datetime as dt
import logging
import re

import lxml.html
import trafilatura
from trafilatura.settings import Extractor

from tdkt.crawler import clean, dates
from tdkt.crawler.classify import MIN_ARTICLE_CHARS, judge
from tdkt.crawler.page import Page
from tdkt.crawler.page_article import Article, Evidence
from tdkt.portal.platforms import Platform, detect_platform, page_kind
from tdkt.portal.urls import date_from_url

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
_TRAFILATURA = Extractor(fast=True, precision=True, comments=False, tables=True)  # built once: costly per call

_AUTHOR_ATTR = re.compile(r"(^|[\s_\-])(author|tac-?gia|tacgia|byline|writer|butdanh)([\s_\-]|$)", re.I)
_AUTHOR_PREFIX = re.compile(r"^(bởi|tác giả|bài(?: và ảnh)?|tin(?: và ảnh)?|theo|by|người viết|nguồn)\s*[:\-]?\s*", re.I)
_TITLE_CLASSES = "contains(@class,'title') or contains(@class,'tieude') or contains(@class,'tieu-de') or contains(@class,'heading')"


def extract_article(page: Page, selectors: dict | None = None, hint_date: dt.date | None = None,
                    pagination_links: int = 0, platform: Platform | None = None) -> Article:
    """Title, date, author and clean text of a page, and whether it is an article at all.

    ``selectors`` are the registry's for this one site (trusted: they were written for it);
    ``platform`` is the CMS the site runs (from the registry, else recognised from the page),
    whose selectors and URL shapes serve every portal built on it. The page is cleaned of its
    furniture (top bar, menus, related news, share bars) before any date is looked for, so the
    date comes from the article's own header, never from the site's clock or a list of other news.
    """
    site = selectors or {}
    platform = platform or detect_platform(page.url, page.doc)
    doc = page.doc
    title, title_node = find_title(page, site, platform)
    author = find_author(page, site, platform)
    site_date = _date_at(doc, site.get("date"))
    clock = dates.site_clock_dates(doc, title_node)
    text = _selector_text(doc, site) if site.get("content") else None
    site_matched = text is not None
    clean.remove_boilerplate(doc, protect=title_node)
    content_node, platform_matched = None, False
    if text is None and platform:
        text, content_node = _platform_text(doc, platform)
        platform_matched = text is not None
    if text is None:
        text, content_node = _generic_text(doc)
    within = _article_region(doc, title_node, content_node)
    platform_date = _date_at(doc, platform.selectors["date"], within) if platform and not site_date else None
    published, date_source = find_published(page, title_node, within, hint_date, site_date or platform_date, clock)
    text = clean.clean_lines(text, title)
    text = clean.drop_trailing_links(text, {clean.fold(link.text) for link in page.links})
    canonical = page.canonical if _usable_canonical(page) else page.url
    article = Article(url=page.url, canonical_url=canonical, title=title, text=text, published=published,
                      author=author, is_article=True, date_source=date_source)
    evidence = Evidence(site_selectors=site_matched, platform_body=platform_matched,
                        url_kind=page_kind(page.url, platform), pagination_links=pagination_links)
    article.is_article, article.reason = judge(page, article, evidence)
    return article


def find_title(page: Page, selectors: dict, platform: Platform | None = None) -> tuple[str, object]:
    """The headline: the site's selector, the platform's, else the heading that matches og:title or <title>."""
    doc = page.doc
    for selector in _candidates(selectors.get("title")) + _candidates(platform.selectors["title"] if platform else ()):
        node = _first(doc, selector)
        if node is not None and 8 <= len(_squash(node.text_content())) <= 400:
            return _squash(node.text_content()), node
    reference = clean.fold(page.meta.get("og:title") or page.meta.get("twitter:title") or "")
    tag_title = clean.fold(page.title_tag)
    best, best_score = None, 0
    for node in doc.xpath(f"//h1 | //h2 | //h3 | //*[{_TITLE_CLASSES}]"):
        text = clean.fold(node.text_content())
        if len(text) < 8 or len(text) > 400:
            continue
        score = 0
        if reference and text == reference:
            score = 4
        elif tag_title and text == tag_title:
            score = 3.5
        elif tag_title and text in tag_title:
            score = 3
        elif reference and (text in reference or reference in text):
            score = 2
        score += 0.5 if node.tag == "h1" else 0
        if score > best_score:
            best, best_score = node, score
    if best is None:
        h1s = [n for n in doc.iter("h1") if len(clean.fold(n.text_content())) >= 8]
        best = h1s[0] if len(h1s) == 1 else None
    if best is not None:
        return _squash(best.text_content()), best
    fallback = page.meta.get("og:title") or _strip_site_name(page.title_tag)
    return _squash(fallback), None


def _strip_site_name(title: str) -> str:
    parts = [p.strip() for p in re.split(r"\s+[|–—]\s+|\s+-\s+", title) if p.strip()]
    return max(parts, key=len) if parts else title


def find_published(page: Page, title_node, within, hint: dt.date | None,
                   selected: dt.date | None = None, clock: frozenset = frozenset()) -> tuple[dt.date | None, str]:
    """The publication date and where it came from, on the cleaned page.

    In order of trust: a date selector (the site's or the platform's), metadata, the line under
    the headline, a date-classed element of the article itself (between its headline and the end
    of its text: not the related news below, not the top bar above), the URL, then the feed or
    sitemap that linked the page. ``clock`` holds the dates of the site's top bar, never taken.
    """
    if selected:
        return selected, "selector"
    meta_date = dates.date_from_meta(page.meta, page.json_ld)
    if meta_date and meta_date < dt.date.today():
        return meta_date, "meta"
    for source, finder in (("header", lambda: dates.date_near_title(title_node, clock)),
                           ("element", lambda: dates.date_from_classed_elements(page.doc, within, clock)),
                           ("url", lambda: date_from_url(page.url))):
        date = finder()
        if date:
            return date, source
    if meta_date:
        return meta_date, "meta"
    if hint:
        return hint, "hint"
    return None, ""


def _article_region(doc, title_node, content_node):
    """A test for "this element belongs to the article": from the headline's block to the end of the text.

    Positions in document order; with neither a headline nor a text block every element counts.
    """
    if title_node is None and content_node is None:
        return None
    order = {node: index for index, node in enumerate(doc.iter())}
    anchor = title_node.getparent() if title_node is not None and title_node.getparent() is not None else title_node
    start = order.get(anchor, 0) if anchor is not None else order.get(content_node, 0)
    end = len(order)
    if content_node is not None and content_node in order:
        last = content_node
        for last in content_node.iter():
            pass
        end = max(order.get(last, end), start)
    return lambda node: start <= order.get(node, -1) <= end


def find_author(page: Page, selectors: dict, platform: Platform | None = None) -> str | None:
    for selector in _candidates(selectors.get("author")) + _candidates(platform.selectors["author"] if platform else ()):
        node = _first(page.doc, selector)
        if node is not None and _clean_author(node.text_content()):
            return _clean_author(node.text_content())
    for item in page.json_ld:
        author = item.get("author")
        author = author[0] if isinstance(author, list) and author else author
        name = author.get("name") if isinstance(author, dict) else author if isinstance(author, str) else None
        if name:
            return _clean_author(name)
    for key in ("author", "article:author", "dc.creator"):
        value = page.meta.get(key)
        if value and "://" not in value:
            return _clean_author(value)
    for node in page.doc.xpath('.//*[@itemprop="author"] | .//*[@rel="author"] | .//*[@class or @id]'):
        attr = f"{node.get('class', '')} {node.get('id', '')} {node.get('itemprop', '')} {node.get('rel', '')}"
        if _AUTHOR_ATTR.search(attr):
            text = _clean_author(node.text_content())
            if text:
                return text
    return None


def _clean_author(text: str) -> str | None:
    text = _AUTHOR_PREFIX.sub("", _squash(text)).strip(" -–|,.")
    return text if 1 < len(text) <= 80 else None


def _selector_text(doc, selectors: dict) -> str | None:
    """The text of the site's content selector, each block cleaned on its own (before the page is)."""
    nodes = _outermost(_select(doc, selectors["content"]))
    if not nodes:
        return None
    for node in nodes:
        for selector in _candidates(selectors.get("remove")):
            for junk in _select(node, selector):
                clean._drop(junk)
    texts = []
    for node in nodes:
        document = lxml.html.document_fromstring("<html><body></body></html>")
        holder = document.find("body")
        holder.append(copy.deepcopy(node))
        clean.remove_boilerplate(document)
        texts.append(clean.element_text(holder))
    text = "\n".join(t for t in texts if t)
    return text if text.strip() else None


def _platform_text(doc, platform: Platform) -> tuple[str | None, object]:
    """The text of the first of the platform's content selectors that holds an article's worth of it.

    Runs on the cleaned page. A selector that matches only a few words (a static page's box, a
    listing's summary) is passed over, and generic extraction gets its chance.
    """
    for selector in platform.selectors["content"]:
        nodes = _outermost(_select(doc, selector))
        if not nodes:
            continue
        for node in nodes:
            for removal in platform.selectors["remove"]:
                for junk in _select(node, removal):
                    clean._drop(junk)
        text = "\n".join(t for t in (clean.element_text(node) for node in nodes) if t)
        if len(text) >= MIN_ARTICLE_CHARS:
            return text, nodes[-1]
    return None, None


def _generic_text(doc) -> tuple[str, object]:
    """Main text of a cleaned page without selectors, and the block it came from.

    A block whose paragraphs hold most of the page's prose is taken directly
    (fast, and exact on the usual CMS layouts); anything less clear-cut goes
    to trafilatura, the general-purpose extractor.
    """
    block, confident = main_block(doc)
    if confident:
        return clean.element_text(block), block
    try:
        text = trafilatura.extract(doc, options=_TRAFILATURA)
    except Exception:  # noqa: BLE001 - trafilatura must not take the crawl down
        text = None
    if text and len(text) >= MIN_ARTICLE_CHARS:
        return text, block
    dense_text = clean.element_text(block) if block is not None else ""
    return (dense_text, block) if len(dense_text) > len(text or "") else (text or "", block)


_PROSE_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "figure", "pre"}
_BLOCKS = _PROSE_TAGS | {"div", "section", "article", "main", "header", "footer", "aside", "nav", "form"}


def main_block(doc) -> tuple[object, bool]:
    """The element whose child paragraphs carry the most non-link text, and whether it clearly dominates."""
    best, best_score, best_count = None, 0.0, 0
    for node in doc.iter("div", "article", "section", "main", "td", "span"):
        score, count = 0.0, 0
        for child in node:
            if child.tag in _PROSE_TAGS or (child.tag == "div" and not any(c.tag in _BLOCKS for c in child)):
                text = len(child.text_content().strip())
                if text:
                    links = sum(len(a.text_content()) for a in child.iter("a"))
                    score += text - 2 * links
                    count += child.tag == "p"
        if score > best_score:
            best, best_score, best_count = node, score, count
    if best is None:
        return None, False
    prose = sum(len(p.text_content().strip()) for p in doc.iter("p"))
    confident = best_score >= 400 and best_count >= 3 and best_score >= 0.7 * prose
    return best, confident


def _usable_canonical(page: Page) -> bool:
    """rel=canonical is honoured unless it points at the site root (a common CMS mistake)."""
    if not page.canonical or page.canonical == page.url:
        return False
    from urllib.parse import urlsplit

    target, own = urlsplit(page.canonical), urlsplit(page.url)
    if target.path in ("", "/") and not target.query:
        return False
    return target.hostname.removeprefix("www.") == (own.hostname or "").removeprefix("www.")


def _select(root, selector: str) -> list:
    try:
        return root.cssselect(selector)
    except Exception:  # noqa: BLE001 - a bad selector in the registry falls back to generic extraction
        return []


def _candidates(selectors) -> list[str]:
    """A selector setting as a list: the registry writes one selector or a list, a platform a list."""
    if not selectors:
        return []
    return [selectors] if isinstance(selectors, str) else list(selectors)


def _outermost(nodes: list) -> list:
    """The selected elements without those inside another selected one (a lead inside its body)."""
    chosen = set(nodes)
    return [node for node in nodes if not any(parent in chosen for parent in node.iterancestors())]


def _date_at(doc, selectors, within=None) -> dt.date | None:
    """The date written in the first element a date selector finds (its datetime, content or text).

    ``within`` keeps a platform's selectors inside the article: ``[id*='lblDate']`` also finds the
    label of the site's clock in the top bar.
    """
    for selector in _candidates(selectors):
        for node in _select(doc, selector):
            if within is not None and not within(node):
                continue
            date = dates.parse_date_value(node.get("datetime") or node.get("content")) or \
                dates.labelled_date(node.text_content())
            if date:
                return date
    return None


def _first(root, selector: str):
    found = _select(root, selector)
    return found[0] if found else None


def _squash(text: str) -> str:
    return " ".join((text or "").split())
