"""robots.txt rules per origin, read with Protego (RFC 9309 semantics).

A missing robots.txt (4xx) allows everything; a robots.txt that cannot be
read (5xx, network error) forbids everything for now, as the RFC asks: the
URLs stay queued and a later run tries again.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from protego import Protego

from tdkt.crawler.decode import decode_body
from tdkt.crawler.fetch import Fetcher, Response
from tdkt.crawler.urls import BadURL, canonicalize, origin_of

USER_AGENT_TOKEN = "tdkt-crawler"
# Read no more of a robots.txt than this, as Google and Bing do (RFC 9309 asks for at least 500 KiB):
# Protego matches every rule for every URL, so 6 MB of rules took 7 s to parse and 0.2 s per URL.
MAX_ROBOTS_BYTES = 500 * 1024


@dataclass
class RobotsRules:
    origin: str
    parser: Protego | None = None
    allow_all: bool = False
    unavailable: str | None = None  # reason everything is refused
    sitemaps: list[str] = field(default_factory=list)

    def allows(self, url: str) -> bool:
        if self.unavailable:
            return False
        if self.allow_all or self.parser is None:
            return True
        return self.parser.can_fetch(url, USER_AGENT_TOKEN)

    def crawl_delay(self) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(USER_AGENT_TOKEN)
        if delay is None:
            rate = self.parser.request_rate(USER_AGENT_TOKEN)
            if rate and rate.requests:
                delay = rate.seconds / rate.requests
        return float(delay) if delay is not None else None


def robots_url(origin: str) -> str:
    return origin.rstrip("/") + "/robots.txt"


def rules_from_response(origin: str, response: Response) -> RobotsRules:
    """Interpret the (final) answer to ``/robots.txt``."""
    if response.status is None:
        return RobotsRules(origin, unavailable=f"robots.txt unavailable: {response.error}")
    if response.status >= 500 or response.status == 429:
        return RobotsRules(origin, unavailable=f"robots.txt unavailable: HTTP {response.status}")
    if response.status >= 400 or response.status in (204,) or not response.body.strip():
        return RobotsRules(origin, allow_all=True)
    if response.status != 200:
        return RobotsRules(origin, allow_all=True)
    text, _ = decode_body(within_cap(response.body), response.content_type)
    if "<html" in text[:2000].lower():  # an HTML error page served as 200
        return RobotsRules(origin, allow_all=True)
    parser = Protego.parse(text)
    return RobotsRules(origin, parser=parser, sitemaps=list(parser.sitemaps))


def within_cap(body: bytes) -> bytes:
    """The first ``MAX_ROBOTS_BYTES`` of a robots.txt, ending on a whole line; the rest is ignored."""
    if len(body) <= MAX_ROBOTS_BYTES:
        return body
    head = body[:MAX_ROBOTS_BYTES]
    return head[: head.rfind(b"\n") + 1] or head


def fetch_robots(fetcher: Fetcher, url: str, retries: int = 3, backoff: float = 2.0, max_wait: float = 120.0) -> list[Response]:
    """Fetch the robots.txt of ``url``'s origin, following redirects and retrying server errors.

    Returns every response (all are archived); the last one decides the rules.
    """
    responses, target, attempt = [], robots_url(origin_of(url)), 0
    for _ in range(retries + 6):
        response = fetcher.fetch(target)
        responses.append(response)
        if (response.retryable or (response.status or 0) >= 500) and attempt < retries:
            attempt += 1
            time.sleep(min(backoff * 2 ** (attempt - 1), max_wait))
            continue
        location = response.header("Location") if response.status in (301, 302, 303, 307, 308) else None
        if not location:
            break
        try:
            target = canonicalize(location, target)
        except BadURL:
            break
    return responses
