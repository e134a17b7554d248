"""People, not names: the mentions of one name resolved into persons, each merge with its evidence.

Vietnamese names repeat: there are many "Nguyễn Văn Hùng", and a row per name
would make a Bình Thuận education-office head and a Bắc Ninh district union
chairman one official. A mention is linked to another of the same name only
on evidence, written on the mention (``official_mentions.person_evidence``):

* **same organisation**: a title of each names the same organisation
  ("Chủ tịch UBND huyện" in Đắk Song and "Phó Bí thư Huyện ủy" of Đắk Song are
  both the district's leadership; "Liên đoàn Lao động tỉnh" is another
  organisation), in the same province, or anywhere for a national body
  ("Ban Thi đua - Khen thưởng Trung ương");
* **only one there**: a mention whose titles name no organisation joins the
  one person of that name in its province, when there is exactly one.

Otherwise the mention is a person of its own. ``officials`` holds one row per
person (the province and organisation it was resolved by), and
``official_appearances`` lists a person's titles over time.
"""
from __future__ import annotations

import itertools
import json
import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from tdkt.paths import DATA_DIR

# The leadership of a locality (its People's Committee, Council and Party committee) is one organisation:
# one person holds posts in all three ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện").
_LOCALITY = re.compile(r"\b(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|hội đồng nhân dân|(?:huyện|tỉnh|thành|thị|"
                       r"quận|đảng) (?:ủy|uỷ))\s*(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)?"
                       r"\s*([^,;()]*)")
_LOCALITY_LEVEL = {"huyện ủy": "huyện", "huyện uỷ": "huyện", "tỉnh ủy": "tỉnh", "tỉnh uỷ": "tỉnh",
                   "thành ủy": "thành phố", "thành uỷ": "thành phố", "thị ủy": "thị xã", "thị uỷ": "thị xã",
                   "quận ủy": "quận", "quận uỷ": "quận", "đảng ủy": "xã", "đảng uỷ": "xã"}
_NATIONAL = re.compile(r"trung ương|chính phủ|quốc hội|\bbộ\b(?! chỉ huy)|\bnhà nước\b")
_PROVINCE_WORDS = ("tỉnh", "thành phố", "tp", "tp.")


@lru_cache(maxsize=1)
def _title_heads() -> re.Pattern:
    """The role words of a title ("Phó Chủ tịch"), from the lexicon the engine reads: what remains is the
    organisation."""
    words = [w.strip() for w in (DATA_DIR / "lexicons" / "title_heads.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    words.sort(key=len, reverse=True)
    return re.compile(r"^(?:nguyên|quyền|phụ trách)?\s*(?:%s)\b\s*" % "|".join(re.escape(w) for w in words))


@dataclass
class Mention:
    id: int
    official_id: int
    name_key: str
    name: str
    titles: list[str]
    province: str | None
    district: str | None
    date: str | None
    organisations: set[str] = field(default_factory=set)
    official: tuple = ()  # (name, name_key, name_folded) of its official's row, copied to a new person's


def organisations(title: str, province: str | None, district: str | None) -> set[str]:
    """The organisations a title names, as comparable keys: a locality's leadership is
    "locality:<level>:<place>", another body its words (with the place it is in when unnamed)."""
    kind, words = _title_parts(title)
    if kind == "locality":
        found = set()
        for level, name in words:
            name = name or (province if level in _PROVINCE_WORDS else district) or ""
            found.add(f"locality:{'province' if level in _PROVINCE_WORDS else level}:{name.lower()}")
        return found
    if kind == "national":
        return {f"national:{words}"}
    if kind == "body":
        return {f"body:{words}:{province or ''}"}
    return set()


@lru_cache(maxsize=50_000)
def _title_parts(title: str) -> tuple[str, object]:
    """What a title says whatever the place it is read in: the localities it names ((level, name) pairs,
    the name empty when the title leaves it to the place), else the body it names, national or not. The
    same titles recur across thousands of mentions in every province: each is read once (bounded)."""
    lower = " ".join(title.lower().split())
    localities = []
    for m in _LOCALITY.finditer(lower):
        head = m.group(0).split()[:2]
        level = m.group(1) or _LOCALITY_LEVEL.get(" ".join(head)) or ""
        localities.append((level, m.group(2).strip()))
    if localities:
        return "locality", tuple(localities)
    rest = _title_heads().sub("", lower).strip(" ,-–")
    if not rest or len(rest) < 3:
        return "none", None
    return ("national" if _NATIONAL.search(rest) else "body"), rest


# Names with mentions not yet resolved (written since the last resolution, or left by an interrupted load).
PENDING_OFFICIAL_NAMES = ("SELECT DISTINCT o.name_key FROM official_mentions m JOIN officials o ON o.id = m.official_id "
                          "WHERE m.person_evidence IS NULL")


def resolve_persons(conn: sqlite3.Connection, name_keys: Iterable[str], *, drop_orphans: bool = True) -> int:
    """Resolve the mentions of these names into persons (rewriting their official ids); returns the persons.
    ``drop_orphans=False`` keeps the official rows no mention names any more, for the caller to drop
    (``drop_orphans``) once every chunk of names is resolved."""
    keys = sorted(set(name_keys))
    if not keys:
        return 0
    mentions = _mentions(conn, keys)
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        by_name.setdefault(m.name_key, []).append(m)
    new_ids = itertools.count(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM officials").fetchone()[0])
    rows = _Rows()
    for group in by_name.values():
        _person_rows(_cluster(group), new_ids, rows)
    rows.write(conn)
    if drop_orphans:
        _drop_orphans(conn, keys)
    return rows.persons


def _mentions(conn, keys: list[str]) -> list[Mention]:
    rows = conn.execute(
        "SELECT m.id, m.official_id, o.name_key, m.name, m.titles, p.province, p.district, "
        "coalesce(e.date, a.published), o.name, o.name_folded FROM official_mentions m "
        "JOIN officials o ON o.id = m.official_id "
        "JOIN articles a ON a.id = m.article_id LEFT JOIN events e ON e.article_id = m.article_id "
        "LEFT JOIN places p ON p.id = e.place_id WHERE o.name_key IN (SELECT value FROM json_each(?)) "
        "ORDER BY coalesce(e.date, a.published), m.id", (json.dumps(keys, ensure_ascii=False),))
    found = []
    for mid, oid, key, name, titles, province, district, date, official_name, folded in rows:
        titles, named = _titles_and_organisations(titles, province, district)
        found.append(Mention(mid, oid, key, name, titles, province, district, date, set(named),
                             (official_name, key, folded)))
    return found


@lru_cache(maxsize=50_000)
def _titles_and_organisations(titles: str | None, province: str | None, district: str | None
                              ) -> tuple[list[str], frozenset[str]]:
    """A mention's titles (as stored, JSON) and the organisations they name there; the same titles in
    the same place recur across a name's mentions, so each is read once (bounded: memory stays flat)."""
    parsed = _parsed_titles(titles)
    named: set[str] = set()
    for title in parsed:
        named |= organisations(title, province, district)
    return parsed, frozenset(named)


@lru_cache(maxsize=50_000)
def _parsed_titles(titles: str | None) -> list[str]:
    """The titles column read once per value (shared: never changed)."""
    return json.loads(titles) if titles else []


def _cluster(mentions: list[Mention]) -> list[list[tuple[Mention, str]]]:
    """Persons of one name: mentions linked by an organisation in common, then unplaced ones joined to the
    one person of their province. Each mention comes with the evidence that put it there.

    A mention joins the first person (in the order persons were made) holding an earlier mention that
    shares an organisation with it (in the same province, or a national body). Where each organisation was
    first seen is remembered, so a name mentioned a thousand times costs a thousand look-ups, not a
    million comparisons."""
    persons: list[list[tuple[Mention, str]]] = []
    first_seen: dict[tuple[str, str | None], tuple[int, int]] = {}  # slot → its earliest (person, position)
    loose = []
    for m in mentions:
        if not m.organisations:
            loose.append(m)
            continue
        slots = [_slot(key, m.province) for key in m.organisations]
        found = None
        for slot in slots:
            seen = first_seen.get(slot)
            if seen is not None and (found is None or seen < found):
                found = seen
        if found is None:
            index = len(persons)
            persons.append([(m, "first mention")])
        else:
            index, position = found
            person = persons[index]
            shared = _shared_key(m, person[position][0])
            person.append((m, f"same organisation as mention {person[0][0].id}: {shared}"))
        here = (index, len(persons[index]) - 1)
        for slot in slots:  # the earliest person holding it wins, as a scan in order would find
            if slot not in first_seen or here < first_seen[slot]:
                first_seen[slot] = here
    provinces: dict[str | None, dict[int, None]] = {}  # province → the persons with a mention there, in order
    for index, person in enumerate(persons):
        for x, _ in person:
            provinces.setdefault(x.province, {})[index] = None
    for m in loose:
        here = provinces.get(m.province, {})
        if len(here) == 1 and m.province:
            persons[next(iter(here))].append((m, f"same name in {m.province}, where one person has it"))
        else:
            persons.append([(m, "first mention" if not here else "no evidence links it to another person")])
            provinces.setdefault(m.province, {})[len(persons) - 1] = None
    return persons


def _slot(organisation: str, province: str | None) -> tuple[str, str | None]:
    """Mentions of an organisation are linked within a province, a national body's anywhere."""
    return (organisation, None) if organisation.startswith("national:") else (organisation, province)


def _shared_key(m: Mention, other: Mention) -> str:
    """The organisation that links two mentions, as the evidence names it (the first in sorted order)."""
    for key in sorted(m.organisations & other.organisations):
        if key.startswith("national:") or other.province == m.province:
            return key.split(":", 1)[1]
    raise AssertionError("the mentions share no organisation")


@dataclass
class _Rows:
    """What resolving a chunk of names writes, gathered over every name of the chunk: three statements
    for all of them (a statement per name, or per person, was most of the time)."""
    persons: int = 0
    new_officials: list = field(default_factory=list)  # (id, name, name_key, name_folded)
    officials: list = field(default_factory=list)      # (province, organisation, id)
    moved: list = field(default_factory=list)          # (official id, evidence, mention id): another official
    kept: list = field(default_factory=list)           # (evidence, mention id): the official it had

    def write(self, conn) -> None:
        conn.executemany("INSERT INTO officials (id, name, name_key, name_folded) VALUES (?, ?, ?, ?)",
                         self.new_officials)
        conn.executemany("UPDATE officials SET province = ?, organisation = ? WHERE id = ?", self.officials)
        conn.executemany("UPDATE official_mentions SET official_id = ?, person_evidence = ? WHERE id = ?",
                         self.moved)
        # the official id left alone: its index entry and foreign key are not touched (2.5 times faster)
        conn.executemany("UPDATE official_mentions SET person_evidence = ? WHERE id = ?", self.kept)


def _person_rows(persons: list[list[tuple[Mention, str]]], new_ids: Iterator[int], rows: _Rows) -> None:
    """Each person keeps the official id most of its mentions had; new rows for the others (a copy of the
    first mention's official's name), numbered as SQLite would number them one by one (``new_ids``: one
    past the largest id, then on)."""
    claimed: set[int] = set()
    for person in persons:
        first = person[0][0]
        ids = [m.official_id for m, _ in person if m.official_id not in claimed]
        official_id = min(ids) if ids else None
        organisation = next(iter(sorted(first.organisations)), None)
        if official_id is None:
            official_id = next(new_ids)
            rows.new_officials.append((official_id, *first.official))
        claimed.add(official_id)
        rows.officials.append((first.province, organisation, official_id))
        for m, evidence in person:
            if m.official_id == official_id:
                rows.kept.append((evidence, m.id))
            else:
                rows.moved.append((official_id, evidence, m.id))
    rows.persons += len(persons)


def _drop_orphans(conn, keys: list[str]) -> None:
    drop_orphans(conn, "SELECT value FROM json_each(?)", (json.dumps(keys, ensure_ascii=False),))


def drop_orphans(conn, names_sql: str, params: tuple = ()) -> None:
    """Officials of these names (a query of name keys) that no mention names any more."""
    conn.execute(f"DELETE FROM officials WHERE name_key IN ({names_sql}) AND NOT EXISTS "
                 "(SELECT 1 FROM official_mentions m WHERE m.official_id = officials.id)", params)
