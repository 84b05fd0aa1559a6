"""Which ordered item a photo complaint is about, from its evidence: the item the customer's words name and the
product the photo shows, matched against all the customer's orders' items.

The evidence comes before the order talked about last ("where is #D9000004?" and then a photo of the pants
of #D9000003 is about #D9000003) and before the order's status (a tee of a processed order is still the tee).
When the words name a kind of product and neither they nor the photo match any ordered item, the complaint is
about nothing the customer ordered as far as the shop can tell: the customer is asked which order, instead of
the complaint being pinned on an unrelated order. Words that name nothing (a photo of something else "instead")
leave the choice to the targeting decision.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from assistant.grounding.statuses import was_received
from assistant.models.resolver.targeting import product_kinds

_WORD = re.compile(r"[a-z]+")
MIN_NAME_WORD = 3  # a product name's word shorter than this ("up" of Warm-Up) names nothing on its own


class OrderedItem(BaseModel):
    """One item of one of the customer's orders, with the kinds of product it is (its catalog categories)."""

    order_id: str
    order_status: str
    item_id: str
    product_id: str
    name: str
    kinds: frozenset[str] = Field(default_factory=frozenset)


class EvidenceTarget(BaseModel):
    """The order and items the evidence names; `not_ordered` when it names a product none of the orders hold."""

    order_id: str | None = None
    item_ids: list[str] = Field(default_factory=list)
    not_ordered: bool = False

    @property
    def found(self) -> bool:
        return self.order_id is not None


def ordered_items(orders: list[dict[str, Any]], categories: dict[str, str | None]) -> list[OrderedItem]:
    """Every item of `orders` (store order details), its kinds from its product's category path and name."""
    return [
        OrderedItem(order_id=order["order_id"], order_status=order["status"], item_id=item["item_id"],
                    product_id=item["product_id"], name=item["name"],
                    kinds=_item_kinds(categories.get(item["product_id"]), item["name"]))
        for order in orders for item in order["items"]
    ]


def _item_kinds(category_path: str | None, name: str) -> frozenset[str]:
    """Its leaf category ("Men/Tops/Hoodies & Sweatshirts": a hoodie, not any top) and the kinds its name says."""
    leaf = (category_path or "").rsplit("/", 1)[-1].strip().lower()
    return frozenset(({leaf} if leaf else set()) | product_kinds(name))


def _by_name(words: str, item: OrderedItem) -> bool:
    """Whether the words hold a distinctive word of the item's name ("Iris", "Kangeroo", "hoodie")."""
    name_words = {w for w in _WORD.findall(item.name.lower()) if len(w) >= MIN_NAME_WORD}
    return bool(set(_WORD.findall(words.lower())) & name_words)


def _named(words: str, items: list[OrderedItem]) -> list[OrderedItem]:
    """The items the words name by their names, else by the kind of product they are."""
    by_name = [item for item in items if _by_name(words, item)]
    return by_name or [item for item in items if product_kinds(words) & item.kinds]


def evidence_target(items: list[OrderedItem], words: str, photo_product_id: str | None) -> EvidenceTarget:
    """The order and items the words and the photo name together (else the words, else the photo); when they
    fall in several orders, the received ones; still several: none found (the customer is asked)."""
    by_words = _named(words, items)
    by_photo = [item for item in items if photo_product_id and item.product_id == photo_product_id]
    both = [item for item in by_words if item in by_photo]
    chosen = both or by_words or by_photo
    if not chosen:
        return EvidenceTarget(not_ordered=bool(product_kinds(words)))
    orders = {item.order_id for item in chosen}
    if len(orders) > 1:
        orders = {item.order_id for item in chosen if was_received(item.order_status)}
    if len(orders) != 1:
        return EvidenceTarget()
    order_id = orders.pop()
    return EvidenceTarget(order_id=order_id,
                          item_ids=list(dict.fromkeys(i.item_id for i in chosen if i.order_id == order_id)))
