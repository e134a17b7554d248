"""The awards dashboard (``/-/dashboards/awards``): datasette-dashboards settings built from the views.

    from tdkt.schema.dashboards import dashboards, chart_queries
    metadata["plugins"] = {"datasette-dashboards": dashboards("tdkt")}
    chart_queries({"province": "Lâm Đồng"})   # each chart's SQL as the page runs it with that filter

Each chart is one SQL query over the analyst views (``award_trends``,
``district_comparison``, ``official_facts``) or, for campaigns, the tables the
``campaigns_over_time`` view reads, with the view's own year rule; and one
Vega-Lite spec that the plugin's bundled Vega draws in the browser (no CDN).
The counting rules of the views hold on the page: awarded and proposed are
never added (separate lines, bars or columns), nor are people, units and
households (a series or column each).

Filters (province, year, form) are optional ``[[ ... ]]`` clauses that the
plugin drops when the filter is empty. A province is matched as named at the
time or as its 2025 province, with or without diacritics ("Dak Nong" finds
Đắk Nông; "Lâm Đồng" also finds the old Đắk Nông and Bình Thuận).

The map places each 2025 province at a point (``data/geo/provinces_2025.csv``,
see its SOURCE.md): a symbol map drawn without tiles, since no boundary file
with an open licence was found in a package registry.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from urllib.parse import quote

from tdkt.paths import DATA_DIR
from tdkt.schema.views import _EVENT_YEAR

SLUG = "awards"

# Recipient kinds as the extractor records them, with the words a reader sees; never added together.
RECIPIENT_KINDS = {"ca_nhan": "people (cá nhân)", "tap_the": "units (tập thể)",
                   "ho_gia_dinh": "households (hộ gia đình)", "dia_phuong": "localities (địa phương)",
                   "mixed": "units and people, not split"}
STATUS_LABELS = {"awarded": "awarded", "proposed": "proposed (not yet granted)"}


def _label(column: str, labels: dict[str, str]) -> str:
    whens = " ".join(f"WHEN '{key}' THEN '{text}'" for key, text in labels.items())
    return f"CASE {column} {whens} ELSE coalesce({column}, 'unknown') END"


def _province_in(column: str) -> str:
    """An optional clause: ``column`` (a province as named at the time) is the filtered province or in it."""
    return (f"[[ AND {column} IN (SELECT pl.name FROM places pl WHERE pl.level = 'province' AND "
            f"(tdkt_fold(pl.name) = tdkt_fold(:province) OR tdkt_fold(pl.province_2025) = tdkt_fold(:province))) ]]")


_YEAR = "[[ AND year = CAST(:year AS INTEGER) ]]"
_FORM = "[[ AND code = :form ]]"
_KIND = _label("recipient", RECIPIENT_KINDS)
_STATUS = _label("status", STATUS_LABELS)
_TREND_FILTERS = f"{_province_in('province')} {_YEAR} {_FORM}"

BY_YEAR = f"""SELECT year, {_STATUS} AS status, {_KIND} AS kind, sum(recipients) AS recipients
FROM award_trends WHERE year IS NOT NULL {_TREND_FILTERS}
GROUP BY year, status, recipient ORDER BY year, status, recipient"""

BY_FORM = f"""WITH t AS (
    SELECT code, min(award) AS award, recipient, status, sum(recipients) AS recipients
    FROM award_trends WHERE 1 = 1 {_TREND_FILTERS} GROUP BY code, recipient, status),
top AS (SELECT code, recipient FROM t GROUP BY code, recipient ORDER BY max(recipients) DESC, code LIMIT 15)
SELECT coalesce(t.award, t.code) || ' · ' || {_label("t.recipient", RECIPIENT_KINDS)} AS form, t.code AS code,
       {_label("t.status", STATUS_LABELS)} AS status, t.recipients AS recipients,
       t.status AS status_code, t.recipient AS recipient_code
FROM t JOIN top ON top.code = t.code AND top.recipient IS t.recipient ORDER BY t.recipients DESC"""

BY_PROVINCE = f"""SELECT province_2025,
       sum(CASE WHEN status = 'awarded' AND recipient = 'ca_nhan' THEN recipients ELSE 0 END) AS people_awarded,
       sum(CASE WHEN status = 'awarded' AND recipient = 'tap_the' THEN recipients ELSE 0 END) AS units_awarded,
       sum(CASE WHEN status = 'awarded' AND recipient = 'ho_gia_dinh' THEN recipients ELSE 0 END)
           AS households_awarded,
       sum(CASE WHEN status = 'proposed' AND recipient = 'ca_nhan' THEN recipients ELSE 0 END) AS people_proposed,
       sum(CASE WHEN status = 'proposed' AND recipient = 'tap_the' THEN recipients ELSE 0 END) AS units_proposed
FROM award_trends WHERE province_2025 IS NOT NULL {_TREND_FILTERS}
GROUP BY province_2025 ORDER BY province_2025"""

DISTRICTS = f"""WITH d AS (
    SELECT district || ', ' || province AS district, sum(individuals_awarded) AS people,
           sum(collectives_awarded) AS units, sum(events) AS events
    FROM district_comparison WHERE 1 = 1 {_province_in('province')} {_YEAR}
    GROUP BY province, district ORDER BY events DESC, people DESC, district LIMIT 15)
SELECT district, '{RECIPIENT_KINDS["ca_nhan"]}' AS kind, people AS awarded, events FROM d
UNION ALL SELECT district, '{RECIPIENT_KINDS["tap_the"]}', units, events FROM d"""

CAMPAIGNS = f"""SELECT c.name AS campaign, c.id AS campaign_id, count(DISTINCT cm.article_id) AS articles
FROM campaign_mentions cm
JOIN campaigns c ON c.id = cm.campaign_id
JOIN articles a ON a.id = cm.article_id
LEFT JOIN events e ON e.article_id = cm.article_id
LEFT JOIN places p ON p.id = e.place_id
WHERE 1 = 1 {_province_in('p.province')} [[ AND {_EVENT_YEAR} = CAST(:year AS INTEGER) ]]
GROUP BY c.id ORDER BY articles DESC, campaign LIMIT 15"""

OFFICIALS = f"""SELECT name || ' (#' || official_id || ')' AS official, official_id,
       count(DISTINCT article_id) AS articles
FROM official_facts WHERE 1 = 1 {_province_in('province')} {_YEAR}
GROUP BY official_id ORDER BY articles DESC, name LIMIT 15"""


_COUNT_AXIS = {"tickMinStep": 1, "labelExpr": "datum.value % 1 ? '' : format(datum.value, ',d')"}  # whole numbers only


def _bars(y: str, x: str, x_title: str, offset: str, offset_title: str, tooltip: list) -> dict:
    """Horizontal bars, one per ``offset`` value side by side (never stacked: the values are not to be added)."""
    return {"mark": {"type": "bar", "tooltip": True},
            "encoding": {"y": {"field": y, "type": "nominal", "title": None, "sort": "-x",
                               "axis": {"labelLimit": 320}},
                         "x": {"field": x, "type": "quantitative", "title": x_title, "axis": _COUNT_AXIS},
                         "yOffset": {"field": offset},
                         "color": {"field": offset, "type": "nominal", "title": offset_title,
                                   "legend": {"orient": "bottom", "direction": "vertical"}},
                         "tooltip": tooltip}}


def _articles_bars(name: str) -> dict:
    """One bar per ``name`` (a campaign, an official): the number of articles that name it."""
    return {"mark": {"type": "bar", "tooltip": True},
            "encoding": {"y": {"field": name, "type": "nominal", "sort": "-x", "title": None,
                               "axis": {"labelLimit": 320}},
                         "x": {"field": "articles", "type": "quantitative", "title": "articles",
                               "axis": _COUNT_AXIS}}}


def _awards_link(database: str) -> str:
    """A Vega expression: the awards table filtered to a bar's form, status and kind of recipient."""
    return (f"'/{database}/awards?code=' + datum.code + '&status=' + datum.status_code + "
            "(datum.recipient_code ? '&recipient=' + datum.recipient_code : '&recipient__isnull=1')")


def _linked(spec: dict, link: str) -> dict:
    """``spec`` with each mark a link (Vega's ``href`` channel), drawn as SVG so that a browser, a screen reader
    or a test can find and follow each mark."""
    return {**spec, "usermeta": {"embedOptions": {"renderer": "svg"}},
            "transform": [{"calculate": link, "as": "link"}],
            "encoding": {**spec["encoding"], "href": {"field": "link", "type": "nominal"}},
            "mark": {**spec["mark"], "cursor": "pointer"}}


def _map_spec(points: list[dict]) -> dict:
    position = {"longitude": {"field": "longitude", "type": "quantitative"},
                "latitude": {"field": "latitude", "type": "quantitative"}}
    lookup = {"lookup": "province_2025", "from": {"data": {"values": points}, "key": "name",
                                                  "fields": ["latitude", "longitude"]}}
    return {
        "height": 520, "projection": {"type": "mercator"},
        "layer": [
            {"data": {"values": points}, "mark": {"type": "circle", "color": "#bbb", "size": 18},
             "encoding": {**position, "tooltip": [{"field": "name", "title": "2025 province"}]}},
            {"transform": [lookup], "mark": {"type": "circle", "opacity": 0.8, "stroke": "#333"},
             "encoding": {**position,
                          "size": {"field": "people_awarded", "type": "quantitative",
                                   "title": "people awarded", "scale": {"range": [30, 900]}},
                          "color": {"field": "units_awarded", "type": "quantitative", "title": "units awarded",
                                    "scale": {"scheme": "blues"}},
                          "tooltip": [{"field": "province_2025", "title": "2025 province"},
                                      {"field": "people_awarded", "title": "people awarded"},
                                      {"field": "units_awarded", "title": "units awarded"},
                                      {"field": "households_awarded", "title": "households awarded"},
                                      {"field": "people_proposed", "title": "people proposed"},
                                      {"field": "units_proposed", "title": "units proposed"}]}},
            {"transform": [lookup], "mark": {"type": "text", "dy": -12, "fontSize": 10},
             "encoding": {**position, "text": {"field": "province_2025"}}},
        ]}


@lru_cache(maxsize=1)
def province_points() -> tuple[dict, ...]:
    """The point of each 2025 province (name, latitude, longitude) from ``data/geo/provinces_2025.csv``."""
    with open(DATA_DIR / "geo" / "provinces_2025.csv", encoding="utf-8", newline="") as fh:
        return tuple({"name": r["name"], "latitude": float(r["latitude"]), "longitude": float(r["longitude"])}
                     for r in csv.DictReader(fh))


def charts(database: str) -> dict:
    """Each chart: its title, the SQL it runs on ``database`` and its Vega-Lite spec."""
    def chart(title: str, query: str, display: dict) -> dict:
        return {"title": title, "db": database, "query": query, "library": "vega-lite", "display": display}

    recipients = {"field": "recipients", "title": "recipients"}
    return {
        "by_year": chart(
            "Recipients by achievement year: one line per kind; dashed = proposed, not granted", BY_YEAR,
            {"mark": {"type": "line", "point": True, "tooltip": True},
             "encoding": {"x": {"field": "year", "type": "ordinal", "title": "achievement year",
                                "axis": {"labelAngle": 0}},
                          "y": {"field": "recipients", "type": "quantitative", "title": "recipients (count)",
                                "axis": _COUNT_AXIS},
                          "color": {"field": "kind", "type": "nominal", "title": "recipient kind",
                                    "legend": {"orient": "bottom", "direction": "vertical"}},
                          "strokeDash": {"field": "status", "type": "nominal", "title": "status",
                                         "legend": {"orient": "bottom", "direction": "vertical",
                                                    "symbolType": "stroke", "symbolStrokeWidth": 2}},
                          "tooltip": [{"field": "year"}, {"field": "kind"}, {"field": "status"}, recipients]}}),
        "by_form": chart(
            "The 15 forms and kinds with the most recipients: awarded beside proposed (click a bar for its awards)",
            BY_FORM, _linked(_bars("form", "recipients", "recipients (count)", "status", "status",
                                   [{"field": "form"}, {"field": "status"}, recipients]), _awards_link(database))),
        "map": chart("Awarded by 2025 province: size = people, colour = units (hover for all)", BY_PROVINCE,
                     _map_spec(list(province_points()))),
        "districts": chart(
            "Districts with the most award events: people and units awarded (form filter not applied)", DISTRICTS,
            _bars("district", "awarded", "recipients awarded (count)", "kind",
                  "recipient kind", [{"field": "district"}, {"field": "kind"}, {"field": "awarded"},
                                     {"field": "events", "title": "award events"}])),
        "campaigns": chart(
            "Campaigns named in the most articles (form filter not applied)", CAMPAIGNS,
            _articles_bars("campaign")),
        "officials": chart(
            "Officials in the most articles (form filter not applied)", OFFICIALS,
            _articles_bars("official")),
    }


def filters() -> dict:
    return {
        "province": {"name": "Province (as named then, or its 2025 province)", "type": "select",
                     "query": "SELECT DISTINCT name FROM places WHERE level = 'province' ORDER BY name"},
        "year": {"name": "Achievement year", "type": "number", "min": 1945, "max": 2100},
        "form": {"name": "Form (award code)", "type": "select",
                 "query": "SELECT code FROM taxonomy ORDER BY code"},
    }


def dashboards(database: str) -> dict:
    """The plugin's settings: the one ``awards`` dashboard over ``database``."""
    board_filters = filters()
    for entry in board_filters.values():
        if "query" in entry:
            entry["db"] = database
    return {SLUG: {
        "title": "Awards",
        "description": "Who was awarded what, where and when, from the analyst views: each recipient counted "
                       "once, by the year the award was earned for and the place the count is about. Awarded and "
                       "proposed are never added, nor are people, units and households. The views behind the "
                       "charts: award_trends, district_comparison, official_facts; campaigns are counted as in "
                       "campaigns_over_time.",
        "settings": {"allow_fullscreen": True},
        "layout": [["by_year", "by_form"], ["map", "districts"], ["campaigns", "officials"]],
        "filters": board_filters,
        "charts": charts(database),
    }}


def chart_data_path(database: str, sql: str, query_string: str = "") -> str:
    """The URL path of a chart's data exactly as the plugin's script builds it (``getDataUrl``), so that a
    request made here and the browser's are the same page to the page cache."""
    return f"/{database}.json?sql={quote(sql, safe=_URI_COMPONENT_SAFE)}&{query_string}&_shape=objects"


_URI_COMPONENT_SAFE = "!~*'()"  # what JavaScript's encodeURIComponent leaves as it is, besides letters, digits, -_.


def chart_queries(filters_set: dict[str, str], database: str = "tdkt") -> dict[str, str]:
    """Each chart's SQL as the dashboard page runs it with ``filters_set`` (empty filters dropped)."""
    from datasette_dashboards import replace_opts_in_query

    return {slug: replace_opts_in_query(chart["query"], filters_set) for slug, chart in charts(database).items()}
