"""Units as entities (issue 15): the units corpus (tests/corpus/units) loaded, and every unit resolved by
hand in its README checked against the tables and views; then the name rules one by one.

The corpus stages each pattern: one school written "Trường THPT Trương Định" and "THPT Trương Định"; two
"Trường THCS Lê Lợi" in different districts; a school of the same name in another province; "UBND xã Krông
Na" (2023) written "UBND xã Buôn Đôn" after the 2025 reorganisation renamed the commune; a person awarded in
the article that names him as an official, and again in a provincial article; people with no official.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tdkt.schema.db import connect
from tdkt.schema.inputs import records_from_jsonl
from tdkt.schema.load import Loader
from tdkt.schema.units import normalise, read_name

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "units" / "records.jsonl"


def load(path: Path, records: Path = CORPUS):
    db = connect(path)
    report = Loader(db).load(records_from_jsonl(str(records)))
    db.conn.close()
    return report


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = tmp_path_factory.mktemp("units") / "tdkt.db"
    report = load(path)
    assert report.added == 5 and report.problems == 0
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


def unit(conn, name: str, district: str) -> sqlite3.Row:
    rows = conn.execute("SELECT * FROM units WHERE variants LIKE ? AND district = ?",
                        (f"%{name}%", district)).fetchall()
    assert len(rows) == 1, f"{name} in {district}: {len(rows)} units"
    return rows[0]


def awards_of(conn, unit_id: int) -> list[tuple]:
    return [tuple(r) for r in conn.execute("SELECT year, code, status, name_as_written FROM unit_awards "
                                           "WHERE unit_id = ? ORDER BY year, code", (unit_id,))]


# -- the corpus, resolved by hand (tests/corpus/units/README.md) --------------------------------
def test_the_corpus_names_eight_units_and_twelve_unit_awards(conn):
    assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 8
    assert conn.execute("SELECT count(*) FROM unit_awards").fetchone()[0] == 12
    types = dict(conn.execute("SELECT type, count(*) FROM units GROUP BY type").fetchall())
    assert types == {"school": 4, "commune_or_ward": 1, "cooperative": 1, "police_or_army": 1,
                     "village_or_residential_group": 1}


def test_a_school_written_with_and_without_truong_is_one_unit(conn):
    school = unit(conn, "Trương Định", "Buôn Đôn")
    assert json.loads(school["variants"]) == ["Trường THPT Trương Định", "THPT Trương Định"]
    assert school["name"] == "Trường THPT Trương Định" and school["type"] == "school"
    assert school["province_2025"] == "Đắk Lắk" and school["province_code"] == "66"
    assert awards_of(conn, school["id"]) == [(2023, "bang_khen_bo_tinh", "awarded", "THPT Trương Định"),
                                             (2023, "giay_khen", "awarded", "Trường THPT Trương Định")]


def test_the_same_school_name_in_another_province_is_another_unit(conn):
    other = unit(conn, "Trương Định", "Đắk Song")
    assert other["province"] == "Đắk Nông" and other["province_2025"] == "Lâm Đồng"
    assert awards_of(conn, other["id"]) == [(2023, "giay_khen", "awarded", "Trường THPT Trương Định")]


def test_two_schools_of_one_name_in_two_districts_are_two_units(conn):
    buon_don, krong_bong = unit(conn, "Lê Lợi", "Buôn Đôn"), unit(conn, "Lê Lợi", "Krông Bông")
    assert buon_don["id"] != krong_bong["id"]
    assert buon_don["name"] == krong_bong["name"] == "Trường THCS Lê Lợi"
    # the provincial article placed it by its name ("(huyện Krông Bông)"), the district article by its place
    assert krong_bong["place_how"] == "name"
    assert awards_of(conn, krong_bong["id"]) == [
        (2023, "bang_khen_bo_tinh", "awarded", "Trường Trung học cơ sở Lê Lợi (huyện Krông Bông)"),
        (2024, "co_thi_dua_bo_tinh", "proposed", "Trường THCS Lê Lợi")]
    # after 2025 the commune xã Buôn Đôn has no district: it was formed from Buôn Đôn's communes
    assert awards_of(conn, buon_don["id"]) == [(2023, "giay_khen", "awarded", "Trường THCS Lê Lợi"),
                                               (2025, "bang_khen_bo_tinh", "awarded", "Trường THCS Lê Lợi")]


def test_a_commune_renamed_in_2025_keeps_its_history(conn):
    committee = unit(conn, "UBND xã Krông Na", "Buôn Đôn")
    assert json.loads(committee["variants"]) == ["UBND xã Krông Na", "UBND xã Buôn Đôn"]
    assert committee["type"] == "commune_or_ward" and committee["commune"] == "Krông Na"
    rows = conn.execute("SELECT year, name_as_written, place_as_written, unit_evidence FROM unit_awards "
                        "WHERE unit_id = ? ORDER BY year", (committee["id"],)).fetchall()
    assert [tuple(r)[:3] for r in rows] == [(2023, "UBND xã Krông Na", "Krông Na, Buôn Đôn, Đắk Lắk"),
                                            (2025, "UBND xã Buôn Đôn", "Buôn Đôn, Đắk Lắk")]
    assert rows[1]["unit_evidence"].startswith("its commune renamed by the 2025 reorganisation")


def test_a_unit_is_placed_by_the_locality_its_name_writes(conn):
    police = unit(conn, "Công an xã Ea Wer", "Buôn Đôn")  # read in a province-wide article
    assert police["commune"] == "Ea Wer" and police["commune_code"] == "24241" and police["place_how"] == "name"
    village = unit(conn, "Thôn 3", "Đắk Song")
    assert village["type"] == "village_or_residential_group" and village["commune"] == "Trường Xuân"


def test_every_unit_award_keeps_its_provenance(conn):
    for row in conn.execute("SELECT * FROM unit_awards"):
        text = conn.execute("SELECT text FROM articles WHERE id = ?", (row["article_id"],)).fetchone()[0]
        assert text[row["span_start"]:row["span_end"]] == row["name_as_written"]
        assert row["name_as_written"] in row["sentence"] and row["url"].startswith("https://")
        assert row["extractor_version"] == "units-corpus-1" and row["unit_evidence"]


def test_named_persons_link_to_the_official_only_on_evidence(conn):
    rows = {(r["article_id"], r["name"]): r for r in conn.execute("SELECT * FROM person_awards")}
    assert len(rows) == 4
    official = conn.execute("SELECT id FROM officials WHERE name = 'Trần Văn Hải'").fetchone()[0]
    same_article, province = rows[(1, "Trần Văn Hải")], rows[(2, "Trần Văn Hải")]
    assert same_article["official_id"] == province["official_id"] == official
    assert same_article["person_evidence"].startswith("named with a title in the same article")
    assert province["person_evidence"] == "the only official of that name in Đắk Lắk"
    # Phạm Văn Bình is an official in Đắk Nông; the Đắk Lắk award names someone the evidence does not tie to him
    assert rows[(2, "Phạm Văn Bình")]["official_id"] is None
    assert rows[(1, "Nguyễn Thị Mai")]["person_evidence"] == "not linked: no official of that name in Đắk Lắk"


def test_the_unit_query_finds_a_unit_by_any_spelling_without_diacritics(conn):
    from tdkt.schema.metadata import QUERIES
    from tdkt.schema.search import register_functions
    register_functions(conn)
    sql = QUERIES["unit_awards_over_time"]["sql"]
    found = conn.execute(sql, {"unit": "THPT Truong Dinh", "province": "Dak Lak"}).fetchall()
    assert [(r["year"], r["name_as_written"]) for r in found] == [(2023, "Trường THPT Trương Định"),
                                                                  (2023, "THPT Trương Định")]
    assert len(conn.execute(sql, {"unit": "krong na", "province": ""}).fetchall()) == 2


# -- loads stay idempotent and whole ---------------------------------------------------------------
def snapshot(path: Path) -> tuple:
    with sqlite3.connect(path) as c:
        return tuple(tuple(c.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall())
                     for t in ("units", "unit_names", "award_recipients"))


def test_loading_twice_changes_nothing(tmp_path):
    path = tmp_path / "tdkt.db"
    load(path)
    before = snapshot(path)
    assert load(path).unchanged == 5 and snapshot(path) == before


def test_a_re_extracted_article_replaces_its_recipients_and_drops_units_no_one_names(tmp_path):
    path = tmp_path / "tdkt.db"
    load(path)
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    records[3]["awards"][0]["named"] = ["Trường THPT Trương Định"]  # Đắk Song's village no longer named
    records[3]["awards"][0]["named_spans"] = records[3]["awards"][0]["named_spans"][:1]
    changed = tmp_path / "changed.jsonl"
    changed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert load(path, changed).updated == 1
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT count(*) FROM units").fetchone()[0] == 7
        assert c.execute("SELECT count(*) FROM units WHERE type = 'village_or_residential_group'").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM award_recipients").fetchone()[0] == 15


# -- the name rules ------------------------------------------------------------------------------
@pytest.mark.parametrize("a, b", [
    ("Trường THPT Trương Định", "THPT Trương Định"),
    ("Trường Trung học phổ thông Trương Định", "trường thpt  trương định"),
    ("UBND xã Ea Wer", "Ủy ban nhân dân xã Ea Wer"),
    ("Trường THCS Lê Lợi, huyện Krông Bông", "THCS Lê Lợi"),
    ("Công ty TNHH MTV Cà phê Ea Pốk", "Công ty trách nhiệm hữu hạn một thành viên Cà phê Ea Pốk"),
    ("Trường THCS Nà Hẩu (Văn Yên)", "Trường THCS Nà Hẩu"),  # a bracket after the name says where it is
    ("Công ty Cổ phần Thép Bảo Lâm (Balasteel)", "Công ty Cổ phần Thép Bảo Lâm"),  # ... or what else it is called
])
def test_spellings_of_one_unit_normalise_alike(a, b):
    assert read_name(a).name_key == read_name(b).name_key


@pytest.mark.parametrize("a, b", [
    ("Trường THCS Lê Lợi", "Trường THPT Lê Lợi"),
    ("UBND xã Ea Wer", "UBND huyện Ea Wer"),
    ("Công an huyện Krông Bông", "Công an huyện Buôn Đôn"),  # a place that is the name itself stays in it
])
def test_different_units_keep_different_names(a, b):
    assert read_name(a).name_key != read_name(b).name_key


@pytest.mark.parametrize("name, kind", [
    ("Trường Mầm non Hoa Sen", "school"), ("THPT Trương Định", "school"),
    ("Bệnh viện Đa khoa tỉnh Đắk Lắk", "hospital"), ("Trung tâm Y tế huyện Ea Kar", "hospital"),
    ("Công ty Cổ phần Cà phê Buôn Hồ", "company"), ("HTX Nông nghiệp Ea Kiết", "cooperative"),
    ("UBND xã Ea Wer", "commune_or_ward"), ("UBND phường Tân Lợi", "commune_or_ward"),
    ("UBND huyện Buôn Đôn", "district"), ("UBND tỉnh Đắk Lắk", "province"),
    ("Sở Giáo dục và Đào tạo", "department_or_agency"), ("Phòng Tài chính - Kế hoạch", "department_or_agency"),
    ("Công an huyện Krông Bông", "police_or_army"), ("Ban CHQS huyện Lắk", "police_or_army"),
    ("Đồn Biên phòng Ia Rvê", "police_or_army"),
    ("Hội LHPN xã Ea Nuôl", "party_or_mass_organisation"), ("Đảng ủy xã Krông Na", "party_or_mass_organisation"),
    ("Huyện đoàn Krông Bông", "party_or_mass_organisation"),
    ("Thôn 3, xã Ea Wer", "village_or_residential_group"), ("Tổ dân phố 5", "village_or_residential_group"),
    ("Buôn Trí A", "village_or_residential_group"),
    ("Nhóm Thiện nguyện Ánh Dương", "other"),
])
def test_a_unit_is_typed_by_the_first_words_of_its_name(name, kind):
    assert read_name(name).type == kind


def test_a_cooperative_or_social_insurance_is_no_commune():
    assert read_name("Hợp tác xã Dịch vụ nông nghiệp Ea Wer").localities == ()
    assert read_name("Hợp tác xã Nông nghiệp Ea Wer").localities == ()
    assert [(l.level, l.name) for l in read_name("Bảo hiểm xã hội huyện Ea Kar").localities] == [("district", "Ea Kar")]


def test_a_place_qualifier_is_set_apart_but_a_place_that_is_the_name_stays():
    assert normalise("Trường THCS Lê Lợi") == read_name("Trường THCS Lê Lợi (huyện Krông Bông)").name_key
    assert read_name("UBND TP. Buôn Ma Thuột").name_key == "ủy ban nhân dân thành phố buôn ma thuột"
    assert [(l.level, l.name) for l in read_name("UBND TP. Buôn Ma Thuột").localities] == [("city", "Buôn Ma Thuột")]


def test_a_database_of_schema_3_is_migrated_and_its_places_learn_their_2025_commune(tmp_path):
    from tdkt.schema.db import migrate
    path = tmp_path / "old.db"
    old = connect(path, migrate_schema=False)
    migrate(old, target=3)
    old.conn.close()
    assert load(path).added == 5
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT count(*) FROM units").fetchone()[0] == 8
        assert c.execute("SELECT code_2025 FROM places WHERE key = 'legacy_63/commune/24235'").fetchone()[0] == "24235"


def test_the_engines_record_of_an_article_gives_its_units(tmp_path):
    """The whole path: an article text extracted by the engine, loaded, its named schools become units."""
    from tdkt.extract import engine_version, extract_article
    from tdkt.schema.inputs import Item
    article = json.loads(CORPUS.read_text(encoding="utf-8").splitlines()[0])
    db = connect(tmp_path / "tdkt.db")
    Loader(db, extract=extract_article, extractor_version=engine_version()).load(
        [Item(origin="test", article={"key": article["id"], "url": article["url"], "title": article["title"],
                                      "published": article["published"], "text": article["text"]})])
    names = {r[0]: r[1] for r in db.execute("SELECT name, type FROM units")}
    assert names.get("Trường THPT Trương Định") == "school"
    assert names.get("UBND xã Krông Na") == "commune_or_ward"
