"""One HTTP exchange, with limits, and the exact bytes for the WARC archive.

Redirects are not followed here: the crawler queues the target as a new URL,
so robots.txt, scope, politeness and the SSRF guard apply to every hop and
every hop is archived. The body is read raw (still content-encoded, as the
WARC standard wants it) up to a size limit, then decoded with a limit too so
that a gzip bomb cannot exhaust memory. A whole exchange has a deadline
(``crawler.deadline``) that holds however slowly the bytes come.
"""
from __future__ import annotations

import threading
import time
import zlib
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests
import urllib3

from tdkt.crawler.deadline import DeadlineAdapter, RequestDeadline
from tdkt.crawler.safety import GuardedAdapter, RefusedAddress, check_host

DEFAULT_USER_AGENT = (
    "tdkt-crawler/0.1 (+https://github.com/tdkt-project/tdkt; research crawler for "
    "Vietnamese emulation and commendation news; obeys robots.txt)"
)
RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524}
# The longest one request may take, connection, headers and body together. The socket timeout alone
# restarts with every byte, so a server trickling one byte a second would hold a worker for hours;
# 60 s still lets a slow portal send 8 MiB at 140 KB/s.
DEFAULT_DEADLINE = 60.0


class DeadlinePassed(Exception):
    """The request was cut off at its total deadline."""


@dataclass
class Response:
    """What one request produced; ``error`` is set (and ``status`` may be None) on failure."""

    url: str
    status: int | None = None
    reason: str = ""
    http_version: str = "HTTP/1.1"
    headers: list[tuple[str, str]] = field(default_factory=list)
    raw_body: bytes = b""
    body: bytes = b""
    truncated: bool = False
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    request_line: str = ""
    error: str | None = None
    retryable: bool = False
    started_at: float = 0.0
    elapsed: float = 0.0
    peer_ip: str | None = None

    def header(self, name: str) -> str | None:
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None

    @property
    def content_type(self) -> str:
        return (self.header("Content-Type") or "").strip()


@dataclass
class FetchLimits:
    timeout: float = 20.0  # the longest wait for the next bytes
    connect_timeout: float = 10.0
    deadline: float = DEFAULT_DEADLINE  # the longest whole request, however the bytes trickle
    max_bytes: int = 8 * 1024 * 1024
    user_agent: str = DEFAULT_USER_AGENT
    allow_private: bool = False


class Fetcher:
    """Thread-safe fetcher: one ``requests.Session`` per worker thread."""

    def __init__(self, limits: FetchLimits | None = None):
        self.limits = limits or FetchLimits()
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.trust_env = False  # no proxies or .netrc from the environment
            adapter = DeadlineAdapter(max_retries=0) if self.limits.allow_private else GuardedAdapter(max_retries=0)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            session.headers.clear()
            self._local.session = session
        return session

    def request_headers(self, extra: dict | None = None) -> dict:
        headers = {
            "User-Agent": self.limits.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "vi,en;q=0.5",
            "Accept-Encoding": "gzip, deflate",
        }
        headers.update(extra or {})
        return headers

    def fetch(self, url: str, extra_headers: dict | None = None) -> Response:
        """GET ``url`` once; never raises."""
        result = Response(url=url, started_at=time.time())
        start = time.monotonic()
        try:
            if not self.limits.allow_private:
                check_host(url)
            self._get_before_deadline(url, self.request_headers(extra_headers), result)
        except RefusedAddress as exc:
            result.error = str(exc)
        except DeadlinePassed:
            _no_answer(result, f"timeout: no complete response within the {self.limits.deadline:g} s deadline")
        except requests.exceptions.Timeout:
            result.error, result.retryable = f"timeout after {self.limits.timeout:g} s", True
        except (requests.exceptions.ConnectionError, ConnectionError, urllib3.exceptions.HTTPError) as exc:
            result.error, result.retryable = f"connection error: {_short(exc)}", True
        except requests.exceptions.RequestException as exc:
            result.error = f"request error: {_short(exc)}"
        except Exception as exc:  # noqa: BLE001 - a crawl must survive any single bad response
            result.error = f"{type(exc).__name__}: {_short(exc)}"
        result.elapsed = time.monotonic() - start
        return result

    def _get_before_deadline(self, url: str, headers: dict, result: Response) -> None:
        """``_get`` under the total deadline; whatever a cut-off read returned, a late answer is no answer."""
        with RequestDeadline(self.limits.deadline) as deadline:
            try:
                self._get(url, headers, result)
            except Exception:
                if deadline.expired:
                    raise DeadlinePassed() from None
                raise
        if deadline.expired:
            raise DeadlinePassed()

    def _get(self, url: str, headers: dict, result: Response) -> None:
        timeout = (self.limits.connect_timeout, self.limits.timeout)
        with self._session().get(url, headers=headers, stream=True, allow_redirects=False, timeout=timeout) as resp:
            result.status, result.reason = resp.status_code, resp.reason or ""
            result.http_version = "HTTP/1.0" if getattr(resp.raw, "version", 11) == 10 else "HTTP/1.1"
            result.headers = _header_pairs(resp.raw.headers)
            result.request_line, result.request_headers = _request_head(resp.request)
            result.peer_ip = _peer_ip(resp)
            declared = result.header("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.limits.max_bytes:
                result.truncated = True
                result.error = f"body too large ({int(declared):,} bytes > limit {self.limits.max_bytes:,})"
                return
            result.raw_body, result.truncated = self._read(resp)
        if result.truncated:
            result.error = f"body too large (more than {self.limits.max_bytes:,} bytes)"
            return
        result.body = decode_content(result.raw_body, result.header("Content-Encoding"), self.limits.max_bytes)

    def _read(self, resp) -> tuple[bytes, bool]:
        chunks, size = [], 0
        for chunk in resp.raw.stream(65536, decode_content=False):
            chunks.append(chunk)
            size += len(chunk)
            if size > self.limits.max_bytes:
                return b"".join(chunks)[: self.limits.max_bytes], True
        return b"".join(chunks), False


class ContentDecodingError(ValueError):
    pass


def decode_content(raw: bytes, encoding: str | None, limit: int) -> bytes:
    """Undo Content-Encoding (gzip, deflate) without ever producing more than ``limit`` bytes."""
    encoding = (encoding or "").strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise ContentDecodingError(f"unsupported Content-Encoding {encoding}")
    modes = (16 + zlib.MAX_WBITS,) if "gzip" in encoding else (zlib.MAX_WBITS, -zlib.MAX_WBITS)
    for wbits in modes:
        try:
            decoder = zlib.decompressobj(wbits)
            data = decoder.decompress(raw, limit + 1)
        except zlib.error:
            continue
        if len(data) > limit:
            raise ContentDecodingError(f"decoded body larger than {limit:,} bytes")
        return data
    raise ContentDecodingError(f"corrupt {encoding} body")


def _no_answer(result: Response, error: str) -> None:
    """A response cut off before its end counts as none (retried later, not archived as a page)."""
    result.status, result.headers, result.raw_body, result.body = None, [], b"", b""
    result.error, result.retryable = error, True


def _header_pairs(headers) -> list[tuple[str, str]]:
    items = headers.iteritems() if hasattr(headers, "iteritems") else headers.items()
    return [(str(k), str(v)) for k, v in items]


def _request_head(prepared) -> tuple[str, list[tuple[str, str]]]:
    parts = urlsplit(prepared.url)
    line = f"{prepared.method} {prepared.path_url} HTTP/1.1"
    headers = [("Host", parts.netloc)] + [(k, v) for k, v in prepared.headers.items()]
    return line, headers


def _peer_ip(resp) -> str | None:
    try:
        sock = resp.raw._connection.sock  # noqa: SLF001 - only for the WARC-IP-Address header
        return sock.getpeername()[0] if sock else None
    except Exception:  # noqa: BLE001
        return None


def _short(exc: BaseException) -> str:
    text = str(exc)
    if "Caused by" in text:
        text = text.split("Caused by", 1)[1]
    return " ".join(text.split())[:200] or type(exc).__name__
