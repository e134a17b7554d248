"""What a portal URL says: which site it belongs to, and the date it spells.

The crawler and the engine ask these questions of the same URLs and must get
the same answers: the site decides the registry entry and the place, the
date is the publication day when a page prints none. The date shapes are
data (``data/portal/url_dates.json``).
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from tdkt.portal.rules import portal_rules

VIETNAM = dt.timezone(dt.timedelta(hours=7))
MAX_URL_CHARS = 4096
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


# --- hosts -------------------------------------------------------------------------------------


def host_of(url: object) -> str | None:
    """The site a URL belongs to: its lower-case ASCII (IDNA) domain name, "www." kept, no port.

    None for anything that names no public domain: not a string, empty or
    malformed, an IP address, a one-label name such as "localhost". A URL
    without a scheme ("laichau.gov.vn/tin") is read as http. Never raises:
    the engine calls it on whatever a page gives as its URL.
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or len(url) > MAX_URL_CHARS or any(c.isspace() for c in url):
        return None
    if "://" not in url:
        url = "http://" + url.lstrip("/")
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    host = _ascii_host(host.rstrip(".")) if host else None
    return host if host and _is_domain_name(host) else None


def _ascii_host(host: str) -> str | None:
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return None


def _is_domain_name(host: str) -> bool:
    """Two or more valid DNS labels and not an IP address."""
    try:
        ipaddress.ip_address(host)
        return False
    except ValueError:
        pass
    labels = host.split(".")
    return len(labels) >= 2 and all(_LABEL.match(label) for label in labels)


@dataclass(frozen=True)
class AreaHost:
    """A host whose labels name an area: "phongtho.laichau.gov.vn" → labels ("phongtho", "laichau")."""

    labels: tuple[str, ...]   # the labels in front of the suffix, outermost last
    suffix: str               # "gov.vn", "dcs.vn", "edu.vn", ...
    kind: str                 # "portal", "party_portal", "education"


def area_host(url_or_host: object) -> AreaHost | None:
    """The area-naming shape of a host (``data/portal/hosts.json``), or None.

    Government, Party-committee and education hosts put the area in front of
    their suffix: "<district>.<province>.gov.vn", "<district>.<province>.dcs.vn",
    "<school>.<district>.edu.vn". Which labels are real places is the
    gazetteer's question; this only says where to look.
    """
    host = host_of(url_or_host)
    if host is None:
        return None
    host = strip_www(host)
    for suffix, kind in portal_rules("hosts")["area_suffixes"].items():
        if host.endswith("." + suffix):
            labels = tuple(host[: -len(suffix) - 1].split("."))
            return AreaHost(labels, suffix, kind) if all(labels) else None
    return None


def in_national_section(url: object) -> bool:
    """The URL files its page in a section of news from the whole country or abroad
    ("https://baoxyz.vn/tin-trong-nuoc/..."), by a folder of its path (``data/portal/hosts.json``)."""
    if not isinstance(url, str):
        return False
    try:
        path = urlsplit(url.strip()).path.lower()
    except ValueError:
        return False
    folders = [part for part in path.split("/") if part][:-1] if not path.endswith("/") else \
        [part for part in path.split("/") if part]
    return bool(set(folders) & set(portal_rules("hosts")["national_sections"]))


def office_prefixes() -> tuple[str, ...]:
    """Leading parts of a host label that name an office, not an area ("pgd"), longest first."""
    return tuple(sorted(portal_rules("hosts")["label_prefixes"], key=len, reverse=True))


def netloc_of(url: str) -> str:
    """The server a URL is fetched from: host and non-default port as written, lower-case.

    The crawler's politeness key and crawl scope. Unlike ``host_of`` it keeps
    the port and takes IP addresses: the demo portals are 127.0.0.1:PORT.
    """
    return urlsplit(url).netloc.lower()


def strip_www(host: str) -> str:
    """The host without a leading "www.": portals answer on both."""
    return host[4:] if host.startswith("www.") else host


# --- dates -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UrlDate:
    """A date spelled in a URL. A "month" date is the month's first day; ``part`` is "path" or "query"."""

    day: dt.date
    precision: str
    part: str


def today_in_vietnam() -> dt.date:
    """Today where the portals stamp their dates (UTC+7), whatever this machine's clock zone."""
    return dt.datetime.now(VIETNAM).date()


def dates_in_url(url: str, not_after: dt.date | None = None) -> list[UrlDate]:
    """Every real date the URL's path and query spell, path first, each in reading order.

    The host is never read (20240109.example.vn names no date). Dates after
    ``not_after`` (default: today in Vietnam) cannot be publication dates and
    are left out, like days that do not exist and years before the data's
    ``earliest_year``.
    """
    if not isinstance(url, str):
        raise TypeError(f"a URL must be a str, got {type(url).__name__}")
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return []
    latest = not_after or today_in_vietnam()
    found = []
    for part, text in (("path", parts.path), ("query", parts.query)):
        matches = sorted(_url_date_matches(text), key=lambda item: item[1].start())
        found.extend(date for precision, m in matches if (date := _read_date(m, precision, part, latest)))
    return found


def date_from_url(url: str, not_after: dt.date | None = None) -> dt.date | None:
    """The publication day a URL spells, or None.

    Read: "/2024/01/09/", "/2018/11/5/", "-2024-01-09", "-20240109", "-21032019-"
    (day first, eight digits), a timestamp "20240109083000" whose clock is a
    real time, and a query date "?date=2024-01-09".
    A URL naming only a month ("/2020/05/", "/201509/") gives None: its 1st
    would be an invented day. With several days the most specific place wins:
    the last day in the path (the file name is written for the article, the
    folders before it are archives), and a query date only when the path has
    none. Days after ``not_after`` (default: today in Vietnam) are refused.
    """
    days = [found for found in dates_in_url(url, not_after) if found.precision == "day"]
    in_path = [found for found in days if found.part == "path"]
    chosen = in_path or days
    return chosen[-1].day if chosen else None


@cache
def _url_date_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    rules = portal_rules("url_dates")
    return tuple(("day", re.compile(p)) for p in rules["day_patterns"]) + \
        tuple(("month", re.compile(p)) for p in rules["month_patterns"])


def _url_date_matches(text: str):
    for precision, pattern in _url_date_patterns():
        for match in pattern.finditer(text):
            yield precision, match


def _read_date(match: re.Match, precision: str, part: str, latest: dt.date) -> UrlDate | None:
    """The date a pattern matched, or None when it is no real, past date (or its clock no real time)."""
    parts = match.groupdict()
    if not _is_clock(parts.get("hh"), parts.get("mi"), parts.get("ss")):
        return None
    year = int(parts["y"]) if parts.get("y") else 2000 + int(parts["yy"])  # "yy": a CMS id's two digits
    try:
        day = dt.date(year, int(parts["m"]), int(parts.get("d") or 1))
    except ValueError:
        return None
    if day.year < portal_rules("url_dates")["earliest_year"] or day > latest:
        return None
    return UrlDate(day, precision, part)


def _is_clock(hours: str | None, minutes: str | None, seconds: str | None) -> bool:
    """True for no clock at all or a real time of day (2359 and 235959 are; 2460 is an id)."""
    if hours is None:
        return True
    return int(hours) < 24 and int(minutes) < 60 and int(seconds or 0) < 60
