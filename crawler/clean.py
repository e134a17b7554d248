"""Remove what is not article text: menus, breadcrumbs, related news, share bars, credits.

Works at two levels: on the HTML tree (elements named or introduced as
boilerplate, e.g. a "Tin cùng chuyên mục" box) and on the extracted lines
(share bars, view counters, photo credits). The word lists live in
``data/portal/page_furniture.json``, shared with the engine (tdkt.portal.furniture).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lxml import etree

from tdkt.portal.furniture import crawler_furniture

_BLOCK_TAGS = {"p", "div", "section", "article", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "figure", "figcaption", "pre", "header", "dd", "dt", "dl", "center", "main", "address"}
_KEEP_TAGS = {"html", "body", "main", "article"}


@lru_cache(maxsize=1)
def _rules():
    rules = crawler_furniture()
    return {
        "drop_tags": set(rules["drop_tags"]),
        "wrapper_tags": set(rules["wrapper_tags"]),
        "tokens": set(rules["drop_class_id_tokens"]),
        "substrings": tuple(rules["drop_class_id_substrings"]),
        "headings": {fold(h) for h in rules["related_headings"]},
        "lines": [re.compile(p, re.I) for p in rules["drop_line_patterns"]],
        "inline": [re.compile(p, re.I) for p in rules["strip_inline_patterns"]],
    }


def fold(text: str) -> str:
    """Lower-case, NFC, single spaces, no trailing punctuation: how headings are compared."""
    text = unicodedata.normalize("NFC", " ".join(text.split())).lower()
    return text.strip(" :.-–—»›>|")


def is_boilerplate_attr(node) -> bool:
    return _boilerplate_attr(f"{node.get('class', '')} {node.get('id', '')}".lower())


@lru_cache(maxsize=20_000)
def _boilerplate_attr(attr: str) -> bool:
    """Class and id values repeat on every page of a site: decide each once."""
    if not attr.strip():
        return False
    names = attr.split()
    parts = {piece for name in names for piece in re.split(r"[_\-]+", name) if piece}
    rules = _rules()
    if rules["tokens"] & (set(names) | parts):
        return True
    squashed = re.sub(r"[\s_\-]+", " ", attr).replace(" ", "")
    return any(s in squashed for s in rules["substrings"]) if len(squashed) < 200 else False


def related_heading(node) -> bool:
    """True for a short element whose whole text is a related-news heading."""
    text = node.text_content() if len(node) else (node.text or "")
    return len(text) < 60 and fold(text) in _rules()["headings"]


def remove_boilerplate(doc, protect=None) -> None:
    """Strip boilerplate from ``doc`` in place; never remove ``protect`` or what contains it.

    A tag that is usually furniture but here wraps the article (ASP.NET WebForms put the whole
    page in one ``<form>``; some themes put it in a ``<header>``-less ``<nav>`` layout) is
    turned into a plain ``<div>``: dropping it would drop the article with it.
    """
    body = doc.find("body")
    if body is None:
        return
    total = max(len(body.text_content()), 1)
    keep = set(protect.iterancestors()) | {protect} if protect is not None else set()
    for node in list(body.iter(etree.Element)):
        if node.getparent() is None or node in keep:
            continue
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _KEEP_TAGS:
            continue
        if tag in _rules()["drop_tags"] or (tag == "header" and node.find(".//h1") is None):
            if tag in _rules()["wrapper_tags"] and (node in keep or _holds_article(node, total)):
                node.tag = "div"  # a platform's page-wide wrapper (ASP.NET's <form>): keep what it holds
            else:
                _drop(node)
        elif is_boilerplate_attr(node) and not _holds_article(node, total):
            _drop(node)
    _remove_related_blocks(body, keep, total)


def _holds_article(node, total: int) -> bool:
    """An element holding the page's main heading or most of its text is not boilerplate."""
    if node.find(".//h1") is not None and len(node.text_content()) > 0.3 * total:
        return True
    return len(node.text_content()) > 0.4 * total


def _remove_related_blocks(body, keep: set, total: int) -> None:
    for node in list(body.iter("h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong", "b", "a", "li", "header")):
        if node.getparent() is None or node in keep or not related_heading(node):
            continue
        block = node
        while True:
            parent = block.getparent()
            if parent is None or parent in keep or parent.tag in _KEEP_TAGS or _holds_article(parent, total):
                break
            if _link_ratio(parent) < 0.5:
                break
            block = parent
        if block is node:  # heading inside the article container: drop it and what follows it
            for sibling in list(node.itersiblings()):
                if sibling not in keep:
                    _drop(sibling)
        if block.getparent() is not None:
            _drop(block)


def _link_ratio(node) -> float:
    text = len(" ".join(node.text_content().split())) or 1
    linked = sum(len(" ".join(a.text_content().split())) for a in node.iter("a"))
    return linked / text


def _drop(node) -> None:
    """Remove a node but keep its tail text (which belongs to the parent)."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tail and node.tail.strip():
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def element_text(node) -> str:
    """Readable text of an element: one line per block, <br> as a line break."""
    lines, current = [], []

    def flush():
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _rules()["drop_tags"]:
            if el.tail:
                current.append(el.tail)
            return
        block = tag in _BLOCK_TAGS or tag in ("td", "th")
        if block:
            flush()
        if tag == "br":
            flush()
        if el.text and tag not in ("", "br"):
            current.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            current.append(el.tail if not block else el.tail)

    walk(node)
    flush()
    return "\n".join(lines)


def drop_trailing_links(text: str, link_texts: set[str]) -> str:
    """Cut a run of headline links at the end of the text (a related-news list nobody labelled)."""
    paragraphs = text.split("\n\n")
    prefixes = {t[:25] for t in link_texts if len(t) >= 25}
    end = len(paragraphs)
    while end and fold(paragraphs[end - 1])[:25] in prefixes:
        end -= 1
    if len(paragraphs) - end < 2:
        return text
    if end and len(paragraphs[end - 1]) < 60 and not paragraphs[end - 1].rstrip().endswith((".", "!", "?")):
        end -= 1  # the list's heading
    return "\n\n".join(paragraphs[:end])


def clean_lines(text: str, title: str = "") -> str:
    """Drop share bars, counters, credits, a repeated title and related-news tails; paragraphs split by blank lines."""
    rules = _rules()
    lines = [" ".join(line.split()).strip("| ") for line in unicodedata.normalize("NFC", text).splitlines()]
    lines = [line for line in lines if line]
    if title and lines and fold(lines[0]) == fold(title):
        lines = lines[1:]
    kept = []
    for index, line in enumerate(lines):
        folded = fold(line)
        if folded in rules["headings"]:
            if index >= len(lines) * 0.3:
                break  # everything after a related-news heading at the end is link lists
            continue
        if any(p.search(line) for p in rules["lines"]):
            continue
        for pattern in rules["inline"]:
            line = pattern.sub("", line).strip()
        if line:
            kept.append(line)
    return "\n\n".join(kept)
