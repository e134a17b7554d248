"""Hostile input: every JSON Lines reader isolates a bad line, reports it with its number and goes on.

A line nested 2,000 deep, an integer of 5,000 digits, a lone surrogate, NaN,
invalid UTF-8, an over-long line, a byte-order mark: none may end a run or
lose the lines around it. Hypothesis throws arbitrary lines at the reader
and arbitrary values into records given to the loader.
"""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tdkt.cli import main

ARTICLE = ("Huyện Mường Nhé tổng kết công tác thi đua năm 2022\n"
           "Ngày 6/1/2023, UBND huyện Mường Nhé tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.\n"
           "Dịp này, UBND huyện tặng Giấy khen cho 12 tập thể và 25 cá nhân.\n")
BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _article(id: str, text: str = ARTICLE) -> bytes:
    return json.dumps({"id": id, "text": text, "url": f"https://muongnhe.dienbien.gov.vn/tin/{id}"},
                      ensure_ascii=False).encode()


HOSTILE_LINES = {  # line number in the file → (bytes, what the report says)
    2: (b'{"id": "deep", "text": ' + b"[" * 2000 + b"]" * 2000 + b"}", "nested too deeply"),
    3: (b'{"id": "big", "text": "x", "n": ' + b"9" * 5000 + b"}", "digits"),
    4: (b'{"id": "surrogate", "text": "Thi \\ud800 \xc4\x91ua"}', "surrogate"),
    5: (b'{"id": "latin1", "text": "thi \xf0ua"}', "not UTF-8"),
    6: (b'{"id": "nan", "text": "x", "score": NaN}', "NaN"),
    7: (b"{broken", "not valid JSON"),
}


def _hostile_file(path):
    lines = [b"\xef\xbb\xbf" + _article("first")] + [HOSTILE_LINES[n][0] for n in sorted(HOSTILE_LINES)]
    path.write_bytes(b"\n".join(lines + [_article("last")]) + b"\n")
    return path


def test_extract_jsonl_reports_each_hostile_line_and_extracts_the_others(tmp_path, capsys):
    path = _hostile_file(tmp_path / "in.jsonl")
    code = main(["extract", "--jsonl", str(path)])
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["first", "last"]  # the BOM loses nothing
    assert code == 1 and "Traceback" not in err
    for number, (_, said) in HOSTILE_LINES.items():
        assert f"in.jsonl:{number}: " in err and said in err


def test_load_reports_each_hostile_line_and_stores_the_others(tmp_path, capsys):
    path = _hostile_file(tmp_path / "in.jsonl")
    db = tmp_path / "tdkt.db"
    code = main(["load", "--articles", str(path), "--db", str(db), "--quiet"])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err
    for number, (_, said) in HOSTILE_LINES.items():
        assert f"in.jsonl:{number}: " in err and said in err
    keys = sorted(row[0] for row in sqlite3.connect(db).execute("SELECT key FROM articles"))
    assert keys == ["first", "last"]


def test_a_lone_surrogate_in_a_record_loses_only_its_own_line(tmp_path, capsys):
    """The surrogate used to roll the whole batch back: 0 articles stored."""
    from tdkt.extract import extract_article

    good = [extract_article(ARTICLE, id=f"a{i}", url=f"https://muongnhe.dienbien.gov.vn/tin/a{i}") for i in range(3)]
    bad = dict(good[1], id="bad", url="https://muongnhe.dienbien.gov.vn/tin/bad", title="Thi \ud800 đua")
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [good[0], bad, good[1], good[2]]) + "\n")
    db = tmp_path / "tdkt.db"
    code = main(["load", "--records", str(path), "--db", str(db), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1 and "records.jsonl:2: " in err and "surrogate" in err
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3


def test_eval_skips_a_bad_line_with_its_number_and_scores_the_rest(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b'{"id": "a", "relevant": true}\n' + b"[" * 3000 + b"\n" + b'{"id": "b", "relevant": false}\n')
    code = main(["eval", str(gold), str(gold), "--json"])
    out, err = capsys.readouterr()
    assert "gold.jsonl:2: " in err and "nested too deeply" in err and "Traceback" not in err
    assert json.loads(out)  # the two good lines were scored
    assert code == 1


def test_an_over_long_line_is_skipped_without_reading_it_whole(tmp_path):
    from tdkt import jsonlines

    path = tmp_path / "long.jsonl"
    path.write_bytes(b'{"id": "a"}\n' + b'{"x": "' + b"y" * 3000 + b'"}\n' + b'{"id": "b"}\n')
    lines = list(jsonlines.read(str(path), max_line_bytes=1000))
    assert [line.value for line in lines if line.problem is None] == [{"id": "a"}, {"id": "b"}]
    [long] = [line for line in lines if line.problem]
    assert long.origin.endswith(":2") and "longer than 1,000 bytes" in long.problem


# -- hypothesis -------------------------------------------------------------------------------
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                           max_leaves=20)
hostile_lines = st.one_of(
    st.binary(max_size=200).map(lambda b: b.replace(b"\n", b" ")),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.text(max_size=100).map(lambda t: t.replace("\n", " ").encode("utf-8", "surrogatepass")),
    st.integers(1, 3000).map(lambda depth: b"[" * depth + b"]" * depth),
)


@BOUNDED
@given(lines=st.lists(hostile_lines, max_size=8))
def test_the_reader_gives_one_answer_per_line_and_never_raises(tmp_path_factory, lines):
    from tdkt import jsonlines

    path = tmp_path_factory.mktemp("h") / "h.jsonl"
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    answers = list(jsonlines.read(str(path)))
    unmarked = [line[3:] if n == 1 and line.startswith(b"\xef\xbb\xbf") else line for n, line in enumerate(lines, 1)]
    assert [int(a.origin.rsplit(":", 1)[1]) for a in answers] == [n for n, line in enumerate(unmarked, 1)
                                                                  if line.strip()]
    for answer in answers:
        if answer.problem is None:
            json.dumps(answer.value, ensure_ascii=False).encode("utf-8")  # only real text gets through


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory):
    """A new tdkt database, made once (its reference tables take a second) and copied per example."""
    from tdkt.schema.db import connect

    path = tmp_path_factory.mktemp("empty") / "tdkt.db"
    db = connect(path)
    from tdkt.schema.load import Loader
    Loader(db)  # fills the reference tables
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


@pytest.fixture(scope="module")
def good_record():
    from tdkt.extract import extract_article

    return extract_article(ARTICLE, id="good", url="https://muongnhe.dienbien.gov.vn/tin/good")


@BOUNDED
@given(field=st.sampled_from(["title", "published", "url", "relevance", "awards", "officials", "event", "place",
                              "campaigns", "author", "relevant", "id"]),
       value=json_values)
def test_a_record_with_any_value_anywhere_is_stored_or_reported_never_a_traceback(tmp_path_factory, empty_db,
                                                                                  good_record, field, value):
    from tdkt.schema.db import connect
    from tdkt.schema.inputs import records_from_jsonl
    from tdkt.schema.load import Loader

    directory = tmp_path_factory.mktemp("r")
    shutil.copyfile(empty_db, directory / "tdkt.db")
    odd = {**good_record, "id": "odd", "url": "https://muongnhe.dienbien.gov.vn/tin/odd", field: value}
    path = directory / "records.jsonl"
    path.write_text(json.dumps(odd) + "\n" + json.dumps(good_record) + "\n")
    db = connect(directory / "tdkt.db")
    try:
        report = Loader(db).load(records_from_jsonl(str(path)))
    finally:
        db.conn.close()
    assert report.added + report.problems >= 1 and report.read + report.problems >= 2
    stored = {row[0] for row in sqlite3.connect(directory / "tdkt.db").execute("SELECT key FROM articles")}
    assert "good" in stored


def test_the_loader_keeps_the_batch_when_one_item_cannot_be_encoded(tmp_path):
    """Items handed to the loader directly (not through the reader) are guarded too."""
    from tdkt.extract import extract_article
    from tdkt.schema.db import connect
    from tdkt.schema.inputs import Item
    from tdkt.schema.load import Loader

    records = [extract_article(ARTICLE, id=f"a{i}", url=f"https://muongnhe.dienbien.gov.vn/tin/a{i}") for i in range(4)]
    records[1]["title"] = "Thi \ud800 đua"
    records[2]["awards"][0]["count"] = 2 ** 70
    db = connect(tmp_path / "tdkt.db")
    try:
        report = Loader(db).load(Item(f"item {i}", record=r) for i, r in enumerate(records))
    finally:
        db.conn.close()
    assert report.added == 2 and report.problems == 2
    assert "item 1: cannot be stored (a lone surrogate '\\ud800' is not text)" in report.messages[0]


# -- one article cannot blow up the output ----------------------------------------------------
REPEATED_CLAUSE = "UBND huyện tặng Giấy khen cho {} tập thể và 25 cá nhân; "


def test_a_repeated_award_clause_is_capped_with_a_warning():
    from tdkt.extract import extract_article
    from tdkt.extract.pipeline import MAX_FACTS_PER_ARTICLE

    # 70 KB of one clause, its count varied (a sentence printed twice is read once)
    text = "Hội nghị tổng kết công tác thi đua khen thưởng năm 2023\n" + "".join(
        REPEATED_CLAUSE.format(12 + i) for i in range(1200))
    record = extract_article(text, id="bomb")
    cap = MAX_FACTS_PER_ARTICLE["awards"]
    assert len(record["awards"]) == cap
    assert any("awards" in w and f"first {cap:,}" in w for w in record["warnings"])
    assert len(json.dumps(record, ensure_ascii=False)) < 2_000_000


def test_the_loader_refuses_a_record_with_more_facts_than_any_article_has(tmp_path):
    from tdkt.extract import extract_article
    from tdkt.schema.db import connect
    from tdkt.schema.facts import MAX_FACTS_PER_RECORD
    from tdkt.schema.inputs import Item
    from tdkt.schema.load import Loader

    record = extract_article(ARTICLE, id="huge", url="https://muongnhe.dienbien.gov.vn/tin/huge")
    record["awards"] = record["awards"][:1] * (MAX_FACTS_PER_RECORD + 1)
    db = connect(tmp_path / "tdkt.db")
    try:
        report = Loader(db).load([Item("huge.jsonl:1", record=record)])
    finally:
        db.conn.close()
    assert report.added == 0 and "huge.jsonl:1: awards: " in report.messages[0]


# -- the input check reads the whole text -----------------------------------------------------
PLAIN = ("Huyện Mường Nhé tổng kết công tác thi đua, khen thưởng năm 2022 với nhiều tập thể được biểu dương. "
         * 300)  # 30 KB of plain article text


def test_nul_bytes_past_the_first_kilobytes_are_refused(tmp_path, capsys):
    from tdkt.extract import extract_article

    record = extract_article(PLAIN + "\x00\x00 binary tail")
    assert record["warnings"] and "binary" in record["warnings"][0]
    path = tmp_path / "late-nul.txt"
    path.write_bytes(PLAIN.encode() + b"\x00\x01\x02")
    code = main(["extract", str(path)])
    assert code == 1 and "binary" in capsys.readouterr().err


def test_html_past_the_first_kilobytes_is_refused():
    from tdkt.extract import extract_article

    markup = "".join(f'<div class="item"><a href="/tin/{i}">Tin {i}</a></div>\n' for i in range(20))
    record = extract_article(PLAIN + markup)
    assert record["warnings"] and "HTML" in record["warnings"][0]


@BOUNDED
@given(prefix=st.integers(0, 40_000), poison=st.sampled_from(["\x00", "<html><body><div><p>" * 4]))
def test_the_check_finds_the_poison_wherever_it_is(prefix, poison):
    from tdkt.extract.sanity import InputProblem, check_text

    text = (PLAIN * 2)[:prefix] + poison + PLAIN[:1000]
    try:
        check_text(text)
    except InputProblem:
        return
    raise AssertionError(f"{poison!r} at {prefix} passed the check")


numbers_at_the_edges = st.one_of(st.integers(-2 ** 65, 2 ** 65), st.sampled_from([2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1,
                                 2 ** 64, -2 ** 63, -2 ** 63 - 1, 10 ** 30]), st.floats(allow_nan=False))


@BOUNDED
@given(lines=st.lists(st.one_of(hostile_lines, numbers_at_the_edges.map(lambda n: json.dumps({"n": n}).encode()),
                                st.text(max_size=50).map(lambda t: json.dumps({"t": t}).encode())), max_size=8))
def test_the_fast_json_reader_reads_every_line_as_the_standard_library_does(lines, monkeypatch):
    """orjson reads the lines when installed: the same values (an integer past 64 bits stays exact, never a
    float) and the same problems, word for word, as the standard library's json."""
    from tdkt import jsonlines

    fast = [jsonlines.parse(line, "x:1") for line in lines]
    with monkeypatch.context() as patched:
        patched.setattr(jsonlines, "_fast_loads", None)
        plain = [jsonlines.parse(line, "x:1") for line in lines]
    assert [(a.problem, repr(a.value)) for a in fast] == [(b.problem, repr(b.value)) for b in plain]


def test_a_line_nested_past_what_json_reads_is_too_deep_whichever_reader_is_installed(monkeypatch):
    """orjson reads 1,024 levels, json about 1,000 (less the caller's depth): between the two, the line is
    still refused as too deep."""
    from tdkt import jsonlines

    for depth in range(900, 1100, 3):
        line = b"[" * depth + b"]" * depth
        fast = jsonlines.parse(line, "x:1")
        with monkeypatch.context() as patched:
            patched.setattr(jsonlines, "_fast_loads", None)
            plain = jsonlines.parse(line, "x:1")
        assert (fast.problem, repr(fast.value)) == (plain.problem, repr(plain.value)), depth
