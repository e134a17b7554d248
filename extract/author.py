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
# a byline of initials: "M.T", "L.T.PHƯƠNG", "Ng. Hùng"
_INITIALS = re.compile(rf"(?:[{UPPER}][^\W\d_]?\.\s?){{1,3}}[{UPPER}][^\W\d_]*")
_JOINT = re.compile(r"\s*[-–]\s*")
_TRAILER = re.compile(r"\s*(?:\([^)]*\)|[-–]\s*[^,]{0,60}|,\s*[^,]{0,60})?\s*[.]?\s*$")


@lru_cache(maxsize=1)
def _rules():
    rules = json_rules("byline.json")
    return (re.compile(rules["cue"], re.I), re.compile(rules["not_names"], re.I), rules["max_words"],
            re.compile(rules["units"], re.I))


def _name_in(line: str, cued: bool) -> tuple[int, int] | None:
    cue, not_names, max_words, units = _rules()
    offset = 0
    m = cue.match(line)
    if m:
        offset, cued = m.end(), True
    rest = line[offset:]
    if not_names.match(rest):
        return None
    initials = _INITIALS.match(rest)
    if initials and not rest[initials.end():].strip(" ."):
        return offset, offset + initials.end()
    name = _NAME.match(rest)
    if not name:
        return None
    end = name.end()
    # two writers: "Minh Khôi - Thu Hà (Trung tâm Văn hóa huyện)"
    joint = _JOINT.match(rest, end)
    second = _NAME.match(rest, joint.end()) if joint else None
    if second and 2 <= len(second.group(1).split()) <= 4 and not units.match(second.group(1)) \
            and not any(len(w) > 1 and w.isupper() for w in second.group(1).split()) \
            and _TRAILER.fullmatch(rest, second.end()):
        end = second.end()
    elif not _TRAILER.fullmatch(rest, end):
        return None
    words = name.group(1).split()
    if not (2 <= len(words) <= 4 or ((cued or "'" in words[0]) and 1 <= len(words) <= 4)):
        return None
    if len(rest[:end].split()) > max_words + 3 * (end != name.end()):
        return None
    return offset + name.start(1), offset + end


def find_author(doc: Document) -> tuple[str | None, dict | None]:
    """The byline name and its provenance, or (None, None)."""
    cue = _rules()[0]
    # a line of initials alone ("N.T") is often taken for page furniture: it counts too
    kept = [line for line in doc.lines if line.kind in ("body", "caption", "byline")
            or (line.kind == "junk" and _INITIALS.fullmatch(doc.text[line.start:line.end].rstrip(" .")))]
    candidates = [line for line in kept if line.kind == "byline"]
    candidates += kept[-2:][::-1]
    candidates += [line for line in kept[-5:][::-1] if _INITIALS.fullmatch(doc.text[line.start:line.end].rstrip(" ."))]
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
        return doc.written(start, end), doc.evidence(start, end, 0.8)
    return None, None
