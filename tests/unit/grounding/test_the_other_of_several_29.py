"""'The other one' without its number while a cancellation asks its reason or waits for its yes, when the customer
has several other pending orders (attack29 A29-1): the cancellation names them all, so the order step asks which
one; the order turned down is never proposed again."""

from __future__ import annotations

import pytest

from assistant.grounding.other_order_question import means_the_other_order, one_of_several_others, switch_reading
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.steps.other_orders_named import several_others_meant

PENDING = {"tool": "cancel_pending_order", "arguments": {"order_id": "#W5442520", "reason": "ordered by mistake"}}
ASKING_REASON = {"tool": "cancel_pending_order", "arguments": {"order_id": "#W5442520", "reason": None}}
OTHERS = ["#W1000001", "#W1000002", "#W1000003"]
DENY = TurnIntent(intent=Intent.DENY, confidence=0.9, slots=TurnSlots())
CANCEL_FIRST = TurnIntent(intent=Intent.CANCEL_ORDER, confidence=0.8, slots=TurnSlots(order_ids=["#W5442520"]))


@pytest.mark.parametrize("text", [
    "no, rather the other one", "nope rather the other order", "the other one pls",
    "hmm actually the other order instead",
    "non, plutot l'autre", "l'autre plutôt", "non l'autre plutôt", "en fait plutôt l'autre commande",
    "no, mejor el otro", "el otro mejor", "no no, mejor el otro pedido",
    "nein, lieber die andere", "lieber die andere", "ne, eher die andere Bestellung", "die andere bitte",
])
@pytest.mark.parametrize("decided", [DENY, CANCEL_FIRST])
@pytest.mark.parametrize("pending", [PENDING, ASKING_REASON])
def test_the_other_of_several_names_them_all(text: str, decided: TurnIntent, pending: dict) -> None:
    read = switch_reading(text, decided, pending, OTHERS)  # type: ignore[arg-type]
    assert read.intent is Intent.CANCEL_ORDER
    assert read.slots.order_ids == OTHERS
    assert read.slots.cancel_reason == pending["arguments"]["reason"]


@pytest.mark.parametrize("text", ["l'autre plutôt", "el otro mejor", "the other one pls", "die andere bitte"])
def test_the_other_of_one_is_that_order(text: str) -> None:
    read = switch_reading(text, DENY, PENDING, ["#W7941031"])  # type: ignore[arg-type]
    assert read.slots.order_ids == ["#W7941031"]


@pytest.mark.parametrize("text", [
    "no, not #W1000001",  # a number: that order, read elsewhere
    "is the other one shipped yet?",  # a question
    "l'autre jour j'ai commandé un sac",  # "the other day"
    "no",  # no other order meant
])
def test_no_other_of_several_is_meant(text: str) -> None:
    assert switch_reading(text, DENY, PENDING, OTHERS).slots.order_ids == []  # type: ignore[arg-type]


def test_one_of_several_others_needs_several() -> None:
    assert one_of_several_others("the other one", OTHERS) == OTHERS
    assert one_of_several_others("the other one", ["#W1000001"]) == []
    assert one_of_several_others("the other one, #W1000002", OTHERS) == []
    assert not means_the_other_order("l'autre jour")


def test_the_order_step_asks_which_only_for_exactly_those() -> None:
    state = {"incoming": {"other_orders": OTHERS}}
    assert several_others_meant(state, {"order_ids": list(reversed(OTHERS))}) == OTHERS  # type: ignore[arg-type]
    assert several_others_meant(state, {"order_ids": OTHERS[:1]}) == []  # type: ignore[arg-type]
    assert several_others_meant(state, {"order_ids": [*OTHERS[:2], "#W5442520"]}) == []  # type: ignore[arg-type]
    assert several_others_meant({}, {"order_ids": OTHERS}) == []  # type: ignore[arg-type]
