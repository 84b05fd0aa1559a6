"""A change of mind towards cancelling the order while another change of it waits for its yes (cancel_instead)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.steps.cancel_instead import cancel_instead

ITEM_CHANGE = {"tool": "modify_pending_order_items",
               "arguments": {"order_id": "#W5493256", "item_ids": ["9179378709"], "new_item_ids": ["6704763132"],
                             "payment_method_id": "paypal_1"}}
CANCEL = {"tool": "cancel_pending_order", "arguments": {"order_id": "#W5493256", "reason": "no longer needed"}}


def _state(text: str, pending: dict[str, Any] | None, read_as: str = "cancel_order",
           topic: dict[str, Any] | None = None) -> Any:
    return {"pending": pending, "topic": topic or {}, "incoming": {"text": text},
            "intent": {"intent": read_as, "confidence": 0.45, "slots": {}}}


@pytest.mark.parametrize("text", [
    "no wait, just cancel it instead, I don't need it anymore",
    "non attends, annule-la plutôt, je n'en ai plus besoin",
    "mejor cancélalo, ya no lo necesito",
    "nee, storniert sie doch lieber, brauch ich nicht mehr",
])
def test_a_cancellation_said_while_a_change_waits_replaces_it(text: str) -> None:
    assert cancel_instead(_state(text, ITEM_CHANGE))


@pytest.mark.parametrize("text", [
    "don't cancel it, the swap is fine",
    "ne l'annulez pas, juste l'échange",
    "forget the swap, leave the order as it is",
    "cancela el cambio, déjalo como está",
    "den Umtausch stornieren bitte",
])
def test_a_negated_cancellation_or_a_withdrawn_change_is_no_cancellation(text: str) -> None:
    assert not cancel_instead(_state(text, ITEM_CHANGE))


def test_only_while_another_write_is_under_way() -> None:
    text = "no wait, just cancel it instead"
    assert not cancel_instead(_state(text, None))  # nothing under way: an ordinary cancellation
    assert not cancel_instead(_state(text, CANCEL))  # the cancellation itself waits: its own answer
    assert cancel_instead(_state(text, None, topic={"intent": "modify_order", "slots": {}}))


def test_the_reader_must_have_heard_a_cancellation() -> None:
    assert not cancel_instead(_state("no wait, just cancel it", ITEM_CHANGE, read_as="modify_order"))


@pytest.mark.parametrize("text", [
    "can you just cancel it instead of changing the address?",
    "Annulez-la plutôt que de changer l'adresse.",
    "¿Puedes cancelarlo en lugar de cambiar la dirección?",
])
def test_a_cancellation_said_instead_is_heard_whatever_the_reader_made_of_it(text: str) -> None:
    assert cancel_instead(_state(text, ITEM_CHANGE, read_as="modify_order"))


@pytest.mark.parametrize("text", [
    "no no, don't cancel anything, just the colour swap is fine",
    "non non, n'annulez rien surtout, juste le changement d'adresse ça me va",
])
def test_a_negated_cancellation_is_left_to_the_proposal(text: str) -> None:
    from assistant.steps.cancel_instead import negated_cancellation
    assert negated_cancellation(_state(text, ITEM_CHANGE))
    assert not cancel_instead(_state(text, ITEM_CHANGE))
