"""Articles for the engine read from files: plain texts, or JSON Lines of ``{"id", "text", ...}``.

A file that cannot be read, or a line that is not an article, is told in
``errors`` and skipped, so one bad input never loses the others. ``-``
reads standard input.
"""
from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Iterator, TextIO

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
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (byte {e.start}); convert it to UTF-8 first") from None


def _articles_from_jsonl_file(path: str, errors: list[str]) -> Iterator[dict]:
    try:
        stream = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="replace")
    except OSError as e:
        errors.append(f"{path}: cannot read: {e.strerror}")
        return
    with stream if path != "-" else contextlib.nullcontext(stream):  # standard input stays open
        yield from articles_from_jsonl(stream, "stdin" if path == "-" else path, errors)


def articles_from_jsonl(stream: TextIO, name: str, errors: list[str]) -> Iterator[dict]:
    """One article per line of ``stream``; a line that is not an object with a string "text" is skipped."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{name}:{number}: not valid JSON ({e.msg}); line skipped")
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            errors.append(f"{name}:{number}: expected an object with a string \"text\"; line skipped")
            continue
        yield {
            "id": str(item.get("id", f"{name}:{number}")),
            "text": item["text"],
            **{k: item.get(k) for k in ARTICLE_METADATA if isinstance(item.get(k), str)},
        }
