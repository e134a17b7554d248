"""``/-/archive/<id>`` in ``tdkt serve``: the article's page as tdkt fetched it, from its WARC record.

The archived HTML is someone else's page: its scripts must never run in the
origin of the app (they could read and change the database pages). So it is
served with a sandboxing Content-Security-Policy (an opaque origin, no script,
no request leaving the page) and a banner at the top of its body saying that it
is an archived copy, when and from where it was fetched.

The articles table records the WARC file's name and the record's offset. The
file is looked for in the ``warc_dir`` of the plugin's configuration, then in
``warc/`` beside the database (where ``tdkt run`` and ``tdkt demo`` write
it), then in the folder the crawl database beside it recorded for that file.
"""
from __future__ import annotations

import re
import sqlite3
from html import escape
from pathlib import Path

from datasette.utils.asgi import Response

from tdkt.crawler.warc import ArchivedResponse, read_response
from tdkt.readonly import open_readonly
from tdkt.schema.citations import reachable
from tdkt.schema.article_page import PageMissing, article_path, page_view, tdkt_database

CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "X-Robots-Tag": "noindex"}
ARTICLE_SQL = "SELECT id, url, title, warc_file, warc_offset, fetched_at FROM articles WHERE id = ?"
_BODY = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
_HTML = re.compile(rb"<html\b[^>]*>", re.IGNORECASE)
BANNER = ('<div id="tdkt-archive-banner" style="all: initial; display: block; box-sizing: border-box; '
          'width: 100%; background: #fff3cd; color: #222; border-bottom: 2px solid #b58900; padding: 8px 12px; '
          'font: 14px/1.5 sans-serif;"><strong>Archived copy (tdkt)</strong>: fetched from '
          '{source} on {date}{status}. WARC file {file}, offset {offset}. '
          'The original page&#x27;s scripts, images and styles are not loaded. '
          '<a style="color: #0645ad" href="{article}">The article and its facts</a></div>')


async def _archived_page(datasette, request):
    article_id = int(request.url_vars["article_id"])
    db = await tdkt_database(datasette)
    rows = (await db.execute(ARTICLE_SQL, (article_id,))).rows
    if not rows:
        raise PageMissing(f"There is no article {article_id} in {db.name}")
    article = dict(rows[0])
    if not article["warc_file"]:
        raise PageMissing(f"Article {article_id} has no archived copy: it was loaded from a file of articles "
                             "or records, not crawled by tdkt, so no WARC record was written for it")
    configured = (datasette.plugin_config("tdkt") or {}).get("warc_dir")
    path = find_warc(article["warc_file"], db.path, configured)
    if path is None:
        searched = ", ".join(str(d) for d in warc_directories(article["warc_file"], db.path, configured))
        raise PageMissing(f"The WARC file {article['warc_file']} holding article {article_id} is missing: "
                             f"looked in {searched or 'no folder'}. Put the crawl's WARC folder there, or name it "
                             "as warc_dir in the tdkt plugin's configuration")
    try:
        archived = read_response(path, article["warc_offset"] or 0)
    except Exception as exc:  # noqa: BLE001 - a damaged or cut file: the reader says what it met
        raise PageMissing(f"No readable response record at offset {article['warc_offset']} of {path} "
                             f"for article {article_id} ({type(exc).__name__}: {exc})") from None
    url = archived.url or article["url"] or ""
    source = f'<a style="color: #0645ad" href="{escape(url)}">{escape(url)}</a>' if reachable(url) else escape(url)
    banner = BANNER.format(source=source,
                           date=escape(archived.date or article["fetched_at"] or "an unknown date"),
                           status=f" (HTTP {archived.status})" if archived.status else "",
                           file=escape(path.name), offset=article["warc_offset"] or 0,
                           article=escape(article_path(datasette, article_id)))
    body, content_type = with_banner(archived, banner)
    return Response(body, status=200, headers=dict(HEADERS), content_type=content_type)


def warc_directories(name: str, db_path: str | None, configured=None) -> list[Path]:
    """Where a WARC file of that name may be, in the order it is looked for."""
    folders = [Path(p) for p in ([configured] if isinstance(configured, str) else configured or [])]
    if db_path:
        base = Path(db_path).parent
        folders.append(base / "warc")
        folders.extend(_recorded_folders(base / "crawl.db", name))
    return list(dict.fromkeys(folders))


def find_warc(name: str, db_path: str | None, configured=None) -> Path | None:
    """The WARC file ``name`` (a bare file name, never a path) in the first folder that has it."""
    if not name or Path(name).name != name or name.startswith("."):
        return None
    return next((folder / name for folder in warc_directories(name, db_path, configured)
                 if (folder / name).is_file()), None)


def _recorded_folders(crawl_db: Path, name: str) -> list[Path]:
    """The folder the crawler recorded for that file (crawler.store's warc_files), when there is a crawl
    database beside the tdkt database."""
    if not crawl_db.is_file():
        return []
    try:
        conn = open_readonly(crawl_db)
        try:
            return [Path(r[0]) for r in conn.execute("SELECT directory FROM warc_files WHERE name = ?", (name,))]
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def with_banner(archived: ArchivedResponse, banner: str) -> tuple[bytes, str]:
    """The archived body with the banner at the top of its body, and the content type to serve it with.

    The banner is written in ASCII with character references, so it reads the same in whatever
    ASCII-compatible charset the page declares; a UTF-16 page is decoded and served as UTF-8."""
    content_type = archived.content_type or "application/octet-stream"
    body = archived.body
    if "html" not in content_type.lower():
        return body, content_type
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        body, content_type = body.decode("utf-16").encode("utf-8"), "text/html; charset=utf-8"
    marker = banner.encode("ascii", "xmlcharrefreplace")
    found = _BODY.search(body) or _HTML.search(body)
    at = found.end() if found else 0
    return body[:at] + marker + body[at:], content_type


archive_view = page_view(_archived_page)
