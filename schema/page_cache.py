"""A page cache in front of ``tdkt serve``: a page is computed once per version of the database.

A tdkt database changes only when it is loaded, while a dashboard is read by
many: every reader of ``/-/dashboards/awards`` fetches the same chart queries,
each an aggregate over the whole archive. This ASGI middleware keeps the
responses of plain GET requests (no cookie sent, status 200, no cookie set,
at most ``max_body`` bytes) for as long as the database files are unchanged
(size and modification time of the file and its ``-wal``), the least recently
used dropped past ``max_entries``. Identical requests that arrive while a page
is being computed wait for it and get its answer, so 20 readers opening the
dashboard at once cost one run of each query; an error (a query over the time
limit) is given to those waiting too, but not kept for the requests after.

    app = PageCache(datasette.app(), ["data/tdkt.db"])
"""
from __future__ import annotations

import asyncio
import os
from collections import OrderedDict
from pathlib import Path


class _Flight:
    """A page being computed: the requests that ask for it meanwhile wait for its answer, whatever it is."""

    def __init__(self):
        self.done = asyncio.Event()
        self.response: tuple[dict, bytes] | None = None


class PageCache:
    def __init__(self, app, files: list[str | os.PathLike], *, max_entries: int = 512, max_body: int = 2_000_000):
        self.app = app
        self.files = [Path(f) for f in files]
        self.max_entries, self.max_body = max_entries, max_body
        self.pages: OrderedDict[tuple, tuple[dict, bytes]] = OrderedDict()
        self.computing: dict[tuple, _Flight] = {}

    def version(self) -> tuple:
        """What changes whenever the data may have: each database file's and WAL's size and time."""
        stamps = []
        for path in self.files:
            for part in (path, path.with_name(path.name + "-wal")):
                try:
                    stat = part.stat()
                    stamps.append((stat.st_size, stat.st_mtime_ns))
                except OSError:
                    stamps.append(None)
        return tuple(stamps)

    async def __call__(self, scope, receive, send):
        if not self._cacheable(scope):
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        key = (self.version(), headers.get(b"host"), scope["path"], scope["query_string"])
        if key in self.pages:
            self.pages.move_to_end(key)
            return await self._replay(self.pages[key], send)
        flight = self.computing.get(key)
        if flight is not None:  # the same page is being computed: its answer is this request's too
            await flight.done.wait()
            if flight.response is not None:
                return await self._replay(flight.response, send)
            return await self.app(scope, receive, send)  # too large to have been kept
        flight = self.computing[key] = _Flight()
        try:
            flight.response = await self._compute(key, scope, receive, send)
        finally:
            del self.computing[key]
            flight.done.set()

    @staticmethod
    def _cacheable(scope) -> bool:
        return (scope["type"] == "http" and scope["method"] == "GET"
                and not any(name == b"cookie" for name, _ in scope["headers"])
                and not scope["path"].startswith("/-/static"))

    async def _compute(self, key, scope, receive, send) -> tuple[dict, bytes] | None:
        """Run the app, sending its answer as it comes; the answer (if not too large), kept when it may be."""
        start: dict = {}
        body: list[bytes] | None = []

        async def record(message):
            nonlocal body
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body" and body is not None:
                body.append(message.get("body", b""))
                if sum(map(len, body)) > self.max_body:
                    body = None  # too large to keep; still sent whole
            await send(message)

        await self.app(scope, receive, record)
        if body is None or not start:
            return None
        response = (start, b"".join(body))
        if start.get("status") == 200 and not any(name.lower() == b"set-cookie" for name, _ in start["headers"]):
            self.pages[key] = response
            while len(self.pages) > self.max_entries:
                self.pages.popitem(last=False)
        return response

    @staticmethod
    async def _replay(page: tuple[dict, bytes], send) -> None:
        start, body = page
        await send(start)
        await send({"type": "http.response.body", "body": body})
