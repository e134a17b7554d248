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

import json
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from pathlib import Path

RULES_PATH = Path(__file__).resolve().parent.parent / "data" / "rules" / "numbers.json"

#: A digit count: "2.291", "700.000", "1.000.000", "01", "2023". Meant to be
#: embedded in bigger patterns; it does not check what surrounds it.
NUMBER_PATTERN = r"(?:\d{1,3}(?:\.\d{3})+(?!\d)|\d+)"

#: NUMBER_PATTERN that refuses to start or end inside a longer token, so it
#: skips the parts of "91/2017/NĐ-CP", "2022-2023", "8h30", "14:00", "3,5"
#: and "bh1-5191.jpg". Whether "18" in "18 - 19/12" is a day is left to the
#: caller (see extract.dates).
STANDALONE_NUMBER_PATTERN = (
    r"(?<![\w/.,:])(?<!\w-)" + NUMBER_PATTERN + r"(?![\w/]|[.,:-]\d)"
)

_GROUPED_OR_PLAIN = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")
_DECIMAL = re.compile(r"(\d+)[.,](\d+)")


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


@cache
def _rules() -> dict:
    """Load numbers.json once; every function here reads from it."""
    with RULES_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def _alternation(words) -> str:
    """Regex alternation of phrases, longest first, spaces as any blank."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


def parse_count(token: str) -> int | None:
    """Read one written count as an integer, or None when it is not one.

    Accepts digit counts ("01", "2.291", "1.000.000"), digits with scale words
    ("700 nghìn", "1,2 triệu" when the result is whole) and number words
    ("hai mươi mốt", "một trăm linh năm"). Decimals ("3,5"), Roman numerals
    and anything else give None, so a caller never stores a wrong count.
    """
    if not isinstance(token, str):
        raise TypeError(f"parse_count expects a str, got {type(token).__name__}")
    words = token.lower().split()
    if not words:
        return None
    if len(words) == 1 and _GROUPED_OR_PLAIN.fullmatch(words[0]):
        return int(words[0].replace(".", ""))
    scales = _rules()["scale_words"]
    if words[0][:1].isdigit():
        if not all(w in scales for w in words[1:]):
            return None
        amount = _digits_value(words[0], [scales[w] for w in words[1:]])
        return amount if amount is not None and words[1:] else (
            amount if amount is not None and "." not in words[0] and "," not in words[0] else None
        )
    return words_to_int(words)


def _digits_value(digits: str, multipliers: list[int]) -> int | None:
    """Value of a digit token times its scale words; None unless whole.

    A decimal ("1,2", or "1.5" which cannot be a thousands group) is only a
    count when a scale word follows ("1,2 triệu" = 1 200 000).
    """
    factor = 1
    for multiplier in multipliers:
        factor *= multiplier
    if _GROUPED_OR_PLAIN.fullmatch(digits):
        return int(digits.replace(".", "")) * factor
    if re.fullmatch(r"(?:\d{1,3}(?:\.\d{3})+|\d+),\d+", digits):
        whole, _, frac = digits.partition(",")
        number = Fraction(int(whole.replace(".", ""))) + Fraction(int(frac), 10 ** len(frac))
    else:
        decimal = _DECIMAL.fullmatch(digits)
        if not decimal:
            return None
        whole, frac = decimal.groups()
        number = Fraction(int(whole)) + Fraction(int(frac), 10 ** len(frac))
    if factor == 1:
        return None
    amount = number * factor
    return int(amount) if amount.denominator == 1 else None


def words_to_int(words: list[str]) -> int | None:
    """Value of a spelled-out number, or None if the words do not form one.

    Follows the spoken grammar strictly enough to reject year phrases:
    "mười năm" (ten years) and "một trăm năm" (a hundred years) are not 15
    or 150, so a trailing digit word must close a "mười"/"mươi"/"linh" slot.
    """
    r = _rules()
    digit_words, ones_only = r["digit_words"], r["ones_only"]
    ten, tens, hundred = r["ten_word"], r["tens_word"], r["hundred_word"]
    zero_tens, big_scales = set(r["zero_tens_words"]), r["big_scales"]
    ones_slot = {"start", ten, tens, *zero_tens}

    total, group, last_scale = 0, 0, None
    pending, pending_after, prev = None, "start", "start"
    has_hundreds = has_tens = False
    for raw in words:
        w = raw.lower()
        if w in digit_words or w in ones_only:
            if pending is not None:
                return None
            if w in ones_only and prev not in ones_only[w]["after"]:
                return None
            if w in r["not_after_tens"] and prev in (ten, tens):
                return None
            pending = digit_words[w] if w in digit_words else ones_only[w]["value"]
            pending_after = prev
        elif w == ten:
            if pending is not None or has_tens:
                return None
            group, has_tens = group + 10, True
        elif w == tens:
            if pending is None or pending < 2 or has_tens:
                return None
            group, pending, has_tens = group + pending * 10, None, True
        elif w in zero_tens:
            if prev != hundred and prev not in big_scales:
                return None
            has_tens = True
        elif w == hundred:
            if pending is None or has_hundreds or has_tens:
                return None
            group, pending, has_hundreds = group + pending * 100, None, True
        elif w in big_scales:
            scale = big_scales[w]
            if pending is not None:
                if pending_after not in ones_slot:
                    return None
                group, pending = group + pending, None
            if group == 0:
                if prev not in big_scales:
                    return None
                total *= scale  # "nghìn tỷ": scales compound
            else:
                if last_scale is not None and scale >= last_scale:
                    return None
                total += group * scale
            group, has_hundreds, has_tens, last_scale = 0, False, False, scale
        else:
            return None
        prev = w
    if prev in zero_tens or prev == "start":
        return None
    if pending is not None:
        if pending_after not in ones_slot:
            return None
        group += pending
    return total + group


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
        r"(?:\d{1,3}(?:\.\d{3})+(?!\d)|\d+)(?:[.,]\d+)?"
        r"(?![\w/]|[.,:-]\d)"
    )
    pattern = (
        rf"(?<!\w)(?:(?P<qual>{_alternation(r['qualifiers'])})\s+)?"
        rf"(?:(?P<num>{number})(?P<scales>(?:\s+(?:{_alternation(r['scale_words'])})(?!\w))*)"
        rf"|(?P<words>(?:{starters})(?!\w)(?:\s+(?:{any_word})(?!\w))*))"
        rf"|(?<!\w)(?P<vague>{_alternation(r['vague'])})(?!\w)"
    )
    return re.compile(pattern, re.IGNORECASE)


@cache
def _context_regexes() -> tuple[re.Pattern, re.Pattern]:
    """Patterns for the word just before and just after a candidate count."""
    r = _rules()
    before = re.compile(rf"(?<!\w)(?:{_alternation(r['not_count_before'])})\s*$", re.IGNORECASE)
    after = re.compile(rf"\s*(?:{_alternation(r['not_count_after'])})(?!\w)", re.IGNORECASE)
    return before, after


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
    not_before, not_after = _context_regexes()
    found = []
    for match in _quantity_regex().finditer(text):
        start = match.start()
        if not_before.search(text, max(0, start - 24), start):
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
    """Quantity for spelled-out counts; keeps the longest prefix that parses."""
    phrase_start = match.start("words")
    tokens = list(re.finditer(r"\S+", match.group("words")))
    for size in range(len(tokens), 0, -1):
        words = [t.group() for t in tokens[:size]]
        value = words_to_int(words)
        if value is None:
            continue
        if size == 1 and words[0].lower() in _rules()["ambiguous_alone"]:
            return None
        end = phrase_start + tokens[size - 1].end()
        if _starts_proper_name(text, phrase_start, end):
            return None
        return Quantity(match.start(), end, value, qualifier, False, text[match.start():end])
    return None


_NEXT_WORD = re.compile(r"\s+(\w)")


def _starts_proper_name(text: str, start: int, end: int) -> bool:
    """True for "Hai Bà Trưng", "Ba Vì": a capitalised number word before a capital."""
    if not text[start].isupper():
        return False
    following = _NEXT_WORD.match(text, end)
    return bool(following and following.group(1).isupper())
