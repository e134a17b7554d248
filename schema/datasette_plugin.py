"""Datasette plugin: tdkt's functions, pages and links in ``tdkt serve``.

* Search: Datasette's search box runs ``MATCH escape_fts(:search)``. Registered after
  Datasette's own functions (``trylast``), this plugin replaces ``escape_fts`` with tdkt's
  folding one, so the box finds "Đắk Song" whether the reader types "Đắk Song" or "dak song".
  The canned queries use ``tdkt_match``, ``tdkt_snippet`` and ``tdkt_fold`` (schema.search);
  ``tdkt_citation(article_id[, sentence])`` writes a fact's citation (schema.citations).
* Pages: ``/-/article/<id>``, the article with its facts highlighted (schema.article_page), and
  ``/-/archive/<id>``, its page as fetched, from the WARC archive (schema.archive_page).
* Links: every fact's ``article_id`` leads to its article page, source URL and archived copy
  (schema.cell_links).
* What was typed: the articles table's search box can only fold (its MATCH has no way to hold a word
  to its diacritics), so a query typed with diacritics on that HTML page is sent on to the canned query
  ``search_articles``, which matches them exactly first, as ``tdkt search`` does. The JSON API is left
  as Datasette defines it.
"""
from __future__ import annotations

from pathlib import Path

from datasette import hookimpl

from tdkt.schema import cell_links
from tdkt.schema.archive_page import archive_view
from tdkt.schema.article_page import article_view
from tdkt.schema.citations import register_citation_function
from tdkt.schema.query import deny_dangerous_functions
from tdkt.schema.search import register_functions, sql_match
from tdkt.schema.search_terms import SearchError, has_marks, parse_query

TEMPLATES = Path(__file__).parent / "templates"


# Pages are read through memory-mapped I/O: a view that joins facts to their articles reads the articles in
# no particular order, and without it each page read is a system call (a third of the CPU time at 100 k).
MMAP_BYTES = 2**31


@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    register_functions(conn)
    register_citation_function(conn)
    conn.create_function("escape_fts", 1, sql_match, deterministic=True)
    conn.set_authorizer(deny_dangerous_functions)


@hookimpl
def prepare_jinja2_environment(env):
    """tdkt's page templates, after any the user gives (``--template-dir``) and before Datasette's."""
    from jinja2 import ChoiceLoader, FileSystemLoader

    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(TEMPLATES))])


@hookimpl
def register_routes():
    return [(r"^/-/article/(?P<article_id>\d+)(?P<format>\.json)?$", article_view),
            (r"^/-/archive/(?P<article_id>\d+)$", archive_view)]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column == "article_id" or column in cell_links.URL_COLUMNS or column in cell_links.ROW_COLUMNS:
        return cell_links.render_cell(row, value, column, table, database, datasette)
    return None


@hookimpl
def asgi_wrapper(datasette):
    return _exact_search_redirect


def _exact_search_redirect(app):
    """``/<db>/articles?_search=Lê Quang Vinh`` (an HTML page, diacritics typed) → ``/<db>/search_articles?q=…``."""
    async def wrapped(scope, receive, send):
        target = _exact_search_target(scope) if scope.get("type") == "http" else None
        if target is None:
            return await app(scope, receive, send)
        await send({"type": "http.response.start", "status": 302,
                    "headers": [(b"location", target.encode("latin-1")), (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})
    return wrapped


def _exact_search_target(scope) -> str | None:
    from urllib.parse import parse_qs, quote

    path = scope.get("path", "")
    if scope.get("method") != "GET" or not path.endswith("/articles") or path.count("/") != 2:
        return None
    query = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"))
    typed = (query.get("_search") or [""])[0]
    if not typed or "_searchmode" in query:
        return None
    try:
        if not has_marks(parse_query(typed)):
            return None
    except SearchError:
        return None
    return f"{quote(path[:-len('/articles')])}/search_articles?q={quote(typed)}"
