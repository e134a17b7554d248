"""Writing one article's facts: its event and place, officials, campaigns and awards.

Reference rows a fact needs (an official's row, a raw campaign, a taxonomy
code seen for the first time, a place the gazetteer does not know) are made
on the way. Their ids are remembered to spare a query per fact; ids made in
the open batch are only trusted once it commits (``commit``/``abandon``).
"""
from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import dataclass
from operator import itemgetter

from tdkt.schema import reference, summaries
from tdkt.schema.facts import Facts, campaign_id, folded_name, name_key
from tdkt.schema.recipients import RecipientWriter

PROVENANCE = ("text", "sentence", "span_start", "span_end", "sentence_start", "sentence_end", "confidence",
              "extractor_version")
EVENT_COLUMNS = ("kind", "date", "year", "organizer", "place_era", "place_how", *PROVENANCE, "evidence")
AWARD_COLUMNS = ("code", "kind", "level", "recipient", "count", "status", "period", "issuer",
                 "role", "part_of", "parts_sum", "reconciles", "counted", "qualifier", "scope_level",
                 "scope_province", "scope_district", "scope_commune", "scope_text", "scope_how", "period_end",
                 "multi_year", *PROVENANCE)
MAX_REMEMBERED = 50_000  # ids kept in memory: bounded, so memory stays flat however long the load


def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


EVENT_SQL = insert_sql("events", ("article_id", "place_id", *EVENT_COLUMNS))
OFFICIAL_MENTION_SQL = insert_sql("official_mentions", ("official_id", "article_id", "position", "name", "titles",
                                                        "mentions", *PROVENANCE))
CAMPAIGN_MENTION_SQL = insert_sql("campaign_mentions", ("campaign_id", "article_id", "position", "name",
                                                        *PROVENANCE))
AWARD_SQL = insert_sql("awards", ("article_id", "position", *AWARD_COLUMNS))
CAMPAIGN_SQL = "INSERT OR IGNORE INTO campaigns (id, name, canonical) VALUES (?, ?, ?)"
_BUFFERED = (EVENT_SQL, OFFICIAL_MENTION_SQL, CAMPAIGN_SQL, CAMPAIGN_MENTION_SQL, AWARD_SQL)  # in this order
PLACE_COLUMNS = ("key", "level", "era", "name", "code", "province", "province_code", "district", "district_code",
                 "commune", "commune_code", "province_2025", "province_2025_code", "label")


class KeptRowsFailed(Exception):
    """Some fact rows of a batch written table by table (``FactWriter.buffered``) cannot be stored: the
    loader writes the batch again article by article, which finds the article and reports it."""


@dataclass(slots=True)
class FactRows:
    """A record's facts as the rows ``FactWriter.replace`` writes, ids and the article's id left out: made
    from ``Facts`` by ``fact_rows``, where the record is checked (in a worker process for a bulk load of
    record shards), so the loading process only writes them."""
    key: str
    place: dict | None
    event: tuple | None                # EVENT_COLUMNS
    officials: list[tuple]             # name, titles, mentions, *PROVENANCE
    campaigns: list[tuple]             # campaign id, name, canonical, *PROVENANCE
    awards: list[tuple]                # AWARD_COLUMNS
    named: Facts | None = None         # the awards (and place) when some award names its recipients


def fact_rows(facts: Facts) -> FactRows:
    """The rows of a checked record's facts (``facts.parse_record``), in the order they are written."""
    return FactRows(
        key=facts.key, place=facts.place,
        event=_EVENT_ROW(facts.event) if facts.event else None,
        officials=[_OFFICIAL_ROW(o) for o in facts.officials],
        campaigns=[(campaign_id(m), m["name"], int(bool(m.get("canonical_id"))), *_PROVENANCE_ROW(m))
                   for m in facts.campaigns],
        awards=[_AWARD_ROW(a) for a in facts.awards],
        named=facts if any(a.get("named") for a in facts.awards) else None)


# A fact's columns as a tuple, taken in one call each (a generator per row was a fifth of the rows' cost).
_EVENT_ROW = itemgetter(*EVENT_COLUMNS)
_OFFICIAL_ROW = itemgetter("name", "titles", "mentions", *PROVENANCE)
_PROVENANCE_ROW = itemgetter(*PROVENANCE)
_AWARD_ROW = itemgetter(*AWARD_COLUMNS)
_PLACE_SIGNATURE = ("era", "province", "district", "commune", "province_code", "district_code", "commune_code")


_NO_NAMED = Facts(key="", url=None, article={}, event=None, place=None)


class FactWriter:
    def __init__(self, conn):
        self.conn = conn
        self.known_codes = {row[0] for row in conn.execute("SELECT code FROM taxonomy")}
        self._new_codes: set[str] = set()
        self._officials: dict[str, int] = {}      # committed officials, by name key
        self._new_officials: dict[str, int] = {}  # officials written in the open batch
        self._places: dict[tuple, int] = {}       # gazetteer places (committed before any load)
        self.touched_articles: set[int] = set()   # articles whose facts were written: their events are regrouped
        self.recipients = RecipientWriter(conn)   # the units and persons each award names
        self.summarise = True                     # False in a bulk load: the summary tables are rebuilt at its end
        # A bulk load writes a batch's fact rows table by table (``flush``), a statement each, not five an
        # article: each table gets its rows in the same order, so the same ids.
        self.buffered = False
        self._rows: dict[str, list[tuple]] = {sql: [] for sql in _BUFFERED}

    # -- the batch -------------------------------------------------------------------------------
    def commit(self) -> None:
        """The open batch is committed: what it created can be trusted from now on."""
        self.known_codes |= self._new_codes
        if len(self._officials) > MAX_REMEMBERED:
            self._officials.clear()
        self._officials.update(self._new_officials)
        self.abandon()

    def abandon(self) -> None:
        """The open batch is over (committed or rolled back): forget what only it knew."""
        self._new_codes = set()
        self._new_officials.clear()
        for rows in self._rows.values():
            rows.clear()

    def flush(self) -> None:
        """Write the fact rows kept back (``buffered``), in the open transaction: before the batch commits,
        and before anything reads those tables. Rows kept back that cannot be stored raise ``KeptRowsFailed``
        (which article's they are is not known here)."""
        for sql, rows in self._rows.items():
            if rows:
                try:
                    self.conn.executemany(sql, rows)
                except (sqlite3.IntegrityError, UnicodeEncodeError, OverflowError) as exc:
                    if not self.buffered:
                        raise
                    raise KeptRowsFailed(str(exc)) from exc
                rows.clear()

    # -- one article ---------------------------------------------------------------------------
    def replace(self, article_id: int, facts: Facts | FactRows, existed: bool) -> None:
        """The article's facts become ``facts`` (a record's, or already in rows: ``fact_rows``): old
        ones deleted, new ones written."""
        rows = facts if isinstance(facts, FactRows) else fact_rows(facts)
        if existed or rows.named is not None:
            self.flush()  # what follows reads the tables
        if self.summarise:
            summaries.mark_pending(self.conn, article_id)
        old_units = self.recipients.forget(article_id) if existed else set()
        old_officials, old_campaigns = self._delete(article_id) if existed else ((), ())
        self.touched_articles.add(article_id)
        out = self._rows
        if rows.event is not None:
            out[EVENT_SQL].append((article_id, self.place_id(rows.place), *rows.event))
        if rows.officials:
            out[OFFICIAL_MENTION_SQL] += [(self.official_id(o[0]), article_id, position, *o)
                                          for position, o in enumerate(rows.officials)]
        if rows.campaigns:
            out[CAMPAIGN_SQL] += [c[:3] for c in rows.campaigns]
            out[CAMPAIGN_MENTION_SQL] += [(c[0], article_id, position, c[1], *c[3:])
                                          for position, c in enumerate(rows.campaigns)]
        if rows.awards:
            for award in rows.awards:
                self._ensure_code(award[0])
            out[AWARD_SQL] += [(article_id, position, *award) for position, award in enumerate(rows.awards)]
        if not self.buffered or rows.named is not None:
            self.flush()
        if rows.named is not None or old_units:
            self.recipients.write(article_id, rows.named or _NO_NAMED, old_units)
        self._delete_orphans(old_officials, old_campaigns)

    def _delete(self, article_id: int) -> tuple[list, list]:
        """Remove an article's facts; returns the officials and campaigns that may now be orphans."""
        conn = self.conn
        officials = [r[0] for r in conn.execute(
            "SELECT DISTINCT official_id FROM official_mentions WHERE article_id = ?", (article_id,))]
        campaigns = [r[0] for r in conn.execute(
            "SELECT DISTINCT campaign_id FROM campaign_mentions WHERE article_id = ?", (article_id,))]
        for table in ("events", "awards", "official_mentions", "campaign_mentions"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        return officials, campaigns

    def _delete_orphans(self, officials, campaigns) -> None:
        """Officials and raw campaigns that no article mentions any more (after a re-extraction)."""
        deleted = 0
        for official_id in officials:
            deleted += self.conn.execute("DELETE FROM officials WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                                         "official_mentions WHERE official_id = ?)", (official_id, official_id)).rowcount
        if deleted:
            self._officials.clear()
            self._new_officials.clear()
        for cid in campaigns:
            self.conn.execute("DELETE FROM campaigns WHERE id = ? AND canonical = 0 AND NOT EXISTS "
                              "(SELECT 1 FROM campaign_mentions WHERE campaign_id = ?)", (cid, cid))

    def _ensure_code(self, code: str | None) -> None:
        """An award code the taxonomy file does not have still gets a row (the foreign key needs one)."""
        if code and code not in self.known_codes and code not in self._new_codes:
            self.conn.execute("INSERT OR IGNORE INTO taxonomy (code, note) VALUES (?, ?)",
                              (code, "not in data/taxonomy.csv: seen in a loaded record"))
            self._new_codes.add(code)

    def forget_officials(self) -> None:
        """Persons were resolved again: the remembered name → id pairs may name another person now."""
        self._officials.clear()
        self._new_officials.clear()

    # -- officials -----------------------------------------------------------------------------
    def official_id(self, name: str) -> int:
        """One row per person (names compared by ``facts.name_key``)."""
        key = name_key(name)
        found = self._officials.get(key) or self._new_officials.get(key)
        if found:
            return found
        row = self.conn.execute("SELECT id FROM officials WHERE name_key = ?", (key,)).fetchone()
        if row:
            official_id = row[0]
        else:
            official_id = self.conn.execute(
                "INSERT INTO officials (name, name_key, name_folded) VALUES (?, ?, ?)",
                (" ".join(name.split()), key, folded_name(name))).lastrowid
        self._new_officials[key] = official_id
        return official_id

    # -- places --------------------------------------------------------------------------------
    def place_id(self, place: dict | None) -> int | None:
        """The gazetteer unit the record names (by code, then by name), else a row of its own."""
        if not place:
            return None
        signature = tuple(map(place.get, _PLACE_SIGNATURE))
        if signature in self._places:
            return self._places[signature]
        found = self._gazetteer_place(place)
        if found is None:
            return self._own_place(place)
        if len(self._places) > MAX_REMEMBERED:
            self._places.clear()
        self._places[signature] = found
        return found

    def _gazetteer_place(self, place: dict) -> int | None:
        level = _level(place)
        name, code = place[level], place.get(f"{level}_code")
        eras = ((reference.REFORM, reference.LEGACY) if place.get("era") == reference.REFORM
                else (reference.LEGACY, reference.REFORM))
        if code:
            for era in eras:
                row = self.conn.execute("SELECT id, name FROM places WHERE key = ?",
                                        (reference.place_key(era, level, code),)).fetchone()
                if row and _same_name(row[1], name):
                    return row[0]
        rows = self.conn.execute("SELECT id, era, province, district FROM places WHERE level = ? AND name = ? "
                                 "AND key NOT LIKE 'named/%'", (level, name)).fetchall()
        rows = [r for r in rows if (not place["province"] or _same_name(r[2], place["province"]))
                and (level == "district" or not place["district"] or _same_name(r[3], place["district"]))]
        rows.sort(key=lambda r: eras.index(r[1]) if r[1] in eras else 2)
        return rows[0][0] if rows else None

    def _own_place(self, place: dict) -> int:
        """A place the gazetteer does not know, kept as the record names it."""
        level = _level(place)
        names = [place["commune"], place["district"], place["province"]]
        key = "named/" + "/".join(n or "" for n in reversed(names))
        values = {**{k: place.get(k) for k in PLACE_COLUMNS}, "key": key, "level": level, "name": place[level],
                  "code": place.get(f"{level}_code"), "label": ", ".join(n for n in names if n)}
        self.conn.execute(insert_sql("places", PLACE_COLUMNS).replace("INSERT", "INSERT OR IGNORE", 1),
                          [values[c] for c in PLACE_COLUMNS])
        return self.conn.execute("SELECT id FROM places WHERE key = ?", (key,)).fetchone()[0]


def _level(place: dict) -> str:
    return "commune" if place["commune"] else "district" if place["district"] else "province"


def _same_name(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()
