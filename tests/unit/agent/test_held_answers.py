"""What the assistant answers itself while the desk holds a conversation (desk18 F11): where an order is, when the
words name one order and ask for no write; the shop's rules; nothing else."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from assistant.steps.held_answers import (
    asks_an_own_order_fact,
    asks_where_an_order_is,
    order_fact_while_held,
    order_status_while_held,
)

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


KETTLE = {"item_id": "8142779083", "name": "Electric Kettle", "options": {"color": "white"}, "price_cents": 15753}
EARBUDS = {"item_id": "6077640618", "name": "Wireless Earbuds", "options": {"color": "black"}, "price_cents": 24292}
TAU = {
    "#W6904184": {"order_id": "#W6904184", "status": "delivered", "items": [KETTLE, EARBUDS],
                  "fulfilments": [{"tracking_ids": ["724492219985"]}]},
    "#W9538251": {"order_id": "#W9538251", "status": "pending", "items": [JACKET], "fulfilments": []},
}


@pytest.mark.parametrize("text", ["meanwhile, what's the tracking number of my delivered order?",
                                  "c'est quoi le numéro de suivi de ma commande livrée ?",
                                  "¿cuál es el número de seguimiento de mi pedido entregado?",
                                  "wie lautet die Sendungsnummer meiner zugestellten Bestellung?"])
def test_the_order_in_the_state_the_words_say_is_answered(text: str) -> None:
    """wait27 (fresh F12): "my delivered order" picks the only delivered one among several."""
    reply = _answer(text, TAU)
    assert reply is not None and reply["facts"]["order_id"] == "#W6904184"


@pytest.mark.parametrize("text", ["how much did I pay for the electric kettle?", "combien j'ai payé la bouilloire ?",
                                  "¿cuánto me costó el hervidor?", "wie viel hat der Wasserkocher gekostet?"])
def test_what_an_own_item_cost_is_answered_from_its_order(text: str) -> None:
    replies = asyncio.run(order_fact_while_held(Reader(TAU), text, "en"))  # type: ignore[arg-type]
    assert [r["key"] for r in replies] == ["order_item_price"]
    assert replies[0]["facts"]["price"] == "$157.53"


@pytest.mark.parametrize("text", ["cancel order #W9538251 please",
                                  "I want to return the kettle, how much do I get back?",
                                  "remboursez la bouilloire"])
def test_a_write_beside_an_amount_is_no_order_fact_question(text: str) -> None:
    assert not asks_an_own_order_fact(text)
