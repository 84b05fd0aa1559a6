"""Which list the customer saw last, orders or products, kept in the dialogue state: "the second one" points into
that list ("¿y el primero?" after the order list is the first order, not the first product of an older search).

Read from what each turn showed (`respond`): two or more product cards make a product list; order numbers in the
text make an order list (one order named after a list keeps that list, so "and the second one?" still means it;
one named with no list before stands for the customer's orders, oldest first).

Not the same as the state's `offered` (steps/question_answer.py `order_from_list`), though both serve "the second
one": `offered` is the question record of the order list the assistant just wrote (`asked`: candidates with their
items, totals and status, read by `grounding.candidates.read_answer` by position *or content*, "the one with the
boots", "celle de 259,03") and lives for the next turn only (`understand` clears it). `shown_list` is what the
screen holds: it lasts until another list replaces it, knows product lists too (so "the first one" after a search is
not an order), and keeps positions only. One is a question's answer key, the other a memory of the display; folding
them would give the durable list content it cannot keep fresh, or the one-turn answer a lifetime it must not have."""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from assistant.grounding.orders import orders_named

MIN_LISTED = 2


class ShownList(TypedDict, total=False):
    """Plain JSON-like values (strict-msgpack safe)."""

    kind: Literal["orders", "products"]
    order_ids: list[str]  # the orders listed, in the order shown; [] = the customer's orders, oldest first


def shown_after(messages: list[dict[str, Any]], before: ShownList | None) -> ShownList | None:
    """The list the customer has in front of them after this turn's `messages` (None: no list yet)."""
    shown = before
    for message in messages:
        if len(message.get("cards") or []) >= MIN_LISTED:
            shown = {"kind": "products", "order_ids": []}
            continue
        named = orders_named(str(message.get("text", "")))
        if len(named) >= MIN_LISTED:
            shown = {"kind": "orders", "order_ids": named}
        elif named and not (shown and shown.get("kind") == "orders"):
            shown = {"kind": "orders", "order_ids": []}
    return shown
