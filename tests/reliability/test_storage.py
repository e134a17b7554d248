"""Storage under concurrent use and failure: simultaneous loads, a full disk, read-only storage, kill -9.

A read-only mount and a full disk are real: each test runs its commands in a
new user and mount namespace (``unshare -rm``), where an unprivileged user
may bind-mount a directory read-only or mount a 2 MB tmpfs; nothing leaks to
the host. Where namespaces are not allowed those tests are skipped.
"""
from __future__ import annotations

import json
import os
import shlex
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import article_records

from tdkt.schema import bulkload

TDKT = [sys.executable, "-m", "tdkt"]
REPO = Path(__file__).resolve().parents[2]


def _records_file(path: Path, count: int, prefix: str = "a") -> Path:
    template = article_records(1)[0]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(count):
            record = dict(template, id=f"{prefix}{i}", url=f"https://muongnhe.dienbien.gov.vn/tin/{prefix}{i}")
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _tdkt(*argv) -> subprocess.Popen:
    return subprocess.Popen([*TDKT, *map(str, argv)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=REPO)


def _articles(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def _stored_before_the_last_of(db: Path, prefix: str, other: str) -> bool:
    """Were the articles whose keys start with `prefix` all stored before the last of `other`'s?"""
    conn = sqlite3.connect(db)
    try:
        last = {p: conn.execute("SELECT max(id) FROM articles WHERE key LIKE ?", (p + "%",)).fetchone()[0]
                for p in (prefix, other)}
    finally:
        conn.close()
    return last[prefix] is not None and last[other] is not None and last[prefix] < last[other]


# -- concurrent loads --------------------------------------------------------------------------
def test_simultaneous_first_loads_of_a_new_database_all_succeed(tmp_path):
    records = _records_file(tmp_path / "r.jsonl", 20)
    db = tmp_path / "new.db"
    loads = [_tdkt("load", "--records", records, "--db", db, "--quiet") for _ in range(3)]
    results = [(load.wait(timeout=60), load.stderr.read()) for load in loads]
    for code, err in results:
        assert code == 0 and "already exists" not in err and "Traceback" not in err, err
    assert _articles(db) == 20


def test_two_article_by_article_loads_of_one_file_report_no_false_problems(tmp_path):
    records = _records_file(tmp_path / "r.jsonl", 150)
    db = tmp_path / "tdkt.db"
    assert subprocess.run([*TDKT, "load", "--records", _records_file(tmp_path / "one.jsonl", 1, "z"), "--db", db,
                           "--quiet"], cwd=REPO).returncode == 0  # the schema exists: only the articles race
    loads = [_tdkt("load", "--records", records, "--db", db, "--batch", "1", "--quiet") for _ in range(2)]
    for load in loads:
        err = load.communicate(timeout=60)[1]
        assert load.returncode == 0 and "UNIQUE" not in err and " 0 skipped" in err, err
    assert _articles(db) == 151


def test_a_second_loader_gets_its_turn_while_a_long_load_runs(tmp_path):
    """SQLite's busy handler looks every 100 ms at most; a loader committing and beginning again at once
    left the database free for microseconds, and the other loader gave up after its --wait."""
    db = tmp_path / "tdkt.db"
    # a database past NEAR_EMPTY articles, so the long load stays article by article (a bulk load holds the
    # database for long stretches, and says so)
    long_file = _records_file(tmp_path / "long.jsonl", 6000)
    short_file = _records_file(tmp_path / "s.jsonl", bulkload.NEAR_EMPTY, "s")
    assert subprocess.run([*TDKT, "load", "--records", short_file, "--db", db, "--quiet"], cwd=REPO).returncode == 0
    first = _tdkt("load", "--records", long_file, "--db", db, "--wait", "1", "--batch", "1", "--quiet")
    _wait_for_articles(db, first, minimum=6)
    second = subprocess.run([*TDKT, "load", "--records", _records_file(tmp_path / "t.jsonl", 5, "t"), "--db", db,
                             "--wait", "10", "--quiet"], capture_output=True, text=True, cwd=REPO)  # generous: a loaded CI machine
    first_err = first.communicate(timeout=180)[1]
    assert second.returncode == 0, second.stderr
    assert first.returncode == 0 and _articles(db) == bulkload.NEAR_EMPTY + 6005, first_err
    # the order the articles were stored in, not the time the processes ended, says who waited for whom
    assert _stored_before_the_last_of(db, "t", "a"), "the second load got in only once the long one had finished"


def test_kill_9_during_loads_loses_nothing_and_duplicates_nothing(tmp_path):
    """Short kill -9 loop: each kill lands part-way through a load; a last load completes the set."""
    records = _records_file(tmp_path / "r.jsonl", 1500)
    db = tmp_path / "tdkt.db"
    for delay in (0.0, 0.05, 0.15):
        load = _tdkt("load", "--records", records, "--db", db, "--batch", "100", "--quiet")
        _wait_for_articles(db, load)
        time.sleep(delay)
        load.send_signal(signal.SIGKILL)
        load.wait()
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM awards "
                            "WHERE article_id = a.id) != 2").fetchone()[0] == 0  # whole articles only
        conn.close()
    assert subprocess.run([*TDKT, "load", "--records", records, "--db", db, "--quiet"], cwd=REPO).returncode == 0
    assert _articles(db) == 1500


def _wait_for_articles(db: Path, process: subprocess.Popen, seconds: float = 30.0, minimum: int = 1) -> None:
    """Until the load has committed ``minimum`` articles (at most ``seconds``)."""
    ends = time.monotonic() + seconds
    while time.monotonic() < ends and process.poll() is None:
        try:
            if db.exists() and _articles(db) >= minimum:
                return
        except sqlite3.Error:
            pass
        time.sleep(0.02)


# -- read-only storage and a full disk (in a namespace) ------------------------------------------
def _namespace_works() -> bool:
    try:
        probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs tmpfs /mnt && echo ok"],
                               capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.stdout.strip() == "ok"


needs_namespace = pytest.mark.skipif(not _namespace_works(), reason="unshare -rm (user namespaces) not allowed here")


def _in_namespace(setup: str, commands: list[list]) -> list[tuple[int, str]]:
    """Run ``setup`` (mounts) then each tdkt command in one new namespace: [(exit status, output)]."""
    marker = "@@@exit"
    lines = [setup] + [f"{shlex.join([*TDKT, *map(str, c)])} 2>&1; echo {marker} $?" for c in commands]
    done = subprocess.run(["unshare", "-rm", "sh", "-c", " && ".join(lines[:1]) + "\n" + "\n".join(lines[1:])],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    parts = done.stdout.split(marker)
    assert len(parts) == len(commands) + 1, done.stdout + done.stderr
    return [(int(parts[i + 1].split()[0]), parts[i].split("\n", 1)[-1] if i else parts[i])
            for i in range(len(commands))]


@pytest.fixture
def loaded(tmp_path):
    directory = tmp_path / "ro"
    directory.mkdir()
    db = directory / "tdkt.db"
    assert subprocess.run([*TDKT, "load", "--records", _records_file(tmp_path / "r.jsonl", 5), "--db", db,
                           "--quiet"], cwd=REPO).returncode == 0
    return directory, db


@needs_namespace
def test_a_database_on_a_read_only_mount_can_be_queried_searched_exported_and_served(loaded, tmp_path):
    directory, db = loaded
    serve = ("import asyncio; from tdkt.schema.serve import build_datasette as b; d = b('%s'); "
             "asyncio.run(d.invoke_startup()); print(asyncio.run(d.client.get('/tdkt/articles.json?_shape=array'))"
             ".json()[0]['key'])" % db)
    results = _in_namespace(f"mount --bind {directory} {directory} && mount -o remount,bind,ro {directory}", [
        ["query", "--db", db, "SELECT count(*) AS n FROM articles", "--format", "csv"],
        ["search", "--db", db, "thi", "dua"],
        ["export", "articles", "--db", db, "-o", tmp_path / "out.jsonl"],
    ]) + [_serve_in_namespace(directory, serve)]
    (query, out), (search, found), (export, said), (served, key) = results
    assert query == 0 and "n\n5" in out, out
    assert search == 0 and "article(s) match" in found, found
    assert export == 0 and "5 row(s)" in said, said
    assert served == 0 and "a0" in key, key


def _serve_in_namespace(directory: Path, code: str) -> tuple[int, str]:
    done = subprocess.run(["unshare", "-rm", "sh", "-c", f"mount --bind {directory} {directory} && "
                           f"mount -o remount,bind,ro {directory} && {shlex.join([sys.executable, '-c', code])}"],
                          capture_output=True, text=True, timeout=60, cwd=REPO)
    return done.returncode, done.stdout + done.stderr


@needs_namespace
def test_a_load_into_a_read_only_directory_says_so(loaded, tmp_path):
    directory, _ = loaded
    records = _records_file(tmp_path / "r.jsonl", 2)
    [(code, out), (again, out_again)] = _in_namespace(
        f"mount --bind {directory} {directory} && mount -o remount,bind,ro {directory}",
        [["load", "--records", records, "--db", directory / "new.db"],
         ["load", "--records", records, "--db", directory / "sub" / "new.db"]])
    for status, output in ((code, out), (again, out_again)):
        assert status == 2 and "Traceback" not in output and "read-only" in output, output


@needs_namespace
def test_a_full_disk_is_told_plainly_and_what_was_committed_is_kept(tmp_path):
    full = tmp_path / "full"
    full.mkdir()
    records = _records_file(tmp_path / "r.jsonl", 3000)
    [(tiny, said), (small, said_small), (count, counted)] = _in_namespace(
        f"mount -t tmpfs -o size=2m tmpfs {full} && mkdir {full}/a && mount -t tmpfs -o size=9m tmpfs {full}/a",
        [["load", "--records", records, "--db", full / "tdkt.db"],
         ["load", "--records", records, "--db", full / "a" / "tdkt.db"],
         ["query", "--db", full / "a" / "tdkt.db", "SELECT count(*) FROM articles", "--format", "csv"]])
    for status, output in ((tiny, said), (small, said_small)):
        assert status == 2 and "full" in output and "cannot rollback" not in output, output
        assert "Traceback" not in output
    assert count == 0, counted
