"""An item change keeps what the customer said to keep, lists what there is when nothing fits, and never takes a
variant changing an option the customer did not name from an answer to the payment question (fresh16 F1, F7, F8)."""

from __future__ import annotations

import asyncio
from typing import Any

from assistant.grounding.variants import ground_variant
from assistant.models.contracts import Intent
from assistant.steps.only_variant import UNNAMED_CHANGE_SLOT, only_variant_with, variants_with_asked
from assistant.steps.order_changes import ASKED_METHOD_SLOT, SWAP_ITEMS_SLOT, YES_TO_CHANGE_SLOT, propose_change
from assistant.steps.orders import _agreed_with_method
from tests.unit.grounding.test_kept_options import HOSE, HOSE_ITEM, JACKET, RED_L

PAYPAL = {"id": "paypal_1", "source": "paypal"}
VISA = {"id": "credit_card_1", "source": "credit_card", "brand": "visa", "last_four": "1111"}
NAVY_XL = {"item_id": "fj-XL-navy-half", "product_id": "jacket", "name": "Fleece Jacket", "price_cents": 15000,
           "options": {"size": "XL", "color": "navy", "zipper": "half"}}
ORDER = {"order_id": "#W1", "status": "pending", "items": [NAVY_XL],
         "payment_history": [{"payment_method_id": "credit_card_1"}], "address": {"country": "USA"}}


# the red S costs less than the navy XL: the refund of the difference goes to a method the customer names
PRICED = {"variants": [{**v, "price_cents": 14000} if v["item_id"] == "fj-S-red-half" else v
                       for v in JACKET["variants"]]}


class Reader:
    async def product(self, product_id: str) -> dict[str, Any] | None:
        return PRICED if product_id == "jacket" else None

    async def profile(self) -> dict[str, Any]:
        return {"payment_methods": [PAYPAL, VISA]}


def _propose(text: str, slots: dict[str, Any]) -> dict[str, Any]:
    proposal = asyncio.run(propose_change(Intent.MODIFY_ORDER, ORDER, slots, Reader(), text))  # type: ignore[arg-type]
    slots.update(proposal.get("remember", {}))
    return proposal


def test_the_only_variant_keeps_what_was_said_to_stay() -> None:
    # XS comes only in navy: offered as the only one, unless red was said to stay
    assert only_variant_with(JACKET, RED_L, ground_variant(JACKET, RED_L, "size XS")) is not None
    assert only_variant_with(JACKET, RED_L, ground_variant(JACKET, RED_L, "size XS, it has to stay red")) is None


def test_what_there_is_is_listed_with_every_option_it_changes() -> None:
    choice = ground_variant(HOSE, HOSE_ITEM, "the garden hose in 50ft")
    listed = variants_with_asked(HOSE, HOSE_ITEM, choice, "en", "#W1")
    assert listed is not None
    assert [v["item_id"] for v in listed["in_stock"]] == ["gh-50ft-latex-black", "gh-50ft-vinyl-black"]
    facts = listed["facts"]
    assert "material latex" in facts["choices"] and "material vinyl" in facts["choices"]  # told apart
    assert "material rubber" in facts["kept"]  # what it has now, which no 50ft in stock keeps
    assert "Out of stock" in facts["out_of_stock"] and "colour green" in facts["out_of_stock"]


def test_a_variant_changing_an_unnamed_option_needs_its_own_yes() -> None:
    slots: dict[str, Any] = {}
    first = _propose("the fleece jacket in size S", slots)  # S comes only in red: the colour changes too
    # whether that one will do is asked before the method (fresh28 F11)
    assert first["ask"] == "variant_only_with_ok" and slots[UNNAMED_CHANGE_SLOT] == "fj-S-red-half"
    answer = _propose("yes, with paypal", slots)
    assert answer["tool"] == "modify_pending_order_items"
    assert answer["arguments"]["new_item_ids"] == ["fj-S-red-half"]
    assert YES_TO_CHANGE_SLOT not in slots or slots[YES_TO_CHANGE_SLOT] != "fj-S-red-half"
    agreed = asyncio.run(_agreed_with_method(Reader(), slots, "yes, with paypal", answer, ORDER))  # type: ignore[arg-type]
    assert agreed is False  # the confirmation showing the colour change is asked next


def test_a_named_variant_is_agreed_with_the_method_as_before() -> None:
    slots: dict[str, Any] = {SWAP_ITEMS_SLOT: ["fj-XL-navy-half"]}
    first = _propose("the fleece jacket in size S, colour red", slots)  # every change named
    assert first["ask"].startswith("ask_difference") and not slots.get(UNNAMED_CHANGE_SLOT)
    assert slots[ASKED_METHOD_SLOT] == "fj-S-red-half"
    answer = _propose("yes, with paypal", slots)
    assert asyncio.run(_agreed_with_method(Reader(), slots, "yes, with paypal", answer, ORDER))  # type: ignore[arg-type]


def test_what_was_said_to_stay_holds_over_the_next_turn() -> None:
    slots: dict[str, Any] = {}
    first = _propose("the fleece jacket in size S, same colour as now", slots)
    assert first["ask"] == "variant_with_asked"
    assert "colour navy" in first["facts"]["kept"] and "colour red" in first["facts"]["choices"]
    # the size read in the first turn stays in the topic's slots (as the reading layer keeps it): a method alone is
    # kept for when the value is chosen and the choice asked again (issue 17), never the red one proposed
    slots["size"] = "S"
    again = _propose("my visa", slots)
    assert again.get("ask") == "missing_variant_method_kept" and "tool" not in again
    assert "colour red" in again["facts"]["choices"]


def test_the_one_left_once_a_value_is_ruled_out_is_offered_alone() -> None:
    # 50ft comes in black latex and black vinyl: "not vinyl" leaves latex, which changes the material
    choice = ground_variant(HOSE, HOSE_ITEM, "the hose in 50ft, not vinyl")
    only = only_variant_with(HOSE, HOSE_ITEM, choice)
    assert only is not None and only["item_id"] == "gh-50ft-latex-black"
    # "not black" rules out both in stock: none is offered as the only one
    assert only_variant_with(HOSE, HOSE_ITEM, ground_variant(HOSE, HOSE_ITEM, "50ft but not black")) is None


def test_a_size_slot_the_words_rule_out_is_dropped() -> None:
    slots: dict[str, Any] = {"size": "S"}  # a reader took the size ruled out as the size asked
    proposal = _propose("the fleece jacket in red, but not size S", slots)
    # red comes in L and S: with S ruled out, the L is the one left (its size change said, its own yes asked)
    assert proposal["arguments"]["new_item_ids"] == ["fj-L-red-half"] and proposal["confirm_key"]
    assert slots["size"] is None


def test_the_only_variant_taken_then_the_yes_naming_the_method_writes_it() -> None:
    slots: dict[str, Any] = {}
    assert _propose("the fleece jacket in size S", slots)["ask"] == "variant_only_with_ok"  # fresh28 F11
    method_question = _propose("ok", slots)  # taken: the method asked next
    assert method_question["ask"].startswith("ask_difference") and not slots.get(UNNAMED_CHANGE_SLOT)
    answer = _propose("yes, with paypal", slots)
    assert answer["arguments"]["new_item_ids"] == ["fj-S-red-half"]
    assert asyncio.run(_agreed_with_method(Reader(), slots, "yes, with paypal", answer, ORDER))  # type: ignore[arg-type]
