"""What happens to one response: archive it, classify it, store what it gives.

Every outcome ends in exactly one frontier state with a reason, written in
the same transaction as the article and the newly found URLs, so the
database is consistent whenever the process dies.
"""
from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from dataclasses import dataclass, field

from tdkt.crawler import feeds, store
from tdkt.crawler.article import extract_article
from tdkt.crawler.dates import dates_in_text
from tdkt.crawler.decode import decode_body
from tdkt.crawler.discover import MAX_LINKS_PER_DOCUMENT, Candidate, Discoverer, HostBudget
from tdkt.crawler.fetch import RETRYABLE_STATUS, Response
from tdkt.crawler.frontier import Frontier
from tdkt.crawler.page import PageError, parse_html
from tdkt.crawler.politeness import Politeness, parse_retry_after
from tdkt.crawler.urls import BadURL, Scope, canonicalize
from tdkt.crawler.warc import WarcArchive, WarcLocation
from tdkt.portal.platforms import Platform, detect_platform, get_platform
from tdkt.portal.sources import Source
from tdkt.portal.urls import netloc_of

DETECTION_TRIES = 5  # pages of a source that may show its platform before the crawler stops asking
_HTML_TYPES = ("text/html", "application/xhtml", "text/plain")  # text/plain: servers mislabel HTML
_XML_TYPES = ("xml", "rss", "atom")


@dataclass
class RetryPolicy:
    max_retries: int = 3
    backoff: float = 2.0  # first retry after this many seconds, doubling
    max_redirects: int = 10


@dataclass
class Processor:
    frontier: Frontier
    archive: WarcArchive
    discoverer: Discoverer
    politeness: Politeness
    sources: dict[str, Source]
    scopes: dict[str, Scope]
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    since: dt.date | None = None
    stats: Counter = field(default_factory=Counter)
    platforms: dict[str, Platform] = field(default_factory=dict)  # recognised per source id
    undetected: Counter = field(default_factory=Counter)  # pages per source that showed no platform
    budget: HostBudget = field(default_factory=HostBudget)

    @property
    def conn(self):
        return self.frontier.conn

    def handle(self, row, response: Response, location: WarcLocation | None = None) -> str:
        """Archive (unless ``location`` says it already is), then resolve ``row`` atomically."""
        if location is None:
            location = self.archive.write(response)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            outcome = self._resolve(row, response, location)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:  # a full disk rolls back by itself: a second ROLLBACK would hide why
                self.conn.execute("ROLLBACK")
            raise
        self.stats[outcome] += 1
        return outcome

    def handle_safely(self, row, response: Response, location: WarcLocation | None = None) -> str:
        """Like handle, but a bug on one page fails that URL instead of the crawl."""
        try:
            return self.handle(row, response, location)
        except Exception as exc:  # noqa: BLE001
            self.frontier.resolve(row["id"], "failed", f"processing error: {type(exc).__name__}: {exc}"[:300],
                                  http_status=response.status)
            self.stats["failed"] += 1
            return "failed"

    # -- dispatch -------------------------------------------------------------------------
    def _resolve(self, row, response: Response, location: WarcLocation | None) -> str:
        where = {"warc_file": location.file, "warc_offset": location.offset} if location else {}
        status = response.status
        if status is None:
            return self._network_failure(row, response)
        where["http_status"] = status
        if status in RETRYABLE_STATUS:
            return self._retryable_status(row, response, where)
        if response.error:
            self.frontier.resolve(row["id"], "failed", response.error, **where)
            return "failed"
        if status == 304:
            self.frontier.resolve(row["id"], "fetched", "not modified", **where)
            return "not_modified"
        if 300 <= status < 400:
            return self._redirect(row, response, where)
        if status >= 400 or status < 200:
            if row["kind"] == "sitemap" and row["reason"] == "guessed":
                self.frontier.resolve(row["id"], "skipped", f"no sitemap here (HTTP {status})", **where)
                return "skipped"
            self.frontier.resolve(row["id"], "failed", f"HTTP {status}", **where)
            return "failed"
        where.update(etag=response.header("ETag"), last_modified=response.header("Last-Modified"))
        return self._content(row, response, where)

    def _network_failure(self, row, response: Response) -> str:
        if response.retryable and row["attempts"] < self.retry.max_retries:
            self.frontier.retry_later(row["id"], self._backoff(row), response.error)
            return "retry"
        reason = response.error if not response.retryable else f"{response.error} (gave up after {row['attempts'] + 1} tries)"
        self.frontier.resolve(row["id"], "failed", reason)
        return "failed"

    def _retryable_status(self, row, response: Response, where: dict) -> str:
        status, host = response.status, netloc_of(row["url"])
        wait = parse_retry_after(response.header("Retry-After"))
        if wait is not None:
            if not self.politeness.hold(host, wait):
                self.frontier.retry_later(row["id"], wait, f"HTTP {status}: waited too long (Retry-After {wait:.0f} s)")
                return "retry"
        elif status in (429, 503):
            self.politeness.slow_down(host)
        if row["attempts"] < self.retry.max_retries:
            self.frontier.retry_later(row["id"], max(wait or 0.0, self._backoff(row)), f"HTTP {status}")
            return "retry"
        self.frontier.resolve(row["id"], "failed", f"HTTP {status} (gave up after {row['attempts'] + 1} tries)", **where)
        return "failed"

    def _backoff(self, row) -> float:
        return self.retry.backoff * (2 ** row["attempts"])

    # -- redirects -------------------------------------------------------------------------
    def _redirect(self, row, response: Response, where: dict) -> str:
        location = response.header("Location")
        try:
            target = canonicalize(location or "", row["url"])
        except BadURL as exc:
            self.frontier.resolve(row["id"], "failed", f"bad redirect target: {exc}", **where)
            return "failed"
        if target == row["url"]:
            self.frontier.resolve(row["id"], "failed", "redirect loop (redirects to itself)", **where)
            return "failed"
        if row["redirects"] + 1 > self.retry.max_redirects:
            self.frontier.resolve(row["id"], "failed", f"too many redirects (> {self.retry.max_redirects})", **where)
            return "failed"
        scope = self.scopes[row["source"]]
        if row["seed"] and not scope.contains(target):
            scope.add(netloc_of(target))  # a seed moving to www. or https keeps its site
        reason = self.discoverer.check(target, scope)
        where["redirect_to"] = target
        if reason:
            self.frontier.add(target, source=row["source"], state="out_of_scope", reason=reason, parent_id=row["id"])
            self.frontier.resolve(row["id"], "redirected", f"HTTP {response.status} to a URL not fetched: {reason}", **where)
            return "redirect"
        known = self.frontier.get(target)
        if known is None:
            self.frontier.add(target, source=row["source"], kind=row["kind"], depth=row["depth"], page_no=row["page_no"],
                              hint=row["hint_published"], redirects=row["redirects"] + 1, seed=bool(row["seed"]),
                              parent_id=row["id"], priority=row["priority"])
            self.frontier.resolve(row["id"], "redirected", f"HTTP {response.status}", **where)
            return "redirect"
        if self._loops_back(known, row["url"]):
            self.frontier.resolve(row["id"], "failed", f"redirect loop via {target}", **where)
            return "failed"
        if row["revisit"]:
            self.frontier.mark_revisit(known["id"])
        self.frontier.resolve(row["id"], "redirected", f"HTTP {response.status} to a known URL", **where)
        return "redirect"

    def _loops_back(self, known, origin: str) -> bool:
        seen, current = set(), known
        while current is not None and current["state"] == "redirected" and current["redirect_to"]:
            if current["redirect_to"] == origin or current["url"] in seen:
                return True
            seen.add(current["url"])
            current = self.frontier.get(current["redirect_to"])
        return False

    # -- content ---------------------------------------------------------------------------
    def _content(self, row, response: Response, where: dict) -> str:
        body = response.body
        ctype = response.content_type.split(";")[0].strip().lower()
        xml_kind = None
        if row["kind"] in ("sitemap", "feed") or any(t in ctype for t in _XML_TYPES) or body.lstrip()[:5] == b"<?xml":
            xml_kind = feeds.sniff_xml(body)
        if xml_kind:
            return self._entries(row, response, xml_kind, where)
        if row["kind"] in ("sitemap", "feed"):
            self.frontier.resolve(row["id"], "skipped", f"not a {row['kind']} ({ctype or 'no type'})", **where)
            return "skipped"
        if b"\x00" in body[:4096]:
            self.frontier.resolve(row["id"], "skipped", f"binary body ({ctype or 'no type'})", **where)
            return "skipped"
        if ctype and not ctype.startswith(_HTML_TYPES):
            self.frontier.resolve(row["id"], "skipped", f"not HTML ({ctype})", **where)
            return "skipped"
        return self._html(row, response, where)

    def _entries(self, row, response: Response, xml_kind: str, where: dict) -> str:
        parse = feeds.parse_sitemap if xml_kind == "sitemap" else feeds.parse_feed
        entries = parse(response.body, row["url"])
        candidates = self.discoverer.from_entries(entries, row["depth"], self.scopes[row["source"]])
        added = self._enqueue(candidates, row)
        self.frontier.resolve(row["id"], "fetched", f"{xml_kind}: {len(entries)} links, {added} new", **where)
        return xml_kind

    def _html(self, row, response: Response, where: dict) -> str:
        text, _codec = decode_body(response.body, response.content_type)
        try:
            page = parse_html(text, row["url"])
        except PageError as exc:
            self.frontier.resolve(row["id"], "failed", str(exc), **where)
            return "failed"
        source = self.sources[row["source"]]
        candidates = self.discoverer.from_page(page, row["depth"], row["page_no"], self.scopes[row["source"]])
        pagination = [c for c in candidates if c.pagination and c.kind == "page" and c.reason is None]
        hint = dt.date.fromisoformat(row["hint_published"]) if row["hint_published"] else None
        article = extract_article(page, source.selectors, hint, pagination_links=len(pagination),
                                  platform=self._platform_of(source, page))
        if not article.is_article and self._older_than_since(article.text):
            candidates = [c for c in candidates if not c.pagination]  # the listing has reached --since
        added = self._follow(candidates, row)
        if not article.is_article:
            self.frontier.resolve(row["id"], "fetched", f"{article.reason}; {added} new links", **where)
            return "listing"
        return self._store_article(row, response, article, where)

    def _platform_of(self, source: Source, page) -> Platform | None:
        """The registry's platform for the source, else the first one its pages give away (then kept).

        All pages of a site run on one CMS, but not every page shows it (a redirect target, a
        bare error page): the first recognised page decides for the rest of the crawl, and a
        site whose first pages show no platform is not asked again on every page.
        """
        known = get_platform(source.platform) or self.platforms.get(source.id)
        if known is not None or self.undetected[source.id] >= DETECTION_TRIES:
            return known
        known = detect_platform(page.url, page.doc)
        if known is None:
            self.undetected[source.id] += 1
        else:
            self.platforms[source.id] = known
        return known

    def _follow(self, candidates: list[Candidate], row) -> int:
        """Queue the links; on a re-crawl, page on only while the listing still brings new links."""
        if not row["revisit"]:
            return self._enqueue(candidates, row)
        items = [c for c in candidates if not (c.pagination and c.kind == "page")]
        added = self._enqueue(items, row)
        if added:
            forward = [c for c in candidates if c.pagination and c.kind == "page" and c.leads_forward(row["page_no"])]
            added += self._enqueue(forward, row, revisit=True)
            for candidate in forward:
                known = self.frontier.get(candidate.url)
                if known is not None:
                    self.frontier.mark_revisit(known["id"])
        return added

    def _older_than_since(self, text: str) -> bool:
        if not self.since:
            return False
        found = [date for _, date in dates_in_text(text)]
        return len(found) >= 3 and max(found) < self.since

    def _store_article(self, row, response: Response, article, where: dict) -> str:
        if self.since and article.published and article.published < self.since:
            self.frontier.resolve(row["id"], "skipped", f"published {article.published} before --since", **where)
            return "skipped"
        digest = store.content_hash(article.text)
        duplicate = store.find_duplicate(self.conn, digest, article.canonical_url, article.title)
        if duplicate:
            self.frontier.resolve(row["id"], "duplicate", f"same article as #{duplicate}", **where)
            return "duplicate"
        record = {**article.as_dict(), "source": row["source"], "content_hash": digest,
                  "fetched_at": _iso(response.started_at), "http_status": response.status,
                  "warc_file": where.get("warc_file"), "warc_offset": where.get("warc_offset"), "frontier_id": row["id"]}
        article_id = store.insert_article(self.conn, record)
        self._claim_canonical(row, article)
        self.frontier.resolve(row["id"], "fetched", f"article #{article_id}", **where)
        return "article"

    def _claim_canonical(self, row, article) -> None:
        """The canonical URL of a stored article need not be fetched again."""
        target = article.canonical_url
        if target == row["url"] or not self.scopes[row["source"]].contains(target):
            return
        known = self.frontier.get(target)
        if known is None:
            self.frontier.add(target, source=row["source"], state="duplicate", reason=f"canonical URL of {row['url']}",
                              parent_id=row["id"])
        elif known["state"] == "queued":
            self.frontier.resolve(known["id"], "duplicate", f"canonical URL of {row['url']}")

    def _enqueue(self, candidates: list[Candidate], row, revisit: bool = False) -> int:
        """Record the candidates in the frontier (queued, or with the reason they are not fetched), up to
        the links one document may give and the new URLs its host may still add."""
        added, host = 0, row["host"]
        for candidate in candidates[:MAX_LINKS_PER_DOCUMENT]:
            if not self.budget.allows(host):
                self.stats["host_cap"] += 1
                break
            hint = candidate.hint.isoformat() if candidate.hint else None
            state, reason = ("out_of_scope", candidate.reason) if candidate.reason else ("queued", None)
            if state == "queued" and self.since and candidate.hint and candidate.hint < self.since:
                state, reason = "skipped", f"dated {candidate.hint} before --since"
            _, inserted = self.frontier.add(candidate.url, source=row["source"], kind=candidate.kind,
                                            depth=candidate.depth, page_no=candidate.page_no, parent_id=row["id"],
                                            hint=hint, state=state, reason=reason, revisit=revisit)
            if inserted:
                self.budget.spend(host)
            if inserted and state == "queued":
                added += 1
                self.stats["discovered"] += 1
        return added


def _iso(timestamp: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(timestamp or time.time()))
