"""A question weighing another order inside an open proposal, and a plain switch to another order (attack24)."""

from __future__ import annotations

import pytest

from assistant.grounding.other_order_question import cancels_another_order, switch_reading, weighs_another_order
from assistant.models.contracts import Intent, TurnIntent, TurnSlots

PENDING = {"tool": "cancel_pending_order", "arguments": {"order_id": "#W5442520", "reason": "no longer needed"}}


@pytest.mark.parametrize("text", [
    "hmm, would it be better to cancel #W7941031 instead?",
    "should I cancel #W7941031 instead? what would that refund?",
    "vaudrait-il mieux annuler #W7941031 plutôt ?",
    "et si j'annulais plutôt la #W7941031, ça me rembourserait combien ?",
    "¿sería mejor cancelar #W7941031 en su lugar?",
    "¿y si mejor cancelo el #W7941031?",
    "wäre es besser, #W7941031 zu stornieren?",
    "sollte ich lieber #W7941031 stornieren?",
])
def test_a_question_weighing_another_order_is_read(text: str) -> None:
    assert weighs_another_order(text, PENDING) == "#W7941031"


@pytest.mark.parametrize("text", [
    "actually cancel #W7941031 instead",
    "non, plutôt la commande #W7941031",
    "should I cancel #W5442520?",  # the proposal's own order
    "would it be better to cancel it?",  # no other order named
])
def test_a_switch_or_the_same_order_is_no_weighing_question(text: str) -> None:
    assert weighs_another_order(text, PENDING) is None


def test_a_plain_switch_is_the_other_orders_cancellation_with_the_reason_given() -> None:
    decided = TurnIntent(intent=Intent.DENY, confidence=0.9, slots=TurnSlots())
    read = switch_reading("non, plutôt la commande #W7941031", decided, PENDING)
    assert read.intent is Intent.CANCEL_ORDER
    assert read.slots.order_ids == ["#W7941031"]
    assert read.slots.cancel_reason == "no longer needed"
    assert cancels_another_order("non, plutôt la commande #W7941031", read, PENDING)


def test_a_question_is_never_a_switch() -> None:
    decided = TurnIntent(intent=Intent.DENY, confidence=0.9, slots=TurnSlots())
    assert switch_reading("vaudrait-il mieux annuler plutôt #W7941031 ?", decided, PENDING) is decided
    swap = {"tool": "modify_pending_order_items", "arguments": {"order_id": "#W5442520"}}
    assert switch_reading("non, plutôt la commande #W7941031", decided, swap) is decided
