"""`tdkt load`: idempotent, one transaction per article, streaming, bad input reported and skipped."""
from __future__ import annotations

import gc
import itertools
import json
import signal
import sqlite3
import subprocess
import sys
import time
import tracemalloc

import pytest
from db_corpus import VERSION, article_of, corpus
from db_helpers import dump, fts_integrity_check, load_records, write_jsonl

from tdkt.extract import engine_version
from tdkt.schema.db import connect
from tdkt.schema.factwriter import FactWriter
from tdkt.schema.inputs import Item, articles_from_crawl
from tdkt.schema.load import Loader
from tdkt.cli import main

FIXED_CLOCK = {"clock": lambda: "2024-01-01T00:00:00+00:00"}


def many(n: int):
    """``n`` records made from the four test records, each with its own id and URL (a generator)."""
    base = corpus()
    for i in range(n):
        rec = json.loads(json.dumps(base[i % len(base)]))
        rec["id"] = f"{rec['id']}_{i}"
        rec["url"] += f"?n={i}"
        yield rec


def test_loading_twice_changes_nothing(tmp_path, records_file):
    path = tmp_path / "tdkt.db"
    first = load_records(path, records_file)
    assert (first.added, first.unchanged) == (4, 0)
    before = dump(path)
    second = load_records(path, records_file)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 4)
    assert dump(path) == before


def test_every_fact_points_at_its_words_in_the_article(loaded_db):
    conn = sqlite3.connect(loaded_db)
    for table in ("awards", "official_mentions", "campaign_mentions", "events"):
        rows = conn.execute(f"SELECT a.text, f.text, f.span_start, f.span_end, f.sentence, f.extractor_version "
                            f"FROM {table} f JOIN articles a ON a.id = f.article_id").fetchall()
        assert rows, table
        for text, fact_text, start, end, sentence, version in rows:
            assert text[start:end] == fact_text and fact_text in sentence and version == VERSION


def test_a_changed_record_replaces_the_articles_facts(tmp_path, records_file):
    path = tmp_path / "tdkt.db"
    load_records(path, records_file)
    records = corpus()
    records[0]["awards"] = records[0]["awards"][:1]      # Đắk Song: one award left
    records[1]["officials"] = records[1]["officials"][:1]  # Krông Nô: Trần Thị Hoa no longer found
    report = load_records(path, write_jsonl(tmp_path / "v2.jsonl", records))
    assert (report.updated, report.unchanged) == (2, 2)
    conn = sqlite3.connect(path)
    awards = conn.execute("SELECT aw.code FROM awards aw JOIN articles a ON a.id = aw.article_id "
                          "WHERE a.key = 'daksong_2023'").fetchall()
    assert awards == [("bang_khen_bo_tinh",)]
    names = {r[0] for r in conn.execute("SELECT name FROM officials")}
    assert "Trần Thị Hoa" not in names and "Phạm Văn Bình" in names


@pytest.mark.parametrize("batch_size, kept", [(1, ["daksong_2023"]), (500, [])])
def test_an_interrupted_load_leaves_no_half_article(tmp_path, records_file, monkeypatch, batch_size, kept):
    path = tmp_path / "tdkt.db"
    calls = {"n": 0}
    real = FactWriter.official_id

    def failing(self, name):
        calls["n"] += 1
        if calls["n"] == 2:  # the second article's first official: its article row and event are written
            raise KeyboardInterrupt
        return real(self, name)

    monkeypatch.setattr(FactWriter, "official_id", failing)
    with pytest.raises(KeyboardInterrupt):
        load_records(path, records_file, batch_size=batch_size, **FIXED_CLOCK)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT key FROM articles")] == kept
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == len(kept)
    conn.close()
    monkeypatch.setattr(FactWriter, "official_id", real)
    report = load_records(path, records_file, **FIXED_CLOCK)
    assert (report.added, report.unchanged) == (4 - len(kept), len(kept))
    clean = tmp_path / "clean.db"
    load_records(clean, records_file, **FIXED_CLOCK)
    assert dump(path, with_migration_times=False) == dump(clean, with_migration_times=False)
    fts_integrity_check(path)


def test_an_interrupted_reextraction_keeps_the_old_facts(tmp_path, records_file, monkeypatch):
    path = tmp_path / "tdkt.db"
    load_records(path, records_file)
    before = dump(path)
    records = corpus()
    records[0]["awards"][0]["count"] = 7
    records[0]["title"] += " (cập nhật)"

    def failing(self, name):
        raise KeyboardInterrupt

    monkeypatch.setattr(FactWriter, "official_id", failing)
    with pytest.raises(KeyboardInterrupt):
        load_records(path, write_jsonl(tmp_path / "v2.jsonl", records))
    assert dump(path) == before
    fts_integrity_check(path)


def test_an_article_that_cannot_be_stored_is_skipped_and_its_batch_still_loads(tmp_path, records_file,
                                                                              monkeypatch):
    real = FactWriter.replace

    def refusing(self, article_id, facts, existed):
        if facts.key == "krongno_2023":
            real(self, article_id, facts, existed)
            raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")
        return real(self, article_id, facts, existed)

    monkeypatch.setattr(FactWriter, "replace", refusing)
    path = tmp_path / "tdkt.db"
    report = load_records(path, records_file)
    assert (report.added, report.problems) == (3, 1)
    assert "records.jsonl:2: cannot be stored (FOREIGN KEY constraint failed)" in report.messages[0]
    conn = sqlite3.connect(path)
    assert {r[0] for r in conn.execute("SELECT key FROM articles")} == {"daksong_2023", "sinho_2022", "sinho_quatet"}
    assert conn.execute("SELECT count(*) FROM official_mentions m JOIN officials o ON o.id = m.official_id "
                        "WHERE o.name = 'Trần Thị Hoa'").fetchone()[0] == 0
    conn.close()
    fts_integrity_check(path)


def test_a_killed_load_process_leaves_only_whole_articles(tmp_path):
    records_path = write_jsonl(tmp_path / "many.jsonl", many(2000))
    path = tmp_path / "tdkt.db"
    command = [sys.executable, "-m", "tdkt", "load", "--db", str(path), "--records", str(records_path), "--quiet",
               "--batch", "50"]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL, cwd=tmp_path)
    deadline = time.time() + 60
    while time.time() < deadline and process.poll() is None:
        time.sleep(0.05)
        try:
            if sqlite3.connect(path, timeout=1).execute("SELECT count(*) FROM articles").fetchone()[0] > 200:
                break
        except sqlite3.Error:
            continue
    process.send_signal(signal.SIGKILL)
    process.wait()
    conn = sqlite3.connect(path)
    loaded = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < loaded < 2000, "the load should have been killed part-way"
    expected = {rec["id"]: (len(rec["awards"]), int(bool(rec["place"]))) for rec in many(2000)}
    counts = conn.execute("SELECT a.key, (SELECT count(*) FROM awards WHERE article_id = a.id), "
                          "(SELECT count(*) FROM events WHERE article_id = a.id) FROM articles a").fetchall()
    for key, awards, events in counts:
        assert (awards, events) == expected[key]
    conn.close()
    fts_integrity_check(path)
    assert main(["load", "--db", str(path), "--records", str(records_path), "--quiet"]) == 0
    assert sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone()[0] == 2000


def test_malformed_records_are_reported_with_line_numbers_and_the_rest_loads(tmp_path, capsys):
    good = corpus()
    bad_count = json.loads(json.dumps(good[1]))
    bad_count["awards"][0]["count"] = "bốn mươi"
    path = tmp_path / "mixed.jsonl"
    write_jsonl(path, [good[0], '{"id": "broken", ', bad_count, "[1, 2, 3]", "", good[2]])
    with open(path, "ab") as out:
        out.write(b'{"id": "latin1", "title": "Kh\xe9n"}\n')
        out.write((json.dumps(good[3], ensure_ascii=False) + "\n").encode())
    db_path = tmp_path / "tdkt.db"
    assert main(["load", "--db", str(db_path), "--records", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:2: not valid JSON" in err
    assert f"{path}:3: awards[0].count: expected an integer" in err
    assert f"{path}:4: expected a JSON object" in err
    assert f"{path}:7: not UTF-8" in err
    assert "Traceback" not in err
    keys = {r[0] for r in sqlite3.connect(db_path).execute("SELECT key FROM articles")}
    assert keys == {"daksong_2023", "sinho_2022", "sinho_quatet"}


def _crawl_db(path, records):
    from tdkt.crawler import store

    conn = store.connect(path)
    for i, rec in enumerate(records):
        store.insert_article(conn, {"url": rec["url"], "canonical_url": rec["url"], "title": rec["title"],
                                    "published": rec["published"], "text": rec["text"], "source": "daknong",
                                    "content_hash": store.content_hash(rec["text"]), "fetched_at": "2024-01-02T03:04:05Z",
                                    "warc_file": "crawl-0001.warc.gz", "warc_offset": 1000 * i})
    conn.close()


def test_crawled_articles_are_extracted_once_then_skipped_until_their_text_changes(tmp_path):
    crawl_path = tmp_path / "crawl.db"
    records = corpus()[:2]
    _crawl_db(crawl_path, records)
    by_text = {rec["text"]: rec for rec in records}
    calls = []

    def extractor(text, **meta):
        calls.append(meta["url"])
        return {**by_text.get(text, records[0]), "id": meta["id"]}

    engine = {"extract": extractor, "extractor_version": engine_version()}
    db = connect(tmp_path / "tdkt.db")
    first = Loader(db, **engine).load(articles_from_crawl(str(crawl_path)))
    assert (first.added, first.extracted) == (2, 2)
    row = db.execute("SELECT warc_file, warc_offset, fetched_at, content_hash, source_id FROM articles "
                     "WHERE url = ?", (records[1]["url"],)).fetchone()
    assert row[0] == "crawl-0001.warc.gz" and row[1] == 1000 and row[2].startswith("2024") and row[3] and row[4]
    second = Loader(db, **engine).load(articles_from_crawl(str(crawl_path)))
    assert (second.unchanged, second.extracted) == (2, 0)

    from tdkt.crawler import store
    crawl = store.connect(crawl_path)
    new_text = records[1]["text"] + "\nBài viết được cập nhật."
    crawl.execute("UPDATE articles SET text = ?, content_hash = ? WHERE url = ?",
                  (new_text, store.content_hash(new_text), records[1]["url"]))
    crawl.close()
    third = Loader(db, **engine).load(articles_from_crawl(str(crawl_path)))
    assert (third.updated, third.unchanged, third.extracted) == (1, 1, 1)
    assert calls[-1] == records[1]["url"]


def test_load_runs_the_real_extractor_on_article_texts(tmp_path, capsys):
    articles = write_jsonl(tmp_path / "articles.jsonl", [article_of(r) for r in corpus()])
    db_path = tmp_path / "tdkt.db"
    assert main(["load", "--db", str(db_path), "--articles", str(articles)]) == 0
    assert "4 added" in capsys.readouterr().err
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM awards").fetchone()[0] > 0
    assert conn.execute("SELECT count(DISTINCT extractor_version) FROM articles").fetchone()[0] == 1
    assert main(["load", "--db", str(db_path), "--articles", str(articles)]) == 0
    assert "4 unchanged" in capsys.readouterr().err


def test_a_corrupt_database_gives_a_clear_message(tmp_path, records_file, capsys):
    bad = tmp_path / "tdkt.db"
    bad.write_bytes(b"this is not a database, just some bytes " * 100)
    assert main(["load", "--db", str(bad), "--records", str(records_file)]) == 2
    err = capsys.readouterr().err
    assert "not a SQLite database or is corrupt" in err and "Traceback" not in err


def test_a_locked_database_gives_a_clear_message(loaded_db, records_file, capsys):
    holder = sqlite3.connect(loaded_db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        records = corpus()
        records[0]["title"] += " (sửa)"
        changed = write_jsonl(records_file.parent / "changed.jsonl", records)
        started = time.time()
        assert main(["load", "--db", str(loaded_db), "--records", str(changed), "--wait", "0.2"]) == 2
        assert time.time() - started < 10
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert "is locked by another process" in err and "Traceback" not in err


def test_nothing_to_load_is_explained(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["load"]) == 2
    assert "nothing to load" in capsys.readouterr().err


def test_memory_stays_flat_however_many_articles_are_loaded(tmp_path):
    db = connect(tmp_path / "tdkt.db")
    loader = Loader(db)
    items = (Item(f"gen:{i}", record=rec) for i, rec in enumerate(many(2100)))
    loader.load(itertools.islice(items, 600))  # imports done, bounded caches (statements, URLs) full

    def held_after(count: int) -> int:
        loader.load(itertools.islice(items, count))
        gc.collect()
        return tracemalloc.get_traced_memory()[0]

    tracemalloc.start()
    try:
        after_300, after_1500 = held_after(300), held_after(1200)
    finally:
        tracemalloc.stop()
        db.conn.close()
    assert loader.report.added == 2100
    assert after_1500 - after_300 < 32 * 1024, (after_300, after_1500)


def test_records_file_missing_is_a_clear_error(tmp_path, capsys):
    assert main(["load", "--db", str(tmp_path / "t.db"), "--records", str(tmp_path / "nope.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_crawl_db_that_is_not_one_is_a_clear_error(tmp_path, capsys):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (y)")
    assert main(["load", "--db", str(tmp_path / "t.db"), "--crawl-db", str(other)]) == 2
    assert "not a crawl database" in capsys.readouterr().err
