"""Requests read against the wrong thing (evals/suites/carried-and-contrasted.yaml): a no with another request
beside it, an order list asked in a guest's sign-in message, the item's own value named to a swap, a guest not yet
verified routed past the orders."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.steps.changed_detail import changes_the_swap
from assistant.steps.list_at_sign_in import list_asked_with_proof
from assistant.steps.request_after_no import _other_request
from assistant.steps.routing import after_understanding

CANCEL = "cancel_pending_order"


@pytest.mark.parametrize("text", [
    "hmm no, don't cancel it after all; switch the payment to my paypal instead",
    "non attendez, ne l'annulez pas : mettez plutôt le paiement sur mon paypal",
    "no, espera, no lo canceles; cambia el pago a mi tarjeta terminada en 2340 en su lugar",
    "nein doch nicht stornieren, stattdessen bitte mit meinem PayPal bezahlen",
])
def test_a_no_with_a_payment_change_beside_it_keeps_the_change(text: str) -> None:
    said = _other_request(text, CANCEL)
    assert said is not None and "cancel" not in said and "annul" not in said


@pytest.mark.parametrize("text", ["no thanks", "no, don't cancel it", "yes please", "ne l'annulez pas"])
def test_a_plain_no_or_yes_carries_no_other_request(text: str) -> None:
    assert _other_request(text, CANCEL) is None


@pytest.mark.parametrize("text", [
    "hi, ana@example.com order W5061109 zip 77004. what orders do i have",
    "hola, ana@example.com pedido W5061109 cp 77004, ¿qué pedidos tengo?",
    "Hallo, ana@example.com, Bestellung W5061109, PLZ 77004. Welche Bestellungen habe ich?",
    "bonjour, ana@example.com commande W5061109 code postal 77004, je voudrais voir mes commandes",
])
def test_an_order_list_asked_with_the_proof(text: str) -> None:
    assert list_asked_with_proof(text) is not None


@pytest.mark.parametrize("text", ["hi, ana@example.com order W5061109 zip 77004, where is it?",
                                  "what orders do i have", "ana@example.com order W5061109 zip 77004"])
def test_no_list_without_both(text: str) -> None:
    assert list_asked_with_proof(text) is None


SWAP = {"tool": "modify_pending_order_items",
        "reply_facts": {"old_options": "size 9, colour yellow", "new_options": "size 9, colour black"}}


@pytest.mark.parametrize("text", ["hmm wait, leave the yellow one. forget it", "nah keep it yellow"])
def test_the_items_own_value_changes_no_swap(text: str) -> None:
    assert not changes_the_swap(text, SWAP)


def test_another_value_still_changes_the_swap() -> None:
    assert changes_the_swap("yes but in red", SWAP)


def _guest_turn(text: str, intent: str, topic: dict[str, Any] | None) -> dict[str, Any]:
    return {"incoming": {"text": text}, "intent": {"intent": intent, "confidence": 0.9, "slots": {}},
            "topic": topic, "customer_id": None, "pending": None, "transcript": []}


def test_a_guest_not_yet_verified_never_reaches_the_orders() -> None:
    topic = {"intent": "cancel_order", "slots": {"order_ids": ["#W2438921"], "zip_code": "32182"}}
    state = _guest_turn("what's in that order and where does it ship?", "order_status", topic)
    assert after_understanding(state) == "identity"  # type: ignore[arg-type]


def test_nothing_cancelled_in_german_refuses_the_cancellation() -> None:
    from assistant.grounding.negations import refuses_action

    assert refuses_action("nein nein, bitte nichts stornieren, nur die Zahlungsart ändern reicht", CANCEL)
