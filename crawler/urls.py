"""Canonical URLs and same-site scope.

Two links to one article must compare equal before the frontier sees them,
otherwise the article is fetched (and stored) twice. Canonicalisation removes
what does not select content: fragments, tracking and session parameters,
default ports, case in scheme and host, dot segments, parameter order.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

from tdkt.crawler.rules import load_rules, name_matcher
from tdkt.portal.urls import netloc_of, strip_www

_PATH_SAFE = "/%:@!$&'()*+,;=~-._"
_QUERY_SAFE = "/?:@!$'()*,;~-._%"
_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")


class BadURL(ValueError):
    """A URL the crawler will not fetch; the message is the reason kept in the frontier."""


@lru_cache(maxsize=1)
def _rules():
    rules = load_rules("url_rules")
    return {
        "drop": name_matcher(rules["drop_params"]),
        "session": [re.compile(p, re.I) for p in rules["session_path_patterns"]],
        "skip_schemes": set(rules["skip_schemes"]),
    }


def canonicalize(url: str, base: str | None = None) -> str:
    """Return the canonical absolute form of ``url`` (resolved against ``base``).

    Raises BadURL for anything that is not a plain http(s) URL with a host.
    """
    url = (url or "").strip()
    if base and url.startswith("/") and not url.startswith("//"):
        base = origin_of(base)  # a site-absolute path depends on the origin only: better cache hits
    elif url.startswith(("http://", "https://")):
        base = None
    return _canonicalize(url, base)


@lru_cache(maxsize=100_000)
def _canonicalize(url: str, base: str | None) -> str:
    url = re.sub(r"[\t\r\n]", "", url)
    if not url:
        raise BadURL("empty URL")
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise BadURL(f"malformed URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise BadURL(f"unsupported scheme {scheme or '(none)'}")
    host = _normalise_host(parts)
    path = _normalise_path(parts.path)
    query = _normalise_query(parts.query)
    return urlunsplit((scheme, host, path, query, ""))


def _normalise_host(parts) -> str:
    try:
        hostname = parts.hostname
        port = parts.port
    except ValueError as exc:
        raise BadURL(f"malformed host: {exc}") from None
    if not hostname:
        raise BadURL("URL has no host")
    hostname = hostname.rstrip(".")
    if not re.fullmatch(r"[A-Za-z0-9.\-_:\[\]]+", hostname):
        try:
            hostname = hostname.encode("idna").decode("ascii")
        except UnicodeError:
            raise BadURL(f"invalid host name {hostname!r}") from None
    if ":" in hostname:  # IPv6 literal
        hostname = f"[{hostname}]"
    if not re.fullmatch(r"[A-Za-z0-9_\-.]+|\[[0-9A-Fa-f:.]+\]", hostname):
        raise BadURL(f"invalid host name {hostname!r}")
    hostname = hostname.lower()
    default = {"http": 80, "https": 443}[parts.scheme.lower()]
    return hostname if port in (None, default) else f"{hostname}:{port}"


def _normalise_path(path: str) -> str:
    for pattern in _rules()["session"]:
        path = pattern.sub("", path)
    path = _PERCENT.sub(lambda m: m.group(0).upper(), path)
    path = quote(path, safe=_PATH_SAFE)
    if not path.startswith("/"):
        path = "/" + path
    if "/." in path:
        trailing = path.endswith("/") or path.endswith("/.") or path.endswith("/..")
        path = posixpath.normpath(path)
        path = "/" + path.lstrip("/")
        if trailing and path != "/":
            path += "/"
    return path


def _normalise_query(query: str) -> str:
    if not query:
        return ""
    drop = _rules()["drop"]
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not drop(k)]
    pairs.sort(key=lambda kv: kv[0])
    return urlencode(pairs, quote_via=quote, safe=_QUERY_SAFE)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@dataclass
class Scope:
    """Which hosts belong to a source: exact hosts (www. optional) and ``*.domain`` wildcards."""

    hosts: set[str] = field(default_factory=set)
    wildcards: set[str] = field(default_factory=set)

    @classmethod
    def from_domains(cls, domains) -> "Scope":
        scope = cls()
        for domain in domains:
            scope.add(domain)
        return scope

    @classmethod
    def for_source(cls, source) -> "Scope":
        """The hosts a source's crawl may visit: its listed domains, else its base URL's server."""
        return cls.from_domains(source.domains or [netloc_of(source.base_url)])

    def add(self, domain: str) -> None:
        domain = domain.strip().lower().rstrip("/")
        if "://" in domain:
            domain = urlsplit(domain).netloc
        if domain.startswith("*."):
            self.wildcards.add(domain[2:])
        elif domain:
            self.hosts.add(strip_www(domain))

    def contains(self, url: str) -> bool:
        host = strip_www(netloc_of(url))
        if host in self.hosts:
            return True
        bare = host.split(":")[0]
        if bare in self.hosts:
            return True
        return any(bare == w or bare.endswith("." + w) for w in self.wildcards)
