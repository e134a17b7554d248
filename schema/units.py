"""Units as entities: the schools, committees, companies and villages that awards name, one row per real unit.

An award statement names its recipients as written ("Trường THPT Trương Định",
"THPT Trương Định", "UBND xã Ea Wer"). A reader asking "what has this school
received over the years?" needs those spellings to be one unit, and two
schools that share a name in different districts to stay two. So a name is
read three ways, each driven by data files:

* **normalised** (``name_key``): NFC, lower case, the abbreviations of
  ``data/lexicons/unit_abbreviations.txt`` spelled out, a leading "Trường"
  dropped, a trailing place qualifier (", huyện Krông Bông") set apart;
* **typed** (``type``): the longest beginning of the spelled-out name found in
  ``data/lexicons/unit_types.txt`` (school, hospital, commune_or_ward, ...);
* **placed**: a locality the name itself writes ("UBND xã Ea Wer", "Trường
  THCS Lê Lợi, huyện Krông Bông", with the type words of
  ``data/gazetteer/type_words.csv``), found in the gazetteer near the
  article's place; else the article's place.

Two mentions are one unit when their identity keys match in the same 2025
province and their districts agree (or one of them has none, and it is the
only unit of that name there). The identity key is the normalised name with a
commune that the 2025 reorganisation only renamed written with its new name,
so "UBND xã Krông Na" (2023) and "UBND xã Buôn Đôn" (2025) are one unit that
keeps its history: each mention keeps the name and place as written then.
Units are found through an index on (identity key, 2025 province): a load
never scans all units.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from tdkt.paths import DATA_DIR
from tdkt.schema.fold import words

OTHER = "other"
# Words that make the following "xã" part of a noun, not a commune: "hợp tác xã", "bảo hiểm xã hội".
_NOT_A_LOCALITY_BEFORE = ("hợp tác", "liên hiệp hợp tác")
_QUALIFIER_OPENERS = " ,(-–"
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


# -- the data files ----------------------------------------------------------------------------
def _pairs(name: str) -> dict[str, str]:
    """A lexicon of "words = value" lines (lower case, NFC); # starts a comment."""
    pairs = {}
    for line in (DATA_DIR / "lexicons" / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = unicodedata.normalize("NFC", line.strip())
        if line and not line.startswith("#") and "=" in line:
            words, value = line.split("=", 1)
            pairs[" ".join(words.lower().split())] = value.strip()
    return pairs


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    return _pairs("unit_abbreviations")


@lru_cache(maxsize=1)
def type_prefixes() -> tuple[tuple[str, str], ...]:
    """(first words, type), longest first: the most specific beginning wins."""
    return tuple(sorted(_pairs("unit_types").items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def _locality_words() -> tuple[re.Pattern, dict[str, str]]:
    """The type words that announce a place ("xã", "huyện", "TP."), and the level each names."""
    with open(DATA_DIR / "gazetteer" / "type_words.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    words = [r for r in rows if not r["written"].endswith((" ủy", " uỷ"))]  # a party committee is a unit
    levels = {r["written"]: r["level"] for r in words}
    alternatives = []
    for r in sorted(words, key=lambda r: -len(r["written"])):
        dot = {"yes": r"\.", "optional": r"\.?"}.get(r["dot"], "")
        alternatives.append(re.escape(r["written"]) + dot)
    pattern = re.compile(r"(?<![\w])(?i:(%s))\s*(?=\S)" % "|".join(alternatives))
    return pattern, levels


# -- reading a name ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Locality:
    """A place a unit's name writes: "xã Ea Wer" is (commune, "Ea Wer")."""
    level: str  # province | city | district | commune (type_words.csv)
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class UnitName:
    written: str
    name_key: str                    # the normalised name, without a trailing place qualifier
    type: str
    localities: tuple[Locality, ...]


def read_name(written: str) -> UnitName:
    """A unit's name as written, normalised, typed and with the places it writes."""
    written = " ".join(unicodedata.normalize("NFC", written).split())
    localities = tuple(find_localities(written))
    core = _without_qualifier(_without_bracket(written), localities)
    return UnitName(written=written, name_key=normalise(core), type=unit_type(spell_out(written)),
                    localities=localities)


def spell_out(name: str) -> str:
    """Lower case, punctuation as spaces, abbreviations written in full: "UBND xã Ea Wer" →
    "ủy ban nhân dân xã ea wer"."""
    lower = re.sub(r"[“”\"‘’«»()\[\],;:.\-–]+", " ", name.lower().replace("'", "’").replace("’", "'"))
    table = abbreviations()
    return " ".join(table.get(word, word) for word in lower.split())


def normalise(name: str) -> str:
    """The name two spellings of one unit share: spelled out, and without a leading "trường" (a school
    is written with and without it)."""
    words = spell_out(name).split()
    if len(words) > 2 and words[0] == "trường":
        words = words[1:]
    return " ".join(words)


def unit_type(spelled: str) -> str:
    """The type whose first words begin the name (whole words only); ``other`` when none does."""
    for prefix, kind in type_prefixes():
        if spelled == prefix or spelled.startswith(prefix + " "):
            return kind
    return OTHER


def find_localities(written: str) -> list[Locality]:
    """Places written in a name: a type word ("xã", "huyện", "TP.") then capitalised words or a number."""
    pattern, levels = _locality_words()
    found = []
    for m in pattern.finditer(written):
        before = written[:m.start()].lower().rstrip()
        if before.endswith(_NOT_A_LOCALITY_BEFORE):
            continue
        name, end = _proper_name(written, m.end())
        if name:
            word = m.group(1).lower().rstrip(".")
            found.append(Locality(levels.get(word, "district"), name, m.start(), end))
    return found


def _proper_name(text: str, start: int) -> tuple[str, int]:
    """The capitalised (or numbered) words from ``start``: "Ea Wer" of "xã Ea Wer và ..."; a comma or a
    bracket ends them."""
    words, end = [], start
    while m := _NAME_WORD.match(text, end):
        if not (m.group(1)[0].isupper() or m.group(1)[0].isdigit()):
            break
        words.append(m.group(1))
        end = m.end()
    return " ".join(words), end


_NAME_WORD = re.compile(r"[ \t]*([^\s,;()]+)")


def _without_bracket(written: str) -> str:
    """The name without the bracket the text writes after it ("Trường THCS X (Bắc Yên)", "Công ty Y
    (Ytel)"): where the unit is or what else it is called, not which unit it is."""
    bracket = _TRAILING_BRACKET.search(written)
    return written[:bracket.start()] if bracket and bracket.start() > 0 else written


def _without_qualifier(written: str, localities: tuple[Locality, ...]) -> str:
    """The name without a trailing place that qualifies it ("Trường THCS Lê Lợi, huyện X" → "Trường THCS
    Lê Lợi"); a place that is the name itself ("UBND xã Ea Wer", "xã Ea Wer") stays."""
    if not localities or localities[-1].end < len(written.rstrip(" )")):
        return written
    head = written[:localities[-1].start].rstrip(_QUALIFIER_OPENERS)
    spelled = spell_out(head)
    prefix = next((p for p, _ in type_prefixes() if spelled == p or spelled.startswith(p + " ")), "")
    return head if spelled and len(spelled) > len(prefix) else written


# -- placing and resolving ---------------------------------------------------------------------
PLACE_FIELDS = ("id", "level", "era", "province", "province_code", "district", "district_code", "commune",
                "commune_code", "province_2025", "province_2025_code", "code_2025", "label")
UNIT_PLACE = ("province", "province_code", "district", "district_code", "commune", "commune_code",
              "province_2025", "province_2025_code")


@dataclass
class Resolved:
    unit_id: int
    place_id: int | None  # the place as written then (the mention's, not the unit's)
    evidence: str


class UnitResolver:
    """Finds or makes the unit a named recipient is, within the open write transaction."""

    def __init__(self, conn):
        self.conn = conn

    def resolve(self, written: str, article_place: dict | None) -> Resolved:
        name = read_name(written)
        place, how = self.place_of(name, article_place)
        identity = self.identity_key(name, place)
        unit_id, evidence = self._match(identity, name, place)
        if unit_id is None:
            unit_id = self._insert(identity, name, place, how)
        self._count_variant(unit_id, name.written)
        return Resolved(unit_id, place.get("id") if place else None, evidence)

    # -- where the unit is
    def place_of(self, name: UnitName, article_place: dict | None) -> tuple[dict | None, str]:
        """The finest locality the name writes that the gazetteer has near the article, else the article's
        place (``how`` says which)."""
        context = self._article_place(article_place)
        for locality in sorted(name.localities, key=lambda l: _FINENESS.get(l.level, 9)):
            found = self._locate(locality, context)
            if found:
                return found, "name"
        return context, "article" if context else "none"

    def _article_place(self, place: dict | None) -> dict | None:
        if not place:
            return None
        for level in ("commune", "district", "province"):
            code = place.get(f"{level}_code")
            if code:
                era = place.get("era") or "legacy_63"
                row = self._place_row("key = ?", (f"{era}/{level}/{code}",))
                if row:
                    return row
        return {**{f: place.get(f) for f in PLACE_FIELDS}, "id": None}

    def _locate(self, locality: Locality, context: dict | None) -> dict | None:
        levels = ("district", "province") if locality.level == "city" else (locality.level,)
        for level in levels:
            rows = self._place_rows("level = ? AND name = ? AND key NOT LIKE 'named/%'", (level, locality.name))
            if context:
                rows = [r for r in rows if r["province_2025_code"] == context.get("province_2025_code")
                        or r["province_code"] == context.get("province_code")] or (rows if level == "province" else [])
                if len(rows) > 1 and context.get("district_code"):
                    rows = [r for r in rows if r["district_code"] == context["district_code"]] or rows
                if len(rows) > 1:
                    rows = [r for r in rows if r["era"] == context.get("era")] or rows
            if len({(r["era"], r["level"], r["province_code"], r["district_code"]) for r in rows}) == 1:
                return rows[0]
        return None

    def _place_rows(self, where: str, params: tuple) -> list[dict]:
        sql = f"SELECT {', '.join(PLACE_FIELDS)} FROM places WHERE {where}"
        return [dict(zip(PLACE_FIELDS, r)) for r in self.conn.execute(sql, params)]

    def _place_row(self, where: str, params: tuple) -> dict | None:
        rows = self._place_rows(where, params)
        return rows[0] if rows else None

    # -- who the unit is
    def identity_key(self, name: UnitName, place: dict | None) -> str:
        """The normalised name, with a commune the 2025 reorganisation renamed (its only predecessor)
        written with its new name, so the unit's mentions before and after are one unit."""
        if not place or place.get("level") != "commune" or place.get("era") != "legacy_63" or not place["code_2025"]:
            return name.name_key
        successor = self._place_row("key = ?", (f"reform_2025/commune/{place['code_2025']}",))
        if not successor or successor["commune"] == place["commune"]:
            return name.name_key
        predecessors = self.conn.execute("SELECT count(*) FROM places WHERE level = 'commune' AND era = 'legacy_63' "
                                         "AND code_2025 = ?", (place["code_2025"],)).fetchone()[0]
        if predecessors != 1:
            return name.name_key
        old, new = normalise(place["commune"]), normalise(successor["commune"])
        return re.sub(rf"(?<!\S){re.escape(old)}(?!\S)", new, name.name_key)

    def _match(self, identity: str, name: UnitName, place: dict | None) -> tuple[int | None, str]:
        """The unit these words name in this 2025 province: the one in the same district, else the only
        one whose district is unknown (or, for a mention without a district, the only one there)."""
        province_2025 = place.get("province_2025_code") if place else None
        rows = self.conn.execute("SELECT id, district_code, name_key FROM units WHERE identity_key = ? "
                                 "AND province_2025_code IS ?", (identity, province_2025)).fetchall()
        where = (place or {}).get("province_2025") or "no known province"
        districts, how = self._districts(place)
        if districts:
            same = [r for r in rows if r[1] in districts]
            if len(same) == 1:
                return same[0][0], _renamed(same[0][2], name) + f"same name in {how}"
            rows = [r for r in rows if r[1] is None]
        if len(rows) == 1:
            self._place_finer(rows[0][0], place)
            return rows[0][0], _renamed(rows[0][2], name) + f"the only unit of that name in {where}"
        if rows:
            return None, f"{len(rows)} units of that name in {where}, none in its district: a unit of its own"
        return None, "first mention"

    def _districts(self, place: dict | None) -> tuple[set[str], str]:
        """The legacy districts a place lies in: its own, or for a 2025 commune (which has no district) those
        of the communes it was formed from, so a unit written before and after 2025 is found again."""
        if not place:
            return set(), ""
        if place.get("district_code"):
            return {place["district_code"]}, f"the same district ({place['district']})"
        if place.get("level") == "commune" and place.get("era") == "reform_2025":
            rows = self.conn.execute("SELECT DISTINCT district_code, district FROM places WHERE level = 'commune' "
                                     "AND era = 'legacy_63' AND code_2025 = ?", (place["commune_code"],)).fetchall()
            return ({r[0] for r in rows if r[0]},
                    f"the district ({', '.join(sorted(r[1] for r in rows if r[1]))}) whose communes formed "
                    f"xã {place['commune']} in 2025")
        return set(), ""

    def _place_finer(self, unit_id: int, place: dict | None) -> None:
        """A unit known only by its province learns its district from a mention that writes one."""
        if place and place.get("district_code"):
            self.conn.execute("UPDATE units SET district = ?, district_code = ?, place_id = coalesce(?, place_id) "
                              "WHERE id = ? AND district_code IS NULL",
                              (place["district"], place["district_code"], place.get("id"), unit_id))

    def _insert(self, identity: str, name: UnitName, place: dict | None, how: str) -> int:
        values = {f: (place or {}).get(f) for f in UNIT_PLACE}
        values.update(name=name.written, name_key=name.name_key, identity_key=identity,
                      name_folded=" ".join(words(name.name_key)), type=name.type, place_id=(place or {}).get("id"),
                      place_how=how, variants=json.dumps([name.written], ensure_ascii=False), mentions=0)
        columns = list(values)
        return self.conn.execute(f"INSERT INTO units ({', '.join(columns)}) VALUES "
                                 f"({', '.join('?' for _ in columns)})", [values[c] for c in columns]).lastrowid

    def _count_variant(self, unit_id: int, written: str) -> None:
        self.conn.execute("INSERT INTO unit_names (unit_id, name, mentions) VALUES (?, ?, 1) "
                          "ON CONFLICT(unit_id, name) DO UPDATE SET mentions = mentions + 1", (unit_id, written))


def _renamed(unit_name_key: str, name: UnitName) -> str:
    """Said when the unit was first written with another commune's name: the 2025 reorganisation renamed it."""
    return "its commune renamed by the 2025 reorganisation; " if unit_name_key != name.name_key else ""


_FINENESS = {"commune": 0, "district": 1, "city": 2, "province": 3}


# -- after a change ----------------------------------------------------------------------------
def forget_mentions(conn, article_id: int) -> set[int]:
    """Take an article's named recipients out (before its facts are written again); returns their units."""
    rows = conn.execute("SELECT unit_id, name FROM award_recipients WHERE article_id = ? AND unit_id IS NOT NULL",
                        (article_id,)).fetchall()
    conn.executemany("UPDATE unit_names SET mentions = mentions - 1 WHERE unit_id = ? AND name = ?", rows)
    conn.execute("DELETE FROM award_recipients WHERE article_id = ?", (article_id,))
    return {r[0] for r in rows}


def refresh_units(conn, unit_ids) -> None:
    """Each unit's variants, display name and mention count from its spellings (a handful per unit, so
    this costs the same however many articles name it); a unit no award names any more is deleted."""
    for unit_id in unit_ids:
        conn.execute("DELETE FROM unit_names WHERE unit_id = ? AND mentions <= 0", (unit_id,))
        names = conn.execute("SELECT name, mentions FROM unit_names WHERE unit_id = ? ORDER BY rowid",
                             (unit_id,)).fetchall()
        if not names:
            conn.execute("DELETE FROM units WHERE id = ?", (unit_id,))
            continue
        # the most written spelling; on a tie the fullest one without a place qualifier
        shown = max(names, key=lambda n: (n[1], "(" not in n[0] and "," not in n[0], len(n[0])))[0]
        conn.execute("UPDATE units SET name = ?, variants = ?, mentions = ? WHERE id = ?",
                     (shown, json.dumps([n[0] for n in names], ensure_ascii=False), sum(n[1] for n in names),
                      unit_id))
