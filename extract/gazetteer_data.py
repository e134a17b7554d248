"""The gazetteer tables (data/gazetteer/*.csv) loaded once, plus plain lookups.

Two administrative eras live side by side because the news spans both: the
63 provinces with their districts (until 30/6/2025) and the 34 provinces with
communes only (from 1/7/2025). Codes are GSO codes; a 2025 unit reuses the
code of one predecessor, so a code alone is ambiguous across eras ("15" is
Yên Bái before and Lào Cai after) and every record carries its era.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tdkt.extract.normalize import fold_case, normalize_text
from tdkt.extract.resources import data_path

LEGACY, REFORM, BOTH = "legacy_63", "reform_2025", "both"
_TOKEN = re.compile(r"\w+(?:'\w+)*")


@dataclass(frozen=True, eq=False)
class AdminUnit:
    """One province, district or commune of one era.

    Each unit is loaded once and shared, so identity is equality (and hashing
    is cheap: place mentions keep tuples of units).
    """

    level: str                 # "province" | "district" | "commune"
    era: str                   # "legacy_63" | "reform_2025"
    code: str
    name: str                  # as commonly written, without the type word
    type_word: str             # "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", ...
    province_code: str         # its own code for a province
    district_code: str | None = None
    province_2025_code: str | None = None
    code_2025: str | None = None   # the 2025 unit that took over a legacy province or commune
    former: bool = False       # an old name from renamed.csv; `code` is then its successor's


@dataclass(frozen=True)
class NameEntry:
    """A unit reachable under one matching key."""

    unit: AdminUnit
    bare: bool                 # may be a mention without a type word
    alias: bool                # reached through an alias, not the unit's own name


@dataclass(frozen=True)
class TypeWord:
    written: str
    level: str                 # "province" | "city" | "district" | "commune"
    unit_type: str
    dot: str                   # "yes" | "no" | "optional"


@dataclass
class Gazetteer:
    provinces: dict[tuple[str, str], AdminUnit] = field(default_factory=dict)
    districts: dict[str, AdminUnit] = field(default_factory=dict)
    communes: dict[tuple[str, str], AdminUnit] = field(default_factory=dict)
    names: dict[str, list[NameEntry]] = field(default_factory=dict)
    lengths_by_first: dict[str, tuple[int, ...]] = field(default_factory=dict)
    type_words: dict[str, TypeWord] = field(default_factory=dict)
    bare_exclusions: frozenset[str] = frozenset()
    former_districts: list[AdminUnit] = field(default_factory=list)

    def add_name(self, name: str, entry: NameEntry) -> None:
        key = _data_key(name)
        if not key:
            return
        entries = self.names.setdefault(key, [])
        if any(e.unit == entry.unit for e in entries):
            return
        entries.append(entry)

    def province_name(self, era: str, code: str | None) -> str | None:
        unit = self.provinces.get((era, code or ""))
        return unit.name if unit else None


def name_key(name: str) -> str:
    """The matching key of a name: normalised, case-folded words joined by one space.

    Hyphens, dots and spacing vanish, so "Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu"
    and "BÀ RỊA - VŨNG TÀU" share one key.
    """
    return " ".join(_TOKEN.findall(fold_case(normalize_text(name))))


def _data_key(name: str) -> str:
    """name_key for names read from the data files, which are normalised already."""
    return " ".join(_TOKEN.findall(fold_case(name)))


def gazetteer_dir() -> Path:
    return data_path("gazetteer")


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a CSV in data/gazetteer; lines starting with # are comments."""
    with open(gazetteer_dir() / name, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def _load_units(gaz: Gazetteer) -> None:
    for row in read_table("provinces.csv"):
        gaz.provinces[(row["era"], row["code"])] = AdminUnit(
            "province", row["era"], row["code"], row["name"], row["type"], row["code"],
            province_2025_code=row["code_2025"], code_2025=row["code_2025"])
    for row in read_table("districts.csv"):
        gaz.districts[row["code"]] = AdminUnit(
            "district", LEGACY, row["code"], row["name"], row["type"], row["province_code"],
            district_code=row["code"], province_2025_code=gaz.provinces[(LEGACY, row["province_code"])].code_2025)
    for row in read_table("communes.csv"):
        gaz.communes[(row["era"], row["code"])] = AdminUnit(
            "commune", row["era"], row["code"], row["name"], row["type"], row["province_code"],
            district_code=row["district_code"] or None, province_2025_code=row["province_2025_code"],
            code_2025=row["code_2025"] or None)


def _load_former(gaz: Gazetteer) -> None:
    """Old district names (renamed.csv) point at the unit that took them over."""
    for row in read_table("renamed.csv"):
        if row["level"] != "district":
            continue
        successor = gaz.districts[row["successor_code"]]
        unit = AdminUnit("district", LEGACY, successor.code, row["old_name"], row["old_type"],
                         row["province_code"], district_code=successor.code,
                         province_2025_code=successor.province_2025_code, former=True)
        gaz.former_districts.append(unit)


def _unit_for_alias(gaz: Gazetteer, row: dict[str, str]) -> AdminUnit | None:
    """The record an alias row points at; an old district name has its own record."""
    if row["level"] == "province":
        return gaz.provinces.get((row["era"], row["code"]))
    if row["level"] == "commune":
        return gaz.communes.get((row["era"], row["code"]))
    unit = gaz.districts.get(row["code"])
    if unit is not None and unit.name != row["name"]:
        unit = next((f for f in gaz.former_districts
                     if f.code == row["code"] and f.name == row["name"]), None)
    return unit


def _index_names(gaz: Gazetteer) -> None:
    for unit in gaz.provinces.values():
        gaz.add_name(unit.name, NameEntry(unit, bare=True, alias=False))
    for unit in gaz.districts.values():
        gaz.add_name(unit.name, NameEntry(unit, bare=True, alias=False))
    for unit in gaz.former_districts:
        gaz.add_name(unit.name, NameEntry(unit, bare=True, alias=False))
    for unit in gaz.communes.values():
        gaz.add_name(unit.name, NameEntry(unit, bare=False, alias=False))
    for row in read_table("aliases.csv"):
        unit = _unit_for_alias(gaz, row)
        if unit is not None:
            gaz.add_name(row["alias"], NameEntry(unit, bare=row["bare"] == "yes", alias=True))
    lengths: dict[str, set[int]] = {}
    for key in gaz.names:
        words = key.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    gaz.lengths_by_first = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Read every gazetteer file once per process."""
    gaz = Gazetteer()
    _load_units(gaz)
    _load_former(gaz)
    _index_names(gaz)
    for row in read_table("type_words.csv"):
        tw = TypeWord(fold_case(row["written"]), row["level"], row["unit_type"], row["dot"])
        gaz.type_words[tw.written] = tw
    gaz.bare_exclusions = frozenset(name_key(r["name"]) for r in read_table("bare_exclusions.csv"))
    return gaz


# ------------------------------------------------------------------ lookups --

def _eras(era: str | None) -> tuple[str, ...]:
    return (era,) if era else (LEGACY, REFORM)


def find_province(name_or_code: str, era: str | None = None) -> AdminUnit | None:
    """A province by GSO code ("17") or by name or alias ("Hòa Bình", "TP.HCM", "Sài Gòn").

    Without `era` the legacy (63-province) record wins when both exist, since a
    legacy record also tells its 2025 successor (`code_2025`).
    """
    gaz = load()
    if not isinstance(name_or_code, str) or not name_or_code.strip():
        return None
    text = name_or_code.strip()
    if text.isdigit():
        code = text.zfill(2)
        return next((gaz.provinces[(e, code)] for e in _eras(era) if (e, code) in gaz.provinces), None)
    key = name_key(text)
    key = _strip_type_word(key, gaz, levels=("province", "city"))
    units = [e.unit for e in gaz.names.get(key, []) if e.unit.level == "province"]
    for e in _eras(era):
        own = [u for u in units if u.era == e and name_key(u.name) == key]
        if own:
            return own[0]
    for e in _eras(era):
        match = [u for u in units if u.era == e]
        if match:
            return match[0]
    return None


@lru_cache(maxsize=1)
def _province_renames() -> dict[str, tuple[str, str]]:
    """Legacy province code → (earlier name, later name, first day of it), from renamed.csv province rows."""
    return {row["province_code"]: (row["old_name"], row["successor_name"], f"{row['effective_year']}-01-01")
            for row in read_table("renamed.csv") if row["level"] == "province" and row["effective_year"]}


def province_name_at(code: str | None, name: str, day: str | None) -> str:
    """The name a legacy province had on a day (ISO date, or its first 7 or 4 characters):
    Thừa Thiên Huế became Huế on 1/1/2025, before the July 2025 reform, so a 2017 article's
    "Huế" is Thừa Thiên Huế. Undated: the name given."""
    renamed = _province_renames().get(code or "")
    if renamed is None or not day:
        return name
    earlier, later, since = renamed
    return later if str(day) >= since[: len(str(day))] else earlier


def province_2025(province_code: str) -> AdminUnit | None:
    """The 2025 province that a legacy province (code or name) went into."""
    legacy = find_province(province_code, era=LEGACY)
    if legacy is None:
        return None
    return load().provinces.get((REFORM, legacy.code_2025 or ""))


def find_district(name: str, province: str | None = None) -> AdminUnit | None:
    """A legacy district by name ("Kim Bôi", "huyện Kỳ Anh", "Hoành Bồ"), optionally
    inside a province (name or code). None when unknown or still ambiguous."""
    gaz = load()
    if not isinstance(name, str) or not name.strip():
        return None
    key = name_key(name)
    stripped = _strip_type_word(key, gaz, levels=("district", "city"))
    wanted_type = key[: len(key) - len(stripped)].strip() if stripped != key else None
    units = [e.unit for e in gaz.names.get(stripped, []) if e.unit.level == "district"]
    if province is not None:
        home = find_province(province, era=LEGACY)
        units = [u for u in units if home is not None and u.province_code == home.code]
    if wanted_type:
        tw = gaz.type_words.get(wanted_type)
        typed = [u for u in units if tw and u.type_word == tw.unit_type]
        units = typed or units
    own = [u for u in units if name_key(u.name) == stripped] or units
    return own[0] if len({(u.code, u.name) for u in own}) == 1 else None


def _strip_type_word(key: str, gaz: Gazetteer, levels: tuple[str, ...]) -> str:
    for written, tw in sorted(gaz.type_words.items(), key=lambda kv: -len(kv[0])):
        if tw.level in levels and key.startswith(written + " "):
            return key[len(written) + 1:]
    return key


@dataclass(frozen=True)
class SlugIndex:
    """ASCII slugs as used in domain names ("hoabinh", "kimboi")."""

    provinces: dict[str, AdminUnit]                  # slug → province (legacy record preferred)
    districts: dict[tuple[str, str], AdminUnit]      # (legacy province code, slug) → district
    prefixes: tuple[str, ...]                        # label prefixes to drop ("tp", "huyen")
    initials: dict[str, AdminUnit] = field(default_factory=dict)   # "dt" → Đồng Tháp, when no other province shares them
    district_slugs: dict[str, tuple[AdminUnit, ...]] = field(default_factory=dict)  # slug → districts, every province
    communes: dict[tuple[str, str], tuple[AdminUnit, ...]] = field(default_factory=dict)  # (province code, slug) → legacy communes


def ascii_slug(name: str) -> str:
    """'Bà Rịa - Vũng Tàu' → 'bariavungtau'."""
    base = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in base.lower() if c.isascii() and c.isalnum())


@lru_cache(maxsize=1)
def slug_index() -> SlugIndex:
    """Slugs of every province (both eras) and legacy district, plus slug_aliases.csv."""
    gaz = load()
    provinces: dict[str, AdminUnit] = {}
    for era in (REFORM, LEGACY):  # legacy last, so it wins a shared slug
        for (e, _), unit in gaz.provinces.items():
            if e == era:
                provinces[ascii_slug(unit.name)] = unit
    districts: dict[tuple[str, str], AdminUnit] = {}
    for unit in list(gaz.former_districts) + list(gaz.districts.values()):
        districts[(unit.province_code, ascii_slug(unit.name))] = unit
    prefixes = []
    for row in read_table("slug_aliases.csv"):
        if row["kind"] == "prefix":
            prefixes.append(row["slug"])
        if row["kind"] not in ("province", "district"):
            continue
        home = find_province(row["province"])
        if home is None:
            raise ValueError(f"slug_aliases.csv: unknown province {row['province']!r}")
        if row["kind"] == "province":
            provinces[row["slug"]] = home
        else:
            unit = find_district(row["district"], province=home.code)
            if unit is None:
                raise ValueError(f"slug_aliases.csv: unknown district {row['district']!r}")
            districts[(home.code, row["slug"])] = unit
    by_slug: dict[str, list[AdminUnit]] = {}
    for (_, slug), unit in districts.items():
        if unit not in by_slug.setdefault(slug, []):
            by_slug[slug].append(unit)
    communes: dict[tuple[str, str], list[AdminUnit]] = {}
    for (era, _), unit in gaz.communes.items():
        if era == LEGACY:
            communes.setdefault((unit.province_code, ascii_slug(unit.name)), []).append(unit)
    return SlugIndex(provinces, districts, tuple(sorted(prefixes, key=len, reverse=True)),
                     initials=_unique_initials(gaz), district_slugs={k: tuple(v) for k, v in by_slug.items()},
                     communes={k: tuple(v) for k, v in communes.items()})


def _unique_initials(gaz: Gazetteer) -> dict[str, AdminUnit]:
    """Initials of the legacy provinces' names ("Đồng Tháp" → "dt") that name one province only."""
    found: dict[str, list[AdminUnit]] = {}
    for (era, _), unit in gaz.provinces.items():
        if era == LEGACY:
            key = "".join(ascii_slug(word)[:1] for word in _TOKEN.findall(unit.name))
            found.setdefault(key, []).append(unit)
    return {key: units[0] for key, units in found.items() if len(units) == 1 and len(key) >= 2}
