"""Refuse input that is not article text, with a message a user can act on.

The extractor would otherwise return confident nonsense for a PDF, an HTML
page or text decoded with the wrong charset.
"""
from __future__ import annotations

import re

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
    """Raise InputProblem when `text` is not usable article text."""
    if not isinstance(text, str):
        raise InputProblem(f"text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputProblem("empty text")
    if len(text) > MAX_CHARS:
        raise InputProblem(f"text has {len(text):,} characters; one article is at most {MAX_CHARS:,} "
                           "(split the input into articles)")
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > max(5, len(sample) // 50):
        raise InputProblem("binary data, not text (NUL or control characters)")
    if sample.lstrip()[:15].lower().startswith(("<!doctype", "<html")) or len(_HTML_TAG.findall(sample)) >= 8:
        raise InputProblem("input looks like HTML markup; pass plain article text "
                           "(tdkt crawl extracts the article text from pages)")
    if len(_MOJIBAKE.findall(sample)) >= 5:
        raise InputProblem("text looks mis-decoded (UTF-8 read as Latin-1/Windows-1252); "
                           "re-read the source as UTF-8")
    letters = len(_LETTER.findall(sample))
    if letters >= 200 and not _VIETNAMESE_LETTERS.search(sample) and not _COMBINING.search(sample):
        raise InputProblem("text is not Vietnamese (no Vietnamese letters found)")
