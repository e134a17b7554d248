"""Full-text search over titles and texts, with or without diacritics.

The index (``articles_fts``) holds the folded title and text (schema.fold);
a query is folded the same way, so "thi dua khen thuong dak song", "thi đua
khen thưởng Đắk Song" and "THI ĐUA ... dak Song" find the same articles.
Results come in two groups, each ranked by BM25 (a title match weighs more
than a text match): a short query's words as a phrase, then all its words
anywhere in the article. A broad query (thousands of matches) is ranked
within its most recent RANK_WINDOW matches, which keeps it fast.
Snippets are cut from the *original* text: folding keeps every character in
place, so a match found in the folded text is highlighted with its diacritics.

    from tdkt.schema.search import search
    for hit in search(conn, "thi dua dak song"):
        print(hit.title, hit.snippet)
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from tdkt.schema.fold import words
from tdkt.schema.search_terms import SearchError, Term, parse_query
from tdkt.schema.snippets import MARKS, snippet

TITLE_WEIGHT, TEXT_WEIGHT = 4.0, 1.0
RANK = f"bm25({TITLE_WEIGHT}, {TEXT_WEIGHT})"
# BM25 is computed for every article a query matches; a query of common words matching most of the
# archive is ranked within its RANK_WINDOW most recently loaded matches, which keeps it fast.
RANK_WINDOW = 2000
MAX_PHRASE_WORDS = 4  # a query of more words is rarely a phrase: only its words are looked for


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


def match_expression(query: str) -> str:
    """The FTS5 MATCH expression of a user's query: every word required (quoted: no syntax errors possible)."""
    return " ".join(_quoted(t) for t in parse_query(query))


def search(conn: sqlite3.Connection, query: str, *, limit: int = 20, offset: int = 0,
           marks: tuple[str, str] = MARKS, width: int = 220) -> list[Hit]:
    """The best articles for ``query``, each with a highlighted snippet.

    Articles where a short query's words form a phrase come first, then those that contain all its
    words; BM25 orders each group."""
    terms = parse_query(query)
    wanted = offset + limit
    found: dict[int, tuple[str, float]] = {}
    for kind, expression in tiers(terms):
        if len(found) >= wanted:
            break
        for rowid, score in _ranked(conn, expression, wanted + len(found)):
            if rowid not in found and len(found) < wanted:
                found[rowid] = (kind, score)
    chosen = list(found.items())[offset:wanted]
    if not chosen:
        return []
    rows = {row[0]: row for row in conn.execute(
        f"SELECT id, key, title, url, published, text FROM articles WHERE id IN ({','.join('?' * len(chosen))})",
        [rowid for rowid, _ in chosen])}
    return [Hit(id=rowid, key=rows[rowid][1], title=rows[rowid][2], url=rows[rowid][3], published=rows[rowid][4],
                score=score, match=kind,
                snippet=snippet(rows[rowid][5] or rows[rowid][2] or "", terms, marks=marks, width=width))
            for rowid, (kind, score) in chosen if rowid in rows]


def tiers(terms: list[Term]) -> list[tuple[str, str]]:
    """(kind, MATCH expression): a short query's words as one phrase first, then all its words anywhere.

    The phrase comes first because a reader typing "thanh tri" means the district Thanh Trì, while,
    folded, both words also occur apart in most articles ("thành tích", "chính trị")."""
    every = " ".join(_quoted(t) for t in terms)
    all_words = [w for t in terms for w in t.words]
    if len(terms) == 1 or len(all_words) > MAX_PHRASE_WORDS:
        return [("phrase" if len(terms) == 1 and len(all_words) > 1 else "words", every)]
    return [("phrase", _quoted(Term(all_words, prefix=terms[-1].prefix))), ("words", every)]


def _quoted(term: Term) -> str:
    return '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "")


def _ranked(conn: sqlite3.Connection, expression: str, limit: int) -> list[tuple[int, float]]:
    """The best ``limit`` matches of one expression by BM25; a broad expression (more than RANK_WINDOW
    matches) is ranked within its RANK_WINDOW most recently loaded matches."""
    window = conn.execute("SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC "
                          "LIMIT ?", (expression, RANK_WINDOW + 1)).fetchall()
    if len(window) <= RANK_WINDOW:
        return sorted(window, key=lambda row: row[1])[:limit]
    return sorted(window[:RANK_WINDOW], key=lambda row: row[1])[:limit]


def count(conn: sqlite3.Connection, query: str) -> int:
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
    """tdkt_fold(text), tdkt_match(query) and tdkt_snippet(text, query) inside SQL."""
    conn.create_function("tdkt_fold", 1, lambda text: " ".join(words(text)) if isinstance(text, str) else text,
                         deterministic=True)
    conn.create_function("tdkt_match", 1, sql_match, deterministic=True)
    conn.create_function("tdkt_snippet", 2, _snippet_or_none, deterministic=True)


def _snippet_or_none(text: str | None, query: str | None) -> str | None:
    try:
        return snippet(text or "", parse_query(query or ""))
    except SearchError:
        return None
