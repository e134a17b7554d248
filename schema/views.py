"""Views for the three users of the database, and the rules by which they count.

* researchers: ``award_trends`` (achievement year × place × award code) and
  ``campaigns_over_time``;
* analysts: ``district_comparison`` (one row per district and year);
* archivists: ``award_facts``, ``official_facts``, ``events_reported``,
  ``official_appearances`` and ``data_quality``;
* everyone following one school, commune or company: ``unit_awards`` (each
  award of a unit over time) and ``person_awards`` (named people, with the
  official each is when the evidence says so).

How a number is counted (the README's "How to count" says the same to researchers):

* **Once per recipient.** A total and its breakdown are both award rows; a sum
  takes each row's ``counted``: the parts in full and of the total only what
  the parts leave unitemised. An event reported by several articles counts
  from its fullest report (``events.primary_report``).
* **Where the count is about, not where it was read out.** ``province`` and
  ``district`` are the count's scope (``awards.scope_*``); a province-wide or a
  bloc's count has no district. Records without a scope fall back on the
  event's place.
* **The year it was earned for.** ``year`` is the end of the achievement period
  ("năm học 2022 - 2023" → 2023), else the event's year (``event_year``).
* **Awarded and proposed apart.** ``status`` is a column of every view; the
  district comparison puts them side by side and never adds them.
"""
from __future__ import annotations

_EVENT_YEAR = "coalesce(e.year, CAST(substr(a.published, 1, 4) AS INTEGER))"
_SCOPED_PROVINCE = "coalesce(aw.scope_province, p.province)"
# A scope of district or commune level names its district; a wider one (province, bloc, sector) none.
_SCOPED_DISTRICT = ("CASE WHEN aw.scope_level IS NULL THEN p.district "
                    "WHEN aw.scope_level IN ('district', 'commune') THEN aw.scope_district END")
_PROVINCE_2025 = (f"CASE WHEN {_SCOPED_PROVINCE} IS p.province THEN p.province_2025 ELSE "
                  f"(SELECT pp.province_2025 FROM places pp WHERE pp.level = 'province' "
                  f"AND pp.name = aw.scope_province ORDER BY pp.era LIMIT 1) END")
_GROUP = "coalesce(e.group_id, e.id, -aw.article_id)"  # the event a fact belongs to (an article without one: itself)

# Every award row with the place and years it is counted under, and whether it counts (its event's fullest report).
COUNTED_AWARDS = f"""
SELECT aw.id AS award_id, aw.article_id AS article_id, aw.position AS position,
       coalesce(aw.period_end, {_EVENT_YEAR}) AS year, {_EVENT_YEAR} AS event_year,
       aw.multi_year AS multi_year,
       {_SCOPED_PROVINCE} AS province, {_PROVINCE_2025} AS province_2025, {_SCOPED_DISTRICT} AS district,
       aw.scope_commune AS commune, coalesce(aw.scope_level, CASE WHEN p.district IS NULL THEN 'province'
       ELSE 'district' END) AS scope, aw.code AS code, aw.kind AS kind, aw.level AS level,
       aw.recipient AS recipient, aw.status AS status, aw.count AS count,
       coalesce(aw.counted, aw.count) AS counted, coalesce(aw.role, 'item') AS role,
       {_GROUP} AS event_id, coalesce(e.primary_report, 1) AS primary_report
FROM awards aw
JOIN articles a ON a.id = aw.article_id
LEFT JOIN events e ON e.article_id = aw.article_id
LEFT JOIN places p ON p.id = e.place_id
"""

# The number of articles behind a list of events (ids as "1,5,9"; negative ids are articles without an event).
_ARTICLES_OF = """(SELECT count(DISTINCT r.article_id) FROM events r
        WHERE coalesce(r.group_id, r.id) IN (SELECT value FROM json_each('[' || {groups} || ']')))
     + (SELECT count(*) FROM json_each('[' || {groups} || ']') WHERE value < 0)"""

AWARD_TRENDS_FROM_SCRATCH = f"""
WITH counted AS ({COUNTED_AWARDS}),
grouped AS (
    SELECT year, min(event_year) AS event_year, province, province_2025, district, code, recipient, status,
           kind, level, count(*) AS entries, sum(counted) AS recipients, count(DISTINCT event_id) AS events,
           group_concat(DISTINCT event_id) AS event_ids
    FROM counted WHERE primary_report = 1
    GROUP BY year, province, province_2025, district, code, recipient, status
)
SELECT g.year AS year, g.event_year AS event_year, g.province AS province, g.province_2025 AS province_2025,
       g.district AS district, g.code AS code, t.official_vi AS award, g.kind AS kind, g.level AS level,
       g.recipient AS recipient, g.status AS status, g.recipients AS recipients, g.entries AS entries,
       g.events AS events, {_ARTICLES_OF.format(groups="g.event_ids")} AS articles
FROM grouped g LEFT JOIN taxonomy t ON t.code = g.code
"""

DISTRICT_COMPARISON_FROM_SCRATCH = f"""
WITH counted AS ({COUNTED_AWARDS}),
grouped AS (
    SELECT province, province_2025, district, year,
           count(*) AS award_entries,
           sum(CASE WHEN status = 'awarded' THEN counted ELSE 0 END) AS recipients_awarded,
           sum(CASE WHEN status = 'proposed' THEN counted ELSE 0 END) AS recipients_proposed,
           sum(CASE WHEN status = 'awarded' AND recipient = 'ca_nhan' THEN counted ELSE 0 END) AS individuals_awarded,
           sum(CASE WHEN status = 'awarded' AND recipient = 'tap_the' THEN counted ELSE 0 END) AS collectives_awarded,
           count(DISTINCT event_id) AS events, group_concat(DISTINCT event_id) AS event_ids
    FROM counted WHERE primary_report = 1 AND scope = 'district' AND district IS NOT NULL
    GROUP BY province, province_2025, district, year
)
SELECT g.province AS province, g.province_2025 AS province_2025, g.district AS district,
       (SELECT d.district_code FROM places d WHERE d.level = 'district' AND d.district = g.district
        AND d.province = g.province LIMIT 1) AS district_code, g.year AS year,
       g.recipients_awarded AS recipients_awarded, g.recipients_proposed AS recipients_proposed,
       g.individuals_awarded AS individuals_awarded, g.collectives_awarded AS collectives_awarded,
       g.award_entries AS award_entries, g.events AS events, {_ARTICLES_OF.format(groups="g.event_ids")} AS articles
FROM grouped g
"""

# The two views analysts open most read summary tables the load keeps up to date (schema.summaries):
# the same rows as the queries above, which would read every award of the database on every call.
# A form's name is looked up by its row (taxonomy.code is the key, so the rows are those of a LEFT JOIN): the
# row count Datasette shows on every page then reads no other table.
_FORM_NAME = "(SELECT t.official_vi FROM taxonomy t WHERE t.code = {code})"
AWARD_TRENDS = f"""
SELECT s.year AS year, s.event_year AS event_year, s.province AS province, s.province_2025 AS province_2025,
       s.district AS district, s.code AS code, {_FORM_NAME.format(code="s.code")} AS award, s.kind AS kind,
       s.level AS level, s.recipient AS recipient, s.status AS status, s.recipients AS recipients,
       s.entries AS entries, s.events AS events, s.articles AS articles
FROM award_trends_rows s
"""

DISTRICT_COMPARISON = """
SELECT s.province AS province, s.province_2025 AS province_2025, s.district AS district,
       (SELECT d.district_code FROM places d WHERE d.level = 'district' AND d.district = s.district
        AND d.province = s.province LIMIT 1) AS district_code, s.year AS year,
       s.recipients_awarded AS recipients_awarded, s.recipients_proposed AS recipients_proposed,
       s.individuals_awarded AS individuals_awarded, s.collectives_awarded AS collectives_awarded,
       s.award_entries AS award_entries, s.events AS events, s.articles AS articles
FROM district_comparison_rows s
"""

EVENTS_REPORTED = """
SELECT coalesce(e.group_id, e.id) AS event_id, min(e.kind) AS kind, min(e.date) AS date,
       min(p.province) AS province, min(p.district) AS district,
       count(*) AS reports,
       max(CASE WHEN coalesce(e.primary_report, 1) = 1 THEN e.article_id END) AS primary_article_id,
       group_concat(e.article_id, ',') AS article_ids,
       group_concat(a.title, ' | ') AS titles,
       group_concat(a.url, ' ') AS urls,
       group_concat(DISTINCT coalesce(a.source_id, '')) AS sources
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN places p ON p.id = e.place_id
GROUP BY coalesce(e.group_id, e.id)
"""

# One row per official with mentions, each figure a lookup through the official_id index: Datasette counts a
# view's rows on every page, and a GROUP BY over every mention would be computed whole for that count.
_MENTIONS_OF_O = """FROM official_mentions m JOIN articles a ON a.id = m.article_id
            LEFT JOIN events e ON e.article_id = m.article_id {places}WHERE m.official_id = o.id"""
OFFICIAL_APPEARANCES = f"""
SELECT o.id AS official_id, o.name AS name, o.province AS province, o.organisation AS organisation,
       (SELECT count(DISTINCT m.article_id) {_MENTIONS_OF_O.format(places="")}) AS articles,
       (SELECT min(coalesce(e.date, a.published)) {_MENTIONS_OF_O.format(places="")}) AS first_seen,
       (SELECT max(coalesce(e.date, a.published)) {_MENTIONS_OF_O.format(places="")}) AS last_seen,
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
       (SELECT group_concat(DISTINCT p.province)
        {_MENTIONS_OF_O.format(places="LEFT JOIN places p ON p.id = e.place_id ")}) AS provinces,
       (SELECT group_concat(m4.id || ': ' || m4.person_evidence, '; ') FROM official_mentions m4
        WHERE m4.official_id = o.id) AS evidence
FROM officials o
WHERE EXISTS (SELECT 1 FROM official_mentions m WHERE m.official_id = o.id)  -- its article exists: a foreign key
"""

CAMPAIGNS_OVER_TIME = f"""
SELECT c.id AS campaign_id, c.name AS campaign, {_EVENT_YEAR} AS year,
       count(DISTINCT cm.article_id) AS articles, count(*) AS mentions,
       group_concat(DISTINCT p.province) AS provinces
FROM campaign_mentions cm
JOIN campaigns c ON c.id = cm.campaign_id
JOIN articles a ON a.id = cm.article_id
LEFT JOIN events e ON e.article_id = cm.article_id
LEFT JOIN places p ON p.id = e.place_id
GROUP BY c.id, 3
"""

# The reports of the award's event (every event of its group), in event order, found through the group_id
# index: `coalesce(r.group_id, r.id) = ...` would read every event of the database for each row.
_GROUP_REPORTS = """(SELECT group_concat(value, {separator}) FROM (
            SELECT r.id, {value} AS value FROM events r {join} WHERE r.group_id = coalesce(e.group_id, e.id)
            UNION ALL
            SELECT r.id, {value} FROM events r {join} WHERE r.id = coalesce(e.group_id, e.id) AND r.group_id IS NULL
            ORDER BY 1))"""

_AWARD_FACTS = f"""
SELECT aw.id AS award_id, coalesce(aw.period_end, {_EVENT_YEAR}) AS year, {_EVENT_YEAR} AS event_year,
       aw.multi_year AS multi_year, coalesce(e.date, a.published) AS date,
       {_SCOPED_PROVINCE} AS province, {_SCOPED_DISTRICT} AS district, {_PROVINCE_2025} AS province_2025,
       aw.scope_level AS scope, aw.scope_commune AS scope_commune, aw.scope_text AS scope_text,
       aw.scope_how AS scope_how, p.province AS venue_province, p.district AS venue_district,
       aw.code AS code, {{award}} AS award, aw.kind AS kind, aw.level AS level,
       aw.recipient AS recipient, aw.count AS count, aw.qualifier AS qualifier, aw.status AS status,
       aw.period AS period, aw.issuer AS issuer,
       coalesce(aw.role, 'item') AS role, tot.id AS total_award_id, tot.count AS total_count,
       aw.parts_sum AS parts_sum, aw.reconciles AS reconciles, coalesce(aw.counted, aw.count) AS counted,
       {_GROUP} AS event_id, coalesce(e.primary_report, 1) AS primary_report,
       {{article_ids}} AS event_article_ids, {{urls}} AS event_urls,
       aw.sentence AS sentence, aw.text AS text,
       aw.span_start AS span_start, aw.span_end AS span_end,
       aw.article_id AS article_id, a.title AS article_title, a.url AS url,
       aw.extractor_version AS extractor_version
FROM awards aw
JOIN articles a ON a.id = aw.article_id
LEFT JOIN events e ON e.article_id = aw.article_id
LEFT JOIN places p ON p.id = e.place_id
{{taxonomy}}LEFT JOIN awards tot ON tot.article_id = aw.article_id AND tot.position = aw.part_of
"""

AWARD_FACTS = _AWARD_FACTS.format(
    award=_FORM_NAME.format(code="aw.code"), taxonomy="",
    article_ids=_GROUP_REPORTS.format(value="r.article_id", join="", separator="','"),
    urls=_GROUP_REPORTS.format(value="ra.url", join="JOIN articles ra ON ra.id = r.article_id", separator="' '"))

# The same rows as versions 3 to 5 of the schema computed them, reading every event for each award and joining
# the taxonomy (a test compares the two).
AWARD_FACTS_SCANNING_EVENTS = _AWARD_FACTS.format(
    award="t.official_vi", taxonomy="LEFT JOIN taxonomy t ON t.code = aw.code\n",
    article_ids="""(SELECT group_concat(r.article_id, ',') FROM events r
        WHERE coalesce(r.group_id, r.id) = coalesce(e.group_id, e.id))""",
    urls="""(SELECT group_concat(ra.url, ' ') FROM events r JOIN articles ra ON ra.id = r.article_id
        WHERE coalesce(r.group_id, r.id) = coalesce(e.group_id, e.id))""")

# Mentions first (CROSS JOIN keeps that order): read official by official, the articles would be read in
# no order at all, three times slower on a large database.
OFFICIAL_FACTS = f"""
SELECT m.id AS mention_id, m.official_id AS official_id, o.name AS name, m.titles AS titles,
       {_EVENT_YEAR} AS year, coalesce(e.date, a.published) AS date,
       p.province AS province, p.district AS district, m.sentence AS sentence,
       m.span_start AS span_start, m.span_end AS span_end, m.person_evidence AS person_evidence,
       m.article_id AS article_id, a.title AS article_title, a.url AS url,
       m.extractor_version AS extractor_version
FROM official_mentions m
CROSS JOIN officials o ON o.id = m.official_id
JOIN articles a ON a.id = m.article_id
LEFT JOIN events e ON e.article_id = m.article_id
LEFT JOIN places p ON p.id = e.place_id
"""

# The largest count one award statement can plausibly have for one year, by the level of its scope
# (a commune has some thousands of people; a district's yearly review awards some thousands).
IMPLAUSIBLE_COUNT = {"commune": 2_000, "district": 20_000, "bloc": 60_000, "sector": 60_000, "province": 300_000}
_LIMIT = "CASE c.scope " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in IMPLAUSIBLE_COUNT.items()) + " END"

# The flags that look at counts read award_counts, the place, years and event of every award that the load
# keeps (schema.summaries), instead of computing them again three times; "no later report grants it" is one
# grouped pass (the latest year each form was granted per recipient kind and province) instead of a search
# through every award for each proposal; conflicting titles start from the titles that begin with "phó" and
# look up the same official's other mentions. Same rows as DATA_QUALITY_FROM_SCRATCH (a test compares them).
DATA_QUALITY = f"""
SELECT 'parts_do_not_add_up' AS flag, aw.article_id AS article_id, aw.id AS award_id, NULL AS official_id,
       'stated ' || aw.count || ', its parts add up to ' || aw.parts_sum AS detail, aw.sentence AS sentence
FROM awards aw WHERE aw.role = 'total' AND aw.reconciles = 0
UNION ALL
SELECT 'implausible_count', c.article_id, c.award_id, NULL,
       aw.count || ' for one ' || c.scope || ' (' || coalesce(c.district, c.province, '?') || ') in '
       || coalesce(c.year, '?') || ', above ' || ({_LIMIT}) || ' a year', aw.sentence
FROM awards aw JOIN award_counts c ON c.award_id = aw.id
WHERE aw.count > {min(IMPLAUSIBLE_COUNT.values())}
  AND aw.count > ({_LIMIT}) * CASE WHEN coalesce(aw.multi_year, 0) = 1 THEN 5 ELSE 1 END
UNION ALL
SELECT 'proposal_never_granted', c.article_id, c.award_id, NULL,
       'proposed ' || aw.count || ' ' || c.code || ' (' || c.recipient || ') in ' || coalesce(c.province, '?')
       || '; no later report grants it', aw.sentence
FROM award_counts c JOIN awards aw ON aw.id = c.award_id
LEFT JOIN (SELECT code, recipient, province, max(event_year) AS last_year FROM award_counts
           WHERE status = 'awarded' GROUP BY code, recipient, province) g
       ON g.code = c.code AND g.recipient = c.recipient AND g.province IS c.province
WHERE c.status = 'proposed' AND (g.last_year IS NULL OR c.event_year IS NULL OR g.last_year < c.event_year)
UNION ALL
SELECT 'conflicting_titles', m1.article_id, NULL, m1.official_id,
       '“' || t1.value || '” (' || coalesce(e1.date, a1.published) || ') and “' || t2.value || '” ('
       || coalesce(e2.date, a2.published) || ')', m2.sentence
FROM official_mentions m2 CROSS JOIN json_each(m2.titles) t2
CROSS JOIN official_mentions m1 ON m1.official_id = m2.official_id AND m1.id != m2.id
JOIN json_each(m1.titles) t1 ON lower(t2.value) = 'phó ' || lower(t1.value)
JOIN articles a1 ON a1.id = m1.article_id JOIN articles a2 ON a2.id = m2.article_id
LEFT JOIN events e1 ON e1.article_id = m1.article_id LEFT JOIN events e2 ON e2.article_id = m2.article_id
WHERE substr(lower(t2.value), 1, 4) = 'phó '
  AND abs(julianday(coalesce(e1.date, a1.published)) - julianday(coalesce(e2.date, a2.published))) <= 180
"""

# The flags as versions 3 to 5 of the schema computed them, from the facts alone.
DATA_QUALITY_FROM_SCRATCH = f"""
SELECT 'parts_do_not_add_up' AS flag, aw.article_id AS article_id, aw.id AS award_id, NULL AS official_id,
       'stated ' || aw.count || ', its parts add up to ' || aw.parts_sum AS detail, aw.sentence AS sentence
FROM awards aw WHERE aw.role = 'total' AND aw.reconciles = 0
UNION ALL
SELECT 'implausible_count', c.article_id, c.award_id, NULL,
       c.count || ' for one ' || c.scope || ' (' || coalesce(c.district, c.province, '?') || ') in '
       || coalesce(c.year, '?') || ', above ' || ({_LIMIT}) || ' a year', aw.sentence
FROM ({COUNTED_AWARDS}) c JOIN awards aw ON aw.id = c.award_id
WHERE c.count > ({_LIMIT}) * CASE WHEN coalesce(c.multi_year, 0) = 1 THEN 5 ELSE 1 END
UNION ALL
SELECT 'proposal_never_granted', c.article_id, c.award_id, NULL,
       'proposed ' || c.count || ' ' || c.code || ' (' || c.recipient || ') in ' || coalesce(c.province, '?')
       || '; no later report grants it', aw.sentence
FROM ({COUNTED_AWARDS}) c JOIN awards aw ON aw.id = c.award_id
WHERE c.status = 'proposed' AND NOT EXISTS (
    SELECT 1 FROM ({COUNTED_AWARDS}) g WHERE g.status = 'awarded' AND g.code = c.code
    AND g.recipient = c.recipient AND g.province IS c.province AND g.event_year >= c.event_year)
UNION ALL
SELECT 'conflicting_titles', m1.article_id, NULL, m1.official_id,
       '“' || t1.value || '” (' || coalesce(e1.date, a1.published) || ') and “' || t2.value || '” ('
       || coalesce(e2.date, a2.published) || ')', m2.sentence
FROM official_mentions m1, json_each(m1.titles) t1
JOIN official_mentions m2 ON m2.official_id = m1.official_id AND m2.id != m1.id
JOIN json_each(m2.titles) t2 ON lower(t2.value) = 'phó ' || lower(t1.value)
JOIN articles a1 ON a1.id = m1.article_id JOIN articles a2 ON a2.id = m2.article_id
LEFT JOIN events e1 ON e1.article_id = m1.article_id LEFT JOIN events e2 ON e2.article_id = m2.article_id
WHERE abs(julianday(coalesce(e1.date, a1.published)) - julianday(coalesce(e2.date, a2.published))) <= 180
"""

# Every award of a unit: one row per (unit, award statement naming it), with the year it was earned for,
# the form, status, the name and place as written then, and where it was read.
UNIT_AWARDS = f"""
SELECT u.id AS unit_id, u.name AS unit, u.type AS unit_type, u.province_2025 AS unit_province_2025,
       u.province AS unit_province, u.district AS unit_district,
       coalesce(aw.period_end, {_EVENT_YEAR}) AS year, {_EVENT_YEAR} AS event_year,
       coalesce(e.date, a.published) AS date, aw.code AS code, t.official_vi AS award, aw.level AS level,
       aw.status AS status, aw.recipient AS recipient, aw.period AS period, aw.issuer AS issuer,
       coalesce(aw.role, 'item') AS role, coalesce(e.primary_report, 1) AS primary_report,
       {_GROUP} AS event_id,
       r.name AS name_as_written, wp.label AS place_as_written, r.unit_evidence AS unit_evidence,
       r.id AS recipient_id, aw.id AS award_id, r.sentence AS sentence, r.span_start AS span_start,
       r.span_end AS span_end, r.article_id AS article_id, a.title AS article_title, a.url AS url,
       r.extractor_version AS extractor_version
FROM award_recipients r
JOIN units u ON u.id = r.unit_id
JOIN awards aw ON aw.id = r.award_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN events e ON e.article_id = r.article_id
LEFT JOIN places wp ON wp.id = r.place_id
LEFT JOIN taxonomy t ON t.code = aw.code
"""

# Every person an award names, with the official who is the same person when the evidence says so.
PERSON_AWARDS = f"""
SELECT r.id AS recipient_id, r.name AS name, r.official_id AS official_id, o.name AS official,
       o.organisation AS official_organisation, r.person_evidence AS person_evidence,
       coalesce(aw.period_end, {_EVENT_YEAR}) AS year, coalesce(e.date, a.published) AS date,
       p.province AS province, p.district AS district, aw.code AS code, t.official_vi AS award,
       aw.status AS status, aw.id AS award_id, r.sentence AS sentence, r.span_start AS span_start,
       r.span_end AS span_end, r.article_id AS article_id, a.title AS article_title, a.url AS url,
       r.extractor_version AS extractor_version
FROM award_recipients r
JOIN awards aw ON aw.id = r.award_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN events e ON e.article_id = r.article_id
LEFT JOIN places p ON p.id = e.place_id
LEFT JOIN officials o ON o.id = r.official_id
LEFT JOIN taxonomy t ON t.code = aw.code
WHERE r.kind = 'person'
"""

VIEWS = {
    "award_trends": AWARD_TRENDS,
    "district_comparison": DISTRICT_COMPARISON,
    "events_reported": EVENTS_REPORTED,
    "official_appearances": OFFICIAL_APPEARANCES,
    "campaigns_over_time": CAMPAIGNS_OVER_TIME,
    "award_facts": AWARD_FACTS,
    "official_facts": OFFICIAL_FACTS,
    "data_quality": DATA_QUALITY,
    "unit_awards": UNIT_AWARDS,
    "person_awards": PERSON_AWARDS,
}

# The views as versions 3 and 4 of the schema made them, before the summary tables (schema.db's migrations).
VIEWS_BEFORE_SUMMARIES = {**VIEWS, "award_trends": AWARD_TRENDS_FROM_SCRATCH,
                          "district_comparison": DISTRICT_COMPARISON_FROM_SCRATCH,
                          "award_facts": AWARD_FACTS_SCANNING_EVENTS, "data_quality": DATA_QUALITY_FROM_SCRATCH}
