"""Questions while a proposal waits: another order's cancellation asked as a question is weighed unless it asks the
shop to do it (attack26 A26-2); another order's item named in a status question is an aside (fresh27 F1)."""

from __future__ import annotations

import pytest

from assistant.grounding.items import nouns_said
from assistant.grounding.other_order_question import weighs_another_order
from assistant.grounding.status_aside import asks_another_orders_status
from assistant.models.contracts import Intent, TurnIntent, TurnSlots

PENDING = {"tool": "cancel_pending_order", "arguments": {"order_id": "#W5442520", "reason": "no longer needed"}}
CANCEL_OTHER = TurnIntent(intent=Intent.CANCEL_ORDER, confidence=0.9, slots=TurnSlots(order_ids=["#W7941031"]))


@pytest.mark.parametrize("text", [
    "or is it smarter to drop #W7941031 instead, what do you think?",
    "hmm do you think cancelling #W7941031 would make more sense?",
    "qu'en pensez-vous, annuler la #W7941031 ?",
    "¿qué opinas, cancelo el #W7941031?",
    "was meinst du, #W7941031 stornieren?",
])
def test_advice_words_weigh_whatever_was_read(text: str) -> None:
    assert weighs_another_order(text, PENDING) == "#W7941031"


@pytest.mark.parametrize("text", [
    "cancel #W7941031 instead?",
    "la #W7941031 plutôt ?",
    "¿y el #W7941031 en vez de este?",
    "lieber #W7941031?",
])
def test_a_cancellation_of_another_order_said_as_a_question_is_weighed(text: str) -> None:
    assert weighs_another_order(text, PENDING, CANCEL_OTHER) == "#W7941031"


@pytest.mark.parametrize("text", [
    "could you cancel #W7941031 instead?",
    "pouvez-vous plutôt annuler la #W7941031 ?",
    "¿puedes cancelar el #W7941031 en su lugar?",
    "kannst du stattdessen #W7941031 stornieren?",
    "cancel #W7941031 instead please?",
])
def test_a_request_asked_as_a_question_is_no_weighing(text: str) -> None:
    assert weighs_another_order(text, PENDING, CANCEL_OTHER) is None


def test_only_a_waiting_cancellation_weighs_a_bare_question() -> None:
    pending_return = {"tool": "return_delivered_order_items", "arguments": {"order_id": "#W5442520"}}
    assert weighs_another_order("cancel #W7941031 instead?", pending_return, CANCEL_OTHER) is None
    assert weighs_another_order("cancel #W7941031 instead?", PENDING, None) is None


@pytest.mark.parametrize(("text", "beside"), [
    ("oh btw is the jigsaw puzzle i ordered on its way yet?", True),
    ("et au passage, ma commande avec le clavier mécanique, elle est partie ?", True),
    ("¿la parrilla que pedí ya salió?", True),
    ("ist meine Bestellung mit der Schreibtischlampe schon verschickt?", True),
    ("have the sneakers shipped?", False),  # the item of the order the request acts on
])
def test_another_orders_item_named_in_a_status_question_is_an_aside(text: str, beside: bool) -> None:
    acted_nouns = frozenset(nouns_said("Sneakers ; Water Bottle"))
    assert asks_another_orders_status(text, "#W3445693", acted_nouns) is beside


def test_items_named_are_not_weighed_without_the_acted_orders_nouns() -> None:
    assert asks_another_orders_status("is the jigsaw puzzle on its way yet?", "#W3445693") is False
