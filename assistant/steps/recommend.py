"""Recommendations from words, a photo, or a photo refined by words, with filters read from the request."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.catalog_lookup import card, filters_from, find_products
from assistant.steps.routing import merged_slots, photo_in_focus

LIMIT = 4


def _reason(product: Any, photo: bool, query: str, colour: str | None) -> str:
    reasons = []
    if photo:
        reasons.append("looks like your photo")
    if query:
        reasons.append(f"fits \u201c{query}\u201d")
    if colour and (product.colour or "").lower() == colour.lower():
        reasons.append(f"in {product.colour.lower()}")
    return ", ".join(reasons) or "a popular pick"


async def recommend(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    text = (state.get("incoming") or {}).get("text", "")
    photo = photo_in_focus(state)
    slots = merged_slots(state)
    query = slots.get("product_query") or text
    filters = filters_from(slots, text)
    found = await find_products(runtime.context.catalog, text=query, photo_uri=photo["uri"] if photo else None,
                                filters=filters, limit=LIMIT)
    if not found and filters.model_dump(exclude_none=True):
        # Nothing meets every constraint: show the closest matches rather than nothing.
        found = await find_products(runtime.context.catalog, text=query,
                                    photo_uri=photo["uri"] if photo else None, limit=LIMIT)
    if not found:
        return {"topic": None, "outbox": with_replies(state, Reply(key="no_recommendations", facts={}))}
    cards = [card(p, _reason(p, bool(photo), query if not photo else text, filters.colour)) for p in found]
    names = [f"{p.name} ({p.colour})" if p.colour else p.name for p in found]
    return {"topic": None, "outbox": with_replies(state, Reply(key="recommendations", facts={"products": names},
                                                               cards=cards))}
