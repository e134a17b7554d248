"""The source registry: ``data/sources.csv``, one row per portal or newspaper.

Header: ``id,name,kind,province,district,base_url,domains,start_urls,selectors,platform``.
``domains`` and ``start_urls`` are space-separated (``*.domain`` takes every
sub-domain into a crawl); ``selectors`` is empty or a JSON object of CSS
selectors (``content``, ``title``, ``date``, ``author``, ``remove``) for what
is particular to one site; ``platform`` names the CMS the site runs
(``data/portal/platforms.json``), which brings its selectors and URL shapes,
so a portal on a known platform needs no selectors of its own. A file
written before the ``platform`` column existed is still read.
Lines starting with ``#`` are comments, wherever they stand, as in every CSV
of the project. The crawler reads the registry to know what to fetch, the
engine to know where an article comes from, the database to describe
sources: all through ``load_registry``, so a row means the same to each.
"""
from __future__ import annotations

import csv
import json
import os
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from tdkt.paths import DATA_DIR
from tdkt.portal.platforms import platforms
from tdkt.portal.urls import host_of, netloc_of, strip_www

HEADER = ["id", "name", "kind", "province", "district", "base_url", "domains", "start_urls", "selectors", "platform"]
HEADER_BEFORE_PLATFORMS = HEADER[:-1]
KINDS = {"provincial_portal", "district_portal", "emulation_board", "newspaper", "ministry"}
SELECTOR_KEYS = {"content", "title", "date", "author", "remove"}


class RegistryError(ValueError):
    """The registry file is missing or malformed; the message names the file and line."""


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    kind: str
    province: str = ""
    district: str = ""
    base_url: str = ""
    domains: tuple[str, ...] = ()
    start_urls: tuple[str, ...] = ()
    selectors: dict = field(default_factory=dict, hash=False, compare=False)
    platform: str = ""

    def sites(self) -> tuple[tuple[str, bool], ...]:
        """(host, takes sub-domains) for each listed domain and the base URL's host; no "www.", no port."""
        found = [_site(domain) for domain in self.domains]
        if host_of(self.base_url):
            found.append((strip_www(host_of(self.base_url)), False))
        return tuple(dict.fromkeys(site for site in found if site[0]))


def _site(domain: str) -> tuple[str, bool]:
    domain = domain.strip().lower().rstrip("/.")
    if "://" in domain:
        domain = netloc_of(domain)
    wildcard = domain.startswith("*.")
    return strip_www(domain[2:] if wildcard else domain).split(":")[0], wildcard


class Registry:
    """The sources in file order, found by id or by the URL of one of their pages."""

    def __init__(self, sources):
        self.sources = tuple(sources)
        self._by_id = {s.id: s for s in self.sources}
        # (site, takes sub-domains, source), worked out once: reading a host is costly and
        # every article asks
        self._sites = tuple((site, wildcard, source) for source in self.sources
                            for site, wildcard in source.sites())

    def __iter__(self):
        return iter(self.sources)

    def __len__(self):
        return len(self.sources)

    def get(self, source_id: str) -> Source | None:
        return self._by_id.get(source_id)

    def for_url(self, url: str) -> Source | None:
        """The source that owns the URL's site: a listed host ("www." optional) or a ``*.domain``.

        The crawler's question: whose selectors and scope apply to this page.
        A sub-domain nobody lists (a department's own portal) belongs to no one.
        """
        return self._most_specific(url, lambda host, site, wildcard: host == site or
                                   (wildcard and host.endswith("." + site)))

    def covering(self, url: str) -> Source | None:
        """The source whose site is the URL's host or a parent domain of it.

        The engine's question: under whose area is this page published
        (phongtho.laichau.gov.vn is under laichau.gov.vn).
        """
        return self._most_specific(url, lambda host, site, wildcard: host == site or host.endswith("." + site))

    def _most_specific(self, url: str, matches) -> Source | None:
        """The matching source with the longest site: a district portal beats its province."""
        host = host_of(url)
        if host is None:
            return None
        host = strip_www(host)
        best, best_len = None, -1
        for site, wildcard, source in self._sites:
            if len(site) > best_len and matches(host, site, wildcard):
                best, best_len = source, len(site)
        return best


def default_registry_path() -> Path:
    return DATA_DIR / "sources.csv"


def load_registry(path: str | os.PathLike | None = None) -> Registry:
    """Read and validate the registry; raise RegistryError naming the line of a bad row.

    Re-read when the file changes (it is being filled while the tools run),
    otherwise served from memory.
    """
    path = Path(path or default_registry_path())
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        raise RegistryError(f"source registry not found: {path}") from None
    return _read_registry(str(path), stamp)


@lru_cache(maxsize=8)
def _read_registry(path: str, _stamp: int) -> Registry:
    sources, seen = [], set()
    with open(path, encoding="utf-8", newline="") as handle:
        for line, row in _rows(handle, path):
            where = f"{path}:{line}"
            source = _parse_row(row, where)
            if source.id in seen:
                raise RegistryError(f"{where}: duplicate id {source.id!r}")
            seen.add(source.id)
            sources.append(source)
    return Registry(sources)


def _rows(handle, path: str):
    """(file line number, row) for each data row; comment lines are skipped but still counted."""
    numbers: list[int] = []

    def data_lines():
        for number, line in enumerate(handle, 1):
            if not line.startswith("#"):
                numbers.append(number)
                yield line

    reader = csv.DictReader(data_lines())
    if reader.fieldnames not in (HEADER, HEADER_BEFORE_PLATFORMS):
        raise RegistryError(f"{path}: header must be {','.join(HEADER)}")
    for row in reader:
        yield numbers[reader.line_num - 1], row


def _parse_row(row: dict, where: str) -> Source:
    values = {k: _clean(row.get(k)) for k in HEADER}
    if not values["id"]:
        raise RegistryError(f"{where}: empty id")
    if values["kind"] not in KINDS:
        raise RegistryError(f"{where}: kind {values['kind']!r} is not one of {', '.join(sorted(KINDS))}")
    base_url = _checked_url(values["base_url"], where)
    start_urls = tuple(_checked_url(u, where) for u in values["start_urls"].split()) or (base_url,)
    domains = tuple(values["domains"].split()) or (netloc_of(base_url),)
    return Source(id=values["id"], name=values["name"], kind=values["kind"], province=values["province"],
                  district=values["district"], base_url=base_url, domains=domains, start_urls=start_urls,
                  selectors=_parse_selectors(values["selectors"], where),
                  platform=_checked_platform(values["platform"], where))


def _clean(value: str | None) -> str:
    """NFC and single spaces: one spelling of a name, however the file was typed."""
    return unicodedata.normalize("NFC", " ".join((value or "").split()))


def _checked_url(url: str, where: str) -> str:
    """An http(s) URL with a host, as written (the crawler canonicalises what it fetches)."""
    try:
        parts = urlsplit(url)
        usable = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        usable = False
    if not usable:
        raise RegistryError(f"{where}: bad URL {url!r} (an http(s) URL with a host is needed)")
    return url


def _checked_platform(name: str, where: str) -> str:
    """Empty (unknown: the crawler recognises the platform from the pages) or a platform of platforms.json."""
    if name and name not in platforms():
        raise RegistryError(f"{where}: platform {name!r} is not one of {', '.join(platforms())}")
    return name


def _parse_selectors(text: str, where: str) -> dict:
    if not text:
        return {}
    try:
        selectors = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegistryError(f"{where}: selectors are not valid JSON ({exc.msg})") from None
    if not isinstance(selectors, dict) or not set(selectors) <= SELECTOR_KEYS:
        raise RegistryError(f"{where}: selectors must be a JSON object with keys among {sorted(SELECTOR_KEYS)}")
    return selectors
