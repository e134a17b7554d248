"""A threaded HTTP server on 127.0.0.1 that serves one site and records every request.

The demo portal (``tdkt demo``) and the crawler's tests serve their sites
with it: a site is any object with ``respond(request) -> Reply`` and a
``base`` attribute that the server sets to its own URL, so the pages can
write absolute links (feeds, sitemaps, canonical links).
"""
from __future__ import annotations

import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Request:
    path: str  # path + query as sent
    headers: dict
    started: float
    ended: float = 0.0

    @property
    def route(self) -> str:
        return urlsplit(self.path).path


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: list = field(default_factory=list)
    delay: float = 0.0  # sleep before answering (timeouts)
    stream: object = None  # iterable of chunks: sent without Content-Length


class RequestLog:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests: list[Request] = []
        self.active = 0
        self.max_active = 0

    def begin(self, request: Request) -> None:
        with self.lock:
            self.requests.append(request)
            self.active += 1
            self.max_active = max(self.max_active, self.active)

    def end(self, request: Request) -> None:
        with self.lock:
            request.ended = time.monotonic()
            self.active -= 1

    def paths(self) -> list[str]:
        with self.lock:
            return [r.path for r in self.requests]

    def count(self, path: str) -> int:
        return sum(1 for p in self.paths() if p == path)

    def starts(self) -> list[float]:
        with self.lock:
            return [r.started for r in self.requests]


class SiteServer:
    """Serve ``site.respond(request) -> Reply`` on 127.0.0.1 until stopped.

    ``port=0`` takes a free port; a given port is used if it is still free,
    else a free one is taken instead (the demo asks for the ports of its last
    run, so that the URLs in the crawl database stay valid)."""

    def __init__(self, site, port: int = 0):
        self.site = site
        self.log = RequestLog()
        handler = _handler_for(self)
        self.httpd = _bind(port, handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        site.base = self.url
        # a short poll: stop() returns at once instead of after up to half a second per server
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A client that hangs up (a crawler killed mid-request) is no server error worth a traceback."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def _bind(port: int, handler) -> ThreadingHTTPServer:
    if port:
        try:
            return _Server(("127.0.0.1", port), handler)
        except OSError:  # taken since: any free port will do
            pass
    return _Server(("127.0.0.1", 0), handler)


def _handler_for(server: SiteServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self):
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def do_GET(self):
            request = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
            server.log.begin(request)
            try:
                reply = server.site.respond(request)
                if reply.delay:
                    time.sleep(reply.delay)
                self._send(reply)
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                server.log.end(request)

        def _send(self, reply: Reply):
            self.send_response(reply.status)
            names = {k.lower() for k, _ in reply.headers}
            for key, value in reply.headers:
                self.send_header(key, value)
            if reply.stream is not None:
                self.send_header("Connection", "close")
                self.end_headers()
                for chunk in reply.stream:
                    self.wfile.write(chunk)
                self.close_connection = True
                return
            if "content-length" not in names:
                self.send_header("Content-Length", str(len(reply.body)))
            self._headers_buffer.append(b"\r\n")
            self.wfile.write(b"".join(self._headers_buffer) + reply.body)  # one write: no Nagle stall
            self._headers_buffer = []

        def log_message(self, *args):
            pass

    return Handler
