"""Per-host pacing: one request at a time, a delay between requests that only grows.

The delay starts at ``--delay`` (1 s by default); a robots.txt Crawl-delay
raises it; a 429 or 503 doubles it for the rest of the run; Retry-After holds
the whole host until the given time. Waits longer than ``max_wait`` are not
honoured by sleeping: the host is parked and its URLs stay queued for a later
run.
"""
from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass

from tdkt.crawler.robots import RobotsRules


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now or time.time()))


@dataclass
class HostState:
    host: str
    delay: float
    next_time: float = 0.0
    busy: bool = False
    robots: RobotsRules | None = None
    parked_reason: str | None = None
    requests: int = 0

    def ready(self, now: float) -> bool:
        return not self.busy and self.parked_reason is None and now >= self.next_time


class Politeness:
    def __init__(self, base_delay: float = 1.0, max_wait: float = 120.0, backoff_floor: float = 1.0):
        self.base_delay = base_delay
        self.max_wait = max_wait
        self.backoff_floor = backoff_floor
        self.hosts: dict[str, HostState] = {}

    def host(self, host: str) -> HostState:
        state = self.hosts.get(host)
        if state is None:
            state = self.hosts[host] = HostState(host, delay=self.base_delay)
        return state

    def started(self, host: str) -> None:
        state = self.host(host)
        state.busy = True
        state.requests += 1

    def finished(self, host: str) -> None:
        """The response is in: the next request to this host waits one delay from now."""
        state = self.host(host)
        state.busy = False
        state.next_time = max(state.next_time, time.monotonic() + state.delay)

    def apply_crawl_delay(self, host: str, crawl_delay: float | None) -> None:
        if crawl_delay is None:
            return
        state = self.host(host)
        state.delay = max(state.delay, min(crawl_delay, self.max_wait))

    def slow_down(self, host: str) -> None:
        """429/503 without Retry-After: double the delay."""
        state = self.host(host)
        state.delay = min(max(state.delay * 2, self.backoff_floor), self.max_wait)

    def hold(self, host: str, seconds: float) -> bool:
        """Retry-After: nothing goes to the host for ``seconds``; False if that is longer than max_wait."""
        state = self.host(host)
        if seconds > self.max_wait:
            state.parked_reason = f"asked to wait {seconds:.0f} s (more than --max-wait {self.max_wait:.0f} s)"
            return False
        state.next_time = max(state.next_time, time.monotonic() + seconds)
        return True
