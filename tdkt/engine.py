"""The extraction engine handed to the loader, on every core.

The database stage does not import the extraction stage: its ``Loader``
takes an ``extract`` callable and the engine's version. This glue gives it
tdkt's own engine, for ``tdkt load``, ``tdkt run`` and ``tdkt reextract``.

With several workers, ``EngineLoad`` extracts ahead: the articles the loader
is about to read pass through an ordered pool of worker processes
(``tdkt.parallel``), which extracts the ones whose stored record is not
current; when the loader then asks for a record, it is already there. The
loader still decides everything (what is current, what is written): an
article it asks for that was not extracted ahead is extracted here, so the
outcome is the same as with one process, only sooner.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from tdkt.extract import engine_version, extract_article
from tdkt.parallel import MIN_PARALLEL, SKIPPED, Extracted, OrderedPool, extract_one
from tdkt.schema.inputs import Item
from tdkt.schema.load import EXTRACTION_INPUTS, Loader, LoadReport


def engine_loader(db, *, extract_again: bool = False, **options) -> Loader:
    """A loader that extracts article texts with tdkt's engine in this process; ``options`` are the
    Loader's. ``extract_again``: no stored record counts as current, so every article is extracted again."""
    version = None if extract_again else engine_version()
    return Loader(db, extract=extract_article, extractor_version=version, **options)


class EngineLoad:
    """A loader whose article texts are extracted ahead on ``workers`` processes (None: every usable
    core; 1: in this process, as ``engine_loader``).

        load = EngineLoad(connect("data/tdkt.db"), workers=2)
        report = load.load(articles_from_jsonl("articles.jsonl"))
    """

    def __init__(self, db, *, workers: int | None = None, extract_again: bool = False,
                 min_parallel: int = MIN_PARALLEL, **options):
        self.version = None if extract_again else engine_version()
        self.loader = Loader(db, extract=self._extract, extractor_version=self.version, **options)
        self.pool = OrderedPool(workers, min_parallel=min_parallel)
        self._current: tuple[Item, Extracted | None] | None = None

    @property
    def report(self) -> LoadReport:
        return self.loader.report

    def load(self, items: Iterable, watch: Callable[[Iterator], Iterator] | None = None) -> LoadReport:
        """Load ``items`` (``schema.inputs`` readers' Items and Problems), extracting ahead. ``watch`` wraps
        the stream as the loader reads it (a progress counter), behind the extraction ahead."""
        ahead = self._ahead(items)
        try:
            return self.loader.load(watch(ahead) if watch else ahead)
        finally:
            ahead.close()  # the workers stop now, whether the load ended or failed
            self._current = None

    def _ahead(self, items: Iterable) -> Iterator:
        for item, outcome in self.pool.map(extract_one, items, wanted=self._needs_extraction,
                                           argument=_article_argument):
            self._current = (item, outcome)
            yield item

    def _needs_extraction(self, item) -> bool:
        """Whether the loader will (probably) ask for this item's record: an article text whose stored
        record is missing or not current. A wrong guess costs time only, never a different result."""
        if not isinstance(item, Item) or item.article is None or item.record is not None:
            return False
        if self.version is None:
            return True
        article = item.article
        rows = self.loader.conn.execute(
            f"SELECT extractor_version, {', '.join(EXTRACTION_INPUTS)} FROM articles WHERE url = ? OR key = ?",
            (article.get("url"), article["key"])).fetchall()
        return not any(row[0] == self.version and all(value == article.get(name) for name, value in
                                                      zip(EXTRACTION_INPUTS, row[1:])) for row in rows)

    def _extract(self, text: str, **meta) -> dict:
        """The loader's extract callable: the record extracted ahead for the article it is loading."""
        if self._current:
            item, outcome = self._current
            if outcome is not SKIPPED and item.article["text"] is text and item.article["key"] == meta.get("id"):
                self._current = None
                if outcome.error is not None:
                    raise outcome.error
                return outcome.record
        return extract_article(text, **meta)


def _article_argument(item: Item) -> dict:
    """What a worker needs to extract an item's article: the loader's own call, as plain data."""
    article = item.article
    return {"text": article["text"], "id": article["key"], "url": article.get("url"),
            "title": article.get("title"), "published": article.get("published")}
