"""Refuse input that is not article text, with a message a user can act on.

The extractor would otherwise return confident nonsense for a PDF, an HTML
page or text decoded with the wrong charset.
"""
from __future__ import annotations

import re
from itertools import islice

from tdkt.extract.matcher import may_contain

_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
_COMBINING = re.compile(r"[\u0300-\u036f]")
_MOJIBAKE = re.compile(r"(?:Ã[\x80-\xbf¡-¿]|á»|áº|Æ°|Ä‘|Ä\x91)")
_HTML_TAG = re.compile(r"<\s*/?\s*(?:html|head|body|div|p|span|table|tr|td|script|style|a|ul|li|meta|link|br|img|h[1-6])\b[^>]*>", re.I)


MAX_CHARS = 1_000_000  # news articles are under 100,000; this bounds the work per input


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
_LETTER = re.compile(r"[^\W\d_]")


class InputProblem(ValueError):
    """The input cannot be treated as the text of an article."""


def check_text(text) -> None:
    """Raise InputProblem when `text` is not usable article text.

    Every test reads the whole text (at most ``MAX_CHARS``), not a sample of its start: NUL bytes or a
    page of markup after the first kilobytes are still binary data or HTML."""
    if not isinstance(text, str):
        raise InputProblem(f"text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputProblem("empty text")
    if len(text) > MAX_CHARS:
        raise InputProblem(f"text has {len(text):,} characters; one article is at most {MAX_CHARS:,} "
                           "(split the input into articles)")
    if "\x00" in text or _at_least(_CONTROL, text, max(5, len(text) // 50) + 1):
        raise InputProblem("binary data, not text (NUL or control characters)")
    if text.lstrip()[:15].lower().startswith(("<!doctype", "<html")) or "<" in text and _at_least(_HTML_TAG, text, 8):
        raise InputProblem("input looks like HTML markup; pass plain article text "
                           "(tdkt crawl extracts the article text from pages)")
    if may_contain(_MOJIBAKE, text, 0, len(text)) and _at_least(_MOJIBAKE, text, 5):  # "á" opens no match alone
        raise InputProblem("text looks mis-decoded (UTF-8 read as Latin-1/Windows-1252); "
                           "re-read the source as UTF-8")
    # the first Vietnamese letter comes within a few words of an article: tested before counting letters
    if not _VIETNAMESE_LETTERS.search(text) and not _COMBINING.search(text) and _at_least(_LETTER, text, 200):
        raise InputProblem("text is not Vietnamese (no Vietnamese letters found)")


def _at_least(pattern: re.Pattern, text: str, count: int) -> bool:
    """Whether ``pattern`` matches ``count`` times in ``text`` (it stops looking there)."""
    return next(islice(pattern.finditer(text), count - 1, None), None) is not None
