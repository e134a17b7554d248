"""Search with and without the pair index, and with and without prefix lists, on real texts: the same
articles, order and snippets?

    .venv/bin/python bench/search_pairs_check.py [DIRECTORY]

Loads every ``*.txt`` of DIRECTORY (default: the real-text cache,
tests/realworld/cache, which is not in the repository: first line the title,
the rest the text) into a new database in a temporary directory, draws
queries from the texts themselves (runs of capitalised words up to five,
with and without diacritics; two to five words in lower case and folded;
words followed by a prefix of one to four letters of the next, with and
without diacritics) and prints how many give other results when search reads
the pair index (schema.search_pairs) than when it reads the full-text index
alone, and when the full-text index keeps lists of prefixes
(schema.search.PREFIX_LENGTHS) than when it has none.
Not part of the test suite: the texts are third-party and stay out of it.
"""
from __future__ import annotations

import random
import re
import sys
import tempfile
from pathlib import Path
from unittest import mock

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tdkt.schema import search_pairs  # noqa: E402
from tdkt.schema.db import connect  # noqa: E402
from tdkt.schema.fold import fold_for_index, fold_query  # noqa: E402
from tdkt.schema.search import RANK, search  # noqa: E402

_RUN = re.compile(r"(?:\b[A-ZĐÀ-Ỹ]\w*\s+)+[A-ZĐÀ-Ỹ]\w*")


def queries(texts: list[str], seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    found: set[str] = set()
    for text in rng.sample(texts, min(200, len(texts))):
        runs = [m.group() for m in _RUN.finditer(text)]
        for run in rng.sample(runs, min(3, len(runs))):
            words = " ".join(run.split()[:rng.randint(2, 5)])
            found.update((words, fold_query(words)))
        words = re.findall(r"\w+", text)
        for _ in range(3):
            start = rng.randint(0, max(0, len(words) - 3))
            found.add(" ".join(words[start:start + rng.randint(2, 5)]).lower())
        for _ in range(2):
            start = rng.randint(0, max(0, len(words) - 2))
            found.add(fold_query(" ".join(words[start:start + 2])))
        for _ in range(3):
            start = rng.randint(0, max(0, len(words) - 3))
            *whole, last = words[start:start + rng.randint(1, 3)] or ["x"]
            prefix = " ".join([*whole, last[:rng.randint(1, 4)]]).lower() + "*"
            found.update((prefix, fold_query(prefix)))
    return sorted(q for q in found if re.search(r"\w", q))


def main() -> int:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "tests" / "realworld" / "cache"
    files = sorted(directory.glob("*.txt"))
    if not files:
        print(f"no *.txt in {directory}")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "check.db").conn
        rows = []
        for number, path in enumerate(files, 1):
            title, _, text = path.read_text(encoding="utf-8").partition("\n")
            rows.append((number, f"t{number}", f"https://texts.example/{number}", title, text))
        with conn:
            conn.executemany("INSERT INTO articles (id, key, url, title, text) VALUES (?, ?, ?, ?, ?)", rows)
            conn.executemany("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                             ((r[0], fold_for_index(r[3]), fold_for_index(r[4])) for r in rows))
            search_pairs.rebuild(conn)
        asked = queries([r[4] for r in rows])

        def results(query: str) -> list[tuple]:
            return [(h.id, h.match, h.diacritics, h.score, h.snippet) for h in search(conn, query, limit=20)]

        with_pairs = {query: results(query) for query in asked}
        with mock.patch.object(search_pairs, "exists", lambda conn: False):
            differ = [query for query in asked if results(query) != with_pairs[query]]
        conn.execute("DROP TABLE articles_fts")  # the full-text index as it was before its prefix lists
        conn.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles_fts_source', "
                     "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')")
        conn.execute(f"INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', '{RANK}')")
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
        conn.commit()
        differ_prefixes = [query for query in asked if results(query) != with_pairs[query]]
        conn.close()
    print(f"{len(files)} texts, {len(asked)} queries ({sum(q.endswith('*') for q in asked)} with a prefix): "
          f"{len(differ)} give other results with the pair index, {len(differ_prefixes)} with prefix lists")
    for query in (differ + differ_prefixes)[:20]:
        print("  ", query)
    return 1 if differ or differ_prefixes else 0


if __name__ == "__main__":
    raise SystemExit(main())
