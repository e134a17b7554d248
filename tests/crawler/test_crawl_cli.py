"""`tdkt crawl`, `tdkt sources`, `tdkt export articles` as a user runs them."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from crawl_corpus import make_corpus
from crawl_sites import LiferaySite

from tdkt.crawler.fetch import Fetcher, FetchLimits
from tdkt.cli import main


class QuietSite(LiferaySite):
    calendar = False


@pytest.fixture
def crawled(serve, workdir):
    site = QuietSite(make_corpus(4))
    server = serve(site)
    code = main(["crawl", server.url + "/", "--db", workdir["db_path"], "--warc-dir", workdir["warc_dir"],
                 "--delay", "0", "--allow-private", "--quiet"])
    assert code == 0
    return site, server


def test_crawl_prints_a_summary(serve, workdir, capsys):
    server = serve(QuietSite(make_corpus(2)))
    assert main(["crawl", server.url + "/", "--db", workdir["db_path"], "--warc-dir", workdir["warc_dir"],
                 "--delay", "0", "--allow-private"]) == 0
    err = capsys.readouterr().err
    assert "Crawl complete" in err and "2 new articles" in err and "WARC: 1 file(s)" in err
    assert "| queue" not in err  # no progress line: stderr is not a terminal here


def test_export_jsonl_has_one_clean_article_per_line(crawled, workdir, capsys):
    site, _ = crawled
    capsys.readouterr()
    assert main(["export", "articles", "--db", workdir["db_path"], "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert {r["title"] for r in records} == {a.title for a in site.articles}
    for record in records:
        assert {"url", "title", "published", "text", "source"} <= set(record)
        assert record["published"][:4].isdigit()


def test_export_csv_to_a_file(crawled, workdir, tmp_path):
    out = tmp_path / "articles.csv"
    assert main(["export", "articles", "--db", workdir["db_path"], "--format", "csv", "-o", str(out)]) == 0
    with open(out, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4 and rows[0]["url"].startswith("http://127.0.0.1")
    assert "\n\n" in rows[0]["text"]


def test_sources_lists_the_registry(capsys):
    assert main(["sources", "--kind", "district_portal"]) == 0
    out = capsys.readouterr().out
    assert "kimboi.hoabinh.gov.vn" in out and "Kim Bôi, Hòa Bình" in out
    assert main(["sources", "--province", "Lai Châu", "--format", "jsonl"]) == 0
    ids = {json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()}
    assert {"laichau", "bao-laichau", "phongtho-laichau"} <= ids


@pytest.mark.parametrize("argv, message", [
    (["crawl", "--source", "khong-co"], "unknown source"),
    (["crawl", "ftp://x.vn/"], "bad start URL"),
    (["export", "articles", "--db", "/nonexistent/crawl.db", "--format", "jsonl"], "no crawl database"),
])
def test_bad_input_gives_a_clear_error_not_a_traceback(argv, message, capsys, tmp_path):
    assert main(argv + (["--db", str(tmp_path / "c.db")] if argv[0] == "crawl" else [])) == 2
    assert message in capsys.readouterr().err


def test_bad_option_values_are_rejected_by_the_parser(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["crawl", "http://x.vn/", "--since", "22/01/2024"])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_crawl_without_work_says_so(tmp_path, capsys):
    assert main(["crawl", "--db", str(tmp_path / "empty.db")]) == 2
    assert "nothing to do" in capsys.readouterr().err


def test_since_keeps_only_recent_articles(serve, workdir, capsys):
    site = QuietSite(make_corpus(6))  # dated 2023-01-12 ... 2023-01-27
    server = serve(site)
    assert main(["crawl", server.url + "/", "--db", workdir["db_path"], "--warc-dir", workdir["warc_dir"],
                 "--delay", "0", "--allow-private", "--quiet", "--since", "2023-01-20"]) == 0
    capsys.readouterr()
    main(["export", "articles", "--db", workdir["db_path"], "--format", "jsonl"])
    dates = sorted(json.loads(line)["published"] for line in capsys.readouterr().out.splitlines())
    assert dates == sorted(a.date.isoformat() for a in site.articles if a.date.isoformat() >= "2023-01-20")


def test_private_addresses_are_refused_without_allow_private(serve, workdir, capsys):
    server = serve(QuietSite(make_corpus(2)))
    assert main(["crawl", server.url + "/", "--db", workdir["db_path"], "--warc-dir", workdir["warc_dir"],
                 "--delay", "0", "--quiet"]) == 3  # nothing could be fetched
    assert server.log.requests == []
    err = capsys.readouterr().err
    assert "loopback address 127.0.0.1" in err and "nothing could be fetched" in err
    assert not Path(workdir["db_path"]).exists()  # the crawl it created holds nothing: removed


@pytest.mark.parametrize("url", ["http://localhost/", "http://2130706433/", "http://[::1]/", "http://10.1.2.3/",
                                 "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/"])
def test_every_request_checks_the_resolved_address(url):
    response = Fetcher(FetchLimits(timeout=1)).fetch(url)
    assert response.status is None and response.error.startswith("refused")


def test_the_connected_peer_is_checked_too(serve, monkeypatch):
    """Even if DNS answered a public address at check time (rebinding), the socket's peer is verified."""
    server = serve(QuietSite(make_corpus(1)))
    monkeypatch.setattr("tdkt.crawler.fetch.check_host", lambda url: None)
    response = Fetcher(FetchLimits(timeout=1)).fetch(server.url + "/")
    assert response.status is None and "refused: connected to loopback" in response.error
    assert server.log.requests == []


def test_crawl_a_registry_source_with_its_selectors(serve, workdir, tmp_path, capsys):
    site = QuietSite(make_corpus(3))
    server = serve(site)
    host = server.url.split("//")[1]
    selectors = json.dumps({"content": "div.journal-content-article", "title": "h3.header-title",
                            "date": ".metadata-publish-date"})
    registry = tmp_path / "sources.csv"
    with open(registry, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "kind", "province", "district", "base_url", "domains", "start_urls", "selectors"])
        writer.writerow(["thu-nghiem", "Cổng thử nghiệm", "provincial_portal", "Lai Châu", "", server.url + "/", host,
                         server.url + "/", selectors])
    assert main(["crawl", "--source", "thu-nghiem", "--sources", str(registry), "--db", workdir["db_path"],
                 "--warc-dir", workdir["warc_dir"], "--delay", "0", "--allow-private", "--quiet"]) == 0
    from tdkt.crawler.store import iter_articles

    articles = list(iter_articles(workdir["db_path"]))
    assert {a["source"] for a in articles} == {"thu-nghiem"}
    by_title = {a["title"]: a for a in articles}
    for article in site.articles:
        stored = by_title[article.title]
        assert stored["published"] == article.date.isoformat()
        assert stored["text"].startswith(article.paragraphs[0])
        assert stored["text"].endswith(article.author)  # the selector keeps the whole body, byline included
