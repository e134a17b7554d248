"""``tdkt serve``: the database in Datasette, on 127.0.0.1, with tdkt's metadata and search.

    from tdkt.schema.serve import build_datasette
    ds = build_datasette("data/tdkt.db")   # a configured Datasette, e.g. for ds.client in tests
"""
from __future__ import annotations

import os
import socket
import threading
from pathlib import Path
from typing import Callable

from tdkt.readonly import on_read_only_storage
from tdkt.schema import datasette_plugin
from tdkt.schema.db import connect_readonly
from tdkt.schema.metadata import metadata
from tdkt.schema.page_cache import PageCache
from tdkt.schema.views import VIEWS

# Facet suggestions run a query per column on every table page (~190 ms on the awards page of a large
# database): off; the facets each table names in the metadata still show.
SETTINGS = {"sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000, "default_page_size": 50, "suggest_facets": False}


def database_name(path: str | os.PathLike) -> str:
    """The name Datasette gives a database file (its stem)."""
    return Path(path).stem


def register_plugin() -> None:
    from datasette.plugins import pm

    if not pm.is_registered(datasette_plugin):
        pm.register(datasette_plugin, name="tdkt")


def build_datasette(path: str | os.PathLike):
    """A Datasette serving ``path`` (checked to be a tdkt database) with tdkt's metadata and plugin.

    On read-only storage the file is served as immutable: Datasette's usual ``mode=ro`` cannot open a
    WAL database where its ``-shm`` file cannot be made (``tdkt.readonly``)."""
    from datasette.app import Datasette

    connect_readonly(path).close()
    register_plugin()
    files = {"immutables": [str(path)]} if on_read_only_storage(path) else {"files": [str(path)]}
    return Datasette(**files, metadata=metadata(database_name(path)), settings=SETTINGS)


class PortInUse(Exception):
    """The port asked for is taken."""


def serve(path: str | os.PathLike, *, host: str = "127.0.0.1", port: int = 8001,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Run Datasette until interrupted (Ctrl-C), behind the page cache; ``on_ready`` is told the database's
    URL before the server starts listening (a command prints it)."""
    import asyncio

    import uvicorn

    ds = build_datasette(path)
    _check_free(host, port)
    asyncio.run(ds.invoke_startup())
    if on_ready:
        on_ready(f"http://{host}:{port}/{database_name(path)}")
    app = PageCache(ds.app(), [path])  # each page computed once per version of the database
    threading.Thread(target=warm_pages, args=(host, port, database_name(path)), daemon=True).start()
    uvicorn.run(app, host=host, port=port, log_level="warning", lifespan="on", workers=1)


def warm_pages(host: str, port: int, database: str, *, wait: float = 60.0) -> None:
    """Ask the running server for the awards dashboard, its charts' data and the first page of each view
    once it listens, so that the page cache holds them before the first reader comes (each chart is an
    aggregate over the archive; a view's page counts its rows and computes its facets)."""
    import time
    import urllib.request

    from tdkt.schema.dashboards import chart_data_path, chart_queries

    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            socket.create_connection((host, port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    paths = (["/-/dashboards/awards?"] + [chart_data_path(database, sql) for sql in chart_queries({}, database).values()]
             + [f"/{database}/{view}" for view in VIEWS])
    for path in paths:
        try:
            urllib.request.urlopen(f"http://{host}:{port}{path}", timeout=120).read()
        except OSError:
            pass  # a page that fails here is computed for its first reader instead


def _check_free(host: str, port: int) -> None:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            raise PortInUse(f"port {port} on {host} is in use; choose another with --port") from None
