"""``/-/article/<id>``: the article's text with its facts highlighted and linked; links to it from every fact;
citations on the page and in SQL (``tdkt_citation``)."""
from __future__ import annotations

import re
from html import unescape

import pytest

from served_articles import Tokens, article_id, build, client


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    path = build(tmp_path_factory.mktemp("article_page"))
    return path, client(path)


@pytest.fixture(scope="module")
def daksong(served):
    path, get = served
    number = article_id(path, "daksong_2023")
    page, facts = get(f"/-/article/{number}"), get(f"/-/article/{number}.json")
    assert page.status_code == 200 and facts.status_code == 200
    return number, page.text, facts.json()


def test_every_kind_of_fact_is_highlighted_over_its_own_words(daksong):
    number, html, data = daksong
    tokens = Tokens(html)
    seen = {}
    for fact in data["facts"]:
        words = fact["text"].split()
        assert tokens.highlighted(fact["anchor"], len(words)) == " ".join(words), fact
        seen.setdefault(fact["label"], set()).add(fact["text"])
    assert seen == {"AWARD": {"Bằng khen cho 5 tập thể", "Giấy khen cho 12 cá nhân"},
                    "OFFICIAL": {"Phạm Văn Bình"},
                    "CAMPAIGN": {"Đắk Song chung sức xây dựng nông thôn mới"},
                    "DATE": {"Sáng 15/12/2023"}, "ORGANIZER": {"UBND huyện Đắk Song"}, "PLACE": {"huyện Đắk Song"}}


def test_each_highlight_is_labelled_and_links_to_its_row(served, daksong):
    _, get = served
    number, html, data = daksong
    labels = {label: link for token in Tokens(html).tokens for label, link in zip(token["labels"], token["links"])}
    award = next(f for f in data["facts"] if f["label"] == "AWARD" and f["value"] == "giay_khen × 12")
    assert award["row_url"] == f"/tdkt/awards/{award['row_id']}" and award["row_url"] in html
    assert get(award["row_url"]).status_code == 200
    assert labels["AWARD"].startswith("/tdkt/awards/") and labels["OFFICIAL"].startswith("/tdkt/official_mentions/")
    assert labels["CAMPAIGN"].startswith("/tdkt/campaign_mentions/") and labels["DATE"].startswith("/tdkt/events/")
    assert labels["PLACE"].startswith("/tdkt/places/")
    date = next(f for f in data["facts"] if f["label"] == "DATE")
    assert date["value"] == "2023-12-15"   # what tdkt read, beside the words it read it from


def test_named_recipients_are_highlighted_and_lead_to_their_unit(served):
    path, get = served
    number = article_id(path, "quanghoa_2024")
    html, data = get(f"/-/article/{number}").text, get(f"/-/article/{number}.json").json()
    recipient = next(f for f in data["facts"] if f["label"] == "RECIPIENT")
    assert recipient["text"] == "Trường THCS Hoa Ban" and recipient["table"] == "units"
    assert Tokens(html).highlighted(recipient["anchor"], 4) == "Trường THCS Hoa Ban"
    assert "Hoa Ban" in get(recipient["row_url"]).text


def test_the_page_names_the_article_its_source_and_its_archived_copy(daksong):
    number, html, _ = daksong
    assert "<h1>Huyện Đắk Song tổng kết công tác thi đua, khen thưởng năm 2023</h1>" in html
    assert 'href="https://daksong.daknong.gov.vn/tin-tuc/tong-ket-thi-dua-2023"' in html
    assert f'href="/-/archive/{number}"' in html and "2023-12-16" in html


def test_each_fact_has_a_citation_with_source_title_date_url_archive_and_sentence(daksong):
    number, html, data = daksong
    award = next(f for f in data["facts"] if f["text"] == "Bằng khen cho 5 tập thể")
    cited = award["citation"]
    for part in ("“Huyện Đắk Song tổng kết công tác thi đua, khen thưởng năm 2023”", "2023-12-16",
                 "https://daksong.daknong.gov.vn/tin-tuc/tong-ket-thi-dua-2023",
                 f"Archived copy: http://localhost/-/archive/{number} (fetched 2023-12-16T04:13:20Z)",
                 "Sentence: “Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể; Chủ tịch UBND huyện tặng Giấy khen "
                 "cho 12 cá nhân.”"):
        assert part in cited
    assert cited in unescape(html)


def test_tdkt_citation_gives_the_same_citation_in_sql(served):
    _, get = served
    rows = get("/tdkt.json?sql=SELECT+tdkt_citation(article_id,+sentence)+AS+c+FROM+awards+"
               "WHERE+text+=+'Giấy+khen+cho+8+tập+thể'&_shape=array").json()
    cited = rows[0]["c"]
    assert cited.startswith("krongno") or "Krông Nô trao tặng danh hiệu thi đua năm 2023" in cited
    assert "http://127.0.0.1:40123/tin/trao-tang-2023" in cited
    assert re.search(r"Archived copy: tdkt-\S+\.warc\.gz at offset \d+ \(fetched 2023-12-16T04:13:20Z\)", cited)
    assert cited.endswith("Sentence: “Huyện đã công nhận danh hiệu Lao động tiên tiến cho 40 cá nhân và tặng "
                          "Giấy khen cho 8 tập thể.”.")


def test_fact_rows_link_to_their_highlight_source_and_archive(served):
    path, get = served
    number = article_id(path, "daksong_2023")
    table = get("/tdkt/awards?code=bang_khen_bo_tinh").text
    award_id = get("/tdkt/awards.json?code=bang_khen_bo_tinh&_shape=array").json()[0]["id"]
    for page in (table, get(f"/tdkt/awards/{award_id}").text):
        assert f'href="/-/article/{number}#awards-{award_id}"' in page
        assert 'href="https://daksong.daknong.gov.vn/tin-tuc/tong-ket-thi-dua-2023">source</a>' in page
        assert f'href="/-/archive/{number}">archived copy</a>' in page
        assert f'href="/tdkt/articles/{number}"' in page
    mentions = get("/tdkt/official_mentions?name=Phạm+Văn+Bình").text
    assert f'href="/-/article/{number}#official_mentions-' in mentions
    campaigns = get("/tdkt/campaign_mentions").text
    assert f'href="/-/article/{number}#campaign_mentions-' in campaigns


def test_views_and_canned_queries_link_their_articles_and_rows(served):
    path, get = served
    number = article_id(path, "daksong_2023")
    view = get("/tdkt/award_facts?code=bang_khen_bo_tinh").text
    assert f'href="/-/article/{number}' in view and re.search(r'href="/tdkt/awards/\d+"', view)
    query = get("/tdkt/find_officials?name=pham+van+binh").text
    assert f'href="/-/article/{number}"' in query and re.search(r'href="/tdkt/officials/\d+"', query)


def test_an_article_without_archive_says_so_and_a_missing_article_is_a_404(served):
    path, get = served
    page = get(f"/-/article/{article_id(path, 'sinho_2022')}").text
    assert "none: this article was loaded from a file, not crawled" in page and "/-/archive/" not in page
    missing = get("/-/article/999")
    assert missing.status_code == 404 and "There is no article 999" in missing.text
    assert get("/-/article/999.json").json()["error"].startswith("There is no article 999")


def test_tdkt_query_knows_tdkt_citation_too(served):
    from tdkt.schema.query import run

    path, get = served
    sql = "SELECT tdkt_citation(article_id, sentence) FROM awards WHERE text = 'Giấy khen cho 8 tập thể'"
    columns, rows = run(path, sql, {})
    served_rows = get("/tdkt.json?sql=" + sql.replace(" ", "+") + "&_shape=arrays").json()["rows"]
    rows = [tuple(r) for r in rows]
    assert rows == [tuple(r) for r in served_rows] and "Sentence: “Huyện đã" in rows[0][0]


def test_the_text_is_escaped_and_overlapping_facts_stack_in_rows():
    from tdkt.schema.span_markup import Highlight, render

    text = "Tặng <script>x()</script> Bằng khen cho Trường Hoa Ban."
    school = text.index("Trường Hoa Ban")
    html = render(text, [Highlight(text.index("Bằng"), school + 14, "AWARD", "giay_khen", "/tdkt/awards/1", "a"),
                         Highlight(school, school + 14, "RECIPIENT", "unit", "/tdkt/units/1", "r")])
    assert "<script>" not in html and "&lt;script&gt;x()&lt;/script&gt;" in html
    tokens = Tokens(html).tokens
    assert [t["text"] for t in tokens] == ["Bằng", "khen", "cho", "Trường", "Hoa", "Ban"]  # "." is not in a fact
    assert tokens[3]["labels"] == ["RECIPIENT"] and html.count("top: 57px") == 4  # 2nd row: 3 bars, 1 label


def test_official_facts_lead_to_the_mention_highlighted_in_its_article(served):
    path, get = served
    number = article_id(path, "daksong_2023")
    rows = get(f"/tdkt/official_facts.json?article_id={number}&_shape=array").json()
    page = get(f"/tdkt/official_facts?article_id={number}").text
    mention = rows[0]["mention_id"]
    assert f'href="/-/article/{number}#official_mentions-{mention}"' in page
    assert f'href="/tdkt/official_mentions/{mention}"' in page
    assert f'id="official_mentions-{mention}"' in get(f"/-/article/{number}").text
