"""Stage 5: officials — people named with a public role.

A person is a run of capitalised syllables that opens with a family or lineage
name (data/lexicons/surnames.txt) or a minority prefix (K', H', Y). They become an
official only with a role: a title phrase right after the name ("Nguyễn Văn A,
Phó Chủ tịch UBND tỉnh") or right before it ("Bí thư Huyện ủy Lê B"). Titles
are split into roles at commas or dashes that open a new title head
(data/lexicons/title_heads.txt) and where a capitalised head follows a lower-case
word without punctuation ("... khen thưởng Chủ tịch Liên đoàn ..."). A given
name after an honorific ("ông Tuấn") is merged into the full name it refers to.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from tdkt.extract.document import Document, Sentence
from tdkt.extract.matcher import PhraseMatcher, word_start_alternation
from tdkt.extract.normalize import UPPER, fold_case
from tdkt.extract.resources import json_rules, lexicon
from tdkt.extract.tagger import pos_tag

_TOKEN = re.compile(r"[^\W\d_]+(?:'\s?[^\W\d_]+)?|[^\W\d_]'")
_SEPARATOR = re.compile(r"\s*(?:,|\s-\s|\s-(?=\S)|(?<=\S)-\s)\s*")
_SEPARATOR_KEPT = re.compile(r"\s*(,|\s-\s|\s-(?=\S)|(?<=\S)-\s)\s*")


@dataclass
class Official:
    name: str
    key: str
    titles: list[str]
    mentions: list[tuple[int, int]] = field(default_factory=list)
    first: tuple[int, int] = (0, 0)
    sentence: Sentence | None = None
    confidence: float = 0.8


@lru_cache(maxsize=1)
def _lexicon():
    # a former office reads "nguyên Chủ tịch UBND huyện", an acting one "Quyền Trưởng
    # ban ...": every head may take "nguyên" or "quyền"
    heads = PhraseMatcher(("(nguyên |quyền |)" + re.escape(h).replace(r"\ ", " "), h) for h in
                          sorted(lexicon("title_heads"), key=len, reverse=True))
    honorifics = sorted(lexicon("honorifics"), key=len, reverse=True)
    honorific_tail = re.compile(r"(?:^|[\s(,;:])(?:%s)\.?\s*$" % "|".join(re.escape(h) for h in honorifics))
    surnames = set(lexicon("surnames"))
    multi = {s for s in surnames if " " in s}
    return heads, honorific_tail, surnames, multi


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    return tuple(lexicon("honorifics"))


def _may_end_with_honorific(window: str) -> bool:
    """Can `_lexicon`'s honorific_tail match in `window` ("... ông ", "đồng chí.")? It ends with an honorific,
    a full stop and white space at most: told by str.endswith before the regex is tried at every character."""
    window = window.rstrip()
    return window.endswith(_honorifics()) or window.endswith(".") and window[:-1].endswith(_honorifics())


@lru_cache(maxsize=1)
def _stops():
    """Where a title phrase ends, and words after which a capitalised run is a place."""
    words = sorted(lexicon("title_stop_words"), key=len, reverse=True)
    title_end = re.compile(r"\s(?:%s)(?![\w])" % "|".join(re.escape(w) for w in words))
    places = sorted(lexicon("not_before_names"), key=len, reverse=True)
    place_before = re.compile(r"(?:^|[\s(])(?:%s)\.?\s+$" % "|".join(re.escape(w) for w in places))
    return title_end, place_before


@lru_cache(maxsize=1)
def _not_officials() -> tuple[str, ...]:
    """Keys that no official's name starts with (a tuple, for one `str.startswith` test)."""
    return tuple(sorted({_key(n) for n in lexicon("not_officials")}))


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_MINORITY_PREFIX = re.compile(r"[KH]'\s?\w")   # "K'Brơi", "H' Hen"
_Y_PREFIX = re.compile(r"Y'?\w")               # "Y Moan", "Y'Bih"


def _opens_name(tokens: list[str], i: int) -> int:
    """How many tokens of a family/lineage name start at tokens[i] (0: none)."""
    _, _, surnames, multi = _lexicon()
    pair = " ".join(tokens[i:i + 2])
    if pair in multi:
        return 2
    token = tokens[i]
    if token in surnames or _MINORITY_PREFIX.match(token) or _Y_PREFIX.match(token) and len(token) > 2:
        return 1
    return 0


class _Spans:
    """Membership test for a sorted list of non-overlapping spans (place names)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]


_UPPER = UPPER
# A run of capitalised words ("Nguyễn Văn An", "K'Brơi"). The word-start test is a
# look-behind *after* the first letter, and the first letters of both alternatives
# open the pattern as one class, so that the regex engine can skip ahead to them
# quickly (an alternation or a look-behind first is tried at every character).
# The plain form: "[A](?<![\w'][A])…|[KHkh](?<![\w'][KHkh])'…" (tests/test_scan_forms.py).
_CAP_RUN = re.compile(
    rf"[{_UPPER}kh](?:(?<=[{_UPPER}])(?<![\w'][{_UPPER}])[^\W\d_]*(?:'\s?[^\W\d_]+)?"
    rf"(?: [{_UPPER}][^\W\d_]*(?:'\s?[^\W\d_]+)?)*"
    rf"|(?<=[KHkh])(?<![\w'][KHkh])'\s?[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*)*)")


# `_CAP_RUN` for a text without an apostrophe: then no run opens with "K'" or "H'", so the scan skips
# to capitals alone (most sentences; lower-case "k" and "h" stand everywhere in Vietnamese)
_CAP_RUN_NO_APOSTROPHE = re.compile(rf"[{_UPPER}](?<![\w'][{_UPPER}])[^\W\d_]*(?: [{_UPPER}][^\W\d_]*)*")


def _cap_runs(text: str, start: int, end: int):
    """`_CAP_RUN.finditer(text, start, end)`, with the plain scan where the span holds no apostrophe."""
    pattern = _CAP_RUN if text.find("'", start, end) >= 0 else _CAP_RUN_NO_APOSTROPHE
    return pattern.finditer(text, start, end)


def _name_runs(text: str, start: int, end: int, places: _Spans):
    """Capitalised runs that look like personal names, as (start, end) spans."""
    for run in _cap_runs(text, start, end):
        span = _name_in_run(run, places)
        if span is not None:
            yield span


# ... of two words or more: the scan passes over a single capitalised word inside the regex engine
_CAP_RUN_OF_WORDS_NO_APOSTROPHE = re.compile(rf"[{_UPPER}](?<![\w'][{_UPPER}])[^\W\d_]*(?: [{_UPPER}][^\W\d_]*)+")


def _runs_of_words(text: str, start: int, end: int) -> list[re.Match]:
    """The `_CAP_RUN` matches of [start, end) that hold two words or more, or an apostrophe ("K'Brơi").

    Only such a run can be a name (`_name_in_run`, `_unlisted_names`); four runs in five are one
    capitalised word opening a sentence or a unit's name, and are dropped here, once (in a span
    without an apostrophe, by the regex itself: a one-word run starts no match, and no run starts
    inside it).
    """
    if text.find("'", start, end) < 0:
        return list(_CAP_RUN_OF_WORDS_NO_APOSTROPHE.finditer(text, start, end))
    return [run for run in _CAP_RUN.finditer(text, start, end) if " " in run.group() or "'" in run.group()]


def _name_in_run(run: re.Match, places: _Spans) -> tuple[int, int] | None:
    """The personal name inside one capitalised run (a `_CAP_RUN` match), if any.

    A place name inside the run ("Bí thư Huyện ủy Tam Dương Khổng Văn Tiệp")
    is skipped: the name starts at the first family name after it.
    """
    text = run.group()
    if " " not in text and "'" not in text:
        return None  # one word, and not "K'Brơi": too short for a name (most runs open a sentence)
    start = run.start()
    for offset, name in _names_in_run_text(text):
        if start + offset not in places:
            return (start + name[0], start + name[1]) if name else None
    return None


@lru_cache(maxsize=8192)
def _names_in_run_text(text: str) -> tuple[tuple[int, tuple[int, int] | None], ...]:
    """For each word of a run that may open a personal name: its offset in the run and the
    name it opens (offsets in the run; None when too short or long to be one).

    The first such word outside a place name opens the run's name (`_name_in_run`).
    Cached: capitalised runs repeat across articles far more than they vary.
    """
    words = text.split(" ")
    offsets, pos = [], 0
    for word in words:
        offsets.append(pos)
        pos += len(word) + 1
    out = []
    place_named = None  # the first word opening a name that reads like a district's ("Vũ Quang Chương")
    for first in range(len(words)):
        if not _opens_name(words, first):
            continue
        if _is_place_name(" ".join(words[first:first + 2])):
            place_named = first if place_named is None else place_named
            continue
        out.append((offsets[first], _name_from(words, offsets, first)))
    if not out and place_named is not None and len(words) - place_named >= 3:
        out.append((offsets[place_named], _name_from(words, offsets, place_named)))  # no other name in the run
    return tuple(out)


def _name_from(words: list[str], offsets: list[int], first: int) -> tuple[int, int] | None:
    """The name `words[first]` opens (offsets in the run), or None when too short or long to be one."""
    # only an acronym ends a name early: a place name right after the family name
    # ("Tô Thanh Liêm", where "Thanh Liêm" is also a district) is part of it
    stop = next((i for i in range(first, len(words)) if _is_acronym(words[i])), len(words))
    size = stop - first
    if 2 <= size <= 5 or ("'" in words[first] and size >= 1):
        return offsets[first], offsets[stop - 1] + len(words[stop - 1])
    return None


@lru_cache(maxsize=4096)
def _is_place_name(name: str) -> bool:
    """"Hà Tĩnh" in "Cục Hải quan Hà Tĩnh Võ Trọng Hàm": a province or district name, not a person.

    Cached: the same family and middle names ("Nguyễn Văn", "Trần Thị") open most names.
    """
    if " " not in name:
        return False
    from tdkt.extract.gazetteer import district, province
    return province(name) is not None or district(name) is not None


def _unlisted_names(doc: Document, sentence: Sentence, cap_runs: list[re.Match], places: _Spans,
                    known: set[int]):
    """Names whose family name is not in our list, confirmed by underthesea's tagger.

    Only a capitalised run (of the sentence's `cap_runs`) right after an
    honorific and right before a title is a candidate, so the slow tagger runs
    on few sentences.
    """
    honorific_tail = _lexicon()[1]
    for run in cap_runs:
        words = run.group().split(" ")
        if not 2 <= len(words) <= 4 or run.start() in known or run.start() in places:
            continue
        window = max(sentence.start, run.start() - 25), run.start()
        if not _may_end_with_honorific(doc.lower[window[0]:window[1]]) \
                or not honorific_tail.search(doc.lower, *window) or any(_is_acronym(w) for w in words):
            continue
        if not _title_after(doc, run.end(), sentence.end):
            continue
        if _tagged_as_name(doc.text[sentence.start:sentence.end], run.group()):
            yield run.start(), run.end()


def _tagged_as_name(sentence: str, name: str) -> bool:
    return name in _proper_nouns(sentence)


@lru_cache(maxsize=256)
def _proper_nouns(sentence: str) -> str:
    """The words underthesea's tagger calls proper nouns ("Np"), joined by spaces.

    Cached by sentence, not by name: the tagger is slow (tens of milliseconds a sentence), and a
    sentence naming several unlisted officials ("ông A, ông B và bà C ...") is tagged once for all.
    """
    return " ".join(word for word, tag in pos_tag(sentence) if tag == "Np")


@lru_cache(maxsize=4096)
def has_person_name(text: str) -> bool:
    """Does `text` contain a personal name (a capitalised run opened by a family name)?

    Cached: the awards and recipients stages ask it of the same subjects and items again.
    """
    return next(_name_runs(text, 0, len(text), _Spans(())), None) is not None


_AND = re.compile(r"\s(?:và|cùng)\s")
_SEPARATOR_AFTER_NAME = re.compile(r"\s*(?:,|-|\(|:)?\s*")
_TITLE_END = re.compile(r"[;.)\n]|\s\(")


def _title_after(doc: Document, end: int, limit: int) -> tuple[str, int] | None:
    """The title phrase written right after a name (", Phó Chủ tịch ..."), if any."""
    heads = _lexicon()[0]
    start = _SEPARATOR_AFTER_NAME.match(doc.text, end, limit).end()
    if not heads.match_at(doc.lower, start, limit):
        return None
    hit = _TITLE_END.search(doc.text, start, limit)
    stop = hit.start() if hit else limit
    verb = _stops()[0].search(doc.lower, start, stop)
    if verb:
        stop = verb.start()
    # "..., Chủ tịch UBND tỉnh và Phó Chủ tịch UBND tỉnh Trần Thị B trao": the
    # title ends where "và" opens the next person's
    for joint in _AND.finditer(doc.text, start, stop):
        if has_person_name(doc.text[joint.end():stop]):
            stop = joint.start()
            break
    return doc.text[start:stop].strip(" ,-:"), start


_AFTER_PUNCTUATION = re.compile(r"(?<=[,;:(])")  # where `_title_before` cuts its window into pieces
_GRANT_WORD = re.compile(r"\b(cho|của các|với|tới|trao|tặng)\b")  # a head followed by one heads no title


def _title_before(doc: Document, start: int, floor: int) -> str | None:
    """Title phrases that end right before a name ("Phó Chủ tịch UBND tỉnh, Phó Chủ tịch
    Hội đồng Thi đua - Khen thưởng tỉnh Đoàn Minh Khải")."""
    heads, honorific_tail = _lexicon()[:2]
    window_start = max(floor, start - 200)
    across_comma = False
    if _may_end_with_honorific(doc.lower[window_start:start]):  # "Phó Chủ tịch HĐND tỉnh X, ông | Lò Văn A"
        honorific = honorific_tail.search(doc.lower, window_start, start)
        if honorific and doc.text[window_start:honorific.start() + 1].rstrip().endswith(","):
            start = doc.text.rindex(",", window_start, honorific.start() + 1)  # the title ends at the comma
            across_comma = True
    pieces = []
    end = start
    for piece in reversed(_AFTER_PUNCTUATION.split(doc.text[window_start:start])):
        piece_start = end - len(piece)
        # "A, Chủ tịch UBND tỉnh và Phó Chủ tịch UBND tỉnh B": B's title opens after "và"
        joint = None
        if not pieces:
            joint = next((m for m in reversed(list(_AND.finditer(doc.lower, piece_start, end)))
                          if heads.match_at(doc.lower, m.end(), end)), None)
        head = next(heads.finditer(doc.lower, joint.end() if joint else piece_start, end), None)
        text = doc.text[head.start:end].strip(" ,;") if head else ""
        if not head or (pieces and doc.lower[piece_start:head.start].strip(" ,")) \
                or _GRANT_WORD.search(doc.lower[head.end:end]) \
                or next(_name_runs(doc.text, head.start, end, _Spans(())), None) \
                or len(text.split()) > 14:
            break
        pieces.insert(0, text)
        end = piece_start
        if joint or doc.text[piece_start - 1:piece_start] not in (",",):
            break
    if across_comma and pieces and (not pieces[0][:1].isupper() or ")" in pieces[-1] or _ends_with_person(doc, end, floor)):
        return None  # "(nguyên Giám đốc), bà A", "ủy viên, ông B", "Lò Văn A, Giám đốc X, Mẹ B": not B's office
    return ", ".join(pieces) or None


def _ends_with_person(doc: Document, pos: int, floor: int) -> bool:
    """Does a personal name and a comma end the text before `pos` ("Lò Văn A, | Giám đốc X")?"""
    before = doc.text[max(floor, pos - 60):pos].rstrip()
    if not before.endswith((",", ";")):
        return False
    chunk = re.split(r"[,;:(]", before[:-1])[-1].strip()
    return bool(chunk) and has_person_name(chunk)


def split_titles(phrase: str) -> list[str]:
    """Split a title phrase into roles, keeping commas that are part of a name."""
    return list(_split_titles(phrase))


@lru_cache(maxsize=4096)
def _split_titles(phrase: str) -> tuple[str, ...]:
    """`split_titles`, cached: an official's title is read again at each of his mentions."""
    heads = _lexicon()[0]
    roles: list[str] = []
    parts = _SEPARATOR_KEPT.split(phrase)
    for k in range(0, len(parts), 2):
        piece = parts[k].strip(" ,-")
        if not piece:
            continue
        if heads.match_at(fold_case(piece), 0) or not roles:
            roles.append(piece)
        elif (len(piece.split()) <= 4 or _inner_heads()[0].search(piece)) \
                and not re.match(r"(?i)(các|những|đại diện|lãnh đạo|cùng|và)\b", piece):
            # not a new role: rejoin it as written ("Ban Thi đua - Khen thưởng")
            joint = parts[k - 1].strip()
            roles[-1] = f"{roles[-1]}{', ' if joint == ',' else f' {joint} '}{piece}"
        else:
            break
    out = []
    for role in roles:
        out.extend(_split_inner_heads(role))
    return tuple(out)


@lru_cache(maxsize=1)
def _inner_heads() -> tuple[re.Pattern, frozenset[str]]:
    rules = json_rules("title_split.json")
    heads = "|".join(re.escape(h) for h in sorted(rules["strong_heads"], key=len, reverse=True))
    strong = re.compile(rf"(?<=[a-zà-ỹđ]) (?=(?:Phó |)(?:{heads})\b)")
    return strong, frozenset(rules["joins_next_head"])


def _split_inner_heads(role: str) -> list[str]:
    """"... khen thưởng Chủ tịch Liên đoàn ..." holds two roles with no comma between."""
    strong, joins = _inner_heads()
    cuts = [m.start() for m in strong.finditer(role) if role[:m.start()].split()[-1].lower() not in joins]
    parts, prev = [], 0
    for cut in cuts:
        parts.append(role[prev:cut].strip())
        prev = cut + 1
    parts.append(role[prev:].strip())
    return [p for p in parts if p]


_SLIP = re.compile(r" ([^\W\d_A-ZÀ-Ỹ][^\W\d_]*)(?=\s*(?:,|\s[-–]\s))")


def _with_lower_case_slip(doc: Document, start: int, end: int, limit: int) -> int:
    """"Nguyễn Văn an, Phó Chủ tịch ...": a last syllable typed in lower case before a
    title belongs to the name when the text writes the full name elsewhere with it
    capitalised."""
    m = _SLIP.match(doc.text, end, limit)
    if m is None or len(doc.text[start:end].split()) > 3:
        return end
    word = m.group(1)
    full = f"{doc.text[start:end]} {word[0].upper()}{word[1:]}"
    return m.end() if full in doc.text and _title_after(doc, m.end(), limit) else end


def _key(name: str) -> str:
    return _APOSTROPHE_SPACE.sub("'", fold_case(name)).strip()


_APOSTROPHE_SPACE = re.compile(r"'\s+")


@lru_cache(maxsize=1)
def _HONORIFIC_ANYWHERE() -> re.Pattern:
    """An honorific standing as a word and followed by a word, anywhere: tried on every sentence."""
    words = sorted(lexicon("honorifics"), key=len, reverse=True)
    return re.compile(word_start_alternation(words) + r"\s+[^\W\d_]")


# "Tuấn" in "ông Tuấn"; the word-start test after the capital, so that the scan skips to capitals
_LONE_CAPITALISED = re.compile(rf"([{UPPER}](?<![\w'][{UPPER}])[\w']*)(?![\w'])(?!\s+[{UPPER}])")


def _given_names(officials: dict[str, Official]) -> set[str]:
    return {o.key.split()[-1] for o in officials.values()}


def _given_name_refs(doc: Document, sentence: Sentence, officials: dict[str, Official], given_names: set[str]) -> None:
    """Attach "ông Tuấn"/"đồng chí Hưng" to the full name they stand for (`given_names`: the officials' given
    names, `_given_names`)."""
    _, honorific_tail, _, _ = _lexicon()
    if not officials:
        return
    # most sentences name none of the given names: str.find says so before any regex is tried
    if not any(doc.lower.find(given, sentence.start, sentence.end) >= 0 for given in given_names) \
            or not _HONORIFIC_ANYWHERE().search(doc.lower, sentence.start, sentence.end):
        return
    words = [m for m in _LONE_CAPITALISED.finditer(doc.text[sentence.start:sentence.end])
             if fold_case(m.group(1)) in given_names]  # not "Đảng", "Tỉnh": no official's given name
    if not words:
        return  # (most sentences): the mentions already known are not gathered
    known = _Spans(span for o in officials.values() for span in o.mentions
                   if sentence.start <= span[0] < sentence.end)
    for m in words:
        start = sentence.start + m.start(1)
        if start in known:
            continue
        honorific = honorific_tail.search(doc.lower[max(0, start - 25):start])
        if not honorific or doc.text[max(0, start - 25) + honorific.start():start].strip(" (,;:")[:1].isupper() \
                and max(0, start - 25) + honorific.start() > sentence.start + 1:
            continue
        given = fold_case(m.group(1))
        matches = [o for o in officials.values() if o.key.split()[-1] == given and o.first[0] < start]
        if matches:
            matches[-1].mentions.append((start, start + len(m.group(1))))


def extract_officials(doc: Document, *, places: list[tuple[int, int]] = (), author: str | None = None) -> list[Official]:
    """Officials in order of first mention, each once, with all their mentions."""
    officials: dict[str, Official] = {}
    given_names: tuple[int, set[str]] = (0, set())  # of how many officials, and their given names
    author_key = _key(author) if author else None
    place_spans = _Spans(places)
    for sentence in doc.body_sentences():
        cap_runs = _runs_of_words(doc.text, sentence.start, sentence.end)
        runs = [span for span in (_name_in_run(run, place_spans) for run in cap_runs) if span is not None]
        runs += _unlisted_names(doc, sentence, cap_runs, place_spans, {s for s, _ in runs})
        for start, end in sorted(runs):
            if len(doc.text[start:end].split()) <= 2 and _stops()[1].search(doc.lower, max(0, start - 20), start):
                continue  # "huyện Lạc Dương": a place after its type word
            end = _with_lower_case_slip(doc, start, end, sentence.end)
            key = _key(doc.text[start:end])
            if key == author_key or key.startswith(_not_officials()):
                continue
            if key in officials:  # made with its titles: a later mention adds none (they are not read again)
                officials[key].mentions.append((start, end))
                continue
            after = _title_after(doc, end, sentence.end)
            titles = split_titles(after[0]) if after else []
            if not titles:
                before = _title_before(doc, start, sentence.start)
                titles = split_titles(before) if before else []
            if not titles:
                continue
            officials[key] = Official(name=doc.written(start, end), key=key,
                                      titles=[_raw_title(doc, t, start) for t in titles],
                                      mentions=[(start, end)], first=(start, end), sentence=sentence)
        if len(officials) != given_names[0]:  # officials are only ever added, and a key never changes
            given_names = len(officials), _given_names(officials)
        _given_name_refs(doc, sentence, officials, given_names[1])
    return [o for o in officials.values() if o.titles]


def _raw_title(doc: Document, title: str, near: int) -> str:
    """Return a title as written in the raw text (old-style tones kept)."""
    pos = doc.text.find(title, max(0, near - 200))
    if pos < 0:
        return title
    return doc.written(pos, pos + len(title))
