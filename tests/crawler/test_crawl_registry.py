"""The shipped source registry and its validation."""
from __future__ import annotations

import csv
import unicodedata

import pytest

from tdkt.crawler.registry import HEADER, KINDS, RegistryError, load_registry

OLD_STYLE_TONES = ("oà", "oá", "oả", "oã", "oạ", "uỳ", "uý", "uỷ", "uỹ", "uỵ")  # "Hoà" instead of "Hòa"


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


def write(tmp_path, rows, header=HEADER):
    path = tmp_path / "sources.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("row, message", [
    (["a", "A", "portal", "", "", "https://a.vn/", "a.vn", "", ""], "kind"),
    (["a", "A", "newspaper", "", "", "not a url", "a.vn", "", ""], "bad URL"),
    (["a", "A", "newspaper", "", "", "https://a.vn/", "a.vn", "", "{content: div}"], "JSON"),
    (["a", "A", "newspaper", "", "", "https://a.vn/", "a.vn", "", '{"body": "div"}'], "keys"),
])
def test_malformed_rows_are_reported_with_their_line(tmp_path, row, message):
    with pytest.raises(RegistryError) as error:
        load_registry(write(tmp_path, [row]))
    assert message in str(error.value) and ":2" in str(error.value)


def test_a_wrong_header_is_reported(tmp_path):
    with pytest.raises(RegistryError, match="header"):
        load_registry(write(tmp_path, [], header=["id", "name"]))
