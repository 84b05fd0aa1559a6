"""Who is chatting: Chainlit users built only from verified credentials.

The customer id the assistant acts for is `user.metadata["customer_id"]`, set here from the account: at the
password login of `/chat`, or in the widget token that `/shop`'s backend signs for its signed-in customer
(`widget_token`, which the Copilot widget presents to Chainlit's `/auth/jwt`); never from chat text. Only
customer accounts and storefront guests (`guest_widget_token`, assistant/web/chat/guests.py: no customer id) may
use the chat. (No `header_auth_callback`: the widget does not use it, and with one defined Chainlit's login page
tries it on load and shows "Unable to sign in" before anyone has typed.)
"""

from __future__ import annotations

from typing import Any

import chainlit as cl
from chainlit.auth import create_jwt

from assistant.web.auth import Principal, verify_password
from assistant.web.chat.guests import GUEST_ROLE, is_guest_login
from assistant.web.runtime import WebRuntime
from tools.store.tables import AccountRole


def chat_user(principal: Principal) -> cl.User | None:
    """The Chainlit user for a customer principal; None for agents and admins (they use the desk)."""
    if principal.role is not AccountRole.CUSTOMER:
        return None
    metadata = {"role": principal.role.value, "customer_id": principal.customer_id, "provider": "vitrine"}
    if principal.token_id:
        # The storefront session this widget token comes from: signing out of the shop ends the chat too.
        metadata["session"] = principal.token_id
    return cl.User(identifier=principal.subject, display_name=principal.name or principal.subject, metadata=metadata)


async def password_user(runtime: WebRuntime, login: str, password: str, *, client: str = "unknown"
                        ) -> cl.User | None:
    """The chat user for a right password, throttled like every sign-in (the shared `LoginThrottle`): while
    this login or client is blocked, even a right password is refused."""
    throttle = runtime.login_throttle
    if await throttle.retry_after(login, client):
        return None
    principal = await verify_password(runtime.sessions, login, password,
                                      production=runtime.settings.environment == "production")
    if principal is None:
        await throttle.failed(login, client)
        return None
    await throttle.succeeded(login, client)
    return chat_user(principal)


def widget_token(principal: Principal) -> str | None:
    """The access token for the Copilot widget (`mountChainlitWidget({accessToken})`), signed with the chat's
    secret; Chainlit's `/auth/jwt` accepts it as this user. None for non-customers."""
    user = chat_user(principal)
    return create_jwt(user) if user else None


def guest_widget_token(login: str, display_name: str) -> str:
    """The Copilot widget's access token for a storefront guest: no customer id, so no orders without the
    guest verification in the chat."""
    if not is_guest_login(login):
        raise ValueError("not a guest login")
    return create_jwt(cl.User(identifier=login, display_name=display_name,
                              metadata={"role": GUEST_ROLE, "provider": "vitrine"}))


def customer_of(user: Any) -> str | None:
    metadata = getattr(user, "metadata", None) or {}
    if is_guest_login(str(getattr(user, "identifier", ""))):
        return None
    return metadata.get("customer_id") if metadata.get("role") == AccountRole.CUSTOMER.value else None
