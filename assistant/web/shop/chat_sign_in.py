"""A storefront visitor with no shop session who is signed in to the chat at /chat: the page's widget carries on
that sign-in rather than a guest's.

The widget and /chat are one Chainlit app with one `access_token` cookie. Handing the widget a fresh guest token
(and that cookie) signed such a customer out of /chat the moment they looked at the shop (surface11). A chat
sign-in counts only while it is live (account enabled, not signed out: assistant/web/chat/sessions.py); a guest's
chat token is the guest cookie's business, not this one's.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request

from assistant.web.runtime import WebRuntime
from tools.store.tables import AccountRole


@dataclass(frozen=True)
class ChatSignIn:
    """The chat's own token for a signed-in customer account, as the browser holds it."""

    token: str
    login: str
    customer_id: str | None


async def chat_sign_in(request: Request, runtime: WebRuntime) -> ChatSignIn | None:
    """The customer account this browser is signed in to the chat as, if its session is live."""
    # These import chainlit: only once the app has set it up.
    from chainlit.auth import get_jwt_secret
    from chainlit.auth.cookie import get_token_from_cookies

    from assistant.web.chat.sessions import chat_identity, chat_session_live

    token, secret = get_token_from_cookies(request.cookies), get_jwt_secret() or ""
    identity = chat_identity(token, secret) if token and secret else None
    if identity is None or identity.account is None or identity.account.role is not AccountRole.CUSTOMER:
        return None
    if not await chat_session_live(runtime, token, secret):
        return None
    return ChatSignIn(token=str(token), login=identity.login, customer_id=identity.customer_id)
