"""Which source an article URL comes from, and the place that source covers.

A provincial portal or newspaper places an event the text does not place
elsewhere (gold/GUIDE.md, "place"), so the URL is evidence. The source
registry (data/sources.csv, read by tdkt.portal.sources) is asked first;
failing that, the host name is read with the gazetteer's ASCII slugs, since Vietnamese public hosts follow a few
fixed shapes: "<district>.<province>.gov.vn" (phongtho.laichau.gov.vn),
"<province>.gov.vn" and provincial newspapers "bao<province>.vn".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tdkt.extract.gazetteer_data import read_table
from tdkt.extract.gazetteer_data import slug_index
from tdkt.extract.normalize import normalize_text
from tdkt.portal.sources import Registry, Source, load_registry
from tdkt.portal.urls import host_of

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


def _registry_match(source: Source) -> SourceMatch:
    return SourceMatch(source.id, normalize_text(source.name), source.kind, normalize_text(source.province) or None,
                       normalize_text(source.district) or None, "registry")


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


def source_for_url(url: object, registry: Registry | None = None) -> SourceMatch | None:
    """The source of an article URL: the registry entry, else what the host name says.

    Never raises on the URL: anything that is not a usable URL gives None.
    """
    host = host_of(url)
    if host is None:
        return None
    covering = (load_registry() if registry is None else registry).covering(host)
    if covering is None:
        return _from_slugs(host)
    listed = _registry_match(covering)
    if listed.district is None:
        # dakmil.daknong.gov.vn sits under the province's listed domain but is a
        # district's own portal: the host name is the more specific evidence.
        named = _from_slugs(host)
        if named is not None and named.district and named.province == listed.province:
            return named
    return listed
