"""The product of the page a chat was opened on, as the conversation's product in focus (issue 17 F12).

The storefront's "Ask about this product" names the product in its question, and the answer keeps it in focus
(`ShoppingState.focus`) for the follow-ups. A chat opened with the bubble on that same page names none, so
"c'est imperméable ?" found no product. The chat tells the service the page's product with the first message it
sends from that page (`page_product`): it becomes the focus, as the Ask button's question makes it, until the
customer names another product (the turn's own reading moves the focus, as it always does). The products shown
earlier stay (a "the second one" still means what it meant). A product the catalog does not hold changes nothing.
"""

from __future__ import annotations

from typing import Any, cast

from assistant.context import Deps
from assistant.grounding.catalog_dialogue import ShoppingState
from assistant.steps.product_focus import product_record


async def page_focus(deps: Deps, conversation_id: str, values: dict[str, Any], product_id: str | None
                     ) -> ShoppingState | None:
    """The conversation's shopping state with `product_id` in focus; None when there is nothing to change (no page
    product, already in focus, or no such product in the catalog)."""
    shopping = cast(ShoppingState, dict(values.get("shopping") or {}))
    if not product_id or shopping.get("focus") == product_id:
        return None
    record = await product_record(deps, conversation_id, product_id)
    if record is None:
        return None
    return cast(ShoppingState, {**shopping, "focus": str(record["product_id"])})
