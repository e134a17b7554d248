"""Turn response bytes into correct Unicode text.

`requests` decodes a page without a charset as ISO-8859-1, which silently
garbles Vietnamese. We decode the bytes ourselves: BOM, then the declared
charsets (HTTP header, ``<meta charset>``), each checked against the bytes,
then detection. Windows-1258 writes tones as combining marks, so the result
is always NFC-normalised.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_TONES = set("\u0300\u0301\u0303\u0309\u0323")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Single-byte charsets servers announce by default; the bytes often disagree.
_WEAK = {"latin-1", "iso8859-1", "cp1252", "ascii"}
# Letters that occur in Vietnamese text; anything else in the Latin-1 range is a bad sign.
_VIETNAMESE = set(
    "ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
)


def codec_name(label: str | None) -> str | None:
    """Python codec name for a charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    aliases = {"utf8": "utf-8", "x-user-defined": "cp1252", "unicode": "utf-8", "vn": "cp1258",
               "windows-1258": "cp1258", "win1258": "cp1258", "vietnamese": "cp1258"}
    label = aliases.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def declared_charsets(body: bytes, content_type: str | None) -> list[str]:
    """Charsets the server and the document claim, in the order browsers trust them."""
    head = body[:4096]
    found = [header_charset(content_type)]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        match = pattern.search(head)
        found.append(match.group(1).decode("ascii", "ignore") if match else None)
    names = []
    for label in found:
        name = codec_name(label)
        if name and name not in names:
            names.append(name)
    return names


def decode_body(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return ``(text, codec)`` for a response body; never raises."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            return _finish(body[len(bom):].decode(name, "replace")), name
    declared = declared_charsets(body, content_type)
    utf8 = _try(body, "utf-8")
    for name in declared:
        if name == "utf-8":
            if utf8 is not None:
                return _finish(utf8), name
            continue  # the declaration is wrong: the bytes are not UTF-8
        if utf8 is not None and not body.isascii() and name in _WEAK:
            return _finish(utf8), "utf-8"  # valid multi-byte UTF-8 is no accident
        text = _try(body, name)
        if text is not None and (name not in _WEAK or not _vietnamese_reads_better(body, text)):
            return _finish(text), name
    if utf8 is not None:
        return _finish(utf8), "utf-8"
    return _detect(body, declared)


def _detect(body: bytes, declared: list[str]) -> tuple[str, str]:
    """No trustworthy declaration: pick the candidate that reads most like Vietnamese."""
    candidates = ["cp1258", "cp1252", *declared]
    best = from_bytes(body[:200_000]).best()
    if best is not None:
        candidates.append(codec_name(best.encoding) or "cp1252")
    scored = []
    for name in dict.fromkeys(candidates):
        text = _try(body, name)
        if text is not None:
            scored.append((_vietnamese_score(unicodedata.normalize("NFC", text)), name, text))
    if not scored:
        return _finish(body.decode("utf-8", "replace")), "utf-8"
    scored.sort(key=lambda item: item[0], reverse=True)
    _, name, text = scored[0]
    return _finish(text), name


def _try(body: bytes, name: str) -> str | None:
    try:
        return body.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


def _vietnamese_reads_better(body: bytes, declared_text: str) -> bool:
    """A default Latin-1 style declaration loses to windows-1258 when that reads as Vietnamese."""
    vietnamese = _try(body, "cp1258")
    if vietnamese is None:
        return False
    score = _vietnamese_score(unicodedata.normalize("NFC", vietnamese))
    return score > _vietnamese_score(unicodedata.normalize("NFC", declared_text))


def _vietnamese_score(text: str) -> int:
    """Plausibility of the non-ASCII words as Vietnamese syllables.

    A syllable has Vietnamese letters only, at most one tone mark, and no
    capital after a small letter; text decoded with the wrong single-byte
    charset breaks these rules ("thýõÒng", "ðua").
    """
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        score += 1 if _plausible_syllable(word) else -3
    return score


def _plausible_syllable(word: str) -> bool:
    if any(not (c.isascii() or c in _VIETNAMESE) for c in word):
        return False
    tones = sum(1 for c in word if _TONES & set(unicodedata.normalize("NFD", c)))
    if tones > 1:
        return False
    return not any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def _finish(text: str) -> str:
    text = _CONTROL.sub("", text).replace("\r\n", "\n")
    return unicodedata.normalize("NFC", text)
