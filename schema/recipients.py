"""The recipients an award names, linked to units and to persons (``award_recipients``).

A statement "tặng Bằng khen cho Trường THPT Trương Định và ông Nguyễn Văn An"
names a unit and a person. Each name becomes a row with its span and sentence:

* a unit (any recipient kind but individuals and households) is resolved into
  ``units`` as the article is written (schema.units);
* a person (an entry whose recipient is ``ca_nhan``) is linked to the person
  the officials already are (schema.persons) only on evidence, written on the
  row (``person_evidence``): the same article names that person with a title,
  or the person is the only official of that name in the article's province.
  Persons are resolved after a load, so the link is made then
  (``link_persons``), for the names of rows not yet linked only.
"""
from __future__ import annotations

import json

from tdkt.schema.facts import Facts, name_key
from tdkt.schema.units import UnitResolver, forget_mentions, refresh_units

UNIT, PERSON, HOUSEHOLD = "unit", "person", "household"
KIND_OF_RECIPIENT = {"ca_nhan": PERSON, "ho_gia_dinh": HOUSEHOLD}  # every other recipient kind names units
NOT_LINKED = "not linked: "
RECIPIENT_COLUMNS = ("award_id", "article_id", "position", "kind", "name", "name_key", "unit_id", "place_id",
                     "unit_evidence", "span_start", "span_end", "sentence", "extractor_version")
RECIPIENT_SQL = (f"INSERT INTO award_recipients ({', '.join(RECIPIENT_COLUMNS)}) "
                 f"VALUES ({', '.join('?' for _ in RECIPIENT_COLUMNS)})")


class RecipientWriter:
    """Writes the named recipients of one article's awards, inside the article's transaction."""

    def __init__(self, conn):
        self.conn = conn
        self.units = UnitResolver(conn)

    def forget(self, article_id: int) -> set[int]:
        """An article's recipients are removed (it is written again); returns the units they named."""
        return forget_mentions(self.conn, article_id)

    def write(self, article_id: int, facts: Facts, old_units: set[int]) -> None:
        named = [(position, award) for position, award in enumerate(facts.awards) if award.get("named")]
        units = set(old_units)
        if named:
            award_ids = dict(self.conn.execute("SELECT position, id FROM awards WHERE article_id = ?", (article_id,)))
            rows = []
            for position, award in named:
                for order, (name, start, end) in enumerate(award["named"]):
                    row = self._row(award_ids[position], article_id, order, award, name, start, end, facts)
                    rows.append(row)
                    if row[6] is not None:
                        units.add(row[6])
            self.conn.executemany(RECIPIENT_SQL, rows)
        refresh_units(self.conn, sorted(units))

    def _row(self, award_id, article_id, order, award, name, start, end, facts) -> tuple:
        kind = KIND_OF_RECIPIENT.get(award.get("recipient"), UNIT)
        unit_id = place_id = evidence = None
        if kind == UNIT:
            resolved = self.units.resolve(name, facts.place)
            unit_id, place_id, evidence = resolved.unit_id, resolved.place_id, resolved.evidence
        return (award_id, article_id, order, kind, name, name_key(name), unit_id, place_id, evidence, start, end,
                award.get("sentence"), award.get("extractor_version"))


# Person names to link: rows written since the last resolution (or left by an interrupted load), and rows
# whose official went in a new resolution.
PENDING_RECIPIENT_NAMES = (
    "SELECT DISTINCT name_key FROM award_recipients WHERE kind = 'person' AND (person_evidence IS NULL OR "
    f"(official_id IS NULL AND person_evidence NOT LIKE '{NOT_LINKED}%'))")


def link_persons(conn, names) -> int:
    """Link the person recipients of these names to the officials who are the same person; returns the
    number linked. Runs after schema.persons has resolved the officials of the same names."""
    keys = json.dumps(sorted(set(names)), ensure_ascii=False)
    rows = conn.execute(
        "SELECT r.id, r.article_id, r.name_key, p.province FROM award_recipients r "
        "LEFT JOIN events e ON e.article_id = r.article_id LEFT JOIN places p ON p.id = e.place_id "
        "WHERE r.kind = 'person' AND r.name_key IN (SELECT value FROM json_each(?))", (keys,)).fetchall()
    updates = [(*_same_person(conn, article_id, key, province), rid) for rid, article_id, key, province in rows]
    conn.executemany("UPDATE award_recipients SET official_id = ?, person_evidence = ? WHERE id = ?", updates)
    return sum(1 for u in updates if u[0] is not None)


def _same_person(conn, article_id: int, key: str, province: str | None) -> tuple[int | None, str]:
    """The official this recipient is, and why; or None and why not."""
    row = conn.execute("SELECT m.official_id, m.id FROM official_mentions m JOIN officials o ON o.id = m.official_id "
                       "WHERE m.article_id = ? AND o.name_key = ? ORDER BY m.position LIMIT 1",
                       (article_id, key)).fetchone()
    if row:
        return row[0], f"named with a title in the same article (mention {row[1]})"
    if not province:
        return None, NOT_LINKED + "the article has no province to compare"
    found = [r[0] for r in conn.execute("SELECT id FROM officials WHERE name_key = ? AND province = ?",
                                        (key, province))]
    if len(found) == 1:
        return found[0], f"the only official of that name in {province}"
    if found:
        return None, NOT_LINKED + f"{len(found)} officials of that name in {province}"
    return None, NOT_LINKED + f"no official of that name in {province}"
