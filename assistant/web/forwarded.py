"""Who is on the other end of a request, and over which scheme: the connection's own peer, or, only when that
peer is a trusted proxy (`settings.web.trusted_proxies`), what its X-Forwarded-For / X-Forwarded-Proto say.

`client_address` is what login throttles count; `ForwardedHeaders` rewrites the ASGI scope the same way, so
`request.client` and `request.url.scheme` (and the `Secure` cookie flag) are right under any ASGI server. Both
follow uvicorn's rule, so applying it twice (uvicorn's `forwarded_allow_ips`, then this) changes nothing.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from functools import lru_cache

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Receive, Scope, Send

Networks = tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]
SCHEMES = {"http", "https", "ws", "wss"}


@lru_cache(maxsize=16)
def _networks(entries: tuple[str, ...]) -> Networks:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def trusted_networks(trusted: Iterable[str]) -> Networks:
    """The networks of `trusted` (IPs or CIDRs, as `WebSettings.trusted_proxies` holds them)."""
    return _networks(tuple(trusted))


def _is_trusted(host: str | None, networks: Networks) -> bool:
    if not host or not networks:
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:  # a unix socket path, "unknown", an obfuscated identifier
        return False
    return any(address in network for network in networks)


def _host_of(entry: str) -> str:
    """The address of one X-Forwarded-For entry: `1.2.3.4`, `1.2.3.4:5678`, `[::1]:5678` or `::1`."""
    entry = entry.strip()
    if entry.startswith("["):
        return entry[1:entry.find("]")] if "]" in entry else entry
    return entry.rsplit(":", 1)[0] if entry.count(":") == 1 else entry


def _header(scope: Scope, name: bytes) -> list[str]:
    return [value.decode("latin-1") for key, value in scope["headers"] if key.lower() == name]


def forwarded_client(scope: Scope, networks: Networks) -> str | None:
    """The client a trusted peer forwards for: the nearest X-Forwarded-For entry that is not itself a trusted
    proxy (entries further left were written by the client and prove nothing). None when not believed."""
    peer = scope.get("client")
    if not peer or not _is_trusted(peer[0], networks):
        return None
    hops = [_host_of(entry) for value in _header(scope, b"x-forwarded-for") for entry in value.split(",")]
    hops = [hop for hop in hops if hop]
    if not hops:
        return None
    return next((hop for hop in reversed(hops) if not _is_trusted(hop, networks)), hops[0])


def forwarded_scheme(scope: Scope, networks: Networks) -> str | None:
    """The scheme a trusted peer says the browser used (`https` / `wss` for a websocket); None when not believed."""
    peer = scope.get("client")
    values = _header(scope, b"x-forwarded-proto")
    if not peer or not values or not _is_trusted(peer[0], networks):
        return None
    scheme = values[-1].strip().lower()
    if scheme not in SCHEMES:
        return None
    return scheme.replace("http", "ws") if scope["type"] == "websocket" else scheme


def client_address(request: HTTPConnection, trusted: Iterable[str]) -> str:
    """The client's IP address: the connection's peer, or, when that peer is one of `trusted` (IPs or CIDRs,
    e.g. `runtime.settings.web.trusted_proxies`), the client its X-Forwarded-For names. "unknown" without a peer."""
    forwarded = forwarded_client(request.scope, trusted_networks(trusted))
    if forwarded:
        return forwarded
    return request.client.host if request.client else "unknown"


class ForwardedHeaders:
    """ASGI middleware: requests from a trusted proxy take their client and scheme from its X-Forwarded-* headers;
    everyone else's such headers are left unread."""

    def __init__(self, app: ASGIApp, trusted: Iterable[str]) -> None:
        self.app = app
        self.networks = trusted_networks(trusted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and self.networks:
            scheme, client = forwarded_scheme(scope, self.networks), forwarded_client(scope, self.networks)
            if scheme:
                scope["scheme"] = scheme
            if client:
                scope["client"] = (client, 0)
        await self.app(scope, receive, send)
