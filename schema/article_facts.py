"""Every fact stored for one article, with the characters of the text it was read from.

The article page highlights these in the text and lists them with their
citations. Each fact names the row that holds it (table and id), so a
highlight links to that row's page, and the row's page links back to the
highlight (``anchor``). Kinds, as the page labels them:

AWARD      an award statement (awards)                 OFFICIAL   a mention of an official (official_mentions)
CAMPAIGN   a campaign as written (campaign_mentions)   RECIPIENT  a unit or person an award names (award_recipients)
DATE       the event's date (events)                   PLACE      the event's place (events, linking the place)
ORGANIZER  the unit that held the event (events)
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

LABELS = ("AWARD", "OFFICIAL", "CAMPAIGN", "RECIPIENT", "DATE", "PLACE", "ORGANIZER")
# The colours of displaCy's palette for the nearest entity types (DATE, GPE, ORG, PERSON, ...).
COLORS = {"AWARD": "#ffeb80", "OFFICIAL": "#aa9cfc", "CAMPAIGN": "#ff9561", "RECIPIENT": "#9cc9cc",
          "DATE": "#bfe1d9", "PLACE": "#feca74", "ORGANIZER": "#7aecec"}


@dataclass
class Fact:
    label: str            # one of LABELS
    table: str            # the table of the row that holds it
    row_id: int | str     # that row's primary key
    start: int | None     # character span in the article text (None: the record gave none)
    end: int | None
    text: str             # as written in the article
    value: str            # what tdkt made of it, in short: award code and count, ISO date, place name, ...
    sentence: str | None  # the sentence it was read from
    detail: str = ""      # the value in full (recipients and status of an award, titles of an official)
    part: str = ""        # which fact of its row, when a row holds several (an event's organiser)

    @property
    def anchor(self) -> str:
        """The id of its first highlight on the article page (``/-/article/<id>#awards-12``)."""
        return f"{self.table}-{self.row_id}" + (f"-{self.part}" if self.part else "")


def article_facts(conn: sqlite3.Connection, article_id: int) -> list[Fact]:
    """The article's facts, in the order of the text (facts without a span last)."""
    facts = [*_awards(conn, article_id), *_recipients(conn, article_id), *_officials(conn, article_id),
             *_campaigns(conn, article_id), *_event(conn, article_id)]
    return sorted(facts, key=lambda f: (f.start is None, f.start or 0, -(f.end or 0), LABELS.index(f.label)))


def _rows(conn: sqlite3.Connection, sql: str, article_id: int) -> list[dict]:
    cursor = conn.execute(sql, (article_id,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _awards(conn, article_id) -> list[Fact]:
    rows = _rows(conn, "SELECT id, code, count, recipient, status, span_start, span_end, text, sentence "
                       "FROM awards WHERE article_id = ? ORDER BY position", article_id)
    facts = []
    for r in rows:
        value = f"{r['code'] or '?'}" + (f" × {r['count']}" if r["count"] is not None else "")
        detail = value + (f" {r['recipient']}" if r["recipient"] else "") + (f" ({r['status']})" if r["status"] else "")
        facts.append(Fact("AWARD", "awards", r["id"], r["span_start"], r["span_end"], r["text"] or "", value,
                          r["sentence"], detail))
    return facts


def _recipients(conn, article_id) -> list[Fact]:
    rows = _rows(conn, "SELECT r.id, r.kind, r.name, r.unit_id, r.span_start, r.span_end, r.sentence, u.name AS unit "
                       "FROM award_recipients r LEFT JOIN units u ON u.id = r.unit_id "
                       "WHERE r.article_id = ? ORDER BY r.award_id, r.position", article_id)
    facts = []
    for r in rows:
        table, row_id = ("units", r["unit_id"]) if r["unit_id"] else ("award_recipients", r["id"])
        facts.append(Fact("RECIPIENT", table, row_id, r["span_start"], r["span_end"], r["name"],
                          r["unit"] or r["kind"], r["sentence"]))
    return facts


def _officials(conn, article_id) -> list[Fact]:
    """One fact per mention of each official (the record keeps every place the name occurs)."""
    rows = _rows(conn, "SELECT id, name, titles, mentions, span_start, span_end, text, sentence "
                       "FROM official_mentions WHERE article_id = ? ORDER BY position", article_id)
    facts = []
    for r in rows:
        spans = _spans(r["mentions"]) or [(r["span_start"], r["span_end"])]
        titles = ", ".join(_json_list(r["titles"]))
        for start, end in spans:
            facts.append(Fact("OFFICIAL", "official_mentions", r["id"], start, end, r["name"], r["name"],
                              r["sentence"], r["name"] + (f" ({titles})" if titles else "")))
    return facts


def _campaigns(conn, article_id) -> list[Fact]:
    rows = _rows(conn, "SELECT id, campaign_id, name, span_start, span_end, text, sentence "
                       "FROM campaign_mentions WHERE article_id = ? ORDER BY position", article_id)
    return [Fact("CAMPAIGN", "campaign_mentions", r["id"], r["span_start"], r["span_end"], r["text"] or r["name"],
                 r["campaign_id"], r["sentence"]) for r in rows]


def _event(conn, article_id) -> list[Fact]:
    """The event's date, organiser and place, each from its own evidence (events.evidence)."""
    rows = _rows(conn, "SELECT e.id, e.date, e.organizer, e.place_id, e.evidence, p.label AS place "
                       "FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE e.article_id = ?", article_id)
    facts = []
    for r in rows:
        evidence = _json_object(r["evidence"])
        parts = (("DATE", "date", "events", r["id"], r["date"], ""),  # the event's anchor: its date
                 ("ORGANIZER", "organizer", "events", r["id"], r["organizer"], "organizer"),
                 ("PLACE", "place", "places" if r["place_id"] else "events", r["place_id"] or r["id"], r["place"],
                  "" if r["place_id"] else "place"))
        for label, key, table, row_id, value, part in parts:
            found = evidence.get(key)
            if not isinstance(found, dict):
                continue
            start, end = _span(found.get("span"))
            facts.append(Fact(label, table, row_id, start, end, str(found.get("text") or value or ""),
                              str(value or ""), found.get("sentence"), part=part))
    return facts


def _span(value) -> tuple[int | None, int | None]:
    if isinstance(value, list) and len(value) == 2 and all(isinstance(x, int) for x in value):
        return value[0], value[1]
    return None, None


def _spans(text: str | None) -> list[tuple[int, int]]:
    spans = [_span(item) for item in _json_list(text)]
    return [s for s in spans if s[0] is not None]


def _json_list(text: str | None) -> list:
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _json_object(text: str | None) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
