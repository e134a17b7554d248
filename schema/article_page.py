"""``/-/article/<id>`` in ``tdkt serve``: an article with every extracted fact highlighted in its text.

The text is drawn in displaCy's span style (``span_markup``), one colour per
kind of fact; each highlight's label links to the row that holds the fact, and
each fact is listed under the text with its sentence and a citation to copy.
``/-/article/<id>.json`` gives the same facts and citations as JSON.
"""
from __future__ import annotations

from dataclasses import asdict

from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

from tdkt.schema import span_markup
from tdkt.schema.article_facts import COLORS, LABELS, Fact, article_facts
from tdkt.schema.citations import article_reference, citation, reachable

TEMPLATE = "tdkt_article.html"
KB_CHARS = 32  # a highlight's label shows this much of the value; the list under the text shows it all
ARTICLE_SQL = "SELECT id, title, text, url, published, author, extractor_version FROM articles WHERE id = ?"


class PageMissing(Exception):
    """A page that cannot be shown; the message says why (served as a 404)."""


async def tdkt_database(datasette):
    """The served database that holds tdkt's articles (``tdkt serve`` serves one)."""
    for name, db in datasette.databases.items():
        if name != "_internal" and await db.table_exists("articles"):
            return db
    raise PageMissing("No tdkt database is served here (no articles table)")


async def not_found(datasette, request, message: str) -> Response:
    """Datasette's error page (or JSON) with status 404 and the message, without a logged traceback."""
    if request.path.endswith(".json"):
        return Response.json({"ok": False, "error": message, "status": 404}, status=404)
    html = await datasette.render_template("error.html", {"ok": False, "error": message, "status": 404,
                                                          "title": "Not found"}, request=request)
    return Response.html(html, status=404)


def page_view(render):
    """A route handler: ``render(datasette, request)``'s page, or a 404 with its message when it raises
    PageMissing (the article and archive pages share this)."""
    async def view(datasette, request):
        try:
            return await render(datasette, request)
        except PageMissing as exc:
            return await not_found(datasette, request, str(exc))
    return view


def archive_path(datasette, article_id: int) -> str:
    # str(): Datasette's PrefixedUrlString wraps every string method, which makes html.escape slow
    return str(datasette.urls.path(f"/-/archive/{article_id}"))


def article_path(datasette, article_id: int, anchor: str = "") -> str:
    return str(datasette.urls.path(f"/-/article/{article_id}")) + (f"#{anchor}" if anchor else "")


async def _article_page(datasette, request):
    article_id = int(request.url_vars["article_id"])
    db = await tdkt_database(datasette)
    found = await db.execute_fn(lambda conn: _read(conn, article_id))
    if found is None:
        raise PageMissing(f"There is no article {article_id} in the database {db.name}")
    article, reference, facts = found
    archive = archive_path(datasette, article_id) if reference.get("warc_file") else None
    absolute_archive = f"{request.scheme}://{request.host}{archive}" if archive else None
    rows = [_fact_context(datasette, db.name, fact, reference, absolute_archive) for fact in facts]
    if request.url_vars.get("format") == ".json":
        return Response.json({"article": {**article, "text": None, "archived_copy": absolute_archive},
                              "facts": [{k: v for k, v in row.items() if k != "color"} for row in rows]},
                             headers={"Access-Control-Allow-Origin": "*"})
    text = article["text"] or ""
    highlights = [_highlight(row) for row in rows if _placed(row, text)]
    context = {
        "article": article, "database": db.name, "source": reference.get("source_name") or reference.get("source_id"),
        "row_url": datasette.urls.row(db.name, "articles", str(article_id)),
        "live_url": article["url"] if reachable(article["url"]) else None, "archive_url": archive,
        "fetched_at": reference.get("fetched_at"),
        "citation": citation(reference, archive_url=absolute_archive),
        "markup": span_markup.render(text, highlights, COLORS),
        "legend": [(label, COLORS[label], sum(1 for r in rows if r["label"] == label)) for label in LABELS],
        "facts": rows, "unplaced": [row for row in rows if not _placed(row, text)],
        "json_url": datasette.urls.path(f"/-/article/{article_id}.json"),
    }
    return Response.html(await datasette.render_template(TEMPLATE, context, request=request))


def _read(conn, article_id: int):
    cursor = conn.execute(ARTICLE_SQL, (article_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    article = dict(zip([d[0] for d in cursor.description], row))
    return article, article_reference(conn, article_id), article_facts(conn, article_id)


def _fact_context(datasette, database: str, fact: Fact, reference: dict, archive: str | None) -> dict:
    return {**asdict(fact), "detail": fact.detail or fact.value, "anchor": fact.anchor, "color": COLORS[fact.label],
            "row_url": str(datasette.urls.row(database, fact.table, tilde_encode(str(fact.row_id)))),
            "citation": citation(reference, fact.sentence, archive_url=archive)}


def _placed(row: dict, text: str) -> bool:
    return row["start"] is not None and row["end"] is not None and 0 <= row["start"] < row["end"] <= len(text)


def _highlight(row: dict) -> span_markup.Highlight:
    short = row["value"] or f"{row['table']}/{row['row_id']}"
    short = short if len(short) <= KB_CHARS else short[:KB_CHARS - 1] + "…"
    return span_markup.Highlight(row["start"], row["end"], row["label"], kb_id=short, url=row["row_url"],
                                 anchor=row["anchor"], title=f"{row['label']}: {row['detail'] or row['value']}")


article_view = page_view(_article_page)
