"""``/-/archive/<id>``: the article's page as fetched, from its WARC record, sandboxed and bannered."""
from __future__ import annotations

import shutil
import sqlite3
import unicodedata

import pytest

from tdkt.crawler.decode import decode_body

from served_articles import article_id, build, client


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build(tmp_path_factory.mktemp("archive_page"))


@pytest.fixture(scope="module")
def get(built):
    return client(built)


def test_the_archived_page_is_served_as_fetched_below_a_banner(built, get):
    number = article_id(built, "daksong_2023")
    page = get(f"/-/archive/{number}")
    assert page.status_code == 200 and page.headers["content-type"] == "text/html; charset=utf-8"
    html = page.text
    banner_at, body_at = html.index('id="tdkt-archive-banner"'), html.index('<body class="article">')
    assert body_at < banner_at < html.index("<h1>Huyện Đắk Song tổng kết")  # at the top of the body
    banner = html[banner_at:html.index("</div>", banner_at)]
    assert "Archived copy (tdkt)" in banner and "2023-12-16T04:13:20Z" in banner and "(HTTP 200)" in banner
    assert 'href="https://daksong.daknong.gov.vn/tin-tuc/tong-ket-thi-dua-2023"' in banner
    assert f'href="/-/article/{number}"' in banner
    assert "Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể" in html  # the page's own text, as fetched


def test_archived_scripts_cannot_run_in_the_apps_origin(built, get):
    page = get(f"/-/archive/{article_id(built, 'daksong_2023')}")
    assert "<script>document.title = 'scripted'</script>" in page.text  # kept as it was, but inert:
    policy = [d.strip() for d in page.headers["content-security-policy"].split(";")]
    assert "sandbox" in policy and "default-src 'none'" in policy and "img-src data:" in policy
    assert not any("script-src" in d for d in policy) and page.headers["x-content-type-options"] == "nosniff"


def test_a_page_from_a_portal_served_only_during_the_crawl_points_at_its_archived_copy(built, get):
    """The demo's portal lives on 127.0.0.1 while `tdkt demo` runs: its URLs are shown, never linked."""
    number = article_id(built, "krongno_2023")
    banner = get(f"/-/archive/{number}").text
    assert "http://127.0.0.1:40123/tin/trao-tang-2023" in banner
    assert 'href="http://127.0.0.1:40123' not in banner
    for page in (get(f"/tdkt/articles/{number}").text, get(f"/-/article/{number}").text,
                 get("/tdkt/awards?code=lao_dong_tien_tien").text):
        assert 'href="http://127.0.0.1:40123' not in page and f'href="/-/archive/{number}"' in page


def test_missing_archives_are_404_pages_that_say_why(tmp_path, built):
    copy = tmp_path / "tdkt.db"
    shutil.copyfile(built, copy)
    get = client(copy)  # no warc/ folder beside this copy
    number = article_id(copy, "daksong_2023")
    gone = get(f"/-/archive/{number}")
    assert gone.status_code == 404
    assert "The WARC file tdkt-" in gone.text and f"holding article {number} is missing" in gone.text
    assert str(tmp_path / "warc") in gone.text
    never = get(f"/-/archive/{article_id(copy, 'sinho_2022')}")
    assert never.status_code == 404 and "loaded from a file of articles or records, not crawled" in never.text
    assert get("/-/archive/999").status_code == 404 and "There is no article 999" in get("/-/archive/999").text


def test_a_record_that_is_not_where_the_database_says_is_a_404(tmp_path, built):
    copy = tmp_path / "tdkt.db"
    shutil.copyfile(built, copy)
    shutil.copytree(built.parent / "warc", tmp_path / "warc")
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE articles SET warc_offset = warc_offset + 7 WHERE key = 'daksong_2023'")
    conn.commit()
    conn.close()
    page = client(copy)(f"/-/archive/{article_id(copy, 'daksong_2023')}")
    assert page.status_code == 404 and "No readable response record at offset" in page.text


def test_the_warc_folder_recorded_by_the_crawl_database_is_found(tmp_path, built):
    """`tdkt run --warc-dir elsewhere`: the crawl database beside tdkt.db remembers the folder."""
    from tdkt.crawler.store import connect as crawl_connect

    elsewhere = tmp_path / "archive" / "2023"
    shutil.copytree(built.parent / "warc", elsewhere)
    served = tmp_path / "db"
    served.mkdir()
    shutil.copyfile(built, served / "tdkt.db")
    name = next(elsewhere.iterdir()).name
    conn = crawl_connect(served / "crawl.db")
    conn.execute("INSERT INTO warc_files VALUES (?, ?, ?, ?)", (name, str(elsewhere), "test:1", 0.0))
    conn.commit()
    conn.close()
    page = client(served / "tdkt.db")(f"/-/archive/{article_id(built, 'daksong_2023')}")
    assert page.status_code == 200 and 'id="tdkt-archive-banner"' in page.text


def test_the_demos_links_open_its_archived_copies(tmp_path):
    """`tdkt demo` crawls a portal served on 127.0.0.1 only while it runs: its links lead to the archive."""
    from tdkt.demo import run_demo
    from tdkt.pipeline import Paths

    data = tmp_path / "data"
    run_demo(Paths(db=str(data / "tdkt.db"), crawl_db=str(data / "crawl.db"), warc_dir=str(data / "warc")))
    conn = sqlite3.connect(data / "tdkt.db")
    number, title, url = conn.execute("SELECT id, title, url FROM articles WHERE warc_file IS NOT NULL "
                                      "ORDER BY id LIMIT 1").fetchone()
    conn.close()
    assert url.startswith("http://127.0.0.1:")
    get = client(data / "tdkt.db")
    for page in (get(f"/tdkt/articles/{number}").text, get(f"/-/article/{number}").text):
        assert 'href="http://127.0.0.1:' not in page and f'href="/-/archive/{number}"' in page
    archived = get(f"/-/archive/{number}")
    assert archived.status_code == 200 and 'id="tdkt-archive-banner"' in archived.text
    text, _ = decode_body(archived.content, archived.headers.get("content-type"))  # as a browser reads it
    assert title in unicodedata.normalize("NFC", text)  # a windows-1258 page writes its tones apart
