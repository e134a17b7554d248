"""Full-text search over titles and texts, with or without diacritics.

The index (``articles_fts``) holds the folded title and text (schema.fold).
A query typed without diacritics is folded the same way, so "thi dua khen
thuong dak song" finds "thi đua khen thưởng Đắk Song" (and "đ" is "d").
A query typed with diacritics means them: "Lê Quang Vinh" finds "Lê Quang
Vinh", never "Lễ ... Quang" nor "Lê Quảng Vinh". The folded index finds the
candidates, which are then held to the words as typed (in rank order, only as
many as the page needs, at most CHECK_LIMIT); when none has them as typed, the
folded matches are given instead, marked ``diacritics="folded"`` so the caller
can say so.
A run of capitalised words ("Lê Quang Vinh", "Đắk Song") is a name and must
occur whole, like a "quoted phrase".

Results come in two groups, each ranked by BM25 (a title match weighs more
than a text match): a short query's words as a phrase, then all its words
anywhere in the article. A broad query (thousands of matches) is ranked
within its most recent RANK_WINDOW matches, which keeps it fast. BM25 weighs
only the terms that tell articles apart: a term whose every word is in more
than COMMON articles ("thi đua") is required but not weighed, since SQLite would
read every article it is in to weigh it; when no term is weighed, matches with
the terms in the title come first, newest first. A phrase or name made of
common syllables ("huyện Tam Nông", "doan the hieu") is looked up in the pair
index (schema.search_pairs), which lists the articles that have its pairs of
words, instead of among every article that has all its syllables. A prefix of
one to four letters ("khen*", "xa d*") is read from the index's own list for it
(PREFIX_LENGTHS). A query of several terms made only of common words is looked
for among the newest articles only (SCAN_ARTICLES, SCAN_CANDIDATES): a bound on
its work, documented in the README ("Search at scale"). Snippets are cut
from the *original* text and mark only what matched (schema.snippets).

    from tdkt.schema.search import search
    for hit in search(conn, "thi dua dak song"):
        print(hit.title, hit.snippet)
"""
from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from tdkt.schema.fold import fold, folded_pattern, starts_word, words
from tdkt.schema.search_pairs import PairIndex
from tdkt.schema.search_terms import SearchError, Term, has_marks, parse_query
from tdkt.schema.snippets import MARKS, snippet, term_pattern

TITLE_WEIGHT, TEXT_WEIGHT = 4.0, 1.0
RANK = f"bm25({TITLE_WEIGHT}, {TEXT_WEIGHT})"
# A query matching more of the archive is ranked within its RANK_WINDOW most recently loaded matches.
RANK_WINDOW = 2000
MAX_PHRASE_WORDS = 4  # a query of more words is rarely a phrase: only its words are looked for
CHECK_BATCH = 50  # candidates read at a time when holding a query to its diacritics
# A query typed with diacritics is checked against at most this many of its best folded matches: when
# none of them has the words as typed, the folded matches are given (a bound, like RANK_WINDOW, that keeps
# a query whose folded form is common and typed form rare, "thì đua", from reading thousands of texts).
CHECK_LIMIT = 500
# A term whose every word is in more articles than this is common: required, not weighed by BM25 (weighing
# it reads every article it is in; FTS5 gives a word in half the articles a weight of 1e-6 anyway).
COMMON = 20_000
# A window of matches spread over at most TITLE_SPAN times as many articles has its titles checked by the index.
TITLE_SPAN = 4
# The articles the pair index gives are read and checked when they are at most this many (checking one
# costs as much as the full-text index spends on a few hundred articles).
VERIFY_LIMIT = 300
# A query of several terms, each made only of common words ("tổng kết thi đua Bình Dương 2023"), is looked
# for among the newest SCAN_ARTICLES articles, and when one term is a phrase or name, only among those loaded
# since the SCAN_CANDIDATES-th newest with its pairs: the full-text index can skip nothing in such a query's
# lists, and reading them over 1,000,000 articles costs 50 to 150 ms of CPU. Its older matches are not looked
# at (a bound on the work, like RANK_WINDOW): the answer is the same whenever its RANK_WINDOW newest matches
# lie in that stretch, as they do for most queries of common words.
SCAN_ARTICLES = 250_000
SCAN_CANDIDATES = 1000
# The full-text index keeps a list per prefix of one to four letters beside each word's list, so that "thi*"
# or "xa d*" is read like a word, newest first, only as far as needed; without it, SQLite gathers every word
# of the prefix over the whole archive first (3 s for "xa d*" at 1,000,000 articles). A longer prefix stands
# for few words ("chuong*"), gathered as before.
PREFIX_LENGTHS = (1, 2, 3, 4)


@dataclass
class Hit:
    id: int
    key: str
    title: str | None
    url: str | None
    published: str | None
    score: float
    snippet: str
    match: str = "words"  # "phrase" or "words": how the query's words were found
    diacritics: str = "folded"  # "exact": as typed; "folded": without diacritics (typed so, or no exact match)


def create_index(conn: sqlite3.Connection) -> None:
    """The full-text index (``articles_fts``): folded titles and texts read from the articles themselves
    through the view ``articles_fts_source`` (no second copy of every text), with its prefix lists and
    BM25 weights. Empty: ``rebuild_index`` fills it."""
    prefixes = " ".join(map(str, PREFIX_LENGTHS))
    conn.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles_fts_source', "
                 f"content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefixes}')")
    conn.execute(f"INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', '{RANK}')")


def rebuild_index(conn: sqlite3.Connection, batch: int = 2000) -> None:
    """The full-text index made again, with its prefix lists, from every article (a migration).

    The old index's rows are deleted a few thousand at a time before it is dropped: dropping it whole
    makes SQLite keep a copy of its pages in memory until the statement ends (temporary files are kept in
    memory, as the loader asks: 1.4 GB at 1,000,000 articles). The new one is filled from
    ``articles_fts_source``, as FTS5's 'rebuild' fills it."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts_data'").fetchone():
        for table, kept in (("articles_fts_data", 10), ("articles_fts_docsize", 0)):  # FTS5 opens on rows 1 and 10
            while conn.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} WHERE rowid > ? "
                               "LIMIT ?)", (kept, batch)).rowcount:
                pass
    conn.execute("DROP TABLE IF EXISTS articles_fts")
    create_index(conn)
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")


def match_expression(query: str) -> str:
    """The FTS5 MATCH expression of a user's query: every word required, names as phrases (quoted: no
    syntax errors possible). It matches folded words: ``is_exact`` holds an article to typed diacritics."""
    return " ".join(_quoted(t) for t in parse_query(query))


def search(conn: sqlite3.Connection, query: str, *, limit: int = 20, offset: int = 0,
           marks: tuple[str, str] = MARKS, width: int = 220) -> list[Hit]:
    """The best articles for ``query``, each with a highlighted snippet (none when ``width`` is 0).

    Articles where a short query's words form a phrase come first, then those that contain all its
    words; BM25 orders each group. A query typed with diacritics gets the articles that have them as
    typed; only when there is none, the articles that match without them."""
    terms = parse_query(query)
    exact = has_marks(terms)
    index = _Index(conn)
    found = _find(index, terms, offset + limit, exact)
    if exact and not found:
        exact = False
        found = _find(index, terms, offset + limit, exact)
    chosen = list(found.items())[offset:offset + limit]
    if not chosen:
        return []
    rows = _articles(conn, [rowid for rowid, _ in chosen])
    return [Hit(id=rowid, key=rows[rowid][1], title=rows[rowid][2], url=rows[rowid][3], published=rows[rowid][4],
                score=score, match=kind, diacritics="exact" if exact else "folded",
                snippet=snippet(rows[rowid][5] or rows[rowid][2] or "", terms, marks=marks, width=width,
                                exact=exact) if width else "")
            for rowid, (kind, score) in chosen if rowid in rows]


def _find(index: _Index, terms: list[Term], wanted: int, exact: bool) -> dict[int, tuple[str, float]]:
    """rowid → (kind, score) of the first ``wanted`` matches, tier by tier; held to the typed words if ``exact``
    (checking at most CHECK_LIMIT candidates in all, best ranked first)."""
    found: dict[int, tuple[str, float]] = {}
    budget = CHECK_LIMIT
    for kind, tier_terms in tiers(terms):
        if len(found) >= wanted or (exact and budget <= 0):
            break
        ranked = [row for row in index.ranked(tier_terms) if row[0] not in found]
        if exact:
            ranked, checked = _exactly(index.conn, ranked[:budget], tier_terms, wanted - len(found))
            budget -= checked
        for rowid, score in ranked:
            if len(found) < wanted:
                found[rowid] = (kind, score)
    return found


def tiers(terms: list[Term]) -> list[tuple[str, list[Term]]]:
    """(kind, terms that must all occur): a short query's words as one phrase first, then all its words.

    The phrase comes first because a reader typing "thanh tri" means the district Thanh Trì, while,
    folded, both words also occur apart in most articles ("thành tích", "chính trị")."""
    all_words = [w for t in terms for w in t.words]
    if len(terms) == 1 or len(all_words) > MAX_PHRASE_WORDS:
        return [("phrase" if len(terms) == 1 and len(all_words) > 1 else "words", terms)]
    phrase = Term(all_words, prefix=terms[-1].prefix, typed=[w for t in terms for w in t.typed])
    return [("phrase", [phrase]), ("words", terms)]


def _expression(terms: list[Term]) -> str:
    return " ".join(_quoted(t) for t in terms)


def _quoted(term: Term) -> str:
    return '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "")


class _Index:
    """The full-text index as one search reads it: each word's count (up to COMMON) and each tier's ranked
    window are looked up once, so falling back from the typed diacritics to the folded words reads no more."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.pairs = PairIndex(conn)
        self._counts: dict[str, int] = {}
        self._windows: dict[str, list[tuple[int, float]]] = {}
        self._titles: dict[int, str | None] = {}  # the titles of the articles read to check them
        self._prefixes: bool | None = None  # whether the index keeps lists of prefixes (PREFIX_LENGTHS)

    def ranked(self, terms: list[Term]) -> list[tuple[int, float]]:
        """An expression's RANK_WINDOW most recently loaded matches, best first.

        BM25 weighs the terms that have a word found in at most COMMON articles. A term made only of
        common words is required but not weighed: BM25 would read every article it is in to weigh it
        (a second pass over the whole archive for "thi đua"), and gives a word in most articles a
        weight next to nothing anyway. When no term is weighed, the matches with every term in the
        title come first, then the others, newest first within each (score 0)."""
        expression = _expression(terms)
        if expression not in self._windows:
            self._windows[expression] = self._rank(terms, expression)
        return self._windows[expression]

    def _rank(self, terms: list[Term], expression: str) -> list[tuple[int, float]]:
        window, scores = self._window(terms, expression)
        if not window:
            return []
        weighed = [t for t in terms if not self.common(t)]
        if weighed:
            if scores is None:
                scores = dict(self.conn.execute(
                    "SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?",
                    (_expression(weighed), window[-1])))
            return sorted(((rowid, scores[rowid]) for rowid in window if rowid in scores), key=lambda row: row[1])
        titled = self._titled(window, terms)
        return [(rowid, 0.0) for rowid in window if rowid in titled] + \
               [(rowid, 0.0) for rowid in window if rowid not in titled]

    def _window(self, terms: list[Term], expression: str) -> tuple[list[int], dict[int, float] | None]:
        """The RANK_WINDOW most recently loaded matches of ``expression``, newest first, and their scores
        when the full-text index gave them.

        When it holds a phrase or name of words found apart in many articles ("huyện Tam Nông", "doan
        the hieu"), the pair index gives the articles that have it, or the few to check (those with
        all its pairs): the full-text index would read every article that has all its words. Else the
        full-text index finds them, with their scores when every term is weighed (BM25 of the whole
        expression: asking for it later would read the matches a second time)."""
        alone = len(terms) == 1 and not terms[0].prefix
        phrases = [t.words[:-1] if t.prefix else t.words for t in terms if len(t.words) - t.prefix >= 2]
        narrowed = self.pairs.narrow(phrases, alone=alone, check_limit=VERIFY_LIMIT)
        if narrowed is not None:
            sure, unsure = narrowed
            found = set(sure).union(_having(self.conn, unsure, terms, self._titles))
            return sorted(found, reverse=True)[:RANK_WINDOW], None
        since = self._scan_start(terms, phrases)
        if not any(self.common(t) for t in terms):
            rows = self.conn.execute("SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ? "
                                     "ORDER BY rowid DESC LIMIT ?", (expression, since, RANK_WINDOW)).fetchall()
            return [rowid for rowid, _ in rows], dict(rows)
        return [rowid for (rowid,) in self.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY rowid DESC LIMIT ?",
            (expression, since, RANK_WINDOW))], None

    def _scan_start(self, terms: list[Term], phrases: list[list[str]]) -> int:
        """The first article searched: with several terms all made of common words, the SCAN_ARTICLES-th
        newest or, when later, the SCAN_CANDIDATES-th newest with the pairs of ``phrases`` (see
        SCAN_ARTICLES); else the first of all."""
        if len(terms) < 2 or not all(self.common(t) for t in terms):
            return 0
        newest = self.conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
        return max(newest - SCAN_ARTICLES + 1, self.pairs.newest(phrases, SCAN_CANDIDATES) or 0)

    def common(self, term: Term) -> bool:
        """True when every word of ``term`` is in more than COMMON articles. A word typed as a prefix
        ("khen*") counts as common: it stands for many words, which SQLite gathers again to weigh them."""
        words = term.words[:-1] if term.prefix else term.words
        return all(self._count(word) > COMMON for word in words)

    def _count(self, word: str) -> int:
        """The articles ``word`` is in, counted up to COMMON + 1."""
        if word not in self._counts:
            self._counts[word] = self.conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)",
                (f'"{word}"', COMMON + 1)).fetchone()[0]
        return self._counts[word]

    def _listed(self, term: Term) -> bool:
        """True when the index keeps a list for the prefix ``term`` ends with (it reads it like a word's)."""
        if self._prefixes is None:
            row = self.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
            self._prefixes = bool(row and re.search(r"\bprefix\s*=", row[0] or ""))
        return self._prefixes and len(term.words[-1]) <= max(PREFIX_LENGTHS)

    def _titled(self, rowids: list[int], terms: list[Term]) -> set[int]:
        """The articles of ``rowids`` whose folded title has every term (as the index reads it): asked of
        the index's title column when ``rowids`` are most of their stretch of the archive (a few pages
        of each word's list), else read from the titles."""
        if rowids[0] - rowids[-1] < TITLE_SPAN * len(rowids) and all(self._listed(t) for t in terms if t.prefix):
            return {rowid for (rowid,) in self.conn.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?",
                ("title : (" + _expression(terms) + ")", rowids[-1], rowids[0]))}
        patterns = [re.compile(term_pattern(t.words, t.prefix), re.IGNORECASE) for t in terms]
        titles = {rowid: self._titles[rowid] for rowid in rowids if rowid in self._titles}
        unread = [rowid for rowid in rowids if rowid not in titles]
        for start in range(0, len(unread), 500):
            ids = unread[start:start + 500]
            titles.update(self.conn.execute(
                f"SELECT id, title FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids))
        folded = {rowid: fold(title or "") for rowid, title in titles.items()}
        return {rowid for rowid, title in folded.items() if all(p.search(title) for p in patterns)}


def _having(conn: sqlite3.Connection, rowids: list[int], terms: list[Term],
            titles: dict[int, str | None] | None = None) -> list[int]:
    """The articles of ``rowids`` that have every term in their title or text as the full-text index reads
    them (folded; a phrase's words in a row whatever separates them, within the title or the text), in the
    same order; their titles are kept in ``titles``."""
    patterns = [folded_pattern(t.words, t.prefix) for t in terms]
    kept = set()
    for start in range(0, len(rowids), CHECK_BATCH):
        ids = rowids[start:start + CHECK_BATCH]
        for rowid, title, text in conn.execute(
                f"SELECT id, title, text FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids):
            if titles is not None:
                titles[rowid] = title
            columns = [_nfc(column or "").lower() for column in (title, text)]
            if all(any(starts_word(p, column) for column in columns) for p in patterns):  # a phrase in one column
                kept.add(rowid)
    return [rowid for rowid in rowids if rowid in kept]


def _nfc(text: str) -> str:
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _exactly(conn: sqlite3.Connection, ranked: list[tuple[int, float]], terms: list[Term],
             wanted: int) -> tuple[list[tuple[int, float]], int]:
    """The first ``wanted`` of ``ranked`` whose title or text has every term as typed (read in batches),
    and how many were checked."""
    patterns = exact_patterns(terms)
    kept: list[tuple[int, float]] = []
    checked = 0
    for start in range(0, len(ranked), CHECK_BATCH):
        batch = ranked[start:start + CHECK_BATCH]
        ids = [rowid for rowid, _ in batch]
        rows = {row[0]: row for row in conn.execute(
            f"SELECT id, title, text FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)}
        kept += [(rowid, score) for rowid, score in batch
                 if rowid in rows and _has_all(patterns, rows[rowid][1], rows[rowid][2])]
        checked += len(batch)
        if len(kept) >= wanted:
            break
    return kept[:wanted], checked


def exact_patterns(terms: list[Term]) -> list[re.Pattern]:
    """Per term, its pattern with the diacritics as typed, matched over the lower-cased text, so that any
    letter case the page or the user wrote ("Huân chương Lao động", "HUÂN CHƯƠNG") is found.

    Each pattern starts with a literal word (no look-behind, no IGNORECASE), which lets the regular
    expression engine skip through a text at the speed of a substring search; the word boundary
    before a match is checked by ``_found``."""
    return [re.compile(r"\W+".join(map(re.escape, t.typed)) + (r"\w*" if t.prefix else "") + r"(?!\w)")
            for t in terms]


def _has_all(patterns: list[re.Pattern], title: str | None, text: str | None) -> bool:
    content = (title or "") + "\n" + (text or "")
    if not unicodedata.is_normalized("NFC", content):
        content = unicodedata.normalize("NFC", content)
    content = content.lower()
    return all(_found(p, content) for p in patterns)


def _found(pattern: re.Pattern, content: str) -> bool:
    """True when ``pattern`` matches ``content`` at the start of a word."""
    for match in pattern.finditer(content):
        start = match.start()
        if start == 0 or not (content[start - 1].isalnum() or content[start - 1] == "_"):
            return True
    return False


def _articles(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple]:
    return {row[0]: row for row in conn.execute(
        f"SELECT id, key, title, url, published, text FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)}


def count(conn: sqlite3.Connection, query: str) -> int:
    """How many articles match ``query`` without diacritics (the folded index's count: no text is read)."""
    return conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                        (match_expression(query),)).fetchone()[0]


# -- SQL functions for Datasette and `tdkt query` ------------------------------------------
# A MATCH expression no article satisfies, for an empty search box (MATCH NULL is an error).
NO_MATCH = '"tdkt no such word"'


def sql_match(query: str | None) -> str:
    """``match_expression`` for SQL: never raises, an empty query matches nothing."""
    try:
        return match_expression(query or "")
    except SearchError:
        return NO_MATCH


def register_functions(conn: sqlite3.Connection) -> None:
    """tdkt_fold(text), tdkt_match(query), tdkt_exact(title, text, query), tdkt_snippet(text, query) and
    tdkt_search(query[, limit]) inside SQL.

    ``tdkt_search`` is ``search`` itself (diacritics as typed, names whole, folded fallback): a JSON
    array of article ids, best first, for ``json_each``."""
    conn.create_function("tdkt_fold", 1, lambda text: " ".join(words(text)) if isinstance(text, str) else text,
                         deterministic=True)
    conn.create_function("tdkt_match", 1, sql_match, deterministic=True)
    conn.create_function("tdkt_exact", 3, _exact_or_none, deterministic=True)
    conn.create_function("tdkt_snippet", 2, _snippet_or_none, deterministic=True)
    conn.create_function("tdkt_search", 1, lambda query: _search_ids(conn, query, 100))
    conn.create_function("tdkt_search", 2, lambda query, limit: _search_ids(conn, query, limit))


def _search_ids(conn: sqlite3.Connection, query: str | None, limit) -> str:
    try:
        return json.dumps([hit.id for hit in search(conn, query or "", limit=max(1, min(int(limit or 100), 1000)),
                                                     width=0)])
    except (SearchError, TypeError, ValueError):
        return "[]"


def _exact_or_none(title: str | None, text: str | None, query: str | None) -> int | None:
    """1 when the article has the query's words as typed (always, for a query without diacritics)."""
    try:
        terms = parse_query(query or "")
    except SearchError:
        return None
    return int(not has_marks(terms) or _has_all(exact_patterns(terms), title, text))


def _snippet_or_none(text: str | None, query: str | None) -> str | None:
    """The snippet of ``search``: as typed when the text has the query's diacritics, else folded."""
    try:
        terms = parse_query(query or "")
    except SearchError:
        return None
    exact = has_marks(terms) and _has_all(exact_patterns(terms), None, text)
    return snippet(text or "", terms, exact=exact)
