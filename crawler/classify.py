"""Is a page an article, a listing of articles or a static page?

Listings (category pages, home pages, search results) also carry text, often
a date and a title. What gives them away: several linked items each with a
summary, paragraphs that start with headline links, pagination, a declared
``og:type`` other than article, a URL of the platform's listing shape. Static
pages (giới thiệu, liên hệ, sơ đồ cổng, hỏi đáp, văn bản) are built like
articles but are none: their URL shape or their title says so, and they carry
no date of their own. Articles declare themselves (``og:type``, JSON-LD), have
the platform's article URL or body block, or carry a header date and a long,
link-free text.
"""
from __future__ import annotations

from tdkt.crawler import clean, dates
from tdkt.crawler.page import Page
from tdkt.crawler.page_article import Article, Evidence
from tdkt.portal.platforms import is_static_title

MIN_ARTICLE_CHARS = 150


def judge(page: Page, article: Article, evidence: Evidence) -> tuple[bool, str]:
    """Is this page an article (True) or a listing, index or static page (False, with the reason)?"""
    if evidence.url_kind == "static" or is_static_title(article.title):
        return False, f"static page ({article.title[:40] or 'URL of a static section'})"
    if evidence.url_kind == "listing":
        return False, "listing page"  # the platform's listing URL
    length = len(article.text)
    if length < MIN_ARTICLE_CHARS:
        return False, f"no article text ({length} chars)"
    if evidence.site_selectors:
        return True, ""
    score = _platform_score(evidence, article)
    lines = article.text.split("\n\n")
    anchors = {clean.fold(a.text) for a in page.links if len(a.text) >= 20}
    link_lines = [line for line in lines if clean.fold(line) in anchors]
    link_share = sum(map(len, link_lines)) / length
    items = item_blocks(page.doc)
    squashed = "".join(article.text.split())
    teasers = sum(1 for _, summary in items if "".join(summary.split())[:50] in squashed)
    prefixes = {a[:20] for a in anchors}
    headed = sum(1 for line in lines if clean.fold(line[:40])[:20] in prefixes)
    if _declares_article(page):
        score += 3
    elif page.meta.get("og:type", "").lower() in ("website", "object"):
        score -= 1.5
    if teasers >= 3 or (len(items) >= 3 and length < 1.5 * sum(len(text) for text, _ in items)):
        score -= 4  # the page is a list of linked items with their summaries
    if headed >= 5 and headed >= len(lines) / 2:
        score -= 4  # most paragraphs start with a headline link
    if article.date_source in ("selector", "meta", "header"):
        score += 1.5
    score += 1 if length >= 500 else 0
    score += 1 if length >= 1500 else 0
    if link_share > 0.3:
        score -= 4
    elif len(link_lines) >= 4 and link_share > 0.15:
        score -= 2.5
    if evidence.pagination_links and evidence.url_kind != "article":
        score -= 2  # (an article's own "previous / next article" links are no pagination)
    if len(lines) >= 6 and len(dates.dates_in_text(article.text)) >= max(4, len(lines) // 3) and link_lines:
        score -= 2  # a dated list of items
    if score >= 1:
        return True, ""
    return False, "listing page" if link_lines or evidence.pagination_links else "not an article page"


def _platform_score(evidence: Evidence, article: Article) -> float:
    """What the platform and the date say before the text is read.

    An article URL or the platform's article body is strong evidence; a page with no date of its
    own (only a feed or sitemap hint, or none) is more likely a static page than an article.
    """
    score = 2.0 if evidence.url_kind == "article" else 0.0
    score += 1.5 if evidence.platform_body else 0.0
    if article.date_source in ("", "hint"):
        score -= 1.0
    return score


def item_blocks(doc) -> list[tuple[str, str]]:
    """(text, summary) of the linked items of a page: a headline link with at least a sentence around it."""
    summaries, seen = [], set()
    for anchor in doc.iter("a"):
        headline = " ".join(anchor.text_content().split())
        if len(headline) < 20 or headline in seen:
            continue
        seen.add(headline)
        block = _item_block(anchor)
        if block is None:
            continue
        text = " ".join(block.text_content().split())
        summary = text.replace(headline, " ").strip()
        if len(summary) >= 30:
            summaries.append((text, summary))
    return summaries


def _item_block(anchor):
    """The largest ancestor of a headline link that holds no other headline link."""
    block, parent = anchor, anchor.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        headlines = [a for a in parent.iter("a") if len(a.text_content().strip()) >= 20]
        if len(headlines) > 1:
            break
        block, parent = parent, parent.getparent()
    return block if block is not anchor else None


def _declares_article(page: Page) -> bool:
    if page.meta.get("og:type", "").lower() == "article":
        return True
    types = {str(item.get("@type", "")).lower() for item in page.json_ld}
    return bool(types & {"newsarticle", "article", "blogposting", "reportagenewsarticle"})
