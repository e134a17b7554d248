"""Which source an article URL comes from, and the place that source covers.

A provincial portal or newspaper places an event the text does not place
elsewhere (gold/GUIDE.md, "place"), so the URL is evidence. The source
registry (data/sources.csv) is asked first; failing that, the host name is read
with the gazetteer's ASCII slugs, since Vietnamese public hosts follow a few
fixed shapes: "<district>.<province>.gov.vn" (phongtho.laichau.gov.vn),
"<province>.gov.vn" and provincial newspapers "bao<province>.vn".
"""
from __future__ import annotations

import csv
import ipaddress
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from tdkt.extract.gazetteer_data import read_table
from tdkt.extract.gazetteer_data import slug_index
from tdkt.extract.normalize import normalize_text
from tdkt.extract.resources import data_path

_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
# Second-level suffixes under .vn that a newspaper's own name sits in front of.
_VN_SUFFIXES = (".com.vn", ".org.vn", ".net.vn", ".gov.vn", ".vn")


@dataclass(frozen=True)
class SourceMatch:
    source_id: str | None
    name: str | None
    kind: str | None
    province: str | None
    district: str | None
    how: str                  # "registry" | "domain_slug"


@dataclass(frozen=True)
class SourceRow:
    id: str
    name: str
    kind: str
    province: str | None
    district: str | None
    domains: tuple[str, ...]


def host_of(url: object) -> str | None:
    """The lower-case ASCII host of a URL ("www." kept), or None for anything that is
    not a public domain name (empty, malformed, an IP address, localhost)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or len(url) > 4096 or any(c.isspace() for c in url):
        return None
    if "://" not in url:
        url = "http://" + url.lstrip("/")
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    labels = host.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        return None
    return host


def _bare_host(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def default_registry_path() -> Path:
    return data_path("sources.csv")


def load_registry(path: str | os.PathLike | None = None) -> tuple[SourceRow, ...]:
    """The registry rows; re-read when the file changes (it is being filled while we run)."""
    path = Path(path) if path is not None else default_registry_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return ()
    return _read_registry(str(path), stamp)


@lru_cache(maxsize=8)
def _read_registry(path: str, _stamp: int) -> tuple[SourceRow, ...]:
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            domains = [_bare_host(d.strip().lower().rstrip(".")) for d in (row.get("domains") or "").split()]
            base = host_of(row.get("base_url") or "")
            if base:
                domains.append(_bare_host(base))
            rows.append(SourceRow(
                id=(row.get("id") or "").strip(), name=normalize_text((row.get("name") or "").strip()),
                kind=(row.get("kind") or "").strip(),
                province=normalize_text((row.get("province") or "").strip()) or None,
                district=normalize_text((row.get("district") or "").strip()) or None,
                domains=tuple(dict.fromkeys(d for d in domains if d))))
    return tuple(rows)


def _from_registry(host: str, registry: tuple[SourceRow, ...]) -> SourceMatch | None:
    """Exact host or a parent domain; the most specific listed domain wins."""
    bare = _bare_host(host)
    best: tuple[int, SourceRow] | None = None
    for row in registry:
        for domain in row.domains:
            if bare == domain or bare.endswith("." + domain):
                if best is None or len(domain) > best[0]:
                    best = (len(domain), row)
    if best is None:
        return None
    row = best[1]
    return SourceMatch(row.id, row.name, row.kind, row.province, row.district, "registry")


@lru_cache(maxsize=1)
def _newspaper_prefixes() -> tuple[str, ...]:
    return tuple(r["slug"] for r in read_table("slug_aliases.csv") if r["kind"] == "newspaper_prefix")


def _district_of(label: str, province_code: str) -> str | None:
    index = slug_index()
    label = label.replace("-", "")
    for candidate in [label] + [label[len(p):] for p in index.prefixes if label.startswith(p)]:
        unit = index.districts.get((province_code, candidate))
        if unit is not None:
            return unit.name
    return None


def _from_slugs(host: str) -> SourceMatch | None:
    index = slug_index()
    if host.endswith(".gov.vn"):
        labels = host[: -len(".gov.vn")].split(".")
        home = index.provinces.get(labels[-1].replace("-", ""))
        if home is not None:
            district = _district_of(labels[-2], home.code) if len(labels) >= 2 else None
            return SourceMatch(None, None, "portal", home.name, district, "domain_slug")
    suffix = next((s for s in _VN_SUFFIXES if host.endswith(s)), None)
    if suffix is None:
        return None
    own = host[: -len(suffix)].split(".")[-1].replace("-", "")
    for prefix in _newspaper_prefixes():
        if own.startswith(prefix):
            home = index.provinces.get(own[len(prefix):])
            if home is not None:
                return SourceMatch(None, None, "newspaper", home.name, None, "domain_slug")
    return None


def source_for_url(url: object, registry: tuple[SourceRow, ...] | None = None) -> SourceMatch | None:
    """The source of an article URL: the registry entry, else what the host name says.

    Never raises: anything that is not a usable URL gives None.
    """
    host = host_of(url)
    if host is None:
        return None
    rows = load_registry() if registry is None else registry
    listed = _from_registry(host, rows)
    if listed is None:
        return _from_slugs(host)
    if listed.district is None:
        # dakmil.daknong.gov.vn sits under the province's listed domain but is a
        # district's own portal: the host name is the more specific evidence.
        named = _from_slugs(host)
        if named is not None and named.district and named.province == listed.province:
            return named
    return listed
