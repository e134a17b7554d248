"""The source registry: ``data/sources.csv``, one row per portal or newspaper.

Header: ``id,name,kind,province,district,base_url,domains,start_urls,selectors``.
``domains`` and ``start_urls`` are space-separated; ``selectors`` is empty or a
JSON object of CSS selectors (``content``, ``title``, ``date``, ``author``,
``remove``). The extraction engine reads the same file to place articles.
"""
from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from tdkt.crawler.rules import DATA_DIR
from tdkt.crawler.urls import BadURL, Scope, canonicalize, host_of, strip_www

DEFAULT_REGISTRY = Path(os.environ.get("TDKT_SOURCES", DATA_DIR / "sources.csv"))
HEADER = ["id", "name", "kind", "province", "district", "base_url", "domains", "start_urls", "selectors"]
KINDS = {"provincial_portal", "district_portal", "emulation_board", "newspaper", "ministry"}
SELECTOR_KEYS = {"content", "title", "date", "author", "remove"}


class RegistryError(ValueError):
    """The registry file is malformed; the message names the line."""


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

    def scope(self) -> Scope:
        return Scope.from_domains(self.domains or [host_of(self.base_url)])


def adhoc_source(url: str) -> Source:
    """A source for a URL given on the command line that the registry does not know."""
    host = host_of(url)
    return Source(id=strip_www(host), name=host, kind="adhoc", base_url=url, domains=(host,), start_urls=(url,))


class Registry:
    def __init__(self, sources: list[Source]):
        self.sources = sources
        self._by_id = {s.id: s for s in sources}

    def __iter__(self):
        return iter(self.sources)

    def __len__(self):
        return len(self.sources)

    def get(self, source_id: str) -> Source | None:
        return self._by_id.get(source_id)

    def for_url(self, url: str) -> Source | None:
        """The source whose domains contain ``url`` (the most specific domain wins)."""
        host = strip_www(host_of(url)).split(":")[0]
        best, best_len = None, -1
        for source in self.sources:
            for domain in source.domains:
                domain = strip_www(domain.lower())
                bare = domain[2:] if domain.startswith("*.") else domain
                exact = host == bare
                if (exact or (domain.startswith("*.") and host.endswith("." + bare))) and len(bare) > best_len:
                    best, best_len = source, len(bare)
        return best


def load_registry(path: str | os.PathLike | None = None) -> Registry:
    """Read and validate the registry; raise RegistryError with the line number on bad rows."""
    path = Path(path or DEFAULT_REGISTRY)
    if not path.exists():
        raise RegistryError(f"source registry not found: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != HEADER:
            raise RegistryError(f"{path}: header must be {','.join(HEADER)}")
        sources, seen = [], set()
        for row in reader:
            source = _parse_row(row, f"{path}:{reader.line_num}")
            if source.id in seen:
                raise RegistryError(f"{path}:{reader.line_num}: duplicate id {source.id!r}")
            seen.add(source.id)
            sources.append(source)
    return Registry(sources)


def _parse_row(row: dict, where: str) -> Source:
    values = {k: (row.get(k) or "").strip() for k in HEADER}
    if not values["id"]:
        raise RegistryError(f"{where}: empty id")
    if values["kind"] not in KINDS:
        raise RegistryError(f"{where}: kind {values['kind']!r} is not one of {', '.join(sorted(KINDS))}")
    try:
        base_url = canonicalize(values["base_url"])
        start_urls = tuple(canonicalize(u) for u in values["start_urls"].split()) or (base_url,)
    except BadURL as exc:
        raise RegistryError(f"{where}: bad URL ({exc})") from None
    domains = tuple(values["domains"].split()) or (host_of(base_url),)
    return Source(id=values["id"], name=values["name"], kind=values["kind"], province=values["province"],
                  district=values["district"], base_url=base_url, domains=domains, start_urls=start_urls,
                  selectors=_parse_selectors(values["selectors"], where))


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
