"""The demo portal: the demo's articles on four sites of different CMS styles, served on 127.0.0.1.

``data/demo/portals.csv`` names the portals (id, CMS style, kind, name,
listing page size); ``data/demo/articles.jsonl`` and ``data/demo/seeds.csv``
say which portal publishes each article. Every portal is a separate server
(its own host for the crawler), with listings, pagination, a sitemap (and a
feed for the WordPress newspaper) and the usual boilerplate around each
article.

    with DemoPortal() as portal:
        crawl([], sources=portal.source_ids, registry=portal.registry, allow_private=True, delay=0)
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from tdkt.crawler.demo.articles import DEMO_DIR, DemoItem, load_demo_items
from tdkt.crawler.demo.server import Reply, Request, SiteServer
from tdkt.crawler.demo.sites import AspNetSite, LegacySite, LiferaySite, Site, WordPressSite, esc
from tdkt.crawler.urls import canonicalize
from tdkt.portal.sources import Registry, Source
from tdkt.portal.urls import netloc_of


SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


class _WithSitemap:
    """A /sitemap.xml of every article, for the styles whose crawler-test site has none: the demo's portals
    all publish one, as most CMSs do (and a crawler that finds none would report the guessed URL's 404)."""

    def route(self, request: Request) -> Reply | None:
        reply = super().route(request)
        if reply is None and request.route == "/sitemap.xml":
            urls = "".join(f"<url><loc>{esc(self.base + self.article_url(a))}</loc>"
                           f"<lastmod>{a.date.isoformat()}</lastmod></url>" for a in self.articles)
            body = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{SITEMAP_NS}">{urls}</urlset>'
            return Reply(200, body.encode(), [("Content-Type", "application/xml; charset=UTF-8")])
        return reply


class DemoLiferaySite(_WithSitemap, LiferaySite):
    pass


class DemoAspNetSite(_WithSitemap, AspNetSite):
    pass


STYLES: dict[str, type[Site]] = {"liferay": DemoLiferaySite, "wordpress": WordPressSite, "aspnet": DemoAspNetSite,
                                 "legacy": LegacySite}


@dataclass(frozen=True)
class PortalSpec:
    id: str
    style: str
    kind: str
    name: str
    page_size: int


def load_portal_specs(demo_dir: Path = DEMO_DIR) -> list[PortalSpec]:
    with open(demo_dir / "portals.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    specs = [PortalSpec(r["id"], r["style"], r["kind"], r["name"], int(r["page_size"])) for r in rows]
    unknown = [s.style for s in specs if s.style not in STYLES]
    if unknown:
        raise ValueError(f"{demo_dir / 'portals.csv'}: unknown CMS style(s) {unknown}; known: {sorted(STYLES)}")
    return specs


class DemoPortal:
    """The demo's portals, each on its own port of 127.0.0.1, until ``stop()`` (or the end of a ``with``)."""

    def __init__(self, demo_dir: Path = DEMO_DIR, ports: dict[str, int] | None = None):
        self.specs = load_portal_specs(demo_dir)
        self.items = load_demo_items(demo_dir)
        self.sites = {spec.id: self._site(spec) for spec in self.specs}
        self.servers = {spec.id: SiteServer(self.sites[spec.id], (ports or {}).get(spec.id, 0))
                        for spec in self.specs}

    def _site(self, spec: PortalSpec) -> Site:
        articles = [item.article for item in self.items if item.portal == spec.id]
        if not articles:
            raise ValueError(f"demo portal {spec.id} has no articles")
        site = STYLES[spec.style](articles, page_size=spec.page_size, name=spec.name)
        site.calendar = False  # the endless calendar is a crawler test, not part of the demo
        return site

    # -- what a crawl needs --------------------------------------------------------------------
    @property
    def source_ids(self) -> list[str]:
        return [spec.id for spec in self.specs]

    @property
    def sources(self) -> list[Source]:
        return [Source(id=spec.id, name=spec.name, kind=spec.kind, base_url=self.servers[spec.id].url + "/",
                       domains=(netloc_of(self.servers[spec.id].url),), start_urls=(self.servers[spec.id].url + "/",))
                for spec in self.specs]

    @property
    def registry(self) -> Registry:
        return Registry(self.sources)

    @property
    def ports(self) -> dict[str, int]:
        return {portal_id: server.port for portal_id, server in self.servers.items()}

    def url_of(self, item: DemoItem) -> str:
        """The canonical URL at which ``item`` is published."""
        site = self.sites[item.portal]
        return canonicalize(self.servers[item.portal].url + site.article_url(item.article))

    def requests(self) -> int:
        return sum(len(server.log.paths()) for server in self.servers.values())

    # -- lifetime ------------------------------------------------------------------------------
    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()

    def __enter__(self) -> DemoPortal:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
