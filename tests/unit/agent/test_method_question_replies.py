"""A reply to an item change's method question that names no method (fresh20 F2, F6, F12): a change taken back is
let go (the address alone proposed when one is given), a new address is kept for the change, a split payment is said
to be impossible; a method named, another value or a plain yes are left to the request as before. Nothing is
written by any of these replies."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assistant.grounding.catalog_constraints import CatalogReading
from assistant.grounding.split_payment import splits_the_payment
from assistant.models.contracts import Intent
from assistant.state import ConversationState
from assistant.steps.method_question_replies import (
    awaits_the_method,
    may_answer_otherwise,
    reply_to_method_question,
    takes_the_change_back,
)
from assistant.steps.order_changes import DIFFERENCE_METHOD_SLOT, SWAP_ITEMS_SLOT, SWAP_VARIANT_SLOT
from assistant.steps.orders import _as_listed_before
from assistant.steps.product_answers import variant_material
from assistant.steps.question_candidates import ASKED_SLOT


def _tee(colour: str, size: str, material: str = "cotton") -> dict[str, Any]:
    return {"item_id": f"tee-{colour}-{size}", "available": True, "price_cents": 5000,
            "options": {"color": colour, "size": size, "material": material}}


TEE = {"product_id": "tee", "name": "T-Shirt",
       "variants": [_tee("purple", "XL"), _tee("black", "XL"), _tee("black", "S", "polyester"), _tee("red", "XXL")]}
PURPLE = {**_tee("purple", "XL"), "name": "T-Shirt", "product_id": "tee"}
BLACK = _tee("black", "XL")
ORDER = {"order_id": "#W1", "status": "pending", "items": [PURPLE]}


class Reader:
    async def order(self, order_id: str) -> dict[str, Any] | None:
        return ORDER if order_id == "#W1" else None

    async def product(self, product_id: str) -> dict[str, Any] | None:
        return TEE if product_id == "tee" else None


def _state(text: str, intent: Intent = Intent.MODIFY_ORDER) -> ConversationState:
    slots = {"order_ids": ["#W1"], SWAP_ITEMS_SLOT: [PURPLE["item_id"]], SWAP_VARIANT_SLOT: BLACK["item_id"],
             ASKED_SLOT: {"slot": DIFFERENCE_METHOD_SLOT, "candidates": []}}
    return {"conversation_id": "c", "customer_id": "u", "language": "en", "incoming": {"text": text},
            "topic": {"intent": intent.value, "slots": slots}, "pending": None, "outbox": []}


def _reply(text: str, intent: Intent = Intent.MODIFY_ORDER) -> Any:
    return asyncio.run(reply_to_method_question(Reader(), _state(text, intent)))  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "put part of it on the gift card and the rest on my mastercard",
    "ok use the gift card anyway and put the rest on my credit card",
    "mettez une partie sur la carte cadeau et le reste sur ma visa",
    "paga una parte con la tarjeta regalo y el resto con mi mastercard",
    "einen Teil auf die Geschenkkarte und den Rest auf meine Visa",
])
def test_a_split_of_the_difference_is_read_in_four_languages(text: str) -> None:
    assert splits_the_payment(text)


@pytest.mark.parametrize("text", ["the visa", "ok with the mastercard then", "rest assured, paypal is fine",
                                  "put the rest of my order on hold", "d'accord avec la visa alors"])
def test_one_method_named_or_no_method_is_no_split(text: str) -> None:
    assert not splits_the_payment(text)


@pytest.mark.parametrize("text", ["actually never mind, keep it purple", "me la quedo morada",
                                  "ach nein, doch lieber lila lassen",
                                  "forget the whole thing, leave the order as it is",
                                  "laissez tomber, ne touchez à rien"])
def test_going_back_to_the_item_as_it_is_takes_the_change_back(text: str) -> None:
    assert takes_the_change_back(text, TEE, PURPLE, BLACK)


@pytest.mark.parametrize("text", ["actually make it red instead", "yes", "black but in S", "is it wool?"])
def test_another_value_a_yes_or_a_question_takes_nothing_back(text: str) -> None:
    assert not takes_the_change_back(text, TEE, PURPLE, BLACK)


def test_the_change_taken_back_is_let_go_and_said_so() -> None:
    said = _reply("actually never mind, keep it purple")
    assert not said.ask_again and said.update["topic"] is None and said.update["pending"] is None
    assert [r["key"] for r in said.update["outbox"]] == ["swap_let_go"]
    assert "colour purple" in said.update["outbox"][0]["facts"]["old_options"]


def test_taken_back_with_an_address_proposes_the_address_alone() -> None:
    said = _reply("no forget it, keep it purple. but ship that order to 44 Elm Street, Portland, OR 97201 instead")
    assert said.update["pending"]["tool"] == "modify_pending_order_address"
    assert said.update["pending"]["arguments"]["address1"] == "44 Elm Street" and said.update["topic"] is None
    assert [r["key"] for r in said.update["outbox"]] == ["swap_let_go", "confirm_modify"]


def test_a_new_address_is_kept_for_the_change_and_the_method_asked_again() -> None:
    said = _reply("also please ship this order to 44 Elm Street, Portland, OR 97201")
    assert said.ask_again and [r["key"] for r in said.said] == ["address_with_the_swap"]
    assert said.update["queued"][0]["text"] == "ship order #W1 to 44 Elm Street, Portland, OR 97201"


def test_an_exchange_keeps_no_address_delivered_orders_ship_no_more() -> None:
    assert _reply("also please ship this order to 44 Elm Street, Portland, OR 97201", Intent.EXCHANGE_ITEM) is None


def test_a_split_is_said_impossible_and_the_method_asked_again() -> None:
    said = _reply("half on the gift card, the rest on my mastercard")
    assert said.ask_again and [r["key"] for r in said.said] == ["one_method_pays"]


@pytest.mark.parametrize("text", ["the mastercard", "ok with the visa then", "yes", "actually make it red instead"])
def test_a_method_a_yes_or_another_value_goes_on_as_before(text: str) -> None:
    assert _reply(text) is None


def test_only_the_method_question_is_read_so() -> None:
    state = _state("never mind")
    assert awaits_the_method(state) and may_answer_otherwise("never mind")
    state["pending"] = {"action_id": "a", "tool": "modify_pending_order_items"}  # type: ignore[typeddict-item]
    assert not awaits_the_method(state)
    assert not may_answer_otherwise("the visa") and not may_answer_otherwise("is it wool?")


def test_which_order_asked_again_lists_the_same_orders() -> None:
    orders = [{"order_id": f"#W{n}"} for n in range(1, 5)]
    slots = {ASKED_SLOT: {"slot": "order_ids", "candidates": [{"key": "#W2"}, {"key": "#W3"}]}}
    assert [o["order_id"] for o in _as_listed_before(slots, [orders[0], orders[3]], orders)] == ["#W2", "#W3"]
    assert [o["order_id"] for o in _as_listed_before(slots, [orders[2]], orders)] == ["#W3"]
    assert _as_listed_before({}, [orders[0]], orders) == []


def test_the_material_asked_is_the_shown_variants() -> None:
    black_s = "tee-black-S"
    assert "polyester" in (variant_material(TEE, black_s, CatalogReading(), "en") or "")
    assert "cotton" in (variant_material(TEE, BLACK["item_id"], CatalogReading(), "en") or "")
    assert variant_material({"name": "Mug", "variants": [{"item_id": "m", "options": {}}]}, "m", CatalogReading(),
                            "en") is None
