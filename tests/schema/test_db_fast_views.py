"""The views rewritten for speed give exactly the rows of the SQL they replaced.

``data_quality`` now reads ``award_counts`` (kept by the load) and finds "no later report grants it" in one
grouped pass; ``award_facts`` finds an event's reports through the ``group_id`` index; ``official_appearances``
looks each figure up per official instead of grouping every mention; ``official_facts`` reads mentions first. Both are compared,
row for row, with the SQL of schema versions 3 to 5 on the counting corpus (every kind of flag, an event
reported twice) and after awards are granted later and earlier than a proposal.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tdkt.extract import engine_version, extract_article
from tdkt.schema import summaries, views
from tdkt.schema.db import connect
from tdkt.schema.inputs import articles_from_jsonl
from tdkt.schema.load import Loader

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "numbers" / "articles.jsonl"
# The two official views as schema version 5 wrote them: a GROUP BY over every mention, officials first.
OFFICIAL_APPEARANCES_GROUPED = """
SELECT o.id AS official_id, o.name AS name, o.province AS province, o.organisation AS organisation,
       count(DISTINCT m.article_id) AS articles,
       min(coalesce(e.date, a.published)) AS first_seen,
       max(coalesce(e.date, a.published)) AS last_seen,
       (SELECT group_concat(title, '; ') FROM (
            SELECT DISTINCT j.value AS title
            FROM official_mentions m2, json_each(m2.titles) j
            WHERE m2.official_id = o.id)) AS titles,
       (SELECT group_concat(seen || ': ' || titles, '; ') FROM (
            SELECT coalesce(e3.date, a3.published) AS seen,
                   (SELECT group_concat(j.value, ', ') FROM json_each(m3.titles) j) AS titles
            FROM official_mentions m3 JOIN articles a3 ON a3.id = m3.article_id
            LEFT JOIN events e3 ON e3.article_id = m3.article_id
            WHERE m3.official_id = o.id ORDER BY 1)) AS titles_over_time,
       group_concat(DISTINCT p.province) AS provinces,
       (SELECT group_concat(m4.id || ': ' || m4.person_evidence, '; ') FROM official_mentions m4
        WHERE m4.official_id = o.id) AS evidence
FROM officials o
JOIN official_mentions m ON m.official_id = o.id
JOIN articles a ON a.id = m.article_id
LEFT JOIN events e ON e.article_id = m.article_id
LEFT JOIN places p ON p.id = e.place_id
GROUP BY o.id
"""
OFFICIAL_FACTS_BY_OFFICIAL = f"""
SELECT m.id AS mention_id, m.official_id AS official_id, o.name AS name, m.titles AS titles,
       {views._EVENT_YEAR} AS year, coalesce(e.date, a.published) AS date,
       p.province AS province, p.district AS district, m.sentence AS sentence,
       m.span_start AS span_start, m.span_end AS span_end, m.person_evidence AS person_evidence,
       m.article_id AS article_id, a.title AS article_title, a.url AS url,
       m.extractor_version AS extractor_version
FROM official_mentions m
JOIN officials o ON o.id = m.official_id
JOIN articles a ON a.id = m.article_id
LEFT JOIN events e ON e.article_id = m.article_id
LEFT JOIN places p ON p.id = e.place_id
"""

REWRITTEN = {"data_quality": views.DATA_QUALITY_FROM_SCRATCH, "award_facts": views.AWARD_FACTS_SCANNING_EVENTS,
             "official_appearances": OFFICIAL_APPEARANCES_GROUPED, "official_facts": OFFICIAL_FACTS_BY_OFFICIAL}


@pytest.fixture(scope="module")
def numbers_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fast-views") / "tdkt.db"
    db = connect(path)
    Loader(db, extract=extract_article, extractor_version=engine_version()).load(articles_from_jsonl(str(CORPUS)))
    db.conn.close()
    return path


def same_rows(path: Path) -> dict[str, int]:
    """Each rewritten view's rows equal its old SQL's (as multisets); returns the number of rows of each."""
    conn = sqlite3.connect(path)
    try:
        sizes = {}
        for view, old_sql in REWRITTEN.items():
            now = sorted(map(repr, conn.execute(f"SELECT * FROM {view}")))
            before = sorted(map(repr, conn.execute(old_sql)))
            assert now == before, f"{view} differs from the SQL it replaced"
            sizes[view] = len(now)
        return sizes
    finally:
        conn.close()


def flags(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT flag FROM data_quality"))
    finally:
        conn.close()


def test_every_flag_award_fact_and_official_as_before_on_the_counting_corpus(numbers_db):
    sizes = same_rows(numbers_db)
    assert sizes["official_appearances"] == 3 and sizes["official_facts"] >= 4  # one official in two articles
    assert set(flags(numbers_db)) == {"conflicting_titles", "implausible_count", "parts_do_not_add_up",
                                      "proposal_never_granted"}
    conn = sqlite3.connect(numbers_db)
    reported_twice = conn.execute("SELECT count(*) FROM award_facts WHERE event_article_ids LIKE '%,%'").fetchone()[0]
    conn.close()
    assert sizes["award_facts"] > 20 and reported_twice > 0  # an event with two reports lists both


def test_the_database_of_the_served_tests_gives_the_same_rows(shared_db):
    same_rows(shared_db)


@pytest.mark.parametrize("years_later, still_flagged", [(1, False), (0, False), (-1, True)])
def test_a_proposal_granted_later_is_no_longer_flagged_and_one_granted_before_still_is(
        tmp_path, numbers_db, years_later, still_flagged):
    path = tmp_path / "tdkt.db"
    shutil.copyfile(numbers_db, path)
    conn = sqlite3.connect(path)
    proposal = conn.execute("SELECT c.award_id, c.article_id, c.event_year FROM data_quality q "
                            "JOIN award_counts c ON c.award_id = q.award_id "
                            "WHERE q.flag = 'proposal_never_granted'").fetchone()
    # the same form, kind and province granted by another article's statement, some years from the proposal
    other = conn.execute("SELECT id FROM articles WHERE id != ? ORDER BY id LIMIT 1", (proposal[1],)).fetchone()[0]
    conn.execute("""INSERT INTO awards (article_id, position, code, kind, level, recipient, count, status,
                        scope_province, period_end, sentence)
                    SELECT ?, 99, code, kind, level, recipient, count, 'awarded', ?, NULL, 'granted' FROM awards
                    WHERE id = ?""",
                 (other, conn.execute("SELECT province FROM award_counts WHERE award_id = ?",
                                      (proposal[0],)).fetchone()[0], proposal[0]))
    granted_in = proposal[2] + years_later
    conn.execute("UPDATE events SET year = ? WHERE article_id = ?", (granted_in, other))
    summaries.rebuild(conn)
    conn.commit()
    conn.close()
    same_rows(path)
    assert ("proposal_never_granted" in flags(path)) is still_flagged
