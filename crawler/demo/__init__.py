"""A sample portal shipped with tdkt: the demo's articles served on 127.0.0.1 in four CMS styles.

``tdkt demo`` crawls it; the crawler's tests serve their fixture sites with
the same templates and server.

* ``crawler.demo.portal.DemoPortal(demo_dir=DEMO_DIR, ports=None)``: start the
  portals; ``.registry`` / ``.source_ids`` for ``crawler.crawl.crawl``,
  ``.url_of(item)``, ``.items``, ``.stop()`` (also a context manager)
* ``crawler.demo.sites``: ``LiferaySite``, ``WordPressSite``, ``AspNetSite``,
  ``LegacySite`` (``Site(articles, page_size=5, ...)``)
* ``crawler.demo.server.SiteServer(site, port=0)``: serve one site, log requests
* ``crawler.demo.articles``: ``PortalArticle``, ``load_demo_items()``
"""
