"""An item change refused because no saved method can pay its increase (difference_not_payable) remembers the item
it was for (mindhand22, dialogue-classes-27): "then I'll just send it back" or "annulez plutôt" right after acts on
that item and order, never "which item?"."""

from __future__ import annotations

import asyncio

from assistant.models.contracts import Intent
from assistant.steps.order_changes import SWAP_ITEMS_SLOT, propose_change
from tests.unit.agent.test_method_can_pay import ORDER, SHORT_CARD, Reader


def test_the_refusal_remembers_the_item_it_was_for() -> None:
    proposal = asyncio.run(propose_change(Intent.MODIFY_ORDER, ORDER, {}, Reader([SHORT_CARD]),  # type: ignore[arg-type]
                                          "the fleece jacket in size S, colour red"))
    assert proposal["refuse"]["key"] == "difference_not_payable"
    assert proposal["remember"][SWAP_ITEMS_SLOT] == ["fj-XL-navy-half"]
