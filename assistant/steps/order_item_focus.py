"""The item of the order just discussed as the product a follow-up asks about (fresh11 F8): after "where is my
jacket?" or a refused change of "the t-shirt", "what is it made of?", "welche Farben gibts denn noch?" or "can I
get it in white instead?" mean that item, not a product to identify from words or another order."""

from __future__ import annotations

from typing import Any

from assistant.context import Deps
from assistant.grounding.catalog_focus import names_product
from assistant.grounding.catalog_questions import read_question
from assistant.grounding.lexicon import lexicon
from assistant.models.contracts import Intent, TurnIntent
from assistant.steps.catalog_lookup import find_products
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.product_focus import id_candidates

# Item changes said of "it" ("can I get it in white instead?", "je peux l'avoir en L ?") whose order the reader
# did not name: the order just discussed holds the item meant.
SWAPS = {Intent.MODIFY_ORDER, Intent.EXCHANGE_ITEM}
# Readings of a product question about "it" ("y de qué material es?" read as a complaint or small talk).
QUESTION_READINGS = {Intent.PRODUCT_QUESTION, Intent.RECOMMEND, Intent.OUT_OF_SCOPE, Intent.PROVIDE_DETAILS,
                     Intent.REPORT_PROBLEM, Intent.GREET, Intent.AFFIRM}


async def discussed_item(deps: Deps, customer_id: str | None, conversation_id: str, discussed: list[str],
                         earlier_text: str) -> dict[str, Any] | None:
    """The one item of the order the last reply named (`discussed`, its seven digits): its only item, or the one
    the customer's previous message named ("le tee shirt gobi"); None when there is no such single item."""
    if not customer_id or len(discussed) != 1:
        return None
    reader = CustomerReader(deps, customer_id, conversation_id)
    orders = [o["order_id"] for o in await reader.orders() or [] if o["order_id"][-7:] == discussed[0]]
    order = await reader.order(orders[0]) if orders else None
    items = list((order or {}).get("items") or [])
    named = [i for i in items if names_product(earlier_text, i.get("name") or "")]
    picked = named if len(named) == 1 else items
    return {**picked[0], "order_id": order["order_id"]} if order and len(picked) == 1 else None


async def _names_a_product(deps: Deps, text: str) -> bool:
    if id_candidates(text):
        return True
    hits = await find_products(deps.catalog, text=text, photo_uri=None, limit=1)
    return bool(hits) and names_product(text, hits[0].name)


def asks_of_the_item(text: str, intent: TurnIntent) -> bool:
    """A product question with no order word ("what is it made of?", "en quelles couleurs ?")."""
    if intent.slots.order_ids or intent.intent not in QUESTION_READINGS or lexicon().patterns[
            "order_actions"].search(text):
        return False
    return intent.intent is Intent.PRODUCT_QUESTION or bool(read_question(text).asks)


async def item_focus(deps: Deps, text: str, intent: TurnIntent, item: dict[str, Any] | None
                     ) -> tuple[TurnIntent, str | None]:
    """A follow-up asking a product question that names no product of its own is about the discussed item's
    product: the turn read as that question, with the product id to put in focus (None: the turn unchanged)."""
    if item is None or not asks_of_the_item(text, intent) or await _names_a_product(deps, text):
        return intent, None
    asked = intent.model_copy(update={"intent": Intent.PRODUCT_QUESTION, "confidence": max(intent.confidence, 0.9)})
    return asked, str(item["product_id"])


def needs_the_item(text: str, intent: TurnIntent) -> bool:
    """Whether the discussed item could change this turn's reading (an item change naming no order or item, or a
    product question about "it"): only then are the orders read for it (`discussed_item` reads them)."""
    return _swaps_unnamed(intent) or asks_of_the_item(text, intent)


def _swaps_unnamed(intent: TurnIntent) -> bool:
    return intent.intent in SWAPS and not intent.slots.order_ids and not intent.slots.item_ids


def swap_of_the_item(intent: TurnIntent, item: dict[str, Any] | None) -> TurnIntent:
    """An item change that names no order or item is one of the item just discussed, in its order."""
    if item is None or not _swaps_unnamed(intent):
        return intent
    slots = intent.slots.model_copy(update={"order_ids": [item["order_id"]], "item_ids": [item["item_id"]]})
    return intent.model_copy(update={"slots": slots})
