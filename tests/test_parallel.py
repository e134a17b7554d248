"""Extraction on every core: the same records as one process, in input order, with bounded read-ahead."""
from __future__ import annotations

import json
import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from tdkt.cli import main
from tdkt.parallel import MIN_PARALLEL, SKIPPED, OrderedPool, _sendable, extract_records, usable_cores, worker_count

CORPUS = Path(__file__).resolve().parent / "corpus"


def corpus_lines() -> list[str]:
    """The project's own written articles (dev_a, dev_b, test_c), one JSON line each."""
    return [line for name in ("dev_a", "dev_b", "test_c")
            for line in (CORPUS / name / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()][:MIN_PARALLEL + 6]  # just past the size from which a pool is started


@pytest.fixture(scope="module")
def articles_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("articles") / "articles.jsonl"
    path.write_text("\n".join(corpus_lines()) + "\n", encoding="utf-8")
    return path


def test_two_workers_write_the_same_records_in_the_same_order_as_one(articles_file, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", "--jsonl", str(articles_file), "-o", str(one), "--workers", "1"]) == 0
    assert main(["extract", "--jsonl", str(articles_file), "-o", str(two), "--workers", "2"]) == 0
    ids = [json.loads(line)["id"] for line in corpus_lines()]
    assert len(ids) > MIN_PARALLEL  # so two workers are started
    assert [json.loads(line)["id"] for line in two.read_text(encoding="utf-8").splitlines()] == ids
    assert two.read_bytes() == one.read_bytes()


def test_guide_only_records_from_two_workers_are_those_of_one(articles_file, tmp_path):
    # the workers write the JSON lines themselves: the GUIDE's view and the warnings must survive it
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", "--jsonl", str(articles_file), "-o", str(one), "--workers", "1", "--guide-only"]) == 0
    assert main(["extract", "--jsonl", str(articles_file), "-o", str(two), "--workers", "2", "--guide-only"]) == 0
    assert two.read_bytes() == one.read_bytes()
    assert all(set(json.loads(line)) == {"id", "relevant", "event", "place", "officials", "campaigns", "awards",
                                         "author"} for line in two.read_text(encoding="utf-8").splitlines())


def test_an_article_that_breaks_the_engine_is_reported_and_the_others_kept(tmp_path, monkeypatch, capsys):
    import tdkt.extract.pipeline as engine

    extract = engine.extract_article

    def fragile(text, **meta):
        if meta["id"] == "broken":
            raise ValueError("a bug met on this article")
        return extract(text, **meta)

    monkeypatch.setattr(engine, "extract_article", fragile)
    path = tmp_path / "three.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": "UBND xã Tân Lập tặng Giấy khen cho 3 tập thể."})
                              for i in ("fine", "broken", "fine too")) + "\n", encoding="utf-8")
    assert main(["extract", "--jsonl", str(path), "--workers", "1"]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["fine", "fine too"]
    assert "broken: internal error (ValueError: a bug met on this article)" in err


def test_an_error_that_cannot_travel_between_processes_still_says_what_it_was():
    class Unpicklable(Exception):
        def __reduce__(self):
            raise TypeError("no")

    sent = _sendable(Unpicklable("lost lock"))
    assert isinstance(sent, RuntimeError) and str(sent) == "Unpicklable: lost lock"
    assert isinstance(_sendable(ValueError("x")), ValueError)


def test_the_pool_reads_a_bounded_stretch_ahead_and_keeps_skipped_items_in_place():
    read = []

    def numbers():
        for n in range(100_000):
            read.append(n)
            yield n

    pool = OrderedPool(2, chunk=4, ahead=2, min_parallel=0, engine=False)
    results = pool.map(abs, numbers(), wanted=lambda n: n % 3 != 0, argument=lambda n: -n)
    first = [next(results) for _ in range(50)]
    assert first == [(n, SKIPPED if n % 3 == 0 else n) for n in range(50)]
    assert len(read) <= 50 + pool.max_pending + pool.chunk  # never the whole stream
    results.close()


def test_a_long_stream_with_nothing_to_extract_starts_no_worker_and_is_not_read_ahead():
    read = []

    def records():
        for n in range(100_000):
            read.append(n)
            yield n

    before = set(multiprocessing.active_children())
    pool = OrderedPool(2, min_parallel=8, engine=False)
    results = pool.map(abs, records(), wanted=lambda n: False)
    assert [next(results) for _ in range(1000)] == [(n, SKIPPED) for n in range(1000)]
    assert len(read) <= 1000 + pool.max_pending and not set(multiprocessing.active_children()) - before
    results.close()


def test_workers_default_to_the_usable_cores():
    assert worker_count(None) == usable_cores() >= 1
    assert worker_count(3) == 3


def stored_records(db: Path) -> dict:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT key, record_hash FROM articles"))


def test_load_with_two_workers_stores_what_one_stores_and_extracts_nothing_twice(articles_file, tmp_path, capsys):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert main(["load", "--articles", str(articles_file), "--db", str(one), "--workers", "1", "--quiet"]) == 0
    assert main(["load", "--articles", str(articles_file), "--db", str(two), "--workers", "2", "--quiet"]) == 0
    assert "extracted" in capsys.readouterr().err
    assert stored_records(two) == stored_records(one) and len(stored_records(one)) == len(corpus_lines())

    assert main(["load", "--articles", str(articles_file), "--db", str(two), "--workers", "2", "--quiet"]) == 0
    assert f"{len(corpus_lines())} unchanged, 0 skipped; 0 extracted" in capsys.readouterr().err
