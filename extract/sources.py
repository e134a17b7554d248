"""Which source an article URL comes from, and the place that source covers.

A provincial portal or newspaper places an event the text does not place
elsewhere (gold/GUIDE.md, "place"), so the URL is evidence. The source
registry (data/sources.csv, read by tdkt.portal.sources) is asked first;
failing that, the host name is read with the gazetteer's ASCII slugs, since Vietnamese public hosts follow a few
fixed shapes: "<district>.<province>.gov.vn" (phongtho.laichau.gov.vn),
"<province>.gov.vn", the same under a Party committee's or a school's suffix
(which suffixes: tdkt.portal.urls.area_host, data/portal/hosts.json) and
provincial newspapers "bao<province>.vn".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tdkt.extract.gazetteer_data import LEGACY, load, read_table, slug_index
from tdkt.extract.normalize import normalize_text
from tdkt.portal.sources import Registry, Source, load_registry
from tdkt.portal.urls import area_host, host_of, office_prefixes

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


@lru_cache(maxsize=1)
def _media_suffixes() -> tuple[str, ...]:
    return tuple(r["slug"] for r in read_table("slug_aliases.csv") if r["kind"] == "media_suffix")


def _district_of(label: str, province_code: str) -> str | None:
    """The district a host label names inside a province: its own slug, with or without a
    prefix ("tpkontum", "pgdchauthanh"), or a commune of that province whose district it
    then is ("tranphu" → phường Trần Phú → TP Hà Tĩnh), when only one commune has it."""
    index = slug_index()
    label = label.replace("-", "")
    candidates = [label] + [label[len(p):] for p in index.prefixes + office_prefixes() if label.startswith(p)]
    for candidate in candidates:
        unit = index.districts.get((province_code, candidate))
        if unit is not None:
            return unit.name
    for candidate in candidates:
        communes = index.communes.get((province_code, candidate), ())
        if len(communes) == 1 and communes[0].district_code:
            home = load().districts.get(communes[0].district_code)
            if home is not None:
                return home.name
    return None


def _district_anywhere(label: str):
    """(province, district name) for a label that names one district without its province:
    a district slug no other province shares ("dongtrieu"), or a district followed by its
    province's slug or initials ("pgdchauthanhdt": Châu Thành of Đồng Tháp)."""
    index = slug_index()
    label = label.replace("-", "")
    for candidate in [label] + [label[len(p):] for p in office_prefixes() + index.prefixes if label.startswith(p)]:
        units = index.district_slugs.get(candidate, ())
        if len(units) == 1:
            return _legacy_province(units[0].province_code), units[0].name
        for cut in range(len(candidate) - 2, 2, -1):
            head, tail = candidate[:cut], candidate[cut:]
            home = index.provinces.get(tail) or index.initials.get(tail)
            if home is None:
                continue
            unit = index.districts.get((home.code, head))
            if unit is not None:
                return home, unit.name
    return None


def _legacy_province(code: str):
    return load().provinces.get((LEGACY, code))


def _from_area_host(host: str) -> SourceMatch | None:
    """The place a government, Party-committee or education host names
    ("<district>.<province>.gov.vn", "<commune>.<province>.dcs.vn", "<school>.<district>.edu.vn")."""
    shaped = area_host(host)
    if shaped is None:
        return None
    index = slug_index()
    kind = "portal" if shaped.kind in ("portal", "party_portal") else shaped.kind
    home = index.provinces.get(shaped.labels[-1].replace("-", ""))
    if home is not None:
        district = _district_of(shaped.labels[-2], home.code) if len(shaped.labels) >= 2 else None
        return SourceMatch(None, None, kind, home.name, district, "domain_slug")
    if shaped.kind == "education":   # schools name their district office, not always the province
        found = _district_anywhere(shaped.labels[-1])
        if found is not None and found[0] is not None:
            return SourceMatch(None, None, kind, found[0].name, found[1], "domain_slug")
    return None


def _from_slugs(host: str) -> SourceMatch | None:
    index = slug_index()
    found = _from_area_host(host)
    if found is not None or area_host(host) is not None:
        return found or _province_inside(host, index)
    suffix = next((s for s in _VN_SUFFIXES if host.endswith(s)), None)
    if suffix is None:
        return _province_inside(host, index)
    own = host[: -len(suffix)].split(".")[-1].replace("-", "")
    for prefix in _newspaper_prefixes():
        if own.startswith(prefix):
            home = index.provinces.get(own[len(prefix):])
            if home is not None:
                return SourceMatch(None, None, "newspaper", home.name, None, "domain_slug")
    for suffix in _media_suffixes():  # a provincial broadcaster: "kontumtv.vn"
        if own.endswith(suffix):
            home = index.provinces.get(own[:-len(suffix)])
            if home is not None:
                return SourceMatch(None, None, "newspaper", home.name, None, "domain_slug")
    return _province_inside(host, index)


def _province_inside(host: str, index) -> SourceMatch | None:
    """A site of one province whose host holds the province's slug inside a word ("tinhuyquangtri.vn",
    "conganquangbinh.gov.vn", "lamdong.baohiemxahoi.gov.vn", "quangbinh24h.com"): that province, when exactly
    one province's slug of at least MIN_INSIDE_SLUG letters stands in the host's own labels (all of a
    Vietnamese host's, only the name before the top level of another: "laichau.gov.vn.example.com" names none)."""
    suffix = next((s for s in _VN_SUFFIXES if host.endswith(s)), None)
    # a Vietnamese host's labels are its own; elsewhere only the name before the top level is the owner's
    labels = host[: -len(suffix)].split(".") if suffix else host.split(".")[-2:-1]
    labels = [label.replace("-", "") for label in labels]
    named = {home.code: home for slug, home in index.provinces.items() if len(slug) >= MIN_INSIDE_SLUG
             and any(slug in label for label in labels)}
    if len(named) != 1:
        return None
    return SourceMatch(None, None, "site", next(iter(named.values())).name, None, "domain_slug")


MIN_INSIDE_SLUG = 5  # "hanam" and longer: a shorter slug would stand by chance inside other words


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
