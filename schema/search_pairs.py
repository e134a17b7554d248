"""The pair index: each article's pairs of consecutive words, marked when the second is capitalised.

A phrase or name made of syllables found in most articles ("Đoàn Thế Hiếu",
"huyện Tam Nông", "tam nong": "Thế" of "tập thể", "Nông" of "nông thôn") is
answered by the full-text index by reading every article that has all those
syllables, to find the few where they stand together. This second index
holds, per article, every pair of consecutive words of its title and of its
text (folded, lower case, joined into one token; punctuation between them
ignored, as the full-text index ignores it), and every three words whose last
two are capitalised (a name after the word that says what it is: "huyện Tam
Nông"). It keeps rowids only (no positions), so its list for a pair is as
short as the pair is rare.

Because every pair is in it, it is exact: the articles with the phrase "tam
nong" are those listed under "tam__nong" (second word capitalised, "Tam Nông",
"tâm Nông") or "tam_nong" (second word not, "tâm nông"). A longer phrase is
in the articles that have all its pairs; those listed under its three words
as a name have it, the others are read to check (``PairIndex.narrow``).

The loader keeps it beside the full-text index (``index``, ``unindex``,
``rebuild``; a bulk load of record shards has the tokens made on its worker
processes and writes them, ``write_tokens``); a database made before it has
none until its migration has filled it, one whose index was dropped
(``drop``, ``tdkt load --no-search-pairs``) none at all, and search then
reads the full-text index alone.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from pathlib import Path
from typing import Iterable

from tdkt.schema.fold import fold

TABLE = "articles_fts_pairs"  # "articles_fts…": left out of exports with the full-text index's own tables
# A phrase in more articles than this is common enough for the full-text index to find fast.
PAIR_LIMIT = 20_000
# A phrase of more words is looked for in the full-text index alone (a name has at most five words:
# schema.search_terms.NAME_WORDS).
PHRASE_WORDS = 5
_WORDS = re.compile(r"[^\W_]+")  # the full-text index's words: letters and digits ("_" separates)


def create(conn: sqlite3.Connection) -> None:
    """The index: contentless (the tokens are made again to delete an article), rowids only."""
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(pairs, content = '', detail = none, "
                 "tokenize = \"unicode61 remove_diacritics 2 tokenchars '_'\")")


def exists(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone() is not None


def tokens(title: str | None, text: str | None) -> str:
    """The article's tokens, space-separated: its title's and its text's pairs and names (a phrase never
    spans the two, as in the full-text index, where they are two columns)."""
    found: set[str] = set()
    for part in (title, text):
        if part:
            found.update(_tokens(part))
    return " ".join(found)


def _tokens(text: str) -> set[str]:
    """ "a_b" for two consecutive words, "a__b" when the second is capitalised, "a__b__c" when the last two are."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    words = [_WORD_CACHE.get(word) or _folded(word) for word in _WORDS.findall(text)]
    found = {first[0] + ("__" if second[1] else "_") + second[0] for first, second in zip(words, words[1:])}
    found.update(f"{first[0]}__{second[0]}__{third[0]}" for first, second, third
                 in zip(words, words[1:], words[2:]) if second[1] and third[1])
    return found


# Each word as written → (folded lower case, capitalised): an archive has a few tens of thousands of them.
_WORD_CACHE: dict[str, tuple[str, bool]] = {}
_CACHE_SIZE = 200_000


def _folded(word: str) -> tuple[str, bool]:
    if len(_WORD_CACHE) >= _CACHE_SIZE:
        _WORD_CACHE.clear()
    _WORD_CACHE[word] = (fold(word).lower(), word[0].isupper())
    return _WORD_CACHE[word]


def kept_in(path) -> bool:
    """Whether the database at ``path`` has the index (a database not made yet will): a load of records
    has its workers make the tokens only for one that does."""
    if not Path(path).is_file():
        return True
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return True
    try:
        return exists(conn) or not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone()
    except sqlite3.Error:
        return True
    finally:
        conn.close()


def drop(conn: sqlite3.Connection) -> None:
    """The index removed (its tables with it): loads no longer fill it, search reads the full-text index
    alone; ``rebuild`` makes it again."""
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")


def index(conn: sqlite3.Connection, articles: Iterable[tuple[int, tuple[str | None, str | None]]]) -> None:
    """Add (article id, (title, text)) to the index (the loader's batch, when it fills the full-text index)."""
    if exists(conn):
        write_tokens(conn, ((article_id, tokens(title, text)) for article_id, (title, text) in articles))


def write_tokens(conn: sqlite3.Connection, articles: Iterable[tuple[int, str]]) -> None:
    """Add (article id, its ``tokens``, made beforehand) to the index, which must exist."""
    conn.executemany(f"INSERT INTO {TABLE} (rowid, pairs) VALUES (?, ?)", articles)


def unindex(conn: sqlite3.Connection, article_id: int) -> None:
    """Take an article out, before its title or text changes (its tokens are made again from them)."""
    if exists(conn):
        row = conn.execute("SELECT title, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is not None:
            conn.execute(f"INSERT INTO {TABLE} ({TABLE}, rowid, pairs) VALUES ('delete', ?, ?)",
                         (article_id, tokens(*row)))


def rebuild(conn: sqlite3.Connection, batch: int = 2000) -> None:
    """The index made again from every article (a migration, the end of a bulk load), in one pass."""
    create(conn)
    conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")
    last = 0
    while rows := conn.execute("SELECT id, title, text FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                               (last, batch)).fetchall():
        conn.executemany(f"INSERT INTO {TABLE} (rowid, pairs) VALUES (?, ?)",
                         ((article_id, tokens(title, text)) for article_id, title, text in rows))
        last = rows[-1][0]


def index_words(words: list[str]) -> list[str]:
    """A query's words as the full-text index reads them: "_" separates ("nmq_2841" is two words)."""
    return [piece for word in words for piece in word.split("_") if piece]


class PairIndex:
    """The pair index as one search reads it."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.present = exists(conn)

    def narrow(self, phrases: list[list[str]], *, alone: bool,
               check_limit: int) -> tuple[list[int], list[int]] | None:
        """For ``phrases`` (folded words, two or more each; those of more than PHRASE_WORDS are left to the
        caller's check), the articles known to have them and those that may have them, to be read and
        checked; None when they are common (the full-text index finds them fast) or there are more than
        ``check_limit`` to check.

        ``alone``: the one phrase is the whole query, so the articles known to have it need no other
        check: those with its pair (two words) or with its three words as a name (the rest of those
        with its two pairs are checked)."""
        phrases = [words for words in map(index_words, phrases) if 2 <= len(words) <= PHRASE_WORDS]
        if not self.present or not phrases:
            return None
        having_pairs = " AND ".join(_pairs(words) for words in phrases)
        # Only a whole query of two or three words has articles known to have it (its pair, its name of three);
        # the others are all checked, so their pairs are counted only as far as the check would go.
        known = alone and len(phrases[0]) <= 3
        limit = PAIR_LIMIT if known else check_limit
        if self._count(having_pairs, limit) > limit:
            return None
        candidates = self._list(having_pairs)
        if known and len(phrases[0]) == 2:
            return candidates, []
        sure = self._list('"' + "__".join(phrases[0]) + '"') if known else []
        having = set(sure)
        unsure = [rowid for rowid in candidates if rowid not in having]
        return (sure, unsure) if len(unsure) <= check_limit else None

    def newest(self, phrases: list[list[str]], count: int) -> int | None:
        """The rowid of the ``count``-th newest article with every pair of ``phrases`` (None when fewer have
        them, or there is no pair index)."""
        phrases = [words for words in map(index_words, phrases) if 2 <= len(words) <= PHRASE_WORDS]
        if not self.present or not phrases:
            return None
        row = self.conn.execute(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                                (" AND ".join(_pairs(words) for words in phrases), count - 1)).fetchone()
        return row[0] if row else None

    def _count(self, expression: str, limit: int) -> int:
        """The articles matching ``expression``, counted up to ``limit`` + 1."""
        return self.conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?)",
                                 (expression, limit + 1)).fetchone()[0]

    def _list(self, expression: str) -> list[int]:
        return [rowid for (rowid,) in self.conn.execute(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY rowid DESC", (expression,))]


def _pairs(words: list[str]) -> str:
    """The articles with every pair of ``words``, as an expression of the pair index."""
    return " AND ".join(f'("{first}_{second}" OR "{first}__{second}")' for first, second in zip(words, words[1:]))
