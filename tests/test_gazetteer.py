"""Place knowledge: the gazetteer tables, lookups, and place mentions in text."""
from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tdkt.extract import gazetteer as gz
from tdkt.extract.gazetteer_data import gazetteer_dir, load, read_table
from tdkt.extract.normalize import normalize_text


def places(raw: str, resolve: bool = True):
    """Mentions in `raw` (normalised first, as the engine does), with their surfaces."""
    text = normalize_text(raw)
    found = gz.find_places(text)
    if resolve:
        found = gz.disambiguate(found)
    return text, found


def surfaces(raw: str) -> list[str]:
    text, found = places(raw)
    return [text[m.start:m.end] for m in found]


def only(raw: str, surface: str) -> gz.PlaceMention:
    text, found = places(raw)
    hits = [m for m in found if text[m.start:m.end] == surface]
    assert len(hits) == 1, f"{surface!r} not found once in {[text[m.start:m.end] for m in found]}"
    return hits[0]


# ------------------------------------------------------------------- tables --

def test_both_eras_are_complete():
    gaz = load()
    eras = [era for era, _ in gaz.provinces]
    assert eras.count("legacy_63") == 63
    assert eras.count("reform_2025") == 34
    assert len(gaz.districts) == 696
    communes = [era for era, _ in gaz.communes]
    assert communes.count("reform_2025") == 3321
    assert communes.count("legacy_63") > 10000


def test_every_legacy_province_has_a_2025_successor():
    gaz = load()
    for (era, code), unit in gaz.provinces.items():
        if era == "legacy_63":
            assert ("reform_2025", unit.code_2025) in gaz.provinces, unit


def test_names_are_nfc_with_new_style_tones():
    for name in ("provinces.csv", "districts.csv", "communes.csv"):
        for row in read_table(name):
            assert row["name"] == unicodedata.normalize("NFC", row["name"])
            assert normalize_text(row["name"]) == row["name"], row


def test_renamed_units_point_at_existing_successors():
    gaz = load()
    for row in read_table("renamed.csv"):
        if row["level"] == "district":
            successor = gaz.districts[row["successor_code"]]
            assert successor.name == row["successor_name"]
            assert successor.province_code == row["province_code"]


def test_data_files_stay_commit_sized():
    total = sum(p.stat().st_size for p in gazetteer_dir().glob("*.csv"))
    assert total < 3_000_000


# ------------------------------------------------------------------ lookups --

def test_province_by_name_code_and_alias():
    assert gz.province("Hòa Bình").code == "17"
    assert gz.province("Hoà Bình").code == "17"           # old-style tone
    assert gz.province("17").name == "Hòa Bình"
    assert gz.province("15").name == "Yên Bái"            # legacy by default
    assert gz.province("15", era="reform_2025").name == "Lào Cai"
    assert gz.province("TP.HCM").name == "Hồ Chí Minh"
    assert gz.province("Sài Gòn").code == "79"
    assert gz.province("tỉnh Bắc Kạn").code == "06"


@pytest.mark.parametrize("bad", ["", "   ", "Atlantis", "999", None, 42])
def test_province_lookup_of_nonsense_is_none(bad):
    assert gz.province(bad) is None


@pytest.mark.parametrize("legacy, successor", [
    ("Yên Bái", "Lào Cai"), ("02", "Tuyên Quang"), ("Bắc Kạn", "Thái Nguyên"),
    ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"), ("Kiên Giang", "An Giang"), ("Hòa Bình", "Phú Thọ"),
    ("Cần Thơ", "Cần Thơ"),
])
def test_province_2025(legacy, successor):
    assert gz.province_2025(legacy).name == successor


def test_district_lookup():
    assert gz.district("Kim Bôi").province_code == "17"
    assert gz.district("Châu Thành") is None                      # ten provinces have one
    assert gz.district("Châu Thành", province="Tiền Giang").province_code == "82"
    assert gz.district("thị xã Kỳ Anh").type_word == "thị xã"
    assert gz.district("huyện Kỳ Anh").type_word == "huyện"
    assert gz.district("Kỳ Anh") is None
    old = gz.district("Hoành Bồ")
    assert old.former and old.province_code == "22"
    assert gz.district("Nowhere") is None


# ------------------------------------------------------------ find_places --

def test_district_with_type_word():
    m = only("Sáng nay, UBND huyện Kim Bôi tổ chức hội nghị tổng kết.", "huyện Kim Bôi")
    assert (m.level, m.name, m.type_word) == ("district", "Kim Bôi", "huyện")
    assert (m.province, m.province_code, m.era) == ("Hòa Bình", "17", "legacy_63")
    assert m.province_2025 == "Phú Thọ"
    assert not m.ambiguous


def test_offsets_point_at_the_mention():
    text, found = places("Đoàn công tác của tỉnh Lai Châu làm việc với huyện Phong Thổ.")
    assert [text[m.start:m.end] for m in found] == ["tỉnh Lai Châu", "huyện Phong Thổ"]
    assert [text[m.name_start:m.end] for m in found] == ["Lai Châu", "Phong Thổ"]


def test_upper_case_headline():
    m = only("HUYỆN KIM BÔI TRAO TẶNG DANH HIỆU THI ĐUA", "HUYỆN KIM BÔI")
    assert (m.name, m.type_word, m.province) == ("Kim Bôi", "HUYỆN", "Hòa Bình")


def test_old_style_tones_are_matched():
    m = only("Lễ khen thưởng tại thị xã Hoà Thành, tỉnh Tây Ninh", "thị xã Hòa Thành")
    assert m.province == "Tây Ninh"
    assert only("Ban Thi đua tỉnh Khánh Hoà họp", "tỉnh Khánh Hòa").code == "56"


def test_2019_article_in_the_old_yen_bai():
    text, found = places("Chiều 12/3/2019, huyện Trấn Yên, tỉnh Yên Bái tổng kết phong trào thi đua.")
    district, province = found
    assert (district.level, district.name, district.province) == ("district", "Trấn Yên", "Yên Bái")
    assert district.province_2025 == "Lào Cai"
    assert (province.name, province.era) == ("Yên Bái", "legacy_63")


def test_2025_article_in_the_new_lao_cai():
    text, found = places("Ngày 20/8/2025, xã Trấn Yên, tỉnh Lào Cai tuyên dương các điển hình.")
    commune, province = found
    assert (commune.level, commune.name, commune.era) == ("commune", "Trấn Yên", "reform_2025")
    assert (commune.province, commune.province_code, commune.district) == ("Lào Cai", "15", None)
    assert not commune.ambiguous and len(commune.candidates) > 1   # an old xã Trấn Yên lies elsewhere
    assert (province.name, province.era, province.province_2025_code) == ("Lào Cai", "both", "15")


def test_same_name_districts_are_ambiguous_until_a_province_settles_them():
    _, raw = places("Hội nghị ở huyện Châu Thành được đánh giá cao.", resolve=False)
    (m,) = raw
    assert m.ambiguous and m.code is None and m.province is None
    assert len(m.candidates) >= 5
    settled = only("Hội nghị ở huyện Châu Thành, tỉnh Hậu Giang được đánh giá cao.", "huyện Châu Thành")
    assert not settled.ambiguous
    assert (settled.province, settled.code) == ("Hậu Giang", gz.district("Châu Thành", "Hậu Giang").code)


def test_huyen_and_thi_xa_of_the_same_name():
    text, found = places("Thị xã Kỳ Anh và huyện Kỳ Anh cùng ký giao ước thi đua.")
    town, rural = found
    assert town.type_word == "Thị xã" and rural.type_word == "huyện"
    assert town.code != rural.code and town.province == rural.province == "Hà Tĩnh"
    _, bare = places("Đoàn đã về Kỳ Anh dự lễ.", resolve=False)
    (m,) = bare
    assert m.ambiguous and set(m.candidates) == {town.code, rural.code}
    assert m.province == "Hà Tĩnh"          # both namesakes lie in one province


def test_bare_province_and_district_names():
    assert surfaces("Đoàn cán bộ Bắc Kạn sang thăm Đắk Nông và Kiên Lương.") == ["Bắc Kạn", "Đắk Nông", "Kiên Lương"]
    assert only("Đoàn đến thăm Kiên Lương", "Kiên Lương").province == "Kiên Giang"


@pytest.mark.parametrize("raw", [
    "Hòa và Bình là hai học sinh giỏi.",
    "Công tác xã hội và xã hội hóa giáo dục.",
    "Bà Nguyễn Thị Huế nhận Bằng khen.",
    "Ông Trần Văn Hà Nam được tuyên dương.",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.",
    "Nhà văn hóa trên đường Thái Bình được sửa.",
    "kim bôi viết thường không phải là tên riêng",
    "",
])
def test_words_that_are_not_places(raw):
    assert surfaces(raw) == []


def test_a_byline_that_looks_like_a_district_is_not_a_place():
    text = "Hội nghị tổng kết đã diễn ra thành công.\nThanh Thủy\n"
    assert surfaces(text) == []
    assert surfaces("Đoàn về thăm Thanh Thủy hôm qua.") == ["Thanh Thủy"]


def test_a_name_inside_a_persons_name_is_skipped_but_the_place_after_it_is_kept():
    assert surfaces("Đồng chí Lê Văn Minh, Bí thư Tỉnh ủy Lạng Sơn, phát biểu.") == ["Tỉnh ủy Lạng Sơn"]


@pytest.mark.parametrize("raw, surface", [
    ("Lãnh đạo TP.HCM dự lễ", "TP.HCM"),
    ("Lãnh đạo TP. HCM dự lễ", "TP. HCM"),
    ("TPHCM phát động thi đua", "TPHCM"),
    ("Người dân Sài Gòn hưởng ứng", "Sài Gòn"),
    ("UBND Thành phố Hồ Chí Minh khen thưởng", "Thành phố Hồ Chí Minh"),
])
def test_ho_chi_minh_city_spellings(raw, surface):
    m = only(raw, surface)
    assert (m.level, m.name, m.code) == ("province", "Hồ Chí Minh", "79")


@pytest.mark.parametrize("raw, surface, name", [
    ("Tỉnh Đăk Nông tổng kết", "Tỉnh Đăk Nông", "Đắk Nông"),
    ("Lãnh đạo Đắc Lắc tới thăm", "Đắc Lắc", "Đắk Lắk"),
    ("Trường ở Bắc Cạn nhận cờ", "Bắc Cạn", "Bắc Kạn"),
    ("Tỉnh Bà Rịa-Vũng Tàu", "Tỉnh Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Tỉnh BR-VT phát động", "Tỉnh BR-VT", "Bà Rịa - Vũng Tàu"),
    ("Ở Thừa Thiên - Huế", "Thừa Thiên - Huế", "Thừa Thiên Huế"),
])
def test_spelling_variants(raw, surface, name):
    assert only(raw, surface).name == name


def test_provinces_across_the_country():
    found = surfaces("Các tỉnh Cao Bằng, Quảng Trị, Bình Thuận, Kon Tum và Cà Mau ký kết giao ước.")
    assert found == ["tỉnh Cao Bằng", "Quảng Trị", "Bình Thuận", "Kon Tum", "Cà Mau"]


def test_a_list_after_a_plural_type_word_keeps_its_level():
    text, found = places("Các huyện Mường Khương, Si Ma Cai và Bắc Hà có nhiều cách làm hay.")
    assert [(m.level, m.name) for m in found] == [
        ("district", "Mường Khương"), ("district", "Si Ma Cai"), ("district", "Bắc Hà")]
    assert {m.province for m in found} == {"Lào Cai"}


def test_city_under_a_province_versus_province_level_city():
    assert only("UBND thành phố Lào Cai", "thành phố Lào Cai").level == "district"
    assert only("UBND thành phố Cần Thơ", "thành phố Cần Thơ").level == "province"
    m = only("Hội nghị tại TP. Thủ Đức", "TP. Thủ Đức")
    assert (m.level, m.province) == ("district", "Hồ Chí Minh")


def test_a_district_abbreviated_to_h_with_its_dot():
    m = only("Em học lớp 5, Trường Tiểu học Cát Tân, H.Phù Cát, Bình Định.", "H.Phù Cát")
    assert (m.level, m.name, m.province) == ("district", "Phù Cát", "Bình Định")
    assert places("Bà H. Mai nhận giấy khen.")[1] == []


def test_numbered_wards_and_districts():
    assert only("Trụ sở ở Quận 3", "Quận 3").name == "Quận 3"
    assert only("Trụ sở ở Q.10", "Q.10").province == "Hồ Chí Minh"
    m = only("Tổ dân phố thuộc Phường 12, quận Gò Vấp", "Phường 12")
    assert (m.district, m.ambiguous) == ("Gò Vấp", False)


def test_commune_settled_by_its_district():
    _, raw = places("Xã Tân Thành được tặng Cờ thi đua.", resolve=False)
    assert raw[0].ambiguous
    m = only("Xã Tân Thành, huyện Thủ Thừa được tặng Cờ thi đua.", "Xã Tân Thành")
    assert (m.district, m.province, m.ambiguous) == ("Thủ Thừa", "Long An", False)


def test_units_renamed_or_merged_before_2025():
    m = only("Năm 2018, huyện Hoành Bồ đạt chuẩn nông thôn mới.", "huyện Hoành Bồ")
    assert (m.name, m.province, m.code) == ("Hoành Bồ", "Quảng Ninh", gz.district("Hạ Long").code)
    in_hoa_binh = only("Huyện Kỳ Sơn, tỉnh Hòa Bình tổng kết năm 2018.", "Huyện Kỳ Sơn")
    in_nghe_an = only("Huyện Kỳ Sơn, tỉnh Nghệ An tổng kết năm 2018.", "Huyện Kỳ Sơn")
    assert in_hoa_binh.province == "Hòa Bình" and in_nghe_an.province == "Nghệ An"
    assert only("Quận 9 cũ nay thuộc thành phố Thủ Đức", "Quận 9").province == "Hồ Chí Minh"


def test_upgraded_unit_found_under_its_former_type():
    # Quế Võ became a thị xã in 2025; older news calls it a huyện.
    assert only("huyện Quế Võ, tỉnh Bắc Ninh", "huyện Quế Võ").name == "Quế Võ"


def test_party_committee_words_announce_the_unit():
    m = only("Hội trường Huyện ủy Đắk Song", "Huyện ủy Đắk Song")
    assert (m.level, m.province) == ("district", "Đắk Nông")


def test_2025_units():
    m = only("Đặc khu Phú Quốc tổ chức lễ tuyên dương", "Đặc khu Phú Quốc")
    assert (m.level, m.era, m.province) == ("commune", "reform_2025", "An Giang")
    m = only("Phường Sài Gòn, Thành phố Hồ Chí Minh", "Phường Sài Gòn")
    assert (m.level, m.era, m.province) == ("commune", "reform_2025", "Hồ Chí Minh")
    assert only("UBND thành phố Huế", "thành phố Huế").province_2025 == "Huế"
    assert only("UBND tỉnh Thừa Thiên Huế", "tỉnh Thừa Thiên Huế").era == "legacy_63"


def test_battle_name_blocks_the_province_inside_it_but_the_city_is_found():
    assert surfaces("Chiến thắng Điện Biên Phủ") == []
    assert only("thành phố Điện Biên Phủ", "thành phố Điện Biên Phủ").province == "Điện Biên"


def test_mentions_are_frozen():
    m = only("tỉnh Lai Châu", "tỉnh Lai Châu")
    with pytest.raises(Exception):
        m.name = "x"


@pytest.mark.parametrize("bad", [None, 123, b"bytes"])
def test_find_places_rejects_non_text_quietly(bad):
    assert gz.find_places(bad) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ"
                                              "ĐÂĂHKLTBCQPX ,.-'\n0123456789")), max_size=300))
def test_any_text_gives_mentions_inside_it(raw):
    text = normalize_text(raw)
    mentions = gz.disambiguate(gz.find_places(text))
    for m in mentions:
        assert 0 <= m.start <= m.name_start < m.end <= len(text)
        assert m.level in ("province", "district", "commune")
        assert m.ambiguous == (m.code is None)


def test_speed_on_a_long_article():
    sentence = ("Ngày 9/1/2024, UBND huyện Kim Bôi, tỉnh Hòa Bình tổ chức hội nghị; đồng chí Nguyễn Văn An, "
                "Phó Chủ tịch UBND tỉnh, trao Bằng khen cho 12 tập thể và 30 cá nhân của xã Hợp Tiến. ")
    text = normalize_text(sentence * (6000 // len(sentence)))
    gz.find_places(text)
    start = time.perf_counter()
    for _ in range(20):
        gz.find_places(text)
    per_call = (time.perf_counter() - start) / 20
    assert per_call < 0.02   # measured ≈ 1 ms; a generous bound that still catches a regression


@pytest.mark.parametrize("raw, expected", [
    # a province whose first syllable is also a family name, at the head of a long capitalised run
    ("HÀ GIANG KHEN THƯỞNG CÁC TẬP THỂ XUẤT SẮC", ["HÀ GIANG"]),
    ("SƠN LA TỔNG KẾT PHONG TRÀO THI ĐUA NĂM", ["SƠN LA"]),
    # a short run is still read as a person's name
    ("Ông Hà Giang Nam phát biểu", []),
    ("Hà Nam Ninh", []),
])
def test_capitalised_headline_starting_with_a_place(raw, expected):
    assert surfaces(raw) == expected


def test_a_province_renamed_before_the_reform_has_the_name_of_the_day():
    from tdkt.extract.gazetteer_data import province_name_at
    assert province_name_at("46", "Thừa Thiên Huế", "2024-12-31") == "Thừa Thiên Huế"
    assert province_name_at("46", "Thừa Thiên Huế", "2025-01-01") == "Huế"
    assert province_name_at("46", "Thừa Thiên Huế", "2025-02") == "Huế"
    assert province_name_at("46", "Thừa Thiên Huế", None) == "Thừa Thiên Huế"
    assert province_name_at("15", "Yên Bái", "2025-03-01") == "Yên Bái"   # never renamed


def test_a_mention_is_the_one_its_constructor_would_build():
    import dataclasses
    from tdkt.extract.gazetteer import PlaceMention, find_places
    for m in find_places("UBND huyện Kim Bôi, tỉnh Hòa Bình; các xã Tân Lập, Hợp Thành và TP. Hà Tĩnh"):
        built = PlaceMention(**{f.name: getattr(m, f.name) for f in dataclasses.fields(PlaceMention)})
        assert built == m and hash(built) == hash(m) and repr(built) == repr(m)
        assert sorted(vars(m)) == sorted(vars(built))  # no field missing, none extra
        try:
            m.start = 0
        except dataclasses.FrozenInstanceError:
            pass
        else:
            raise AssertionError("a mention is frozen")


@pytest.mark.parametrize("name", ["Hướng Đạo", "Tân Phong"])
def test_the_district_written_after_a_commune_places_it_whatever_the_gazetteer_lacks(name):
    # the gazetteer knows no commune of that name in Lạc Sơn (Hòa Bình): the one it knows elsewhere (in Vĩnh Phúc,
    # merged with Hòa Bình into Phú Thọ in 2025, or anywhere else) is not the one the text means
    text = f"Ngày 5/5, xã {name} (Lạc Sơn) đã tổ chức lễ đón nhận Bằng khen."
    places = gz.disambiguate(gz.find_places(text))
    assert [(m.province, m.district) for m in places] == [("Hòa Bình", "Lạc Sơn")]
