"""The tdkt database (default ``data/tdkt.db``): opening it, its schema and migrations.

Tables are created with sqlite-utils; each change of the schema is a numbered
migration recorded in ``schema_migrations`` and in ``PRAGMA user_version``, so
a database made by an older tdkt is brought up to date on the next ``tdkt
load`` and one made by a newer tdkt is refused instead of being damaged.

Every problem a user can meet when opening a database (missing, corrupt,
locked, not a tdkt database, too new, on read-only storage, a full disk)
becomes a ``DatabaseProblem`` with a message that says what to do. Several
loads may start on a new database at once: each migration checks again,
inside its write transaction, whether another process applied it meanwhile.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from tdkt import readonly
from tdkt.schema import search, search_pairs, summaries, views

if TYPE_CHECKING:
    import sqlite_utils

DEFAULT_DB = Path("data/tdkt.db")
DEFAULT_TIMEOUT = 10.0  # seconds to wait for another writer
# A load commits its articles in groups: each article is still all-or-nothing (a savepoint), but the
# full-text index is written in large segments instead of one per article, which is most of the speed.
DEFAULT_BATCH, DEFAULT_BATCH_SECONDS = 500, 2.0
SCHEMA_VERSION = 8


class DatabaseProblem(Exception):
    """A database that cannot be used, with a message for the user."""


# -- opening ---------------------------------------------------------------------------------
def connect(path: str | os.PathLike = DEFAULT_DB, *, timeout: float = DEFAULT_TIMEOUT,
            migrate_schema: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) a tdkt database for writing and bring its schema up to date."""
    import sqlite_utils  # here, not at the top: every `tdkt` command imports this module

    path = Path(path)
    if path.is_dir():
        raise DatabaseProblem(f"{path} is a directory, not a database file")
    with explained(path, timeout):
        conn = _open_for_writing(path, timeout)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    with explained(path, timeout):
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA schema_version").fetchone()  # fails here when the file is not SQLite
        if path.stat().st_size == 0:
            conn.execute("PRAGMA page_size = 8192")  # rows with sentences and texts fill pages fast
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA temp_store = MEMORY")  # savepoint journals of a load stay in memory
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB of pages: the indexes of a large load stay in memory
        conn.execute("PRAGMA foreign_keys = ON")
        if migrate_schema:
            migrate(db)
    return db


def _open_for_writing(path: Path, timeout: float) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise sqlite3.OperationalError(f"unable to create the directory {path.parent}: {exc.strerror}") from None
    return sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)


def connect_readonly(path: str | os.PathLike = DEFAULT_DB, *, timeout: float = DEFAULT_TIMEOUT) -> sqlite3.Connection:
    """Open an existing tdkt database so that nothing can be written through this connection
    (on read-only storage too: ``tdkt.readonly``)."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseProblem(f"no database at {path}: create it with `tdkt load`")
    with explained(path, timeout):
        conn = readonly.open_readonly(path, timeout=timeout, check_same_thread=False)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_migrations" not in tables:
        conn.close()
        raise DatabaseProblem(f"{path} is not a tdkt database (no schema_migrations table); "
                              f"`tdkt load --db {path}` makes one")
    _refuse_newer(path, version)
    return conn


class explained:
    """Turn SQLite's terse errors about a database file into messages that say what to do."""

    def __init__(self, path: Path, timeout: float = DEFAULT_TIMEOUT):
        self.path, self.timeout = path, timeout

    def __enter__(self):
        return self

    def __exit__(self, kind, error, tb):
        if isinstance(error, sqlite3.DatabaseError):
            raise DatabaseProblem(describe(error, self.path, self.timeout)) from error
        return False


def describe(error: sqlite3.Error, path: Path | str, timeout: float = DEFAULT_TIMEOUT) -> str:
    message = str(error)
    if "locked" in message or "busy" in message:
        return (f"{path} is locked by another process (waited {timeout:g} s); "
                f"try again when the other load or write has finished")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return f"{path} is not a SQLite database or is corrupt ({message}); move it away and load again"
    if "full" in message:
        return (f"the disk holding {path} is full ({message}); what was committed before is kept: free some "
                "space and run the load again to add the rest")
    if "disk I/O" in message:
        return f"the disk holding {path} failed to read or write ({message}); check the disk, then load again"
    if readonly.on_read_only_storage(path):
        return (f"cannot write {path}: its directory is on read-only storage or not writable ({message}); "
                "choose another --db")
    if "readonly" in message or "unable to open" in message:
        return f"cannot write {path} ({message}); check the file's permissions"
    return f"{path}: {message}"


def _refuse_newer(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise DatabaseProblem(f"{path} has schema version {version}, made by a newer tdkt "
                              f"(this one knows up to {SCHEMA_VERSION}); upgrade tdkt")


# -- migrations --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite_utils.Database], None]


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, target: int = SCHEMA_VERSION) -> list[int]:
    """Apply the pending migrations up to ``target``, each in its own transaction; returns those applied."""
    path = Path(db.conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:")
    _refuse_newer(path, schema_version(db))
    applied = []
    for migration in MIGRATIONS:
        if schema_version(db) < migration.version <= target and _apply(db, migration):
            applied.append(migration.version)
    return applied


def _apply(db: sqlite_utils.Database, migration: Migration) -> bool:
    """Apply one migration in its own write transaction; False when another process applied it first
    (several loads starting on a new database all saw version 0 before any of them began)."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        if schema_version(db) >= migration.version:
            db.conn.execute("ROLLBACK")
            return False
        migration.apply(db)
        db.conn.execute("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                        (migration.version, migration.description, _now()))
        db.conn.execute(f"PRAGMA user_version = {migration.version}")
        db.conn.execute("COMMIT")
    except BaseException:
        rollback(db.conn)
        raise
    return True


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if SQLite has not already (it does on a full disk, and a second
    ROLLBACK would hide the real error behind "cannot rollback - no transaction is active")."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


PROVENANCE = {"text": str, "sentence": str, "span_start": int, "span_end": int, "sentence_start": int,
              "sentence_end": int, "confidence": float, "extractor_version": str}


def _tables(db: sqlite_utils.Database) -> None:
    """Version 1: reference tables, articles, facts with provenance, indexes, the full-text index."""
    db["schema_migrations"].create({"version": int, "description": str, "applied_at": str}, pk="version")
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["taxonomy"].create({"code": str, "kind": str, "official_vi": str, "variants_in_news": str,
                           "recipients": str, "level": str, "note": str}, pk="code")
    db["sources"].create({"id": str, "name": str, "kind": str, "province": str, "district": str,
                          "base_url": str, "domains": str}, pk="id")
    db["places"].create({"id": int, "key": str, "level": str, "era": str, "name": str, "type": str, "code": str,
                         "province": str, "province_code": str, "district": str, "district_code": str,
                         "commune": str, "commune_code": str, "province_2025": str, "province_2025_code": str,
                         "label": str}, pk="id", not_null={"key", "level"})
    db["articles"].create({"id": int, "key": str, "url": str, "canonical_url": str, "title": str,
                           "published": str, "text": str, "source_id": str, "author": str, "content_hash": str,
                           "warc_file": str, "warc_offset": int, "fetched_at": str, "relevant": int,
                           "relevance": float, "extractor_version": str, "record_hash": str, "loaded_at": str},
                          pk="id", not_null={"key"}, foreign_keys=[("source_id", "sources", "id")])
    db["events"].create({"id": int, "article_id": int, "kind": str, "date": str, "year": int, "organizer": str,
                         "place_id": int, "place_era": str, "place_how": str, **PROVENANCE, "evidence": str},
                        pk="id", not_null={"article_id"},
                        foreign_keys=[("article_id", "articles", "id"), ("place_id", "places", "id")])
    db["officials"].create({"id": int, "name": str, "name_key": str, "name_folded": str}, pk="id",
                           not_null={"name", "name_key"})
    db["official_mentions"].create({"id": int, "official_id": int, "article_id": int, "position": int,
                                    "name": str, "titles": str, **PROVENANCE, "mentions": str},
                                   pk="id", not_null={"official_id", "article_id"},
                                   foreign_keys=[("official_id", "officials", "id"), ("article_id", "articles", "id")])
    db["campaigns"].create({"id": str, "name": str, "canonical": int}, pk="id", not_null={"name"})
    db["campaign_mentions"].create({"id": int, "campaign_id": str, "article_id": int, "position": int,
                                    "name": str, **PROVENANCE}, pk="id", not_null={"campaign_id", "article_id"},
                                   foreign_keys=[("campaign_id", "campaigns", "id"), ("article_id", "articles", "id")])
    db["awards"].create({"id": int, "article_id": int, "position": int, "code": str, "kind": str, "level": str,
                         "recipient": str, "count": int, "status": str, "period": str, "issuer": str,
                         **PROVENANCE}, pk="id", not_null={"article_id"},
                        foreign_keys=[("article_id", "articles", "id"), ("code", "taxonomy", "code")])
    for table, columns, unique in INDEXES:
        db[table].create_index(columns, unique=unique, if_not_exists=True)
    # The index reads its content from the articles themselves (no second copy of every text), through a
    # view that folds "đ"; the tokenizer removes the other marks. schema.fold.fold_for_index is the same
    # folding in Python, used when the loader writes to the index.
    db.execute("CREATE VIEW articles_fts_source AS SELECT id, "
               "replace(replace(coalesce(title, ''), 'đ', 'd'), 'Đ', 'D') AS title, "
               "replace(replace(coalesce(text, ''), 'đ', 'd'), 'Đ', 'D') AS text FROM articles")
    db.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles_fts_source', "
               "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')")
    db.execute(f"INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', '{search.RANK}')")


INDEXES = [
    ("places", ["key"], True), ("places", ["level", "name"], False), ("places", ["province", "district"], False),
    ("places", ["province_2025"], False),
    ("articles", ["key"], True), ("articles", ["url"], True), ("articles", ["published"], False),
    ("articles", ["source_id", "published"], False),
    ("events", ["article_id"], True), ("events", ["place_id", "year"], False), ("events", ["year", "kind"], False),
    ("officials", ["name_key"], True), ("officials", ["name_folded"], False),  # not unique from version 3
    ("official_mentions", ["official_id", "article_id"], False), ("official_mentions", ["article_id"], False),
    ("campaign_mentions", ["campaign_id", "article_id"], False), ("campaign_mentions", ["article_id"], False),
    ("awards", ["article_id"], False), ("awards", ["code", "status"], False),
]


def _first_views(db: sqlite_utils.Database) -> None:
    """Version 2 made the first views; version 3 replaced them all (``_counting``), so this is now empty."""


AWARD_STRUCTURE = {"role": str, "part_of": int, "parts_sum": int, "reconciles": int, "counted": int,
                   "qualifier": str, "scope_level": str, "scope_province": str, "scope_district": str,
                   "scope_commune": str, "scope_text": str, "scope_how": str, "period_end": int, "multi_year": int}


def _counting(db: sqlite_utils.Database) -> None:
    """Version 3: numbers a researcher can publish.

    Awards know their role (total, part, item), what they add to a sum (``counted``), their scope and
    achievement year; events are grouped across the articles that report them (``group_id``, one
    ``primary_report``); officials become persons (the name alone no longer makes one row), with the
    evidence of each merge on the mention; the views are rebuilt on these."""
    for view in db.view_names():
        db.execute(f"DROP VIEW [{view}]")
    for column, kind in AWARD_STRUCTURE.items():
        db["awards"].add_column(column, kind)
    db.execute("UPDATE awards SET role = 'item', counted = count")
    db["events"].add_column("group_id", int)
    db["events"].add_column("primary_report", int)
    db["officials"].add_column("province", str)
    db["officials"].add_column("organisation", str)
    db["official_mentions"].add_column("person_evidence", str)
    db.execute("DROP INDEX IF EXISTS idx_officials_name_key")
    for table, columns, unique in INDEXES_3:
        db[table].create_index(columns, unique=unique, if_not_exists=True)
    db.execute("UPDATE events SET group_id = id, primary_report = 1")
    db.execute("CREATE VIEW articles_fts_source AS SELECT id, "
               "replace(replace(coalesce(title, ''), 'đ', 'd'), 'Đ', 'D') AS title, "
               "replace(replace(coalesce(text, ''), 'đ', 'd'), 'Đ', 'D') AS text FROM articles")
    for name, sql in views.VIEWS_BEFORE_SUMMARIES.items():
        db.create_view(name, sql, replace=True)


INDEXES_3 = [("officials", ["name_key"], False), ("events", ["kind", "date"], False), ("events", ["group_id"], False),
             ("awards", ["article_id", "position"], False)]


def _units(db: sqlite_utils.Database) -> None:
    """Version 4: units as entities (schema.units) and the recipients each award names.

    ``award_recipients`` links an award to the units and persons its statement names, as written, with
    the span; ``units`` is one row per real unit; ``unit_names`` counts each spelling of a unit (its
    variants). A person recipient points at the official who is the same person (schema.recipients);
    when persons are resolved again that official may go, so the link is set to NULL, not refused.
    Places learn the 2025 commune of each legacy commune (``code_2025``): a unit whose commune was only
    renamed keeps its history. Records loaded before this version named no recipients: re-extracting
    the articles (``tdkt run`` does, the rules having changed) fills the tables."""
    db["places"].add_column("code_2025", str)
    db.execute("DELETE FROM meta WHERE key = 'reference_fingerprint'")  # the next load refreshes places
    db.execute("""CREATE TABLE units (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, identity_key TEXT NOT NULL,
        name_folded TEXT, type TEXT, variants TEXT, mentions INTEGER,
        place_id INTEGER REFERENCES places(id), place_how TEXT, province TEXT, province_code TEXT,
        district TEXT, district_code TEXT, commune TEXT, commune_code TEXT, province_2025 TEXT,
        province_2025_code TEXT)""")
    db.execute("""CREATE TABLE unit_names (
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE, name TEXT NOT NULL,
        mentions INTEGER NOT NULL, PRIMARY KEY (unit_id, name))""")
    db.execute("""CREATE TABLE award_recipients (
        id INTEGER PRIMARY KEY, award_id INTEGER NOT NULL REFERENCES awards(id),
        article_id INTEGER NOT NULL REFERENCES articles(id), position INTEGER, kind TEXT NOT NULL,
        name TEXT NOT NULL, name_key TEXT, unit_id INTEGER REFERENCES units(id),
        place_id INTEGER REFERENCES places(id), unit_evidence TEXT,
        official_id INTEGER REFERENCES officials(id) ON DELETE SET NULL, person_evidence TEXT,
        span_start INTEGER, span_end INTEGER, sentence TEXT, extractor_version TEXT)""")
    for table, columns, unique in INDEXES_4:
        db[table].create_index(columns, unique=unique, if_not_exists=True)
    for name, sql in views.VIEWS_BEFORE_SUMMARIES.items():
        db.create_view(name, sql, replace=True)


def _summaries(db: sqlite_utils.Database) -> None:
    """Version 5: ``award_trends`` and ``district_comparison`` read summary tables the load keeps up to
    date (schema.summaries), filled here from the facts already stored; same rows, at any size."""
    summaries.create_tables(db.conn)
    summaries.rebuild(db.conn)
    for name, sql in views.VIEWS.items():
        db.create_view(name, sql, replace=True)


def _fast_views(db: sqlite_utils.Database) -> None:
    """Version 6: views rewritten for speed, the same rows (schema.views): ``data_quality`` reads
    ``award_counts``; ``award_facts`` finds an event's reports through the ``group_id`` index;
    ``official_appearances`` looks its figures up per official; ``official_facts`` reads mentions first;
    ``award_trends`` and ``award_facts`` look a form's name up by row, so that counting their rows reads
    no other table."""
    for name, sql in views.VIEWS.items():
        db.create_view(name, sql, replace=True)


def _pair_index(db: sqlite_utils.Database) -> None:
    """Version 7: the pair index beside the full-text index (schema.search_pairs), filled from the
    articles already stored, so that a name or phrase of common syllables is found from a short list."""
    search_pairs.rebuild(db.conn)


def _prefix_index(db: sqlite_utils.Database) -> None:
    """Version 8: the full-text index made again with lists of prefixes (schema.search.PREFIX_LENGTHS), so
    that a prefix query ("thi*", "xa d*") reads one list instead of gathering every word it stands for."""
    search.rebuild_index(db.conn)


INDEXES_4 = [("units", ["identity_key", "province_2025_code"], False), ("units", ["name_folded"], False),
             ("units", ["type"], False), ("award_recipients", ["award_id"], False),
             ("award_recipients", ["article_id"], False), ("award_recipients", ["unit_id"], False),
             ("award_recipients", ["kind", "name_key"], False), ("award_recipients", ["official_id"], False),
             ("places", ["code_2025"], False)]


MIGRATIONS = [
    Migration(1, "tables, indexes and the full-text index", _tables),
    Migration(2, "views (replaced by version 3)", _first_views),
    Migration(3, "award structure, scope and achievement year; events grouped across reports; officials as "
                 "persons; views award_trends, district_comparison, award_facts, events_reported, "
                 "official_appearances, data_quality", _counting),
    Migration(4, "units as entities (units, unit_names), the recipients each award names (award_recipients), "
                 "the 2025 commune of each legacy commune; view unit_awards", _units),
    Migration(5, "summary tables behind award_trends and district_comparison (award_counts, award_trends_rows, "
                 "district_comparison_rows, province_names, summary_pending)", _summaries),
    Migration(6, "views data_quality, award_facts, award_trends, official_appearances and official_facts "
                 "rewritten for speed",
              _fast_views),
    Migration(7, "pair index (articles_fts_pairs): each article's pairs of consecutive words and names of "
                 "three, for search", _pair_index),
    Migration(8, "full-text index made again with prefix lists (prefix = '1 2 3 4'), for prefix queries",
              _prefix_index),
]
