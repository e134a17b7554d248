"""``tdkt load``: articles and their facts into the database, whole articles only.

* Idempotent: an article whose record is unchanged (same record hash, or for
  an article text the same content hash and extractor version) is not written
  at all, so loading twice changes nothing.
* Whole articles: an article, its facts and (on re-extraction) the removal of
  its old facts are written inside one transaction. Articles are committed in
  batches (500, or 2 s of work; ``batch_size=1`` commits each on its own):
  an interruption or a crash rolls back the open batch as a whole, so the
  database never holds half an article, and the next load writes the rest.
  If one article cannot be stored, the batch is rolled back and written
  again without it.
* Concurrent loads: an article is looked up and written in the same write
  transaction, so two loads of one file never both insert it; and a loader
  steps back now and then (``_make_room_for_other_writers``) so that another
  one waiting for the database gets its turn.
* Streaming: items are read, written and forgotten; a batch keeps at most
  ``batch_size`` items in memory (to write them again if one fails).

* No engine of its own: article texts are extracted by the ``extract``
  callable it is given (``tdkt.extract.extract_article`` for the commands),
  so the database stage does not depend on the extraction stage. Records
  alone need none.

    from tdkt.schema.db import connect
    from tdkt.schema.load import Loader
    from tdkt.schema.inputs import records_from_jsonl
    report = Loader(connect("data/tdkt.db")).load(records_from_jsonl("records.jsonl"))
"""
from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from tdkt.schema import reference, summaries
from tdkt.schema import bulkload, search_pairs
from tdkt.schema.fulltext_beside import FullTextBeside, remove_leftover
from tdkt.schema.db import DEFAULT_BATCH, DEFAULT_BATCH_SECONDS, DatabaseProblem, describe
from tdkt.schema.facts import BadRecord, Facts, parse_record, record_hash
from tdkt.schema.events import regroup_all, regroup_events
from tdkt.schema.factwriter import FactRows, FactWriter, KeptRowsFailed
from tdkt.schema.persons import PENDING_OFFICIAL_NAMES, drop_orphans, resolve_persons
from tdkt.schema.recipients import PENDING_RECIPIENT_NAMES, link_persons
from tdkt.schema.fold import fold_for_index
from tdkt.schema.inputs import Item, Problem
from tdkt.schema.prepared import RECORD_FIELDS, PreparedRecord, check, identify

# What the extractor reads besides the text: a change means the article is extracted again.
EXTRACTION_INPUTS = ("content_hash", "url", "title", "published")
CRAWL_METADATA = ("canonical_url", "source_id", "warc_file", "warc_offset", "fetched_at")
FIND_COLUMNS = ("id", "key", "url", "record_hash", "extractor_version", "content_hash", "title", "published",
                "canonical_url", "source_id", "warc_file", "warc_offset", "fetched_at")
FIND_SQL = f"SELECT {', '.join(FIND_COLUMNS)} FROM articles WHERE url = ? OR key = ?"
MAX_MESSAGES = 50
# Names resolved into persons at a time: at most this many, reading at most ROW_CHUNK mentions (memory
# holds a chunk's mentions only, however large the database).
NAME_CHUNK, ROW_CHUNK = 500, 20_000
# The names with mentions to resolve, each with its mentions, in the order of each name's first mention
# (the order persons of a name are made in, and so the ids new persons get, whatever the chunks).
_NAMES_IN_ORDER = f"""
SELECT name_key, size FROM (
    SELECT o.name_key, count(*) OVER (PARTITION BY o.name_key) AS size, coalesce(e.date, a.published) AS day,
           m.id AS mention, row_number() OVER (PARTITION BY o.name_key ORDER BY coalesce(e.date, a.published),
                                               m.id) AS rank
    FROM official_mentions m JOIN officials o ON o.id = m.official_id JOIN articles a ON a.id = m.article_id
    LEFT JOIN events e ON e.article_id = m.article_id
    WHERE o.name_key IN ({PENDING_OFFICIAL_NAMES})
) WHERE rank = 1 ORDER BY day, mention"""
_RECIPIENT_NAMES = (f"SELECT name_key, (SELECT count(*) FROM award_recipients r WHERE r.kind = 'person' AND "
                    f"r.name_key = q.name_key) AS size FROM ({PENDING_RECIPIENT_NAMES}) q ORDER BY name_key")
# How long a loader steps back so another waiting for the database gets in: longer than the longest
# sleep of SQLite's busy handler (100 ms), so the waiter is sure to look while the database is free.
WRITER_PAUSE = 0.15


@dataclass
class LoadReport:
    read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    extracted: int = 0
    problems: int = 0
    messages: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.read} read: {self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.problems} skipped; {self.extracted} extracted")


class NoExtractor(Exception):
    """An article text to extract, given to a loader made without an ``extract`` callable."""


class Loader:
    """Writes items into an open tdkt database (``schema.db.connect``).

    ``extract(text, id=, url=, title=, published=)`` turns an article text into its record, and
    ``extractor_version`` names that engine: a stored article extracted by the same version from the
    same text is current and not extracted again. ``extractor_version=None`` makes no record current,
    so every article text is extracted again (``tdkt reextract``). ``pair_index=False`` drops the search's
    pair index (``schema.search_pairs``: loads run faster, names and phrases of common syllables are
    searched slower) and later loads leave it out; ``True`` makes it again from every stored article."""

    def __init__(self, db, *, extract: Callable[..., dict] | None = None, extractor_version: str | None = None,
                 on_problem: Callable[[str], None] | None = None, clock: Callable[[], str] | None = None,
                 batch_size: int = DEFAULT_BATCH, batch_seconds: float = DEFAULT_BATCH_SECONDS,
                 bulk: bool | None = None, pair_index: bool | None = None):
        self.db, self.conn = db, db.conn
        self.extract = extract
        self.extractor_version = extractor_version
        self.on_problem = on_problem
        self.clock = clock or _now
        self.batch_size, self.batch_seconds = max(1, batch_size), batch_seconds
        self.report = LoadReport()
        try:
            # places changed: the province (2025) every award is counted under may have changed
            self._summaries_stale = reference.refresh(db) and self._has_awards()
            # A large write-ahead log between checkpoints: a load writes each page once more, not three times.
            self.conn.execute("PRAGMA wal_autocheckpoint = 16384")
            self.facts = FactWriter(self.conn)
            self.known_sources = {row[0] for row in self.conn.execute("SELECT id FROM sources")}
            self._regroup_all = False  # events grouped again as a whole (after a bulk load), not article by article
            self._bulk_lock = bulkload.BulkLock(self.conn)
            self._load_lock = bulkload.LoadLock(self.conn)
            self._pairs = self._keep_pair_index(pair_index)
            if bulkload.interrupted(self.conn, self._bulk_lock):  # a bulk load that died before its end
                bulkload.restore_indexes(self.conn)
                remove_leftover(self.conn)
                self._summaries_stale = self._regroup_all = True
            # bulk=None: a load into an empty or near-empty database goes bulk once it proves large
            self._bulk_after = (0 if bulk else None if bulk is False else
                                bulkload.AFTER_ITEMS if bulkload.near_empty(self.conn) else None)
            self._bulk = False
            self._collector = contextlib.ExitStack()  # the garbage collector's usual pace, back at the end
            self._unsettled = False  # a bulk load's settings kept until its end (``_settle``)
            # a bulk load's full-text index, built beside it (schema.fulltext_beside); copied in at the end
            self._fulltext: FullTextBeside | None = None
            self._ended = self._fulltext_pending = False  # what a bulk load leaves to after its end
        except sqlite3.DatabaseError as exc:
            raise DatabaseProblem(describe(exc, self._path())) from exc
        self._batch: list[Item] = []           # items of the open batch, written again if one fails
        self._outcomes: Counter = Counter()    # added / updated / unchanged in the open batch
        self._new_sources: set[str] = set()
        # article id → (title, text, pair tokens or None), indexed when the batch commits
        self._to_index: dict[int, tuple] = {}
        self._batch_started, self._batch_time = 0.0, None
        # Held without a real break since (monotonic), and released last at; a loader holds the database
        # for at most half the time other writers wait for it (their busy timeout) before stepping back.
        self._holding_since: float | None = None
        self._released_at: float | None = None
        self._max_hold = self.conn.execute("PRAGMA busy_timeout").fetchone()[0] / 2000 or float("inf")

    def _keep_pair_index(self, wanted: bool | None) -> bool:
        """The search's pair index dropped (``wanted=False``), or made from every stored article if it is
        missing (True), or kept as the database has it (None); True when this load is to fill it."""
        if wanted is False:
            search_pairs.drop(self.conn)
        elif wanted and not search_pairs.exists(self.conn):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                search_pairs.rebuild(self.conn)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        return search_pairs.exists(self.conn)

    # -- driving -------------------------------------------------------------------------------
    def load(self, items: Iterable[Item | Problem]) -> LoadReport:
        """Load every item. An exception (Ctrl-C included) rolls the open batch back and is re-raised."""
        try:
            for item in items:
                if isinstance(item, Problem):
                    self._problem(str(item))
                    continue
                self.report.read += 1
                if self._bulk_after is not None and self.report.read > self._bulk_after and not self._bulk:
                    self._begin_bulk()
                self._load(item)
            self.commit()
            self._end_bulk()
            self.resolve()
            self._after_the_end()
        except BaseException:
            self._rollback()
            self._end_bulk()
            self._after_the_end()
            raise
        finally:
            if self._fulltext is not None:
                self._fulltext.close()
            self._settle()
            self._collector.close()
            self._bulk_lock.release()
            self._load_lock.release()
        return self.report

    def _begin_bulk(self) -> None:
        """A large load into a near-empty database: indexes built at the end, summaries filled once
        (schema.bulkload)."""
        self._bulk_after = None
        if not self._bulk_lock.acquire():
            return  # another bulk load runs on this database: this one stays incremental
        self.commit()
        try:
            bulkload.begin(self.conn)
        except sqlite3.DatabaseError as exc:
            self._bulk_lock.release()
            raise DatabaseProblem(describe(exc, self._path())) from exc
        self._bulk = True
        self._fulltext = FullTextBeside.start(self.conn)
        self._collector.enter_context(bulkload.fewer_collections())
        self._summaries_stale = self._regroup_all = True
        self.facts.summarise = False
        self.facts.buffered = True
        if self.batch_size == DEFAULT_BATCH:  # larger batches, unless the caller chose a size
            self.batch_size, self.batch_seconds = bulkload.BATCH, bulkload.BATCH_SECONDS

    def _end_bulk(self) -> None:
        """The indexes back; the lock is kept until the groups and summaries are done (``resolve``), so no
        other load takes this one for a dead one meanwhile, and so is the bulk load's page cache: grouping
        events and resolving persons read pages all over the tables (they took a fifth less CPU at 100,000
        articles than within the usual cache, and the load's peak of memory stayed where it was). The
        full-text index, built beside them by a thread (``schema.fulltext_beside``), is copied in after
        them, with the indexes of what they wrote (``_after_the_end``)."""
        if self._bulk:
            self._bulk = self.facts.buffered = False
            self._unsettled = True
            beside = self._fulltext is not None
            if beside:
                self._fulltext.last_batch_committed(self.conn)  # its thread works while the steps below run
            try:
                with bulkload.temp_in_file(self.conn):  # an index's sort spills to a file, not to memory
                    bulkload.restore_indexes(self.conn, settle_after=False, fulltext=not beside,
                                             leave=bulkload.AFTER_THE_END)
            except sqlite3.DatabaseError as exc:
                raise DatabaseProblem(describe(exc, self._path())) from exc
            self._ended, self._fulltext_pending = True, beside

    def _after_the_end(self) -> None:
        """After the groups, persons and summaries: the indexes of what they wrote, then the full-text
        index the bulk load built beside it copied in, or, when that cannot be trusted
        (``schema.fulltext_beside``), filled from the articles as before."""
        if not self._ended:
            return
        self._ended = False
        try:
            with bulkload.temp_in_file(self.conn):
                bulkload.restore_indexes(self.conn, settle_after=False, fulltext=not self._fulltext_pending)
                if self._fulltext_pending and not self._fulltext.finish(self.conn, bulkload.FULLTEXT_KEY):
                    bulkload.rebuild_fulltext(self.conn)
            self._fulltext_pending = False
        except sqlite3.DatabaseError as exc:
            raise DatabaseProblem(describe(exc, self._path())) from exc

    def _settle(self) -> None:
        """The usual settings back after a bulk load (``schema.bulkload.settle``)."""
        if self._unsettled:
            self._unsettled = False
            try:
                bulkload.settle(self.conn)
            except sqlite3.DatabaseError as exc:
                raise DatabaseProblem(describe(exc, self._path())) from exc

    def resolve(self) -> None:
        """What needs every article at once, for the articles this load wrote: events grouped across the
        articles that report them (schema.events) and officials resolved into persons (schema.persons).

        Memory stays flat however large the database: the names to resolve are those with mentions not
        yet resolved (every mention this load wrote, and what an interrupted one left), queued in a
        temporary table and taken a chunk at a time (``NAME_CHUNK`` names, ``ROW_CHUNK`` mentions), and
        temporary storage (sorts, the queues) goes to a file meanwhile."""
        articles = self.facts.touched_articles
        conn = self.conn
        try:
            # what an interrupted load committed but did not resolve is resolved now
            if not self._regroup_all:
                articles |= {r[0] for r in conn.execute("SELECT article_id FROM events WHERE group_id IS NULL")}
            with bulkload.temp_in_file(conn):
                conn.execute("BEGIN IMMEDIATE")
                names = _queue(conn, "names", _NAMES_IN_ORDER)
                recipients = _queue(conn, "recipients", _RECIPIENT_NAMES)
                pending = conn.execute("SELECT 1 FROM summary_pending LIMIT 1").fetchone()
                if not articles and not names and not recipients and not pending and not self._summaries_stale:
                    conn.execute("COMMIT")
                    return
                if self._regroup_all:
                    regroup_all(conn)
                else:
                    regroup_events(conn, articles)
                for chunk in _chunks(conn, "names"):
                    resolve_persons(conn, chunk, drop_orphans=False)
                drop_orphans(conn, "SELECT name_key FROM temp.queue_names")
                for chunk in _chunks(conn, "names"):  # award recipients to the persons just resolved
                    link_persons(conn, chunk)
                for chunk in _chunks(conn, "recipients"):  # the other names of recipients left unlinked
                    link_persons(conn, chunk)
                conn.execute("DROP TABLE temp.queue_names")
                conn.execute("DROP TABLE temp.queue_recipients")
                if self._summaries_stale:
                    summaries.rebuild(conn)
                else:  # after regrouping: the groups decide what counts
                    summaries.refresh(conn, articles, all_pending=self._load_lock.alone())
                conn.execute("COMMIT")
            self._summaries_stale = self._regroup_all = False
        except sqlite3.DatabaseError as exc:
            self._rollback()
            raise DatabaseProblem(describe(exc, self._path())) from exc
        self.facts.forget_officials()
        articles.clear()

    def commit(self) -> None:
        """Commit the open batch: its articles, their index entries and what they taught the caches."""
        try:
            if self.conn.in_transaction:
                self._flush_facts()
            if self.conn.in_transaction:
                self._flush_index()
                self.conn.execute("COMMIT")
                self._released_at = time.monotonic()
        except sqlite3.DatabaseError as exc:
            self._rollback()
            raise DatabaseProblem(describe(exc, self._path())) from exc
        for outcome, count in self._outcomes.items():
            setattr(self.report, outcome, getattr(self.report, outcome) + count)
        self.known_sources |= self._new_sources
        self.facts.commit()
        if self._regroup_all:
            self.facts.touched_articles.clear()  # every event is grouped again at the end: memory stays flat
        self._forget_batch()

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
            self._released_at = time.monotonic()
        self.facts.abandon()
        self._forget_batch()

    def _forget_batch(self) -> None:
        self._batch, self._outcomes, self._new_sources = [], Counter(), set()
        self._to_index.clear()

    def _load(self, item: Item) -> None:
        try:
            self._begin()  # looked up and written in one transaction: another load cannot slip in between
            outcome = self._load_article(item) if item.article is not None else self._load_record(item)
        except BadRecord as exc:
            self._problem(f"{item.origin}: {exc}; skipped")
            return
        except KeptRowsFailed:
            self._write_batch_again_unbuffered(item)
            return
        except (sqlite3.IntegrityError, UnicodeEncodeError, OverflowError) as exc:
            # a constraint, a lone surrogate or an integer past 64 bits: this article only, not its batch
            self._write_batch_again_without(item, exc)
            return
        except sqlite3.DatabaseError as exc:
            self._rollback()
            raise DatabaseProblem(describe(exc, self._path())) from exc
        if outcome is None:
            return
        self._batch.append(item)
        self._outcomes[outcome] += 1
        if len(self._batch) >= self.batch_size or (
                self.conn.in_transaction and time.monotonic() - self._batch_started >= self.batch_seconds):
            self.commit()

    def _flush_facts(self) -> None:
        try:
            self.facts.flush()
        except KeptRowsFailed:
            self._write_batch_again_unbuffered()

    def _write_batch_again_unbuffered(self, current: Item | None = None) -> None:
        """Fact rows kept back for the batch's end cannot be stored: roll the batch back and write it again
        (with ``current``, the item being written) article by article, which finds the article at fault and
        reports it as a load that never kept rows back would."""
        items = self._batch + ([current] if current is not None else [])
        self._rollback()
        self.facts.buffered = False
        try:
            for item in items:
                self._load(item)
        finally:
            self.facts.buffered = self._bulk

    def _write_batch_again_without(self, failed: Item, error: Exception) -> None:
        """One article could not be stored: roll its batch back, report it, write the others again."""
        others = self._batch
        self._rollback()
        self._problem(f"{failed.origin}: cannot be stored ({_short(error)}); skipped")
        for item in others:
            self._load(item)

    def _problem(self, message: str) -> None:
        self.report.problems += 1
        if len(self.report.messages) < MAX_MESSAGES:
            self.report.messages.append(message)
        if self.on_problem:
            self.on_problem(message)

    # -- the two kinds of item -----------------------------------------------------------------
    def _load_record(self, item: Item) -> str | None:
        """A record, or one read and checked ahead in a worker process (schema.prepared)."""
        prepared = item if isinstance(item, PreparedRecord) else identify(item.record, item.raw, item.origin)
        row = self._find(item, prepared.key, prepared.url) if prepared.key else None
        if row is False:
            return None
        if row and row["record_hash"] == prepared.digest:  # unchanged: not even checked again
            return "unchanged"
        if prepared is not item:
            check(prepared, item.record)
        if prepared.error is not None:
            raise BadRecord(prepared.error)
        values = dict(prepared.values)
        if prepared.source_id and (not row or not row["source_id"]):
            values["source_id"] = prepared.source_id
        return self._write(row, values, prepared.rows, prepared.pairs)

    def _load_article(self, item: Item) -> str | None:
        article = item.article
        row = self._find(item, article["key"], article.get("url"))
        if row is False:
            return None
        values = {k: article.get(k) for k in ("key", "url", "title", "published", "text", "author",
                                              *EXTRACTION_INPUTS, *CRAWL_METADATA) if k in article}
        current = row and row["extractor_version"] == self.extractor_version and all(
            row[k] == article.get(k) for k in EXTRACTION_INPUTS)
        if current:
            if all(row[k] == article.get(k) for k in CRAWL_METADATA if k in article):
                return "unchanged"
            return self._write(row, {k: values[k] for k in CRAWL_METADATA if k in values}, None)
        record = self._extract(item)
        if record is None:
            return None
        facts = parse_record(record)
        values.update({k: facts.article[k] for k in RECORD_FIELDS}, record_hash=record_hash(record))
        values["author"] = facts.article["author"] or article.get("author")
        return self._write(row, values, facts)

    def _extract(self, item: Item) -> dict | None:
        """The article's record, extracted once (kept on the item in case its batch is written again)."""
        if item.record is not None:
            return item.record
        if self.extract is None:
            raise NoExtractor(f"{item.origin}: an article text to extract, but the loader was given no "
                              "extract callable")
        article = item.article
        try:
            item.record = self.extract(article["text"], id=article["key"], url=article.get("url"),
                                         title=article.get("title"), published=article.get("published"))
        except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the load
            self._problem(f"{item.origin}: extraction failed ({type(exc).__name__}: {exc}); skipped")
            return None
        self.report.extracted += 1
        return item.record

    def _find(self, item: Item, key: str, url: str | None):
        """The stored article with this URL (or, without one, this key); False when the key is taken."""
        rows = [dict(zip(FIND_COLUMNS, r)) for r in self.conn.execute(FIND_SQL, (url, key))]
        by_url = [r for r in rows if url and r["url"] == url]
        if by_url:
            return by_url[0]
        by_key = [r for r in rows if r["key"] == key]
        if not by_key:
            return None
        if url and by_key[0]["url"]:
            self._problem(f"{item.origin}: id {key!r} is already used by another article ({by_key[0]['url']}); "
                          f"skipped")
            return False
        return by_key[0]

    # -- writing -------------------------------------------------------------------------------
    def _write(self, row: dict | None, values: dict, facts: Facts | FactRows | None,
               pairs: str | None = None) -> str:
        """The article row, then its facts, in the open batch's transaction (``pairs``: a new article's
        tokens for the pair index, made ahead by a worker)."""
        self._begin()
        self._ensure_source(values.get("source_id"))
        values["loaded_at"] = self._batch_time
        if row is None:
            article_id = self._insert_article(values)
            # a bulk load builds the full-text index at its end, in one pass, but fills the pair index as
            # it goes: its tokens made on the workers, the loading process only writes them
            if not self._bulk or self._pairs:
                self._to_index[article_id] = (values.get("title"), values.get("text"), pairs)
        else:
            article_id = row["id"]
            values.pop("key", None)  # a stored article keeps its key (another row may hold the new one)
            reindex = (not self._bulk or self._pairs) and ("title" in values or "text" in values)
            if reindex and article_id not in self._to_index:
                self._unindex(article_id)
            self.conn.execute(f"UPDATE articles SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                              [*values.values(), article_id])
            if reindex:  # as stored: a record without a title keeps the article's
                self._to_index[article_id] = (*self.conn.execute(
                    "SELECT title, text FROM articles WHERE id = ?", (article_id,)).fetchone(), None)
        if facts is not None:
            self.facts.replace(article_id, facts, existed=row is not None)
        return "added" if row is None else "updated"

    def _begin(self) -> None:
        if not self.conn.in_transaction:
            self._make_room_for_other_writers()
            self.conn.execute("BEGIN IMMEDIATE")  # waits for (or reports) another writer here
            self._batch_started, self._batch_time = time.monotonic(), self.clock()
            if self._holding_since is None:
                self._holding_since = self._batch_started

    def _make_room_for_other_writers(self) -> None:
        """Step back for ``WRITER_PAUSE`` after holding the database for a while without a break.

        A waiting writer gets in only if its busy handler looks while the database is free, and it looks
        every 100 ms at most, whereas a loader that commits and begins again at once leaves it free for
        microseconds: the other loader gave up after its whole --wait."""
        now = time.monotonic()
        if self._released_at is None or now - self._released_at >= WRITER_PAUSE:
            self._holding_since = None  # the database was free long enough: a new stretch begins
        elif self._holding_since is not None and now - self._holding_since >= self._max_hold:
            time.sleep(WRITER_PAUSE)
            self._holding_since = None

    def _insert_article(self, values: dict) -> int:
        columns = list(values)
        sql = f"INSERT INTO articles ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        return self.conn.execute(sql, list(values.values())).lastrowid

    def _ensure_source(self, source_id: str | None) -> None:
        if source_id and source_id not in self.known_sources and source_id not in self._new_sources:
            self.conn.execute("INSERT OR IGNORE INTO sources (id, name) VALUES (?, ?)", (source_id, source_id))
            self._new_sources.add(source_id)

    # -- the full-text index -------------------------------------------------------------------
    def _unindex(self, article_id: int) -> None:
        """Take an article's indexed words out before its title or text changes (the index keeps no
        copy of the text: it must be told which words to remove). A bulk load's full-text index is
        built at its end: only its pair index holds the article meanwhile."""
        if self._pairs:
            search_pairs.unindex(self.conn, article_id)
        if not self._bulk:
            self.conn.execute("INSERT INTO articles_fts (articles_fts, rowid, title, text) "
                              "SELECT 'delete', id, title, text FROM articles_fts_source WHERE id = ?",
                              (article_id,))

    def _flush_index(self) -> None:
        """The batch's titles and texts into the index in one go (FTS5 writes one segment per flush),
        with "đ" folded as the view articles_fts_source does (schema.fold.fold_for_index); and into the
        pair index, with the tokens made ahead where they were (a bulk load fills only this one)."""
        if not self._bulk:
            self.conn.executemany("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                                  ((article_id, fold_for_index(title), fold_for_index(text))
                                   for article_id, (title, text, _) in self._to_index.items()))
        if self._pairs:
            search_pairs.write_tokens(self.conn, (
                (article_id, pairs if pairs is not None else search_pairs.tokens(title, text))
                for article_id, (title, text, pairs) in self._to_index.items()))
        self._to_index.clear()

    def _has_awards(self) -> bool:
        return self.conn.execute("SELECT 1 FROM awards LIMIT 1").fetchone() is not None

    def _path(self) -> str:
        return self.conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:"


def _queue(conn: sqlite3.Connection, name: str, select: str) -> int:
    """The names ``select`` finds (``name_key`` and ``size``, the rows resolving one reads), in order, in a
    temporary table to be taken in chunks; returns how many names."""
    conn.execute(f"DROP TABLE IF EXISTS temp.queue_{name}")
    conn.execute(f"CREATE TEMP TABLE queue_{name} AS {select}")
    return conn.execute(f"SELECT count(*) FROM temp.queue_{name}").fetchone()[0]


def _chunks(conn: sqlite3.Connection, name: str) -> Iterator[list[str]]:
    """A queued table's names, in chunks of ``NAME_CHUNK`` names or ``ROW_CHUNK`` rows to read, whichever
    comes first (a name mentioned a thousand times weighs a thousand)."""
    chunk, size, last = [], 0, 0
    while rows := conn.execute(f"SELECT rowid, name_key, size FROM temp.queue_{name} WHERE rowid > ? "
                               "ORDER BY rowid LIMIT ?", (last, NAME_CHUNK)).fetchall():
        last = rows[-1][0]
        for _, key, rows_of_key in rows:
            if chunk and (len(chunk) >= NAME_CHUNK or size + rows_of_key > ROW_CHUNK):
                yield chunk
                chunk, size = [], 0
            chunk.append(key)
            size += rows_of_key
    if chunk:
        yield chunk


def _short(error: Exception) -> str:
    if isinstance(error, UnicodeEncodeError):
        return f"a lone surrogate {error.object[error.start:error.end]!r} is not text"
    return str(error)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def load_records(db, items: Iterable[Item | Problem], *, bulk: bool | None = None,
                 on_problem: Callable[[str], None] | None = None, pair_index: bool | None = None) -> LoadReport:
    """Load extraction records (``tdkt extract`` output, e.g. every shard of a directory chained) into
    an open database. ``bulk=None`` bulk-loads a large load into a near-empty database
    (schema.bulkload), ``True`` always, ``False`` never; ``pair_index=False`` drops the search's pair
    index and loads without it, ``True`` makes it again if it was dropped (``Loader``)."""
    return Loader(db, on_problem=on_problem, bulk=bulk, pair_index=pair_index).load(items)
