"""``tdkt process``: shards in, record shards and completion markers out; resumable, local or on Dask."""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tdkt.cli import main
from tdkt.extract import engine_version

CORPUS = Path(__file__).resolve().parent / "corpus"
REPO = Path(__file__).resolve().parent.parent


def write_shards(directory: Path, count: int, per_shard: int) -> list[Path]:
    """``count`` article shards cut from the project's own written articles."""
    lines = [line for name in ("dev_a", "dev_b", "test_c", "test_d")
             for line in (CORPUS / name / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = directory / f"part-{number:03d}.jsonl"
        path.write_text("\n".join(lines[number * per_shard:(number + 1) * per_shard]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def outputs(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.glob("*.records.jsonl"))}


def markers(directory: Path) -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.done"))}


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory):
    """Eight shards processed once, in this process: the outputs every other run must equal."""
    base = tmp_path_factory.mktemp("clean")
    write_shards(base / "shards", 8, 5)
    assert main(["process", str(base / "shards"), "--out", str(base / "out"), "--workers", "1", "--quiet"]) == 0
    return base


def test_each_shard_gets_its_records_and_a_marker_saying_what_it_came_from(clean_run, tmp_path):
    out = clean_run / "out"
    assert sorted(outputs(out)) == [f"part-{n:03d}.records.jsonl" for n in range(8)]
    shard = clean_run / "shards" / "part-001.jsonl"
    marker = markers(out)["part-001.done"]
    assert marker["input"]["size"] == shard.stat().st_size and len(marker["input"]["sha256"]) == 64
    assert marker["records"] == 5 and marker["problems"] == 0
    assert marker["extractor_version"] == engine_version() and marker["seconds"] >= 0

    # the records are `tdkt extract`'s, in input order, each with its article text
    assert main(["extract", "--jsonl", str(shard), "-o", str(tmp_path / "x.jsonl"), "--workers", "1"]) == 0
    extracted = [json.loads(line) for line in (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()]
    records = [json.loads(line) for line in (out / "part-001.records.jsonl").read_text(encoding="utf-8").splitlines()]
    articles = [json.loads(line) for line in shard.read_text(encoding="utf-8").splitlines()]
    assert [{k: v for k, v in r.items() if k != "text"} for r in records] == extracted
    assert [r["text"] for r in records] == [a["text"] for a in articles]


def test_a_rerun_skips_finished_shards_and_redoes_changed_ones(clean_run, tmp_path, capsys):
    shards, out = tmp_path / "shards", tmp_path / "out"
    write_shards(shards, 3, 2)
    assert main(["process", str(shards), "--out", str(out), "--workers", "1"]) == 0
    before = markers(out)
    capsys.readouterr()

    assert main(["process", str(shards), "--out", str(out), "--workers", "1"]) == 0
    assert "0 shards processed (0 records, 0 problems), 3 already done" in capsys.readouterr().err
    assert markers(out) == before

    # a shard whose input changed, and one extracted by another engine version, are done again
    changed = shards / "part-000.jsonl"
    changed.write_text(changed.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    old = out / "part-002.done"
    old.write_text(json.dumps({**before["part-002.done"], "extractor_version": "0.0.1+rules.old"}), encoding="utf-8")
    assert main(["process", str(shards), "--out", str(out), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "2 shards processed (3 records, 0 problems), 1 already done" in err
    assert markers(out)["part-000.done"]["records"] == 1
    assert markers(out)["part-001.done"] == before["part-001.done"]


def test_a_killed_run_loses_only_the_shards_in_flight(clean_run, tmp_path):
    shards, out = tmp_path / "shards", tmp_path / "out"
    write_shards(shards, 8, 5)
    command = [sys.executable, "-m", "tdkt", "process", str(shards), "--out", str(out), "--workers", "2"]
    process = subprocess.Popen(command, cwd=tmp_path, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(out.glob("*.done")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGKILL)  # the run and its workers, as a power cut would
    process.wait()
    finished = markers(out)
    assert 1 <= len(finished) < 8, "the run was to be killed part-way"

    assert main(["process", str(shards), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    after = markers(out)
    assert len(after) == 8
    assert all(after[name] == marker for name, marker in finished.items())  # finished shards not done again
    assert outputs(out) == outputs(clean_run / "out")
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_rerun_clears_the_half_written_files_a_killed_run_left(clean_run, tmp_path):
    shards, out = tmp_path / "shards", tmp_path / "out"
    write_shards(shards, 8, 5)
    out.mkdir()
    left = [out / ".part-001.records.jsonl.424242.tmp", out / ".part-001.done.424242.tmp"]  # killed while writing
    for path in left:
        path.write_text('{"half": ', encoding="utf-8")
    assert main(["process", str(shards), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert outputs(out) == outputs(clean_run / "out") and len(markers(out)) == 8


def test_a_local_dask_cluster_writes_the_same_shards(clean_run, tmp_path, capsys):
    pytest.importorskip("dask.distributed")
    out = tmp_path / "out"
    code = main(["process", str(clean_run / "shards"), "--out", str(out), "--scheduler", "local", "--workers", "2"])
    assert code == 0, capsys.readouterr().err
    assert outputs(out) == outputs(clean_run / "out")
    assert {m["records"] for m in markers(out).values()} == {5}


def test_without_dask_the_scheduler_option_says_how_to_install_it(clean_run, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import fails as if not installed
    assert main(["process", str(clean_run / "shards"), "--out", str(tmp_path / "out"), "--scheduler", "local"]) == 2
    assert "pip install 'tdkt[dask]'" in capsys.readouterr().err
    assert not list((tmp_path / "out").glob("*.done")) if (tmp_path / "out").exists() else True


def write_warc(path: Path, pages: list[tuple[str, str, str, list[str]]]) -> None:
    """A WARC file of archived article pages (url, title, date, paragraphs), written in our own words."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for url, title, date, paragraphs in pages:
            html = (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>'
                    f'<meta property="article:published_time" content="{date}"></head><body>'
                    f'<nav><a href="/">Trang chủ</a></nav><article><h1>{title}</h1>'
                    + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html),
                                                          http_headers=headers))


def test_a_warc_shard_is_cleaned_again_offline_and_extracted(tmp_path, capsys):
    url = "https://tanlap.example.gov.vn/tin-tuc/khen-thuong-2024.html"
    write_warc(tmp_path / "crawl-01.warc.gz", [(url, "Huyện Tân Lập khen thưởng 12 tập thể năm 2024", "2024-12-20", [
        "Sáng 19/12, UBND huyện Tân Lập tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
        "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể có thành tích xuất sắc trong phong trào thi đua."])])
    assert main(["process", str(tmp_path / "crawl-01.warc.gz"), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    [record] = [json.loads(line) for line in (tmp_path / "out" / "crawl-01.records.jsonl").read_text().splitlines()]
    assert record["id"] == record["url"] == url and record["published"] == "2024-12-20"
    assert "12 tập thể" in record["text"] and record["warc_file"] == "crawl-01.warc.gz"
    assert any(award["count"] == 12 for award in record["awards"])
    assert markers(tmp_path / "out")["crawl-01.done"]["kind"] == "warc"


@pytest.mark.parametrize("setup, message", [
    (lambda d: None, "no such shard"),
    (lambda d: (d / "missing").write_text("x"), "not a shard"),
])
def test_bad_shards_get_a_clear_message(tmp_path, capsys, setup, message):
    setup(tmp_path)
    assert main(["process", str(tmp_path / "missing"), "--out", str(tmp_path / "out")]) == 2
    assert message in capsys.readouterr().err


def test_two_shards_with_one_name_are_refused(tmp_path, capsys):
    for folder in ("a", "b"):
        write_shards(tmp_path / folder, 1, 1)
    assert main(["process", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "out")]) == 2
    assert "two shards would write the same output part-000.records.jsonl" in capsys.readouterr().err


def test_a_bad_line_is_told_and_counted_and_the_rest_of_the_shard_kept(tmp_path, capsys):
    shard = tmp_path / "mixed.jsonl"
    shard.write_text('{"id": "a", "text": "UBND xã Tân Lập tặng Giấy khen cho 3 tập thể."}\n{not json\n'
                     '{"id": "b", "text": "Huyện Tân Lập tổng kết thi đua năm 2024."}\n', encoding="utf-8")
    assert main(["process", str(shard), "--out", str(tmp_path / "out"), "--workers", "1"]) == 1
    assert "mixed.jsonl:2" in capsys.readouterr().err
    marker = markers(tmp_path / "out")["mixed.done"]
    assert marker["records"] == 2 and marker["problems"] == 1


def test_load_records_dir_loads_finished_shards_and_names_the_unfinished(clean_run, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    for name in ("part-000", "part-001"):
        for suffix in (".records.jsonl", ".done"):
            (out / f"{name}{suffix}").write_bytes((clean_run / "out" / f"{name}{suffix}").read_bytes())
    (out / "part-002.records.jsonl").write_bytes((clean_run / "out" / "part-002.records.jsonl").read_bytes())
    db = tmp_path / "t.db"
    assert main(["load", "--records", str(out), "--db", str(db), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "part-002.records.jsonl: no completion marker" in err
    assert "10 read: 10 added" in err

    import sqlite3
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE length(text) > 100").fetchone()[0] == 10

    (out / "part-002.records.jsonl").unlink()
    assert main(["load", "--records", str(out), "--db", str(db), "--quiet"]) == 0
    assert "10 read: 0 added, 0 updated, 10 unchanged" in capsys.readouterr().err


def test_load_records_from_a_directory_without_shards_is_refused(tmp_path, capsys):
    assert main(["load", "--records", str(tmp_path), "--db", str(tmp_path / "t.db")]) == 2
    assert "no record shard in this directory" in capsys.readouterr().err
