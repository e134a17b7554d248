"""Named recipients of an award statement: "cho: Trường THCS A, UBND xã B và ông Nguyễn Văn C".

The GUIDE's `named`: the recipients a statement names, as written and in
order; units without a leading "cho"/"tặng", people without honorifics or
ranks. A list runs from the word that grants the form to the first item that
is no name; semicolons separate items as commas do ("cho A; B; C"), and the
roles written after a person (", Giám đốc Sở Y tế") belong to that person.
Each name is typed (person, unit, locality) because one statement naming both
units and people gives one entry per kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tdkt.extract.document import Document
from tdkt.extract.normalize import UPPER
from tdkt.extract.officials import has_person_name
from tdkt.extract.resources import expand_lexicons, json_rules, lexicon_pattern

MAX_ITEMS = 60           # a list longer than this is a table, read elsewhere
MAX_ITEM_CHARS = 90      # a longer piece is a clause, not a name

PERSON, UNIT, LOCALITY = "ca_nhan", "tap_the", "dia_phuong"


@dataclass(frozen=True)
class Named:
    text: str
    start: int
    end: int
    kind: str  # ca_nhan | tap_the | dia_phuong


@dataclass(frozen=True)
class _Patterns:
    head: re.Pattern         # the granting word after the form (and its giver): " của X cho:", " tặng"
    separator: re.Pattern    # between items
    stop: re.Pattern         # where the list ends: the reason, a new grant, a count
    honorific: re.Pattern    # leading honorifics and ranks, stripped from a person's name
    title: re.Pattern        # a role phrase opening a piece: it describes the person before it
    unit: re.Pattern         # an organisation head opening a unit's name
    locality: re.Pattern     # a locality as such ("xã X", "cán bộ và Nhân dân xã Y")
    adverbs: re.Pattern      # "đã vinh dự" between a subject and its verb
    apposition: re.Pattern   # what opens the names of a counted statement (":", "gồm", "(")
    next_sentence: re.Pattern  # a next sentence that lists them ("Đó là các bệnh viện: ...")
    subject_end: re.Pattern  # where the name opening a ceremony sentence ends
    generic_head: re.Pattern  # "Đơn vị", "tập thể" before a unit's own name


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The rules of data/rules/named_recipients.json, and the lexicon-built ones matched case-blind."""
    rules = json_rules("named_recipients.json")
    return _Patterns(
        head=re.compile(rules["head"]),
        separator=re.compile(rules["separator"]),
        stop=re.compile(rules["stop"]),
        honorific=re.compile(rf"^(?:(?:{lexicon_pattern('honorifics')})\.?\s+)+", re.IGNORECASE),
        title=re.compile(expand_lexicons(r"^(?:nguyên\s+|phó\s+)?{lex:title_heads}\b"), re.IGNORECASE),
        unit=re.compile(expand_lexicons(r"^(?:{lex:org_heads}|{lex:single_unit_subjects})\b"), re.IGNORECASE),
        locality=re.compile(rules["locality"]),
        adverbs=re.compile(expand_lexicons(r"(?:\s+{lex:pre_verb_adverbs})+$"), re.IGNORECASE),
        generic_head=re.compile(expand_lexicons(rf"(?i:{{lex:apposition_heads}})\s+(?=[{UPPER}])")),
        apposition=re.compile(rules["apposition"]),
        next_sentence=re.compile(rules["next_sentence"]),
        subject_end=re.compile(rules["subject_end"]),
    )


def named_after(doc: Document, form_end: int, limit: int) -> list[Named]:
    """The names listed after a form ("... Bằng khen cho A, B và C"), typed, in order; [] when none."""
    pats = _patterns()
    head = pats.head.match(doc.lower, form_end, limit)
    if head is None:
        return []
    stop = pats.stop.search(doc.lower, head.end(), limit)
    end = stop.start() if stop else limit
    return _items(doc, head.end(), end)


def named_in_apposition(doc: Document, count_end: int, limit: int) -> list[Named]:
    """The names a counted statement spells out: "cho 3 đơn vị: A, B và C", "4 trường (A, B, C, D)"."""
    opening = _patterns().apposition.match(doc.lower, count_end, limit)
    if opening is None:
        return []
    stop = _patterns().stop.search(doc.lower, opening.end(), limit)
    end = stop.start() if stop else limit
    if doc.text[count_end:opening.end()].rstrip().endswith("("):
        close = doc.text.find(")", opening.end(), end)
        end = close if close > 0 else end
    return _items(doc, opening.end(), end)


def named_in_next_sentence(doc: Document, start: int, end: int) -> list[Named]:
    """The names a following sentence spells out for a count: "Đó là các bệnh viện: Bạch Mai, Nhi đồng I, ..."."""
    opening = _patterns().next_sentence.match(doc.lower, start, end)
    if opening is None:
        return []
    stop = _patterns().stop.search(doc.lower, opening.end(), end)
    return _items(doc, opening.end(), stop.start() if stop else end, capital_enough=True)


def name_of_subject(doc: Document, start: int, end: int) -> Named | None:
    """The subject phrase before a passive grant ("Trường THPT X được tặng ...") as a name, or None."""
    text = doc.text[start:end]
    lead = len(text) - len(text.lstrip())
    cut = _patterns().subject_end.search(text)  # "Trường X (TP Y) long trọng tổ chức lễ ... và đón nhận": "Trường X"
    if cut:
        text = text[:cut.start()]
    if "," in text:  # "Sáng 15/11, Trường X": the name after the opening phrase
        lead += text.rindex(",") + 1
        text = text[text.rindex(",") + 1:]
        lead += len(text) - len(text.lstrip())
    text = _patterns().adverbs.sub("", text.strip().rstrip(","))
    if not text or _patterns().title.match(text):
        return None  # "Chủ tịch Quốc hội X đã tới dự ...": an official attending, not the recipient
    return _typed(text, start + lead)


def _items(doc: Document, start: int, end: int, capital_enough: bool = False) -> list[Named]:
    """Split [start, end) into names; roles after a person are skipped; the first non-name ends the list."""
    pats = _patterns()
    whole = pats.locality.match(doc.text[start:end])
    if whole:  # "Đảng bộ, chính quyền và nhân dân xã X": one locality, commas and all
        stop = _ITEM_END.search(doc.text, start + whole.end(), end)
        return [Named(doc.text[start:stop.start() if stop else end].strip(), start,
                      stop.start() if stop else end, LOCALITY)]
    out: list[Named] = []
    pos = start
    for piece_start, piece_end in _pieces(doc.text, start, end, pats.separator, capital_enough):
        piece = doc.text[piece_start:piece_end]
        if not piece.strip() or len(piece) > MAX_ITEM_CHARS:
            break
        if out and out[-1].kind == PERSON and pats.title.match(piece):
            continue  # ", Giám đốc Sở Y tế": the role of the person before
        named = _typed(piece, piece_start, capital_enough)
        if named is None:
            break
        out.append(named)
        pos = piece_end
        if len(out) > MAX_ITEMS:
            return []
    return out if pos > start else []


def _pieces(text: str, start: int, end: int, separator: re.Pattern, capital_enough: bool = False):
    """(start, end) of the stretches between separators, parentheses kept whole.

    A semicolon always separates; a bare "và" only when a new item opens after
    it ("Phòng Giáo dục và Đào tạo" is one unit, "Phòng Nội vụ và Trường
    Tiểu học A" two), and so does a comma in a list written with semicolons
    ("Sở Văn hóa, Thể thao và Du lịch; Hội Nhà báo").
    """
    semicolons = ";" in text[start:end]
    piece_start, depth, i = start, 0, start
    while i < end:
        char = text[i]
        depth += char == "("
        depth -= char == ")" and depth > 0
        sep = separator.match(text, i, end) if depth == 0 else None
        if sep and sep.end() > i:
            mark = sep.group()
            always = ";" in mark or ("," in mark and not semicolons)
            if always or _opens_item(text[sep.end():end], capital_enough):
                yield piece_start, i
                piece_start = i = sep.end()
                continue
        i += 1
    yield piece_start, end


def _opens_item(text: str, capital_enough: bool = False) -> bool:
    pats = _patterns()
    if capital_enough and text[:1] in UPPER:
        return True
    return bool(pats.honorific.match(text) or pats.unit.match(text) or pats.locality.match(text))


def _typed(piece: str, offset: int, capital_enough: bool = False) -> Named | None:
    """A name with its kind, or None when the piece names nobody.

    ``capital_enough``: in a list a colon opens after a head noun ("các bệnh
    viện: Bạch Mai, Bỏng quốc gia"), a capital first letter makes a name.
    """
    pats = _patterns()
    text = piece.strip()
    offset += len(piece) - len(piece.lstrip())
    honorific = pats.honorific.match(text)
    if honorific and has_person_name(text[honorific.end():]):
        role = _ROLE_AFTER_NAME.search(text, honorific.end())  # "Đỗ Thị Lan, Chủ tịch Hội ...": the name alone
        stop = role.start() if role else len(text)
        return Named(text[honorific.end():stop], offset + honorific.end(), offset + stop, PERSON)
    if pats.locality.match(text):
        return Named(text, offset, offset + len(text), LOCALITY)
    generic = pats.generic_head.match(text)  # "Đơn vị Báo Bắc Kạn": the unit is "Báo Bắc Kạn"
    if generic:
        text, offset = text[generic.end():], offset + generic.end()
    if text[:1] not in UPPER:
        return None  # a unit's name is written with a capital ("ban, ngành" name nobody)
    if pats.unit.match(text) or _PROPER_NAME.match(text) or capital_enough:
        if not pats.unit.match(text) and _looks_like_person(text):
            return Named(text, offset, offset + len(text), PERSON)
        return Named(text, offset, offset + len(text), UNIT)
    return None


_ITEM_END = re.compile(r"\s*[,;(]|\s+và\s")
_ROLE_AFTER_NAME = re.compile(r"\s*(?:,|\s-\s|\s–\s|\()")
# A name: a capital first, and another capitalised word or a number within it ("Liên hiệp các Tổ chức ...").
_PROPER_NAME = re.compile(rf"[{UPPER}][\w'.-]*(?:\s+[\w'.&()-]+)*?\s+[{UPPER}0-9]")


def _looks_like_person(text: str) -> bool:
    """A personal name and nothing else: "Nguyễn Văn An" (two to five capitalised words, a family name first)."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(w[0] in UPPER for w in words) and has_person_name(text)
