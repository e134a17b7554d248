"""The awards dashboard as a reader gets it: the page, each chart's data as its script fetches it, the
filters, the map's provinces, and the licence and sources the pages state."""
from __future__ import annotations

import asyncio
import csv
import http.server
import json
import re
import sqlite3
import threading
import urllib.parse
from collections import Counter

import pytest

from tdkt.paths import DATA_DIR
from tdkt.schema.dashboards import RECIPIENT_KINDS, chart_data_path, chart_queries, charts, province_points
from tdkt.schema.serve import build_datasette, warm_pages

CHART_CALL = re.compile(r"renderChart\('(?P<slug>\w+)', (?P<chart>\{.*?\}), '(?P<qs>[^']*)', '(?P<base>[^']*)'\)")
JS_URI_COMPONENT = "!~*'()"  # left as they are by JavaScript's encodeURIComponent
KIND_CODE = {label: code for code, label in RECIPIENT_KINDS.items()}


@pytest.fixture(scope="module")
def get(shared_db):
    datasette = build_datasette(shared_db)
    asyncio.run(datasette.invoke_startup())

    def fetch(path: str, status: int = 200):
        response = asyncio.run(datasette.client.get(path))
        assert response.status_code == status, (path, response.status_code, response.text[:500])
        return response
    return fetch


@pytest.fixture(scope="module")
def views(shared_db):
    conn = sqlite3.connect(shared_db)
    yield lambda sql: conn.execute(sql).fetchall()
    conn.close()


def board(get, filters: dict | None = None) -> dict[str, list[dict]]:
    """Each chart's rows, fetched as the page's script does: the chart's SQL (with the filters the page kept)
    sent to the database's JSON endpoint with the page's query string."""
    page = get("/-/dashboards/awards?" + urllib.parse.urlencode(filters or {})).text
    data = {}
    for call in CHART_CALL.finditer(page):
        chart = json.loads(call["chart"])
        url = (f"{urllib.parse.urlsplit(call['base']).path}{chart['db']}.json?sql="  # as getDataUrl builds it
               f"{urllib.parse.quote(chart['query'], safe=JS_URI_COMPONENT)}&{call['qs']}&_shape=objects")
        response = get(url).json()
        assert response.get("ok", True), response
        data[call["slug"]] = response["rows"]
    return data


def test_the_page_has_every_chart_with_its_title_and_local_scripts(get):
    page = get("/-/dashboards/awards").text
    for slug, chart in charts("tdkt").items():
        assert f'id="chart-{slug}"' in page and chart["title"] in page
    assert set(board(get)) == set(charts("tdkt"))
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', page)
    assert any(s.endswith("vega-lite.min.js") for s in scripts)
    assert not [s for s in scripts if urllib.parse.urlsplit(s).netloc], scripts  # nothing from another host
    for script in scripts:
        assert len(get(script).content) > 1000, script
    assert "/-/dashboards" in get("/").text  # the menu links to it


def test_years_count_each_kind_and_status_apart_and_equal_the_view(get, views):
    rows = board(get)["by_year"]
    shown = {(r["year"], r["status"].split(" ")[0], KIND_CODE[r["kind"]]): r["recipients"] for r in rows}
    assert shown == {(2022, "proposed", "tap_the"): 1, (2023, "awarded", "ca_nhan"): 52,
                     (2023, "awarded", "tap_the"): 13}
    assert shown == {(y, s, k): n for y, s, k, n in views(
        "SELECT year, status, recipient, sum(recipients) FROM award_trends GROUP BY 1, 2, 3")}


def test_forms_equal_the_view_with_awarded_beside_proposed(get, views):
    rows = board(get)["by_form"]
    shown = Counter({(r["code"], r["form"].rsplit(" · ", 1)[1], r["status"].split(" ")[0]): r["recipients"]
                     for r in rows})
    expected = Counter({(c, RECIPIENT_KINDS[k], s): n for c, k, s, n in views(
        "SELECT code, recipient, status, sum(recipients) FROM award_trends GROUP BY 1, 2, 3")})
    assert shown == expected
    assert shown[("huan_chuong_lao_dong_hang_ba", RECIPIENT_KINDS["tap_the"], "proposed")] == 1


def test_the_map_splits_people_units_and_proposals_as_the_view_does(get, views):
    rows = {r["province_2025"]: r for r in board(get)["map"]}
    assert set(rows) == {"Lâm Đồng", "Lai Châu"}
    assert (rows["Lâm Đồng"]["people_awarded"], rows["Lâm Đồng"]["units_awarded"]) == (52, 13)
    assert (rows["Lai Châu"]["units_awarded"], rows["Lai Châu"]["units_proposed"]) == (0, 1)
    for province, status, kind, column in [("Lâm Đồng", "awarded", "ca_nhan", "people_awarded"),
                                           ("Lâm Đồng", "awarded", "tap_the", "units_awarded"),
                                           ("Lai Châu", "proposed", "tap_the", "units_proposed")]:
        [(total,)] = views(f"SELECT sum(recipients) FROM award_trends WHERE province_2025 = '{province}' "
                           f"AND status = '{status}' AND recipient = '{kind}'")
        assert rows[province][column] == total


def test_districts_campaigns_and_officials_equal_their_views(get, views):
    data = board(get)
    districts = {(r["district"], KIND_CODE[r["kind"]]): r["awarded"] for r in data["districts"]}
    for district, province, people, units in views(
            "SELECT district, province, sum(individuals_awarded), sum(collectives_awarded) FROM district_comparison "
            "GROUP BY province, district"):
        assert districts[(f"{district}, {province}", "ca_nhan")] == people
        assert districts[(f"{district}, {province}", "tap_the")] == units
    assert districts[("Krông Nô, Đắk Nông", "ca_nhan")] == 40
    assert {r["campaign_id"]: r["articles"] for r in data["campaigns"]} == dict(views(
        "SELECT campaign_id, sum(articles) FROM campaigns_over_time GROUP BY campaign_id"))
    assert {r["official_id"]: r["articles"] for r in data["officials"]} == dict(views(
        "SELECT official_id, articles FROM official_appearances"))
    assert data["officials"][0]["official"].startswith("Phạm Văn Bình")  # in two articles: first


@pytest.mark.parametrize("typed", ["dak nong", "Đắk Nông", "Lâm Đồng"])
def test_a_province_filter_takes_the_old_or_the_2025_name_with_or_without_diacritics(get, typed):
    data = board(get, {"province": typed})
    assert {r["province_2025"] for r in data["map"]} == {"Lâm Đồng"}
    assert {r["district"] for r in data["districts"]} == {"Krông Nô, Đắk Nông", "Đắk Song, Đắk Nông"}
    assert [r["official_id"] for r in data["officials"]] == [1, 2]            # Lò Văn Sáu is in Lai Châu
    assert sum(r["recipients"] for r in data["by_year"] if r["status"] != "awarded") == 0


def test_year_and_form_filters_narrow_every_chart_they_apply_to(get):
    in_2022 = board(get, {"year": "2022"})
    assert [(r["year"], r["status"].split(" ")[0]) for r in in_2022["by_year"]] == [(2022, "proposed")]
    assert [r["district"] for r in in_2022["districts"]] == ["Sìn Hồ, Lai Châu", "Sìn Hồ, Lai Châu"]
    assert in_2022["campaigns"] == []  # the only campaign was named in 2023
    giay_khen = board(get, {"form": "giay_khen", "province": "Lâm Đồng"})
    assert {r["code"] for r in giay_khen["by_form"]} == {"giay_khen"}
    assert {(KIND_CODE[r["kind"]], r["recipients"]) for r in giay_khen["by_year"]} == {("ca_nhan", 12), ("tap_the", 8)}
    assert board(get, {"province": "Lai Châu", "year": "2023"})["map"] == []


def test_the_filters_offer_both_eras_provinces_and_keep_what_was_chosen(get):
    page = get("/-/dashboards/awards?province=Lai+Ch%C3%A2u&form=giay_khen").text
    assert '<option value="Lai Châu" selected>' in page and '<option value="Đắk Nông"' in page
    assert '<option value="giay_khen" selected>' in page
    assert 'id="year" name="year" type="number"' in page


def gazetteer_provinces() -> list[dict]:
    with open(DATA_DIR / "gazetteer" / "provinces.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_province_of_both_eras_has_a_point_on_the_map(views):
    points = {p["name"]: p for p in province_points()}
    provinces = gazetteer_provinces()
    assert len(points) == 34 == sum(p["era"] == "reform_2025" for p in provinces)
    assert {p["name_2025"] for p in provinces} == set(points)       # all 63 old provinces map to a point
    assert {name for (name,) in views("SELECT DISTINCT province_2025 FROM places")} <= set(points)
    for point in points.values():                                    # inside Vietnam's mainland box
        assert 8.3 < point["latitude"] < 23.4 and 102.1 < point["longitude"] < 109.5, point
    assert points["Hà Nội"]["latitude"] > points["Hồ Chí Minh"]["latitude"] + 9


def test_the_map_spec_carries_the_points_it_looks_provinces_up_in():
    spec = charts("tdkt")["map"]["display"]
    lookups = [layer["transform"][0] for layer in spec["layer"] if "transform" in layer]
    assert lookups and all(t["lookup"] == "province_2025" and t["from"]["key"] == "name" for t in lookups)
    assert all(t["from"]["data"]["values"] == list(province_points()) for t in lookups)
    assert "tiles" not in json.dumps(spec) and "url" not in json.dumps(spec)  # nothing fetched from outside


def test_the_licence_is_the_sources_for_the_data_and_apache_for_the_code(get):
    home = get("/").text
    assert "Data license:" in home and "Data license: Apache" not in re.sub(r"\s+", " ", home)
    assert "publisher" in home and "Apache-2.0" in home and 'href="/tdkt/sources"' in home
    articles = get("/tdkt/articles").text
    assert "the article&#39;s publisher (its url column)" in articles or "the article's publisher" in articles
    places = get("/tdkt/places").text
    assert "vietnamadminunits" in places and "MIT" in places
    awards = get("/tdkt/awards.json").json()
    assert awards["suggested_facets"] == []          # no facet suggestions: they cost a query per column
    assert {"code", "status"} <= {f["name"] for f in awards["facet_results"].values()}


def test_the_server_warms_the_dashboard_and_the_views_with_the_urls_the_browser_will_ask_for():
    assert chart_data_path("tdkt", "a b'(*)!~/:ấ") == "/tdkt.json?sql=a%20b'(*)!~%2F%3A%E1%BA%A5&&_shape=objects"
    asked = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            asked.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        warm_pages("127.0.0.1", server.server_address[1], "tdkt", wait=5)
    finally:
        server.shutdown()
    assert asked == (["/-/dashboards/awards?"] + [chart_data_path("tdkt", sql) for sql in chart_queries({}).values()]
                     + ["/tdkt/award_trends", "/tdkt/district_comparison", "/tdkt/events_reported",
                        "/tdkt/official_appearances", "/tdkt/campaigns_over_time", "/tdkt/award_facts",
                        "/tdkt/official_facts", "/tdkt/data_quality", "/tdkt/unit_awards", "/tdkt/person_awards"])
    assert all("[[" not in path and "%3Aprovince" not in path for path in asked)  # no filter left in
