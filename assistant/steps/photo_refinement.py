""""The same thing but in green" right after a photo search: the product the photo matched best, in the colour or
size said, not a new search for anything green (fresh12 F9)."""

from __future__ import annotations

from assistant.grounding.catalog_constraints import CatalogReading
from assistant.grounding.catalog_dialogue import ShoppingState, ShownProduct
from assistant.grounding.photo_shopping import asks_same_product
from assistant.state import ConversationState


def _last_customer_turn_had_photo(state: ConversationState) -> bool:
    earlier = [t for t in state.get("transcript", [])[:-1] if t["role"] == "customer"]
    return bool(earlier and earlier[-1].get("photo"))


def photo_match_meant(state: ConversationState, previous: ShoppingState | None, reading: CatalogReading,
                      text: str) -> ShownProduct | None:
    """The photo's best match when this turn, with no photo of its own, asks for the same in another colour or
    size right after the photo search; None otherwise."""
    if (state.get("incoming") or {}).get("photo") or not previous or not previous.get("shown"):
        return None
    c = reading.constraints
    if not (c.colours or c.size) or c.categories or c.kinds or not asks_same_product(text):
        return None
    return previous["shown"][0] if _last_customer_turn_had_photo(state) else None
