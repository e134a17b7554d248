"""The source of an article URL: registry first, then what the host name says."""
from __future__ import annotations

import pytest

from tdkt.extract.sources import source_for_url
from tdkt.portal.sources import Registry, load_registry

HEADER = "id,name,kind,province,district,base_url,domains,start_urls,selectors\n"


@pytest.fixture
def registry(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_text(
        HEADER
        + "laichau,Cổng TTĐT tỉnh Lai Châu,provincial_portal,Lai Châu,,https://laichau.gov.vn/,laichau.gov.vn,,\n"
        + "sonoivu-lc,Sở Nội vụ Lai Châu,emulation_board,Lai Châu,,https://sonoivu.laichau.gov.vn/,,,\n"
        + "tintuc,Một tờ báo,newspaper,,,https://www.vidu-tintuc.vn/,,,\n",
        encoding="utf-8")
    return load_registry(path)


NO_REGISTRY = Registry([])


def test_registry_wins_and_the_most_specific_domain_is_chosen(registry):
    m = source_for_url("https://sonoivu.laichau.gov.vn/tin/123", registry)
    assert (m.source_id, m.how, m.province) == ("sonoivu-lc", "registry", "Lai Châu")
    m = source_for_url("https://laichau.gov.vn/", registry)
    assert m.source_id == "laichau"


def test_registry_matches_parent_domains_and_base_url_hosts(registry):
    assert source_for_url("http://www.laichau.gov.vn/a", registry).source_id == "laichau"
    assert source_for_url("https://vidu-tintuc.vn/bai-viet", registry).source_id == "tintuc"


def test_a_district_portal_under_a_listed_province_domain_names_the_district(registry):
    m = source_for_url("https://phongtho.laichau.gov.vn/x", registry)
    assert (m.province, m.district, m.how) == ("Lai Châu", "Phong Thổ", "domain_slug")


@pytest.mark.parametrize("url, province, district", [
    ("https://phongtho.laichau.gov.vn/tin-tuc", "Lai Châu", "Phong Thổ"),
    ("http://kimboi.hoabinh.gov.vn/", "Hòa Bình", "Kim Bôi"),
    ("https://sonoivu.laichau.gov.vn/", "Lai Châu", None),
    ("https://laichau.gov.vn", "Lai Châu", None),
    ("https://kienluong.kiengiang.gov.vn/Trang/TinTuc", "Kiên Giang", "Kiên Lương"),
    ("https://daksong.daknong.gov.vn/", "Đắk Nông", "Đắk Song"),
    ("https://tpkontum.kontum.gov.vn/", "Kon Tum", "Kon Tum"),
    ("https://kyson.hoabinh.gov.vn/", "Hòa Bình", "Kỳ Sơn"),            # merged in 2020
    ("https://tphcm.gov.vn/", "Hồ Chí Minh", None),
    ("https://hochiminhcity.gov.vn/", "Hồ Chí Minh", None),
    ("https://baria-vungtau.gov.vn/", "Bà Rịa - Vũng Tàu", None),
    ("https://brvt.gov.vn/", "Bà Rịa - Vũng Tàu", None),
    ("https://snv.tthue.gov.vn/", "Thừa Thiên Huế", None),
    ("https://hue.gov.vn/", "Huế", None),
    ("https://yenbai.gov.vn/", "Yên Bái", None),
    ("HTTPS://BACKAN.GOV.VN./", "Bắc Kạn", None),
])
def test_portal_hosts(url, province, district):
    m = source_for_url(url, NO_REGISTRY)
    assert (m.province, m.district, m.kind, m.how) == (province, district, "portal", "domain_slug")


@pytest.mark.parametrize("url, province", [
    ("https://baolaocai.vn/bai-viet", "Lào Cai"),
    ("https://www.baohoabinh.com.vn/", "Hòa Bình"),
    ("http://baobackan.org.vn/", "Bắc Kạn"),
    ("https://baodaknong.vn/", "Đắk Nông"),
    ("https://baothuathienhue.vn/", "Thừa Thiên Huế"),
])
def test_provincial_newspapers(url, province):
    m = source_for_url(url, NO_REGISTRY)
    assert (m.kind, m.province, m.district) == ("newspaper", province, None)


@pytest.mark.parametrize("url", [
    "https://vidu-tintuc.vn/",              # unknown national site
    "https://baomoi.vn/",                   # "bao" + not a province
    "https://laichau.gov.vn.example.com/",  # province name in someone else's domain
    "https://gov.vn/",
])
def test_unknown_hosts(url):
    assert source_for_url(url, NO_REGISTRY) is None


@pytest.mark.parametrize("bad", [
    "", "   ", None, 42, b"https://laichau.gov.vn", "not a url", "http://", "http://:80",
    "http://127.0.0.1:8000/x", "http://[::1]/", "http://10.0.0.1", "localhost", "javascript:alert(1)",
    "http://a..b", "http://kim bôi.vn", "http://" + "x" * 5000 + ".vn", "http://[invalid", "\x00\x01",
])
def test_hostile_input_gives_none(bad, registry):
    assert source_for_url(bad, registry) is None


@pytest.mark.parametrize("url, province, district", [
    # a Party committee's portal is shaped like a government one
    ("https://muongthanh.dienbien.dcs.vn/tin", "Điện Biên", "Điện Biên Phủ"),
    ("https://quangtri.dangcongsan.vn/bai-viet/1", "Quảng Trị", None),
    # a commune's (ward's) portal names the district the commune lies in
    ("https://chiengle.sonla.gov.vn/tin-tuc", "Sơn La", "Sơn La"),
])
def test_party_and_commune_hosts(url, province, district):
    m = source_for_url(url, NO_REGISTRY)
    assert (m.province, m.district, m.how) == (province, district, "domain_slug")


@pytest.mark.parametrize("url, province, district", [
    # a school under its district's education office, the province written as initials
    ("https://mnhoasen.pgdlaivungdt.edu.vn/tin", "Đồng Tháp", "Lai Vung"),
    # a district no other province has a namesake of
    ("https://thbinhminh.yenlac.edu.vn/", "Vĩnh Phúc", "Yên Lạc"),
    # "<office><district>.<province>.edu.vn"
    ("https://pgdtanhiep.kiengiang.edu.vn/", "Kiên Giang", "Tân Hiệp"),
    ("https://thanhhoa.edu.vn/", "Thanh Hóa", None),
])
def test_education_hosts(url, province, district):
    m = source_for_url(url, NO_REGISTRY)
    assert (m.kind, m.province, m.district) == ("education", province, district)


@pytest.mark.parametrize("url", [
    "https://vnu.edu.vn/",                      # a university names no area
    "https://chauthanh.edu.vn/",                # Châu Thành is in many provinces
    "https://tieuhoc.pgdchauthanh.edu.vn/",
])
def test_education_hosts_that_name_no_single_area(url):
    assert source_for_url(url, NO_REGISTRY) is None


def test_a_provincial_broadcasters_host_names_its_province():
    assert source_for_url("https://quangtritv.vn/thoi-su/tong-ket-thi-dua").province == "Quảng Trị"
    assert source_for_url("https://vtv.vn/chinh-tri/bai-viet") is None


@pytest.mark.parametrize("url, province", [
    # a province's slug inside a word of the host: its party committee, police, a sector office, a local news site
    ("https://tinhuylaocai.vn/tin-tuc/1", "Lào Cai"),
    ("https://conganhagiang.gov.vn/tin/2", "Hà Giang"),
    ("https://kontum.baohiemxahoi.gov.vn/tin/3", "Kon Tum"),
    ("https://ninhbinh24h.com/tin/4", "Ninh Bình"),
])
def test_a_hosts_word_holding_one_provinces_slug_names_that_province(url, province):
    found = source_for_url(url, Registry(()))
    assert (found.province, found.district, found.how) == (province, None, "domain_slug")


@pytest.mark.parametrize("url", [
    "https://laocai-hagiang.vn/tin/1",   # two provinces: neither
    "https://thanhnien.vn/tin/2",        # no province's slug
])
def test_a_host_holding_no_single_provinces_slug_names_none(url):
    assert source_for_url(url, Registry(())) is None
