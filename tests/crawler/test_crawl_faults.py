"""Fault injection: every bad answer ends in a state with a reason, never in a crashed run."""
from __future__ import annotations


from crawl_helpers import assert_clean, stored_by_title
from crawl_corpus import make_article, make_corpus
from crawl_sites import (LiferaySite, WordPressSite, article_at, endless, failing, huge_article, raw,
                         redirect_to, slow)
from warcio.archiveiterator import ArchiveIterator


def frontier_row(query, suffix):
    found = [r for r in query("SELECT * FROM frontier") if r["url"].endswith(suffix)]
    assert found, f"no frontier row for {suffix}"
    return found[0]


def test_a_timeout_is_retried_and_the_article_kept(serve, run, query):
    extra = make_article(50)
    site = LiferaySite(make_corpus(3), faults={"/tin/cham": slow(1, 1.5, article_at(extra))})
    server = serve(site)
    run(server.url + "/", timeout=0.5)

    assert extra.title in stored_by_title(query)
    assert server.log.count("/tin/cham") == 2
    assert frontier_row(query, "/tin/cham")["attempts"] == 1


def test_500_then_200_is_retried(serve, run, query):
    extra = make_article(51)
    site = LiferaySite(make_corpus(3), faults={"/tin/loi-500": failing(2, 500, article_at(extra))})
    server = serve(site)
    run(server.url + "/")

    assert extra.title in stored_by_title(query)
    assert server.log.count("/tin/loi-500") == 3


def test_persistent_5xx_fails_with_a_reason_after_the_retries(serve, run, query):
    site = LiferaySite(make_corpus(2), faults={"/tin/hong-han": failing(99, 502, raw(b""))})
    server = serve(site)
    summary = run(server.url + "/", max_retries=2)

    row = frontier_row(query, "/tin/hong-han")
    assert row["state"] == "failed" and row["reason"].startswith("HTTP 502")
    assert server.log.count("/tin/hong-han") == 3
    assert summary["status"] == "complete"


def test_429_with_retry_after_holds_the_host(serve, run, query):
    extra = make_article(52)
    limited = failing(1, 429, article_at(extra), headers=[("Retry-After", "1")])
    site = LiferaySite(make_corpus(3), faults={"/tin/qua-tai": limited})
    server = serve(site)
    run(server.url + "/")

    assert extra.title in stored_by_title(query)
    requests = sorted(server.log.requests, key=lambda r: r.started)
    index = next(i for i, r in enumerate(requests) if r.path == "/tin/qua-tai")
    assert requests[index + 1].started - requests[index].ended >= 0.95


def test_redirect_loop_is_detected_and_each_hop_fetched_once(serve, run, query):
    site = LiferaySite(make_corpus(2), faults={"/vong-a": redirect_to("/vong-b"), "/vong-b": redirect_to("/vong-a")})
    server = serve(site)
    summary = run(server.url + "/")

    assert server.log.count("/vong-a") == 1 and server.log.count("/vong-b") == 1
    reasons = {frontier_row(query, "/vong-a")["reason"], frontier_row(query, "/vong-b")["reason"]}
    assert any("redirect loop" in r for r in reasons)
    assert summary["status"] == "complete"


def test_endless_redirect_chain_stops_at_the_limit(serve, run, query):
    def chain(site, request, count):
        number = int(request.route.rsplit("/", 1)[1])
        return redirect_to(f"/chuyen/{number + 1}")(site, request, count)

    server = serve(LiferaySite(make_corpus(2), faults={"/chuyen/*": chain}))
    run(server.url + "/", max_redirects=5)

    hops = [p for p in server.log.paths() if p.startswith("/chuyen/")]
    assert len(hops) == 6
    failed = query("SELECT reason FROM frontier WHERE state='failed' AND url LIKE '%/chuyen/%'")
    assert [r["reason"] for r in failed] == ["too many redirects (> 5)"]


def test_404_is_recorded(serve, run, query):
    site = LiferaySite(make_corpus(2), faults={"/tin/khong-con": lambda s, r, c: s.not_found()})
    server = serve(site)
    run(server.url + "/")

    row = frontier_row(query, "/tin/khong-con")
    assert (row["state"], row["reason"], row["http_status"]) == ("failed", "HTTP 404", 404)


def test_a_3_mb_article_page_is_processed(serve, run, query):
    extra = make_article(53)
    site = LiferaySite(make_corpus(2), faults={"/tin/trang-lon": huge_article(extra, 3 * 1024 * 1024)})
    server = serve(site)
    run(server.url + "/")

    stored = stored_by_title(query)
    assert extra.title in stored
    assert_clean(stored[extra.title]["text"], extra, site)


def test_an_endless_body_is_cut_at_the_limit_and_archived_as_truncated(serve, run, query, workdir):
    site = LiferaySite(make_corpus(2), faults={"/tai-ve/vo-han": endless()})
    server = serve(site)
    summary = run(server.url + "/", max_bytes=512 * 1024)

    row = frontier_row(query, "/tai-ve/vo-han")
    assert row["state"] == "failed" and "too large" in row["reason"]
    assert summary["status"] == "complete"
    with open(f"{workdir['warc_dir']}/{row['warc_file']}", "rb") as handle:
        handle.seek(row["warc_offset"])
        record = next(iter(ArchiveIterator(handle)))
        assert record.rec_headers.get_header("WARC-Truncated") == "length"


def test_robots_txt_disallow_is_obeyed(serve, run, query):
    secret = make_article(54)
    site = WordPressSite(make_corpus(3), faults={"/private/bao-cao": article_at(secret)})
    server = serve(site)
    summary = run(server.url + "/")

    assert not [p for p in server.log.paths() if p.startswith("/private/")]
    assert frontier_row(query, "/private/bao-cao")["state"] == "robots"
    assert secret.title not in stored_by_title(query)
    assert summary["stats"]["robots"] == 1


def test_the_endless_calendar_stays_bounded(serve, run, query):
    site = LiferaySite(make_corpus(3))
    server = serve(site)
    summary = run(server.url + "/")

    calendar = [p for p in server.log.paths() if p.startswith("/lich-cong-tac")]
    assert 5 <= len(calendar) <= 20
    assert summary["status"] == "complete"
    traps = query("SELECT COUNT(*) AS n FROM frontier WHERE reason LIKE 'trap:%'")
    assert traps[0]["n"] > 0


def test_bad_input_is_logged_not_fatal(serve, run, query):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    broken = "<html><body><div><p>Trang lỗi <b>không đóng thẻ <table><tr><td>ô".encode() + b"\xff\xfe garbage \x01"
    hostile = ('<a href="http://169.254.169.254/latest/meta-data/">x</a><a href="http://[::1]:22/">x</a>'
               '<a href="javascript:alert(1)">x</a><a href="http://user:pass@127.0.0.1:1/">x</a>'
               f'<a href="/{"a" * 3000}">x</a><a href="http://%zz/">x</a><a href="file:///etc/passwd">x</a>')
    site = LiferaySite(make_corpus(2), faults={
        "/anh.bin": raw(png),
        "/tin/hong": raw(broken),
        "/tin/doc-hai": raw(f"<html><body><h1>Liên kết lạ</h1>{hostile}</body></html>".encode()),
        "/tin/rong": raw(b""),
    })
    server = serve(site)
    summary = run(server.url + "/")

    assert summary["status"] == "complete"
    assert frontier_row(query, "/anh.bin")["reason"].startswith("binary body")
    assert frontier_row(query, "/tin/hong")["state"] == "fetched"
    assert frontier_row(query, "/tin/rong")["reason"]
    outside = query("SELECT url, reason FROM frontier WHERE state='out_of_scope'")
    assert any("169.254.169.254" in r["url"] and "out of scope" in r["reason"] for r in outside)
    assert any(r["reason"] == "trap: URL too long" for r in outside)
    assert all(p.startswith("/") for p in server.log.paths())
