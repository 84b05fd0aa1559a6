""""The first one" while a proposal waits is counted from the proposal's order, never from the order the last
reply named them in (attack24 A24-2: "no, ese no; sí, cancela el primero" proposed the other order)."""

from __future__ import annotations

import pytest

from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.steps.proposal_ordinal import proposal_first

PENDING = {"tool": "cancel_pending_order", "arguments": {"order_id": "#W5158064", "reason": "no longer needed"}}
WEIGHED = {"kind": "orders", "order_ids": ["#W9767156", "#W5158064"]}  # the answer names the other order first
OTHER_READ = TurnIntent(intent=Intent.CANCEL_ORDER, confidence=0.7, slots=TurnSlots(order_ids=["#W9767156"]))


@pytest.mark.parametrize("text", [
    "no not that one, yes cancel the first one",
    "non pas celle-là, oui annulez la première",
    "no, ese no; sí, cancela el primero",
    "nein, die nicht; ja, die erste stornieren bitte",
    "nein, die behalte ich; ja, stornieren Sie die erste",
])
def test_the_first_one_is_the_proposals_order(text: str) -> None:
    assert proposal_first(text, OTHER_READ, PENDING, WEIGHED).slots.order_ids == ["#W5158064"]


@pytest.mark.parametrize("text", ["no, cancel the second one", "non, annulez la deuxième", "cancela el segundo",
                                  "stornieren Sie die zweite"])
def test_the_second_one_is_the_other_order(text: str) -> None:
    assert proposal_first(text, OTHER_READ, PENDING, WEIGHED).slots.order_ids == ["#W9767156"]


@pytest.mark.parametrize(("text", "pending", "shown"), [
    ("yes cancel #W9767156, the first one", PENDING, WEIGHED),  # an order number said wins
    ("yes cancel the first one", None, WEIGHED),  # nothing proposed: the list's own positions (listed_order)
    ("yes cancel the first one", PENDING, {"kind": "products", "order_ids": []}),
    ("yes cancel the first one", PENDING, {"kind": "orders", "order_ids": ["#W1111111", "#W2222222"]}),
    ("yes, cancel it", PENDING, WEIGHED),  # no ordinal
])
def test_near_misses_are_left_as_read(text: str, pending: dict | None, shown: dict) -> None:  # type: ignore[type-arg]
    assert proposal_first(text, OTHER_READ, pending, shown) == OTHER_READ  # type: ignore[arg-type]
