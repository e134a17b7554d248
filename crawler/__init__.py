"""The crawler stage of tdkt: polite, resumable collection of portal articles, archived as WARC.

Public API (see the module docstrings for details):

* ``crawler.crawl.crawl(urls, sources=..., registry=..., **CrawlConfig options) -> summary dict``
* ``crawler.store.iter_articles(db_path) -> dicts`` with id, url, canonical_url, title, published,
  text, source, author, content_hash, fetched_at, http_status, warc_file, warc_offset, frontier_id
* ``crawler.replay.iter_articles_from_warc(path_or_dir, registry=None, since=None) -> dicts``
* ``crawler.export.export_articles(db_path, fmt, out)``
* ``tdkt.portal.sources.load_registry(path=None) -> Registry`` (``data/sources.csv``, shared with the engine)
"""
