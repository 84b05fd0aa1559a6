"""A question about an option of an item of the customer's own orders ("are the hiking boots in my order waterproof?",
"and is the air purifier in my order the HEPA one?", "what colour is the gaming mouse I ordered?", "welche Größe
hatte ich bestellt?") is answered from that item's own options: a yes or no when a value is asked, the value when an
option is asked, never the order's status alone, the list of orders, the product's every variant, or a swap to the
value asked. A request ("can I get it in white?"), a question of stock or price ("does it come in black?", "is the
black one dearer?"), of the order's status ("has the order with the black hoodie shipped?"), a change, a return or a
complaint is none of these: the other steps read them as before."""

from __future__ import annotations

from typing import Any

from assistant.grounding.item_changes import (
    asks_for_return,
    asks_for_swap,
    cancels,
    fits_badly,
    owned_items_meant,
    wishes_a_swap,
)
from assistant.grounding.lexicon import lexicon
from assistant.grounding.option_questions import (
    opens_a_question,
    opens_a_request,
    option_question_patterns,
    options_named,
    sentences_of,
)
from assistant.grounding.option_values import prefers
from assistant.grounding.order_follow_ups import asks_status_in_words
from assistant.grounding.orders import order_numbers
from assistant.grounding.variants import describe_options, values_by_option, wanted_options
from assistant.models.contracts import Intent, TurnIntent
from assistant.state import Reply
from assistant.steps.order_lookup import CustomerReader

# The kinds of option a question may name by its name ("what colour…", "quelle pointure…"), and the catalog option
# names each covers ("frame color", "band material").
KIND_KEYS = {"colour": ("color", "colour"), "size": ("size",), "material": ("material",)}


def asks_of_an_own_item(text: str) -> bool:
    """The words ask a question (not a request, a stock or price question, a change, a return, a complaint)."""
    sentences = sentences_of(text) or [text]
    if not any(opens_a_question(s) for s in sentences) or any(opens_a_request(s) for s in sentences):
        return False
    words = option_question_patterns()
    if words["stock_words"].search(text) or words["price_words"].search(text) or words["possible_words"].search(text):
        return False  # "does it come in black?", "is the black one dearer?", "en noir ce serait possible ?"
    lowered = text.lower()
    if not (words["copulas"].search(lowered) or words["has_words"].search(lowered) or options_named(text)):
        return False  # "¿me lo mandan en azul?": a value asked for, not asked about
    if prefers(text) or wishes_a_swap(text) or asks_for_swap(text) or asks_for_return(text) or cancels(text):
        return False
    if lexicon().patterns["status_questions"].search(text) or asks_status_in_words(text):
        return False  # "has the order with the black hoodie shipped?": the value names the item, the status is asked
    return not (lexicon().patterns["problem_words"].search(text) or fits_badly(text))


def options_asked(product: dict[str, Any], text: str) -> dict[str, str | None]:
    """The product's options the words ask about: with the value said ("waterproof": yes, "the HEPA one": filter
    type HEPA), or None for an option asked by its name ("what colour…") or by two of its values put as a choice
    ("es de gas o de carbón?", "is the kettle glass or plastic?": the item's value answers)."""
    asked: dict[str, str | None] = dict(wanted_options(product, {"options": {}}, text))
    if option_question_patterns()["or_words"].search(text.lower()):
        for key, value in list(asked.items()):
            if value is not None and key in wanted_options(product, {"options": {key: value}}, text):
                asked[key] = None  # a second value of the same option said beside the first: which one it is
    for kind in options_named(text):
        for key in values_by_option(product):
            if key not in asked and any(word in key.lower() for word in KIND_KEYS.get(kind, ())):
                asked[key] = None
    return asked


def item_asked(text: str, orders: list[dict[str, Any]],
               by_name: bool = False) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The one (order, item) the words point at among `orders` (full records): named by its product or noun, or
    the only item of them all (never where `by_name`: the words must name it); None when none or several."""
    named = set(order_numbers(text))
    if named:
        orders = [o for o in orders if o["order_id"] in named] or orders
    lines = [(o, i) for o in orders for i in o.get("items", [])]
    meant = [(o, i) for o, i in lines if owned_items_meant(text, [i], noun_alone=True)]
    if not meant and len(lines) == 1 and not by_name:
        meant = lines
    products = {i["product_id"] for _, i in meant}
    items = {i["item_id"] for _, i in meant}
    return meant[0] if len(products) == 1 and len(items) == 1 else None


async def own_item_option_question(reader: CustomerReader | None, text: str, decided: TurnIntent,
                                   in_progress: bool) -> TurnIntent:
    """The question read as one about that item's order, the order named in the slots (its answer is the item's
    options, `own_item_option_reply`); else `decided` as it was."""
    if reader is None or in_progress or not asks_of_an_own_item(text):
        return decided
    # Without "my" or an order number, the words must name one item the customer owns by its everyday name ("le
    # vélo il est de quelle couleur déjà ?", "la parrilla es de gas o de carbón?", "welche Farbe hat das Fahrrad?").
    said_own = bool(lexicon().patterns["own_words"].search(text) or order_numbers(text))
    orders = [order for summary in await reader.orders() if (order := await reader.order(summary["order_id"]))]
    found = item_asked(text, orders, by_name=not said_own)
    if found is None:
        return decided
    order, item = found
    product = await reader.product(item["product_id"])
    if not product or not options_asked(product, text):
        return decided
    slots = decided.slots.model_copy(update={"order_ids": [order["order_id"]], "product_query": None})
    return decided.model_copy(update={"intent": Intent.ORDER_STATUS, "confidence": max(decided.confidence, 0.9),
                                      "slots": slots})


async def own_item_option_reply(reader: CustomerReader, order: dict[str, Any], text: str,
                                language: str) -> Reply | None:
    """The answer from the item's own options: "Yes, the Hiking Boots in order #W5442520 has waterproof yes.";
    None when the words ask no option of one item of this order."""
    if not asks_of_an_own_item(text):
        return None
    found = item_asked(text, [order])
    if found is None:
        return None
    _, item = found
    product = await reader.product(item["product_id"])
    asked = options_asked(product, text) if product else {}
    options = item.get("options") or {}
    asked = {key: value for key, value in asked.items() if key in options}
    if not asked:
        return None
    facts = {"item": item["name"], "order_id": order["order_id"],
             "options": describe_options({key: options[key] for key in asked}, language, keys=set(asked))}
    values = {key: value for key, value in asked.items() if value is not None}
    if not values:
        return Reply(key="order_item_options", facts=facts)
    has = all(str(options[key]).lower() == value.lower() for key, value in values.items())
    return Reply(key="order_item_has" if has else "order_item_has_not", facts=facts)
