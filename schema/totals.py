"""What a tdkt database holds, counted: the figures a run's closing summary reports.

Read on any open connection; kept beside the schema so that a change of a
table changes its counts in the same place.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field


@dataclass
class DatabaseTotals:
    """What the tdkt database holds after a run."""
    articles: int = 0
    relevant: int = 0
    events: int = 0
    officials: int = 0
    campaigns: int = 0
    awards: list[tuple[str, int, int, int]] = field(default_factory=list)  # (code, entries, awarded, proposed)
    provinces: list[str] = field(default_factory=list)  # as named at the time of the event
    provinces_2025: list[str] = field(default_factory=list)


def database_totals(conn: sqlite3.Connection) -> DatabaseTotals:
    """Articles, facts, award codes and provinces of the database on ``conn``."""
    one = lambda sql: conn.execute(sql).fetchone()[0] or 0  # noqa: E731
    return DatabaseTotals(
        articles=one("SELECT count(*) FROM articles"),
        relevant=one("SELECT count(*) FROM articles WHERE relevant = 1"),
        events=one("SELECT count(*) FROM events"),
        officials=one("SELECT count(*) FROM officials"),
        campaigns=one("SELECT count(DISTINCT campaign_id) FROM campaign_mentions"),
        awards=award_counts(conn),
        provinces=provinces_covered(conn, "province"),
        provinces_2025=provinces_covered(conn, "province_2025"))


def award_counts(conn: sqlite3.Connection) -> list[tuple[str, int, int, int]]:
    """(code, entries, recipients awarded, recipients proposed) of every award code, most awarded first.

    Recipients are counted as the views count them (award_trends): a total and its breakdown once, an
    event reported twice once; proposed recipients are never added to awarded ones."""
    return [tuple(r) for r in conn.execute(
        "SELECT code, sum(entries), coalesce(sum(CASE WHEN status = 'awarded' THEN recipients END), 0), "
        "coalesce(sum(CASE WHEN status = 'proposed' THEN recipients END), 0) FROM award_trends "
        "GROUP BY code ORDER BY 3 DESC, 4 DESC, 1")]


def provinces_covered(conn: sqlite3.Connection, column: str) -> list[str]:
    """The provinces events took place in: ``province`` as named then, or ``province_2025`` after the merger."""
    if column not in ("province", "province_2025"):
        raise ValueError(f"not a province column of places: {column!r}")
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT p.{column} FROM events e JOIN places p ON p.id = e.place_id "
        f"WHERE p.{column} IS NOT NULL ORDER BY 1")]
