"""A small phrase matcher: many rule patterns, exact offsets, one cheap pass.

Like spaCy's PhraseMatcher, but over the lower-cased normalised text so the
offsets are character offsets (what provenance needs). One big regex
alternation tried at every character costs milliseconds per article, so each
rule is indexed by the words it can start with (read off the compiled
pattern) and is only tried where such a word stands.
"""
from __future__ import annotations

import bisect
import re
import re._constants as C
import re._parser as sre_parse
from dataclasses import dataclass
from itertools import groupby
from typing import Any, Iterable, Iterator

_WORD = re.compile(r"[^\W_]+")
_RIGHT = r"(?![\w])"
_MAX_PREFIXES = 256


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    label: Any


class _Unknown(Exception):
    """The first word of a pattern cannot be listed (it starts with a class like \\w)."""


def _first_words(pattern: str) -> set[str]:
    """Every literal first word a pattern can start with."""
    words = _prefixes(list(sre_parse.parse(pattern)), "")
    out = set()
    for word in words:
        first = word.split()[0] if word.strip() else ""
        if not first:
            raise _Unknown(pattern)
        m = _WORD.match(first)
        if not m:
            raise _Unknown(pattern)
        out.add(m.group())
    return out


def _prefixes(items: list, prefix: str) -> set[str]:
    """Literal prefixes up to the first white space (or the pattern's end)."""
    if prefix.endswith(" ") or not items:
        return {prefix}
    op, arg = items[0]
    rest = items[1:]
    if op is C.LITERAL:
        return _prefixes(rest, prefix + chr(arg))
    if op is C.SUBPATTERN:
        return _prefixes(list(arg[3]) + rest, prefix)
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in arg[1]:
            out |= _prefixes(list(branch) + rest, prefix)
        return _bounded(out)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _high, sub = arg
        out = _prefixes(list(sub) + rest, prefix)
        if low == 0:
            out |= _prefixes(rest, prefix)
        return _bounded(out)
    if op is C.IN:
        chars = [chr(a) for o, a in arg if o is C.LITERAL]
        if len(chars) != len(arg):
            if any(o is C.CATEGORY for o, _ in arg) and prefix:
                return {prefix + " "}
            raise _Unknown(str(items))
        out = set()
        for ch in chars:
            out |= _prefixes(rest, prefix + ch)
        return _bounded(out)
    if op is C.CATEGORY and prefix:
        return {prefix + " "}
    if op is C.AT:
        return _prefixes(rest, prefix)
    if prefix:
        return {prefix + " "}
    raise _Unknown(str(items))


def _bounded(prefixes: set[str]) -> set[str]:
    if len(prefixes) > _MAX_PREFIXES:
        raise _Unknown("too many prefixes")
    return prefixes


def _whole_words(words: Iterable[str]) -> re.Pattern:
    """A regex for any of `words` standing as a whole word, fast to scan for.

    The words are grouped by first letter, and each word tests the word start
    after its last letter ("k(?:hen(?<![^\\W_]khen)|...)"): a regex that opens with a
    look-behind cannot use the regex engine's quick skip to its possible first
    letters, and one tested after the first letter is tried at that letter inside
    every word ("nh", "ng", "th" ...); after the whole word, only where the word stands.
    The same matches: the look-behind asks of the character before the word what it
    asked right after the first letter. This one is scanned over every article.
    """
    branches = []
    for first, group in groupby(sorted(words, key=lambda w: (w[0], -len(w))), key=lambda w: w[0]):
        branches.append(re.escape(first) + "(?:%s)" % "|".join(
            rf"{re.escape(w[1:])}(?<![^\W_]{re.escape(w)})" for w in group))
    return re.compile(r"(?:%s)(?![^\W_])" % "|".join(branches))


def word_start_alternation(words: Iterable[str], not_after: str = r"[\w']") -> str:
    """The regex ``(?<!NOT_AFTER)(?:w1|w2|...)``, written so that it scans fast.

    A regex that opens with a look-behind cannot use the regex engine's quick
    skip to its possible first letters, so it is tried at every character.
    Testing the look-behind after the word's letters ("b(?:à(?<![\\w']bà)|...)",
    `_word_start_tested_after`) matches the same text at the same places: words of
    one first letter keep their order (the earlier is tried first), words of
    different first letters never compete at one place.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(_word_start_tested_after(word[0] + re.escape(word[1:]), not_after))
    return "(?:%s)" % "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_REQUIRED: dict[int, tuple[re.Pattern, frozenset[str]]] = {}
_REQUIRED_MAX = 256


def _structure(body: str):
    """(index, character, depth) of each character of a regex source outside escapes and character classes, the
    depth counted after an opening parenthesis and before a closing one; a final (len, "", depth) tells whether
    a class or a parenthesis is left open (depth -1)."""
    depth, in_class, i = 0, False, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if body[i + 1:i + 2] == "]":
                i += 1  # "[]...]": a class opening with "]"
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1
    yield len(body), "", -1 if in_class else depth


def _top_level_alternatives(body: str) -> list[str] | None:
    """``body`` cut at its top-level "|" (None when a parenthesis is left open)."""
    parts, start = [], 0
    for i, ch, depth in _structure(body):
        if depth < 0 or (not ch and depth):
            return None
        if ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    return parts + [body[start:]]


def fast_word_start(source: str) -> str:
    r"""``\b(?:w1...|w2...)`` rewritten to scan fast, else ``source`` unchanged.

    A regex opening with ``\b`` cannot use the regex engine's quick skip to its
    possible first letters, so it is tried at every character. When every
    alternative opens with a letter, ``\b`` before it is "no word character
    before", tested after the letters the alternative opens with
    ("t(?:rao quà(?<!\wtrao quà)|ặng quà(?<!\wtặng quà))", `_word_start_tested_after`): the
    same matches at the same places (alternatives of one first letter keep their order;
    those of different letters never compete at one place).
    """
    if not (source.startswith("\\b(?:") and source.endswith(")")):
        return source
    alternatives = _top_level_alternatives(source[len("\\b(?:"):-1])
    if not alternatives or any(not a[:1].isalnum() or a[1:2] in ("*", "+", "?", "{") for a in alternatives):
        return source
    if any(re.search(r"\((?!\?)|\(\?P", a) for a in alternatives) or re.compile(source).groups:
        return source  # capturing groups would be renumbered
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(_word_start_tested_after(alternative, r"\w"))
    return "(?:%s)" % "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _word_start_tested_after(alternative: str, not_before: str) -> str:
    """`alternative` without its first character, the test that no `not_before` character stands before
    the alternative made after the literal letters it opens with ("rao quà(?<!\\wtrao quà)" for
    "trao quà"). Made right after the first letter, the test runs at that letter inside every word
    ("nh", "th" ...); after the literal letters, only where they all stand: the same test, on the
    same character."""
    rest = alternative[1:]
    literal = _PLAIN.match(rest)
    letters = literal.group() if literal else ""
    if letters and rest[len(letters):len(letters) + 1] in ("?", "*", "+", "{"):
        letters = letters[:-1]  # the last letter is repeated or optional: not always there
    return f"{letters}(?<!{not_before}{re.escape(alternative[0])}{letters}){rest[len(letters):]}"


_PLAIN = re.compile(r"[^()\\\[\]|?*+{}.^$]+")  # "các ": characters that stand for themselves


def grouped_by_first_letter(source: str) -> str:
    """``w1|w2|...`` (phrases written as themselves) rewritten to scan fast, else ``source`` unchanged.

    At each place the regex engine tries every alternative of a plain alternation; grouped by first
    character ("t(?:hi đua|ôn vinh)|k(?:hen thưởng)") it enters one group: the same matches at the
    same places (phrases of one first character keep their order; those of different characters never
    compete at one place). A body's every sentence is read with such a list of topic words.
    """
    alternatives = source.split("|")
    if not all(_PLAIN.fullmatch(a) for a in alternatives):
        return source
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_FIRST_CHARACTER = re.compile(r"(?:[^\W\d_]|\\[^\w\s])(?![*+?{])")  # "t", "\.": one character, once


def look_behind_after_first_letter(source: str) -> str:
    r"""A pattern whose alternatives open with look-behinds, rewritten to scan fast; else ``source``.

    A regex opening with a look-behind cannot use the regex engine's quick skip to its possible
    first letters, so it is tried at every character. A look-behind before a letter is the same
    test made after it, on one more character: ``(?<!xét )trao`` is ``t(?<!xét t)rao``; before a
    group of alternatives each opening with a letter, it goes into each:
    ``(?<!theo )(?:đề nghị|trình)`` is ``(?:đ(?<!theo đ)ề nghị|t(?<!theo t)rình)``. The same
    matches at the same places; an alternative of another shape is left as written, and then
    the whole is led by a look-ahead for the characters a match can open with
    (`with_opening_test`), which the engine checks before the look-behinds.
    """
    return with_opening_test(_move_look_behinds(source))


def _move_look_behinds(source: str) -> str:
    whole = source.startswith("(?:") and _top_level_alternatives(source[3:-1]) is not None \
        and source.endswith(")") and _top_level_alternatives(source) == [source]
    alternatives = _top_level_alternatives(source[3:-1] if whole else source)
    if not alternatives:
        return source
    rewritten = [_look_behind_after_letter(alternative) for alternative in alternatives]
    if rewritten == alternatives:
        return source
    body = "|".join(rewritten)
    return f"(?:{body})" if whole else body


_SLOW_OPENING = "(?<"  # look-behinds, tried at every character before anything else
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # must stay first in a pattern
_BROAD_CLASSES = ("\\w", "\\W", "\\S", "\\D")  # a test for these passes almost everywhere


def with_opening_test(source: str) -> str:
    r"""``source`` led by a look-ahead for the characters its matches can open with, when one of its
    alternatives opens with a look-behind (else ``source`` unchanged).

    The engine then tries the look-behinds only where such a character stands, not at every
    character: ``(?<!các )(?:đã\s+)*(?:tổ chức|họp)`` becomes ``(?=[đth])(?:...)``. The look-ahead
    consumes nothing and holds wherever a match starts, so the matches are the same. When the
    words a match opens with can be read off the pattern, the look-ahead names them, grouped by
    first letter (``(?=đã|t(?:ổ|...)|h(?:ọp))``): the letters of the class stand inside most words
    ("nh", "th" ...), the words far more rarely.
    """
    alternatives = _top_level_alternatives(source)
    if not alternatives or not any(a.startswith(_SLOW_OPENING) for a in alternatives) or _GLOBAL_FLAGS.match(source):
        return source
    try:
        parts = _opening(list(sre_parse.parse(source)))
    except re.error:
        return source
    if not parts or any(part in _BROAD_CLASSES for part in parts):
        return source
    words = () if "(?i" in source else opening_literals(re.compile(source))  # a letter may match in either case
    if words and len(words) <= _OPENING_WORDS_MAX:
        return "(?=%s)(?:%s)" % (grouped_by_first_letter("|".join(map(re.escape, words))), source)
    return "(?=[%s])(?:%s)" % ("".join(sorted(parts)), source)


_OPENING_WORDS_MAX = 64  # more opening words than this and the look-ahead costs more than it spares


def _look_behind_after_letter(alternative: str) -> str:
    checks, rest = [], alternative
    while rest.startswith(("(?<!", "(?<=")) and (close := _closing_parenthesis(rest)):
        before = rest[4:close]
        checks.append((rest[3], before if _PLAIN.fullmatch(before) else f"(?:{before})"))
        rest = rest[close + 1:]
    if not checks:
        return alternative
    first = _FIRST_CHARACTER.match(rest)
    if first:  # one letter, or one escaped mark ("\."), not repeated
        char = first.group()
        return char + "".join(f"(?<{kind}{before}{char})" for kind, before in checks) + rest[first.end():]
    if rest.startswith("(?:"):
        close = _closing_parenthesis(rest)
        inner = _top_level_alternatives(rest[3:close]) if close else None
        repeated = close is not None and rest[close + 1:close + 2] in ("*", "+", "?", "{")  # the test is made once
        if inner and not repeated and all(_FIRST_CHARACTER.match(a) for a in inner):
            prefix = "".join(f"(?<{kind}{before})" for kind, before in checks)
            return "(?:%s)" % "|".join(_look_behind_after_letter(prefix + a) for a in inner) + rest[close + 1:]
    return alternative


def _closing_parenthesis(text: str) -> int | None:
    """The index of the parenthesis closing the one ``text`` opens with (None when left open)."""
    return next((i for i, ch, depth in _structure(text) if ch == ")" and depth == 0), None)


def required_characters(pattern: re.Pattern) -> frozenset[str]:
    """Characters that every match of `pattern` contains (read off the compiled pattern).

    A text lacking one of them cannot match, and ``str.find`` says so far faster
    than a regex that has to be tried at every character. Cached by the pattern's
    identity: hashing a compiled pattern hashes its whole program, which cost more
    than the test it guards (this is asked for every line and sentence).
    """
    known = _REQUIRED.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    if pattern.flags & re.IGNORECASE:
        chars = frozenset()  # a letter may match in either case
    else:
        chars = frozenset(_required(list(sre_parse.parse(pattern.pattern, pattern.flags))))
    if len(_REQUIRED) >= _REQUIRED_MAX:
        _REQUIRED.clear()
    _REQUIRED[id(pattern)] = (pattern, chars)  # the pattern is kept, so its id is not reused
    return chars


def may_match(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """False when text[start:end] lacks a character that every match of `pattern` needs."""
    find = text.find
    for ch in required_characters(pattern):  # a loop, not a generator: this is asked for every line
        if find(ch, start, end) < 0:
            return False
    return True


_LITERALS: dict[int, tuple[re.Pattern, tuple[tuple[str, ...], ...]]] = {}
_LITERALS_MAX = 512
_ALTERNATIVES_MAX = 8  # a branch of more alternatives than this is not tested for (the test would cost more)
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)


def required_literals(pattern: re.Pattern) -> tuple[tuple[str, ...], ...]:
    r"""Strings every match of `pattern` consumes: for each tuple, one of its strings (read off the
    compiled pattern; look-arounds are not counted, as they may look outside the text searched).

    ``chủ tịch\s+(hội đồng|ban)\s+chủ trì`` gives (("chủ tịch",), ("hội đồng", "ban"), ("chủ trì",)).
    Cached by the pattern's identity, as `required_characters` is.
    """
    known = _LITERALS.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    if pattern.flags & re.IGNORECASE:
        clauses: tuple[tuple[str, ...], ...] = ()  # a letter may match in either case
    else:
        clauses = tuple(dict.fromkeys(_literal_clauses(list(sre_parse.parse(pattern.pattern, pattern.flags)))))
        # the longest strings first: they are the rarest, so a text lacking one is told soonest
        clauses = tuple(sorted(clauses, key=lambda clause: -min(map(len, clause))))
    if len(_LITERALS) >= _LITERALS_MAX:
        _LITERALS.clear()
    _LITERALS[id(pattern)] = (pattern, clauses)  # the pattern is kept, so its id is not reused
    return clauses


def _literal_clauses(items: list) -> list[tuple[str, ...]]:
    """The required strings of a sequence of parsed items (see `required_literals`)."""
    clauses: list[tuple[str, ...]] = []
    run = ""
    for op, arg in items:
        if op is C.LITERAL:
            run += chr(arg)
            continue
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the literals on either side stand next to each other
        if run:
            clauses.append((run,))
            run = ""
        if op is C.SUBPATTERN:
            clauses += _literal_clauses(list(arg[3]))
        elif op is C.ATOMIC_GROUP:
            clauses += _literal_clauses(list(arg))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and arg[0] >= 1:
            clauses += _literal_clauses(list(arg[2]))
        elif op is C.BRANCH and len(arg[1]) <= _ALTERNATIVES_MAX:
            # one of the alternatives is taken: a string of each (its longest shortest requirement)
            best = [max(_literal_clauses(list(branch)), key=lambda c: min(map(len, c)), default=None)
                    for branch in arg[1]]
            if all(best):
                clauses.append(tuple(dict.fromkeys(s for clause in best for s in clause)))
    if run:
        clauses.append((run,))
    return clauses


def may_contain(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """False when text[start:end] lacks every string of one of `required_literals(pattern)`.

    A regex opening with a look-behind or a word boundary is tried at every character; a
    few ``str.find`` calls tell most sentences apart first, with the same result.
    """
    find = text.find
    for clause in required_literals(pattern):  # loops, not generators: this is asked for every sentence
        for string in clause:
            if find(string, start, end) >= 0:
                break
        else:
            return False
    return True


def search(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """``pattern.search(text, start, end)``, skipped where `may_contain` says it cannot match."""
    return pattern.search(text, start, end) if may_contain(pattern, text, start, end) else None


def match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """``pattern.match(text, start, end)``, skipped where `may_contain` says it cannot match."""
    return pattern.match(text, start, end) if may_contain(pattern, text, start, end) else None


def finditer(pattern: re.Pattern, text: str, start: int, end: int) -> Iterator[re.Match]:
    """``pattern.finditer(text, start, end)``, skipped where `may_contain` says it cannot match."""
    return pattern.finditer(text, start, end) if may_contain(pattern, text, start, end) else iter(())


def opening_literals(pattern: re.Pattern) -> tuple[str, ...]:
    """Literal strings one of which opens every match of `pattern` (look-arounds before
    it consume nothing); empty when that cannot be read off the pattern.

    A text holding none of them cannot match, and ``str.find`` says so far faster than
    a regex tried at every character.
    """
    if pattern.flags & re.IGNORECASE:
        return ()
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    while items and items[0][0] in (C.ASSERT, C.ASSERT_NOT):
        items = items[1:]
    try:
        literals = {prefix.rstrip() for prefix in _prefixes(items, "")}
    except _Unknown:
        return ()
    return () if "" in literals else tuple(sorted(literals))


_OPENERS: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}
_CATEGORIES = {C.CATEGORY_SPACE: r"\s", C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_NOT_WORD: r"\W"}


def opening_characters(pattern: re.Pattern, extra: str = "") -> re.Pattern | None:
    """A one-character class holding every character a match of `pattern` can open with (and those
    of `extra`), or None when that cannot be read off the pattern (or it may match empty text).

    A loop that tries `pattern` at each position of a text can jump from one such character to the
    next (a regex of one class scans in C), with the same result.
    """
    key = id(pattern), extra
    known = _OPENERS.get(key)
    if known is not None and known[0] is pattern:
        return known[1]
    parts = None if pattern.flags & re.IGNORECASE else _opening(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    opener = None if parts is None else re.compile("[%s%s]" % ("".join(sorted(parts)), re.escape(extra)))
    if len(_OPENERS) >= _LITERALS_MAX:
        _OPENERS.clear()
    _OPENERS[key] = (pattern, opener)
    return opener


def _opening(items: list) -> set[str] | None:
    """The class parts (escaped characters, categories) a sequence of parsed items can open with;
    None when unknown or when the sequence may match empty text."""
    out: set[str] = set()
    for op, arg in items:
        if op is C.LITERAL:
            return out | {re.escape(chr(arg))}
        if op is C.IN:
            parts = set()
            for kind, value in arg:
                if kind is C.LITERAL:
                    parts.add(re.escape(chr(value)))
                elif kind is C.RANGE:
                    parts.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is C.CATEGORY and value in _CATEGORIES:
                    parts.add(_CATEGORIES[value])
                else:
                    return None  # a negated class or another kind: not listed
            return out | parts
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # consumes nothing: the next item opens the match
        if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
            if op is C.SUBPATTERN and arg[1] & re.IGNORECASE:
                return None  # a letter may match in either case
            inner = _opening(list(arg[3] if op is C.SUBPATTERN else arg))
            if inner is None:
                return None
            return out | inner
        if op is C.BRANCH:
            branches = [_opening(list(branch)) for branch in arg[1]]
            if any(b is None for b in branches):
                return None
            return out.union(*branches)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, sub = arg
            inner = _opening(list(sub))
            if inner is None:
                return None
            out |= inner
            if low >= 1:
                return out
            continue  # may be absent: what follows may open the match too
        return None
    return None  # every item may be absent: the empty text matches


def needs_digit(pattern: re.Pattern) -> bool:
    r"""Whether every match of `pattern` holds a digit (``\d``): a text without one cannot match."""
    return _needs_digit(list(sre_parse.parse(pattern.pattern, pattern.flags)))


def _needs_digit(items: list) -> bool:
    for op, arg in items:
        if op is C.IN and arg == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
            return True
        if op is C.SUBPATTERN and _needs_digit(list(arg[3])):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and arg[0] >= 1 and _needs_digit(list(arg[2])):
            return True
        if op is C.BRANCH and all(_needs_digit(list(branch)) for branch in arg[1]):
            return True
    return False


def _required(items: list) -> set[str]:
    """The characters a sequence of parsed items always consumes."""
    out: set[str] = set()
    for op, arg in items:
        if op is C.LITERAL:
            out.add(chr(arg))
        elif op is C.SUBPATTERN:
            out |= _required(list(arg[3]))
        elif op is C.ATOMIC_GROUP:
            out |= _required(list(arg))
        elif op is C.BRANCH:
            out |= set.intersection(*(_required(list(branch)) for branch in arg[1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and arg[0] >= 1:
            out |= _required(list(arg[2]))
    return out


def _inside_word(text: str, pos: int) -> bool:
    """Does `pos` fall between two letters or digits of one word?"""
    # str.isalnum is the regex engine's own test for [^\W_], without a regex call
    return 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum()


@dataclass(frozen=True)
class WordIndex:
    """Where the words that may start a matcher's rules stand in one text (`PhraseMatcher.word_index`)."""
    starts: list[int]
    words: list[str]


_WORDS_REMEMBERED = 20000  # words a matcher whose rules may open with any word keeps its regex for


def _alternation(fragments: list[str], rules: list[int]) -> tuple[re.Pattern | None, dict[int, int]]:
    """One regex trying `rules` (indices into `fragments`) in order, each in a group of its own,
    and the rule of each such group. A rule's group closes after any group inside it, so the
    match's ``lastindex`` names the rule that matched."""
    if not rules:
        return None, {}
    # each rule's group is named after it, so the one compile of the alternation numbers them
    # (compiling every fragment apart to count its groups doubled the start-up cost)
    pattern = re.compile("|".join(f"(?P<_r{i}>{fragments[i]})" for i in rules))
    return pattern, {pattern.groupindex[f"_r{i}"]: i for i in rules}


class PhraseMatcher:
    """Match (pattern, label) rules; earlier rules win where they match at one spot.

    Patterns are regex fragments written in lower case; a literal space matches
    any run of white space. Matches are whole words.
    """

    def __init__(self, rules: Iterable[tuple[str, Any]]):
        self.labels: list[Any] = []
        fragments: list[str] = []  # each rule as a regex
        self._by_first: dict[str, list[int]] = {}
        self._always: list[int] = []
        for i, (pattern, label) in enumerate(rules):
            fragment = pattern.replace(" ", r"\s+")
            fragments.append(f"(?:{fragment}){_RIGHT}")
            self.labels.append(label)
            try:
                for word in _first_words(pattern):
                    self._by_first.setdefault(word, []).append(i)
            except _Unknown:
                self._always.append(i)
        # the rules to try at each first word, in rule order (earlier rules win)
        self._tries = {word: sorted(rules + self._always) for word, rules in self._by_first.items()}
        # ... as one regex per first word: an alternation tries its branches in order, so the
        # earlier rule still wins, and a word opening many rules ("phó" opens 144 titles) costs
        # one call into the regex engine, not one per rule
        self._fragments = fragments
        self._any_at: dict[str, tuple[re.Pattern | None, dict[int, int]]] = {}  # compiled when first met
        self._always_at = _alternation(fragments, self._always)
        # every first word at once, so that a scan visits only the words that start a rule
        # (the regex engine skips the rest) instead of looping over every word in Python
        self._first_word = None if self._always or not self._by_first else _whole_words(self._by_first)

    @property
    def unindexed_rules(self) -> list[int]:
        """The rules whose first word cannot be read off the pattern ("\\d{2} năm ..."): each is tried at
        every word of every text scanned, which slows the whole scan; a rule file should have none."""
        return list(self._always)

    def _at(self, lower_text: str, word: str, pos: int, end: int) -> Match | None:
        found = self._any_at.get(word)
        if found is None:
            tried = self._tries.get(word)
            found = self._always_at if tried is None else _alternation(self._fragments, tried)
            if tried is not None or len(self._any_at) < _WORDS_REMEMBERED:  # a word that opens no rule, too
                self._any_at[word] = found
        pattern, rule_of_group = found
        m = pattern.match(lower_text, pos, end) if pattern is not None else None
        if m:
            return Match(m.start(), m.end(), self.labels[rule_of_group[m.lastindex]])
        return None

    def finditer(self, lower_text: str, start: int = 0, end: int | None = None,
                 index: "WordIndex | None" = None) -> Iterator[Match]:
        """Non-overlapping matches from left to right. ``index``: this matcher's `word_index`
        of the whole `lower_text`, for a text read in many pieces (the clauses of an article)."""
        end = len(lower_text) if end is None else end
        resume = start
        for at, word in self._candidates(lower_text, start, end, index):
            if at < resume:
                continue
            if at > start and lower_text[at - 1] in "'’" and at >= 2 and lower_text[at - 2].isalnum():
                continue  # "k'" + "bang": the rest of a word written with an apostrophe (not "'Anh hùng ...'")
            found = self._at(lower_text, word, at, end)
            if found:
                resume = found.end
                yield found

    def word_index(self, lower_text: str) -> "WordIndex | None":
        """Every word of `lower_text` that some rule may start with, found in one scan (None when
        any word may start a rule): `finditer` then reads a piece's words off it, not scanning the piece."""
        if self._first_word is None:
            return None
        found = [(m.start(), m.group()) for m in self._first_word.finditer(lower_text)]
        return WordIndex([at for at, _ in found], [word for _, word in found])

    def _candidates(self, lower_text: str, start: int, end: int, index: "WordIndex | None"):
        """(position, word) of the candidate words of [start, end), from `index` when it can tell.

        The words a scan of [start, end) finds are the whole text's words inside it, as both
        find whole words only; when a bound cuts a word, the piece is scanned itself.
        """
        if index is None or _inside_word(lower_text, start) or _inside_word(lower_text, end):
            return ((word.start(), word.group()) for word in self._candidate_words(lower_text, start, end))
        first, last = bisect.bisect_left(index.starts, start), bisect.bisect_left(index.starts, end)
        return zip(index.starts[first:last], index.words[first:last])

    def _candidate_words(self, lower_text: str, start: int, end: int) -> Iterator[re.Match]:
        """The words of [start, end) that some rule may start with, as matches.

        A word that `start` cuts ("hen" of "khen") counts from `start`, as a
        word of the slice would.
        """
        if self._first_word is None:
            yield from _WORD.finditer(lower_text, start, end)
            return
        if start < end and _inside_word(lower_text, start):
            cut = _WORD.match(lower_text, start, end)
            if cut.group() in self._tries:
                yield cut
            start = cut.end()
        yield from self._first_word.finditer(lower_text, start, end)

    def match_at(self, lower_text: str, pos: int, end: int | None = None) -> Match | None:
        """The rule that matches exactly at `pos` (which must start a word)."""
        end = len(lower_text) if end is None else end
        w = _WORD.match(lower_text, pos, end)
        if not w:
            return None
        return self._at(lower_text, w.group(), pos, end)
