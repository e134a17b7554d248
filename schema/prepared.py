"""Records read, checked and turned into rows ahead of the loader, where the loading process need not be.

Parsing a record's line and checking every field (``facts.parse_record``)
cost the loader more than writing the rows. ``prepare`` does both for a list
of lines, with no database: the glue (``tdkt.record_workers``) runs it in
worker processes for a load of record shards, and the loader only looks the
article up and writes the rows it is handed (``PreparedRecord``). What is
stored is the same as when the loader reads the records itself: the same
checks, in the same order, give the same rows and the same messages.

    for item in prepare([("records.jsonl:1", line)]):
        ...  # a PreparedRecord, or a Problem (a line that is not JSON)
"""
from __future__ import annotations

import marshal
import pickle
from dataclasses import dataclass
from typing import Iterator

from tdkt import jsonlines
from tdkt.schema import search_pairs
from tdkt.schema.facts import BadRecord, parse_record, record_hash, record_identity
from tdkt.schema.factwriter import FactRows, fact_rows
from tdkt.schema.inputs import InputError, Item, Problem, source_of

# What a record gives the article row whatever its value (None included); other fields only when set.
RECORD_FIELDS = ("relevant", "relevance", "extractor_version", "author")


@dataclass
class PreparedRecord(Item):
    """A record already checked: its identity and hash, and its article's columns and fact rows (or the
    message of the check it failed, raised as ``BadRecord`` when the loader gets to it)."""
    key: str | None = None
    url: str | None = None
    digest: str = ""
    values: dict | None = None   # the article's columns (``source_id`` apart: only when the row has none)
    source_id: str | None = None
    rows: FactRows | None = None
    error: str | None = None
    pairs: str | None = None     # the pair index's tokens of its title and text, when made ahead


def article_values(facts, digest: str) -> dict:
    """The article row's columns a record gives (``facts.parse_record``'s ``Facts``)."""
    values = {k: v for k, v in facts.article.items() if v is not None or k in RECORD_FIELDS}
    values.update(key=facts.key, record_hash=digest)
    if facts.url:
        values["url"] = facts.url
    return values


def identify(record: object, raw: bytes | None, origin: str) -> PreparedRecord:
    """A record's identity and hash: all the loader needs to find it stored unchanged."""
    key, url = record_identity(record)
    return PreparedRecord(origin, key=key, url=url, digest=record_hash(record, raw))


def check(prepared: PreparedRecord, record: object, *, pairs: bool = False) -> None:
    """The record checked, its article's columns and fact rows kept on ``prepared`` (or its error); with
    ``pairs``, the pair index's tokens of its title and text too (``search_pairs.tokens``: what a new
    article is indexed under), the costliest part of filling that index, made here by a worker."""
    try:
        facts = parse_record(record)
    except BadRecord as exc:
        prepared.error = str(exc)
        return
    prepared.values = article_values(facts, prepared.digest)
    prepared.source_id = source_of(facts.url) if facts.url else None
    prepared.rows = fact_rows(facts)
    if pairs:
        prepared.pairs = search_pairs.tokens(prepared.values.get("title"), prepared.values.get("text"))


def prepare_record(record: object, raw: bytes | None, origin: str, *, pairs: bool = False) -> PreparedRecord:
    prepared = identify(record, raw, origin)
    check(prepared, record, pairs=pairs)
    return prepared


def prepare(lines: list[tuple[str, bytes] | Problem], *, pairs: bool = False) -> list[PreparedRecord | Problem]:
    """(origin, line as read) → a PreparedRecord, or the Problem of a line that cannot be read
    (``tdkt.jsonlines.parse``); a Problem given stays as it is. ``pairs``: the pair index's tokens made
    too (``check``)."""
    out = []
    for entry in lines:
        if isinstance(entry, Problem):
            out.append(entry)
            continue
        origin, raw = entry
        line = jsonlines.parse(raw, origin)
        out.append(Problem(origin, line.problem) if line.problem
                   else prepare_record(line.value, line.raw, origin, pairs=pairs))
    return out


def pack(prepared: list[PreparedRecord | Problem]) -> bytes:
    """``prepare``'s output as bytes to send between processes: plain tuples in ``marshal``, which
    writes and reads them in half the time ``pickle`` takes for the same objects (``unpack``)."""
    out = []
    for p in prepared:
        if isinstance(p, Problem):
            out.append((p.origin, p.message))
            continue
        r = p.rows
        rows = None if r is None else (r.key, r.place, r.event, r.officials, r.campaigns, r.awards,
                                       None if r.named is None else pickle.dumps(r.named))
        out.append((p.origin, p.key, p.url, p.digest, p.values, p.source_id, p.error, rows, p.pairs))
    return marshal.dumps(out)


def unpack(data: bytes) -> list[PreparedRecord | Problem]:
    out = []
    for entry in marshal.loads(data):
        if len(entry) == 2:
            out.append(Problem(*entry))
            continue
        origin, key, url, digest, values, source_id, error, rows, pairs = entry
        if rows is not None:
            named = rows[6]
            rows = FactRows(*rows[:6], named=None if named is None else pickle.loads(named))
        out.append(PreparedRecord(origin, key=key, url=url, digest=digest, values=values, source_id=source_id,
                                  rows=rows, error=error, pairs=pairs))
    return out


def prepare_packed(lines: list[tuple[str, bytes] | Problem], pairs: bool = False) -> bytes:
    """``prepare`` in a worker process, its output packed to travel back (``pack``)."""
    return pack(prepare(lines, pairs=pairs))


def record_lines(path: str) -> Iterator[tuple[str, bytes] | Problem]:
    """The lines of a JSON Lines file of records, unparsed (a line too long is a Problem already)."""
    try:
        for line in jsonlines.read(path, parsed=False):
            yield Problem(line.origin, line.problem) if line.problem else (line.origin, line.raw)
    except jsonlines.CannotRead as exc:
        raise InputError(str(exc)) from None
