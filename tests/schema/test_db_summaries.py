"""The summary tables behind award_trends and district_comparison hold exactly the rows the views computed
from scratch would give, after every way a database changes: loads in several goes, a report of an event
already stored arriving later, records loaded again with other counts, places and dates, re-extraction,
a bulk load, and a load interrupted after some commits."""
from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

import pytest

from tdkt.extract import engine_version, extract_article
from tdkt.schema import views
from tdkt.schema.db import connect
from tdkt.schema.inputs import Item, articles_from_jsonl
from tdkt.schema.load import Loader
from db_helpers import kill_bulk_load

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "numbers" / "articles.jsonl"
SCRATCH = {"award_trends": views.AWARD_TRENDS_FROM_SCRATCH,
           "district_comparison": views.DISTRICT_COMPARISON_FROM_SCRATCH}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    """The counting corpus extracted once by the engine: records to load, change and load again."""
    out = []
    for item in articles_from_jsonl(str(CORPUS)):
        a = item.article
        out.append(extract_article(a["text"], id=a["key"], url=a["url"], title=a.get("title"),
                                   published=a.get("published")))
    return out


def as_items(records) -> list[Item]:
    return [Item(f"record {r['id']}", record=copy.deepcopy(r)) for r in records]


def summarised_equals_scratch(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        for view, sql in SCRATCH.items():
            kept = sorted(map(repr, conn.execute(f"SELECT * FROM {view}")))
            fresh = sorted(map(repr, conn.execute(sql)))
            assert kept == fresh, f"{view}: the summary rows differ from the view computed from scratch"
        assert conn.execute("SELECT count(*) FROM summary_pending").fetchone()[0] == 0
    finally:
        conn.close()


def load(path: Path, items, **options):
    db = connect(path)
    try:
        return Loader(db, **options).load(items)
    finally:
        db.conn.close()


def test_loads_in_several_goes_and_a_late_report_of_a_stored_event(tmp_path, records):
    path = tmp_path / "tdkt.db"
    late = [r for r in records if r["id"] == "eakar_traotang_bao"]  # the newspaper's report of a ceremony
    first = [r for r in records if r["id"] != "eakar_traotang_bao"]
    load(path, as_items(first[:4]))
    summarised_equals_scratch(path)
    load(path, as_items(first[4:]))
    summarised_equals_scratch(path)
    load(path, as_items(late))
    summarised_equals_scratch(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM award_trends").fetchone()[0] > 10
    assert conn.execute("SELECT max(articles) FROM award_trends").fetchone()[0] == 2  # the ceremony's two reports


def changed(record: dict, *, count_by=0, date=None, drop_event=False, province=None) -> dict:
    record = copy.deepcopy(record)
    for award in record.get("awards") or []:
        if award.get("count") is not None:
            award["count"] += count_by
    if date and record.get("event"):
        record["event"]["date"] = date
    if drop_event:
        record["event"] = None
    if province and record.get("place"):
        record["place"] = {**record["place"], "province": province, "province_code": None, "district": None,
                           "district_code": None, "commune": None, "commune_code": None}
        for award in record.get("awards") or []:
            award["scope"] = None  # counted where the event took place
    return record


def test_records_loaded_again_with_other_counts_dates_and_places(tmp_path, records):
    path = tmp_path / "tdkt.db"
    load(path, as_items(records))
    by_id = {r["id"]: r for r in records}
    again = [changed(by_id["krongbong_tongket_2023"], count_by=7),
             changed(by_id["eakar_traotang_portal"], date="2023-10-30"),  # no longer the same ceremony
             changed(by_id["lak_tongket_2022"], drop_event=True),
             changed(by_id["binhthuan_giaoduc_2016"], province="Tỉnh Không Có Thật")]
    report = load(path, as_items(again))
    assert report.updated == 4
    summarised_equals_scratch(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT max(articles) FROM award_trends").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM award_trends WHERE province = 'Tỉnh Không Có Thật'").fetchone()[0]
    report = load(path, as_items([by_id["eakar_traotang_portal"]]))  # the ceremony joined again
    summarised_equals_scratch(path)
    assert conn.execute("SELECT max(articles) FROM award_trends").fetchone()[0] == 2


def test_re_extraction_leaves_the_numbers_unchanged(tmp_path):
    path = tmp_path / "tdkt.db"
    load(path, articles_from_jsonl(str(CORPUS)), extract=extract_article, extractor_version=engine_version())
    before = sqlite3.connect(path).execute("SELECT * FROM award_trends ORDER BY 1, 3, 5, 6, 8, 9").fetchall()
    report = load(path, articles_from_jsonl(str(CORPUS)), extract=extract_article, extractor_version=None)
    assert report.extracted == 9
    summarised_equals_scratch(path)
    assert sqlite3.connect(path).execute("SELECT * FROM award_trends ORDER BY 1, 3, 5, 6, 8, 9").fetchall() == before


def test_a_load_interrupted_after_some_commits_is_caught_up_by_the_next(tmp_path, records):
    path = tmp_path / "tdkt.db"

    def interrupted():
        yield from as_items(records[:5])
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        load(path, interrupted(), batch_size=1)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM summary_pending").fetchone()[0] == 5  # committed, not summarised
    load(path, as_items(records[5:]))
    summarised_equals_scratch(path)


def index_names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        conn.close()


def test_a_bulk_load_gives_the_rows_of_an_incremental_one_and_keeps_every_index(tmp_path, records):
    incremental, bulk = tmp_path / "incremental.db", tmp_path / "bulk.db"
    for record in records:  # one article at a time: the most incremental a load can be
        load(incremental, as_items([record]))
    load(bulk, as_items(records), bulk=True)
    summarised_equals_scratch(bulk)
    assert index_names(bulk) == index_names(incremental)
    query = "SELECT * FROM award_trends ORDER BY year, province, district, code, recipient, status"
    assert sqlite3.connect(bulk).execute(query).fetchall() == sqlite3.connect(incremental).execute(query).fetchall()
    grouping = "SELECT a.key, e.primary_report, g.key FROM events e JOIN articles a ON a.id = e.article_id " \
               "JOIN events ge ON ge.id = e.group_id JOIN articles g ON g.id = ge.article_id ORDER BY 1"
    assert sqlite3.connect(bulk).execute(grouping).fetchall() == sqlite3.connect(incremental).execute(grouping).fetchall()


def test_a_killed_bulk_load_is_finished_by_the_next_load(tmp_path, records):
    path = tmp_path / "tdkt.db"
    complete = tmp_path / "complete.db"
    load(complete, as_items(records))

    kill_bulk_load(path, as_items(records[:6]), batch_size=1)
    assert "idx_events_kind_date" not in index_names(path)
    assert sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone()[0] == 6  # committed
    load(path, as_items(records[6:]))
    assert index_names(path) == index_names(complete)
    summarised_equals_scratch(path)


def test_the_canned_queries_find_a_province_typed_without_diacritics_as_folding_every_row_would(tmp_path, records):
    from tdkt.schema.metadata import QUERIES
    from tdkt.schema.search import register_functions

    path = tmp_path / "tdkt.db"
    load(path, as_items(records[:5]))
    load(path, as_items(records[5:]))  # new provinces arrive in a later load
    conn = sqlite3.connect(path)
    register_functions(conn)
    folding = ("(:province = '' OR tdkt_fold(province) = tdkt_fold(:province) "
               "OR tdkt_fold(province_2025) = tdkt_fold(:province))")
    provinces = [r[0] for r in conn.execute("SELECT province FROM award_trends UNION SELECT province_2025 "
                                            "FROM award_trends") if r[0]]
    assert len(provinces) >= 3
    for name, params in (("award_trends_by_year", {"code": ""}), ("compare_districts", {"year": ""})):
        sql = QUERIES[name]["sql"]
        slow = sql[:sql.index("WHERE ") + 6] + folding + sql[sql.index(" AND (:"):]
        for typed in [p.lower() for p in provinces] + ["dak lak", "lam dong", "nowhere", ""]:
            found = conn.execute(sql, {**params, "province": typed}).fetchall()
            assert found == conn.execute(slow, {**params, "province": typed}).fetchall(), (name, typed)
    assert conn.execute(QUERIES["award_trends_by_year"]["sql"], {"code": "", "province": "dak lak"}).fetchall()


def test_a_load_beside_a_running_bulk_load_does_not_take_it_for_a_dead_one(tmp_path, records):
    from tdkt.schema import bulkload

    path = tmp_path / "tdkt.db"
    load(path, as_items(records[:2]))
    running = connect(path)  # a bulk load in progress: indexes dropped, its lock held
    lock = bulkload.BulkLock(running.conn)
    assert lock.acquire()
    bulkload.begin(running.conn)
    load(path, as_items(records[2:5]))
    assert "idx_events_kind_date" not in index_names(path)  # left to the bulk load to build
    lock.release()  # the bulk load died
    running.conn.close()
    load(path, as_items(records[5:]))
    assert "idx_events_kind_date" in index_names(path)
    summarised_equals_scratch(path)


def test_a_load_leaves_the_pending_work_of_a_load_running_beside_it_to_that_load(tmp_path, records):
    from tdkt.schema import bulkload

    path = tmp_path / "tdkt.db"
    load(path, as_items(records[:3]))
    other = connect(path)  # another loader, running: it marked an article it is writing
    running = bulkload.LoadLock(other.conn)
    other.conn.execute("INSERT INTO summary_pending (article_id) SELECT min(id) FROM articles")
    load(path, as_items(records[3:5]))
    assert sqlite3.connect(path).execute("SELECT count(*) FROM summary_pending").fetchone()[0] == 1
    running.release()  # it died: the next load, alone, catches its work up
    other.conn.close()
    load(path, as_items(records[5:]))
    summarised_equals_scratch(path)
