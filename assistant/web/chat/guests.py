"""Storefront guests in the chat widget: a Chainlit user with no account and no customer, named by a login no
account can have (`guest:` + a random id the storefront keeps in its guest cookie, assistant/web/shop/guests.py).

A guest may shop and ask about products; the assistant looks at orders only after the guest verification in the
chat (email + order number + zip, assistant/steps/identity.py), since no customer id comes with the session.
"""

from __future__ import annotations

import re
import secrets

GUEST_PREFIX = "guest:"  # ':' is not allowed in an account's login (tools/accounts.py), so never an account's
GUEST_ROLE = "guest"
_GUEST_LOGIN = re.compile(r"guest:[0-9a-f]{32}")


def new_guest_login() -> str:
    return GUEST_PREFIX + secrets.token_hex(16)


def is_guest_login(login: str) -> bool:
    return bool(_GUEST_LOGIN.fullmatch(login))
