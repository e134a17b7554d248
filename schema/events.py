"""One event, many reports: articles that report the same event are grouped, so its facts count once.

A ceremony is reported by the district portal, the provincial portal and the
provincial newspaper; each article is extracted on its own and each has the
same awards. Two events are reports of one when they have the same kind, the
same place (the same province, and the same district when both name one), dates
at most ``DAYS_APART`` days apart and at least one fact in common (an award
of the same form, recipient kind and count, or, when neither states awards,
an official of the same name). Groups are closed under that relation.

Every report keeps its row in ``events``; ``group_id`` is the id of the
group's first report and ``primary_report`` marks the fullest one (most award
entries, then most recipients, then the earliest loaded): the views count the
group's facts from it and list every article of the group.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Iterable

DAYS_APART = 2

_EVENTS = """
SELECT e.id, e.article_id, e.kind, e.date, p.province, p.district, e.group_id,
       (SELECT count(*) FROM awards aw WHERE aw.article_id = e.article_id) AS entries,
       (SELECT coalesce(sum(aw.counted), 0) FROM awards aw WHERE aw.article_id = e.article_id) AS recipients
FROM events e LEFT JOIN places p ON p.id = e.place_id
"""


@dataclass
class Report:
    id: int
    article_id: int
    kind: str | None
    date: str | None
    province: str | None
    district: str | None
    group_id: int | None
    entries: int
    recipients: int


def regroup_events(conn: sqlite3.Connection, article_ids: Iterable[int]) -> int:
    """Group the events of these articles with the reports they share an event with; returns the groups written.

    Only the neighbourhood of the given articles is read (same kind, dates within the window, and the
    groups they belonged to), so a load regroups what it changed, not the whole database."""
    seeds = _reports(conn, "WHERE e.article_id IN (SELECT value FROM json_each(?))", (_json_ids(article_ids),))
    if not seeds:
        return 0
    pool = {r.id: r for r in seeds}
    asked = set()
    for report in seeds:
        key = (report.kind, report.province, report.date)
        if key in asked:
            continue  # many reports of one event: their neighbourhood is read once
        asked.add(key)
        for other in _neighbours(conn, report):
            pool.setdefault(other.id, other)
    old_groups = {r.group_id for r in pool.values() if r.group_id is not None}
    for other in _reports(conn, "WHERE e.group_id IN (SELECT value FROM json_each(?))", (_json_ids(old_groups),)):
        pool.setdefault(other.id, other)
    groups = _components(conn, list(pool.values()), seeds)
    for members in groups:
        _write_group(conn, members)
    return len(groups)


def _json_ids(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def _reports(conn, where: str, params: tuple) -> list[Report]:
    return [Report(*row) for row in conn.execute(_EVENTS + where, params)]


def _neighbours(conn, report: Report) -> list[Report]:
    """Events of the same kind within the date window (the index on events(kind, date) finds them)."""
    if not report.date or not report.kind:
        return []
    low, high = _shift(report.date, -DAYS_APART), _shift(report.date, DAYS_APART)
    if low is None:
        return []
    return _reports(conn, "WHERE e.kind = ? AND e.date BETWEEN ? AND ? AND p.province IS ?",
                    (report.kind, low, high, report.province))


def _shift(date: str, days: int) -> str | None:
    try:
        return (dt.date.fromisoformat(date[:10]) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def same_event(a: Report, b: Report, facts: dict[int, set]) -> bool:
    """Same kind and place, dates within the window and at least one fact in common."""
    if a.kind != b.kind or not a.date or not b.date or not a.province or a.province != b.province:
        return False
    if a.district and b.district and a.district != b.district:
        return False
    gap = abs((dt.date.fromisoformat(a.date[:10]) - dt.date.fromisoformat(b.date[:10])).days)
    return gap <= DAYS_APART and bool(facts[a.article_id] & facts[b.article_id])


def _facts(conn, article_ids: list[int]) -> dict[int, set]:
    """What two reports can have in common: awards (form, recipient kind, count), else officials' names."""
    facts: dict[int, set] = {i: set() for i in article_ids}
    ids = _json_ids(article_ids)
    with_awards = set()
    for article_id, code, recipient, count, status in conn.execute(
            "SELECT article_id, code, recipient, count, status FROM awards "
            "WHERE article_id IN (SELECT value FROM json_each(?))", (ids,)):
        facts[article_id].add(("award", code, recipient, count, status))
        with_awards.add(article_id)
    for article_id, name in conn.execute(
            "SELECT m.article_id, o.name_key FROM official_mentions m JOIN officials o ON o.id = m.official_id "
            "WHERE m.article_id IN (SELECT value FROM json_each(?))", (ids,)):
        if article_id not in with_awards:
            facts[article_id].add(("official", name))
    return facts


def _components(conn, reports: list[Report], seeds: list[Report]) -> list[list[Report]]:
    """The groups: connected components of the same-event relation (union-find).

    Reports already grouped stay together; each new report is compared only with the reports that
    could be the same event (same kind and province, dates within the window: ``_Nearby``), so a
    load costs (new reports) x (reports nearby), not (new reports) x (reports read).
    """
    nearby = _Nearby(reports)
    others = {a.id: [b for b in nearby.around(a) if b.id != a.id] for a in seeds}
    # facts are compared only between reports near each other: those of a report alone in its window
    # are not read (most reports of a bulk load's regrouping)
    facts = _facts(conn, list({x.article_id for a in seeds for b in others[a.id] for x in (a, b)}))
    parent = {r.id: r.id for r in reports}

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_of_group: dict[int, int] = {}
    for r in reports:
        if r.group_id is not None:
            parent[root(r.id)] = root(first_of_group.setdefault(r.group_id, r.id))
    seed_ids = {r.id for r in seeds}
    for a in seeds:
        for b in others[a.id]:
            if (b.id not in seed_ids or b.id > a.id) and root(b.id) != root(a.id) and same_event(a, b, facts):
                parent[root(a.id)] = root(b.id)
    groups: dict[int, list[Report]] = {}
    for r in reports:
        groups.setdefault(root(r.id), []).append(r)
    return list(groups.values())


class _Nearby:
    """Reports by kind, province and day: those a report could be the same event as, found at once."""

    def __init__(self, reports: list[Report]):
        self.by_day: dict[tuple, list[Report]] = {}
        for r in reports:
            day = _day(r)
            if day is not None:
                self.by_day.setdefault((r.kind, r.province, day), []).append(r)

    def around(self, report: Report) -> list[Report]:
        day = _day(report)
        if day is None:
            return []
        found = []
        for shift in range(-DAYS_APART, DAYS_APART + 1):
            found += self.by_day.get((report.kind, report.province, day + shift), ())
        return found


def _day(report: Report) -> int | None:
    """The report's date as a day number, None when it cannot be the same event as another."""
    if not report.kind or not report.date or not report.province:
        return None
    try:
        return dt.date.fromisoformat(report.date[:10]).toordinal()
    except ValueError:
        return None


def regroup_all(conn: sqlite3.Connection) -> int:
    """Every event grouped again, one province at a time (a bulk load: reports of one event share
    their province, so memory holds one province's reports, never the whole database)."""
    written = 0
    # each article's award entries and recipients counted once, in one pass over the awards, rather than
    # twice an event (``_EVENTS``'s subqueries): the same numbers
    conn.execute("DROP TABLE IF EXISTS temp.award_totals")
    conn.execute("CREATE TEMP TABLE award_totals (article_id INTEGER PRIMARY KEY, entries INTEGER, recipients "
                 "INTEGER)")
    conn.execute("INSERT INTO temp.award_totals SELECT article_id, count(*), coalesce(sum(counted), 0) FROM awards "
                 "GROUP BY article_id")
    provinces = [r[0] for r in conn.execute("SELECT DISTINCT province FROM places WHERE province IS NOT NULL")]
    for province in provinces:
        places = _json_ids(r[0] for r in conn.execute("SELECT id FROM places WHERE province IS ?", (province,)))
        reports = _all_reports(conn, "WHERE e.place_id IN (SELECT value FROM json_each(?))", (places,))
        written += _regroup(conn, reports)
    # without a place or a province a report is an event of its own
    alone = _all_reports(conn, "WHERE e.place_id IS NULL OR p.province IS NULL", ())
    written += _regroup(conn, alone)
    conn.execute("DROP TABLE temp.award_totals")
    return written


_ALL_EVENTS = """
SELECT e.id, e.article_id, e.kind, e.date, p.province, p.district, e.group_id, coalesce(t.entries, 0),
       coalesce(t.recipients, 0)
FROM events e LEFT JOIN places p ON p.id = e.place_id LEFT JOIN temp.award_totals t ON t.article_id = e.article_id
"""


def _all_reports(conn, where: str, params: tuple) -> list[Report]:
    """``_reports``, the award totals read from ``temp.award_totals`` (``regroup_all``)."""
    return [Report(*row) for row in conn.execute(_ALL_EVENTS + where, params)]


def _regroup(conn, reports: list[Report]) -> int:
    groups = _components(conn, reports, reports) if reports else []
    conn.executemany(_GROUP_SQL, [row for members in groups for row in _group_rows(members)])
    return len(groups)


_GROUP_SQL = "UPDATE events SET group_id = ?, primary_report = ? WHERE id = ?"


def _write_group(conn, members: list[Report]) -> None:
    conn.executemany(_GROUP_SQL, _group_rows(members))


def _group_rows(members: list[Report]) -> list[tuple[int, int, int]]:
    """(group id, primary report or not, event id) of each member: the group is named by its first event,
    and its fullest report is the primary one."""
    group_id = min(r.id for r in members)
    primary = max(members, key=lambda r: (r.entries, r.recipients, -r.id))
    return [(group_id, int(r is primary), r.id) for r in members]
