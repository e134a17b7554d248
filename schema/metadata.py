"""What Datasette shows about the tdkt database: titles, descriptions, licences, sources, facets, canned
queries and the awards dashboard.

Kept as data in one function so ``tdkt serve`` and the tests use the same
metadata. Canned queries accept names with or without diacritics (``tdkt_fold``).

Licences say what is true of each table: tdkt's code is Apache-2.0, but the
articles are the sources' content, under their publishers' terms, each with its
URL; the facts are read from those articles; the place names come from the
vietnamadminunits package (MIT). Nothing here relicenses a source's text.
"""
from __future__ import annotations

from tdkt.schema.dashboards import dashboards

CODE_LICENSE = "Apache-2.0"
CODE_LICENSE_URL = "https://www.apache.org/licenses/LICENSE-2.0"
DATA_LICENSE = "each article's publisher's terms (see its URL); tdkt adds no licence to them"
SOURCE = ("Vietnamese provincial, district and ministry portals and provincial newspapers, each article "
          "with its URL, crawled and extracted by tdkt")
ABOUT = f"tdkt, whose code is under {CODE_LICENSE}"
_ARTICLE_SOURCE = "the article's publisher (its url column); the text as fetched"
_EXTRACTED = {"source": "read by tdkt from the articles (article_id, sentence, span); each article's url is its source",
              "license": DATA_LICENSE}
_GAZETTEER = {"source": "vietnamadminunits 1.0.4 (MIT), via data/gazetteer",
              "source_url": "https://github.com/tranngocminhhieu/vietnamadminunits",
              "license": "MIT", "license_url": "https://opensource.org/license/mit"}
_TDKT_DATA = {"source": "tdkt's own data files", "license": CODE_LICENSE, "license_url": CODE_LICENSE_URL}

# province_names holds every province of the summary rows with its tdkt_fold key (schema.summaries): the
# rows of one province are found through an index instead of folding the name of every row.
_PROVINCE = "(SELECT name FROM province_names WHERE name_key = tdkt_fold(:province))"
_PLACE_FILTER = f"(:province = '' OR province IN {_PROVINCE} OR province_2025 IN {_PROVINCE})"

QUERIES = {  # named apart from the tables and views, which a canned query of the same name would hide
    "search_articles": {
        "title": "Search articles (with or without diacritics)",
        "description": "Full-text search over titles and texts, as `tdkt search`: “thi dua khen thuong dak song” "
                       "finds “thi đua khen thưởng Đắk Song”; typed with diacritics, only those diacritics match "
                       "(“Lê Quang Vinh” is not “Lễ … Quang”), unless no article has them; a capitalised name "
                       "matches whole. Quote a phrase, end a word with * for a prefix.",
        "sql": "SELECT a.id AS article_id, a.title, a.published, a.url, tdkt_snippet(a.text, :q) AS snippet\n"
               "FROM json_each(tdkt_search(:q)) AS hit JOIN articles a ON a.id = hit.value\n"
               "ORDER BY hit.key",
    },
    "award_trends_by_year": {
        "title": "Award trends by year",
        "description": "Recipients per achievement year and award, for one province (as named at the time or "
                       "its 2025 province; empty for all) and optionally one award code: awarded, and the "
                       "proposals beside them (never added). Each recipient counts once: a total and its "
                       "breakdown are not both counted, and an event reported twice counts once.",
        "sql": "SELECT year, code, award, recipient,\n"
               "       sum(CASE WHEN status = 'awarded' THEN recipients ELSE 0 END) AS awarded,\n"
               "       sum(CASE WHEN status = 'proposed' THEN recipients ELSE 0 END) AS proposed,\n"
               "       sum(events) AS events, sum(articles) AS articles\nFROM award_trends\n"
               f"WHERE {_PLACE_FILTER} AND (:code = '' OR code = :code)\n"
               "GROUP BY year, code, recipient ORDER BY year DESC, awarded DESC",
    },
    "compare_districts": {
        "title": "District comparison",
        "description": "Districts of one province (as named at the time or its 2025 province; empty for all) "
                       "compared on the recipients of counts about the district itself (a province-wide or a "
                       "bloc's count is not a district's), awarded and proposed apart, for one year or all.",
        "sql": "SELECT district, province, province_2025, sum(recipients_awarded) AS recipients_awarded,\n"
               "       sum(individuals_awarded) AS individuals_awarded,\n"
               "       sum(collectives_awarded) AS collectives_awarded,\n"
               "       sum(recipients_proposed) AS recipients_proposed, sum(events) AS events,\n"
               "       sum(articles) AS articles, sum(award_entries) AS award_entries\nFROM district_comparison\n"
               f"WHERE {_PLACE_FILTER} AND (:year = '' OR year = CAST(:year AS INTEGER))\n"
               "GROUP BY province, district_code, district ORDER BY recipients_awarded DESC, articles DESC",
    },
    "data_quality_flags": {
        "title": "Data-quality flags",
        "description": "Parts that do not add up to their total, counts implausible for their place and year, "
                       "proposals never reported as granted, persons with conflicting titles; each with its "
                       "article and sentence.",
        "sql": "SELECT q.flag, q.detail, q.sentence, a.title AS article_title, a.url, q.article_id, q.award_id,\n"
               "       q.official_id\nFROM data_quality q JOIN articles a ON a.id = q.article_id\n"
               "WHERE :flag = '' OR q.flag = :flag ORDER BY q.flag, q.article_id",
    },
    "unit_awards_over_time": {
        "title": "A unit's awards over time",
        "description": "Search a unit (a school, commune, company, ...) by any part of its name, with or without "
                       "diacritics or abbreviations (“THPT Truong Dinh”, “trung hoc pho thong truong dinh”): every "
                       "award it was named for, by year, with the form, status, the name as written and the "
                       "article it comes from. Narrow with a 2025 province.",
        "sql": "SELECT ua.year, ua.unit, ua.unit_type, ua.unit_province_2025, ua.award, ua.code, ua.status,\n"
               "       ua.name_as_written, ua.place_as_written, ua.date, ua.sentence, ua.article_title, ua.url,\n"
               "       ua.unit_id, ua.article_id\nFROM unit_awards ua JOIN units u ON u.id = ua.unit_id\n"
               "WHERE (u.name_folded LIKE '%' || tdkt_fold(:unit) || '%'\n"
               "       OR tdkt_fold(u.variants) LIKE '%' || tdkt_fold(:unit) || '%')\n"
               "  AND (:province = '' OR tdkt_fold(u.province_2025) = tdkt_fold(:province))\n"
               "ORDER BY ua.unit_id, ua.year, ua.date LIMIT 1000",
    },
    "find_units": {
        "title": "Find a unit",
        "description": "Units whose name contains the text (diacritics and abbreviations optional), with their "
                       "type, place, spellings seen and the number of awards naming them.",
        "sql": "SELECT u.id AS unit_id, u.name, u.type, u.province, u.district, u.commune, u.province_2025,\n"
               "       u.variants, (SELECT count(DISTINCT r.award_id) FROM award_recipients r\n"
               "                    WHERE r.unit_id = u.id) AS awards\nFROM units u\n"
               "WHERE :unit = '' OR u.name_folded LIKE '%' || tdkt_fold(:unit) || '%'\n"
               "   OR tdkt_fold(u.variants) LIKE '%' || tdkt_fold(:unit) || '%'\n"
               "ORDER BY awards DESC, u.name LIMIT 200",
    },
    "find_officials": {
        "title": "Officials and their appearances",
        "description": "Every appearance of officials whose name contains the text (diacritics optional), "
                       "with the titles used, the sentence, the article and its source URL.",
        "sql": "SELECT f.name, f.titles, f.date, f.province, f.district, f.sentence, f.article_title, f.url,\n"
               "       f.article_id, f.official_id\nFROM official_facts f JOIN officials o ON o.id = f.official_id\n"
               "WHERE :name = '' OR o.name_folded LIKE '%' || tdkt_fold(:name) || '%'\n"
               "ORDER BY f.date DESC LIMIT 500",
    },
}

_PROVENANCE = ("Each row keeps its provenance: the article (article_id), the sentence, the character span "
               "(span_start, span_end) in the article text and the extractor version.")

TABLES = {
    "articles": {
        "title": "Articles",
        "description": "One row per article: URL, canonical URL, title, publication date, clean text, WARC "
                       "file and offset, content hash, crawl time and relevance. Search works with or "
                       "without diacritics.",
        "fts_table": "articles_fts", "fts_pk": "id", "label_column": "title",
        "facets": ["source_id", "relevant", "extractor_version"],
    },
    "events": {"title": "Events", "description": "The main event of each article: kind, date, organiser and "
                                                 "place. " + _PROVENANCE, "facets": ["kind", "year"]},
    "awards": {"title": "Awards", "label_column": "text",
               "description": "“N recipients of kind R received (or are proposed for) form F”; code, kind and "
                              "level from the taxonomy. " + _PROVENANCE,
               "facets": ["code", "recipient", "status", "level"]},
    "officials": {"title": "Officials", "label_column": "name",
                  "description": "One row per person: mentions of one name are one person only on evidence (the "
                                 "same organisation, or the only person of that name in the province); the "
                                 "evidence of each is in official_mentions.person_evidence."},
    "official_mentions": {"title": "Official mentions", "label_column": "name",
                          "description": "An official in one article, with the titles used there. " + _PROVENANCE,
                          "facets": [{"array": "titles"}]},
    "campaigns": {"title": "Campaigns", "label_column": "name",
                  "description": "Emulation movements: national campaigns by canonical id, others as written "
                                 "(id starting with raw:)."},
    "campaign_mentions": {"title": "Campaign mentions", "label_column": "name",
                          "description": "A campaign named in one article, as written. " + _PROVENANCE,
                          "facets": ["campaign_id"]},
    "units": {"title": "Units", "label_column": "name",
              "description": "One row per real unit an award names (school, hospital, company, cooperative, "
                             "commune or ward, district, province, department or agency, police or army unit, party "
                             "or mass organisation, village or residential group, other): its spellings seen "
                             "(variants), normalised name, type and place with codes and 2025 province. Spellings "
                             "of one unit across articles are one row; the same name in two districts is two; a "
                             "commune only renamed in 2025 keeps its units' history. A unit's page lists the "
                             "award_recipients naming it; unit_awards lists its awards over time.",
              "facets": ["type", "province_2025", "place_how"]},
    "unit_names": {"title": "Unit spellings", "label_column": "name",
                   "description": "Each spelling of a unit and how many award statements wrote it so."},
    "award_recipients": {"title": "Award recipients", "label_column": "name",
                         "description": "Each unit, person or household an award statement names, as written: "
                                        "the unit it is (with the evidence), or the official who is the same "
                                        "person (only on evidence: named with a title in the same article, or the "
                                        "only official of that name in the province). " + _PROVENANCE,
                         "facets": ["kind"]},
    "places": {"title": "Places", "label_column": "label",
               "description": "Provinces, districts and communes of both administrative eras (legacy_63 and "
                              "reform_2025) with their GSO codes and the 2025 province each maps to.",
               "facets": ["level", "era", "province_2025"]},
    "sources": {"title": "Sources", "label_column": "name", "description": "The portals and newspapers crawled.",
                "facets": ["kind", "province"]},
    "taxonomy": {"title": "Award taxonomy", "label_column": "official_vi",
                 "description": "Award forms and emulation titles (data/taxonomy.csv).", "facets": ["kind", "level"]},
    "award_trends": {"title": "Award trends",
                     "description": "Recipients by achievement year (event_year beside it) × the place the count "
                                    "is about (district empty for a province-wide or a bloc's count) × code × "
                                    "status. Summing recipients counts each recipient once. Filter on status: "
                                    "proposed is not awarded.",
                     "facets": ["year", "province_2025", "status"]},
    "district_comparison": {"title": "District comparison",
                            "description": "One row per district and achievement year, from the counts about "
                                           "the district itself; awarded and proposed side by side.",
                            "facets": ["province", "year"]},
    "events_reported": {"title": "Events and their reports",
                        "description": "One row per event, with every article that reports it and their sources; "
                                       "the views count its facts once, from primary_article_id."},
    "data_quality": {"title": "Data-quality flags",
                     "description": "Parts that do not add up, implausible counts, proposals never granted, "
                                    "conflicting titles; each with its article and sentence.",
                     "facets": ["flag"]},
    "official_appearances": {"title": "Official appearances",
                             "description": "Each official with the number of articles, first and last "
                                            "appearance, titles and provinces."},
    "campaigns_over_time": {"title": "Campaigns over time", "description": "Mentions per campaign and year.",
                            "facets": ["year"]},
    "award_facts": {"title": "Award facts",
                    "description": "Every award with its role (total, part, item), its total, what it adds to a "
                                   "sum (counted), its scope, its event and every article reporting it, source "
                                   "URL and sentence.",
                    # a facet here is a pass over every award with its article and event (~0.4 s of CPU each
                    # at 100 k articles; by code 1.3 s): the code and year are faceted in awards and award_trends
                    "facets": ["status", "role", "scope"]},
    "unit_awards": {"title": "Awards of units",
                    "description": "Every award of a unit with its achievement year, form, status, role, the name "
                                   "and place as written then, the event's fullest report (primary_report) and "
                                   "the article and sentence it comes from. Count a unit's awards on "
                                   "primary_report = 1 and status = 'awarded'.",
                    "facets": ["unit_type", "year", "status", "code"]},
    "person_awards": {"title": "Awards of named persons",
                      "description": "Every person an award names, with the official who is the same person when "
                                     "the evidence says so (person_evidence), the form, status and provenance.",
                      "facets": ["year", "status"]},
    "official_facts": {"title": "Official facts", "description": "Every appearance of an official with the "
                                                                  "titles, article, source URL and sentence."},
    "articles_fts_source": {"title": "Full-text index input",
                            "description": "Internal: titles and texts with đ folded to d, as the full-text "
                                           "index reads them."},
    "meta": {"hidden": True},
}


# Where each table's rows come from and under which terms (Datasette shows them on the table's page).
_PROVENANCE_OF = {
    "articles": {"source": _ARTICLE_SOURCE, "license": DATA_LICENSE},
    "articles_fts_source": {"source": _ARTICLE_SOURCE, "license": DATA_LICENSE},
    "places": _GAZETTEER,
    "sources": _TDKT_DATA,
    "taxonomy": _TDKT_DATA,
}


def _tables(database: str) -> dict:
    """Each table's metadata with its source and licence: extracted facts unless named otherwise."""
    return {name: {**table, **({} if table.get("hidden") else _PROVENANCE_OF.get(name, _EXTRACTED))}
            for name, table in TABLES.items()}


def metadata(database: str = "tdkt") -> dict:
    """Datasette metadata for a tdkt database served under the name ``database``."""
    return {
        "title": "tdkt: thi đua, khen thưởng",
        "description": "Vietnamese government news about emulation and commendation (thi đua, khen thưởng) "
                       "turned into a queryable record: articles, events, places, officials, campaigns and "
                       "awards, each fact with its provenance. The articles are their publishers' content, each "
                       "with its URL; the awards dashboard (/-/dashboards/awards) charts the analyst views.",
        "license": DATA_LICENSE, "source": SOURCE, "source_url": f"/{database}/sources",
        "about": ABOUT, "about_url": CODE_LICENSE_URL,
        "databases": {database: {
            "title": "tdkt", "description": "Award trends for researchers, district comparisons for analysts, "
                                            "a searchable and citable record for archivists.",
            "tables": _tables(database), "queries": QUERIES}},
        "plugins": {"datasette-dashboards": dashboards(database)},
    }
