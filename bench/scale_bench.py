"""Scale: extract → record shards → bulk load → views, canned queries and search, at 100 k or 1 M articles.

    .venv/bin/python bench/scale_bench.py --articles 100000 [--process-sample 5000] [--workers 1,2]
                                          [--shard-size 50000] [--keep DIR [--reuse]] [--stages]
                                          [--no-search-pairs]

Extracting 1 M articles with the real engine takes hours on a loaded 2-core
machine, so the bench extracts a **sample** of distinct generated articles
(``--process-sample``, generated like ``bench/db_bench.py``'s articles) with the
real engine, once per worker count in ``--workers`` (a ``multiprocessing`` pool,
output in input order), and reports articles/s. The other records are **made
from the sample's records by varying** their id and URL, dates, district (its
name replaced in the text, every span moved accordingly) and award counts:
the shards hold as many records as asked, each a plausible article of its own,
but the texts repeat the sample's sentences. Everything is streamed: no more
than one record per worker is in memory beside the sample.

Then it loads the shards into a new database (a bulk load: ``schema.bulkload``;
the records read and checked on ``--load-workers`` processes, as ``tdkt load
--records`` does) and prints load articles/s (wall and per CPU-second of the
loading process and of all), the database size per
article, the latency (p50/p95) of the canned queries ``award_trends_by_year``
and ``compare_districts`` for one province and for all, of the whole
``award_trends`` and ``district_comparison`` views, and of search (10 hits with
snippets), and the peak memory (RSS) of the loading process; ``--stages`` adds the loading process's
CPU time per stage of the load; ``--no-search-pairs`` loads without the search's
pair index (``tdkt load --no-search-pairs``). Not part of the test suite.
Its texts repeat the sample's, so every word is as common as the sample's most common
words: search is measured on distinct articles and a mix of query classes by
``bench/search_bench.py``.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from db_bench import Generator, percentile, queries  # noqa: E402

from tdkt.record_workers import records_on_workers  # noqa: E402
from tdkt.schema.db import connect  # noqa: E402
from tdkt.schema.fold import fold_query  # noqa: E402
from tdkt.schema.load import load_records  # noqa: E402
from tdkt.schema.metadata import QUERIES  # noqa: E402
from tdkt.schema.search import register_functions, search  # noqa: E402


# -- articles and their extraction ---------------------------------------------------------------
def sample_articles(count: int, seed: int = 17):
    """Distinct generated articles (text, title, date, URL), as `tdkt extract` reads them."""
    generator = Generator(seed)
    for number in range(count):
        record = generator.record(number)
        yield {"id": record["id"], "url": record["url"], "title": record["title"],
               "published": record["published"], "text": record["text"]}


def _extract(article: dict) -> dict:
    from tdkt.extract import extract_article

    record = extract_article(article["text"], id=article["id"], url=article["url"], title=article["title"],
                             published=article["published"])
    return {**record, "text": article["text"]}  # the text too, so the database can be searched


def extract_sample(count: int, workers: int) -> tuple[list[dict], float, float]:
    """The sample's records in input order, the wall seconds and the workers' CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        records = list(pool.imap(_extract, sample_articles(count), chunksize=25))
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return records, wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


# -- varied records --------------------------------------------------------------------------------
class Variator:
    """Records made from the sample's by changing id, URL, dates, district and counts."""

    def __init__(self, sample: list[dict], seed: int = 23):
        self.sample = [json.dumps(r, ensure_ascii=False) for r in sample if r.get("place")]
        self.rng = random.Random(seed)
        self.districts = Generator(seed).districts

    def record(self, number: int) -> dict:
        rng = self.rng
        record = json.loads(rng.choice(self.sample))
        place = rng.choice(self.districts)
        old = (record.get("place") or {}).get("district")
        if old and old != place["district"]:
            _rename(record, old, place["district"])
        record["place"] = {**{k: v for k, v in place.items() if k != "type"},
                           "evidence": (record.get("place") or {}).get("evidence")}
        for award in record.get("awards") or []:
            if isinstance(award.get("count"), int) and award.get("role") in (None, "item"):
                award["count"] = award["counted"] = max(1, award["count"] + rng.randint(-5, 5))
        shift = rng.randint(-1500, 0)
        record["published"] = _shifted(record.get("published"), shift)
        if record.get("event"):
            record["event"]["date"] = _shifted(record["event"].get("date"), shift)
        record["id"] = f"scale{number:08d}"
        record["url"] = f"https://{fold_query(place['district']).replace(' ', '')}.gov.vn/tin-tuc/scale-{number}"
        return record


def _shifted(date: str | None, days: int) -> str | None:
    import datetime as dt

    try:
        return (dt.date.fromisoformat(date[:10]) + dt.timedelta(days=days)).isoformat() + date[10:]
    except (TypeError, ValueError):
        return date


def _rename(record: dict, old: str, new: str) -> None:
    """Write ``new`` for ``old`` in the text, title and sentences, moving every span that follows."""
    text = record["text"]
    starts = [i for i in range(len(text)) if text.startswith(old, i)]
    delta = len(new) - len(old)

    def moved(offset):
        return offset + delta * sum(1 for s in starts if s + len(old) <= offset)

    def walk(value, key=""):
        if isinstance(value, dict):
            for k, v in value.items():
                if k in ("sentence", "text", "title") and isinstance(v, str):
                    value[k] = v.replace(old, new)
                else:
                    walk(v, k)
        elif isinstance(value, list):
            if len(value) == 2 and all(isinstance(v, int) for v in value) and ("span" in key or key == "mentions"):
                value[0], value[1] = moved(value[0]), moved(value[1])
            else:
                for v in value:
                    walk(v, key)

    body = {k: v for k, v in record.items() if k not in ("text", "title")}
    walk(body)
    record["text"] = text.replace(old, new)
    if isinstance(record.get("title"), str):
        record["title"] = record["title"].replace(old, new)


def write_shards(variator: Variator, sample: list[dict], count: int, directory: Path, shard_size: int) -> list[Path]:
    """``count`` records (the sample's first, then varied ones) as JSON Lines shards, each written as made."""
    directory.mkdir(parents=True, exist_ok=True)
    shards, out = [], None
    try:
        for number in range(count):
            if number % shard_size == 0:
                if out:
                    out.close()
                shards.append(directory / f"records-{len(shards):05d}.jsonl")
                out = open(shards[-1], "w", encoding="utf-8")
            record = sample[number] if number < len(sample) else variator.record(number)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out:
            out.close()
    return shards


# -- queries --------------------------------------------------------------------------------------
CPU: list[float] = []  # CPU milliseconds of the calls timed since the last report


def timed(conn, sql: str, params=None, repeat: int = 1) -> tuple[list[float], int]:
    """Wall milliseconds of each run (CPU milliseconds go to ``CPU``) and the number of rows."""
    latencies, rows = [], 0
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        rows = len(conn.execute(sql, params or {}).fetchall())
        latencies.append((time.perf_counter() - started) * 1000)
        CPU.append((time.process_time() - cpu) * 1000)
    return latencies, rows


def report_latencies(label: str, latencies: list[float], extra: str = "") -> None:
    cpu = f" (CPU p50 {statistics.median(CPU):,.0f} ms, p95 {percentile(CPU, 0.95):,.0f} ms)" if CPU else ""
    print(f"  {label}: p50 {statistics.median(latencies):,.0f} ms, p95 {percentile(latencies, 0.95):,.0f} ms"
          f"{cpu}{extra}")
    CPU.clear()


def run_queries(db_path: Path, searches: int) -> None:
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    register_functions(conn)
    rng = random.Random(5)
    provinces = [r[0] for r in conn.execute("SELECT DISTINCT province FROM award_trends WHERE province IS NOT NULL")]
    asked = [rng.choice(provinces) for _ in range(20)]
    print("queries (read-only connection, page cache warm after the first):")
    for name, params in (("award_trends_by_year", {"code": ""}), ("compare_districts", {"year": ""})):
        sql = QUERIES[name]["sql"]
        one = [timed(conn, sql, {**params, "province": fold_query(p)})[0][0] for p in asked]
        report_latencies(f"canned {name}, one province (20 provinces, typed without diacritics)", one)
        report_latencies(f"canned {name}, all provinces", timed(conn, sql, {**params, "province": ""}, 5)[0])
    for view in ("award_trends", "district_comparison"):
        latencies, rows = timed(conn, f"SELECT * FROM {view}", repeat=5)
        report_latencies(f"whole view {view}", latencies, f" ({rows:,} rows)")
        latencies = [timed(conn, f"SELECT * FROM {view} WHERE province = ?", (p,))[0][0] for p in asked]
        report_latencies(f"view {view} WHERE province = ?", latencies)
    terms = queries(conn, searches, random.Random(11))
    for query in terms[:20]:
        search(conn, query, limit=10)
    latencies, hits = [], 0
    for query in terms:
        started, cpu = time.perf_counter(), time.process_time()
        hits += len(search(conn, query, limit=10))
        latencies.append((time.perf_counter() - started) * 1000)
        CPU.append((time.process_time() - cpu) * 1000)
    report_latencies(f"search ({len(terms)} queries without diacritics, 10 hits with snippets)", latencies,
                     f", max {max(latencies):,.0f} ms")
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--process-sample", type=int, default=5_000, help="articles extracted by the real engine")
    parser.add_argument("--workers", default="1,2", help="worker counts to extract the sample with")
    parser.add_argument("--shard-size", type=int, default=50_000)
    parser.add_argument("--load-workers", type=int, default=2,
                        help="processes reading and checking the record shards for the load (1: the loading one)")
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep the shards and database there")
    parser.add_argument("--stages", action="store_true", help="print the loading process's CPU time per stage")
    parser.add_argument("--no-search-pairs", dest="pairs", action="store_false",
                        help="load without the search's pair index (as `tdkt load --no-search-pairs`)")
    parser.add_argument("--reuse", action="store_true", help="with --keep: load the shards already in DIR/records "
                                                             "(no extraction, no generation)")
    args = parser.parse_args()
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="tdkt-scale-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")

    if args.reuse:
        shards = sorted((workdir / "records").glob("records-*.jsonl"))
        print(f"record shards: {len(shards)} reused from {workdir / 'records'}")
    else:
        shards = make_shards(args, workdir)
    load_and_query(shards, workdir, args)
    if not args.keep:
        shutil.rmtree(workdir)
    return 0


def make_shards(args, workdir: Path) -> list[Path]:
    sample = None
    for workers in [int(w) for w in args.workers.split(",")]:
        sample, wall, cpu = extract_sample(args.process_sample, workers)
        print(f"extract (real engine) {len(sample):,} distinct generated articles with {workers} worker(s): "
              f"{wall:.1f} s = {len(sample) / wall:,.0f} articles/s ({len(sample) / cpu:,.0f} per CPU-second)")

    started = time.perf_counter()
    shards = write_shards(Variator(sample), sample, args.articles, workdir / "records", args.shard_size)
    size = sum(p.stat().st_size for p in shards)
    print(f"record shards: {len(shards)} × ≤{args.shard_size:,} records ({size / 1e9:,.2f} GB): the "
          f"{len(sample):,} extracted records, and {max(0, args.articles - len(sample)):,} made from them by "
          f"varying ids, dates, districts and counts, in {time.perf_counter() - started:,.0f} s")
    return shards


def load_and_query(shards: list[Path], workdir: Path, args) -> None:
    db_path = workdir / "tdkt.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db = connect(db_path)
    started, cpu = time.perf_counter(), time.process_time()
    children = _children_cpu()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stages = StageClock() if args.stages else None
    records = records_on_workers([str(p) for p in shards], args.load_workers, pairs=args.pairs)
    report = load_records(db, stages.reading(records) if stages else records,
                          pair_index=None if args.pairs else False)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    if stages:
        stages.restore()
    children = _children_cpu() - children
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"load (bulk, record shards, {args.load_workers} worker(s) reading and checking"
          f"{'' if args.pairs else ', no pair index'}): {report.summary()}\n"
          f"  {wall:,.0f} s = {report.added / wall:,.0f} articles/s (load average {os.getloadavg()[0]:.1f} at the "
          f"end); loading process {cpu:,.0f} s of CPU = {report.added / cpu:,.0f} articles per CPU-second, "
          f"workers {children:,.0f} s; in all {report.added / (cpu + children):,.0f} articles per CPU-second")
    size = sum(Path(str(db_path) + s).stat().st_size for s in ("", "-wal") if Path(str(db_path) + s).exists())
    print(f"database: {size / 1e9:,.2f} GB = {size / max(1, report.added) / 1e3:,.1f} kB per article; "
          f"peak memory (RSS) of the loading process {peak:,.0f} MB ({rss_before:,.0f} MB before the load), "
          f"of a worker {workers:,.0f} MB")
    if stages:
        stages.report(cpu, report.added)
    run_queries(db_path, args.searches)


class StageClock:
    """CPU time of the loading process per stage of the load (``--stages``), taken by wrapping the
    function each stage runs: a profiler would slow the small functions down and change the shares. The
    stages are timed on the loading thread (``time.thread_time``): the full-text index built beside the
    load (``schema.fulltext_beside``) is reported apart, as the rest of the process's CPU."""

    def __init__(self):
        from tdkt.schema import bulkload, load, summaries

        self.seconds: dict[str, float] = {}
        self.thread_started = time.thread_time()  # the loading thread's CPU, the beside thread's apart
        self._restore: list[tuple[object, str, object]] = []
        for owner, name, stage in (
                (load.Loader, "_find", "looking each article up"),
                (load.Loader, "_write", "writing the article (and its facts, unless kept back)"),
                (load.Loader, "commit", "committing (with a bulk batch's fact rows, kept back)"),
                (bulkload, "restore_indexes", "indexes and the full-text index built"),
                (load, "_queue", "names to resolve queued"),
                (load, "regroup_all", "events grouped"),
                (load, "resolve_persons", "persons resolved"),
                (load, "drop_orphans", "persons resolved"),
                (load, "link_persons", "persons resolved"),
                (summaries, "rebuild", "summary tables filled")):
            self._wrap(owner, name, stage)

    def _wrap(self, owner, name: str, stage: str) -> None:
        function = getattr(owner, name)
        self._restore.append((owner, name, function))

        def timed(*args, **kwargs):
            started = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[stage] = self.seconds.get(stage, 0.0) + time.thread_time() - started
        setattr(owner, name, timed)

    def reading(self, items):
        """The items as the loader takes them, the time to take each counted (rows from the workers, or
        with one worker the records read and parsed)."""
        stage = "receiving the rows (or reading the records)"
        items = iter(items)
        while True:
            started = time.thread_time()
            item = next(items, None)
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.thread_time() - started
            if item is None:
                return
            yield item

    def restore(self) -> None:
        for owner, name, function in self._restore:
            setattr(owner, name, function)

    def report(self, cpu: float, articles: int) -> None:
        """``cpu``: the loading process's, every thread's (``time.process_time``)."""
        print("  CPU of the loading process per article, by stage:")
        thread = time.thread_time() - self.thread_started
        rest = thread - sum(self.seconds.values())
        for stage, seconds in sorted(self.seconds.items(), key=lambda kv: -kv[1]):
            print(f"    {stage}: {seconds / articles * 1e6:,.0f} µs")
        print(f"    the rest (checking the records with one worker; batches, settings): "
              f"{rest / articles * 1e6:,.0f} µs")
        print(f"    the full-text index built beside the load, on its own thread: "
              f"{(cpu - thread) / articles * 1e6:,.0f} µs")


def _children_cpu() -> float:
    """CPU seconds of the finished child processes (the workers) so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    raise SystemExit(main())
