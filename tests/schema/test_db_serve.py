"""Datasette as `tdkt serve` configures it: metadata, search, facets, canned queries, links to provenance."""
from __future__ import annotations

import asyncio

import pytest

from tdkt.schema.serve import build_datasette
from tdkt.cli import main


@pytest.fixture(scope="module")
def get(shared_db):
    datasette = build_datasette(shared_db)
    asyncio.run(datasette.invoke_startup())

    def fetch(path: str):
        response = asyncio.run(datasette.client.get(path))
        assert response.status_code == 200, (path, response.status_code)
        return response
    return fetch


def test_the_home_page_names_the_data_its_source_and_licence(get):
    page = get("/").text
    assert "tdkt: thi đua, khen thưởng" in page and "Apache-2.0" in page and "crawled and extracted by tdkt" in page


@pytest.mark.parametrize("query", ["thi dua khen thuong dak song", "thi đua khen thưởng Đắk Song"])
def test_the_search_box_finds_articles_with_or_without_diacritics(get, query):
    rows = get(f"/tdkt/articles.json?_search={query}&_shape=array").json()
    assert [r["key"] for r in rows] == ["daksong_2023"]


def test_the_search_query_shows_snippets(get):
    rows = get("/tdkt/search_articles.json?q=giay+khen+12&_shape=array").json()
    assert rows[0]["title"].startswith("Huyện Đắk Song") and "[Giấy khen] cho [12]" in rows[0]["snippet"]
    assert get("/tdkt/search_articles.json?q=&_shape=array").json() == []


def test_facets_are_configured(get):
    facets = get("/tdkt/awards.json").json()["facet_results"]
    names = facets.keys() if isinstance(facets, dict) else [f["name"] for f in facets]
    assert {"code", "recipient", "status"} <= set(names)


def test_canned_queries_answer_the_three_users(get):
    districts = get("/tdkt/compare_districts.json?province=dak+nong&year=2023&_shape=array").json()
    assert [(d["district"], d["recipients_awarded"]) for d in districts] == [("Krông Nô", 48), ("Đắk Song", 17)]
    by_2025 = get("/tdkt/compare_districts.json?province=Lâm+Đồng&year=&_shape=array").json()
    assert {d["district"] for d in by_2025} == {"Krông Nô", "Đắk Song"}
    trends = get("/tdkt/award_trends_by_year.json?province=Đắk+Nông&code=giay_khen&_shape=array").json()
    assert {(t["year"], t["recipient"], t["awarded"], t["proposed"]) for t in trends} == {
        (2023, "ca_nhan", 12, 0), (2023, "tap_the", 8, 0)}
    flags = get("/tdkt/data_quality_flags.json?flag=proposal_never_granted&_shape=array").json()
    assert [(f["flag"], f["article_title"]) for f in flags] == [("proposal_never_granted", "Sìn Hồ họp xét khen thưởng")]
    officials = get("/tdkt/find_officials.json?name=pham+van+binh&_shape=array").json()
    assert len(officials) == 2 and {o["url"][:16] for o in officials} == {"https://daksong.", "https://krongno."}


def test_an_award_row_leads_to_its_article_source_url_and_sentence(get):
    award = get("/tdkt/awards.json?code=bang_khen_bo_tinh&_shape=array").json()[0]
    page = get("/tdkt/awards?code=bang_khen_bo_tinh").text
    assert f'href="/tdkt/articles/{award["article_id"]}"' in page
    assert "Huyện Đắk Song tổng kết công tác thi đua, khen thưởng năm 2023" in page  # the article's label
    assert "Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể" in page                  # the sentence
    article = get(f"/tdkt/articles/{award['article_id']}").text
    assert "https://daksong.daknong.gov.vn/tin-tuc/tong-ket-thi-dua-2023" in article


def test_an_official_row_leads_to_the_mentions_with_their_sentences(get):
    official = get("/tdkt/officials.json?name=Phạm+Văn+Bình&_shape=array").json()[0]
    page = get(f"/tdkt/officials/{official['id']}").text
    assert f"official_mentions?official_id={official['id']}" in page
    mentions = get(f"/tdkt/official_mentions.json?official_id={official['id']}&_shape=array&_labels=on").json()
    assert {m["article_id"]["label"] for m in mentions} == {
        "Huyện Đắk Song tổng kết công tác thi đua, khen thưởng năm 2023", "Krông Nô trao tặng danh hiệu thi đua năm 2023"}
    assert all("Phạm Văn Bình" in m["sentence"] for m in mentions)


def test_serve_refuses_a_file_that_is_not_a_tdkt_database(tmp_path, capsys):
    other = tmp_path / "other.db"
    other.write_bytes(b"not sqlite at all" * 50)
    assert main(["serve", "--db", str(other), "--port", "8999"]) == 2
    assert "not a SQLite database" in capsys.readouterr().err


def test_serve_on_a_port_in_use_says_so(shared_db, capsys):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--db", str(shared_db), "--port", str(port)]) == 2
    assert f"port {port} on 127.0.0.1 is in use" in capsys.readouterr().err


def test_the_search_query_holds_a_query_to_its_diacritics(get):
    with_marks = get("/tdkt/search_articles.json?q=Đắk+Song&_shape=array").json()
    assert [r["title"] for r in with_marks][0].startswith("Huyện Đắk Song")
    assert all("[Đắk Song]" in r["snippet"] for r in with_marks)
    assert get("/tdkt/search_articles.json?q=Đăk+Sông&_shape=array").json()  # nothing as typed: folded matches


def test_the_search_box_sends_a_query_typed_with_diacritics_to_the_exact_search(shared_db):
    """The table's search box can only fold; typed with diacritics, the reader gets the search that keeps them."""
    datasette = build_datasette(shared_db)
    asyncio.run(datasette.invoke_startup())
    typed = asyncio.run(datasette.client.get("/tdkt/articles?_search=%C4%90%E1%BA%AFk+Song"))  # "Đắk Song"
    assert typed.status_code == 302
    assert typed.headers["location"] == "/tdkt/search_articles?q=%C4%90%E1%BA%AFk%20Song"
    exact = asyncio.run(datasette.client.get(typed.headers["location"]))
    assert exact.status_code == 200 and "Đắk Song" in exact.text
    for stays in ("/tdkt/articles?_search=dak+song", "/tdkt/articles.json?_search=%C4%90%E1%BA%AFk+Song",
                  "/tdkt/articles?_search=%C4%90%E1%BA%AFk+Song&_searchmode=raw"):
        assert asyncio.run(datasette.client.get(stays)).status_code == 200, stays
