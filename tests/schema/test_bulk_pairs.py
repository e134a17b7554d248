"""The search's pair index filled by a bulk load batch by batch, its tokens made on the workers that check
the records, holds what a plain load and a rebuild from the articles hold; a database may do without it
(``tdkt load --no-search-pairs``) and get it back."""
from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest

from tdkt import record_workers
from tdkt.cli import main
from tdkt.schema import search_pairs
from tdkt.schema.db import connect
from tdkt.schema.inputs import Item, records_from_jsonl
from tdkt.schema.load import Loader
from tdkt.schema.search import search
from db_helpers import kill_bulk_load

UNITS = Path(__file__).resolve().parents[1] / "corpus" / "units" / "records.jsonl"
CLOCK = lambda: "2024-01-01T00:00:00+00:00"  # noqa: E731 - loaded_at is the same in every database


@pytest.fixture(scope="module")
def records() -> list[dict]:
    """The units corpus, copies of it reported elsewhere, and within the load: an article reported again
    with a new title and text, and one reported again without a title (it keeps the title it had)."""
    base = [item.record for item in records_from_jsonl(str(UNITS))]
    out = list(base)
    for round_ in (1, 2):
        for record in base:
            out.append(dict(copy.deepcopy(record), id=f"{record['id']}-lai-{round_}", url=f"{record['url']}-lai-{round_}"))
    changed = dict(copy.deepcopy(base[3]), title="Tin đã sửa về Đắk Song",
                   text="Huyện Ea Tơ Lăng tuyên dương Tổ Hợp Tác Mây Tre Phú Hòa và ông Lò Văn Kiệm.")
    untitled = copy.deepcopy(base[1])
    untitled.pop("title", None)
    untitled["text"] = "Xã Nậm Pồ Cao khen thưởng Hội Nông Dân Bản Phăng."
    return [*out, changed, untitled]


def pair_tokens(path: Path) -> list[tuple]:
    """Every (token, article) of the pair index, checked whole first."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"CREATE VIRTUAL TABLE temp.pair_words USING fts5vocab(main, '{search_pairs.TABLE}', 'instance')")
        conn.execute(f"INSERT INTO {search_pairs.TABLE} ({search_pairs.TABLE}, rank) VALUES ('integrity-check', 0)")
        return sorted(conn.execute("SELECT term, doc FROM temp.pair_words"))
    finally:
        conn.close()


def rebuilt_tokens(path: Path, tmp_path: Path) -> list[tuple]:
    """The pair index made again from the stored articles, in a copy of the database."""
    copy_path = tmp_path / f"rebuilt-{path.name}"
    source, target = sqlite3.connect(path), sqlite3.connect(copy_path)
    source.backup(target)
    source.close()
    search_pairs.rebuild(target)
    target.commit()
    target.close()
    return pair_tokens(copy_path)


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def load(path: Path, items, **options):
    db = connect(path)
    try:
        return Loader(db, clock=CLOCK, **options).load(items)
    finally:
        db.conn.close()


def items_of(records: list[dict]):
    return (Item(f"record {r['id']}", record=copy.deepcopy(r)) for r in records)


def test_a_bulk_load_fills_the_pair_index_with_the_tokens_a_plain_load_writes(tmp_path, records, monkeypatch):
    source = write_jsonl(tmp_path / "records.jsonl", records)
    monkeypatch.setattr(record_workers, "LINES", 5)  # several tasks, so the pool starts its workers
    plain, here, workers = tmp_path / "plain.db", tmp_path / "here.db", tmp_path / "workers.db"
    assert load(plain, records_from_jsonl(str(source)), bulk=False).added == len(records) - 2
    load(here, records_on_one(source), bulk=True, batch_size=4)
    load(workers, record_workers.records_on_workers([str(source)], workers=2), bulk=True, batch_size=4)
    expected = pair_tokens(plain)
    assert pair_tokens(here) == expected
    assert pair_tokens(workers) == expected
    assert rebuilt_tokens(workers, tmp_path) == expected  # what the articles stored give
    conn = sqlite3.connect(workers)
    changed = conn.execute("SELECT id FROM articles WHERE title = 'Tin đã sửa về Đắk Song'").fetchone()[0]
    kept_title = conn.execute("SELECT id, title FROM articles WHERE text LIKE 'Xã Nậm Pồ Cao%'").fetchone()
    conn.close()
    old, new = (set(search_pairs.tokens(r.get("title"), r.get("text")).split()) for r in (records[3], records[-2]))
    assert ("ea__to__lang", changed) in expected       # the new text's name, not the old text's words
    assert old - new and not any((term, changed) in expected for term in old - new)
    assert kept_title[1] and any(doc == kept_title[0] and term.startswith("nam__po") for term, doc in expected)


def records_on_one(source: Path):
    return record_workers.records_on_workers([str(source)], workers=1)


def test_the_workers_make_the_tokens_a_new_article_is_indexed_under(tmp_path, records):
    source = write_jsonl(tmp_path / "records.jsonl", records[:3])
    from tdkt.schema.prepared import prepare

    lines = [(f"records.jsonl:{n}", line.encode()) for n, line in
             enumerate(source.read_text(encoding="utf-8").splitlines(), 1)]
    with_pairs, without = prepare(lines, pairs=True), prepare(lines)
    assert [p.pairs for p in with_pairs] == [search_pairs.tokens(r.get("title"), r.get("text")) for r in records[:3]]
    assert all(p.pairs is None for p in without)


def test_a_killed_bulk_load_leaves_a_pair_index_whole_for_what_it_committed(tmp_path, records):
    path, complete = tmp_path / "tdkt.db", tmp_path / "complete.db"
    load(complete, items_of(records), bulk=False)

    kill_bulk_load(path, items_of(records[:10]), batch_size=3, clock=CLOCK)
    committed = pair_tokens(path)
    assert {doc for _, doc in committed} == set(range(1, 10))  # three batches of three committed, indexed
    assert committed == rebuilt_tokens(path, tmp_path)
    load(path, items_of(records[9:]), bulk=False)  # the next load finishes what the killed one left
    assert pair_tokens(path) == pair_tokens(complete)


def test_a_database_loaded_without_the_pair_index_is_searched_as_with_it(tmp_path, records):
    with_index, without = tmp_path / "with.db", tmp_path / "without.db"
    load(with_index, items_of(records), bulk=True, batch_size=7)
    load(without, items_of(records[:8]), bulk=True, batch_size=7, pair_index=False)
    load(without, items_of(records[8:]), bulk=False)  # a later load keeps it without
    conns = [sqlite3.connect(p) for p in (with_index, without)]
    try:
        assert search_pairs.exists(conns[0]) and not search_pairs.exists(conns[1])
        for query in ("Đắk Song", "dak song", "Phú Hòa", "khen thưởng"):
            found = [[(hit.id, hit.snippet) for hit in search(conn, query, limit=10)] for conn in conns]
            assert found[0] == found[1] and found[0], query
    finally:
        for conn in conns:
            conn.close()
    load(without, [], pair_index=True)  # asked for again: made from every stored article
    assert pair_tokens(without) == pair_tokens(with_index)


def test_tdkt_load_no_search_pairs_drops_the_index_and_search_pairs_brings_it_back(tmp_path, records):
    source = write_jsonl(tmp_path / "records.jsonl", records[:8])
    more = write_jsonl(tmp_path / "more.jsonl", records[8:])
    db = tmp_path / "tdkt.db"
    assert main(["load", "--records", str(source), "--db", str(db), "--no-search-pairs", "--quiet"]) == 0
    assert not search_pairs.kept_in(db)
    assert main(["load", "--records", str(more), "--db", str(db), "--quiet", "--workers", "2"]) == 0
    assert not search_pairs.kept_in(db)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(records) - 2
    conn.close()
    assert main(["load", "--records", str(more), "--db", str(db), "--quiet", "--search-pairs"]) == 0
    assert search_pairs.kept_in(db)
    assert pair_tokens(db) == rebuilt_tokens(db, tmp_path) and pair_tokens(db)


def test_a_bulk_load_collects_garbage_less_often_and_gives_the_usual_pace_back(tmp_path, records):
    import gc

    from tdkt.schema import bulkload

    usual, seen = gc.get_threshold(), []

    def watched(fail: bool):
        for number, item in enumerate(items_of(records)):
            seen.append(gc.get_threshold()[0])
            yield item
            if fail and number == 10:
                raise KeyboardInterrupt

    load(tmp_path / "bulk.db", watched(False), bulk=True, batch_size=4)
    assert seen[-1] == max(usual[0], bulkload.GC_ALLOCATIONS) and gc.get_threshold() == usual
    with pytest.raises(KeyboardInterrupt):
        load(tmp_path / "failed.db", watched(True), bulk=True, batch_size=4)
    assert gc.get_threshold() == usual
    seen.clear()
    load(tmp_path / "plain.db", watched(False), bulk=False)
    assert set(seen) == {usual[0]}


def test_a_bulk_load_killed_under_the_code_before_has_its_pair_index_made_again(tmp_path, records):
    """The code before filled the pair index at a bulk load's end: one it left unfinished ("rebuild" in
    meta) has the pair index of the articles it committed made by the next load."""
    path, complete = tmp_path / "tdkt.db", tmp_path / "complete.db"
    load(complete, items_of(records), bulk=False)
    load(path, items_of(records[:9]), bulk=False)
    conn = sqlite3.connect(path)
    conn.execute(f"INSERT INTO {search_pairs.TABLE} ({search_pairs.TABLE}) VALUES ('delete-all')")
    conn.execute("INSERT INTO meta (key, value) VALUES ('bulk_load_fts', 'rebuild')")
    conn.commit()
    conn.close()
    assert pair_tokens(path) == []
    load(path, items_of(records[9:]), bulk=False)
    assert pair_tokens(path) == pair_tokens(complete)
