"""Diacritics folding for Vietnamese search: "Đắk Song" → "Dak Song".

SQLite's ``unicode61`` tokenizer removes tone and vowel marks but keeps "đ" as
a letter of its own, so a reader typing "dak song" would never find "Đắk
Song". The full-text index is therefore fed text with "đ" folded
(``fold_for_index``), and queries are folded completely (``fold_query``).

``fold`` is length-preserving (one character out per character in): a
position in the folded text is the same position in the original, so
snippets are cut from the original text with its diacritics. Combining marks
of decomposed (NFD) text are left for the tokenizer, which drops them.
"""
from __future__ import annotations

import re
import unicodedata

# Latin blocks that hold every Vietnamese letter (and other accented Latin).
_LATIN_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))
_EXTRA = {"đ": "d", "Đ": "D"}  # letters of their own in Unicode: no mark to strip


def _build_table() -> dict[int, str]:
    """Map each precomposed Latin letter to its base letter when that is one character."""
    table: dict[int, str] = {}
    for low, high in _LATIN_RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
            if len(base) == 1 and base != char:
                table[code] = base
    table.update({ord(k): v for k, v in _EXTRA.items()})
    return table


FOLD_TABLE = _build_table()
# The same table as a list indexed by code point, every character up to the last folded one mapped (to itself
# when it has no mark): ``str.translate`` reads it twice as fast as the dict, which it asks for every
# character that is not in it (a character past the list is kept, as one missing from the dict is).
_FOLD_LIST = [FOLD_TABLE.get(code, chr(code)) for code in range(max(FOLD_TABLE) + 1)]
_WORD = re.compile(r"\w+")


def fold(text: str | None) -> str:
    """The text without diacritics, same length and same case ("Thưởng" → "Thuong")."""
    return text.translate(_FOLD_LIST) if text else ""


def fold_for_index(text: str | None) -> str:
    """Text as the full-text index stores it: "đ" folded here, every other mark by the tokenizer.

    SQLite's ``unicode61 remove_diacritics 2`` tokenizer already strips tone and vowel marks
    (ắ → a, ư → u) but treats "đ" as a letter of its own; folding only "đ" is the same index as
    folding everything, at a fraction of the cost (see the test comparing both). The view
    ``articles_fts_source`` (schema.db) folds the same way in SQL: the two must stay identical."""
    return text.replace("đ", "d").replace("Đ", "D") if text else ""


def fold_query(text: str) -> str:
    """A search term folded for comparison: NFC, no marks at all, lower case."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return fold(stripped).lower()


def words(text: str) -> list[str]:
    """The folded, lower-case words of a query, in order."""
    return _WORD.findall(fold_query(text))


def _variants() -> dict[str, str]:
    """Each lower-case base letter with every lower-case letter that folds to it ("d": "dđ")."""
    variants: dict[str, str] = {}
    for code, base in FOLD_TABLE.items():
        if chr(code).islower():
            variants[base] = variants.get(base, base) + chr(code)
    return variants


_VARIANTS = _variants()


def folded_pattern(words: list[str], prefix: bool = False) -> re.Pattern:
    """Folded ``words`` as a pattern over lower-case NFC text with its diacritics ("tam nong" finds
    "tam nông" and "tâm-nông"): a phrase's words in a row, whatever separates them, as the index
    reads them; the last word a prefix when ``prefix``. It has no look-behind, which would make the
    regular expression engine test every position of a text (four times slower): ``starts_word``
    checks that a match starts a word."""
    def letters(word: str) -> str:
        return "".join(f"[{re.escape(_VARIANTS[c])}]" if c in _VARIANTS else re.escape(c) for c in word)
    words = [piece for word in words for piece in word.split("_") if piece]  # "_" separates, as in the index
    return re.compile(r"[\W_]+".join(map(letters, words)) + (r"[^\W_]*" if prefix else "") + r"(?![^\W_])")


def starts_word(pattern: re.Pattern, text: str) -> bool:
    """True when ``pattern`` matches ``text`` where a word starts (after no letter or digit; "_" separates)."""
    for match in pattern.finditer(text):
        start = match.start()
        if start == 0 or not text[start - 1].isalnum():
            return True
    return False
