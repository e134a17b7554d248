"""Numbers a researcher can publish: the counting corpus (tests/corpus/numbers), extracted by the engine,
loaded, and every figure of its README checked against the views.

The articles were written for this project; each stages one way a naive sum goes wrong: a total added to
its breakdown, a province's figure filed under the town the congress met in, a bloc's figure under its
host district, one ceremony reported by a portal and a newspaper, a review of 2023 held in 2024, two
officials of one name, a proposal added to awards.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tdkt.extract import engine_version, extract_article
from tdkt.schema.db import connect
from tdkt.schema.inputs import articles_from_jsonl
from tdkt.schema.load import Loader

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "numbers" / "articles.jsonl"


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = tmp_path_factory.mktemp("numbers") / "tdkt.db"
    db = connect(path)
    report = Loader(db, extract=extract_article, extractor_version=engine_version()).load(
        articles_from_jsonl(str(CORPUS)))
    db.conn.close()
    assert report.added == 9 and report.problems == 0
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


def one(conn, sql, *params):
    return conn.execute(sql, params).fetchone()[0]


def rows(conn, sql, *params):
    return [tuple(r) for r in conn.execute(sql, params)]


# -- the contract ---------------------------------------------------------------------------------
VIEW_COLUMNS = {
    "award_trends": ["year", "event_year", "province", "province_2025", "district", "code", "award", "recipient",
                     "status", "recipients", "events", "articles"],
    "district_comparison": ["province", "province_2025", "district", "year", "recipients_awarded",
                            "recipients_proposed"],
    "award_facts": ["role", "total_award_id", "counted", "reconciles", "qualifier", "scope", "province", "district",
                    "event_id", "event_article_ids", "event_urls", "sentence", "url"],
    "events_reported": ["event_id", "kind", "date", "reports", "article_ids", "urls", "sources"],
    "official_appearances": ["official_id", "name", "articles", "titles", "titles_over_time", "evidence"],
    "data_quality": ["flag", "article_id", "detail", "sentence"],
}


@pytest.mark.parametrize("view", sorted(VIEW_COLUMNS))
def test_the_views_keep_their_names_and_columns(conn, view):
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{view}])")]
    missing = [c for c in VIEW_COLUMNS[view] if c not in columns]
    assert not missing, f"{view} lacks {missing}"


# -- 1. the structure of statements -----------------------------------------------------------------
def test_a_total_and_its_breakdown_are_counted_once(conn):
    # Krông Bông 2023: 200 = 120 + 30 + 50; 500 individuals and 40 collectives stated, 300 + 150 and 40 in
    # the breakdown; 20 + 60 awarded apart; 6 Bằng khen. Summed naively: 1,516 (+ 35 households of a commune).
    assert one(conn, "SELECT sum(count) FROM awards aw JOIN articles a ON a.id = aw.article_id "
                     "WHERE a.key = 'krongbong_tongket_2023' AND aw.scope_level = 'district'") == 1516
    assert rows(conn, "SELECT recipients_awarded, individuals_awarded, collectives_awarded, recipients_proposed "
                      "FROM district_comparison WHERE district = 'Krông Bông' AND year = 2023") == [(826, 710, 116, 0)]


def test_each_entry_knows_its_role_its_total_and_whether_the_parts_add_up(conn):
    facts = rows(conn, "SELECT f.count, f.role, f.total_count, f.counted, f.reconciles FROM award_facts f "
                       "JOIN articles a ON a.id = f.article_id WHERE a.key = 'krongbong_tongket_2023' "
                       "ORDER BY f.award_id")
    assert facts == [(200, "total", None, 0, 1), (120, "part", 200, 120, None), (30, "part", 200, 30, None),
                     (50, "part", 200, 50, None), (500, "total", None, 50, 0), (40, "total", None, 0, 1),
                     (300, "part", 500, 300, None), (150, "part", 500, 150, None), (40, "part", 40, 40, None),
                     (20, "item", None, 20, None), (60, "item", None, 60, None), (35, "item", None, 35, None),
                     (6, "item", None, 6, None)]


# -- 2. the scope of a count ------------------------------------------------------------------------
def test_province_and_bloc_figures_are_not_filed_under_the_venue(conn):
    districts = rows(conn, "SELECT province, district, year, recipients_awarded, recipients_proposed "
                           "FROM district_comparison ORDER BY province, district, year")
    assert districts == [("Bắc Ninh", "Tiên Du", 2019, 8, 0), ("Đắk Lắk", "Ea Kar", 2023, 17, 0),
                         ("Đắk Lắk", "Krông Bông", 2023, 826, 0), ("Đắk Lắk", "Krông Bông", 2024, 0, 3),
                         ("Đắk Lắk", "Lắk", 2022, 45000, 0)]
    wide = rows(conn, "SELECT year, province, sum(recipients) FROM award_trends WHERE district IS NULL "
                      "AND status = 'awarded' GROUP BY 1, 2 ORDER BY 1, 2")
    # the congress (50,000 over 2015-2020, of which 800 state awards, then 40 + 60), the bloc (1,500 + 9,000),
    # the Bình Thuận education sector (25)
    assert wide == [(2016, "Bình Thuận", 25), (2020, "Đắk Lắk", 50100), (2023, "Đắk Lắk", 10500)]


def test_the_scope_says_what_the_count_is_about(conn):
    scopes = rows(conn, "SELECT DISTINCT a.key, f.scope, f.scope_text, f.venue_district FROM award_facts f "
                        "JOIN articles a ON a.id = f.article_id WHERE f.role != 'part' AND a.key IN "
                        "('daklak_daihoi_2020', 'khoi_phianam_2023') ORDER BY 1, 2, 3")
    assert scopes == [("daklak_daihoi_2020", "province", "UBND tỉnh Đắk Lắk", "Buôn Ma Thuột"),
                      ("daklak_daihoi_2020", "province", "toàn tỉnh", "Buôn Ma Thuột"),
                      ("khoi_phianam_2023", "bloc", "trong khối", "Krông Pắc")]
    commune = rows(conn, "SELECT scope, scope_commune, district, count FROM award_facts WHERE scope = 'commune'")
    assert commune == [("commune", "Cư Pui", "Krông Bông", 35)]


# -- 3. achievement year ----------------------------------------------------------------------------
def test_awards_are_charted_under_the_year_they_were_earned_for(conn):
    krong_bong = rows(conn, "SELECT year, event_year, sum(recipients) FROM award_trends WHERE province = 'Đắk Lắk' "
                            "AND district = 'Krông Bông' AND status = 'awarded' GROUP BY 1, 2")
    assert krong_bong == [(2023, 2024, 861)]  # 826 for the district and 35 for one of its communes
    multi = rows(conn, "SELECT year, event_year, multi_year, period FROM award_facts WHERE count = 50000")
    assert multi == [(2020, 2020, 1, "2015-2020")]
    school_year = rows(conn, "SELECT year, multi_year FROM award_facts WHERE code = 'giay_khen' AND count = 25")
    assert school_year == [(2016, 0)]


# -- 4. one event, many reports ---------------------------------------------------------------------
def test_an_event_reported_twice_counts_once_and_lists_both_articles(conn):
    assert rows(conn, "SELECT code, recipient, recipients, events, articles FROM award_trends "
                      "WHERE district = 'Ea Kar' ORDER BY code") == [
        ("bang_khen_bo_tinh", "ca_nhan", 15, 1, 2), ("huan_chuong_lao_dong_hang_ba", "tap_the", 2, 1, 2)]
    event = conn.execute("SELECT * FROM events_reported WHERE district = 'Ea Kar'").fetchone()
    assert event["reports"] == 2 and event["date"] == "2023-09-05"
    assert set(event["urls"].split()) == {"https://eakar.daklak.gov.vn/tin-tuc/le-trao-tang-huan-chuong",
                                          "https://baodaklak.vn/xa-hoi/ea-kar-don-nhan-huan-chuong-lao-dong"}
    assert one(conn, "SELECT a.key FROM events e JOIN articles a ON a.id = e.article_id "
                     "WHERE e.primary_report = 1 AND e.group_id = ?", event["event_id"]) == "eakar_traotang_portal"


def test_summing_award_trends_counts_every_recipient_once(conn):
    assert rows(conn, "SELECT status, sum(recipients) FROM award_trends GROUP BY 1 ORDER BY 1") == [
        ("awarded", 61511 + 45000), ("proposed", 3)]
    assert one(conn, "SELECT count(*) FROM events_reported") == 8


# -- 5. people, not names ---------------------------------------------------------------------------
def test_the_same_name_in_two_provinces_is_two_people(conn):
    people = rows(conn, "SELECT province, articles, titles FROM official_appearances WHERE name = 'Nguyễn Văn Hùng' "
                        "ORDER BY first_seen")
    assert people == [("Bình Thuận", 1, "Trưởng phòng Giáo dục và Đào tạo huyện Tuy Phong"),
                      ("Bắc Ninh", 1, "Chủ tịch Liên đoàn Lao động huyện Tiên Du")]


def test_one_person_keeps_titles_over_time_and_the_evidence_of_the_merge(conn):
    person = conn.execute("SELECT * FROM official_appearances WHERE name = 'Lê Minh Khoa'").fetchone()
    assert person["articles"] == 2
    assert person["titles_over_time"] == ("2024-01-11: Chủ tịch UBND huyện Krông Bông; "
                                          "2024-03-15: Phó Chủ tịch UBND huyện Krông Bông")
    evidence = [r[0] for r in conn.execute(
        "SELECT person_evidence FROM official_mentions WHERE official_id = ? ORDER BY id", (person["official_id"],))]
    assert evidence[0] == "first mention"
    assert evidence[1].startswith("same organisation as mention") and "krông bông" in evidence[1]
    assert one(conn, "SELECT count(*) FROM officials") == 3


# -- 7. data-quality flags ----------------------------------------------------------------------------
def test_data_quality_flags_each_with_its_article_and_sentence(conn):
    flags = rows(conn, "SELECT q.flag, a.key, q.detail FROM data_quality q JOIN articles a ON a.id = q.article_id "
                       "ORDER BY 1, 2")
    assert flags == [
        ("conflicting_titles", "krongbong_tongket_2023",
         "“Chủ tịch UBND huyện Krông Bông” (2024-01-11) and “Phó Chủ tịch UBND huyện Krông Bông” (2024-03-15)"),
        ("implausible_count", "lak_tongket_2022", "45000 for one district (Lắk) in 2022, above 20000 a year"),
        ("parts_do_not_add_up", "daklak_daihoi_2020", "stated 50000, its parts add up to 800"),
        ("parts_do_not_add_up", "krongbong_tongket_2023", "stated 500, its parts add up to 450"),
        ("proposal_never_granted", "krongbong_hopxet_2024",
         "proposed 3 co_thi_dua_bo_tinh (tap_the) in Đắk Lắk; no later report grants it"),
    ]
    assert all(r[0] for r in conn.execute("SELECT sentence FROM data_quality"))
