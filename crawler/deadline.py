"""A total time limit per request that holds however slowly the server sends (slow-loris).

A socket timeout bounds each wait for the next bytes, not the exchange: a
server sending one byte per second never trips it, in the headers or in the
body. Here a watchdog timer shuts the request's socket down when the
deadline passes, which ends a blocked read at once; the fetcher then reports
a timeout, whatever the read returned.

The connection classes register their socket with the deadline of the
request running on the current thread, both when they connect (the TLS
handshake included) and before they wait for the response (a kept-alive
connection is reused without connecting again).
"""
from __future__ import annotations

import socket
import threading

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_current = threading.local()


class RequestDeadline:
    """``with RequestDeadline(seconds):`` around one request on this thread; ``expired`` tells if it hit."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> "RequestDeadline":
        _current.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()
        _current.deadline = None

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    """Wake any thread blocked reading ``sock`` (it reads end-of-file or gets an error)."""
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


def watch_socket(sock: socket.socket | None) -> None:
    """Put ``sock`` under the deadline of the request running on this thread, if any."""
    deadline = getattr(_current, "deadline", None)
    if deadline is not None:
        deadline.watch(sock)


class _Watched:
    """Mixin for urllib3 connections: every socket they use is under the current request's deadline."""

    def _new_conn(self):
        sock = super()._new_conn()
        watch_socket(sock)
        return sock

    def getresponse(self, *args, **kwargs):
        watch_socket(self.sock)
        return super().getresponse(*args, **kwargs)


class DeadlineHTTPConnection(_Watched, HTTPConnection):
    pass


class DeadlineHTTPSConnection(_Watched, HTTPSConnection):
    pass


class DeadlineHTTPPool(HTTPConnectionPool):
    ConnectionCls = DeadlineHTTPConnection


class DeadlineHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = DeadlineHTTPSConnection


class DeadlineAdapter(HTTPAdapter):
    """A requests adapter whose connections obey ``RequestDeadline`` (subclasses may swap the pools)."""

    pool_classes = {"http": DeadlineHTTPPool, "https": DeadlineHTTPSPool}

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(self.pool_classes)
