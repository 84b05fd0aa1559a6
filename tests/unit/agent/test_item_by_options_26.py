"""A product held in several orders, named by a colour: the item with that colour is meant, and the return
proposal names the item's options (fresh26 F1)."""

from __future__ import annotations

import asyncio
from typing import Any

from assistant.models.contracts import Intent
from assistant.steps.held_items import names_telling_apart
from assistant.steps.owned_items import _by_the_colour_it_has

GREEN = {"item_id": "7251508981", "product_id": "bp", "name": "Backpack",
         "options": {"color": "green", "size": "small", "material": "leather"}}
BLACK = {"item_id": "6906307980", "product_id": "bp", "name": "Backpack",
         "options": {"color": "black", "size": "large", "material": "polyester"}}
LAMP = {"item_id": "1", "product_id": "lamp", "name": "Desk Lamp", "options": {"color": "black"}}
ORDERS = [{"order_id": "#W5202795", "status": "delivered", "items": [GREEN]},
          {"order_id": "#W5220869", "status": "delivered", "items": [BLACK, LAMP]}]
BOTH = [("#W5202795", GREEN["item_id"]), ("#W5220869", BLACK["item_id"])]


class _Reader:
    async def orders(self) -> list[dict[str, Any]]:
        return [{"order_id": order["order_id"]} for order in ORDERS]

    async def order(self, order_id: str) -> dict[str, Any] | None:
        return next((order for order in ORDERS if order["order_id"] == order_id), None)


def test_the_colour_on_the_noun_picks_the_item_that_has_it() -> None:
    for text in ("la mochila verde que me llegó es demasiado pequeña", "I want to return the green backpack",
                 "le sac à dos vert est trop petit", "den grünen Rucksack möchte ich zurückgeben"):
        assert _by_the_colour_it_has(text, ORDERS, BOTH, Intent.RETURN_ITEM) == BOTH[:1], text
    assert _by_the_colour_it_has("the black backpack is too small", ORDERS, BOTH, Intent.EXCHANGE_ITEM) == BOTH[1:]


def test_no_colour_or_a_wished_colour_leaves_the_choice_open() -> None:
    assert _by_the_colour_it_has("i'd like to return my backpack", ORDERS, BOTH, Intent.RETURN_ITEM) == BOTH
    assert _by_the_colour_it_has("return the red backpack", ORDERS, BOTH, Intent.RETURN_ITEM) == BOTH
    wish = "can I get the backpack in green instead?"
    assert _by_the_colour_it_has(wish, ORDERS, BOTH, Intent.EXCHANGE_ITEM) == BOTH


def test_the_proposal_names_the_options_of_a_product_held_twice() -> None:
    names = asyncio.run(names_telling_apart(_Reader(), ORDERS[1], [BLACK["item_id"], LAMP["item_id"]],  # type: ignore[arg-type]
                                            "es"))
    assert names[0].startswith("Backpack (") and "negro" in names[0] and "grande" in names[0]
    assert names[1] == "Desk Lamp"
