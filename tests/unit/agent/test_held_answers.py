"""What the assistant answers itself while the desk holds a conversation (desk18 F11): where an order is, when the
words name one order and ask for no write; the shop's rules; nothing else."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from assistant.steps.held_answers import asks_where_an_order_is, order_status_while_held

JACKET = {"item_id": "WJ01-M-Blue", "name": "Stellar Solar Jacket", "options": {"size": "M", "color": "Blue"}}
PANT = {"item_id": "MP01-32-Black", "name": "Caesar Warm-Up Pant", "options": {"size": "32", "color": "Black"}}
ORDERS = {
    "#D9000003": {"order_id": "#D9000003", "status": "delivered", "items": [PANT],
                  "fulfilments": [{"tracking_ids": ["1Z9000003US"]}]},
    "#D9000002": {"order_id": "#D9000002", "status": "pending", "items": [JACKET], "fulfilments": []},
}


class Reader:
    def __init__(self, orders: dict[str, dict[str, Any]]) -> None:
        self.orders_by_id = orders

    @asynccontextmanager
    async def one_transaction(self) -> AsyncIterator[None]:
        yield

    async def orders(self) -> list[dict[str, Any]]:
        return [{"order_id": o["order_id"], "status": o["status"]} for o in self.orders_by_id.values()]

    async def order(self, order_id: str) -> dict[str, Any] | None:
        return self.orders_by_id.get(order_id)


def _answer(text: str, orders: dict[str, dict[str, Any]] = ORDERS, language: str = "en") -> Any:
    return asyncio.run(order_status_while_held(Reader(orders), text, language))  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["where is my order #D9000003?", "has my jacket shipped yet?",
                                  "où en est ma commande #D9000002 ?", "¿dónde está mi pedido #D9000003?",
                                  "wo bleibt meine Bestellung #D9000003?", "ist meine Jacke schon unterwegs?"])
def test_a_question_where_an_order_is_is_read_as_one(text: str) -> None:
    assert asks_where_an_order_is(text)


@pytest.mark.parametrize("text", ["please cancel my order #D9000002", "has it shipped? if not cancel it",
                                  "annulez ma commande #D9000002", "¿ya llegó? quiero devolverlo",
                                  "bitte stornieren Sie die Bestellung, wo ist sie?", "my parcel arrived crushed",
                                  "any news?", "hello? is anyone there?"])
def test_a_write_or_a_nudge_is_not_a_status_question(text: str) -> None:
    assert not asks_where_an_order_is(text)


def test_the_order_named_by_number_is_answered_with_its_tracking() -> None:
    reply = _answer("where is my order #D9000003?")
    assert reply is not None and reply.get("facts", {}).get("tracking_id") == "1Z9000003US"


def test_the_order_holding_the_item_named_is_answered() -> None:
    reply = _answer("has my jacket shipped yet?")
    assert reply is not None and reply["facts"]["order_id"] == "#D9000002"


@pytest.mark.parametrize("text", ["where is my order?", "where is the size chart?", "where is order #D1234567?"])
def test_words_that_name_no_one_order_of_the_customer_are_left_to_the_agent(text: str) -> None:
    assert _answer(text) is None


def test_the_only_order_is_answered_when_the_words_speak_of_an_order_not_for_any_where_is() -> None:
    only = {"#D9000003": ORDERS["#D9000003"]}
    assert _answer("where is my order?", only) is not None
    assert _answer("where is the size chart?", only) is None
