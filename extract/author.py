"""The byline: who wrote the article (the `author` field, never an official).

Bylines sit on their own short line, usually the last line of the article
("Nguyễn Quốc Tuấn (Ban Thi đua - Khen thưởng tỉnh)", "Ngọc Tuấn"), or open
with a cue ("Tin, ảnh: Minh Khôi"). Given names alone are common in bylines,
so no family name is required here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tdkt.extract.document import Document
from tdkt.extract.normalize import UPPER
from tdkt.extract.resources import json_rules

_NAME = re.compile(rf"((?:[{UPPER}][\w']*|[KH]'\s?[{UPPER}][\w]*)(?:\s+(?:[{UPPER}][\w']*)){{0,4}})")
_TRAILER = re.compile(r"\s*(?:\([^)]*\)|[-–]\s*[^,]{0,60}|,\s*[^,]{0,60})?\s*[.]?\s*$")


@lru_cache(maxsize=1)
def _rules():
    rules = json_rules("byline.json")
    return re.compile(rules["cue"], re.I), re.compile(rules["not_names"], re.I), rules["max_words"]


def _name_in(line: str, cued: bool) -> tuple[int, int] | None:
    cue, not_names, max_words = _rules()
    offset = 0
    m = cue.match(line)
    if m:
        offset, cued = m.end(), True
    rest = line[offset:]
    if not_names.match(rest):
        return None
    name = _NAME.match(rest)
    if not name or not _TRAILER.fullmatch(rest, name.end()):
        return None
    words = name.group(1).split()
    if not (2 <= len(words) <= 4 or ((cued or "'" in words[0]) and 1 <= len(words) <= 4)):
        return None
    if len(rest[:name.end()].split()) > max_words:
        return None
    return offset + name.start(1), offset + name.end(1)


def find_author(doc: Document) -> tuple[str | None, dict | None]:
    """The byline name and its provenance, or (None, None)."""
    kept = [line for line in doc.lines if line.kind in ("body", "caption", "byline")]
    cue = _rules()[0]
    candidates = [line for line in kept if line.kind == "byline"]
    candidates += kept[-2:][::-1]
    candidates += [line for line in kept[:4] if cue.match(doc.text[line.start:line.end])]
    for line in candidates:
        text = doc.text[line.start:line.end]
        if line.kind == "byline":
            text = re.split(r"\s[|]\s|\s{2,}", text)[0]  # "Tác giả: Minh Khôi | Thứ Sáu, ..."
        if len(text) > 90 or (line.kind == "caption" and not cue.match(text)):
            continue
        span = _name_in(text, cued=False)
        if span is None:
            continue
        start, end = line.start + span[0], line.start + span[1]
        return doc.norm.raw_text(start, end), doc.evidence(start, end, 0.8)
    return None, None
