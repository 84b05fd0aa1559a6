"""The storefront's page hands the Copilot widget its chat session before the widget mounts.

Chainlit 2.12's widget signs in in the background: it asks `/chat/user` (401: no cookie yet), then posts its
token to `/chat/auth/jwt`, which sets the `access_token` cookie, but never asks `/chat/user` again. So the widget
runs unauthenticated (no project settings) until an SWR retry of `/chat/user` lands seconds later, at a random
time; the settings then switch the feedback buttons on, and their component (which returns before its hooks
while they are off) throws React error #310 under every reply already shown. A socket that opened before
the cookie was there is refused ("Could not reach the server"). With the page's own response carrying the
cookie, `/chat/user` and the socket are authenticated from the first request: no race is left to lose.
"""

from __future__ import annotations

from chainlit.auth.cookie import set_auth_cookie
from starlette.requests import Request
from starlette.responses import Response


def hand_over_widget_session(request: Request, response: Response, widget_token: str | None) -> None:
    """Set Chainlit's own auth cookie (its name, path, lifetime and chunking) for the widget's token."""
    if widget_token:
        set_auth_cookie(request, response, widget_token)
