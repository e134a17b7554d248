"""Extraction on every core: an ordered, bounded map over worker processes.

The engine is pure Python, so threads would take turns on one core: the work
goes to processes instead. They are started with ``spawn`` (a fresh
interpreter, safe whatever threads the parent runs, the same on every
platform), each loads the engine once, and articles travel to them in chunks
(a few dozen at a time) so the cost of sending them stays small beside the
extraction itself.

Three promises the commands rely on:

* **order**: results come back in input order, whatever worker finished first;
* **bounded memory**: only a few chunks per worker are in flight, so a stream
  of a million articles never sits in memory (``multiprocessing.Pool.imap``
  would read its whole input ahead);
* **no pool for small inputs**: a stream shorter than ``MIN_PARALLEL`` articles
  is extracted in this process, as starting the workers (about a second each,
  loading the engine) would cost more than it saves.

    from tdkt.parallel import extract_records
    if __name__ == "__main__":  # workers are spawned: they import the main script again
        for article, outcome in extract_records(articles, workers=2):
            print(outcome.record if outcome.ok else outcome.error)
"""
from __future__ import annotations

import functools
import json
import multiprocessing
import os
import pickle
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

CHUNK = 16  # articles sent to a worker at once
AHEAD = 3  # chunks per worker in flight (queued or running) before the reader waits
MIN_PARALLEL = 64  # fewer articles than this are extracted in this process


class WorkerFailed(Exception):
    """A worker process died (killed, or out of memory): the run cannot go on."""


@dataclass
class Extracted:
    """One article's outcome: its record, or the error that stopped its extraction.

    From ``extract_records(..., as_json=True)`` the record comes as ``line``, its JSON text,
    and ``warnings``, the record's warnings (``record`` is None)."""
    record: dict | None = None
    error: BaseException | None = None
    line: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None


SKIPPED = None  # what ``ordered_map`` gives for an item it was told not to run


# -- how many --------------------------------------------------------------------------------
def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, e.g. a container's or taskset's limit)."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def worker_count(workers: int | None) -> int:
    """``workers`` as given, or every usable core when None."""
    return max(1, workers) if workers else usable_cores()


# -- the engine, in a worker or here -----------------------------------------------------------
def load_engine() -> None:
    """Import the engine and its rules now, once per process (a worker's initializer)."""
    import tdkt.extract.pipeline  # noqa: F401 - reads every rule and lexicon file


def start_worker(engine: bool = True) -> None:
    """A worker leaves Ctrl-C to the parent (which stops the pool), ends with it, and loads the engine once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core per worker, should a library thread
    _end_with_parent()
    if engine:
        load_engine()


def _end_with_parent() -> None:
    """A parent killed outright (kill -9) cannot stop its pool, and its workers would wait for work forever
    (each holds the task pipe open, so none sees it close): a worker watches its parent's end of the pipe
    it was started through, and ends when the parent does (at once if it already has)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # returns when the parent process is gone
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def extract_one(article: dict) -> Extracted:
    """``article`` ({"text", "id"?, "url"?, "title"?, "published"?}) → its record, or the error.

    Never raises: one article's failure must not stop the others (nor the worker's chunk)."""
    from tdkt.extract.pipeline import extract_article

    meta = {k: article.get(k) for k in ("id", "url", "title", "published")}
    try:
        return Extracted(record=extract_article(article["text"], **meta))
    except Exception as exc:  # noqa: BLE001 - told to the caller, who reports it with the article
        return Extracted(error=_sendable(exc))


def extract_json(article: dict, guide_only: bool = False) -> Extracted:
    """``extract_one``, with the record written as one JSON line (only the GUIDE's fields when
    ``guide_only``) in the worker: a string travels back far faster than a nested dict, and
    the parent, which every record passes through, is left only the writing."""
    outcome = extract_one(article)
    if outcome.error is not None:
        return outcome
    record = outcome.record
    if guide_only:
        from tdkt.extract.guide import guide_view
        shown = guide_view(record)
    else:
        shown = record
    return Extracted(line=json.dumps(shown, ensure_ascii=False), warnings=tuple(record.get("warnings", ())))


def _sendable(exc: BaseException) -> BaseException:
    """The exception itself when it can travel between processes, else one that says the same."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _run_chunk(func: Callable, arguments: list) -> list:
    return [func(argument) for argument in arguments]


def extract_records(articles: Iterable[dict], workers: int | None = None, *, chunk: int = CHUNK,
                    min_parallel: int = MIN_PARALLEL, as_json: bool = False,
                    guide_only: bool = False) -> Iterator[tuple[dict, Extracted]]:
    """(article, Extracted) for every article, in input order, on ``workers`` processes (None: every
    usable core; 1: in this process). ``as_json``: each record comes as its JSON line (see
    ``extract_json``; ``guide_only`` keeps only the GUIDE's fields)."""
    pool = OrderedPool(workers, chunk=chunk, min_parallel=min_parallel)
    func = functools.partial(extract_json, guide_only=guide_only) if as_json else extract_one
    yield from pool.map(func, articles)


# -- the pool ----------------------------------------------------------------------------------
class _Chunk:
    __slots__ = ("arguments", "future", "results", "left")

    def __init__(self):
        self.arguments, self.future, self.results, self.left = [], None, None, 0


class OrderedPool:
    """``map(func, items)`` over worker processes: in order, a bounded number of items ahead.

    ``func`` and its arguments must be picklable (a module-level function; plain data), and ``func``
    should not raise (``extract_one`` returns errors). ``engine``: workers load the engine on start."""

    def __init__(self, workers: int | None = None, *, chunk: int = CHUNK, ahead: int = AHEAD,
                 min_parallel: int = MIN_PARALLEL, engine: bool = True):
        self.workers, self.engine = worker_count(workers), engine
        self.chunk, self.ahead, self.min_parallel = max(1, chunk), max(1, ahead), min_parallel
        self.max_in_flight = self.workers * self.ahead
        self.max_pending = self.max_in_flight * self.chunk
        self._executor: ProcessPoolExecutor | None = None
        self._in_flight = 0

    def map(self, func: Callable, items: Iterable, *, wanted: Callable[[object], bool] | None = None,
            argument: Callable[[object], object] | None = None) -> Iterator[tuple[object, object]]:
        """(item, func(argument(item))) for every item, in order; (item, SKIPPED) for one ``wanted``
        refuses (it still comes out in its place)."""
        wanted = wanted or (lambda item: True)
        argument = argument or (lambda item: item)
        entries = ((item, wanted(item)) for item in items)
        if self.workers == 1:
            yield from self._here(func, entries, argument)
            return
        head, long_enough = self._look_ahead(entries)
        if not long_enough:
            yield from self._here(func, head, argument)
            return
        yield from self._in_workers(func, _chain(head, entries), argument)

    def _look_ahead(self, entries: Iterator) -> tuple[list, bool]:
        """The first entries, up to ``min_parallel`` wanted ones (and no more than ``max_pending`` in
        all, so memory stays bounded whatever is wanted); True when the stream goes on."""
        head, count = [], 0
        for entry in entries:
            head.append(entry)
            count += entry[1]
            if count >= self.min_parallel or len(head) >= self.max_pending:
                return head, True
        return head, False

    @staticmethod
    def _here(func: Callable, entries: Iterable, argument: Callable) -> Iterator:
        for item, want in entries:
            yield item, func(argument(item)) if want else SKIPPED

    def _in_workers(self, func: Callable, entries: Iterator, argument: Callable) -> Iterator:
        """The workers are started with the first chunk to send (a stream with nothing wanted starts none)."""
        pending: deque = deque()  # [item, chunk or None, position], in input order
        self._executor, self._in_flight, chunk, finished = None, 0, None, False
        try:
            for item, want in entries:
                if want:
                    chunk = chunk or _Chunk()
                    pending.append([item, chunk, len(chunk.arguments)])
                    chunk.arguments.append(argument(item))
                else:
                    pending.append([item, None, 0])
                if chunk and (len(chunk.arguments) >= self.chunk or len(pending) >= self.max_pending):
                    self._submit(func, chunk)
                    chunk = None
                yield from self._ready(pending, drain=False)
            if chunk:
                self._submit(func, chunk)
            yield from self._ready(pending, drain=True)
            finished = True
        finally:
            if self._executor:  # on an error or Ctrl-C, queued chunks are dropped; workers end after theirs
                # waited for even then: a pool left to stop on its own races the interpreter's exit, which
                # then prints a traceback ("Bad file descriptor") after the command's own message
                self._executor.shutdown(wait=True, cancel_futures=not finished)
            self._executor = None

    def _submit(self, func: Callable, chunk: _Chunk) -> None:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=start_worker, initargs=(self.engine,))
        chunk.left = len(chunk.arguments)
        chunk.future = self._executor.submit(_run_chunk, func, chunk.arguments)
        self._in_flight += 1

    def _ready(self, pending: deque, drain: bool) -> Iterator:
        """Yield the head entries whose results are in; wait for them when too much is ahead."""
        while pending:
            item, chunk, position = pending[0]
            if chunk is None:
                pending.popleft()
                yield item, SKIPPED
                continue
            if chunk.future is None:
                return  # its chunk is still being filled
            full = self._in_flight > self.max_in_flight or len(pending) >= self.max_pending
            if not (drain or full or chunk.future.done()):
                return
            if chunk.results is None:
                chunk.results = _result(chunk.future)
                chunk.arguments = None
            result, chunk.results[position] = chunk.results[position], None
            chunk.left -= 1
            if not chunk.left:
                self._in_flight -= 1
            pending.popleft()
            yield item, result


def _result(future) -> list:
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerFailed("a worker process died (killed, out of memory, or it could not start: a Python script "
                           "that runs workers needs `if __name__ == \"__main__\":`); run again to resume") from None


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest
