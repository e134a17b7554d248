"""Datasette plugin: tdkt's search functions on every connection Datasette opens.

Datasette's search box runs ``MATCH escape_fts(:search)``. Registered after
Datasette's own functions (``trylast``), this plugin replaces ``escape_fts``
with tdkt's folding one, so the box finds "Đắk Song" whether the reader types
"Đắk Song" or "dak song". The canned queries use ``tdkt_match``,
``tdkt_snippet`` and ``tdkt_fold`` (schema.search).
"""
from __future__ import annotations

from datasette import hookimpl

from tdkt.schema.query import deny_dangerous_functions
from tdkt.schema.search import register_functions, sql_match


@hookimpl(trylast=True)
def prepare_connection(conn):
    register_functions(conn)
    conn.create_function("escape_fts", 1, sql_match, deterministic=True)
    conn.set_authorizer(deny_dangerous_functions)
