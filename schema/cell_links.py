"""Links in Datasette's cells (the ``render_cell`` hook): from every fact to its article and sources.

* ``article_id`` (tables, row pages, views, canned queries): the article's row, its page with the
  fact highlighted (``/-/article/<id>#awards-12``), the source URL and the archived copy.
* ``url`` (and an article's ``canonical_url`` and ``key``): the live page and the archived copy; a URL no reader can open (the demo's
  portal on 127.0.0.1) is shown as text, the archived copy standing in for it.
* ``award_id``, ``official_id``, ``unit_id``, ``campaign_id``, ``event_id``, ``mention_id``, ... in views
  and canned queries, where Datasette has no foreign key to follow: the row they name (ROW_COLUMNS).
"""
from __future__ import annotations

import time
from weakref import WeakKeyDictionary
from html import escape

from markupsafe import Markup

from datasette.utils import tilde_encode

from tdkt.schema.article_page import archive_path, article_path
from tdkt.schema.citations import reachable

URL_COLUMNS = ("url", "canonical_url", "key")  # an article crawled by tdkt has its URL as its key
ROW_COLUMNS = {"award_id": "awards", "total_award_id": "awards", "official_id": "officials", "unit_id": "units",
               "campaign_id": "campaigns", "place_id": "places", "event_id": "events", "mention_id": "official_mentions",
               "recipient_id": "award_recipients", "primary_article_id": "articles"}
# The row of each fact table as its highlight's anchor on the article page (article_facts.Fact.anchor).
FACT_ANCHORS = {"awards": ("awards", "id"), "official_mentions": ("official_mentions", "id"),
                "campaign_mentions": ("campaign_mentions", "id"), "events": ("events", "id"),
                "award_recipients": ("award_recipients", "id")}
VIEW_ANCHORS = (("award_id", "awards"), ("mention_id", "official_mentions"))
ARTICLE_SQL = "SELECT url, title, warc_file FROM articles WHERE id = ?"
REMEMBER_SECONDS, MAX_REMEMBERED = 5.0, 10_000
_REMEMBERED: WeakKeyDictionary = WeakKeyDictionary()  # per Datasette: (database, article id) -> (when, row)
LINKS = ('<span class="tdkt-links" style="font-size: 0.85em; white-space: nowrap">'
         '<a href="{page}">in the article</a>{source} · {archive}</span>')


async def render_cell(row, value, column, table, database, datasette):
    """Datasette's ``render_cell``: None leaves the cell to Datasette."""
    if column == "article_id":
        return await _article_cell(row, value, table, database, datasette)
    if column in URL_COLUMNS:
        return await _url_cell(row, value, column, table, database, datasette)
    if column in ROW_COLUMNS and isinstance(value, (int, str)) and value != "":
        url = str(datasette.urls.row(database, ROW_COLUMNS[column], tilde_encode(str(value))))
        return Markup(f'<a href="{escape(url)}">'
                      f'{escape(str(value))}</a>')
    return None


async def _article_cell(row, value, table, database, datasette):
    article_id, label = (value.get("value"), value.get("label")) if isinstance(value, dict) else (value, None)
    article = await _article(datasette, database, article_id)
    if article is None:
        return None
    row_url = str(datasette.urls.row(database, "articles", str(article_id)))
    name = label if label and label != str(article_id) else (article["title"] or str(article_id))
    links = LINKS.format(page=escape(article_path(datasette, article_id, _anchor(row, table))),
                         source=f' · <a href="{escape(article["url"])}">source</a>' if reachable(article["url"]) else "",
                         archive=_archive_link(datasette, article_id, article))
    return Markup(f'<a href="{escape(row_url)}">{escape(name)}</a><br>{links}')


async def _url_cell(row, value, column, table, database, datasette):
    if column != "url" and table != "articles":
        return None
    article_id = _get(row, "id") if table == "articles" else _get(row, "article_id")
    if isinstance(article_id, dict):
        article_id = article_id.get("value")
    if not isinstance(value, str) or not value or article_id is None:
        return None
    article = await _article(datasette, database, article_id)
    if article is None or (article["url"] != value and reachable(value)):
        return None  # a URL of another page, or one Datasette links well enough
    shown = (f'<a href="{escape(value)}">{escape(value)}</a>' if reachable(value)
             else f'<span title="not reachable: served on this machine only while it was crawled">{escape(value)}</span>')
    return Markup(f'{shown}<br><span class="tdkt-links" style="font-size: 0.85em">'
                  f'{_archive_link(datasette, article_id, article)}</span>')


def _archive_link(datasette, article_id: int, article: dict) -> str:
    if not article["warc_file"]:
        return "no archived copy"
    return f'<a href="{escape(archive_path(datasette, article_id))}">archived copy</a>'


def _anchor(row, table: str | None) -> str:
    """The fact's highlight on the article page, when the row is a fact (or a view naming its award)."""
    if table in FACT_ANCHORS:
        prefix, key = FACT_ANCHORS[table]
        row_id = _get(row, key)
        return f"{prefix}-{row_id}" if row_id is not None else ""
    for column, prefix in VIEW_ANCHORS:
        row_id = _get(row, column)
        if isinstance(row_id, int):
            return f"{prefix}-{row_id}"
    return ""


async def _article(datasette, database: str, article_id) -> dict | None:
    """The article's URL, title and WARC file; remembered a few seconds, since a page of 50 awards
    names a handful of articles and each cell would ask again."""
    if isinstance(article_id, bool) or not isinstance(article_id, int):
        try:
            article_id = int(article_id)
        except (TypeError, ValueError):
            return None
    known = _REMEMBERED.setdefault(datasette, {})
    key, now = (database, article_id), time.monotonic()
    remembered = known.get(key)
    if remembered and now - remembered[0] < REMEMBER_SECONDS:
        return remembered[1]
    try:
        rows = (await datasette.get_database(database).execute(ARTICLE_SQL, (article_id,))).rows
    except Exception:  # noqa: BLE001 - a database without tdkt's articles table: leave the cell alone
        return None
    if len(known) >= MAX_REMEMBERED:
        known.clear()
    known[key] = (now, dict(rows[0]) if rows else None)
    return known[key][1]


def _get(row, key: str):
    try:
        return row[key]
    except (KeyError, IndexError, TypeError):
        return None
