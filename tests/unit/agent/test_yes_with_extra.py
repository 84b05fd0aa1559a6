"""A yes to an open proposal that also asks for more (yes-with-extra-18; fresh17 F2, F3): another shipping address
with a pending item change is proposed again as both writes, the address first; a street alone or a place with no
address is asked for; a delivered exchange's address is said to be fixed; "the other item" of a one-item order is
said to be none. Nothing is written on any of them."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assistant.state import Pending
from assistant.steps.proposal_questions import ask_again
from assistant.steps.routing import not_plain_reply
from assistant.steps.yes_adds_item import yes_adding_items, yes_to_both, yes_to_the_other_item
from assistant.steps.yes_with_address import address_with_yes, answer_address_with_yes

ORDER = {"order_id": "#D9000002", "status": "pending",
         "address": {"address1": "18 Harbor Street", "address2": "Apt 5", "city": "San Francisco", "state": "CA",
                     "country": "USA", "zip": "94107"},
         "items": [{"item_id": "WJ01-M-Blue", "name": "Stellar Solar Jacket", "options": {"size": "M"}}]}
SWAP_FACTS = {"item": "Stellar Solar Jacket", "old_options": "size M, colour Blue", "order_id": "#D9000002",
              "new_options": "size L, colour Blue", "difference": "$0.00", "payment": "Visa ending 4242"}
SWAP: Pending = {  # type: ignore[typeddict-item]
    "action_id": "s1", "tool": "modify_pending_order_items",
    "arguments": {"order_id": "#D9000002", "item_ids": ["WJ01-M-Blue"], "new_item_ids": ["WJ01-L-Blue"],
                  "payment_method_id": "credit_card_9000001"},
    "reply_key": "swapped", "reply_facts": SWAP_FACTS,
    "question": {"key": "confirm_swap_pending", "facts": SWAP_FACTS}}
EXCHANGE: Pending = {**SWAP, "tool": "exchange_delivered_order_items",  # type: ignore[typeddict-item]
                     "question": {"key": "confirm_swap", "facts": SWAP_FACTS}}


class Reader:
    customer_id = "demo_mia_novak"

    def __init__(self, order: dict[str, Any]) -> None:
        self._order = order

    async def order(self, order_id: str) -> dict[str, Any] | None:
        return self._order if order_id == self._order["order_id"] else None

    async def orders(self) -> list[dict[str, Any]]:
        return [{"order_id": self._order["order_id"]}]


@pytest.mark.parametrize(("text", "destination"), [
    ("yes but ship it to 55 Ocean Drive, Miami, FL 33139", "whole"),
    ("sí pero envíala a Calle Mayor 10, Austin, TX 78701", "whole"),
    ("ok, aber bitte an 12 Oak Lane, Portland, OR 97201 liefern", "whole"),
    ("yes but ship it to 55 Ocean Drive", "street"),
    ("oui mais livrez-le au 12 rue de la Paix", "street"),
    ("ja, aber schick ihn an Hauptstraße 5", "street"),
    ("yes, 55 Ocean Drive, Miami, FL 33139", "whole"),
    ("ja, Hauptstraße 5", "street"),
    ("yes please, and ship it to my work", "none"),
    ("sí, y mándalo a mi trabajo por favor", "none"),
    ("yes", None),
    ("yes and send me the tracking", None),
    # no yes, a whole address all the same: both writes proposed, never queued behind the item change that closes
    # the order (address-in-flow-19; fresh18 F1 "no. first change the shipping address to …")
    ("ship it to 55 Ocean Drive, Miami, FL 33139", "whole"),
    ("no. first change the shipping address to 12 Oak Lane, Media, PA 19063", "whole"),
    ("ship it to 55 Ocean Drive", None),  # no yes and a street alone: a request of its own
])
def test_address_with_yes(text: str, destination: str | None) -> None:
    assert address_with_yes(text, SWAP) == destination
    assert not_plain_reply(text, SWAP) is (destination is not None)


def test_whole_address_proposes_both_writes_address_first() -> None:
    result = asyncio.run(answer_address_with_yes(Reader(ORDER), SWAP, "yes but ship it to 55 Ocean Drive, Miami, "
                                                 "FL 33139", "whole"))  # type: ignore[arg-type]
    pending = result["pending"]
    assert pending["tool"] == "modify_pending_order_items" and pending["arguments"] == SWAP["arguments"]
    first = pending["first"]
    assert first["tool"] == "modify_pending_order_address"
    assert first["arguments"] == {"order_id": "#D9000002", "address1": "55 Ocean Drive", "address2": "",
                                  "city": "Miami", "state": "FL", "country": "USA", "zip": "33139"}
    question = result["outbox"][-1]
    assert question["key"] == "confirm_swap_pending_after_address"
    assert question["facts"]["new_address"] == "55 Ocean Drive, Miami, FL 33139"
    assert ask_again(pending) == question  # asked again as it stands, naming both


@pytest.mark.parametrize(("pending", "text", "destination", "key"), [
    (SWAP, "yes but ship it to 55 Ocean Drive", "street", "address_parts_needed"),
    (SWAP, "yes please, and ship it to my work", "none", "address_needed_with_yes"),
    (EXCHANGE, "yes but ship it to 55 Ocean Drive, Miami, FL 33139", "whole", "exchange_address_fixed"),
])
def test_nothing_proposed_without_a_whole_address(pending: Pending, text: str, destination: str, key: str) -> None:
    result = asyncio.run(answer_address_with_yes(Reader(ORDER), pending, text, destination))  # type: ignore[arg-type]
    assert "pending" not in result
    assert [reply["key"] for reply in result["outbox"]] == [key, pending["question"]["key"]]


@pytest.mark.parametrize("text", ["yes, and the other item too", "oui, et l'autre article aussi",
                                  "sí, y el otro artículo también", "ja, und den anderen Artikel auch"])
def test_the_other_item_of_a_one_item_order(text: str) -> None:
    assert yes_to_the_other_item(text, SWAP)
    result = asyncio.run(yes_adding_items(Reader(ORDER), SWAP, text, None, "en"))  # type: ignore[arg-type]
    assert result is not None and "pending" not in result
    assert [reply["key"] for reply in result["outbox"]] == ["addition_no_other_item", "confirm_swap_pending"]


@pytest.mark.parametrize("text", ["sí, la otra tarjeta", "yes", "the other item is broken"])
def test_no_other_item_added(text: str) -> None:
    assert not yes_to_the_other_item(text, SWAP)


def test_both_to_a_swap_of_a_one_item_order() -> None:
    assert yes_to_both("oui, les deux", SWAP)
    result = asyncio.run(yes_adding_items(Reader(ORDER), SWAP, "oui, les deux", None, "fr"))  # type: ignore[arg-type]
    assert result is not None and result["outbox"][0]["key"] == "addition_no_other_item"
