"""Counts and amounts as Vietnamese news writes them.

Vietnamese uses the dot to group thousands and the comma for decimals, so
"2.291" is two thousand two hundred and ninety-one, never 2.291; counts are
often zero-padded ("01 tập thể") or spelled out ("hai mươi mốt"). Award
counts are integers, so anything that is not a whole number is refused
rather than guessed.

The vocabulary (number words, qualifiers, vague amounts, scale words) lives
in ``data/rules/numbers.json``; this module only knows how to combine it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache

from tdkt.extract.anchors import Anchors
from tdkt.extract.anchors import phrase_alternation as _alternation
from tdkt.extract.resources import json_rules, lexicon

#: A digit count: "2.291", "700.000", "1.000.000", "01", "2023". Meant to be
#: embedded in bigger patterns; it does not check what surrounds it.
#: Repetitions are bounded (at most 18 digits) so that a megabyte of digits
#: cannot make each match attempt scan to the end of the text.
NUMBER_PATTERN = r"(?:\d{1,3}(?:\.\d{3}){1,5}(?!\d)|\d{1,18})"

#: NUMBER_PATTERN that refuses to start or end inside a longer token, so it
#: skips the parts of "91/2017/NĐ-CP", "2022-2023", "8h30", "14:00", "3,5"
#: and "bh1-5191.jpg". Whether "18" in "18 - 19/12" is a day is left to the
#: caller (see extract.dates).
STANDALONE_NUMBER_PATTERN = (
    r"(?<![\w/.,:])(?<!\w-)" + NUMBER_PATTERN + r"(?![\w/]|[.,:-]\d)"
)

_DIGIT_AMOUNT = re.compile(rf"(?P<whole>{NUMBER_PATTERN})(?:[.,](?P<frac>\d{{1,9}}))?")


@dataclass(frozen=True)
class Quantity:
    """One amount found in a text.

    ``value`` is the integer the text states (after scale words), or None for
    vague amounts ("hàng trăm", "nhiều"); ``lower_bound`` then carries the
    floor the phrase implies (100 for "hàng trăm") when there is one.
    ``qualifier`` is "more_than", "less_than" or "about" when the number is
    approximate ("hơn 700.000", "gần 500", "khoảng 300").
    """

    start: int
    end: int
    value: int | None
    qualifier: str | None
    vague: bool
    text: str
    lower_bound: int | None = None


def _rules() -> dict:
    """numbers.json, read once per process by json_rules."""
    return json_rules("numbers.json")


def parse_count(token: str) -> int | None:
    """Read one written count as an integer, or None when it is not one.

    Accepts digit counts ("01", "2.291", "1.000.000"), digits with scale words
    ("700 nghìn", "1,2 triệu" when the result is whole) and number words
    ("hai mươi mốt", "một trăm linh năm"). Decimals ("3,5"), Roman numerals
    and anything else give None, so a caller never stores a wrong count.
    """
    if not isinstance(token, str):
        raise TypeError(f"parse_count expects a str, got {type(token).__name__}")
    return _parse_count(token)


@lru_cache(maxsize=4096)
def _parse_count(token: str) -> int | None:
    """`parse_count` of a str; cached: a text's counts are few short strings, often the same ("2", "10")."""
    words = token.lower().split()
    if not words:
        return None
    scales = _rules()["scale_words"]
    if words[0][:1].isdigit():
        if not all(w in scales for w in words[1:]):
            return None
        return _digits_value(words[0], [scales[w] for w in words[1:]])
    return words_to_int(words)


def _digits_value(digits: str, multipliers: list[int]) -> int | None:
    """Value of a digit token times its scale words; None unless whole.

    A decimal ("1,2", or "1.5" which cannot be a thousands group) is only a
    count when a scale word follows ("1,2 triệu" = 1 200 000).
    """
    amount = _DIGIT_AMOUNT.fullmatch(digits)
    if amount is None:
        return None
    factor = math.prod(multipliers)
    whole = int(amount["whole"].replace(".", ""))
    if amount["frac"] is None:
        return whole * factor
    if factor == 1:
        return None
    value = (whole + Fraction(int(amount["frac"]), 10 ** len(amount["frac"]))) * factor
    return int(value) if value.denominator == 1 else None


def words_to_int(words: list[str]) -> int | None:
    """Value of a spelled-out number, or None if the words do not form one.

    Follows the spoken grammar strictly enough to reject year phrases:
    "mười năm" (ten years) and "một trăm năm" (a hundred years) are not 15
    or 150, so a trailing digit word must close a "mười"/"mươi"/"linh" slot.
    """
    best = longest_spoken_number(words)
    return best[1] if best is not None and best[0] == len(words) else None


def longest_spoken_number(words: list[str]) -> tuple[int, int] | None:
    """(word count, value) of the longest leading run of ``words`` that reads as a number.

    One left-to-right pass, so a long run of number words costs linear time.
    """
    reader = _SpokenNumber(_rules())
    best = None
    for size, word in enumerate(words, 1):
        if not reader.feed(word.lower()):
            break
        value = reader.value()
        if value is not None:
            best = (size, value)
    return best


class _SpokenNumber:
    """State machine over number words: digit, "mười"/"mươi", "linh", "trăm", scale."""

    def __init__(self, r: dict):
        self.r = r
        self.zero_tens = set(r["zero_tens_words"])
        self.ones_slot = {"start", r["ten_word"], r["tens_word"], *self.zero_tens}
        self.total, self.group, self.last_scale = 0, 0, None
        self.pending, self.pending_after, self.prev = None, "start", "start"
        self.has_hundreds = self.has_tens = False

    def feed(self, w: str) -> bool:
        """Take one lower-case word; False when it cannot continue the number."""
        r = self.r
        if w in r["digit_words"] or w in r["ones_only"]:
            ok = self._digit(w)
        elif w == r["ten_word"]:
            ok = self.pending is None and not self.has_tens
            if ok:
                self.group, self.has_tens = self.group + 10, True
        elif w == r["tens_word"]:
            ok = self.pending is not None and self.pending >= 2 and not self.has_tens
            if ok:
                self.group, self.pending, self.has_tens = self.group + self.pending * 10, None, True
        elif w in self.zero_tens:
            ok = self.prev == r["hundred_word"] or self.prev in r["big_scales"]
            self.has_tens = True  # the tens slot is spoken for, as zero
        elif w == r["hundred_word"]:
            ok = self.pending is not None and not self.has_hundreds and not self.has_tens
            if ok:
                self.group, self.pending, self.has_hundreds = self.group + self.pending * 100, None, True
        elif w in r["big_scales"]:
            ok = self._scale(r["big_scales"][w])
        else:
            ok = False
        self.prev = w
        return ok

    def _digit(self, w: str) -> bool:
        r = self.r
        if self.pending is not None:
            return False
        if w in r["ones_only"] and self.prev not in r["ones_only"][w]["after"]:
            return False
        if w in r["not_after_tens"] and self.prev in (r["ten_word"], r["tens_word"]):
            return False
        self.pending = r["digit_words"][w] if w in r["digit_words"] else r["ones_only"][w]["value"]
        self.pending_after = self.prev
        return True

    def _scale(self, scale: int) -> bool:
        if self.pending is not None:
            if self.pending_after not in self.ones_slot:
                return False
            self.group, self.pending = self.group + self.pending, None
        if self.group == 0:
            if self.prev not in self.r["big_scales"]:
                return False
            self.total *= scale  # "nghìn tỷ": scales compound
        else:
            if self.last_scale is not None and scale >= self.last_scale:
                return False
            self.total += self.group * scale
        self.group, self.has_hundreds, self.has_tens, self.last_scale = 0, False, False, scale
        return True

    def value(self) -> int | None:
        """The number if the phrase stopped here, else None ("một trăm linh" is unfinished)."""
        if self.prev in self.zero_tens or self.prev == "start":
            return None
        if self.pending is None:
            return self.total + self.group
        if self.pending_after not in self.ones_slot:
            return None
        return self.total + self.group + self.pending


@cache
def _quantity_regex() -> re.Pattern:
    """One pattern for qualified digit counts, number words and vague amounts."""
    r = _rules()
    word_vocab = (
        list(r["digit_words"]) + list(r["ones_only"]) + [r["ten_word"], r["tens_word"], r["hundred_word"]]
        + r["zero_tens_words"] + list(r["big_scales"])
    )
    starters = _alternation(r["phrase_starters"])
    any_word = _alternation(word_vocab)
    number = (
        r"(?<![\w/.,:])(?<!\w-)"
        rf"{NUMBER_PATTERN}(?:[.,]\d{{1,9}})?"
        r"(?![\w/]|[.,:-]\d)"
    )
    pattern = (  # vague first: "một số" is vague, not the count "một"
        rf"(?<!\w)(?P<vague>{_alternation(r['vague'])})(?!\w)"
        rf"|(?<!\w)(?:(?P<qual>{_alternation(r['qualifiers'])})\s{{1,3}})?"
        rf"(?:(?P<num>{number})(?P<scales>(?:\s{{1,3}}(?:{_alternation(r['scale_words'])})(?!\w)){{0,3}})"
        rf"|(?P<words>(?:{starters})(?!\w)(?:\s{{1,3}}(?:{any_word})(?!\w)){{0,11}}))"
    )
    return re.compile(pattern, re.IGNORECASE)


@cache
def _anchors() -> Anchors:
    """Words a quantity can start with (besides a digit), for the fast first pass."""
    r = _rules()
    phrases = list(r["qualifiers"]) + list(r["vague"]) + r["phrase_starters"]
    return Anchors(p.split()[0] for p in phrases)


@cache
def _not_count_after() -> re.Pattern:
    """The word just after a number that makes it a percentage or a time."""
    return re.compile(rf"\s*(?:{_alternation(_rules()['not_count_after'])})(?!\w)", re.IGNORECASE)


@cache
def _not_count_before() -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in _rules()["not_count_before"])


def names_something(text: str, start: int) -> bool:
    """True when the one or two words before ``start`` make a number a label ("năm 2023", "quốc lộ 1")."""
    words = text[max(0, start - 24):start].lower().split()
    if not words or not text[start - 1].isspace():
        return False
    cues, last_two = _not_count_before(), " ".join(words[-2:])
    if last_two in _still_counting():  # "trong số 45 thầy thuốc": among 45 of them
        return False
    return words[-1].rstrip(":") in cues or last_two in cues


def within_a_name(text: str, start: int) -> bool:
    """True for a capitalised number word right after another capitalised word ("phường Nam Ba Đồn", "xã Tân
    Hai") or after a place's level ("thị xã Ba Đồn", "thôn Hai"): a word of a place's or a unit's name, no count."""
    if not text[start:start + 1].isupper():
        return False
    before = text[max(0, start - 24):start]
    words = before.split()
    if not words or not before[-1:].isspace():
        return False
    return (words[-1][:1].isupper() and words[-1][-1:].isalpha()) or words[-1] in place_level_words()


@cache
def number_words() -> tuple[str, ...]:
    """The words of data/rules/numbers.json that count ("hai", "ba", ..., "mười"): a count written out."""
    words = json_rules("numbers.json")
    return tuple(w for w, value in words["digit_words"].items() if value) + (words["ten_word"],)


@cache
def place_level_words() -> frozenset[str]:
    """The lower-case words that open a place's name ("xã", "phường", "thôn", "bản"); the last word of
    "thị xã", "thành phố" is enough. A capitalised word after one names the place, no count, no person."""
    return frozenset(level.split()[-1] for name in ("place_levels", "village_levels") for level in lexicon(name))


@cache
def _still_counting() -> frozenset[str]:
    return frozenset(_rules()["still_counting"])


def find_quantities(text: str) -> list[Quantity]:
    """All counts and amounts in ``text``, in order, with character offsets.

    Numbers that name something rather than count it are skipped: years
    ("năm 2023"), days and months, ranks ("hạng Ba"), document numbers,
    percentages and clock times. Spelled-out numbers that start a proper
    name ("Hai Bà Trưng", "Ba Vì") are skipped too.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quantities expects a str, got {type(text).__name__}")
    rules = _rules()
    not_after = _not_count_after()
    pattern = _quantity_regex()
    found: list[Quantity] = []
    for start in _anchors().positions(text):
        if (found and start < found[-1].end) or (match := pattern.match(text, start)) is None:
            continue
        if names_something(text, start):
            continue
        if match.group("vague"):
            phrase = " ".join(match.group("vague").lower().split())
            bound = rules["vague"][phrase]
            found.append(Quantity(start, match.end(), None, None, True, match.group(), bound))
            continue
        qualifier = rules["qualifiers"].get(" ".join((match.group("qual") or "").lower().split()))
        if match.group("num"):
            quantity = _digit_quantity(text, match, qualifier, not_after)
        else:
            quantity = _word_quantity(text, match, qualifier)
        if quantity is not None:
            found.append(quantity)
    return found


def _digit_quantity(text, match, qualifier, not_after) -> Quantity | None:
    """Quantity for "hơn 700.000", "1,2 triệu"; None for "3,5%" or "14 giờ"."""
    end = match.end()
    if not_after.match(text, end):
        return None
    scales = _rules()["scale_words"]
    multipliers = [scales[w.lower()] for w in match.group("scales").split()]
    value = _digits_value(match.group("num"), multipliers)
    if value is None:
        return None
    return Quantity(match.start(), end, value, qualifier, False, match.group())


def _word_quantity(text, match, qualifier) -> Quantity | None:
    """Quantity for spelled-out counts; keeps the longest run that reads as a number."""
    phrase_start = match.start("words")
    tokens = list(re.finditer(r"\S+", match.group("words")))
    best = longest_spoken_number([t.group() for t in tokens])
    if best is None:
        return None
    size, value = best
    if size == 1 and tokens[0].group().lower() in _rules()["ambiguous_alone"]:
        return None
    end = phrase_start + tokens[size - 1].end()
    if _starts_proper_name(text, phrase_start, end):
        return None
    return Quantity(match.start(), end, value, qualifier, False, text[match.start():end])


_NEXT_WORD = re.compile(r"\s+(\w)")


def _starts_proper_name(text: str, start: int, end: int) -> bool:
    """True for "Hai Bà Trưng", "Ba Vì": a capitalised number word before a capital."""
    if not text[start].isupper():
        return False
    following = _NEXT_WORD.match(text, end)
    return bool(following and following.group(1).isupper())
