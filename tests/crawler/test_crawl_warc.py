"""The WARC archive: standard, complete, rotating, and enough to rebuild the articles offline."""
from __future__ import annotations

import subprocess
from pathlib import Path

from crawl_helpers import stored_by_title
from crawl_corpus import make_corpus
from crawl_sites import AspNetSite, WordPressSite
from warcio.archiveiterator import ArchiveIterator

from tdkt.crawler.replay import import_warc, iter_articles_from_warc
from tdkt.crawler.store import iter_articles
from tdkt.crawler.warc import read_response
from tdkt.cli import main

WARCIO = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "warcio"


def records(warc_dir):
    for path in sorted(Path(warc_dir).iterdir()):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle, check_digests="raise"):
                yield path, record


def test_every_exchange_is_archived_with_digests_standard_tools_accept(serve, run, workdir):
    server = serve(WordPressSite(make_corpus(4)))
    run(server.url + "/")

    responses, requests = {}, {}
    for _, record in records(workdir["warc_dir"]):
        if record.rec_type == "response":
            assert record.rec_headers.get_header("WARC-Payload-Digest").startswith("sha1:")
            responses[record.rec_headers.get_header("WARC-Record-ID")] = record.rec_headers.get_header("WARC-Target-URI")
        elif record.rec_type == "request":
            requests[record.rec_headers.get_header("WARC-Concurrent-To")] = record.rec_headers.get_header("WARC-Target-URI")
    assert responses == requests  # each response has its request
    archived_paths = sorted(url[len(server.url):] for url in responses.values())
    assert len(archived_paths) == len(server.log.requests)
    for path in Path(workdir["warc_dir"]).iterdir():
        result = subprocess.run([str(WARCIO), "check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_warc_files_rotate_and_each_starts_with_warcinfo(serve, run, workdir):
    server = serve(WordPressSite(make_corpus(6)))
    summary = run(server.url + "/", warc_max_bytes=20_000)

    files = sorted(Path(workdir["warc_dir"]).iterdir())
    assert len(files) >= 3 and len(summary["warc_files"]) == len(files)
    for path in files:
        with open(path, "rb") as handle:
            assert next(iter(ArchiveIterator(handle))).rec_type == "warcinfo"


def test_articles_point_at_their_archived_response(serve, run, workdir):
    server = serve(AspNetSite(make_corpus(4)))
    run(server.url + "/")

    for article in iter_articles(workdir["db_path"]):
        archived = read_response(Path(workdir["warc_dir"]) / article["warc_file"], article["warc_offset"])
        assert archived.url == article["url"] and archived.status == 200


def test_articles_can_be_rebuilt_from_the_warc_files_without_network(serve, run, query, workdir, tmp_path):
    site = AspNetSite(make_corpus(5), undeclared={2})
    server = serve(site)
    run(server.url + "/")
    server.stop()
    original = {r["title"]: (r["published"], r["text"]) for r in stored_by_title(query).values()}

    replayed = {a["title"]: (a["published"], a["text"]) for a in iter_articles_from_warc(workdir["warc_dir"])}
    assert replayed == original

    rebuilt = tmp_path / "rebuilt.db"
    assert main(["crawl", "--from-warc", workdir["warc_dir"], "--db", str(rebuilt), "--quiet"]) == 0
    assert {a["title"] for a in iter_articles(rebuilt)} == set(original)
    again = import_warc(rebuilt, workdir["warc_dir"])
    assert again == {"articles": 0, "duplicates": len(original)}
