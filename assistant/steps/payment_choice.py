"""Which saved payment method pays, or receives, an item swap's price difference.

tau-retail's policy: when items are modified or exchanged the customer provides the payment method for the
difference, and a gift card must cover what it pays. With a single usable method (or no difference) there is
nothing to choose; with several, the assistant asks instead of picking the order's original one.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.steps.order_lookup import money

# How customers name a method kind, in the languages the shop answers in.
# Checked in this order, most specific first: "gift card" and "paypal" before the bare "card".
SOURCE_WORDS = {
    "gift_card": r"gift[ _]?card|store credit|carte cadeau|tarjeta regalo|geschenkkarte|gutschein",
    "paypal": r"pay ?pal",
    "credit_card": r"credit[ _]?card|card|carte(?: bancaire| de crédit)?|tarjeta(?: de crédito)?|kreditkarte|karte",
}


def usable_methods(methods: list[dict[str, Any]], difference_cents: int) -> list[dict[str, Any]]:
    """Methods that can settle the difference: a gift card only pays what its balance covers."""
    if difference_cents <= 0:
        return list(methods)
    return [m for m in methods if m["source"] != "gift_card" or (m.get("balance_cents") or 0) >= difference_cents]


def named_method(text: str, methods: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one method the customer's words name: by id, by the card's last four digits or brand, or by its kind
    when they have a single method of that kind. None when no method, or more than one, fits."""
    lowered = text.lower()
    by_id = [m for m in methods if m["id"].lower() in lowered]
    if by_id:
        return by_id[0]
    by_card = [m for m in methods if (m.get("last_four") and re.search(rf"\b{m['last_four']}\b", lowered))
               or (m.get("brand") and re.search(rf"\b{re.escape(m['brand'].lower())}\b", lowered))]
    if len(by_card) == 1:
        return by_card[0]
    source = named_source(text)
    if source is None:
        return None
    of_kind = [m for m in methods if m["source"] == source]
    return of_kind[0] if len(of_kind) == 1 else None


def named_source(text: str) -> str | None:
    """The kind of payment method the customer's words name (gift_card, paypal, credit_card), if any."""
    lowered = text.lower()
    return next((source for source, words in SOURCE_WORDS.items() if re.search(rf"\b(?:{words})\b", lowered)), None)


def describe_method(method: dict[str, Any]) -> str:
    """A method as the customer recognises it, with its id (which the tools and the records use)."""
    if method["source"] == "paypal":
        return f"PayPal ({method['id']})"
    if method["source"] == "gift_card":
        balance = f" {money(method['balance_cents'])}" if method.get("balance_cents") is not None else ""
        return f"gift card{balance} ({method['id']})"
    if method["source"] != "credit_card":
        return method["id"]
    ending = f" …{method['last_four']}" if method.get("last_four") else ""
    return f"{(method.get('brand') or 'card').title()}{ending} ({method['id']})"
