"""Export clean articles as JSON Lines or CSV, one article per line.

The database stage will generalise ``tdkt export`` to any table; this module
keeps the article export in one function it can call.
"""
from __future__ import annotations

import csv
import json
from typing import IO

from tdkt.crawler.store import ARTICLE_FIELDS, iter_articles

FORMATS = ("jsonl", "csv")
EXPORT_FIELDS = ("url", "title", "published", "text", "source", "author", "canonical_url", "content_hash",
                 "fetched_at", "http_status", "warc_file", "warc_offset", "id")


def export_articles(db_path, fmt: str, out: IO[str], *, source: str | None = None, since: str | None = None) -> int:
    """Write every article of ``db_path`` to ``out``; returns how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    assert set(EXPORT_FIELDS) <= set(ARTICLE_FIELDS)
    rows = iter_articles(db_path, source=source, since=since)
    count = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({k: row[k] for k in EXPORT_FIELDS}, ensure_ascii=False) + "\n")
            count += 1
    else:
        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count
