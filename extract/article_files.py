"""Articles for the engine read from files: plain texts, or JSON Lines of ``{"id", "text", ...}``.

A file that cannot be read, or a line that is not an article, is told in
``errors`` and skipped, so one bad input never loses the others. ``-``
reads standard input.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

from tdkt import jsonlines

ARTICLE_METADATA = ("url", "title", "published")


class InputError(Exception):
    """An input that cannot be read at all (reported, then skipped)."""


def articles_from_files(files: list[str], jsonl: bool, errors: list[str]) -> Iterator[dict]:
    """Articles (``id``, ``text`` and metadata) from ``files`` (standard input when there is none)."""
    for path in files or ["-"]:
        if jsonl:
            yield from _articles_from_jsonl_file(path, errors)
            continue
        try:
            text = read_text_file(path)
        except InputError as e:
            errors.append(str(e))
            continue
        yield {"id": "stdin" if path == "-" else Path(path).stem, "text": text}


def read_text_file(path: str) -> str:
    """A whole UTF-8 text file; binary or wrongly encoded files raise an InputError that says so."""
    try:
        data = Path(path).read_bytes() if path != "-" else sys.stdin.buffer.read()
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from None
    if b"\x00" in data:
        raise InputError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (byte {e.start}); convert it to UTF-8 first") from None


def _articles_from_jsonl_file(path: str, errors: list[str]) -> Iterator[dict]:
    """One article per line (``tdkt.jsonlines``); a line that is not an object with a string "text" is
    told in ``errors`` with its number and skipped."""
    try:
        for line in jsonlines.read(path):
            article = _article(line)
            if isinstance(article, str):
                errors.append(article)
            else:
                yield article
    except jsonlines.CannotRead as e:
        errors.append(str(e))


def _article(line: jsonlines.Line) -> dict | str:
    """The article of one line, or the message saying why there is none."""
    if line.problem:
        return f"{line.origin}: {line.problem}"
    item = line.value
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return f"{line.origin}: expected an object with a string \"text\"; line skipped"
    id = item.get("id")
    return {
        "id": str(id) if isinstance(id, (str, int, float)) and not isinstance(id, bool) else line.origin,
        "text": item["text"],
        **{k: item.get(k) for k in ARTICLE_METADATA if isinstance(item.get(k), str)},
    }
