"""Fixtures for the crawler tests: fixture portals served on 127.0.0.1, and a quick crawl helper."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crawl_helpers import rows  # noqa: E402
from crawl_server import FixtureServer  # noqa: E402

from tdkt.crawler.crawl import crawl  # noqa: E402

FAST = dict(delay=0.0, timeout=2.0, connect_timeout=2.0, backoff=0.05, max_wait=5.0, allow_private=True)


@pytest.fixture
def serve():
    """Start a FixtureServer for a site; every server is stopped after the test."""
    servers = []

    def start(site) -> FixtureServer:
        server = FixtureServer(site)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def workdir(tmp_path):
    return {"db_path": str(tmp_path / "crawl.db"), "warc_dir": str(tmp_path / "warc")}


@pytest.fixture
def run(workdir):
    """Crawl with test-friendly settings (no delay, short timeouts, loopback allowed)."""

    def go(*urls, **options):
        settings = {**FAST, **workdir, **options}
        return crawl(list(urls), **settings)

    return go


@pytest.fixture
def query(workdir):
    return lambda sql, *params: rows(workdir["db_path"], sql, *params)
