"""What ``tdkt load`` reads, one article at a time: the crawl database and JSON Lines files.

Each reader is a generator, so memory stays flat however large the input.
A line that cannot be read becomes a ``Problem`` carrying its line number;
the loader reports it and goes on with the next line.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from tdkt import jsonlines
from tdkt.extract.sources import source_for_url
from tdkt.portal.urls import host_of


@dataclass
class Item:
    """One article to load: an extraction record, or an article text to extract (``article``)."""
    origin: str
    record: dict | None = None
    article: dict | None = None
    raw: bytes | None = None  # the line the record was read from


@dataclass
class Problem:
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class InputError(Exception):
    """An input that cannot be opened at all."""


def records_from_jsonl(path: str) -> Iterator[Item | Problem]:
    """Extraction records (``tdkt extract --jsonl`` output), one per line."""
    for origin, value, raw in _json_lines(path):
        yield value if isinstance(value, Problem) else Item(origin, record=value, raw=raw)


def articles_from_jsonl(path: str) -> Iterator[Item | Problem]:
    """Article texts (``tdkt extract --jsonl`` input: id, text, url?, title?, published?), one per line."""
    from tdkt.crawler.store import content_hash

    for origin, value, _ in _json_lines(path):
        if isinstance(value, Problem):
            yield value
            continue
        if not isinstance(value, dict) or not isinstance(value.get("text"), str):
            yield Problem(origin, 'expected an object with a string "text"; line skipped')
            continue
        url = value.get("url") if isinstance(value.get("url"), str) else None
        key = value.get("id")
        key = str(key) if isinstance(key, (str, int)) and not isinstance(key, bool) and str(key) else url
        if not key:
            yield Problem(origin, 'the article has neither an "id" nor a "url"; line skipped')
            continue
        yield Item(origin, article={
            "key": key, "url": url, "text": value["text"], "content_hash": content_hash(value["text"]),
            "source_id": source_of(url),
            **{k: value[k] for k in ("title", "published", "author") if isinstance(value.get(k), str)}})


def articles_from_crawl(db_path: str) -> Iterator[Item]:
    """Clean articles of a crawl database (``crawler.store``), oldest first."""
    from tdkt.crawler.store import iter_articles

    path = Path(db_path)
    if not path.is_file():
        raise InputError(f"no crawl database at {path}")
    rows = iter_articles(path)
    try:
        first = next(rows, None)
    except ValueError as exc:  # not a crawl database
        raise InputError(str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - sqlite3 errors: corrupt or locked file
        raise InputError(f"cannot read crawl database {path}: {exc}") from None
    if first is None:
        return
    for row in _chain(first, rows):
        yield Item(f"{path} article {row['id']}", article={
            "key": row["url"], "url": row["url"], "canonical_url": row.get("canonical_url"),
            "title": row.get("title"), "published": row.get("published"), "text": row.get("text") or "",
            "source_id": row.get("source") or source_of(row["url"]), "author": row.get("author"),
            "content_hash": row.get("content_hash"), "warc_file": row.get("warc_file"),
            "warc_offset": row.get("warc_offset"), "fetched_at": row.get("fetched_at")})


_SOURCES: dict[str, str | None] = {}


def source_of(url: str | None) -> str | None:
    """The registry id of the URL's source, else its host (as the crawler does); remembered per host."""
    if not url:
        return None
    host = _host(url)
    if host not in _SOURCES:
        if len(_SOURCES) > 10_000:
            _SOURCES.clear()
        match = source_for_url(url)
        _SOURCES[host] = match.source_id if match and match.source_id else host_of(url)
    return _SOURCES[host]


def _host(url: str) -> str:
    """The host part of a URL, lower case ("https://User@Kimboi.HoaBinh.gov.vn:443/x" → "kimboi.hoabinh.gov.vn")."""
    rest = url.split("://", 1)[-1]
    netloc = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return netloc.rpartition("@")[2].split(":", 1)[0].lower()


def _chain(first, rest):
    yield first
    yield from rest


def _json_lines(path: str) -> Iterator[tuple[str, object, bytes]]:
    """(origin, parsed value or Problem, the raw line) for each non-blank line (``tdkt.jsonlines``: a
    line that is not UTF-8, not JSON, too deep, too long or not storable text is a Problem)."""
    try:
        for line in jsonlines.read(path):
            yield line.origin, Problem(line.origin, line.problem) if line.problem else line.value, line.raw
    except jsonlines.CannotRead as exc:
        raise InputError(str(exc)) from None
