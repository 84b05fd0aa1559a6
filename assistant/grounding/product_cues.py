"""A question about the product in focus ("ist er warm?", "que disent les avis ?") that a model misreads as a
request about an order: read as a product question when it asks what only a product has and names nothing of an
order. Applied by the understand step for every backend (`assistant.steps.product_focus.product_in_focus`) and
by the resolver on its own reading."""

from __future__ import annotations

from assistant.grounding.catalog_lexicon import QuestionKind, fold
from assistant.grounding.catalog_questions import read_question
from assistant.grounding.complaint_cues import complaint_cues
from assistant.models.contracts import Intent, TurnSlots

# Readings that need an order (or the account): a product question misread as one starts the wrong flow (a photo
# request, the default address), where a misreading as chit-chat is still caught by catalog routing.
ORDER_READINGS = {Intent.ORDER_STATUS, Intent.CANCEL_ORDER, Intent.MODIFY_ORDER, Intent.RETURN_ITEM,
                  Intent.EXCHANGE_ITEM, Intent.CHANGE_DEFAULT_ADDRESS, Intent.REPORT_PROBLEM}

# What only a product has: colours, sizes and prices are also what an exchange, a change or a complaint names.
PRODUCT_ONLY: frozenset[QuestionKind] = frozenset({"warmth", "material", "reviews", "suitability"})


def asks_about_the_product(text: str, slots: TurnSlots) -> bool:
    """The turn asks what only a product has (warmth, material, reviews, suitability) and names no order,
    parcel, address, payment, remedy or parcel that never came."""
    if slots.order_ids or slots.item_ids or not PRODUCT_ONLY.intersection(read_question(text).asks):
        return False
    said, cues = fold(text), complaint_cues()
    return not any(pattern.search(said) for pattern in (cues.order_words, cues.remedy, cues.not_arrived))


def product_reading(intent: Intent, text: str, slots: TurnSlots) -> Intent:
    """`intent`, or a product question where an order reading is a product question's misreading."""
    return Intent.PRODUCT_QUESTION if intent in ORDER_READINGS and asks_about_the_product(text, slots) else intent
