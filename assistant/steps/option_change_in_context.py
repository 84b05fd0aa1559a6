"""A colour or size change said without naming the item ("change la couleur en jaune", "I'd like the same one in
red in my order", "quiero la misma en rojo en mi pedido", "bitte ändern Sie die Farbe auf Gelb") changes the item
the conversation is about: the item of the order just discussed, or the customer's own item of the product just
viewed (fresh-eyes issue 17: read as a question about the product in focus, a complaint, the order list, or a
swap in another order). The turn becomes a swap of that item; the order step makes it a modification while the
order is pending, and nothing is written without the customer's yes."""

from __future__ import annotations

import re
from typing import Any

from assistant.context import Deps
from assistant.grounding.hypotheticals import wishes_a_value_hypothetically
from assistant.grounding.item_changes import names_options
from assistant.grounding.lexicon import lexicon
from assistant.grounding.variants import wanted_options
from assistant.models.contracts import Intent, TurnIntent
from assistant.steps.order_lookup import CustomerReader

# "change the colour/size", "changer la couleur", "cambie el color", "die Farbe ändern": a change of an option
# by itself; "the same (one) in red", "la même en rouge", "la misma en rojo", "die gleiche in Rot" only with a
# word of the customer's order or while one is discussed (else it may ask whether the product comes in red).
_OPTION_WORDS = r"(?:colou?rs?|sizes?|couleurs?|tailles?|colou?r|talla|farbe|gr(?:ö|oe|o)(?:ß|ss)e)"
CHANGE_OF_OPTION = re.compile(
    rf"\b(?:change|changes|switch|changer|changez|change|cambi\w*|ändern|ändere|wechseln|tauschen)\b(?:\W+\w+){{0,3}}?"
    rf"\W+{_OPTION_WORDS}\b|\b{_OPTION_WORDS}\b(?:\W+\w+){{0,4}}?\W+(?:ändern|wechseln|tauschen)\b",
    re.I,
)
SAME_IN = re.compile(
    r"\b(?:the )?same(?: one| thing| item)? in\b|\b(?:le|la|les) m[êe]mes?(?: \w+)? en\b"
    r"|\b(?:el|la|lo|los|las) mism[oa]s?(?: \w+)? en\b|\b(?:die|der|das|den|dem) (?:gleiche[nrsm]?|selbe[nrsm]?)\b"
    r"(?:\W+\w+){0,3}?\W+in\b|\bdiesel(?:be|ben|bes)\b(?:\W+\w+){0,3}?\W+in\b",
    re.I,
)
# Readings such a turn is mistaken for; a complaint is one only without a word of a problem ("arrived torn").
MISREAD = {Intent.RECOMMEND, Intent.PRODUCT_QUESTION, Intent.OUT_OF_SCOPE, Intent.ORDER_STATUS,
           Intent.PROVIDE_DETAILS, Intent.EXCHANGE_ITEM, Intent.MODIFY_ORDER, Intent.REPORT_PROBLEM}
SWAPPABLE = ("pending", "delivered")  # a pending order's item is changed, a delivered one's exchanged


def asks_option_change(text: str, order_discussed: bool) -> bool:
    """The words ask for another colour or size of something without naming what."""
    # the change's own words first: a few microseconds, where reading every option value takes a millisecond
    asks_a_change = CHANGE_OF_OPTION.search(text) is not None or (
        SAME_IN.search(text) is not None and (order_discussed or lexicon().patterns["own_words"].search(text)
                                              is not None)) or (
        order_discussed and wishes_a_value_hypothetically(text))  # "and if I wanted it in charcoal, could I?"
    return asks_a_change and names_options(text)


async def option_change_in_context(deps: Deps, customer_id: str | None, conversation_id: str, text: str,
                                   decided: TurnIntent, discussed_orders: list[str], focus: str | None,
                                   in_progress: dict[str, Any] | None = None) -> TurnIntent:
    """The turn read as a swap of the item in context, when its words ask for another option of an unnamed item;
    else the decision as it was. `discussed_orders` is the order the last reply named (its seven digits), `focus` the
    product viewed last; a request already under way for an order keeps its own item."""
    if not customer_id or decided.slots.item_ids or (in_progress or {}).get("order_ids"):
        return decided
    if decided.intent not in MISREAD or (decided.intent is Intent.REPORT_PROBLEM
                                         and lexicon().patterns["problem_words"].search(text)):
        return decided
    if not asks_option_change(text, bool(discussed_orders)):
        return decided
    reader = CustomerReader(deps, customer_id, conversation_id)
    held = await _item_in_context(reader, discussed_orders, focus, text)
    if held is None:
        return decided
    order_id, item_id = held
    slots = decided.slots.model_copy(update={"order_ids": [order_id], "item_ids": [item_id], "product_query": None,
                                             "modification": "items"})
    return decided.model_copy(update={"intent": Intent.EXCHANGE_ITEM, "confidence": max(decided.confidence, 0.9),
                                      "slots": slots})


async def _item_in_context(reader: CustomerReader, discussed_orders: list[str], focus: str | None, text: str = ""
                           ) -> tuple[str, str] | None:
    """The one item meant: of the order discussed (its only item, its item of the product in focus, or its one item
    whose product has another value the words name), else the customer's own item of the product in focus (a pending
    order's first, which can still be changed)."""
    orders = await reader.orders() or []
    discussed = [o["order_id"] for o in orders if o["order_id"][-7:] in {d[-7:] for d in discussed_orders}]
    if len(discussed) == 1:
        order = await reader.order(discussed[0])
        items = (order or {}).get("items", [])
        items = [i for i in items if i["product_id"] == focus] or items  # the product viewed, if it is in it
        if len(items) > 1 and text:  # "et si je la voulais en noir ?": the one item coming in that value
            items = [i for i in items if (product := await reader.product(i["product_id"]))
                     and wanted_options(product, i, text)] or items
        return (order["order_id"], items[0]["item_id"]) if order and len(items) == 1 else None
    if not focus:
        return None
    held: list[tuple[str, str, str]] = []
    for summary in orders:
        order = await reader.order(summary["order_id"])
        held.extend((order["order_id"], item["item_id"], order["status"]) for item in (order or {}).get("items", [])
                    if item["product_id"] == focus and order and order["status"] in SWAPPABLE)
    for status in SWAPPABLE:
        of_status = [(order_id, item_id) for order_id, item_id, s in held if s == status]
        if of_status:
            return of_status[0] if len(of_status) == 1 else None
    return None
