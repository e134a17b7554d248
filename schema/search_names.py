"""The name index: each article's capitalised runs ("Đoàn Thế Hiếu", "huyện Tam Nông"), a token each.

A name or place is mostly made of syllables found in most articles ("Thế" of
"tập thể", "Nông" of "nông thôn"), so the full-text index answers "Đoàn Thế
Hiếu" or "huyện Tam Nông" by reading every article that has all those
syllables, to find the few where they stand together. This second, much
smaller index holds, per article, every run of two or three consecutive
capitalised words of its title and text (punctuation between them ignored,
as the full-text index ignores it), folded and joined into one token
("doan_the_hieu", "tam_nong"): its list for a name is as short as the name
is rare. ``schema.search`` reads it to narrow a phrase's candidates before
the full-text index checks and ranks them (``NameIndex``).

A name is written capitalised, so its articles are all in its list; a
sequence also written in lower case ("Tổng Kết" in a title, "tổng kết" in
most texts) is not a name: it is looked for in the full-text index alone
(``NameIndex.candidates`` checks the newest articles for that).

The loader keeps it beside the full-text index (``index``, ``unindex``,
``rebuild``); a database made before it has none until its migration has
filled it, and search then reads the full-text index alone.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from typing import Iterable

from tdkt.schema.fold import fold

TABLE = "articles_fts_names"  # "articles_fts…": left out of exports with the full-text index's own tables
RUN_WORDS = (2, 3)  # a run's sub-runs of two and three words are stored; a longer name is found by its parts
# A name in more articles than this narrows nothing worth the checking: the full-text index is read instead.
NAME_LIMIT = 20_000
# A sequence written otherwise than capitalised in any of the PROBE newest articles is not a name.
PROBE = 10_000

# Capital letters of the alphabets an article may quote: Latin with every Vietnamese capital ("Đ", "Ắ"),
# Greek, Cyrillic, Armenian.
_UPPER_CLASS = "[" + re.escape("".join(chr(c) for c in range(0x2000) if chr(c).isupper())) + "]"
# Two or more capitalised words in a row, whatever separates them (the full-text index ignores it).
_RUN = re.compile(rf"{_UPPER_CLASS}[^\W_]*(?:[\W_]+{_UPPER_CLASS}[^\W_]*)+")
_BEFORE = re.compile(r"[\W_]+[^\W_]+")  # the word before a run, read backwards
_WORDS = re.compile(r"[^\W_]+")  # the full-text index's words: letters and digits ("_" separates)
_APART = "\uffff"  # joins the runs of an article to fold them in one go (a non-character: never in a run)


def create(conn: sqlite3.Connection) -> None:
    """The index: contentless (the tokens are made again to delete an article), rowids only. (Its row
    sizes are kept: without them SQLite refuses to list its rows, and a dump of the database fails.)"""
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(names, content = '', detail = none, "
                 "tokenize = \"unicode61 remove_diacritics 2 tokenchars '_'\")")


def exists(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone() is not None


def tokens(title: str | None, text: str | None) -> str:
    """The article's name tokens, space-separated: every stretch of RUN_WORDS words of a capitalised run,
    and the word before the run with its first one or two words ("huyen_tam", "huyen_tam_nong" of
    "huyện Tam Nông": a place or person is mostly written after a lower-case word that says what it is)."""
    content = (title or "") + "\n" + (text or "")
    if not content.isascii() and not unicodedata.is_normalized("NFC", content):
        content = unicodedata.normalize("NFC", content)
    found: set[str] = set()
    content = content.replace(_APART, " ")
    runs = []
    for run in _RUN.finditer(content):
        start = run.start()
        if start and content[start - 1].isalnum():  # a capital inside a word
            runs.append(run.group()[_WORDS.match(run.group()).end():])  # "iPhone Xs": "Xs" alone, no token
            continue
        before = _BEFORE.match(content[max(0, start - 40):start][::-1])
        runs.append(before.group()[::-1] + run.group() if before else run.group())
    for run in fold(_APART.join(runs)).lower().split(_APART) if runs else ():
        found.update(join(_WORDS.findall(run)))
    return " ".join(found)


def join(words: list[str]) -> list[str]:
    """The tokens of a run of words: each stretch of RUN_WORDS consecutive words, joined by "_"."""
    return ["_".join(words[start:start + size]) for size in range(RUN_WORDS[0], RUN_WORDS[1] + 1)
            for start in range(len(words) - size + 1)]


def index(conn: sqlite3.Connection, articles: Iterable[tuple[int, tuple[str | None, str | None]]]) -> None:
    """Add (article id, (title, text)) to the index (the loader's batch, when it fills the full-text index)."""
    if exists(conn):
        conn.executemany(f"INSERT INTO {TABLE} (rowid, names) VALUES (?, ?)",
                         ((article_id, tokens(title, text)) for article_id, (title, text) in articles))


def unindex(conn: sqlite3.Connection, article_id: int) -> None:
    """Take an article out, before its title or text changes (its tokens are made again from them)."""
    if exists(conn):
        row = conn.execute("SELECT title, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is not None:
            conn.execute(f"INSERT INTO {TABLE} ({TABLE}, rowid, names) VALUES ('delete', ?, ?)",
                         (article_id, tokens(*row)))


def rebuild(conn: sqlite3.Connection, batch: int = 2000) -> None:
    """The index made again from every article (a migration, the end of a bulk load), in one pass."""
    create(conn)
    conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")
    last = 0
    while rows := conn.execute("SELECT id, title, text FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                               (last, batch)).fetchall():
        conn.executemany(f"INSERT INTO {TABLE} (rowid, names) VALUES (?, ?)",
                         ((article_id, tokens(title, text)) for article_id, title, text in rows))
        last = rows[-1][0]


class NameIndex:
    """The name index as one search reads it: each token's count, list and check made once."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.present = exists(conn)
        self._counts: dict[str, int] = {}
        self._names: dict[str, bool] = {}
        self._newest: int | None = None

    def narrow(self, phrases: list[list[str]], *, alone: bool, check_limit: int) -> tuple[list[int], bool] | None:
        """The articles that may hold every phrase of ``phrases`` (folded words), newest first, and True
        when they are exactly those that hold the one phrase given; None when the name index cannot say.

        A phrase of two or three words written as a name is looked up whole: its list is every
        article that has it (the list of "huyen_tam_nong" holds "huyện Tam Nông" and "Huyện Tam
        Nông"). ``alone``: the phrase is the whole query, its list is used as it is; else a list is
        read and checked by the caller only when it has at most ``check_limit`` articles, so the name
        of the phrase's runs in the fewest articles is taken."""
        if len(phrases) == 1 and len(phrases[0]) <= RUN_WORDS[1]:
            whole = "_".join(phrases[0])
            if self._count(whole) <= (NAME_LIMIT if alone else check_limit) and self._name(whole):
                return self._list(whole), True
        runs = {token for words in phrases for token in join(words)}
        for count, token in sorted((self._count(token), token) for token in runs):
            if count > check_limit:
                break
            if self._name(token):
                return self._list(token), False
        return None

    def _name(self, token: str) -> bool:
        """True when ``token`` is written as a name in at most NAME_LIMIT articles, and in every one of
        the PROBE newest articles that hold its words together (else it is also written otherwise:
        "Tổng Kết" of a title in capitals, "tổng kết" in most texts)."""
        if token not in self._names:
            self._names[token] = 0 < self._count(token) <= NAME_LIMIT and self._written_as_name(token)
        return self._names[token]

    def _count(self, token: str) -> int:
        if token not in self._counts:
            self._counts[token] = self.conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?)",
                (f'"{token}"', NAME_LIMIT + 1)).fetchone()[0] if self.present else 0
        return self._counts[token]

    def _list(self, token: str) -> list[int]:
        return [rowid for (rowid,) in self.conn.execute(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY rowid DESC", (f'"{token}"',))]

    def _written_as_name(self, token: str) -> bool:
        if self._newest is None:
            self._newest = self.conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
        listed = set(self._list(token))
        return all(rowid in listed for (rowid,) in self.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid > ?",
            ('"' + token.replace("_", " ") + '"', self._newest - PROBE)))
