"""The views for researchers (award trends, campaigns), analysts (districts) and archivists (facts)."""
from __future__ import annotations

import json
import sqlite3

import pytest


@pytest.fixture(scope="module")
def conn(shared_db):
    connection = sqlite3.connect(shared_db)
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


def rows(conn, sql, *params):
    return [dict(r) for r in conn.execute(sql, params)]


def test_award_trends_count_recipients_by_year_province_and_code_with_the_2025_province(conn):
    found = rows(conn, "SELECT year, province, province_2025, code, recipient, status, recipients, entries, articles "
                       "FROM award_trends ORDER BY year, code, recipient")
    assert found == [
        {"year": 2022, "province": "Lai Châu", "province_2025": "Lai Châu", "code": "huan_chuong_lao_dong_hang_ba",
         "recipient": "tap_the", "status": "proposed", "recipients": 1, "entries": 1, "articles": 1},
        {"year": 2023, "province": "Đắk Nông", "province_2025": "Lâm Đồng", "code": "bang_khen_bo_tinh",
         "recipient": "tap_the", "status": "awarded", "recipients": 5, "entries": 1, "articles": 1},
        {"year": 2023, "province": "Đắk Nông", "province_2025": "Lâm Đồng", "code": "giay_khen",
         "recipient": "ca_nhan", "status": "awarded", "recipients": 12, "entries": 1, "articles": 1},
        {"year": 2023, "province": "Đắk Nông", "province_2025": "Lâm Đồng", "code": "giay_khen",
         "recipient": "tap_the", "status": "awarded", "recipients": 8, "entries": 1, "articles": 1},
        {"year": 2023, "province": "Đắk Nông", "province_2025": "Lâm Đồng", "code": "lao_dong_tien_tien",
         "recipient": "ca_nhan", "status": "awarded", "recipients": 40, "entries": 1, "articles": 1},
    ]


def test_award_trends_take_the_award_name_from_the_taxonomy_table(conn):
    from tdkt.schema.reference import taxonomy_rows

    csv_row = next(r for r in taxonomy_rows() if r["code"] == "huan_chuong_lao_dong_hang_ba")
    found = rows(conn, "SELECT award FROM award_trends WHERE code = 'huan_chuong_lao_dong_hang_ba'")
    assert found == [{"award": csv_row["official_vi"]}]
    stored = rows(conn, "SELECT kind, level FROM taxonomy WHERE code = 'huan_chuong_lao_dong_hang_ba'")
    assert stored == [{"kind": csv_row["kind"], "level": csv_row["level"]}]


def test_district_comparison_puts_districts_side_by_side(conn):
    found = rows(conn, "SELECT district, year, articles, events, award_entries, recipients_awarded, "
                       "individuals_awarded, collectives_awarded, recipients_proposed FROM district_comparison "
                       "ORDER BY district")
    assert found == [
        {"district": "Krông Nô", "year": 2023, "articles": 1, "events": 1, "award_entries": 2,
         "recipients_awarded": 48, "individuals_awarded": 40, "collectives_awarded": 8, "recipients_proposed": 0},
        {"district": "Sìn Hồ", "year": 2022, "articles": 1, "events": 1, "award_entries": 1,
         "recipients_awarded": 0, "individuals_awarded": 0, "collectives_awarded": 0, "recipients_proposed": 1},
        {"district": "Đắk Song", "year": 2023, "articles": 1, "events": 1, "award_entries": 2,
         "recipients_awarded": 17, "individuals_awarded": 12, "collectives_awarded": 5, "recipients_proposed": 0},
    ]


def test_one_official_appears_in_two_articles_with_the_titles_of_each(conn):
    found = rows(conn, "SELECT name, articles, first_seen, last_seen, titles, provinces FROM official_appearances "
                       "WHERE name = 'Phạm Văn Bình'")
    assert found == [{"name": "Phạm Văn Bình", "articles": 2, "first_seen": "2023-12-15", "last_seen": "2023-12-20",
                      "titles": "Chủ tịch UBND huyện; Phó Bí thư Huyện ủy Đắk Song", "provinces": "Đắk Nông"}]
    assert conn.execute("SELECT count(*) FROM officials WHERE name = 'Phạm Văn Bình'").fetchone()[0] == 1


def test_campaigns_over_time_use_the_canonical_campaign(conn):
    found = rows(conn, "SELECT campaign_id, campaign, year, articles, mentions FROM campaigns_over_time")
    assert found == [{"campaign_id": "ntm", "campaign": "Cả nước chung sức xây dựng nông thôn mới", "year": 2023,
                      "articles": 1, "mentions": 1}]
    raw = conn.execute("SELECT name FROM campaign_mentions WHERE campaign_id = 'ntm'").fetchone()[0]
    assert raw == "Đắk Song chung sức xây dựng nông thôn mới"


def test_every_award_fact_leads_to_its_article_url_and_sentence(conn):
    fact = rows(conn, "SELECT * FROM award_facts WHERE code = 'bang_khen_bo_tinh'")[0]
    assert fact["url"] == "https://daksong.daknong.gov.vn/tin-tuc/tong-ket-thi-dua-2023"
    assert fact["sentence"].startswith("Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể")
    assert fact["article_title"] == "Huyện Đắk Song tổng kết công tác thi đua, khen thưởng năm 2023"
    text = conn.execute("SELECT text FROM articles WHERE id = ?", (fact["article_id"],)).fetchone()[0]
    assert text[fact["span_start"]:fact["span_end"]] == "Bằng khen cho 5 tập thể"


def test_official_facts_keep_the_titles_used_in_each_article(conn):
    facts = rows(conn, "SELECT titles, url FROM official_facts WHERE name = 'Phạm Văn Bình' ORDER BY date")
    assert [json.loads(f["titles"]) for f in facts] == [["Chủ tịch UBND huyện"], ["Phó Bí thư Huyện ủy Đắk Song"]]
    assert facts[1]["url"].startswith("https://krongno.")
