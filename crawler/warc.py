"""Archive every exchange in gzip WARC files (ISO 28500) and read them back.

Each record is its own gzip member, so any record can be read from its
offset, and a file cut short by a crash can be repaired by dropping the
incomplete last member. Files rotate at a size limit and carry the host name
and process id, so several crawlers can share one directory.
"""
from __future__ import annotations

import io
import os
import socket
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tdkt.crawler.fetch import Response

SOFTWARE = "tdkt-crawler/0.1 (warcio)"
_HOP_BY_HOP = {"transfer-encoding", "connection", "keep-alive"}


@dataclass(frozen=True)
class WarcLocation:
    file: str  # base name inside the WARC directory
    offset: int


@dataclass
class ArchivedResponse:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes  # content-decoded payload
    warc_file: str
    offset: int
    date: str

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)

    @property
    def content_type(self) -> str:
        return self.header("Content-Type") or ""


class WarcArchive:
    """Append request/response pairs to rotating gzip WARC files."""

    def __init__(self, directory: str | os.PathLike, *, prefix: str = "tdkt", max_file_bytes: int = 1 << 30,
                 on_new_file: Callable[[str], None] | None = None):
        self.directory = Path(directory)
        self.prefix = prefix
        self.max_file_bytes = max_file_bytes
        self.on_new_file = on_new_file
        self.files_written: list[str] = []
        self._handle = None
        self._writer = None
        self._name = None
        self._serial = 0

    def write(self, response: Response) -> WarcLocation | None:
        """Write the response and its request; return where the response record starts."""
        if response.status is None:
            return None  # nothing came back: nothing to archive
        self._ensure_file()
        offset = self._handle.tell()
        response_record = self._response_record(response)
        self._writer.write_record(response_record)
        record_id = response_record.rec_headers.get_header("WARC-Record-ID")
        self._writer.write_record(self._request_record(response, record_id))
        self._handle.flush()
        return WarcLocation(self._name, offset)

    def close(self) -> None:
        if self._handle:
            self._handle.close()
        self._handle = self._writer = None

    def _ensure_file(self) -> None:
        if self._handle and self._handle.tell() < self.max_file_bytes:
            return
        self.close()
        self.directory.mkdir(parents=True, exist_ok=True)
        self._serial += 1
        stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime())
        self._name = f"{self.prefix}-{stamp}-{self._serial:05d}-{socket.gethostname()}-{os.getpid()}.warc.gz"
        self._handle = open(self.directory / self._name, "ab")
        self._writer = WARCWriter(self._handle, gzip=True)
        info = {"software": SOFTWARE, "format": "WARC File Format 1.1", "hostname": socket.gethostname(),
                "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"}
        self._writer.write_record(self._writer.create_warcinfo_record(self._name, info))
        self._handle.flush()
        self.files_written.append(self._name)
        if self.on_new_file:
            self.on_new_file(self._name)

    def _response_record(self, response: Response):
        headers = [(k, v) for k, v in response.headers if k.lower() not in _HOP_BY_HOP]
        http_headers = StatusAndHeaders(f"{response.status} {response.reason}".strip(), headers,
                                         protocol=response.http_version)
        warc_headers = {"WARC-Date": _warc_date(response.started_at)}
        if response.peer_ip:
            warc_headers["WARC-IP-Address"] = response.peer_ip
        if response.truncated:
            warc_headers["WARC-Truncated"] = "length"
        return self._writer.create_warc_record(
            response.url, "response", payload=io.BytesIO(response.raw_body), length=len(response.raw_body),
            http_headers=http_headers, warc_headers_dict=warc_headers)

    def _request_record(self, response: Response, concurrent_to: str):
        http_headers = StatusAndHeaders(response.request_line, response.request_headers, is_http_request=True)
        return self._writer.create_warc_record(
            response.url, "request", http_headers=http_headers,
            warc_headers_dict={"WARC-Concurrent-To": concurrent_to, "WARC-Date": _warc_date(response.started_at)})


def _warc_date(timestamp: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(timestamp or time.time()))


def warc_paths(source: str | os.PathLike | Iterable) -> list[Path]:
    """WARC files named by a file, a directory (searched recursively) or a list of either."""
    if isinstance(source, (str, os.PathLike)):
        source = [source]
    paths = []
    for item in source:
        item = Path(item)
        if item.is_dir():
            paths.extend(sorted(p for p in item.rglob("*") if p.name.endswith((".warc.gz", ".warc"))))
        elif item.exists():
            paths.append(item)
        else:
            raise FileNotFoundError(f"no such WARC file or directory: {item}")
    return paths


def iter_responses(source) -> Iterator[ArchivedResponse]:
    """Every HTTP response record in the given WARC files, with its location."""
    for path in warc_paths(source):
        with open(path, "rb") as handle:
            iterator = ArchiveIterator(handle)
            try:
                for record in iterator:
                    if record.rec_type != "response" or not record.http_headers:
                        continue
                    body = record.content_stream().read()
                    yield _archived(record, body, path.name, iterator.get_record_offset())
            except Exception:  # noqa: BLE001 - a damaged tail ends this file, not the replay
                continue


def read_response(path: str | os.PathLike, offset: int) -> ArchivedResponse:
    """The response record that starts at ``offset`` in ``path``."""
    with open(path, "rb") as handle:
        handle.seek(offset)
        record = next(iter(ArchiveIterator(handle)))
        return _archived(record, record.content_stream().read(), Path(path).name, offset)


def _archived(record, body: bytes, name: str, offset: int) -> ArchivedResponse:
    status = record.http_headers.get_statuscode()
    return ArchivedResponse(
        url=record.rec_headers.get_header("WARC-Target-URI"),
        status=int(status) if str(status).isdigit() else 0,
        headers=list(record.http_headers.headers),
        body=body,
        warc_file=name,
        offset=offset,
        date=record.rec_headers.get_header("WARC-Date") or "",
    )


def complete_length(path: str | os.PathLike) -> int:
    """Length of the prefix of ``path`` made of complete gzip members."""
    good = consumed = 0
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    pending = b""
    with open(path, "rb") as handle:
        while True:
            chunk = pending or handle.read(1 << 20)
            pending = b""
            if not chunk:
                return good
            try:
                decoder.decompress(chunk)
            except zlib.error:
                return good
            if decoder.eof:  # one complete member; the rest of the chunk starts the next one
                pending = decoder.unused_data
                consumed += len(chunk) - len(pending)
                good = consumed
                decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
            else:
                consumed += len(chunk)


def repair(path: str | os.PathLike) -> bool:
    """Cut an incomplete last record (left by a killed process); True if the file changed."""
    size = os.path.getsize(path)
    good = complete_length(path)
    if good == size:
        return False
    with open(path, "r+b") as handle:
        handle.truncate(good)
    return True
