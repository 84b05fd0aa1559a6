"""Issue 17, eighth round: the pure readings behind the order-flow fixes (the suite `dialogue-classes-8.yaml` drives
the whole agent)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assistant.grounding.order_states import said_state
from assistant.grounding.orders import ground_order
from assistant.grounding.reasons import read_cancel_reason
from assistant.models.contracts import Intent
from assistant.steps.order_changes import REASON_ASKED_SLOT, SWAP_ITEMS_SLOT, propose_change
from assistant.steps.proposal_questions import asks_about_proposal
from assistant.steps.return_instead import return_instead

ORDER = {"order_id": "#W1", "status": "pending", "items": [],
         "payment_history": [{"payment_method_id": "paypal_1", "amount_cents": 12345}]}


def _cancel(text: str, slots: dict[str, Any]) -> dict[str, Any]:
    return asyncio.run(propose_change(Intent.CANCEL_ORDER, ORDER, slots, None, text))  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["yes", "ya go ahead and cancel it", "oui, annulez", "sí, adelante", "ja bitte"])
def test_a_yes_to_the_reason_question_agrees_with_the_first_reason(text: str) -> None:
    proposal = _cancel(text, {REASON_ASKED_SLOT: "#W1"})
    assert proposal["agreed"] is True
    assert proposal["arguments"] == {"order_id": "#W1", "reason": "no longer needed"}


def test_a_yes_before_the_reason_question_or_for_another_order_agrees_to_nothing() -> None:
    assert _cancel("yes", {})["ask"] == "ask_cancel_reason"
    assert _cancel("yes", {REASON_ASKED_SLOT: "#W2"})["ask"] == "ask_cancel_reason"
    assert _cancel("hmm, not sure yet", {REASON_ASKED_SLOT: "#W1"})["ask"] == "ask_cancel_reason"


def test_a_reason_said_is_proposed_not_agreed() -> None:
    proposal = _cancel("I ordered it by mistake", {})
    assert proposal["agreed"] is False and proposal["arguments"]["reason"] == "ordered by mistake"


def test_the_reason_question_is_remembered_for_its_order() -> None:
    assert _cancel("cancel it", {})["remember"] == {REASON_ASKED_SLOT: "#W1"}


@pytest.mark.parametrize("text", [
    "pls cancel it, found one cheaper at a store",
    "je l'ai trouvé moins cher ailleurs",
    "la encontré más barata en otra tienda",
    "hab sie woanders günstiger gefunden",
])
def test_found_it_cheaper_is_no_longer_needed(text: str) -> None:
    assert read_cancel_reason(text) == "no longer needed"


@pytest.mark.parametrize("text", ["whats the price difference", "what's the difference in price then",
                                  "quelle est la différence de prix", "cuál es la diferencia de precio",
                                  "was ist der Preisunterschied"])
def test_the_difference_asked_without_a_question_mark(text: str) -> None:
    assert asks_about_proposal(text, {"tool": "modify_pending_order_items"}) == "amount"  # type: ignore[typeddict-item]


@pytest.mark.parametrize(("text", "state"), [
    ("the helmet that hasn't shipped yet, in size M", "open"),
    ("la veste que je n'ai pas encore reçue", "open"),
    ("el reloj del pedido que todavía no me llega", "open"),
    ("die Flasche, die noch nicht da ist", "open"),
    ("the kettle I received last week", "delivered"),
    ("la botella que me llegó", "delivered"),
    ("the helmet in size M", None),
])
def test_an_orders_state_said_in_words(text: str, state: str | None) -> None:
    assert said_state(text) == state


def test_the_state_said_picks_among_orders_holding_the_item() -> None:
    helmet = {"item_id": "h", "name": "Cycling Helmet", "options": {"size": "S"}, "product_id": "p"}
    delivered = {"order_id": "#W1", "status": "delivered", "items": [{**helmet, "item_id": "h1"}]}
    pending = {"order_id": "#W2", "status": "pending", "items": [{**helmet, "item_id": "h2"}]}
    orders = [{"order_id": o["order_id"], "status": o["status"]} for o in (delivered, pending)]
    text = "the helmet that hasn't shipped yet, can i get it in size M instead"
    # an exchange prefers delivered orders; the words say the open one
    assert ground_order(text, [], orders, "delivered", [delivered, pending]).order_id == "#W2"
    assert ground_order("the helmet I received, in size M", [], orders, "pending",
                        [delivered, pending]).order_id == "#W1"


@pytest.mark.parametrize("text", ["no wait, I'll just return it instead", "non attendez, je préfère les renvoyer",
                                  "no, espera, mejor la devuelvo", "nee warte, ich schick ihn lieber zurück"])
def test_a_return_replaces_a_swap_in_progress(text: str) -> None:
    for state in ({"pending": {"tool": "exchange_delivered_order_items"}},
                  {"topic": {"intent": "modify_order", "slots": {SWAP_ITEMS_SLOT: ["i1"]}}}):
        assert return_instead({**state, "incoming": {"text": text}})  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["yes, the difference back to my visa", "ja, Differenz zurück auf die Visa",
                                  "return it in size L instead"])
def test_refund_words_or_a_new_variant_replace_no_swap(text: str) -> None:
    state = {"pending": {"tool": "exchange_delivered_order_items"}, "incoming": {"text": text}}
    assert not return_instead(state)  # type: ignore[arg-type]


def test_a_return_said_without_a_swap_in_progress_is_not_a_change_of_mind() -> None:
    state = {"pending": {"tool": "cancel_pending_order"}, "incoming": {"text": "I'll just return it"}}
    assert not return_instead(state)  # type: ignore[arg-type]
