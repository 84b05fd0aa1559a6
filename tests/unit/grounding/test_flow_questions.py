"""Questions, hedges and descriptions in the middle of an order request (dialogue-classes-18): "and the other items?"
is a question about the write, "let me think about it" holds the request, and an order told apart by what came with
the item is that order."""

from __future__ import annotations

import pytest

from assistant.grounding.orders import ground_order
from assistant.grounding.reasons import read_cancel_reason
from assistant.steps.held_open import puts_on_hold
from assistant.steps.proposal_questions import facts_asked


@pytest.mark.parametrize("text", [
    "and what happens to the other items in that order?",
    "et les autres articles de la commande, ils deviennent quoi ?",
    "¿y qué pasa con los otros artículos del pedido?",
    "und was passiert mit den anderen Artikeln der Bestellung?",
])
def test_the_other_items_are_asked_about(text: str) -> None:
    assert "items" in facts_asked(text)


@pytest.mark.parametrize("text", ["cancel the backpack, not the other one", "yes", "the one with the grill"])
def test_no_items_question_without_its_words(text: str) -> None:
    assert "items" not in facts_asked(text)


@pytest.mark.parametrize("text", [
    "hmm ok gonna think abt it, leave it as is for now",
    "hmm let me think about it, don't change anything yet",
    "hmm je vais réfléchir, ne touchez à rien pour l'instant",
    "mmm dejame pensarlo, no toques nada todavia",
    "hmm, ich überlege es mir noch, bitte noch nichts ändern",
])
def test_a_hold_keeps_the_request(text: str) -> None:
    assert puts_on_hold(text)


@pytest.mark.parametrize("text", [
    "ok, cancel it, I don't need it anymore", "yes", "no", "en negro, lo demás igual",
    "la misma pero con media cremallera", "not yet? how much is it", "rather in red for now",
])
def test_answers_and_requests_are_no_hold(text: str) -> None:
    assert not puts_on_hold(text)


ORDERS = [{"order_id": "#W1000001", "status": "pending"}, {"order_id": "#W1000002", "status": "pending"}]
DETAILS = [
    {**ORDERS[0], "items": [{"item_id": "1", "name": "Espresso Machine"}, {"item_id": "2", "name": "Garden Hose"}]},
    {**ORDERS[1], "items": [{"item_id": "3", "name": "Espresso Machine"}, {"item_id": "4", "name": "Gaming Mouse"}]},
]


def test_an_order_told_apart_by_what_came_with_the_item() -> None:
    choice = ground_order("cancel the espresso machine that came with the gaming mouse, not the other one", [],
                          ORDERS, "pending", DETAILS)
    assert choice.order_id == "#W1000002"


def test_an_item_both_orders_hold_is_still_asked_about() -> None:
    choice = ground_order("cancel the espresso machine", [], ORDERS, "pending", DETAILS)
    assert choice.order_id is None and len(choice.candidates) == 2


@pytest.mark.parametrize(("text", "reason"), [
    ("need to cancel one of my orders, ordered it by mitsake", "ordered by mistake"),
    ("ich muss eine meiner bestellungen stornieren, aus vereshen bestellt", "ordered by mistake"),
    ("cancel the order I bestellte", None),
    ("ich bestelle nochmal", None),
    ("cancel my order please", None),
])
def test_a_reason_typed_with_one_slip(text: str, reason: str | None) -> None:
    assert read_cancel_reason(text) == reason
