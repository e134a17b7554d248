"""Record files read here, parsed and checked on every core, for the loader to write.

Reading a record's JSON and checking each of its fields cost a load more than
writing the rows. With several workers the lines of the record files go, a
few hundred at a time, to worker processes (``tdkt.parallel``'s ordered,
bounded pool: input order kept, memory flat), which turn them into
``PreparedRecord``s (``schema.prepared``); the loader takes those in order
and only writes. With one worker the loader reads the records itself, and a
small input is prepared in this process: the database ends the same either
way.

    from tdkt.record_workers import records_on_workers
    load_records(db, records_on_workers(["records/a.jsonl", "records/b.jsonl"], workers=2))
"""
from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator

from tdkt.parallel import OrderedPool, worker_count
from tdkt.schema.inputs import Item, Problem, records_from_jsonl
from tdkt.schema.prepared import PreparedRecord, prepare_packed, record_lines, unpack

LINES = 250  # lines sent to a worker at once: a few MB, few enough messages to cost little
AHEAD = 4    # tasks per worker in flight


def records_on_workers(paths: Iterable[str], workers: int | None = None, *, pairs: bool = True
                       ) -> Iterator[PreparedRecord | Item | Problem]:
    """The records of these JSON Lines files in order, each a ``PreparedRecord`` or the ``Problem`` of its
    line, checked on ``workers`` processes (None: every usable core; 1: plain ``Item``s, for the loader
    to check itself). ``pairs``: the workers also make each article's tokens for the search's pair index
    (``schema.search_pairs``), which the loader would otherwise make itself; False for a database
    without that index (``tdkt load --no-search-pairs``)."""
    if worker_count(workers) == 1:  # the loader reads them: a record stored unchanged is not even checked
        for path in paths:
            yield from records_from_jsonl(path)
        return
    pool = OrderedPool(workers, chunk=1, ahead=AHEAD, min_parallel=2, engine=False)
    for _, packed in pool.map(functools.partial(prepare_packed, pairs=pairs), _tasks(paths)):
        yield from unpack(packed)


def _tasks(paths: Iterable[str]) -> Iterator[list]:
    """Lists of up to ``LINES`` lines (origin, bytes); a line already known bad travels as its Problem,
    in its place (``prepare`` gives it back as it is)."""
    lines = itertools.chain.from_iterable(record_lines(path) for path in paths)
    while task := list(itertools.islice(lines, LINES)):
        yield task
