"""Shards as the unit of work: article shards in, record shards and completion markers out.

An article shard is a JSON Lines file of articles (what ``tdkt extract
--jsonl`` reads) or a WARC file (its HTML cleaned again by the crawler's
code, offline). Each becomes, in the output directory:

* ``<stem>.records.jsonl``: one record per article, in input order, with the
  article's text (so that the database loaded from it can be searched);
* ``<stem>.done``: the completion marker, JSON: the input's SHA-256 and size,
  the record count, the problems met, the extractor version and timings.

Both are written under a temporary name and renamed, the marker last: a shard
either has a marker and a whole output, or is done again. So a killed run
loses at most the shards in flight, and a re-run skips every shard whose
marker names the same input and the same extractor version.

Shards run in local worker processes (each loads the engine once) or as tasks
on a Dask cluster: ``process_shard`` is the whole task, given paths only,
so a remote worker needs tdkt installed and the paths on a shared filesystem.

    from tdkt.shards import find_shards, plan, run_shards
    todo, done = plan(find_shards(["shards/"]), "records/")
    for outcome in run_shards(todo, "records/", workers=2):
        print(outcome.shard, outcome.marker or outcome.error)
"""
from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import multiprocessing
import os
import socket
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from tdkt.parallel import WorkerFailed, extract_one, start_worker, worker_count

RECORDS_SUFFIX = ".records.jsonl"
MARKER_SUFFIX = ".done"
ARTICLE_SUFFIXES = (".jsonl",)
WARC_SUFFIXES = (".warc.gz", ".warc")
MAX_PROBLEMS = 50  # problems kept in a marker (all are counted)
DASK_EXTRA = "pip install 'tdkt[dask]'"


class ShardError(Exception):
    """A shard or output directory that cannot be used; the message says why."""


@dataclass(frozen=True)
class Shard:
    path: Path
    stem: str  # the file name without its suffix: names the outputs
    kind: str  # "articles" or "warc"

    def output(self, out_dir) -> Path:
        return Path(out_dir) / f"{self.stem}{RECORDS_SUFFIX}"

    def marker(self, out_dir) -> Path:
        return Path(out_dir) / f"{self.stem}{MARKER_SUFFIX}"


@dataclass
class Outcome:
    """One shard's run: its marker (done) or the error that stopped it."""
    shard: Shard
    marker: dict | None = None
    error: str | None = None


# -- which shards --------------------------------------------------------------------------------
def shard_of(path) -> Shard:
    """The shard a file is, by its name: ``x.jsonl`` holds articles, ``x.warc[.gz]`` archived pages."""
    path = Path(path)
    for suffix in WARC_SUFFIXES + ARTICLE_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            return Shard(path, path.name[:-len(suffix)], "warc" if suffix in WARC_SUFFIXES else "articles")
    raise ShardError(f"{path}: not a shard (expected a .jsonl file of articles or a .warc/.warc.gz file)")


def find_shards(paths: Iterable) -> list[Shard]:
    """The shards named by files and directories (a directory: its .jsonl and .warc[.gz] files, sorted)."""
    shards = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and _is_shard_name(p.name))
            if not found:
                raise ShardError(f"{path}: no shard in this directory (.jsonl, .warc or .warc.gz files)")
            shards += [shard_of(p) for p in found]
        elif path.is_file():
            shards.append(shard_of(path))
        else:
            raise ShardError(f"{path}: no such shard")
    stems: dict[str, Path] = {}
    for shard in shards:
        if shard.stem in stems and stems[shard.stem] != shard.path:
            raise ShardError(f"two shards would write the same output {shard.stem}{RECORDS_SUFFIX}: "
                             f"{stems[shard.stem]} and {shard.path} (rename one)")
        stems[shard.stem] = shard.path
    return list({shard.path: shard for shard in shards}.values())


def _is_shard_name(name: str) -> bool:
    return name.endswith(WARC_SUFFIXES + ARTICLE_SUFFIXES) and not name.endswith(RECORDS_SUFFIX)


def plan(shards: list[Shard], out_dir, version: str | None = None) -> tuple[list[Shard], list[Shard]]:
    """(shards to process, shards already done): done means a marker naming the same input (SHA-256 and
    size) and the same extractor version, beside its whole output."""
    from tdkt.extract import engine_version

    version = version or engine_version()
    todo, done = [], []
    for shard in shards:
        (done if is_done(shard, out_dir, version) else todo).append(shard)
    return todo, done


def is_done(shard: Shard, out_dir, version: str) -> bool:
    marker = read_marker(shard.marker(out_dir))
    if not marker or marker.get("extractor_version") != version:
        return False
    output = shard.output(out_dir)
    if not output.is_file() or output.stat().st_size != marker.get("output_size"):
        return False
    recorded = marker.get("input") or {}
    size = shard.path.stat().st_size
    return recorded.get("size") == size and recorded.get("sha256") == file_sha256(shard.path)


def read_marker(path: Path) -> dict | None:
    """A completion marker's content, or None when there is none (or it is not a marker)."""
    try:
        marker = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return marker if isinstance(marker, dict) and marker.get("records") is not None else None


def file_sha256(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


# -- one shard: the task a worker runs -----------------------------------------------------------
def process_shard(path: str, out_dir: str, registry_path: str | None = None) -> dict:
    """Turn one article shard into its record shard and marker; returns the marker. A task for any
    worker (a local process or a Dask worker): it is given paths only."""
    from tdkt.extract import engine_version

    shard, out = shard_of(path), Path(out_dir)
    started, cpu_started = time.time(), time.process_time()
    size, sha256 = shard.path.stat().st_size, file_sha256(shard.path)
    output, temporary = shard.output(out), out / f".{shard.stem}{RECORDS_SUFFIX}.{os.getpid()}.tmp"
    for written in (output, shard.marker(out)):  # a killed run may have left either half-written
        for stale in out.glob(glob.escape(f".{written.name}.") + "*.tmp"):
            stale.unlink(missing_ok=True)
    problems: list[str] = []
    count = 0
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            for record in _records(shard, registry_path, problems):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)
    marker = {
        "shard": str(shard.path.resolve()), "kind": shard.kind, "input": {"sha256": sha256, "size": size},
        "output": output.name, "output_size": output.stat().st_size, "records": count,
        "problems": len(problems), "problem_messages": problems[:MAX_PROBLEMS],
        "extractor_version": engine_version(),
        "started": _iso(started), "finished": _iso(time.time()), "seconds": round(time.time() - started, 3),
        "cpu_seconds": round(time.process_time() - cpu_started, 3), "host": socket.gethostname(),
        "pid": os.getpid(),
    }
    _write_atomically(shard.marker(out), json.dumps(marker, ensure_ascii=False, indent=1) + "\n")
    return marker


def _records(shard: Shard, registry_path: str | None, problems: list[str]) -> Iterator[dict]:
    """The shard's records, in input order; an article that fails is told in ``problems``, skipped."""
    articles = _warc_articles(shard.path, registry_path) if shard.kind == "warc" else \
        _jsonl_articles(shard.path, problems)
    for article in articles:
        outcome = extract_one(article)
        if not outcome.ok:
            problems.append(f"{article['origin']}: internal error ({type(outcome.error).__name__}: "
                            f"{outcome.error}); skipped")
            continue
        yield {**outcome.record, "text": article["text"], **article.get("crawl", {})}


def _jsonl_articles(path: Path, problems: list[str]) -> Iterator[dict]:
    from tdkt.extract.article_files import articles_from_files

    for article in articles_from_files([str(path)], True, problems):
        yield {**article, "origin": f"{path.name} article {article['id']}"}


def _warc_articles(path: Path, registry_path: str | None) -> Iterator[dict]:
    """Articles cleaned again from a WARC file's archived pages, one per text (as the crawler keeps)."""
    from tdkt.crawler.replay import iter_articles_from_warc
    from tdkt.portal.sources import RegistryError, load_registry

    try:
        registry = load_registry(registry_path)
    except RegistryError:
        if registry_path:
            raise
        registry = None
    seen: set[str] = set()
    for article in iter_articles_from_warc(str(path), registry=registry):
        if article["content_hash"] in seen:
            continue
        seen.add(article["content_hash"])
        url = article["url"]
        yield {"id": url, "url": url, "title": article.get("title"), "published": article.get("published"),
               "text": article.get("text") or "", "origin": f"{path.name}@{article['warc_offset']}",
               "crawl": {"canonical_url": article.get("canonical_url"), "source_id": article.get("source"),
                         "warc_file": article.get("warc_file"), "warc_offset": article.get("warc_offset"),
                         "fetched_at": article.get("fetched_at")}}


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _iso(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).isoformat(timespec="seconds")


# -- many shards: here, in local processes, or on a Dask cluster ----------------------------------
def run_shards(shards: list[Shard], out_dir, *, workers: int | None = None, scheduler: str | None = None,
               registry_path: str | None = None) -> Iterator[Outcome]:
    """Process ``shards``, yielding each one's Outcome as it finishes (not in input order)."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ShardError(f"cannot create the output directory {out}: {exc.strerror}") from None
    if not shards:
        return
    if scheduler:
        yield from _on_dask(shards, out, scheduler, workers, registry_path)
    elif worker_count(workers) == 1 or len(shards) == 1:
        for shard in shards:
            yield _outcome(shard, lambda: process_shard(str(shard.path), str(out), registry_path))
    else:
        yield from _in_processes(shards, out, worker_count(workers), registry_path)


def _outcome(shard: Shard, work) -> Outcome:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return Outcome(shard, marker=work())
    except BrokenProcessPool:
        raise WorkerFailed("a worker process died (killed, or out of memory?); run again to resume "
                           "(finished shards are kept)") from None
    except Exception as exc:  # noqa: BLE001 - one bad shard must not stop the others
        return Outcome(shard, error=f"{type(exc).__name__}: {exc}")


def _in_processes(shards: list[Shard], out: Path, workers: int, registry_path: str | None) -> Iterator[Outcome]:
    executor = ProcessPoolExecutor(min(workers, len(shards)), mp_context=multiprocessing.get_context("spawn"),
                                   initializer=start_worker)
    finished = False
    try:
        futures = {executor.submit(process_shard, str(shard.path), str(out), registry_path): shard
                   for shard in shards}
        for future in as_completed(futures):
            yield _outcome(futures[future], future.result)
        finished = True
    finally:
        executor.shutdown(wait=finished, cancel_futures=not finished)


def _on_dask(shards: list[Shard], out: Path, scheduler: str, workers: int | None,
             registry_path: str | None) -> Iterator[Outcome]:
    """Each shard a task on a Dask cluster: ``scheduler`` is its address, or "local" for a cluster of
    ``workers`` processes on this machine (bound to 127.0.0.1, no dashboard)."""
    client, cluster = dask_client(scheduler, workers)
    try:
        from dask.distributed import as_completed as dask_completed

        registry = str(Path(registry_path).resolve()) if registry_path else None
        futures = {client.submit(process_shard, str(shard.path.resolve()), str(out.resolve()), registry,
                                 key=f"tdkt-shard-{shard.stem}-{time.time_ns()}", pure=False): shard
                   for shard in shards}
        for future in dask_completed(futures):
            yield _outcome(futures[future], future.result)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def dask_client(scheduler: str, workers: int | None):
    """(Client, LocalCluster or None): a client of the cluster at ``scheduler``, or of a new local one."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ShardError(f"--scheduler needs Dask, an optional extra: {DASK_EXTRA}") from None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=worker_count(workers), threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout=30), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise ShardError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


# -- record shards, for tdkt load ----------------------------------------------------------------
def record_files(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """The record files named by ``paths``, with directories expanded to their finished record shards
    (a marker beside a whole output), and a message for each shard of a directory left out."""
    files, unfinished = [], []
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            shards, messages = finished_record_shards(path)
            if not shards and not messages:
                raise ShardError(f"{path}: no record shard in this directory (*{RECORDS_SUFFIX}, from `tdkt process`)")
            files += [str(p) for p in shards]
            unfinished += messages
        else:
            files.append(name)
    return files, unfinished


def finished_record_shards(directory: Path) -> tuple[list[Path], list[str]]:
    """(record shards with a completion marker, in name order; a message for each left out)."""
    finished, messages = [], []
    for output in sorted(directory.glob(f"*{RECORDS_SUFFIX}")):
        marker = read_marker(output.with_name(output.name[:-len(RECORDS_SUFFIX)] + MARKER_SUFFIX))
        if marker is None:
            messages.append(f"{output}: no completion marker (a shard still running, or from a killed run: "
                            "run `tdkt process` again to finish it); not loaded")
        elif output.stat().st_size != marker.get("output_size"):
            messages.append(f"{output}: not the size its marker records (changed since?); not loaded")
        else:
            finished.append(output)
    return finished, messages
