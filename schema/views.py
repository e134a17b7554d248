"""Views for the three users of the database.

* researchers: ``award_trends`` (year × province × award code, with the
  province as named at the time and the province it belongs to since 2025) and
  ``campaigns_over_time``;
* analysts: ``district_comparison`` (one row per district and year);
* archivists: ``award_facts`` and ``official_facts`` (every fact with its
  article, source URL and sentence) and ``official_appearances``.

A fact's year is its event's year (the event date, else the article's
publication date); a fact's place is its event's place.
"""
from __future__ import annotations

_YEAR = "coalesce(e.year, CAST(substr(a.published, 1, 4) AS INTEGER))"

AWARD_TRENDS = f"""
SELECT {_YEAR} AS year, p.province AS province, p.province_2025 AS province_2025,
       aw.code AS code, t.official_vi AS award, aw.kind AS kind, aw.level AS level,
       aw.recipient AS recipient, aw.status AS status,
       count(*) AS entries, sum(aw.count) AS recipients, count(DISTINCT aw.article_id) AS articles
FROM awards aw
JOIN articles a ON a.id = aw.article_id
LEFT JOIN events e ON e.article_id = aw.article_id
LEFT JOIN places p ON p.id = e.place_id
LEFT JOIN taxonomy t ON t.code = aw.code
GROUP BY 1, p.province, p.province_2025, aw.code, aw.recipient, aw.status
"""

DISTRICT_COMPARISON = """
WITH award_totals AS (
    SELECT article_id,
           count(*) AS entries,
           sum(CASE WHEN status = 'awarded' THEN count ELSE 0 END) AS awarded,
           sum(CASE WHEN status = 'proposed' THEN count ELSE 0 END) AS proposed,
           sum(CASE WHEN status = 'awarded' AND recipient = 'ca_nhan' THEN count ELSE 0 END) AS individuals,
           sum(CASE WHEN status = 'awarded' AND recipient = 'tap_the' THEN count ELSE 0 END) AS collectives
    FROM awards GROUP BY article_id
)
SELECT p.province AS province, p.province_2025 AS province_2025, p.district AS district,
       p.district_code AS district_code, e.year AS year,
       count(*) AS articles, coalesce(sum(a.relevant), 0) AS relevant_articles,
       count(e.kind) AS events,
       coalesce(sum(t.entries), 0) AS award_entries,
       coalesce(sum(t.awarded), 0) AS recipients_awarded,
       coalesce(sum(t.proposed), 0) AS recipients_proposed,
       coalesce(sum(t.individuals), 0) AS individuals_awarded,
       coalesce(sum(t.collectives), 0) AS collectives_awarded
FROM events e
JOIN places p ON p.id = e.place_id
JOIN articles a ON a.id = e.article_id
LEFT JOIN award_totals t ON t.article_id = e.article_id
WHERE p.district IS NOT NULL
GROUP BY p.province, p.province_2025, p.district_code, p.district, e.year
"""

OFFICIAL_APPEARANCES = """
SELECT o.id AS official_id, o.name AS name,
       count(DISTINCT m.article_id) AS articles,
       min(coalesce(e.date, a.published)) AS first_seen,
       max(coalesce(e.date, a.published)) AS last_seen,
       (SELECT group_concat(title, '; ') FROM (
            SELECT DISTINCT j.value AS title
            FROM official_mentions m2, json_each(m2.titles) j
            WHERE m2.official_id = o.id)) AS titles,
       group_concat(DISTINCT p.province) AS provinces
FROM officials o
JOIN official_mentions m ON m.official_id = o.id
JOIN articles a ON a.id = m.article_id
LEFT JOIN events e ON e.article_id = m.article_id
LEFT JOIN places p ON p.id = e.place_id
GROUP BY o.id
"""

CAMPAIGNS_OVER_TIME = f"""
SELECT c.id AS campaign_id, c.name AS campaign, {_YEAR} AS year,
       count(DISTINCT cm.article_id) AS articles, count(*) AS mentions,
       group_concat(DISTINCT p.province) AS provinces
FROM campaign_mentions cm
JOIN campaigns c ON c.id = cm.campaign_id
JOIN articles a ON a.id = cm.article_id
LEFT JOIN events e ON e.article_id = cm.article_id
LEFT JOIN places p ON p.id = e.place_id
GROUP BY c.id, 3
"""

AWARD_FACTS = f"""
SELECT aw.id AS award_id, {_YEAR} AS year, coalesce(e.date, a.published) AS date,
       p.province AS province, p.district AS district, p.province_2025 AS province_2025,
       aw.code AS code, t.official_vi AS award, aw.kind AS kind, aw.level AS level,
       aw.recipient AS recipient, aw.count AS count, aw.status AS status, aw.period AS period,
       aw.issuer AS issuer, aw.sentence AS sentence, aw.text AS text,
       aw.span_start AS span_start, aw.span_end AS span_end,
       aw.article_id AS article_id, a.title AS article_title, a.url AS url,
       aw.extractor_version AS extractor_version
FROM awards aw
JOIN articles a ON a.id = aw.article_id
LEFT JOIN events e ON e.article_id = aw.article_id
LEFT JOIN places p ON p.id = e.place_id
LEFT JOIN taxonomy t ON t.code = aw.code
"""

OFFICIAL_FACTS = f"""
SELECT m.id AS mention_id, m.official_id AS official_id, o.name AS name, m.titles AS titles,
       {_YEAR} AS year, coalesce(e.date, a.published) AS date,
       p.province AS province, p.district AS district, m.sentence AS sentence,
       m.span_start AS span_start, m.span_end AS span_end,
       m.article_id AS article_id, a.title AS article_title, a.url AS url,
       m.extractor_version AS extractor_version
FROM official_mentions m
JOIN officials o ON o.id = m.official_id
JOIN articles a ON a.id = m.article_id
LEFT JOIN events e ON e.article_id = m.article_id
LEFT JOIN places p ON p.id = e.place_id
"""

VIEWS = {
    "award_trends": AWARD_TRENDS,
    "district_comparison": DISTRICT_COMPARISON,
    "official_appearances": OFFICIAL_APPEARANCES,
    "campaigns_over_time": CAMPAIGNS_OVER_TIME,
    "award_facts": AWARD_FACTS,
    "official_facts": OFFICIAL_FACTS,
}
