"""A loopback HTTP server that misbehaves on purpose, for the crawler's reliability tests.

Each route is a function ``(send, path) -> None`` that writes raw bytes, so a
test can trickle a header one byte at a time or serve an endless sitemap
index. Every loop a route runs is bounded in count and in time, and the
server listens on 127.0.0.1 only.
"""
from __future__ import annotations

import socket
import socketserver
import threading
import time
from typing import Callable

Route = Callable[["Sender", str], None]


class Sender:
    """Writes to one client; stops quietly once the client hangs up or the server stops."""

    def __init__(self, sock: socket.socket, stopping: threading.Event):
        self.sock, self.stopping = sock, stopping

    def send(self, data: bytes) -> bool:
        if self.stopping.is_set():
            return False
        try:
            self.sock.sendall(data)
            return True
        except OSError:
            return False

    def trickle(self, data: bytes, every: float, max_seconds: float) -> None:
        """One byte every ``every`` seconds, for at most ``max_seconds``."""
        ends = time.monotonic() + max_seconds
        for byte in data:
            if time.monotonic() > ends or not self.send(bytes([byte])):
                return
            time.sleep(every)

    def reply(self, body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK") -> None:
        self.send(f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
                  f"Connection: close\r\n\r\n".encode() + body)


class HostileServer:
    """Serve ``routes`` (path → route) on 127.0.0.1; other paths get a 404. Use as a context manager."""

    def __init__(self, routes: dict[str, Route]):
        self.routes = routes
        self.stopping = threading.Event()
        self.requests: list[str] = []
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                self.request.settimeout(5)
                try:
                    head = self.request.recv(65536).decode("latin-1")
                except OSError:
                    return
                path = head.split(" ", 2)[1] if head.count(" ") >= 2 else "/"
                server.requests.append(path)
                route = server.routes.get(path.split("?")[0])
                sender = Sender(self.request, server.stopping)
                if route is None:
                    sender.reply(b"not here", status="404 Not Found")
                else:
                    route(sender, path)

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.tcp = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.tcp.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.tcp.server_address[1]}"
        self.thread = threading.Thread(target=self.tcp.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> "HostileServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.tcp.shutdown()
        self.tcp.server_close()
