"""Record files checked on worker processes for ``tdkt load --records``: a load killed outright leaves no
worker behind."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import article_records

REPO = Path(__file__).resolve().parents[2]


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (read from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_load_killed_outright_leaves_no_worker_behind(tmp_path):
    template = article_records(1)[0]
    records = tmp_path / "records.jsonl"
    with open(records, "w", encoding="utf-8") as out:
        for i in range(3000):  # several tasks of lines: the workers start
            out.write(json.dumps(dict(template, id=f"k{i}", url=f"https://muongnhe.dienbien.gov.vn/tin/k{i}"),
                                 ensure_ascii=False) + "\n")
    db = tmp_path / "tdkt.db"
    load = subprocess.Popen([sys.executable, "-m", "tdkt", "load", "--records", str(records), "--db", str(db),
                             "--workers", "2", "--quiet"], cwd=REPO, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    ends = time.monotonic() + 60
    while time.monotonic() < ends and load.poll() is None and len(workers) < 2:
        workers = {pid for pid in _children(load.pid) if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text()}
        time.sleep(0.05)
    assert load.poll() is None and len(workers) == 2, "the load did not start its workers"
    os.kill(load.pid, signal.SIGKILL)
    load.wait()
    ends = time.monotonic() + 10
    while time.monotonic() < ends and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "a worker outlived the load it worked for"
    if db.exists():  # what was committed is whole and usable
        assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
