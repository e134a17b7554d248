"""Settings of a crawl run, with the politeness defaults."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from tdkt.crawler import store
from tdkt.crawler.discover import DEFAULT_MAX_HOST_URLS
from tdkt.crawler.fetch import DEFAULT_DEADLINE

DEFAULT_WARC_DIR = Path("data/warc")


@dataclass
class CrawlConfig:
    db_path: str = str(store.DEFAULT_DB)
    warc_dir: str = str(DEFAULT_WARC_DIR)
    delay: float = 1.0  # seconds between two requests to one host
    max_wait: float = 120.0  # longest Crawl-delay / Retry-After honoured within a run
    max_pages: int | None = None
    max_depth: int = 6
    max_listing_pages: int = 1000
    calendar_cap: int = 20
    max_host_urls: int = DEFAULT_MAX_HOST_URLS  # new URLs one host's pages may queue in a run
    timeout: float = 20.0
    connect_timeout: float = 10.0
    deadline: float = DEFAULT_DEADLINE  # one whole request, however slowly its bytes come
    max_retries: int = 3
    backoff: float = 2.0
    max_redirects: int = 10
    max_bytes: int = 8 * 1024 * 1024
    workers: int = 8
    allow_private: bool = False
    since: dt.date | None = None
    user_agent: str | None = None
    warc_max_bytes: int = 1 << 30
    # Told (stats, queued URLs, hosts) after every batch of fetches; the crawler draws nothing itself
    # (the command layer's progress line is one such observer). None: the queue is not even counted.
    on_progress: Callable[[Counter, int, int], None] | None = None
    argv: list[str] = field(default_factory=list)
