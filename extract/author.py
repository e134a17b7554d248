"""The byline: who wrote the article (the `author` field, never an official).

Bylines sit on their own short line, usually the last line of the article
("Nguyễn Quốc Tuấn (Ban Thi đua - Khen thưởng tỉnh)", "Ngọc Tuấn"), or open
with a cue ("Tin, ảnh: Minh Khôi"); a few wrap it in brackets ("(Đình Tỷ)") or run it
into the last sentence's line ("... bị bắt giữ. MINH TRÂN"). Given names
alone are common in bylines, so no family name is required here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tdkt.extract.document import Document
from tdkt.extract.gazetteer import place_named_whole
from tdkt.extract.normalize import UPPER
from tdkt.extract.resources import json_rules

_NAME = re.compile(rf"((?:[{UPPER}][\w']*|[KH]'\s?[{UPPER}][\w]*)(?:\s+(?:[{UPPER}][\w']*)){{0,4}})")
# a byline of initials: "M.T", "L.T.PHƯƠNG", "Ng. Hùng"
_INITIALS = re.compile(rf"(?:[{UPPER}][^\W\d_]?\.\s?){{1,3}}[{UPPER}][^\W\d_]*")
_JOINT = re.compile(r"\s*[-–]\s*")
# after the name: its unit in brackets, after a dash or a comma, or the paper's initials after a slash ("/THĐT")
_TRAILER = re.compile(r"\s*(?:\([^)]*\)|[-–]\s*[^,]{0,60}|,\s*[^,]{0,60}|/\s*[^\s/]{1,20})?\s*[.]?\s*$")
_BRACKETED = re.compile(r"\(\s*([^()]+?)\s*\)\s*\.?\s*$")  # "(Đình Tỷ)": a byline in brackets
# a byline run into the article's last line after its last sentence: "... đã bị bắt giữ. MINH TRÂN"
_RUN_IN = re.compile(rf"[.!?…)]\s+\(?((?:[{UPPER}]{{2,}}\s+){{1,3}}[{UPPER}]{{2,}}|{_INITIALS.pattern}"
                     rf"|[{UPPER}][^\W\d_]+\s+[{UPPER}][^\W\d_]+)\)?\s*$")  # "(Q.LÂM)"; "... vừa qua. Nhật Minh"


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
    bracketed = _BRACKETED.fullmatch(rest)
    if bracketed and not cued:  # "(Đình Tỷ)", "(Q.LÂM)"; not a place closing a caption ("(Quảng Trị)")
        inner = None if place_named_whole(bracketed.group(1)) else _name_in(bracketed.group(1), cued=False)
        return (offset + bracketed.start(1) + inner[0], offset + bracketed.start(1) + inner[1]) if inner else None
    if not_names.match(rest):
        return None
    initials = _INITIALS.match(rest)
    if initials:  # "K.L", "H.NGUYÊN - T.ANH": initials alone, or two writers' initials
        joint = _JOINT.match(rest, initials.end())
        other = _INITIALS.match(rest, joint.end()) if joint else None
        end = other.end() if other else initials.end()
        if not rest[end:].strip(" ."):
            return offset, offset + end
    name = _NAME.match(rest)
    if not name:
        return None
    end = name.end()
    # two writers: "Minh Khôi - Thu Hà (Trung tâm Văn hóa huyện)", "KIM QUY - XUÂN DIỆN"
    joint = _JOINT.match(rest, end)
    second = _NAME.match(rest, joint.end()) if joint else None
    if second and 2 <= len(second.group(1).split()) <= 4 and not units.match(second.group(1)) \
            and (name.group(1).isupper() or not any(len(w) > 1 and w.isupper() for w in second.group(1).split())) \
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
        if len(text) > 90 or (line.kind == "caption" and not cue.match(text) and not _BRACKETED.fullmatch(text)):
            continue  # a caption names its writer only after a cue, or alone in brackets ("(Đình Tỷ)")
        span = _name_in(text, cued=False)
        if span is None:
            continue
        start, end = line.start + span[0], line.start + span[1]
        return doc.written(start, end), doc.evidence(start, end, 0.8)
    return _run_in_byline(doc, kept)


def _run_in_byline(doc: Document, kept: list) -> tuple[str | None, dict | None]:
    """A writer's name run into the article's last line after its last sentence, where the page lost the line
    break: in capitals or initials, maybe in brackets ("... đã bị bắt giữ. MINH TRÂN", "(Q.LÂM)"), or two
    capitalised words where the text ends ("... vừa qua. Nhật Minh"); else (None, None)."""
    if not kept:
        return None, None
    line = kept[-1]
    m = _RUN_IN.search(doc.text, line.start, line.end)
    if m is None or _rules()[1].match(m.group(1)) or _rules()[3].match(m.group(1)):
        return None, None
    return doc.written(m.start(1), m.end(1)), doc.evidence(m.start(1), m.end(1), 0.6)
