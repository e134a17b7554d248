"""Find an article's publication date.

Vietnamese portals print it in the article header in many shapes
("Thứ hai, 22/01/2024 09:15", "(11:28 | 22/03/2019)", "Ngày đăng: 22-01-2024",
"ngày 22 tháng 01 năm 2024") while the site's top bar shows *today's* date.
So we trust, in order: site selector, structured metadata, the text right
around the title, date-classed elements, the URL (tdkt.portal.urls), then
hints from the feed or sitemap that linked the page. Day always comes before
month.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from lxml import etree

from tdkt.crawler.rules import load_rules

_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})(?![\d/])")
_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,|/)\s*((?:19|20)\d{2})", re.I)
_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)")
_YMD_SLASH = re.compile(r"(?<!\d)((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?!\d)")


@lru_cache(maxsize=1)
def _rules():
    rules = load_rules("dates")
    return {
        "meta": [k.lower() for k in rules["meta_keys"]],
        "class_words": rules["date_class_words"],
        "publish_labels": rules["publish_labels"],
        "update_labels": rules["update_labels"],
        "min_year": rules["min_year"],
    }


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """A plausible calendar date, or None (rejects 31/2, future years, far past)."""
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    if date.year < _rules()["min_year"] or date > dt.date.today() + dt.timedelta(days=2):
        return None
    return date


def dates_in_text(text: str) -> list[tuple[int, dt.date]]:
    """All (position, date) found in free text, in order of appearance."""
    found = []
    for pattern, order in ((_DMY, "dmy"), (_WORDS, "dmy"), (_ISO, "ymd"), (_YMD_SLASH, "ymd")):
        for match in pattern.finditer(text):
            a, b, c = (int(g) for g in match.groups())
            date = make_date(c, b, a) if order == "dmy" else make_date(a, b, c)
            if date:
                found.append((match.start(), date))
    found.sort(key=lambda item: item[0])
    return found


def parse_date_value(value: str | None) -> dt.date | None:
    """A date from a metadata value (ISO 8601, RFC 822 or D/M/Y)."""
    if not value:
        return None
    value = value.strip()
    match = _ISO.search(value) or _YMD_SLASH.search(value)
    if match and match.start() < 3:
        return make_date(*(int(g) for g in match.groups()))
    try:
        from email.utils import parsedate_to_datetime

        parsed = parsedate_to_datetime(value)
        return make_date(parsed.year, parsed.month, parsed.day)
    except (TypeError, ValueError, IndexError):
        pass
    found = dates_in_text(value)
    return found[0][1] if found else None


def labelled_date(text: str) -> dt.date | None:
    """The date a publication label points at; an update label only when nothing else is there."""
    found = dates_in_text(text)
    if not found:
        return None
    low = text.lower()
    rules = _rules()
    for labels in (rules["publish_labels"], rules["update_labels"]):
        for label in labels:
            index = low.find(label)
            if index < 0:
                continue
            after = [date for pos, date in found if pos >= index]
            if after and (labels is rules["publish_labels"] or len(found) == 1):
                return after[0]
    return found[0][1]


def date_from_meta(meta: dict[str, str], json_ld: list[dict]) -> dt.date | None:
    for item in json_ld:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            date = parse_date_value(item.get(key) if isinstance(item.get(key), str) else None)
            if date:
                return date
    for key in _rules()["meta"]:
        date = parse_date_value(meta.get(key))
        if date:
            return date
    return None


def text_near(node, before_chars: int = 160, after_chars: int = 400) -> tuple[str, str]:
    """Text just before the element (inside its own block) and the element's text plus what follows."""
    after, size = [], 0
    for piece in node.xpath("following::text()[normalize-space()][position() <= 40]"):
        after.append(piece.strip())
        size += len(piece)
        if size > after_chars:
            break
    own = " ".join(node.itertext())
    return _local_before(node, before_chars), own + " " + " ".join(after)


def _local_before(node, limit: int) -> str:
    """Preceding siblings of the element and of its parent, cut at a word boundary: never the page header."""
    pieces, size, current = [], 0, node
    for _ in range(2):
        for sibling in current.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            text = " ".join(sibling.text_content().split())
            pieces.insert(0, text)
            size += len(text)
            if size > limit:
                text = " ".join(pieces)[-limit:]
                return text.split(" ", 1)[1] if " " in text else ""  # no half-cut "21/11/2026" → "1/11/2026"
        current = current.getparent()
        if current is None or current.tag in ("body", "html"):
            break
    return " ".join(pieces)


HEADER_CHARS = 160   # where a page puts its date line: right under the headline
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}\b")


def _header_date(text: str) -> dt.date | None:
    """The date line under a headline ("Thứ sáu, 14/10/2016 09:36", "(11:28 | 22/03/2019)").

    A date written with a clock time is the page's own; a bare date this close to
    the headline is too. Dates further down belong to the article's text.
    """
    head = text[:HEADER_CHARS]
    found = dates_in_text(head)
    timed = [date for pos, date in found if _CLOCK.search(head, max(0, pos - 16), pos + 26)]
    return (timed or [date for _, date in found] or [None])[0]


def date_near_title(title_node, clock: frozenset = frozenset()) -> dt.date | None:
    """The header date: right after the title, else right before it (never the site's clock)."""
    if title_node is None:
        return None
    before, after = text_near(title_node)
    own_title = " ".join(title_node.itertext())
    rest = after[len(own_title):] if after.startswith(own_title) else after
    return _header_date(rest) or labelled_date(rest[:400]) or _last_date(before, clock)


def _last_date(text: str, clock: frozenset = frozenset()) -> dt.date | None:
    """The last date before the title, unless it is today's or the date the site's top bar shows."""
    found = [date for _, date in dates_in_text(text) if date != dt.date.today() and date not in clock]
    return found[-1] if found else None


CLOCK_WINDOW = 300  # the top of a page, where portals print their server's "today"
CLOCK_MARGIN = 30  # a date this close above the headline (a date line, a breadcrumb away) is the article's own


def site_clock_dates(doc, title_node) -> frozenset:
    """Dates the page prints at its very top, well above its headline: the server's clock in the top bar.

    Read on the page before it is cleaned. The server's "today" need not be ours (a cached page,
    another time zone), so it is recognised by where it stands, not by its value.
    """
    body = doc.find("body")
    if body is None:
        return frozenset()
    before, size = [], 0
    for event, node in etree.iterwalk(body, events=("start", "end")):
        if node is title_node or size > CLOCK_WINDOW + CLOCK_MARGIN:
            break  # the headline, or far enough from it that every date of the window is the clock's
        quiet = node.tag in ("script", "style") or not isinstance(node.tag, str)
        piece = (node.text if not quiet else None) if event == "start" else node.tail
        text = " ".join((piece or "").split())
        if text:
            before.append(text)
            size += len(text) + 1
    opening = " ".join(before)
    limit = min(CLOCK_WINDOW, len(opening) - CLOCK_MARGIN)
    return frozenset(date for position, date in dates_in_text(opening[:max(limit, 0)]))


def date_from_classed_elements(doc, within=None, clock: frozenset = frozenset()) -> dt.date | None:
    """Elements whose class/id says 'date' or that are <time>/itemprop=datePublished.

    ``within`` (a test on elements) keeps the search inside the article: a related-news list
    below it and a top bar above it carry dates too, and neither is the article's.
    """
    inside = within or (lambda node: True)
    for node in doc.xpath('.//time[@datetime] | .//*[@itemprop="datePublished"]'):
        if not inside(node):
            continue
        date = parse_date_value(node.get("datetime") or node.get("content")) or labelled_date(node.text_content())
        if date:
            return date
    words = _rules()["class_words"]
    for node in doc.xpath(".//*[@class or @id]"):
        if not inside(node):
            continue
        attr = f"{node.get('class', '')} {node.get('id', '')}".lower()
        tokens = set(re.split(r"[\s_\-]+", attr)) | set(attr.split())
        if tokens & set(words):
            text = node.text_content()
            if len(text) < 200:
                date = labelled_date(text)
                if date and date != dt.date.today() and date not in clock:  # a top bar's date is no publication date
                    return date
    return None
