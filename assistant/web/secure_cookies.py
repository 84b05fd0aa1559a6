"""Every cookie the app sets over HTTPS is marked `Secure`: ours, and Chainlit's `access_token`, which Chainlit
marks Secure only when its SameSite is None, whatever the scheme.

"Over HTTPS" is the scope's scheme: the real connection's, or a trusted proxy's X-Forwarded-Proto once
`ForwardedHeaders` (assistant/web/forwarded.py), which must run before this, has settled it.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def secure_cookie(header: bytes) -> bytes:
    """A Set-Cookie value with the `Secure` attribute (unchanged when it already has it)."""
    attributes = header.split(b";")[1:]
    if any(attribute.strip().lower() == b"secure" for attribute in attributes):
        return header
    return header + b"; Secure"


class SecureCookies:
    """ASGI middleware: adds `Secure` to each Set-Cookie of a response to an HTTPS request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("scheme") != "https":
            await self.app(scope, receive, send)
            return

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [(name, secure_cookie(value) if name.lower() == b"set-cookie" else value)
                                      for name, value in message.get("headers", [])]
            await send(message)

        await self.app(scope, receive, send_secure)
