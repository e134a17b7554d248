"""Summary tables behind ``award_trends`` and ``district_comparison``: the views stay fast at 1 M articles.

Computed from scratch (``views.AWARD_TRENDS_FROM_SCRATCH``), each view reads
every award, joins its event and place and counts the articles of every event
group: seconds at 300 k articles, past Datasette's time limit. So the load keeps
their rows in tables, and the views read those:

* ``award_counts``: one row per award with the place, years and event it is
  counted under and whether it counts (``views.COUNTED_AWARDS``), plus the
  number of articles of its event (``event_articles``);
* ``award_trends_rows`` and ``district_comparison_rows``: the views' rows,
  grouped from ``award_counts``, with the provinces' folded names for an
  indexed lookup (``province_names``).

Maintained at load time. Writing an article's facts marks it in
``summary_pending`` with the event group it belonged to; ``refresh`` (after
events are regrouped) recomputes the ``award_counts`` of every article of the
touched groups, old and new, and then the summary rows of every (province,
year) those rows were or are counted under. A load that touches most of the
database (a bulk load) rebuilds everything at once instead. The pending marks
are written in each article's transaction, so an interrupted load is caught up
by the next one. ``tests/schema/test_db_summaries.py`` checks the tables equal
the views computed from scratch after loads, re-loads and re-extractions.

How the counts stay exactly those of the views: each article has at most one
event, so the articles behind a row's events are the sum, over its distinct
events, of each event's articles; ``kind`` and ``level`` are those of the code.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Iterable

from tdkt.schema import views

# Above this share of (province, year) keys touched, one rebuild is cheaper than key by key.
REBUILD_SHARE = 0.3

_AWARD_COUNT_COLUMNS = ("award_id", "article_id", "year", "event_year", "province", "province_2025", "district",
                        "scope", "code", "kind", "level", "recipient", "status", "counted", "event_id",
                        "primary_report", "event_articles")
_TREND_KEY = ("year", "province", "province_2025", "district", "code", "recipient", "status")
_DISTRICT_KEY = ("province", "province_2025", "district", "year")

TABLES_SQL = [
    """CREATE TABLE award_counts (
        award_id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, year INTEGER, event_year INTEGER,
        province TEXT, province_2025 TEXT, district TEXT, scope TEXT, code TEXT, kind TEXT, level TEXT,
        recipient TEXT, status TEXT, counted INTEGER, event_id INTEGER, primary_report INTEGER,
        event_articles INTEGER)""",
    "CREATE INDEX idx_award_counts_article_id ON award_counts (article_id)",
    "CREATE INDEX idx_award_counts_province_year ON award_counts (province, year)",
    """CREATE TABLE award_trends_rows (
        year INTEGER, event_year INTEGER, province TEXT, province_2025 TEXT, district TEXT, code TEXT,
        kind TEXT, level TEXT, recipient TEXT, status TEXT, recipients INTEGER, entries INTEGER,
        events INTEGER, articles INTEGER)""",
    "CREATE INDEX idx_award_trends_rows_province_year ON award_trends_rows (province, year)",
    "CREATE INDEX idx_award_trends_rows_province_2025 ON award_trends_rows (province_2025)",
    """CREATE TABLE district_comparison_rows (
        province TEXT, province_2025 TEXT, district TEXT, year INTEGER, recipients_awarded INTEGER,
        recipients_proposed INTEGER, individuals_awarded INTEGER, collectives_awarded INTEGER,
        award_entries INTEGER, events INTEGER, articles INTEGER)""",
    "CREATE INDEX idx_district_comparison_rows_province_year ON district_comparison_rows (province, year)",
    "CREATE INDEX idx_district_comparison_rows_province_2025 ON district_comparison_rows (province_2025)",
    # every province name the summary rows hold, folded as tdkt_fold folds: a canned query finds one
    # province's rows through the index instead of folding the name of every row
    "CREATE TABLE province_names (name TEXT PRIMARY KEY, name_key TEXT NOT NULL)",
    "CREATE INDEX idx_province_names_name_key ON province_names (name_key)",
    "CREATE TABLE summary_pending (article_id INTEGER PRIMARY KEY, old_group INTEGER)",
]

# An event's articles: the events whose group it is (each article has at most one event).
_EVENT_ARTICLES = ("CASE WHEN c.event_id < 0 THEN 1 ELSE "
                   "(SELECT count(*) FROM events r WHERE r.group_id = c.event_id) + "
                   "(SELECT count(*) FROM events r WHERE r.id = c.event_id AND r.group_id IS NULL) END")

# ... and for every award at once (``rebuild``): each event group's size counted once, in one pass over the
# events, rather than twice an award (an article's event is its group, or in one: coalesce(group_id, id)).
_GROUP_SIZES = ("CREATE TEMP TABLE group_sizes (event_id INTEGER PRIMARY KEY, size INTEGER)",
                "INSERT INTO temp.group_sizes SELECT coalesce(group_id, id), count(*) FROM events GROUP BY 1")
_FILL_ALL_AWARD_COUNTS = f"""
INSERT INTO award_counts ({', '.join(_AWARD_COUNT_COLUMNS)})
SELECT {', '.join(f'c.{c}' for c in _AWARD_COUNT_COLUMNS[:-1])},
       CASE WHEN c.event_id < 0 THEN 1 ELSE coalesce(g.size, 0) END
FROM ({views.COUNTED_AWARDS}) c LEFT JOIN temp.group_sizes g ON g.event_id = c.event_id
"""

_FILL_AWARD_COUNTS = f"""
INSERT INTO award_counts ({', '.join(_AWARD_COUNT_COLUMNS)})
SELECT {', '.join(f'c.{c}' for c in _AWARD_COUNT_COLUMNS[:-1])}, {_EVENT_ARTICLES}
FROM ({views.COUNTED_AWARDS} {{where}}) c
"""

_TRENDS_SELECT = f"""
WITH per_event AS (
    SELECT {', '.join(_TREND_KEY)}, event_id, min(event_year) AS event_year, min(kind) AS kind,
           min(level) AS level, count(*) AS entries, sum(counted) AS recipients, max(event_articles) AS articles
    FROM {{source}} WHERE primary_report = 1
    GROUP BY {', '.join(_TREND_KEY)}, event_id
)
SELECT year, min(event_year), province, province_2025, district, code, min(kind), min(level), recipient, status,
       sum(recipients), sum(entries), count(*), sum(articles)
FROM per_event GROUP BY {', '.join(_TREND_KEY)}
"""

_DISTRICTS_SELECT = f"""
WITH per_event AS (
    SELECT {', '.join(_DISTRICT_KEY)}, event_id, count(*) AS entries,
           sum(CASE WHEN status = 'awarded' THEN counted ELSE 0 END) AS awarded,
           sum(CASE WHEN status = 'proposed' THEN counted ELSE 0 END) AS proposed,
           sum(CASE WHEN status = 'awarded' AND recipient = 'ca_nhan' THEN counted ELSE 0 END) AS individuals,
           sum(CASE WHEN status = 'awarded' AND recipient = 'tap_the' THEN counted ELSE 0 END) AS collectives,
           max(event_articles) AS articles
    FROM {{source}} WHERE primary_report = 1 AND scope = 'district' AND district IS NOT NULL
    GROUP BY {', '.join(_DISTRICT_KEY)}, event_id
)
SELECT province, province_2025, district, year, sum(awarded), sum(proposed), sum(individuals), sum(collectives),
       sum(entries), count(*), sum(articles)
FROM per_event GROUP BY {', '.join(_DISTRICT_KEY)}
"""

# The award counts of the remembered (province, year) keys only, found through the index.
_KEYS_SOURCE = ("(SELECT c.* FROM (SELECT DISTINCT province, year FROM temp.summary_keys) k "
                "JOIN award_counts c ON c.province IS k.province AND c.year IS k.year)")


def create_tables(conn: sqlite3.Connection) -> None:
    for sql in TABLES_SQL:
        conn.execute(sql)


def mark_pending(conn: sqlite3.Connection, article_id: int) -> None:
    """The article's facts are about to change: remember it, and the event group it was counted in."""
    conn.execute("INSERT OR IGNORE INTO summary_pending (article_id, old_group) "
                 "SELECT ?, (SELECT coalesce(group_id, id) FROM events WHERE article_id = ?)",
                 (article_id, article_id))


def rebuild(conn: sqlite3.Connection) -> None:
    """Every summary row computed again from the facts (in the caller's transaction)."""
    conn.execute("DELETE FROM award_counts")
    conn.execute("DROP TABLE IF EXISTS temp.group_sizes")
    for sql in _GROUP_SIZES:
        conn.execute(sql)
    conn.execute(_FILL_ALL_AWARD_COUNTS)
    conn.execute("DROP TABLE temp.group_sizes")
    conn.execute("DELETE FROM award_trends_rows")
    conn.execute("INSERT INTO award_trends_rows " + _TRENDS_SELECT.format(source="award_counts"))
    conn.execute("DELETE FROM district_comparison_rows")
    conn.execute("INSERT INTO district_comparison_rows " + _DISTRICTS_SELECT.format(source="award_counts"))
    conn.execute("DELETE FROM summary_pending")
    _add_province_names(conn, conn.execute("SELECT DISTINCT province FROM award_counts UNION "
                                           "SELECT DISTINCT province_2025 FROM award_counts"))


def refresh(conn: sqlite3.Connection, article_ids: Iterable[int] = (), *, all_pending: bool = True) -> None:
    """Bring the summary rows up to date after these articles' facts (and, with ``all_pending``, every
    pending one: a loader alone on the database catches up what a killed one left) changed.

    Runs in the caller's transaction, after events were regrouped (the groups decide what counts)."""
    article_ids = set(article_ids)
    if all_pending:
        pending = conn.execute("SELECT article_id, old_group FROM summary_pending").fetchall()
    else:  # another loader runs: its pending articles are its own to summarise
        pending = conn.execute("SELECT article_id, old_group FROM summary_pending WHERE article_id IN "
                               "(SELECT value FROM json_each(?))", (_json(article_ids),)).fetchall()
    touched = article_ids | {r[0] for r in pending}
    if not touched:
        return
    groups = {r[1] for r in pending if r[1] is not None}
    ids = _json(touched)
    groups |= {r[0] for r in conn.execute("SELECT DISTINCT event_id FROM award_counts WHERE article_id IN "
                                          "(SELECT value FROM json_each(?))", (ids,))}
    groups |= {r[0] for r in conn.execute("SELECT coalesce(group_id, id) FROM events WHERE article_id IN "
                                          "(SELECT value FROM json_each(?))", (ids,))}
    articles = touched | _articles_of_groups(conn, groups)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS summary_keys (province TEXT, year INTEGER)")
    conn.execute("DELETE FROM temp.summary_keys")
    all_ids = _json(articles)
    _remember_keys(conn, "SELECT DISTINCT province, year FROM award_counts WHERE article_id IN "
                         "(SELECT value FROM json_each(?))", all_ids)
    conn.execute("DELETE FROM award_counts WHERE article_id IN (SELECT value FROM json_each(?))", (all_ids,))
    conn.execute(_FILL_AWARD_COUNTS.format(where="WHERE aw.article_id IN (SELECT value FROM json_each(?))"),
                 (all_ids,))
    _remember_keys(conn, "SELECT DISTINCT province, year FROM award_counts WHERE article_id IN "
                         "(SELECT value FROM json_each(?))", all_ids)
    keys = conn.execute("SELECT count(*) FROM (SELECT DISTINCT province, year FROM temp.summary_keys)").fetchone()[0]
    everything = conn.execute("SELECT count(*) FROM (SELECT DISTINCT province, year FROM award_trends_rows)"
                              ).fetchone()[0]
    if keys > max(50, REBUILD_SHARE * everything):
        rebuild(conn)
        return
    for table, select in (("award_trends_rows", _TRENDS_SELECT), ("district_comparison_rows", _DISTRICTS_SELECT)):
        conn.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT t.rowid FROM {table} t JOIN temp.summary_keys k "
                     "ON t.province IS k.province AND t.year IS k.year)")
        conn.execute(f"INSERT INTO {table} " + select.format(source=_KEYS_SOURCE))
    _add_province_names(conn, conn.execute(
        "SELECT province FROM temp.summary_keys UNION SELECT province_2025 FROM award_counts "
        "WHERE article_id IN (SELECT value FROM json_each(?))", (all_ids,)))
    conn.execute("DELETE FROM temp.summary_keys")
    conn.execute("DELETE FROM summary_pending WHERE article_id IN (SELECT value FROM json_each(?))", (_json(touched),))


def _articles_of_groups(conn, groups: set[int]) -> set[int]:
    """Every article whose event is in one of these groups (negative ids: articles without an event)."""
    found = {-g for g in groups if g < 0}
    positive = _json(g for g in groups if g > 0)
    found |= {r[0] for r in conn.execute(
        "SELECT article_id FROM events WHERE group_id IN (SELECT value FROM json_each(?)) "
        "UNION SELECT article_id FROM events WHERE id IN (SELECT value FROM json_each(?))", (positive, positive))}
    return found


def _remember_keys(conn, select: str, ids: str) -> None:
    conn.execute(f"INSERT INTO temp.summary_keys (province, year) {select}", (ids,))


def _add_province_names(conn, rows) -> None:
    """Province names not yet in province_names, with the key tdkt_fold gives them."""
    from tdkt.schema.search import words  # the folding tdkt_fold applies in SQL

    names = {r[0] for r in rows if r[0] is not None}
    known = {r[0] for r in conn.execute("SELECT name FROM province_names WHERE name IN (SELECT value FROM "
                                        "json_each(?))", (json.dumps(sorted(names)),))}
    conn.executemany("INSERT INTO province_names (name, name_key) VALUES (?, ?)",
                     [(name, " ".join(words(name))) for name in sorted(names - known)])


def _json(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"
