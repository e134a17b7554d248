"""Portal knowledge shared by the crawler and the engine: data folder, hosts, URL dates, the registry."""
from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
import unicodedata

import pytest

from tdkt.extract.document import make_document
from tdkt.portal.furniture import crawler_furniture, engine_furniture, related_news_headings
from tdkt.portal.sources import HEADER, KINDS, Registry, RegistryError, Source, load_registry
from tdkt.portal.urls import (area_host, date_from_url, dates_in_url, host_of, in_national_section, netloc_of,
                             office_prefixes, strip_www,
                             today_in_vietnam)

OLD_STYLE_TONES = ("oà", "oá", "oả", "oã", "oạ", "uỳ", "uý", "uỷ", "uỹ", "uỵ")  # "Hoà" instead of "Hòa"
REFERENCE = dt.date(2024, 6, 1)


# --- one data folder ---------------------------------------------------------------------------


def _data_dirs(env: dict) -> list[str]:
    code = ("from tdkt.paths import DATA_DIR; from tdkt.extract import resources; from tdkt.crawler import rules; "
            "from tdkt.portal import rules as portal; "
            "print(DATA_DIR, resources.RULES_DIR.parent, rules.RULES_DIR.parent, portal.PORTAL_DIR.parent)")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_every_library_reads_the_data_folder_named_by_tdkt_data(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TDKT_DATA"}
    shipped = _data_dirs(env)
    assert len(set(shipped)) == 1 and os.path.isfile(os.path.join(shipped[0], "rules", "awards.csv"))
    assert set(_data_dirs({**env, "TDKT_DATA": str(tmp_path)})) == {str(tmp_path)}


# --- hosts -------------------------------------------------------------------------------------


@pytest.mark.parametrize("url, host", [
    ("https://www.LaiChau.gov.vn:8443/tin", "www.laichau.gov.vn"),
    ("HTTPS://BACKAN.GOV.VN./", "backan.gov.vn"),
    ("laichau.gov.vn/tin-tuc", "laichau.gov.vn"),
    ("https://bảo.vn/", "bảo.vn".encode("idna").decode()),
])
def test_host_of_names_the_site(url, host):
    assert host_of(url) == host


@pytest.mark.parametrize("url", [None, 42, "", "http://127.0.0.1:8001/", "http://localhost/", "http://[::1]/",
                                 "http://a..b/", "http://[invalid", "not a url"])
def test_host_of_refuses_what_names_no_public_domain(url):
    assert host_of(url) is None


@pytest.mark.parametrize("url, labels, kind", [
    ("https://www.tamduong.laichau.gov.vn/tin", ("tamduong", "laichau"), "portal"),
    ("http://namdan.nghean.dcs.vn/", ("namdan", "nghean"), "party_portal"),
    ("https://bacninh.dangcongsan.vn/a", ("bacninh",), "party_portal"),
    ("https://thcs-a.pgdxyz.edu.vn/", ("thcs-a", "pgdxyz"), "education"),
])
def test_area_hosts_put_the_area_before_their_suffix(url, labels, kind):
    shaped = area_host(url)
    assert (shaped.labels, shaped.kind) == (labels, kind)


@pytest.mark.parametrize("url", ["https://gov.vn/", "https://baolaocai.vn/", "https://dcs.vn.example.com/", None])
def test_other_hosts_have_no_area_shape(url):
    assert area_host(url) is None


@pytest.mark.parametrize("url, expected", [
    ("https://baoxyz.vn/thoi-su/tin-trong-nuoc/tuyen-duong-giao-vien-1.html", True),
    ("https://dai-abc.vn/quoc-te/bai-2", True),
    ("https://baoxyz.vn/xa-hoi/trong-nuoc-va-dia-phuong-3.html", False),   # the slug, not a folder
    ("https://sonoivu.abc.gov.vn/tin-tuc/hoi-nghi-4", False),
    (None, False),
])
def test_a_national_news_section_is_a_folder_of_the_path(url, expected):
    assert in_national_section(url) is expected


def test_office_prefixes_are_data_longest_first():
    prefixes = office_prefixes()
    assert "pgd" in prefixes and list(prefixes) == sorted(prefixes, key=len, reverse=True)


def test_the_crawlers_politeness_key_keeps_the_port():
    assert netloc_of("http://127.0.0.1:8001/a") == "127.0.0.1:8001"
    assert netloc_of("https://WWW.Example.vn/") == "www.example.vn"
    assert strip_www("www.baolaocai.vn") == "baolaocai.vn" and strip_www("wwwx.vn") == "wwwx.vn"


# --- the date a URL spells ---------------------------------------------------------------------


@pytest.mark.parametrize("url, expected", [
    ("https://baolaocai.vn/2024/01/09/khoi-thi-dua-tong-ket.html", dt.date(2024, 1, 9)),
    ("/2018/11/5/bai-viet", dt.date(2018, 11, 5)),
    ("https://snv.example.gov.vn/tong-ket-thi-dua-2023-2024-01-09", dt.date(2024, 1, 9)),
    ("https://tinhuy.example.vn/tin-tuc/20240109-tong-ket.htm", dt.date(2024, 1, 9)),
    ("https://baoquangnam.vn/kinh-te/don-nhan-co-thi-dua-20180421.html", dt.date(2018, 4, 21)),
    ("https://example.vn/tin/tong-ket-21032019-thi-dua.html", dt.date(2019, 3, 21)),
    ("https://example.vn/post-20240109083000.htm", dt.date(2024, 1, 9)),
    ("https://example.vn/post-202401090830.htm", dt.date(2024, 1, 9)),
    # a timestamp with milliseconds, as news platforms name their articles
    ("https://tintuc.example.vn/don-nhan-huan-chuong-20210227083015412.htm", dt.date(2021, 2, 27)),
    # a news CMS id: a zone, then yymmdd and a real clock, then milliseconds
    ("https://baomoi.example.vn/khen-thuong-dot-xuat-172230614093512487.htm", dt.date(2023, 6, 14)),
    # the same with two digits of milliseconds (seventeen digits)
    ("https://tintuc.example.vn/dai-hoi-thi-dua-19623122713290978.htm", dt.date(2023, 12, 27)),
])
def test_date_from_url_formats(url, expected):
    assert date_from_url(url, REFERENCE) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://snv.example.gov.vn/tin?date=2019-03-22&id=7", dt.date(2019, 3, 22)),
    ("https://example.vn/danh-sach?ngay=20190322", dt.date(2019, 3, 22)),
    ("https://example.vn/2024/01/08/bai?date=2024-01-09", dt.date(2024, 1, 8)),  # the path comes first
])
def test_a_query_date_counts_when_the_path_has_none(url, expected):
    assert date_from_url(url, REFERENCE) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://example.vn/2024/01/09/bai-20240110.htm", dt.date(2024, 1, 10)),
    ("https://example.vn/2019/07/tong-ket-21062019.htm", dt.date(2019, 6, 21)),  # a day beats a month
    ("https://example.vn/2023-12-30/tin-2024-01-02", dt.date(2024, 1, 2)),
])
def test_with_two_dates_the_last_day_in_the_path_wins(url, expected):
    assert date_from_url(url, REFERENCE) == expected


@pytest.mark.parametrize("url", [
    "https://baomoi.example.vn/tin-172231314093512487.htm",  # no 13th month
    "https://baomoi.example.vn/tin-172230614253512487.htm",  # no 25th hour: an id
    "https://baomoi.example.vn/tin-1722306140935124871.htm",  # nineteen digits
])
def test_an_eighteen_digit_id_with_no_real_day_and_clock_names_no_date(url):
    assert date_from_url(url, REFERENCE) is None


def test_future_dates_are_refused():
    assert date_from_url("https://example.vn/2024/06/02/bai.htm", REFERENCE) is None
    assert date_from_url("https://example.vn/2024/06/01/bai.htm", REFERENCE) == REFERENCE
    assert date_from_url("https://example.vn/2024/05/30/bai-20240615.htm", REFERENCE) == dt.date(2024, 5, 30)
    tomorrow = today_in_vietnam() + dt.timedelta(days=1)
    assert date_from_url(f"https://example.vn/{tomorrow:%Y/%m/%d}/bai.htm") is None


def test_month_urls_are_read_but_name_no_day():
    for url in ("https://baolaocai.vn/2020/05/", "https://baohagiang.vn/xa-hoi/201509/tuyen-duong-700123/"):
        assert [(d.precision, d.day.year) for d in dates_in_url(url, REFERENCE)] in ([("month", 2020)],
                                                                                      [("month", 2015)])
        assert date_from_url(url, REFERENCE) is None


@pytest.mark.parametrize("url", [
    "https://example.vn/post-20240109993456.htm",  # 99:34 is no time: an id
    "https://example.vn/tin-2017011301.htm",  # ten digits
    "https://20240109.example.vn/bai-viet",  # the host is not a path
    "https://example.vn/tin?date=09-01-2024",  # day first with separators may be month first
    "https://example.vn/2024/02/30/",
    "https://example.vn/1990/01/09/",  # before the earliest year: an id
    "",
    "không phải url",
    "http://[invalid",
])
def test_date_from_url_refuses_what_is_no_date(url):
    assert date_from_url(url, REFERENCE) is None


def test_date_from_url_bad_input():
    with pytest.raises(TypeError, match="str"):
        date_from_url(None)  # type: ignore[arg-type]


# --- page furniture ----------------------------------------------------------------------------


def test_the_crawler_and_the_engine_share_one_list_of_related_news_headings():
    headings = related_news_headings()
    assert len(headings) == len(set(headings)) and all(h == h.lower().strip() for h in headings)
    assert set(crawler_furniture()["related_headings"]) == set(headings)
    assert len(engine_furniture()["tail_markers"]) == len(headings)
    # once known to one reader only: "bình luận" to the engine, "tin mới đăng" to the crawler
    assert {"bình luận", "tin mới đăng", "tin cùng chuyên mục"} <= set(headings)


def test_a_shared_heading_ends_the_article_for_the_engine():
    doc = make_document("Tuyên dương 20 gương điển hình\nSáng 9/1, huyện tổ chức hội nghị.\n"
                        "Tin mới đăng:\nTrao 50 Bằng khen cho tập thể")
    assert [line.kind for line in doc.lines][-2:] == ["tail", "tail"]


def test_each_reader_keeps_its_own_rules():
    assert {"drop_tags", "drop_class_id_tokens", "drop_class_id_substrings", "drop_line_patterns",
            "strip_inline_patterns"} <= set(crawler_furniture())
    assert {"junk_lines", "header_lines", "byline_cue"} <= set(engine_furniture())
    assert not any(key.startswith("_") for key in {**crawler_furniture(), **engine_furniture()})


# --- the source registry -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_the_registry_has_all_63_pre_2025_provincial_portals(registry):
    portals = [s for s in registry if s.kind == "provincial_portal"]
    assert len(portals) == 63
    assert len({s.province for s in portals}) == 63
    assert all(len(s.domains) == 1 and s.domains[0].endswith(".gov.vn") for s in portals)
    names = {s.province for s in portals}
    assert {"Hòa Bình", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "Khánh Hòa", "Thanh Hóa"} <= names


def test_every_kind_is_represented_and_places_are_consistent(registry):
    assert {s.kind for s in registry} == KINDS
    provinces = {s.province for s in registry if s.kind == "provincial_portal"}
    for source in registry:
        assert source.province in provinces or source.kind == "ministry", source.id
        assert bool(source.district) == (source.kind == "district_portal"), source.id
        assert source.start_urls and all(u.startswith("https://") for u in source.start_urls)


def test_place_names_are_nfc_with_new_style_tone_marks(registry):
    for source in registry:
        for name in (source.province, source.district):
            assert unicodedata.is_normalized("NFC", name)
            assert not any(old in name.lower() for old in OLD_STYLE_TONES), name


def test_urls_map_back_to_their_source(registry):
    assert registry.for_url("https://kimboi.hoabinh.gov.vn/tin-tuc/123").district == "Kim Bôi"
    assert registry.for_url("https://www.hoabinh.gov.vn/").id == "hoabinh"
    assert registry.for_url("https://baolaocai.vn/a").kind == "newspaper"
    assert registry.for_url("https://example.com/") is None


def test_a_crawl_owner_needs_a_listed_host_but_a_parent_domain_covers():
    province = Source(id="lc", name="Lai Châu", kind="provincial_portal", base_url="https://laichau.gov.vn/",
                      domains=("laichau.gov.vn",))
    newspaper = Source(id="bao", name="Báo", kind="newspaper", base_url="https://bao.vn/", domains=("*.bao.vn",))
    registry = Registry([province, newspaper])
    assert registry.for_url("https://phongtho.laichau.gov.vn/x") is None
    assert registry.covering("https://phongtho.laichau.gov.vn/x") is province
    assert registry.for_url("https://www.laichau.gov.vn/x") is province
    assert registry.for_url("https://m.bao.vn/x") is newspaper


def write(tmp_path, rows, header=HEADER, comments=()):
    path = tmp_path / "sources.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.writelines(comments)
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


GOOD = ["a", "A", "newspaper", "", "", "https://a.vn/", "a.vn", "", ""]


def test_comment_lines_are_skipped_wherever_they_stand(tmp_path):
    path = write(tmp_path, [GOOD, ["# a note about the next row"], ["b", "B", "newspaper", "", "", "https://b.vn/"]],
                 comments=["# the registry of test sources\n"])
    assert [s.id for s in load_registry(path)] == ["a", "b"]


def test_errors_name_the_file_line_even_after_comments(tmp_path):
    path = write(tmp_path, [["# a comment"], GOOD[:2] + ["portal"] + GOOD[3:]], comments=["# first\n", "# second\n"])
    with pytest.raises(RegistryError, match=r"sources\.csv:5: kind 'portal'"):
        load_registry(path)


@pytest.mark.parametrize("row, message", [
    (["a", "A", "portal", "", "", "https://a.vn/", "a.vn", "", ""], "kind"),
    (["a", "A", "newspaper", "", "", "not a url", "a.vn", "", ""], "bad URL"),
    (["a", "A", "newspaper", "", "", "https://a.vn/", "a.vn", "ftp://a.vn/", ""], "bad URL"),
    (["a", "A", "newspaper", "", "", "https://a.vn/", "a.vn", "", "{content: div}"], "JSON"),
    (["a", "A", "newspaper", "", "", "https://a.vn/", "a.vn", "", '{"body": "div"}'], "keys"),
])
def test_malformed_rows_are_reported_with_their_line(tmp_path, row, message):
    with pytest.raises(RegistryError) as error:
        load_registry(write(tmp_path, [row]))
    assert message in str(error.value) and ":2" in str(error.value)


def test_a_wrong_header_a_duplicate_id_and_a_missing_file_are_errors(tmp_path):
    with pytest.raises(RegistryError, match="header"):
        load_registry(write(tmp_path, [], header=["id", "name"]))
    with pytest.raises(RegistryError, match=":3: duplicate id 'a'"):
        load_registry(write(tmp_path, [GOOD, GOOD]))
    with pytest.raises(RegistryError, match="not found"):
        load_registry(tmp_path / "nope.csv")


def test_a_row_takes_its_base_url_for_missing_domains_and_start_urls(tmp_path):
    (source,) = load_registry(write(tmp_path, [["x", " Báo  X ", "newspaper", "Lào Cai", "", "https://www.x.vn/"]]))
    assert (source.name, source.domains, source.start_urls) == ("Báo X", ("www.x.vn",), ("https://www.x.vn/",))


def test_the_registry_is_reread_when_the_file_changes(tmp_path):
    path = write(tmp_path, [])
    assert len(load_registry(path)) == 0
    path = write(tmp_path, [GOOD])
    os.utime(path, ns=(1, 2_000_000_000_000_000_000))
    assert [s.id for s in load_registry(path)] == ["a"]
