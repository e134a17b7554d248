"""Find the administrative places an article names, in both eras.

Why this shape: a place name is only worth trusting when the writer marks it
as one, so matching starts from capitalised word runs (cheap to find with one
regex) and asks the gazetteer about those alone. A type word ("huyện Kim Bôi",
"TP. Thủ Đức", "xã Hòa Điền") makes a strong mention at any level; without one
only province names and unambiguous district names count, because commune
names ("Quang Trung", "Tân Thành") and people's names overlap far too much.
Offsets are into the engine's normalised text (case preserved).

Public API: find_places, disambiguate, PlaceMention, and the lookups province,
district, province_2025, slug_index re-exported from gazetteer_data.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from tdkt.extract.gazetteer_data import (
    BOTH, LEGACY, REFORM, AdminUnit, Gazetteer, NameEntry, SlugIndex, TypeWord, _data_key, load, read_table,
    name_key, slug_index,
)
from tdkt.extract.gazetteer_data import find_district as district
from tdkt.extract.gazetteer_data import find_province as province
from tdkt.extract.gazetteer_data import province_2025
from tdkt.extract.normalize import fold_case
from tdkt.extract.resources import json_rules, lexicon, lexicon_pattern

__all__ = ["PlaceMention", "find_places", "disambiguate", "province", "district", "province_2025",
           "slug_index", "AdminUnit", "SlugIndex", "name_key"]

Group = tuple[AdminUnit, ...]   # one place: its legacy record, and its 2025 twin if the name lived on


@dataclass(frozen=True)
class PlaceMention:
    """One place named in the text; start/end cover the type word when there is one."""

    start: int
    end: int
    level: str                      # "province" | "district" | "commune"
    name: str                       # canonical, without the type word
    type_word: str | None           # as written ("huyện", "TP.", "Thị xã"), None when bare
    code: str | None                # GSO code of the place (None while ambiguous)
    province: str | None
    province_code: str | None       # in the mention's own era (legacy code unless reform_2025)
    district: str | None = None
    district_code: str | None = None
    era: str = LEGACY               # "legacy_63" | "reform_2025" | "both"
    province_2025: str | None = None
    province_2025_code: str | None = None
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()
    name_start: int = 0             # where the name itself starts (after the type word)
    options: tuple[Group, ...] = field(default=(), repr=False, compare=False)


# ------------------------------------------------------------------ patterns --

def _upper_letters() -> str:
    ranges = [range(0x41, 0x250), range(0x1E00, 0x1F00)]
    return "".join(chr(c) for r in ranges for c in r if chr(c).isupper())


_UPPER = f"[{re.escape(_upper_letters())}]"
_CAP_WORD = rf"{_UPPER}\w*(?:'\w+)*"
# A run of capitalised words joined by spaces, hyphens or dots, on one line;
# short numbers may follow inside ("Phường Hà Giang 1"). The word-start test is
# a look-behind *after* the first capital so that the regex engine can skip
# ahead to capitals quickly (twice as fast as testing the boundary first).
_RUN = re.compile(rf"{_UPPER}(?<![\w']{_UPPER})\w*(?:'\w+)*"
                  rf"(?:(?:[ \t]*[-.][ \t]*|[ \t]+)(?:{_CAP_WORD}|\d{{1,2}}(?!\w)))*")
_TOKEN = re.compile(r"\w+(?:'\w+)*")
_LIST_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|và[ \t]+)")

def _numbers_before() -> str:
    """What can stand before a plural type word ("hai huyện", "các xã", "3 phường")."""
    starters = [w for w in json_rules("numbers.json")["phrase_starters"] if w != "một"]
    return "|".join([lexicon_pattern("determiners"), *starters, r"\d+"])


@dataclass(frozen=True)
class _Rules:
    gaz: Gazetteer
    before_type: re.Pattern        # a type word right before a run (lower-case text)
    numbered: re.Pattern           # "quận 1", "P.3"
    person_before: re.Pattern      # "ông", "đồng chí", "đường" right before a run
    surnames: frozenset[str]
    type_endings: tuple[str, ...]  # type words, for a quick str.endswith test
    titles: frozenset[str]         # one-word honorifics ("ông", "bà", "anh")


def _type_alternative(tw: TypeWord) -> str:
    word = re.escape(tw.written).replace(r"\ ", "[ \t]+")
    if tw.dot == "yes":
        return rf"{word}\.[ \t]*"
    if tw.dot == "optional":
        return rf"{word}(?:\.[ \t]*|[ \t]+)"
    return rf"{word}[ \t]+"


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    gaz = load()
    words = sorted(gaz.type_words.values(), key=lambda tw: -len(tw.written))
    alternatives = "|".join(_type_alternative(tw) for tw in words)
    before = re.compile(rf"(?<![\w'])(?:(?P<plural>{_numbers_before()})[ \t]+)?(?P<tw>{alternatives})$")
    # Starts with a character class so the engine can skip ahead; the word-start
    # test is the look-behind after the first letter.
    numbered = re.compile(r"(?P<tw>[qp](?<![\w'][qp])(?:uận|hường|\.))[ \t]*(?P<num>\d{1,2})(?![\w])")
    context = {fold_case(w) for w in lexicon("honorifics")}
    context |= {fold_case(r["word"]) for r in read_table("place_context.csv")}
    person = "|".join(re.escape(w).replace(r"\ ", "[ \t]+") for w in sorted(context, key=len, reverse=True))
    person_before = re.compile(rf"(?<![\w'])(?:{person})[ \t]+$")
    surnames = frozenset(fold_case(w) for w in lexicon("surnames"))
    titles = frozenset(w for w in context if " " not in w and w.isalpha())
    return _Rules(gaz, before, numbered, person_before, surnames, tuple(tw.written for tw in words), titles)


# -------------------------------------------------------- choosing the units --

def _of_level(units: list[AdminUnit], level: str, unit_type: str | None = None) -> list[AdminUnit]:
    return [u for u in units if u.level == level and (unit_type is None or u.type_word == unit_type)]


def _select_typed(entries: list[NameEntry], tw: TypeWord) -> list[AdminUnit]:
    """Units a name can be after a type word; an exact type wins, but a unit upgraded
    since ("huyện Quế Võ" is now a thị xã) is still found under its old type."""
    units = [e.unit for e in entries]
    if tw.level == "province":
        return _of_level(units, "province")
    if tw.level == "city":
        return (_of_level(units, "province", "thành phố") or _of_level(units, "district", "thành phố")
                or _of_level(units, "province") or _of_level(units, "district"))
    return _of_level(units, tw.level, tw.unit_type) or _of_level(units, tw.level)


def _select_bare(entries: list[NameEntry], key: str, gaz: Gazetteer) -> list[AdminUnit]:
    """Without a type word: a province, else a district of at least two words whose
    every namesake lies in one province."""
    if key in gaz.bare_exclusions:
        return []
    units = [e.unit for e in entries if e.bare]
    provinces = _of_level(units, "province")
    if provinces:
        return provinces
    districts = _of_level(units, "district")
    if key.count(" ") >= 1 and districts and len({u.province_code for u in districts}) == 1:
        return districts
    return []


def _is_twin(old: AdminUnit, new: AdminUnit) -> bool:
    return old.era == LEGACY and new.era == REFORM and old.level == new.level and old.code_2025 == new.code


def _groups(selected: list[AdminUnit], entries: list[NameEntry]) -> tuple[Group, ...]:
    """Pair each legacy unit with the 2025 unit of the same name that succeeded it."""
    pool = [e.unit for e in entries]
    legacy = [u for u in selected if u.era == LEGACY]
    reform = [u for u in selected if u.era == REFORM]
    groups: list[Group] = []
    used: set[AdminUnit] = set()
    for old in legacy:
        twin = next((n for n in reform + pool if n not in used and _is_twin(old, n)), None)
        if twin is not None:
            used.add(twin)
            groups.append((old, twin))
        else:
            groups.append((old,))
    for new in reform:
        if new in used:
            continue
        twin = next((o for o in pool if o not in legacy and _is_twin(o, new)), None)
        groups.append((twin, new) if twin is not None else (new,))
    return tuple(dict.fromkeys(groups))


# --------------------------------------------------------- building mentions --

def _group_fields(group: Group, key: str, gaz: Gazetteer) -> dict:
    """Everything a mention says about one place."""
    primary = group[0]
    own = next((u for u in group if _data_key(u.name) == key), primary)
    fields = {"name": own.name, "code": primary.code, "era": BOTH if len(group) > 1 else primary.era,
              "district": None, "district_code": None}
    if primary.era == REFORM:
        home = gaz.provinces[(REFORM, primary.province_code)]
        fields.update(province=home.name, province_code=home.code,
                      province_2025=home.name, province_2025_code=home.code)
    else:
        home = gaz.provinces[(LEGACY, primary.province_code)]
        new = gaz.provinces.get((REFORM, home.code_2025 or ""))
        fields.update(province=home.name, province_code=home.code,
                      province_2025=new.name if new else None, province_2025_code=home.code_2025)
    if primary.level == "province":
        fields["province"] = own.name
    if primary.level == "district":
        fields.update(district=own.name, district_code=primary.code)
    elif primary.level == "commune" and primary.district_code:
        fields.update(district=gaz.districts[primary.district_code].name, district_code=primary.district_code)
    return fields


_SHARED = ("province", "province_code", "province_2025", "province_2025_code", "district", "district_code")


@dataclass(frozen=True)
class _Resolved:
    groups: tuple[Group, ...]
    level: str
    fields: tuple[tuple[str, object], ...]   # PlaceMention fields other than positions

    @cached_property
    def prototype(self) -> dict:
        """Every field of a mention of this place but its position and type word (defaults included)."""
        defaults = {f.name: f.default for f in dataclasses.fields(PlaceMention) if f.default is not dataclasses.MISSING}
        return {**defaults, **dict(self.fields), "level": self.level, "options": self.groups}


def _template(groups: tuple[Group, ...], key: str, gaz: Gazetteer) -> tuple[tuple[str, object], ...]:
    all_fields = [_group_fields(g, key, gaz) for g in groups]
    first = all_fields[0]
    candidates = tuple(dict.fromkeys(g[0].code for g in groups))
    if len(groups) == 1:
        return tuple({**first, "ambiguous": False, "candidates": candidates}.items())
    shared = {k: first[k] if all(f[k] == first[k] for f in all_fields) else None for k in _SHARED}
    eras = {f["era"] for f in all_fields}
    return tuple({**shared, "name": first["name"], "code": None, "era": eras.pop() if len(eras) == 1 else BOTH,
                  "ambiguous": True, "candidates": candidates}.items())


def _mention(start: int, end: int, name_start: int, type_written: str | None, resolved: _Resolved,
             **overrides) -> PlaceMention:
    """The mention, its fields set at once from the place's own (a frozen dataclass's ``__init__``
    sets seventeen fields one by one, and an article has dozens of mentions)."""
    mention = object.__new__(PlaceMention)
    mention.__dict__.update(resolved.prototype, start=start, end=end, type_word=type_written,
                            name_start=name_start, **overrides)
    return mention


# ---------------------------------------------------------------- the scan --

@dataclass
class _Run:
    """Tokens of one capitalised run, in the lower-cased text."""

    starts: list[int]
    ends: list[int]
    words: tuple[str, ...]
    gaps: tuple[str, ...]  # text after each token up to the next one ("" after the last)

    def segment_bounds(self, i: int) -> tuple[int, int]:
        """First and last token of the stretch around token i that no dot or hyphen breaks."""
        first = i
        while first > 0 and not _breaks(self.gaps[first - 1]):
            first -= 1
        last = i
        while last < len(self.words) - 1 and not _breaks(self.gaps[last]):
            last += 1
        return first, last


def _breaks(gap: str) -> bool:
    return "." in gap or "-" in gap


@dataclass(frozen=True)
class _RunShape:
    """What a capitalised run holds whatever its place in the text: its tokens, their
    offsets from the run's start and the text between them."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    gaps: tuple[str, ...]


@lru_cache(maxsize=16384)
def _run_shape(low_run: str) -> _RunShape | None:
    """The shape of one lower-cased run, None when no gazetteer name can stand in it.

    Cached: runs repeat across articles far more than they vary (in the real-text
    excerpts four runs in five were seen before: "ubnd", "hội", "việt nam" ...).
    """
    found = list(_TOKEN.finditer(low_run))
    words = tuple(m.group() for m in found)
    if not _may_hold_name(words, _rules().gaz):
        return None
    starts = tuple(m.start() for m in found)
    ends = tuple(m.end() for m in found)
    gaps = tuple(low_run[ends[k]:starts[k + 1]] for k in range(len(found) - 1)) + ("",)
    return _RunShape(words, starts, ends, gaps)


def _tokenise(start: int, shape: _RunShape) -> _Run:
    return _Run([start + s for s in shape.starts], [start + e for e in shape.ends], shape.words, shape.gaps)


def _type_at(run: _Run, i: int, gaz: Gazetteer) -> tuple[TypeWord, int] | None:
    """A type word written inside the run ("Huyện", "TP.", "THỊ XÃ") at token i."""
    n = len(run.words)
    for used in (2, 1):
        if i + used >= n:
            continue
        if used == 2 and run.gaps[i].strip(" \t"):
            continue
        tw = gaz.type_words.get(" ".join(run.words[i:i + used]))
        if tw is None:
            continue
        has_dot = "." in run.gaps[i + used - 1]
        if (tw.dot == "yes" and not has_dot) or (tw.dot == "no" and has_dot):
            continue
        return tw, used
    return None


def _longest(run: _Run, i: int, tw: TypeWord | None, gaz: Gazetteer):
    """Longest name at token i that fits the type word (or the bare rules)."""
    lengths = gaz.lengths_by_first.get(run.words[i])
    if not lengths:
        return None
    n = len(run.words)
    for size in lengths:
        j = i + size
        if j > n or any("." in run.gaps[k] for k in range(i, j - 1)):
            continue
        key = " ".join(run.words[i:j])
        if key not in gaz.names:
            continue
        if tw is None and key in gaz.bare_exclusions:
            return j, key, None   # "Điện Biên Phủ" the battle: no "Điện Biên" inside it either
        resolved = _resolve_key(key, tw.written if tw else None)
        if resolved is not None:
            return j, key, resolved
    return None


@lru_cache(maxsize=20000)
def _resolve_key(key: str, type_written: str | None) -> "_Resolved | None":
    """The places a key can name after a given type word (None: bare), with the
    mention fields that follow from them; cached because articles repeat names."""
    gaz = load()
    entries = gaz.names[key]
    tw = gaz.type_words[type_written] if type_written else None
    units = _select_typed(entries, tw) if tw else _select_bare(entries, key, gaz)
    if not units:
        return None
    groups = _groups(units, entries)
    return _Resolved(groups, groups[0][0].level, _template(groups, key, gaz))


def _looks_like_person(run: _Run, i: int, j: int, rules: _Rules) -> bool:
    """'Nguyễn Thị Huế', 'Hà Nam Ninh': a surname opens the segment and the name is
    only part of it; or a one-word title ("Ông", "Bà") opens it and the name follows."""
    first, last = run.segment_bounds(i)
    if run.words[first] in rules.surnames:
        # a name is two to five syllables: a longer capitalised stretch that starts with
        # the place ("SƠN LA BIỂU DƯƠNG ...", a headline in capitals) is no person
        return i > first or (j - 1 < last and last - first < 5)
    # "Bà Nguyễn Thị Huế" at a sentence start: the title is inside the run.
    return run.words[first] in rules.titles and i > first


def _alone_on_its_line(low: str, start: int, end: int) -> bool:
    """A two-word name alone on a line is a byline ("Thanh Thủy", "Minh Long") far more
    often than a district."""
    line_start = low.rfind("\n", 0, start) + 1
    line_end = low.find("\n", end)
    after = low[end:] if line_end < 0 else low[end:line_end]
    return not low[line_start:start].strip() and not after.strip(" \t.,;:")


def _continue_list(run: _Run, i: int, pending: tuple, gaz: Gazetteer) -> tuple | None:
    """In "các huyện Bắc Hà, Si Ma Cai, Lào Cai" the list type carries on, unless the
    next name is a province or not of the list's level at all."""
    bare = _longest(run, i, None, gaz)
    if bare and bare[2] is not None and bare[2].level == "province":
        return None
    return pending if _longest(run, i, pending[0], gaz) else None


def _scan_run(text: str, low: str, s: int, shape: _RunShape, rules: _Rules,
              state: dict) -> list[PlaceMention]:
    gaz = rules.gaz
    run = _tokenise(s, shape)
    out: list[PlaceMention] = []
    pending = _type_before(text, low, s, rules, state)
    i, n = 0, len(run.words)
    while i < n:
        found = _type_at(run, i, gaz)
        if found:
            tw, used = found
            pending = (tw, run.starts[i], text[run.starts[i]:run.ends[i + used - 1]])
            i += used
            continue
        if pending and pending[2] is None:
            pending = _continue_list(run, i, pending, gaz)
        tw = pending[0] if pending else None
        match = _longest(run, i, tw, gaz)
        if match is not None and match[2] is None:
            i, pending = match[0], None
            continue
        bare_ok = tw is not None or not (
            match is None or _looks_like_person(run, i, match[0], rules)
            or (i == 0 and rules.person_before.search(low, max(0, s - 40), s))
            or (match[2].level == "district" and _alone_on_its_line(low, run.starts[i], run.ends[match[0] - 1])))
        if match and bare_ok:
            j, _, resolved = match
            start = pending[1] if pending else run.starts[i]
            out.append(_mention(start, run.ends[j - 1], run.starts[i], pending[2] if pending else None,
                                resolved))
            i = j
        else:
            i += 1
        pending = None
    if out and state.get("list_type"):
        state["list_end"] = out[-1].end
    return out


def _type_before(text: str, low: str, s: int, rules: _Rules, state: dict):
    """A lower-case type word just before the run ("huyện Kim Bôi"), or the type word
    of a list that continues ("các huyện Bắc Hà, Si Ma Cai và Mường Khương")."""
    tail = low[max(0, s - 30):s].rstrip(" \t.")
    m = rules.before_type.search(low, max(0, s - 30), s) if tail.endswith(rules.type_endings) else None
    if m:
        written = text[m.start("tw"):m.end("tw")].rstrip(" \t.")
        tw = rules.gaz.type_words[" ".join(written.lower().replace(".", " ").split())]
        state["list_type"] = tw if m.group("plural") else None
        state["list_end"] = None
        return tw, m.start("tw"), text[m.start("tw"):m.start("tw") + len(written)]
    list_type, list_end = state.get("list_type"), state.get("list_end")
    if list_type and list_end is not None and _LIST_SEP.fullmatch(low, list_end, s):
        return list_type, s, None
    state["list_type"] = None
    return None


def _numbered(text: str, low: str, rules: _Rules) -> list[PlaceMention]:
    """Numbered units: "Quận 1", "phường 3", "P.12"."""
    gaz = rules.gaz
    out = []
    for m in rules.numbered.finditer(low):
        word = m.group("tw").rstrip(".")
        tw = gaz.type_words.get(word)
        if tw is None:
            continue
        key = f"{tw.unit_type} {int(m.group('num'))}"
        resolved = _resolve_key(key, tw.written) if key in gaz.names else None
        if resolved is not None:
            type_end = m.start("tw") + len(word)
            out.append(_mention(m.start(), m.end(), m.start("num"), text[m.start():type_end], resolved))
    return out


def _may_hold_name(words: tuple[str, ...], gaz: Gazetteer) -> bool:
    """Cheap test before the full scan: does any gazetteer key occur in the words?"""
    names, lengths_by_first, n = gaz.names, gaz.lengths_by_first, len(words)
    if lengths_by_first.keys().isdisjoint(words):
        return False  # no word opens a name (most runs): one set test instead of a loop
    for i, word in enumerate(words):
        for size in lengths_by_first.get(word, ()):
            if i + size <= n and (size == 1 and word in names or " ".join(words[i:i + size]) in names):
                return True
    return False


def _without_overlaps(mentions: list[PlaceMention]) -> list[PlaceMention]:
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[PlaceMention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def place_named_whole(text: str) -> PlaceMention | None:
    """The one place `text` names from its first character to its last ("Hưng Yên", "tỉnh Lai Châu"), else None:
    a name that is a place and nothing more."""
    places = find_places(text)
    return places[0] if len(places) == 1 and (places[0].start, places[0].end) == (0, len(text)) else None


def find_places(text: str, lower: str | None = None) -> list[PlaceMention]:
    """Places named in `text` (the engine's normalised text), in reading order.

    Ambiguous mentions (a name found in several provinces) carry every
    candidate; pass the list through `disambiguate` to settle them with the
    other places of the same text. `lower` is `fold_case(text)` when the caller
    has it already.
    """
    if not isinstance(text, str) or not text:
        return []
    rules = _rules()
    low = fold_case(text) if lower is None else lower
    state: dict = {}
    mentions: list[PlaceMention] = []
    for m in _RUN.finditer(text):
        start, end = m.span()
        shape = _run_shape(low[start:end])
        if shape is not None:
            mentions.extend(_scan_run(text, low, start, shape, rules, state))
    if "quận" in low or "phường" in low or "q." in low or "p." in low:
        mentions.extend(_numbered(text, low, rules))
    return _without_overlaps(mentions)


# ------------------------------------------------------------ disambiguation --

Key = tuple[str, str]   # (era, province code): where a place lies, in its own era


def _mention_keys(m: PlaceMention) -> frozenset[Key]:
    keys = set()
    if m.era in (LEGACY, BOTH) and m.province_code:
        keys.add((LEGACY, m.province_code))
    if m.era == REFORM and m.province_code:
        keys.add((REFORM, m.province_code))
    if m.era == BOTH and m.province_2025_code:
        keys.add((REFORM, m.province_2025_code))
    return frozenset(keys)


@lru_cache(maxsize=65536)
def _group_keys(group: Group) -> frozenset[Key]:
    return frozenset((u.era, u.province_code) for u in group)


def _as_2025(keys: frozenset[Key] | set[Key], gaz: Gazetteer) -> set[str]:
    """The 2025 provinces behind some province keys (Yên Bái 15 → Lào Cai 15)."""
    out = set()
    for era, code in keys:
        unit = gaz.provinces.get((era, code))
        if unit is not None:
            out.add(unit.code_2025 if era == LEGACY else code)
    return out


def _pick(m: PlaceMention, groups: list[Group], gaz: Gazetteer) -> PlaceMention:
    """The mention narrowed to `groups`; a settled one keeps its original candidates."""
    if len(groups) == len(m.options):
        return m
    key = _data_key(m.name)
    groups = tuple(groups)
    resolved = _Resolved(groups, m.level, _template(groups, key, gaz))
    if len(groups) == 1:
        return _mention(m.start, m.end, m.name_start, m.type_word, resolved, candidates=m.candidates)
    return _mention(m.start, m.end, m.name_start, m.type_word, resolved)


def _narrow(groups: tuple[Group, ...], wanted: frozenset[Key] | set[Key], gaz: Gazetteer) -> list[Group]:
    """Groups lying in a wanted province: in the same era first, else a 2025 unit by successor
    (a new commune of Lào Cai named in a text that says "Yên Bái"); never a legacy unit of
    another legacy province merged into the same 2025 one ("xã Tân Phong (Cao Phong)", Hòa
    Bình, is not the Tân Phong of Vĩnh Phúc though both provinces went into Phú Thọ)."""
    hits = [g for g in groups if _group_keys(g) & wanted]
    if hits or not wanted:
        return hits
    successors = _as_2025(wanted, gaz)
    return [g for g in groups if {u.province_2025_code for u in g if u.era == REFORM} & successors]


@dataclass
class _Anchors:
    """The unambiguous provinces and districts of a text, ready for look-ups."""

    starts: list[int]
    keys: list[frozenset[Key]]
    counts: Counter
    district_codes: set[str]
    mentions: list[PlaceMention]

    @classmethod
    def of(cls, mentions: list[PlaceMention]) -> "_Anchors":
        anchors = [m for m in mentions if not m.ambiguous and m.level in ("province", "district")]
        keys = [_mention_keys(m) for m in anchors]
        counts = Counter(k for ks in keys for k in ks)
        districts = {m.district_code for m in anchors if m.level == "district" and m.district_code}
        return cls([m.start for m in anchors], keys, counts, districts, anchors)

    def following(self, end: int, within: int = 80) -> frozenset[Key] | None:
        """The place written right after a mention (", tỉnh An Giang")."""
        i = bisect.bisect_left(self.starts, end)
        if i < len(self.starts) and self.starts[i] - end <= within:
            return self.keys[i]
        return None

    def district_right_after(self, end: int) -> PlaceMention | None:
        """The district written straight after a commune, in brackets or after a comma ("xã A (Ninh Giang)")."""
        i = bisect.bisect_left(self.starts, end)
        if i < len(self.starts) and self.starts[i] - end <= DISTRICT_AFTER_COMMUNE and self.mentions[i].level == "district":
            return self.mentions[i]
        return None


DISTRICT_AFTER_COMMUNE = 3  # " (" or ", ": the district a commune's name is followed by


def disambiguate(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Settle ambiguous district and commune mentions with the provinces (and, for
    communes, districts) named unambiguously in the same text.

    A commune's district named in the text decides first, then the place written
    right after the mention (", tỉnh An Giang"), then the provinces named
    anywhere, the most often named breaking a tie. A mention that stays
    ambiguous keeps the candidates that survived. A commune followed straight
    away by a district it does not lie in is left out.
    """
    if not mentions:
        return []
    gaz = load()
    anchors = _Anchors.of(mentions)
    resolved = [_resolve(m, anchors, gaz) if m.ambiguous and m.level != "province" and m.options else m
                for m in mentions]
    return [m for m in resolved if not _district_says_otherwise(m, anchors)]


def _district_says_otherwise(m: PlaceMention, anchors: _Anchors) -> bool:
    """Is a commune followed straight away by a district it does not lie in ("xã Đông Xuyên (Ninh Giang)" where
    the gazetteer knows only the Đông Xuyên of Tiền Hải)? The text's own district wins: the commune is one the
    gazetteer lacks (merged or renamed since), and the mention is dropped."""
    if m.level != "commune":
        return False
    district = anchors.district_right_after(m.end)
    if district is None or district.district_code is None:
        return False
    codes = {u.district_code for group in m.options for u in group} if m.ambiguous else {m.district_code}
    return district.district_code not in codes


def _resolve(m: PlaceMention, anchors: _Anchors, gaz: Gazetteer) -> PlaceMention:
    groups = m.options
    if m.level == "commune":
        in_district = [g for g in groups if g[0].district_code in anchors.district_codes]
        if len(in_district) == 1:
            return _pick(m, in_district, gaz)
    following = anchors.following(m.end)
    if following:
        near = _narrow(groups, following, gaz)
        if len(near) == 1:
            return _pick(m, near, gaz)
    narrowed = _narrow(groups, set(anchors.counts), gaz)
    if len(narrowed) > 1:
        scores = [max((anchors.counts[k] for k in _group_keys(g)), default=0) for g in narrowed]
        best = max(scores)
        if scores.count(best) == 1:
            narrowed = [narrowed[scores.index(best)]]
    return _pick(m, narrowed, gaz) if narrowed else m
