"""A served tdkt database whose articles carry every kind of fact and, for some, an archived copy.

The four test articles of db_corpus, plus one whose award names its recipient (a school), all
written for these tests. Two articles are given WARC records, as a crawl would: one from a
public portal, one from a portal served on 127.0.0.1 (as ``tdkt demo`` does).
"""
from __future__ import annotations

import asyncio
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

from db_corpus import DAK_NONG, corpus, record
from db_helpers import load_records, write_jsonl

from tdkt.crawler.fetch import Response
from tdkt.crawler.warc import WarcArchive

HOA_BAN_TITLE = "Xã Quảng Hòa tuyên dương tập thể tiêu biểu năm 2024"
HOA_BAN_BODY = ("Ngày 12/11/2024, UBND xã Quảng Hòa tổ chức lễ tuyên dương. Dự lễ có ông Y Thuận Niê, "
                "Chủ tịch UBND xã.\nChủ tịch UBND huyện tặng Giấy khen cho Trường THCS Hoa Ban.")
ARCHIVED_HTML = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>"
                 "<script>document.title = 'scripted'</script></head>"
                 "<body class=\"article\"><h1>{title}</h1><p>{body}</p></body></html>")


def hoa_ban() -> dict:
    rec = record("quanghoa_2024", HOA_BAN_TITLE, HOA_BAN_BODY,
                 url="https://quanghoa.daksong.daknong.gov.vn/tin/tuyen-duong-2024", published="2024-11-13",
                 event={"kind": "tuyen_duong", "date": "2024-11-12", "organizer": "UBND xã Quảng Hòa",
                        "evidence": {"date": "Ngày 12/11/2024", "organizer": "UBND xã Quảng Hòa"}},
                 place={**DAK_NONG, "district": "Đắk Song", "district_code": "665", "phrase": "xã Quảng Hòa"},
                 officials=[("Y Thuận Niê", ["Chủ tịch UBND xã"])],
                 awards=[{"code": "giay_khen", "recipient": "tap_the", "count": 1, "status": "awarded",
                          "period": "2024", "phrase": "Giấy khen cho Trường THCS Hoa Ban"}])
    school = "Trường THCS Hoa Ban"
    start = rec["text"].index(school)
    rec["awards"][0].update(named=[school], named_spans=[[start, start + len(school)]])
    return rec


def build(directory: Path) -> Path:
    """tdkt.db in ``directory``, its WARC file in ``directory/warc``; returns the database's path."""
    path = directory / "tdkt.db"
    report = load_records(path, write_jsonl(directory / "records.jsonl", [*corpus(), hoa_ban()]))
    assert report.added == 5 and report.problems == 0
    archive = WarcArchive(directory / "warc")
    conn = sqlite3.connect(path)
    try:
        for key, url in (("daksong_2023", None), ("krongno_2023", "http://127.0.0.1:40123/tin/trao-tang-2023")):
            article_id, title, text, stored_url = conn.execute(
                "SELECT id, title, text, url FROM articles WHERE key = ?", (key,)).fetchone()
            url = url or stored_url
            body = ARCHIVED_HTML.format(title=title, body=text.split("\n", 1)[1]).encode("utf-8")
            where = archive.write(Response(url=url, status=200, reason="OK",
                                           headers=[("Content-Type", "text/html; charset=utf-8")],
                                           raw_body=body, body=body, request_line=f"GET {url} HTTP/1.1",
                                           started_at=1702700000.0))
            conn.execute("UPDATE articles SET url = ?, warc_file = ?, warc_offset = ?, fetched_at = ? WHERE id = ?",
                         (url, where.file, where.offset, "2023-12-16T04:13:20Z", article_id))
        conn.commit()
    finally:
        conn.close()
        archive.close()
    return path


def client(path: Path, **datasette_options):
    """``get(path) -> response`` on a Datasette configured as ``tdkt serve`` configures it."""
    from tdkt.schema.serve import build_datasette

    datasette = build_datasette(path)
    for key, value in datasette_options.items():
        setattr(datasette, key, value)
    asyncio.run(datasette.invoke_startup())
    return lambda url: asyncio.run(datasette.client.get(url))


def article_id(path: Path, key: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()[0]
    finally:
        conn.close()


class Tokens(HTMLParser):
    """The highlighted tokens of an article page, as a reader sees them: each token's text, the
    anchors it carries, the labels that start on it and where those labels link."""

    def __init__(self, html: str):
        super().__init__()
        self.tokens: list[dict] = []
        self._depth = 0  # inside a token: how many spans deep
        self._in_label = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "span" and attrs.get("class") == "tdkt-token":
            self.tokens.append({"text": "", "ids": [], "labels": [], "links": []})
            self._depth = 1
            return
        if not self._depth:
            return
        if tag == "span":
            self._depth += 1
            if attrs.get("id"):
                self.tokens[-1]["ids"].append(attrs["id"])
            if attrs.get("class") == "tdkt-label":
                self.tokens[-1]["labels"].append(attrs["data-label"])
        elif tag == "a":
            self.tokens[-1]["links"].append(attrs["href"])

    def handle_endtag(self, tag):
        if self._depth and tag == "span":
            self._depth -= 1

    def handle_data(self, data):
        if self._depth == 1:
            self.tokens[-1]["text"] += data.strip()

    def highlighted(self, anchor: str, words: int) -> str:
        """The text of the ``words`` tokens from the one carrying ``anchor``."""
        start = next(i for i, token in enumerate(self.tokens) if anchor in token["ids"])
        return " ".join(token["text"] for token in self.tokens[start:start + words])
