"""Refuse requests to private, loopback and link-local addresses (SSRF guard).

A hostile page can link to ``http://127.0.0.1:6379/`` or to a name that
resolves to the metadata service. We check every host after DNS resolution
before connecting, and check the connected peer address again, so DNS
rebinding between the two lookups gains nothing.
"""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from tdkt.crawler.deadline import DeadlineAdapter, DeadlineHTTPConnection, DeadlineHTTPSConnection


class RefusedAddress(Exception):
    """The host resolves to an address the crawler must not contact."""


def forbidden_reason(address: str) -> str | None:
    """Why an IP address is off limits, or None if it is a public address."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return f"unparsable address {address!r}"
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for label, flag in (("loopback", ip.is_loopback), ("private", ip.is_private),
                        ("link-local", ip.is_link_local), ("multicast", ip.is_multicast),
                        ("unspecified", ip.is_unspecified), ("reserved", ip.is_reserved)):
        if flag:
            return f"{label} address {ip}"
    if not ip.is_global:
        return f"non-public address {ip}"
    return None


def check_host(url: str) -> None:
    """Resolve the URL's host and raise RefusedAddress if any address is forbidden."""
    host = urlsplit(url).hostname
    if not host:
        raise RefusedAddress("URL has no host")
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise ConnectionError(f"DNS lookup failed for {host}: {exc.strerror or exc}") from None
    for info in infos:
        reason = forbidden_reason(info[4][0])
        if reason:
            raise RefusedAddress(f"refused: {host} resolves to {reason}")


def _checked(sock):
    reason = forbidden_reason(sock.getpeername()[0])
    if reason:
        sock.close()
        raise RefusedAddress(f"refused: connected to {reason}")
    return sock


class _GuardedHTTPConnection(DeadlineHTTPConnection):
    def _new_conn(self):
        return _checked(super()._new_conn())


class _GuardedHTTPSConnection(DeadlineHTTPSConnection):
    def _new_conn(self):
        return _checked(super()._new_conn())


class _GuardedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


class GuardedAdapter(DeadlineAdapter):
    """An adapter whose connections verify the peer address after connecting (and obey the deadline)."""

    pool_classes = {"http": _GuardedHTTPPool, "https": _GuardedHTTPSPool}
