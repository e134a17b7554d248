"""Which links of a page to queue, and how.

A link is queued only if it stays on the source's hosts, looks like a web
page, and is no trap. Pagination links ("Trang sau", ``?page=N``,
``/page/N/``) keep the listing's depth so long listings are followed to the
end, while every other hop adds one to the depth (a child sitemap of a
sitemap index too, so nested indexes end at ``--max-depth``). Calendars and
faceted links are capped per path, the links taken from one document and
the new URLs one host's documents may add in a run are capped too
(``HostBudget``), so that no site can grow the queue without bound.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit

from tdkt.crawler.clean import fold
from tdkt.crawler.page import Link
from tdkt.crawler.rules import load_rules, name_matcher
from tdkt.crawler.urls import Scope
from tdkt.portal.urls import netloc_of

# The sitemap protocol's own limit on URLs per file; an HTML page has far fewer links.
MAX_LINKS_PER_DOCUMENT = 50_000
# New URLs the documents of one host may add to the queue in one run. A busy provincial newspaper
# publishes some 10,000 articles a year, so this holds twenty years of one with its listings, while a
# sitemap bomb (indexes of indexes, 50,000 URLs each) stops after a few requests.
DEFAULT_MAX_HOST_URLS = 200_000


@dataclass
class Candidate:
    url: str
    kind: str = "page"  # page | sitemap | feed
    depth: int = 0
    page_no: int = 0
    pagination: bool = False
    hint: object = None  # datetime.date from a feed or sitemap
    reason: str | None = None  # set: recorded as out of scope, never fetched
    text: str = ""
    rel: str = ""

    def leads_forward(self, page_no: int) -> bool:
        """A pagination link to the following page ("Trang sau", rel=next, or the next number)."""
        text = fold(self.text)
        if self.rel == "next" or text in _rules()["next_texts"]:
            return True
        return text.isdigit() and int(text) == page_no + 2  # page_no counts from 0, page labels from 1


@lru_cache(maxsize=1)
def _rules():
    rules = load_rules("url_rules")
    return {
        "skip_ext": tuple(rules["skip_extensions"]),
        "skip_paths": [re.compile(p, re.I) for p in rules["skip_path_patterns"]],
        "skip_params": [p.lower() for p in rules["skip_params"]],
        "page_param": name_matcher(rules["pagination_params"]),
        "page_paths": [re.compile(p, re.I) for p in rules["pagination_path_patterns"]],
        "page_texts": {fold(t) for t in rules["pagination_texts"]} | {t for t in rules["pagination_texts"]},
        "next_texts": {fold(t) for t in rules["next_page_texts"]} | set(rules["next_page_texts"]),
        "calendar_param": name_matcher(rules["calendar_params"]),
        "calendar_value": re.compile(rules["calendar_value_pattern"]),
        "calendar_words": set(rules["calendar_path_words"]),
        "facet_param": name_matcher(rules["facet_params"]),
        "max_url_length": rules["max_url_length"],
        "max_segments": rules["max_path_segments"],
        "max_repeats": rules["max_segment_repeats"],
        "max_params": rules["max_params"],
        "uncounted": name_matcher(rules["uncounted_params"]),
    }


def skip_reason(url: str) -> str | None:
    """Why a same-site URL is not worth fetching (not a page, a trap), or None."""
    rules = _rules()
    if len(url) > rules["max_url_length"]:
        return "trap: URL too long"
    parts = urlsplit(url)
    path = parts.path.lower()
    if path.endswith(rules["skip_ext"]):
        return f"not a web page ({path.rsplit('.', 1)[-1]})"
    if any(p.search(path) for p in rules["skip_paths"]):
        return "excluded path (login, search, print...)"
    params = parse_qsl(parts.query, keep_blank_values=True)
    for key, value in params:
        if key.lower() in rules["skip_params"] or f"{key}={value}".lower() in rules["skip_params"]:
            return f"excluded parameter {key}"
    counted = [k for k, v in params if v and not rules["uncounted"](k)]
    if len(counted) > rules["max_params"]:
        return "trap: too many parameters (faceted navigation)"
    segments = [s for s in path.split("/") if s]
    if len(segments) > rules["max_segments"]:
        return "trap: path too deep"
    if segments and Counter(segments).most_common(1)[0][1] >= rules["max_repeats"]:
        return "trap: repeated path segments"
    return None


def calendar_key(url: str) -> str | None:
    """A key shared by all dates of one calendar, or None if the URL is not calendar-like."""
    rules = _rules()
    parts = urlsplit(url)
    params = parse_qsl(parts.query, keep_blank_values=True)
    dated = [k for k, v in params if rules["calendar_param"](k) or rules["calendar_value"].match(v)]
    if dated:
        return f"{parts.netloc}{parts.path}?{'&'.join(sorted(dated))}"
    segments = [s for s in parts.path.lower().split("/") if s]
    if any(s in rules["calendar_words"] for s in segments) and any(re.search(r"\d{4}", s) for s in segments):
        return parts.netloc + "/" + "/".join(re.sub(r"\d+", "N", s) for s in segments)
    facets = [k for k, _ in params if rules["facet_param"](k)]
    if facets:
        return f"{parts.netloc}{parts.path}?facet:{'&'.join(sorted(facets))}"
    return None


def is_pagination(link: Link, page_url: str) -> bool:
    rules = _rules()
    if link.rel in ("next", "prev", "previous"):
        return True
    target, current = urlsplit(link.url), urlsplit(page_url)
    if any(p.search(target.path) for p in rules["page_paths"]):
        return True
    paged = any(rules["page_param"](k) for k, _ in parse_qsl(target.query))
    if paged and target.path == current.path:
        return True  # the same listing with another page number, whatever the link says
    text = fold(link.text)
    wordy = text in rules["page_texts"] or link.text.strip() in rules["page_texts"]
    numeric = text.isdigit() and len(text) <= 4
    if not (wordy or numeric):
        return False
    return paged or (wordy and target.path == current.path and target.query != current.query)


class Discoverer:
    """Turns the links of one fetched document into queue candidates for one source."""

    def __init__(self, max_depth: int = 6, max_listing_pages: int = 1000, calendar_cap: int = 20):
        self.max_depth = max_depth
        self.max_listing_pages = max_listing_pages
        self.calendar_cap = calendar_cap
        self._calendar_counts: Counter = Counter()
        self._calendar_verdicts: dict[str, bool] = {}

    def check(self, url: str, scope: Scope) -> str | None:
        """The out-of-scope reason for ``url``, or None if it may be fetched."""
        if not scope.contains(url):
            return f"out of scope: host {netloc_of(url)}"
        reason = skip_reason(url)
        if reason:
            return reason
        key = calendar_key(url)
        if key:
            allowed = self._calendar_verdicts.get(url)
            if allowed is None:
                self._calendar_counts[key] += 1
                allowed = self._calendar_verdicts[url] = self._calendar_counts[key] <= self.calendar_cap
            if not allowed:
                return "trap: calendar or faceted links beyond the cap"
        return None

    def from_page(self, page, depth: int, page_no: int, scope: Scope) -> list[Candidate]:
        candidates: dict[str, Candidate] = {}
        for link in page.links:
            if link.url == page.url or link.url in candidates:
                continue
            pagination = is_pagination(link, page.url)
            candidate = self._candidate(link.url, scope, depth, page_no, pagination)
            candidate.text, candidate.rel = link.text, link.rel
            candidates[link.url] = candidate
        for feed in page.feeds:
            if feed not in candidates:
                candidates[feed] = self._candidate(feed, scope, depth, page_no, True, kind="feed")
        return list(candidates.values())

    def from_entries(self, entries, depth: int, scope: Scope) -> list[Candidate]:
        """Candidates from a sitemap or feed, one level down: articles, and the child sitemaps of an index
        (were they kept at their index's level, indexes nested without end would never reach the depth cap)."""
        found = []
        for entry in entries:
            candidate = self._candidate(entry.url, scope, depth, 0, False, kind=entry.kind)
            candidate.hint = entry.date
            found.append(candidate)
        return found

    def _candidate(self, url: str, scope: Scope, depth: int, page_no: int, pagination: bool,
                   kind: str = "page") -> Candidate:
        new_depth = depth if pagination else depth + 1
        new_page_no = page_no + 1 if pagination and kind == "page" else 0
        candidate = Candidate(url=url, kind=kind, depth=new_depth, page_no=new_page_no, pagination=pagination)
        candidate.reason = self.check(url, scope)
        if candidate.reason is None and new_depth > self.max_depth:
            candidate.reason = f"deeper than --max-depth {self.max_depth}"
        if candidate.reason is None and new_page_no > self.max_listing_pages:
            candidate.reason = f"listing longer than {self.max_listing_pages} pages"
        return candidate


class HostBudget:
    """How many new URLs the documents of each host may still add to the queue in this run.

    Counted by the host of the document the links were found in, whether they are queued or recorded
    as out of scope, so a hostile sitemap listing other hosts is bounded as well."""

    def __init__(self, cap: int = DEFAULT_MAX_HOST_URLS):
        self.cap = cap
        self.added: Counter = Counter()
        self.capped: dict[str, str] = {}  # host → what the user is told

    def allows(self, host: str) -> bool:
        if self.added[host] < self.cap:
            return True
        self.capped.setdefault(host, f"its pages listed {self.cap:,} new URLs in this run, the cap per host; "
                                     "further links were not queued (a sitemap bomb or a trap? "
                                     "raise --max-host-urls to go on)")
        return False

    def spend(self, host: str) -> None:
        self.added[host] += 1
