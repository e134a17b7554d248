"""Stage 1: normalise Vietnamese text for matching without losing the way back.

Matchers see one canonical spelling (NFC, new-style tone placement, plain
quotes and dashes, ordinary spaces) so a rule is written once. Every fact must
still point into the text the user gave, so normalisation returns an offset map
from each normalised character to its position in the raw text.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

# Characters rewritten one-for-one (length never changes for these).
_CHAR_MAP = {
    **dict.fromkeys("“”„‟«»″〝〞＂", '"'),
    **dict.fromkeys("‘’‚‛ʼʹ`´′＇", "'"),
    **dict.fromkeys("‐‑‒–—―−﹘﹣－", "-"),
    **dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                    "\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c", " "),
    "…": ".",
    "Ð": "Đ", "ð": "đ",  # the Icelandic eth some sites type for the Vietnamese D with stroke ("Ðặng")
}
# Characters dropped entirely (zero-width and byte-order marks).
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")

_TONE_MARKS = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}

# Old-style tone placement: in an open syllable ending in oa/oe/uy the tone
# belongs on the first vowel ("hoà" → "hòa", "uỷ" → "ủy"); after "q" the "u"
# is part of the consonant, so the tone moves onto the next vowel ("qúy" → "quý").
_OPEN_PAIRS = {"oa", "oe", "uy"}


def _tone_of(ch: str) -> tuple[str, str | None]:
    """Split a precomposed letter into (letter without tone, tone mark)."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = next((m for m in decomposed if m in _TONE_MARKS), None)
    if tone is None:
        return ch, None
    bare = unicodedata.normalize("NFC", decomposed.replace(tone, ""))
    return bare, tone


def _with_tone(ch: str, tone: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", ch) + tone)


@lru_cache(maxsize=4096)
def _fix_syllable(word: str) -> str:
    """Move a tone mark to its new-style position inside one syllable.

    Cached: the few words that can need it ("quá", "hoà", "Thuý") recur in every article.
    """
    if len(word) < 2 or len(word) > 7:
        return word
    marks = [_tone_of(c) for c in word]
    toned = [i for i, (_, tone) in enumerate(marks) if tone]
    if len(toned) != 1:
        return word
    i = toned[0]
    bare, tone = marks[i]
    lower = word.lower()
    if lower[0] == "q" and i == 1 and bare.lower() == "u" and len(word) == 3:
        return word[0] + bare + _with_tone(word[2], tone)          # qúy → quý
    if i == len(word) - 1 and (marks[i - 1][0] + bare).lower() in _OPEN_PAIRS:
        if lower.startswith("qu") and i == 2:
            return word                                             # quý is right
        return word[:i - 1] + _with_tone(word[i - 1], tone) + bare  # hoà → hòa
    return word


_TONED = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"
# Only words that can need a fix: ending in o/u + toned a/e/y, or q + toned u.
_CANDIDATE = re.compile(
    rf"(?<![^\W\d_])(?:[^\W\d_]*[oOuU][{_TONED}]|[qQ][ùúủũụÙÚỦŨỤ][^\W\d_])(?![^\W\d_])")


# What every candidate word holds: its last two letters (o/u + toned a/e/y) or its q + toned u,
# written as "[oOuU][toned](?!letter)|[qQ][toned u]" would be, with the first letters in one
# class that opens the pattern: the regex engine then skips to them, instead of trying both
# alternatives at every character (a third of the cost; tests/test_normalize.py compares the two).
_CANDIDATE_MARK = re.compile(rf"[oOuUqQ](?:[{_TONED}](?<=[oOuU].)(?![^\W\d_])|[ùúủũụÙÚỦŨỤ](?<=[qQ].))")
_LETTER = re.compile(r"[^\W\d_]")


def fix_tone_placement(text: str) -> str:
    """Rewrite old-style tone placement word by word; length is preserved.

    `_CANDIDATE` tried at every word start costs a scan and a backtrack per
    word; the words that can match are found from their marks instead, and
    `_CANDIDATE` decides on each of them alone.
    """
    pieces, done = [], 0
    for start, end in _words_around(text, _CANDIDATE_MARK.finditer(text)):
        m = _CANDIDATE.fullmatch(text, start, end)
        if m is None:
            continue
        fixed = _fix_syllable(m.group(0))
        if len(fixed) == len(m.group(0)) and fixed != m.group(0):
            pieces += [text[done:start], fixed]
            done = end
    return "".join(pieces + [text[done:]]) if pieces else text


def _words_around(text: str, marks) -> list[tuple[int, int]]:
    """The whole words (runs of letters) that the marks fall in, in order, each once."""
    words = []
    for mark in marks:
        if words and mark.start() < words[-1][1]:
            continue
        start, end = mark.start(), mark.end()
        while start > 0 and _LETTER.match(text, start - 1):
            start -= 1
        while _LETTER.match(text, end):
            end += 1
        words.append((start, end))
    return words


class _Identity:
    """The offset map of text that normalisation did not shift: i → i."""

    __slots__ = ("n",)

    def __init__(self, n: int):
        self.n = n

    def __len__(self) -> int:
        return self.n + 1

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self.n + 1
        if not 0 <= i <= self.n:
            raise IndexError(i)
        return i


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the raw offset."""

    raw: str
    text: str
    to_raw: tuple[int, ...] | _Identity  # len(text) + 1 entries; the last is len(raw)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the raw text.

        The end is the raw start of the next normalised character, so combining
        marks of a decomposed last letter stay inside the span; surrounding
        white space is trimmed.
        """
        rs, re_ = self.to_raw[start], self.to_raw[max(start, end)]
        while rs < re_ and self.raw[rs].isspace():
            rs += 1
        while re_ > rs and self.raw[re_ - 1].isspace():
            re_ -= 1
        return rs, re_

    def text_offset(self, raw_offset: int) -> int:
        """The normalised offset of a raw one (the first character drawn from it): `raw_span` read backwards."""
        return bisect_left(self.to_raw, raw_offset)

    def raw_text(self, start: int, end: int) -> str:
        """The raw characters behind a normalised span, as NFC."""
        rs, re_ = self.raw_span(start, end)
        return unicodedata.normalize("NFC", self.raw[rs:re_])

    def raw_span_text(self, start: int, end: int) -> tuple[int, int, str]:
        """`raw_span` and `raw_text` of one span at once."""
        rs, re_ = self.raw_span(start, end)
        return rs, re_, unicodedata.normalize("NFC", self.raw[rs:re_])


_CLUSTER = re.compile(r"\r\n|.[\u0300-\u036f]*|[\u0300-\u036f]+", re.DOTALL)


def _normalise_cluster(cluster: str) -> str:
    if cluster == "\r\n":
        return "\n"
    composed = unicodedata.normalize("NFC", cluster)
    out = []
    for ch in composed:
        if ch in _DROP:
            continue
        if ch == "\r":
            out.append("\n")
        elif ch in _CHAR_MAP:
            out.append(_CHAR_MAP[ch])
        elif unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch != "\n":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


_ONE_FOR_ONE = {
    **_CHAR_MAP,
    **{chr(c): " " for c in [*range(32), *range(0x7f, 0xa0)] if chr(c) not in "\n\r"},
}
# str.translate looks up every character of a non-ASCII text in a dict; the few
# characters to rewrite are found ten times faster by one character class.
_REWRITTEN = re.compile("[%s]" % re.escape("".join(sorted(_ONE_FOR_ONE))))


def _rewrite_one_for_one(text: str) -> str:
    return _REWRITTEN.sub(lambda m: _ONE_FOR_ONE[m.group()], text)
_NEEDS_SLOW_PATH = re.compile("[\r\u0300-\u036f" + "".join(sorted(_DROP)) + "\ud800-\udfff\ue000-\uf8ff]")


def normalize(raw: str) -> Normalized:
    """Normalise `raw` for matching and keep the offset map back to it."""
    if unicodedata.is_normalized("NFC", raw) and not _NEEDS_SLOW_PATH.search(raw):
        # The common case: one normalised character per raw character.
        text = fix_tone_placement(_rewrite_one_for_one(raw))
        if len(text) == len(raw):
            return Normalized(raw=raw, text=text, to_raw=_Identity(len(raw)))
    pieces: list[str] = []
    to_raw: list[int] = []
    fast = raw.isascii()
    if fast:
        # ASCII text needs only the space and control mapping.
        for i, ch in enumerate(raw):
            piece = _normalise_cluster(ch) if ch in _CHAR_MAP or ch < " " or ch == "\x7f" else ch
            if ch == "\r" and raw[i + 1:i + 2] == "\n":
                piece = " "
            pieces.append(piece)
            to_raw.extend([i] * len(piece))
    else:
        for m in _CLUSTER.finditer(raw):
            piece = _normalise_cluster(m.group(0))
            if m.group(0) == "\r\n":
                piece = " \n"  # keep one character per raw character here
                to_raw.extend((m.start(), m.start() + 1))
                pieces.append(piece)
                continue
            pieces.append(piece)
            if len(piece) == len(m.group(0)):
                to_raw.extend(range(m.start(), m.start() + len(piece)))
            else:
                to_raw.extend([m.start()] * len(piece))
    text = fix_tone_placement("".join(pieces))
    to_raw.append(len(raw))
    return Normalized(raw=raw, text=text, to_raw=tuple(to_raw))


_VIETNAMESE_LOWER = ("aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợ"
                     "pqrstuùúủũụưừứửữựvwxyỳýỷỹỵz")
UPPER = "".join(c.upper() for c in _VIETNAMESE_LOWER)
"""Every upper-case Vietnamese letter, for regex classes like f"[{UPPER}]".

A range such as "À-Ỹ" would also take in lower-case letters (đ, ơ, ư ...).
"""


HARD_WRAP_EVIDENCE = 3  # breaks before a lower-case word that make a text hard-wrapped
HARD_WRAP_LINE = 40      # a wrapped line at least this long may break before a capitalised word ("Tống\\nThị Thấm")
# the line break first, then what stands before it: a pattern opening with a look-behind is tried at
# every character, one opening with a literal only where the regex engine finds it (twenty times faster)
_SINGLE_BREAK = re.compile(r"\n(?<=[^\s.!?:;)\]\"]\n)(?=\w)")


def join_hard_wrapped_lines(text: str) -> str:
    """`text` with the line breaks inside hard-wrapped paragraphs made spaces, one for one.

    Some portals print paragraphs wrapped at a fixed width ("... trao Huy hiệu cho đồng chí Tống\\nThị Thấm;
    2 đồng chí ..."): the segmenter would end a sentence, and a name, at each break. A text is hard-wrapped
    when several breaks fall before a lower-case word (a new paragraph opens with a capital); from the first
    of them on, a break after a line that ends without a stop joins the next line when that opens with a
    lower-case word, or opens with a capital after a full-width line. Lists, captions in brackets and
    paragraphs ending in a stop keep their breaks; a text wrapped nowhere is returned unchanged.
    """
    breaks = [m.start() for m in _SINGLE_BREAK.finditer(text) if text[m.end()] in _VIETNAMESE_LOWER]
    if len(breaks) < HARD_WRAP_EVIDENCE:
        return text
    joined = list(text)
    for m in _SINGLE_BREAK.finditer(text, text.rfind("\n", 0, breaks[0]) + 1):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[m.end()] in _VIETNAMESE_LOWER or m.start() - line_start >= HARD_WRAP_LINE:
            joined[m.start()] = " "
    return "".join(joined)


def normalize_text(raw: str) -> str:
    """Just the normalised string (for data files and lookups)."""
    return normalize(raw).text


def fold_case(text: str) -> str:
    """Lower-case without ever changing the length (so offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
