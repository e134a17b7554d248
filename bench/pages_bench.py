"""Page speed of ``tdkt serve``: every dashboard and view page under 20 concurrent clients.

    .venv/bin/python bench/pages_bench.py [--db PATH] [--articles 100000] [--clients 20] [--rounds 3]

Builds a bench database of generated articles (``db_bench``'s generator and the
bulk loader) at ``--db`` unless that file already exists (an existing one is
brought to the current schema first), then starts ``tdkt serve``
on it (Datasette under uvicorn, on 127.0.0.1 and a free port), waits until it has
warmed its pages, and requests each page once alone with a parameter Datasette
ignores (so that it is computed, as for the first reader after a load:
"first reader"), then ``clients × rounds`` times, ``clients`` at once (the
readers after, served by the page cache until the database changes). A dashboard is
measured as a reader waits for it: its HTML page, then each chart's data (the
JSON request its script makes), each as its own line. Prints p50 and p95 per
page (goal: p95 < 500 ms) and the pages that missed it.

Besides wall-clock latencies (which another load on the machine inflates), prints
the server's own CPU time: for the first reader, and per request after.

Not part of the test suite. Wall-clock figures: quote them with the machine.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO.parent))

GOAL_MS = 500
VIEW_PAGES = ["award_trends", "district_comparison", "events_reported", "official_appearances",
              "campaigns_over_time", "award_facts", "official_facts", "data_quality", "unit_awards",
              "person_awards"]


def build(db_path: Path, articles: int) -> None:
    """The bench database: ``articles`` generated articles with their records, loaded."""
    from db_bench import generate  # the database bench's generator, reused as it is

    from tdkt.schema.db import connect
    from tdkt.schema.inputs import records_from_jsonl
    from tdkt.schema.load import load_records

    with tempfile.TemporaryDirectory(prefix="tdkt-pages-bench-") as workdir:
        records = Path(workdir) / "records.jsonl"
        seconds = generate(records, articles)
        print(f"generated {articles:,} articles in {seconds:.0f} s", flush=True)
        started = time.perf_counter()
        db = connect(db_path)
        added = load_records(db, records_from_jsonl(str(records))).added  # a bulk load (schema.bulkload)
        db.conn.execute("PRAGMA optimize")
        db.conn.close()
        print(f"loaded {added:,} articles in {time.perf_counter() - started:.0f} s", flush=True)


def migrated(db_path: Path) -> None:
    """A database built by an earlier tdkt brought to the current schema (views included) before serving."""
    from tdkt.schema.db import connect

    connect(db_path).conn.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db_path: Path, port: int) -> subprocess.Popen:
    """``tdkt serve`` itself, in its own process, waited for until it answers."""
    server = subprocess.Popen([sys.executable, "-m", "tdkt", "serve", "--db", str(db_path), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            if server.poll() is not None:
                raise SystemExit(f"tdkt serve stopped: {server.stdout.read().decode(errors='replace')}")
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("tdkt serve did not answer within 60 s")


def dashboard_pages(database: str, base: str, filters: dict[str, str]) -> list[tuple[str, str]]:
    """The dashboard's HTML page and the data request of each of its charts, as its script makes them."""
    from tdkt.schema.dashboards import chart_data_path, chart_queries

    query_string = urllib.parse.urlencode(filters)
    pages = [(f"dashboard {urllib.parse.unquote(query_string) or '(no filter)'}", f"/-/dashboards/awards?{query_string}")]
    for slug, sql in chart_queries(filters, database).items():
        pages.append((f"  chart {slug}", chart_data_path(database, sql, query_string)))
    return pages


async def answered(client, path: str) -> bool:
    """Whether the page came back whole (status 200, no query error); a timeout is a failure, not a crash."""
    import httpx

    try:
        response = await client.get(path)
    except httpx.HTTPError:
        return False
    return response.status_code == 200 and '"ok": false' not in response.text[:200]


async def measure(client, path: str, clients: int, rounds: int) -> tuple[list[float], int]:
    latencies: list[float] = []
    failures = 0

    async def one_client():
        nonlocal failures
        for _ in range(rounds):
            started = time.perf_counter()
            failures += not await answered(client, path)
            latencies.append((time.perf_counter() - started) * 1000)

    await asyncio.gather(*(one_client() for _ in range(clients)))
    return latencies, failures


def server_cpu(pid: int) -> float:
    """CPU seconds the server process has used (user + system), from /proc."""
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_until_idle(pid: int, *, quiet: float = 0.05, most: float = 600.0) -> float:
    """Wait until the server has warmed its pages (its CPU time still for two seconds); its CPU seconds so far."""
    deadline, last = time.monotonic() + most, server_cpu(pid)
    while time.monotonic() < deadline:
        time.sleep(2)
        now = server_cpu(pid)
        if now - last < quiet:
            break
        last = now
    return server_cpu(pid)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def run(base: str, pages: list[tuple[str, str]], clients: int, rounds: int, pid: int) -> list[str]:
    import httpx

    missed = []
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        print(f"{'':44} {'first reader':>18} {'then ' + str(clients) + ' at once':>32}")
        print(f"{'page':44} {'wall ms':>8} {'cpu ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'cpu ms/req':>11} {'failed':>7}")
        for name, path in pages:
            # The first reader: the page computed. The server may have it already (it warms the dashboard and
            # the views at start-up), so this request adds a parameter Datasette ignores: a page of its own.
            busted = f"{path}{'&' if '?' in path else '?'}_computed={time.monotonic_ns()}"
            started, cpu = time.perf_counter(), server_cpu(pid)
            first = await answered(client, busted)
            cold, cold_cpu = (time.perf_counter() - started) * 1000, (server_cpu(pid) - cpu) * 1000
            await answered(client, path)  # in the cache, as after a first reader of that very page
            cpu = server_cpu(pid)
            latencies, failures = await measure(client, path, clients, rounds)
            per_request = (server_cpu(pid) - cpu) * 1000 / len(latencies)
            failures += not first
            p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
            print(f"{name[:44]:44} {cold:8.0f} {cold_cpu:8.0f} {p50:8.0f} {p95:8.0f} {per_request:11.1f} {failures:7d}",
                  flush=True)
            if p95 >= GOAL_MS or failures:
                missed.append(name.strip())
    return missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "tdkt-pages-bench.db"),
                        help="bench database, built when missing (default: %(default)s)")
    parser.add_argument("--articles", type=int, default=100_000, help="articles when building (default: 100,000)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default: 20)")
    parser.add_argument("--rounds", type=int, default=3, help="requests per client and page (default: 3)")
    parser.add_argument("--province", default="Lâm Đồng", help="province filter for the filtered dashboard")
    args = parser.parse_args()

    db_path = Path(args.db)
    if not db_path.exists():
        build(db_path, args.articles)
    migrated(db_path)
    from tdkt.schema.serve import database_name

    database = database_name(db_path)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    pages = (dashboard_pages(database, base, {})
             + dashboard_pages(database, base, {"province": args.province})
             + [(f"view {name}", f"/{database}/{name}") for name in VIEW_PAGES]
             + [("table awards", f"/{database}/awards"), ("table articles", f"/{database}/articles")])
    server = start_server(db_path, port)
    try:
        articles = json.loads(subprocess.run(
            [sys.executable, "-c", "import sqlite3,sys;print(sqlite3.connect(sys.argv[1]).execute("
             "'select count(*) from articles').fetchone()[0])", str(db_path)],
            capture_output=True, text=True, check=True).stdout)
        print(f"tdkt serve on {base}, {articles:,} articles; {args.clients} clients × {args.rounds} requests a page; "
              f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
        warmed = wait_until_idle(server.pid)
        print(f"server start-up and warming of the dashboard and views: {warmed:.1f} s of CPU")
        missed = asyncio.run(run(base, pages, args.clients, args.rounds, server.pid))
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"goal p95 < {GOAL_MS} ms: " + (f"missed by {len(missed)} pages: {', '.join(missed)}" if missed else "met"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
