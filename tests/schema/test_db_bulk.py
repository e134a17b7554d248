"""A bulk load (indexes built at the end, events grouped, persons resolved in chunks and summaries filled
once) stores exactly the rows a plain load stores: every table, row for row."""
from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest

from tdkt.schema import load as load_module
from tdkt.schema.db import connect
from tdkt.schema.inputs import Item, records_from_jsonl
from tdkt.schema.load import Loader
from db_helpers import index_tokens, kill_bulk_load

UNITS = Path(__file__).resolve().parents[1] / "corpus" / "units" / "records.jsonl"
CLOCK = lambda: "2024-01-01T00:00:00+00:00"  # noqa: E731 - loaded_at is the same in both databases
# The full-text index's own tables are laid out by the batches it was written in, not by what it holds.
LAYOUT_ONLY = ("articles_fts_", "schema_migrations")  # ... and when the database was made


@pytest.fixture(scope="module")
def varied() -> list[dict]:
    """The units corpus (named units and persons, officials with titles) and copies of it reported again
    elsewhere and later: the same names in other articles, provinces and years, so persons must be told
    apart or merged, events grouped, and recipients linked."""
    base = [item.record for item in records_from_jsonl(str(UNITS))]
    out = list(base)
    for round_, shift in ((1, "2024"), (2, "2025")):
        for record in base:
            copy_ = copy.deepcopy(record)
            copy_["id"] = f"{record['id']}-again-{round_}"
            copy_["url"] = f"{record['url']}-lai-{round_}"
            copy_["published"] = shift + (record.get("published") or "2023-01-01")[4:]
            if round_ == 2 and copy_.get("place"):  # the same names in another province
                copy_["place"] = {"province": "Gia Lai", "district": None, "commune": None}
            out.append(copy_)
    return out


def tables(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                            "'sqlite_%' ORDER BY name")]
        return {name: sorted(map(repr, conn.execute(f"SELECT * FROM [{name}]")))
                for name in names if not name.startswith(LAYOUT_ONLY)}
    finally:
        conn.close()


def load(path: Path, records: list[dict], **options):
    db = connect(path)
    try:
        return Loader(db, clock=CLOCK, **options).load(
            Item(f"record {r['id']}", record=copy.deepcopy(r)) for r in records)
    finally:
        db.conn.close()


def test_a_bulk_load_stores_every_row_a_plain_load_stores(tmp_path, varied, monkeypatch):
    plain, bulk = tmp_path / "plain.db", tmp_path / "bulk.db"
    report = load(plain, varied, bulk=False)
    assert report.added == len(varied) and not report.problems
    monkeypatch.setattr(load_module, "NAME_CHUNK", 2)  # persons resolved two names at a time ...
    monkeypatch.setattr(load_module, "ROW_CHUNK", 3)   # ... or fewer, when they have many mentions
    load(bulk, varied, bulk=True, batch_size=7)
    plain_rows, bulk_rows = tables(plain), tables(bulk)
    assert plain_rows.keys() == bulk_rows.keys()
    for table in plain_rows:
        assert bulk_rows[table] == plain_rows[table], f"{table}: a bulk load stored other rows"
    # the set is varied enough to mean something: persons merged and told apart, recipients linked, groups
    conn = sqlite3.connect(bulk)
    evidence = [r[0] for r in conn.execute("SELECT person_evidence FROM official_mentions")]
    assert any(e.startswith("same organisation") for e in evidence)
    assert any(e == "first mention" for e in evidence)
    assert conn.execute("SELECT count(*) FROM award_recipients WHERE official_id IS NOT NULL").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM events WHERE group_id <> id").fetchone()[0] > 0
    assert json.loads(conn.execute("SELECT json_array(count(*)) FROM award_counts").fetchone()[0])[0] > 0
    conn.close()



def test_a_bulk_load_indexes_for_search_what_a_plain_load_indexes(tmp_path, varied):
    plain, bulk = tmp_path / "plain.db", tmp_path / "bulk.db"
    load(plain, varied, bulk=False)
    changed = copy.deepcopy(varied[3])  # reported again with a new title and text, after it was indexed
    changed["title"], changed["text"] = "Tin đã sửa", "Đoạn văn hoàn toàn mới về Đắk Song."
    load(bulk, [*varied, changed], bulk=True, batch_size=7)
    load(plain, [changed], bulk=False)
    assert index_tokens(bulk) == index_tokens(plain)
    conn = sqlite3.connect(bulk)
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'dak song'").fetchone()[0] > 0


def test_a_killed_bulk_load_leaves_its_search_index_to_the_next_load(tmp_path, varied):
    path, complete = tmp_path / "tdkt.db", tmp_path / "complete.db"
    load(complete, varied, bulk=False)

    kill_bulk_load(path, (Item(f"record {r['id']}", record=copy.deepcopy(r)) for r in varied[:10]),
                   batch_size=3, clock=CLOCK)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 9  # three batches committed
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'khen'").fetchone()[0] == 0
    conn.close()
    load(path, varied[9:], bulk=False)
    assert index_tokens(path) == index_tokens(complete)


def test_records_checked_in_worker_processes_load_as_records_read_by_the_loader(tmp_path, varied, monkeypatch):
    from tdkt import record_workers

    bad = dict(copy.deepcopy(varied[2]), id="bad-count", url="https://example.gov.vn/bad")
    bad["awards"] = [{"code": "bang_khen", "count": "many"}]
    lines = [json.dumps(r, ensure_ascii=False) for r in varied]
    lines[5:5] = ["{not json", json.dumps(bad, ensure_ascii=False)]
    source = tmp_path / "records.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(record_workers, "LINES", 4)  # several tasks, so the pool starts its workers

    def loaded(path: Path, items) -> list[str]:
        db = connect(path)
        problems = []
        try:
            Loader(db, clock=CLOCK, bulk=True, batch_size=5, on_problem=problems.append).load(items)
        finally:
            db.conn.close()
        return problems

    here = loaded(tmp_path / "here.db", records_from_jsonl(str(source)))
    in_workers = loaded(tmp_path / "workers.db", record_workers.records_on_workers([str(source)], workers=2))
    assert in_workers == here and len(here) == 2  # the same messages, with the same line numbers
    assert "awards[0].count: expected an integer" in here[1]
    assert tables(tmp_path / "workers.db") == tables(tmp_path / "here.db")
    assert index_tokens(tmp_path / "workers.db") == index_tokens(tmp_path / "here.db")


def test_an_article_that_cannot_be_stored_in_a_bulk_batch_is_found_and_skipped_as_in_a_plain_load(tmp_path, varied):
    """A bulk load writes a batch's facts table by table at its end, where a row that cannot be stored
    names no article: the batch is written again article by article, so the same one is reported and
    every other row is stored as a plain load stores it."""
    records = copy.deepcopy(varied)
    too_large = records[5]
    too_large["awards"] = [*(too_large.get("awards") or []), {"code": "bang_khen", "count": 10 ** 30}]
    plain, bulk = tmp_path / "plain.db", tmp_path / "bulk.db"
    plain_report = load(plain, records, bulk=False)
    bulk_report = load(bulk, records, bulk=True, batch_size=7)
    assert bulk_report.messages == plain_report.messages
    assert bulk_report.messages == [f"record {too_large['id']}: cannot be stored (Python int too large to "
                                    "convert to SQLite INTEGER); skipped"]
    assert (bulk_report.added, bulk_report.problems) == (len(records) - 1, 1)
    assert tables(bulk) == tables(plain)


def test_a_bulk_load_gives_its_connection_the_usual_settings_back_at_its_end(tmp_path, varied):
    """The bulk load's page cache and unsynced commits last until its events are grouped and persons
    resolved, not into whatever the caller does next with the connection."""
    from tdkt.schema import bulkload

    db = connect(tmp_path / "tdkt.db")
    seen = []
    real_resolve = Loader.resolve

    def resolve(self):
        seen.append(self.conn.execute("PRAGMA cache_size").fetchone()[0])
        real_resolve(self)

    try:
        loader = Loader(db, clock=CLOCK, bulk=True, batch_size=7)
        loader.resolve = resolve.__get__(loader)
        loader.load(Item(f"record {r['id']}", record=copy.deepcopy(r)) for r in varied)
        assert seen == [-bulkload.CACHE_KIB]
        assert db.conn.execute("PRAGMA cache_size").fetchone()[0] == -bulkload.USUAL_CACHE_KIB
        assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    finally:
        db.conn.close()
