"""A bulk load's full-text index, built beside the load while it runs and copied in at its end, is the
index a plain load makes, word for word; whenever it could differ, the load fills it from the articles
as before."""
from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

import pytest

from tdkt.schema import fulltext_beside
from tdkt.schema.db import connect
from tdkt.schema.inputs import Item
from tdkt.schema.load import Loader
from tdkt.schema.search import search
from db_corpus import corpus
from db_helpers import index_tokens, kill_bulk_load

CLOCK = lambda: "2024-01-01T00:00:00+00:00"  # noqa: E731 - loaded_at is the same in every database
VILLAGES = ("Nà Khương", "Pá Vầy Sủ", "Đồng Tâm", "Bản Liền", "Thượng Đức", "Ea Kiết", "Tà Lèng", "Đắk Mar")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    """Forty articles of our own: the test corpus again under other ids, each village's commendation its
    own words, so every batch brings words the others do not have."""
    base = corpus()
    out = []
    for number in range(40):
        record = copy.deepcopy(base[number % len(base)])
        village = VILLAGES[number % len(VILLAGES)]
        record["id"], record["url"] = f"bai-{number}", f"{record['url']}-{number}"
        record["title"] = f"{record['title']} (xã {village}, đợt {number})"
        record["text"] = f"{record['text']}\nXã {village} biểu dương {number + 3} hộ đạt danh hiệu Gia đình văn hóa."
        out.append(record)
    return out


def load(path: Path, records: list[dict], *, statements: list | None = None, **options):
    db = connect(path)
    if statements is not None:
        db.conn.set_trace_callback(statements.append)
    try:
        return Loader(db, clock=CLOCK, **options).load(Item(f"record {r['id']}", record=copy.deepcopy(r))
                                                       for r in records)
    finally:
        db.conn.close()



def rebuilt(statements: list[str]) -> bool:
    return any("'rebuild'" in s for s in statements)


def test_the_index_built_beside_a_bulk_load_is_the_index_a_plain_load_makes(tmp_path, records):
    plain, bulk = tmp_path / "plain.db", tmp_path / "bulk.db"
    load(plain, records, bulk=False)
    statements = []
    report = load(bulk, records, bulk=True, batch_size=6, statements=statements)
    assert report.added == len(records)
    assert not rebuilt(statements)  # copied in, not filled from the articles again
    assert index_tokens(bulk) == index_tokens(plain)
    assert not Path(f"{bulk}-bulk-fts").exists()
    hits = search(sqlite3.connect(bulk), "Pá Vầy Sủ", limit=50)
    assert len(hits) == 5


def test_the_loads_connection_reads_and_extends_the_copied_index(tmp_path, records):
    """The connection that bulk-loaded goes on to a plain load: its full-text index is the copied one,
    not what it knew before the copy."""
    plain, bulk = tmp_path / "plain.db", tmp_path / "bulk.db"
    load(plain, records, bulk=False)
    db = connect(bulk)
    try:
        Loader(db, clock=CLOCK, bulk=True, batch_size=6).load(
            Item(f"record {r['id']}", record=copy.deepcopy(r)) for r in records[:30])
        assert db.conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'khuong'").fetchone()[0] == 4
        Loader(db, clock=CLOCK, bulk=False).load(
            Item(f"record {r['id']}", record=copy.deepcopy(r)) for r in records[30:])
    finally:
        db.conn.close()
    assert index_tokens(bulk) == index_tokens(plain)


def test_an_article_changed_within_the_bulk_load_is_indexed_as_it_ends(tmp_path, records):
    plain, bulk = tmp_path / "plain.db", tmp_path / "bulk.db"
    changed = dict(copy.deepcopy(records[2]), title="Tin đã sửa", text="Xã Mường Tè khen thưởng đội văn nghệ.")
    load(plain, [*records, changed], bulk=False)
    statements = []
    load(bulk, [*records, changed], bulk=True, batch_size=6, statements=statements)
    assert not rebuilt(statements)
    assert index_tokens(bulk) == index_tokens(plain)


def test_an_article_another_writer_stores_during_the_bulk_load_is_in_its_index(tmp_path, records):
    plain, bulk = tmp_path / "plain.db", tmp_path / "bulk.db"
    load(plain, records, bulk=False)

    def with_another_writer():
        for number, record in enumerate(records[:-1]):
            if number == 18:  # after three batches, another connection stores the last article
                load(bulk, records[-1:], bulk=False)
            yield Item(f"record {record['id']}", record=copy.deepcopy(record))

    db = connect(bulk)
    try:
        Loader(db, clock=CLOCK, bulk=True, batch_size=6).load(with_another_writer())
    finally:
        db.conn.close()
    keys = lambda path: sorted(r[0] for r in sqlite3.connect(path).execute("SELECT key FROM articles"))  # noqa: E731
    assert keys(bulk) == keys(plain)
    words = lambda path: sorted((term, col) for term, _, col, _ in index_tokens(path))  # noqa: E731
    assert words(bulk) == words(plain)  # the same words (the articles' ids differ: stored in another order)


def test_an_article_another_writer_changes_after_the_index_was_built_has_it_filled_again(tmp_path, records,
                                                                                        monkeypatch):
    """Another load rewrites an article after the bulk load's last batch, once the index beside it is
    built: that index is not copied in, the index is filled from the articles as they are."""
    from tdkt.schema import bulkload

    monkeypatch.setattr(bulkload, "AFTER_ITEMS", 10)  # the first ten written as a plain load writes them
    plain, bulk = tmp_path / "plain.db", tmp_path / "bulk.db"
    changed = dict(copy.deepcopy(records[2]), title="Tin đã sửa", text="Xã Mường Tè khen thưởng đội văn nghệ.")
    load(plain, [*records, changed], bulk=False)
    real_resolve = Loader.resolve

    def resolve(self):
        if self._fulltext is not None:  # the bulk load's end
            self._fulltext._thread.join()  # the index beside it is built ...
            load(bulk, [changed], bulk=False)  # ... when another connection rewrites an article
        real_resolve(self)

    monkeypatch.setattr(Loader, "resolve", resolve)
    statements = []
    load(bulk, records, batch_size=6, statements=statements)
    assert rebuilt(statements)
    assert index_tokens(bulk) == index_tokens(plain)


def test_a_failure_beside_the_load_has_the_index_filled_from_the_articles(tmp_path, records, monkeypatch):
    def broken(self, side):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(fulltext_beside.FullTextBeside, "_build", broken)
    plain, bulk = tmp_path / "plain.db", tmp_path / "bulk.db"
    load(plain, records, bulk=False)
    statements = []
    report = load(bulk, records, bulk=True, batch_size=6, statements=statements)
    assert report.added == len(records) and not report.problems
    assert rebuilt(statements)
    assert index_tokens(bulk) == index_tokens(plain)


def test_a_killed_bulk_load_leaves_the_index_to_the_next_load_and_no_file_behind(tmp_path, records):
    plain, path = tmp_path / "plain.db", tmp_path / "tdkt.db"
    load(plain, records, bulk=False)
    kill_bulk_load(path, (Item(f"record {r['id']}", record=copy.deepcopy(r)) for r in records[:25]),
                   batch_size=6, clock=CLOCK)
    leftover = Path(f"{path}-bulk-fts")
    assert not leftover.exists()
    leftover.write_bytes(b"what a load killed by the system leaves")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 24  # four batches committed
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'khen'").fetchone()[0] == 0
    conn.close()
    load(path, records[24:], bulk=False)
    assert not leftover.exists()
    assert index_tokens(path) == index_tokens(plain)


def indexes(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    finally:
        conn.close()


def test_a_bulk_load_killed_after_its_groups_and_persons_leaves_the_rest_to_the_next_load(tmp_path, records,
                                                                                         monkeypatch):
    """The indexes of what the end of a bulk load writes are built after it, with the full-text index: a
    load killed between the two leaves both listed, and the next load builds them."""
    plain, path = tmp_path / "plain.db", tmp_path / "tdkt.db"
    load(plain, records, bulk=False)
    monkeypatch.setattr(Loader, "_after_the_end", lambda self: None)  # killed there
    load(path, records[:30], bulk=True, batch_size=6)
    assert indexes(path) != indexes(plain)
    assert not Path(f"{path}-bulk-fts").exists()
    monkeypatch.undo()
    load(path, records[30:], bulk=False)
    assert indexes(path) == indexes(plain)
    assert index_tokens(path) == index_tokens(plain)


def test_a_bulk_load_ends_with_every_index_a_plain_load_has(tmp_path, records):
    plain, bulk = tmp_path / "plain.db", tmp_path / "bulk.db"
    load(plain, records, bulk=False)
    load(bulk, records, bulk=True, batch_size=6)
    assert indexes(bulk) == indexes(plain)
