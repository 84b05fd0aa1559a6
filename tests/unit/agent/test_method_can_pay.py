"""A payment method is proposed for an item change only if it can pay its increase (attack19 A19-10): a gift card
short of it is never proposed nor picked by default; with nothing else saved the change is refused with the
balances said; a decrease still goes to the gift card; two changes together never pass a gift card their sum
exceeds."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest

import assistant.steps.several_swaps as several_swaps_module
from assistant.models.contracts import Intent
from assistant.steps.order_changes import propose_change
from tests.unit.grounding.test_kept_options import JACKET

NAVY_XL = {"item_id": "fj-XL-navy-half", "product_id": "jacket", "name": "Fleece Jacket", "price_cents": 15000,
           "options": {"size": "XL", "color": "navy", "zipper": "half"}}
SHORT_CARD = {"id": "gift_card_1", "source": "gift_card", "balance_cents": 900}
VISA = {"id": "credit_card_1", "source": "credit_card", "brand": "visa", "last_four": "1111"}
ORDER = {"order_id": "#W1", "status": "pending", "items": [NAVY_XL],
         "payment_history": [{"payment_method_id": "gift_card_1"}], "address": {"country": "USA"}}


def _priced(red_s_cents: int) -> dict[str, Any]:
    return {"variants": [{**v, "price_cents": red_s_cents} if v["item_id"] == "fj-S-red-half" else v
                         for v in JACKET["variants"]]}


class Reader:
    def __init__(self, methods: list[dict[str, Any]], red_s_cents: int = 15939) -> None:
        self.methods, self.red_s_cents = methods, red_s_cents

    async def product(self, product_id: str) -> dict[str, Any] | None:
        return _priced(self.red_s_cents) if product_id == "jacket" else None

    async def profile(self) -> dict[str, Any]:
        return {"payment_methods": self.methods}


def _propose(text: str, reader: Reader, intent: Intent = Intent.MODIFY_ORDER) -> dict[str, Any]:
    return asyncio.run(propose_change(intent, ORDER, {}, reader, text))  # type: ignore[arg-type]


def test_a_short_gift_card_alone_is_never_proposed() -> None:
    for text in ("the fleece jacket in size S, colour red", "the fleece jacket in size S, colour red, on my gift card"):
        proposal = _propose(text, Reader([SHORT_CARD]))
        assert "tool" not in proposal and "ask" not in proposal
        refusal = proposal["refuse"]
        assert refusal["key"] == "difference_not_payable"
        assert "$9.00" in refusal["facts"]["saved_methods"] and refusal["facts"]["difference"] == "$9.39"


def test_the_one_method_that_can_pay_is_proposed_never_the_short_gift_card() -> None:
    proposal = _propose("the fleece jacket in size S, colour red", Reader([SHORT_CARD, VISA]))
    assert proposal["arguments"]["payment_method_id"] == "credit_card_1"


def test_the_short_gift_card_named_is_said_and_the_others_listed() -> None:
    proposal = _propose("the fleece jacket in size S, colour red, the extra on my gift card",
                        Reader([SHORT_CARD, VISA]))
    assert proposal["ask"].startswith("ask_difference_payment")
    assert proposal["note"]["key"] == "difference_method_ruled_out"
    assert proposal["facts"]["methods"] == ["Visa ending 1111"]


def test_a_decrease_still_goes_to_a_short_gift_card() -> None:
    proposal = _propose("the fleece jacket in size S, colour red, refund to my gift card",
                        Reader([SHORT_CARD, VISA], red_s_cents=14000))
    assert proposal["arguments"]["payment_method_id"] == "gift_card_1"


def test_two_changes_whose_sum_the_gift_card_does_not_cover_are_not_proposed_together(
        monkeypatch: pytest.MonkeyPatch) -> None:
    card = {"id": "gift_card_1", "source": "gift_card", "balance_cents": 1000}
    request = SimpleNamespace(text="the mug in red and the cup in blue", order_id="#W1", order={"items": []})

    async def swap(intent: Intent, item_id: Any, reader: Any) -> dict[str, Any]:  # each part: $8.00 more
        return {"tool": "modify_pending_order_items", "facts": {"difference_cents": 800},
                "arguments": {"payment_method_id": "gift_card_1", "item_ids": [item_id], "new_item_ids": ["x"]}}

    monkeypatch.setattr(several_swaps_module, "parts_by_item", lambda text, items: {"a": "mug", "b": "cup"})
    together = asyncio.run(several_swaps_module.several_swaps(
        Intent.MODIFY_ORDER, request, Reader([card]), swap, lambda item_id, said: item_id))  # type: ignore[arg-type]
    assert together is None  # $16.00 in all on a $10.00 card: the one-item flow asks instead


def test_a_pending_orders_payment_is_never_changed_to_a_gift_card_short_of_its_total() -> None:
    order = {**ORDER, "payment_history": [{"payment_method_id": "credit_card_1", "amount_cents": 15000}]}
    paypal = {"id": "paypal_1", "source": "paypal"}
    slots: dict[str, Any] = {"modification": "payment"}
    proposal = asyncio.run(propose_change(Intent.MODIFY_ORDER, order, slots, Reader([SHORT_CARD, VISA, paypal]),
                                          "pay it with my gift card instead"))  # type: ignore[arg-type]
    assert proposal["ask"] == "ask_payment_choice" and proposal["note"]["key"] == "order_method_ruled_out"
    assert proposal["facts"]["methods"] == ["PayPal"]  # the order's own card and the short gift card left out
