""""The same but in black" with nothing in focus (refused28): "can I get the same thing but in black?", "je voudrais
la même chose mais en noir", "quiero lo mismo pero en negro", "ich hätte gern dasselbe nochmal in Schwarz". No
product was shown, asked about or photographed and no order is being discussed, so "the same" can only be something
the customer already has: the turn is an item swap whose order and item are still to be asked, never a catalog
search for "black" nor "which product do you mean". A turn naming the product ("the same hoodie in black") is read
as usual."""

from __future__ import annotations

from assistant.grounding.item_changes import names_options
from assistant.grounding.items import nouns_said
from assistant.grounding.photo_shopping import asks_same_product
from assistant.models.contracts import Intent, TurnIntent

ORDER_REQUESTS = frozenset({Intent.CANCEL_ORDER, Intent.MODIFY_ORDER, Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM})
CONFIDENCE = 0.8  # the words say what is asked, not which order: the order is asked next


def same_item_without_focus(text: str, intent: TurnIntent, in_focus: bool) -> TurnIntent:
    """The turn read as a swap of an item of theirs (order and item to be asked) when it asks for "the same" in
    another option, names no product, and nothing is in focus; else `intent` as read."""
    if in_focus or intent.intent in ORDER_REQUESTS or not text:
        return intent
    if not (asks_same_product(text) and names_options(text)) or nouns_said(text):
        return intent
    return TurnIntent(intent=Intent.EXCHANGE_ITEM, confidence=max(intent.confidence, CONFIDENCE), slots=intent.slots)
