"""Visual product Q&A: identify the product (photo or words), then answer from its catalog record."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.catalog_lookup import card, find_products
from assistant.steps.product_answers import answer_question
from assistant.steps.routing import merged_slots, photo_in_focus
from tools.context import Actor
from tools.registry import invoke_tool


async def product_qa(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    deps = runtime.context
    question = (state.get("incoming") or {}).get("text", "")
    photo = photo_in_focus(state)
    slots = merged_slots(state)
    hits = await find_products(deps.catalog, text=None if photo else (slots.get("product_query") or question),
                               photo_uri=photo["uri"] if photo else None, limit=1)
    if not hits:
        return {"topic": None, "outbox": with_replies(state, Reply(key="product_not_found", facts={}))}
    best = hits[0]
    async with deps.tools(Actor.anonymous(), state["conversation_id"]) as ctx:
        details = await invoke_tool("get_product_details", ctx, {"product_id": best.product_id},
                                    allowed={"get_product_details"})
    if not details.ok:
        return {"topic": None, "outbox": with_replies(state, Reply(key="product_not_found", facts={}))}
    reason = "matches your photo" if photo else "matches your question"
    return {"topic": None, "outbox": with_replies(state, Reply(
        key="product_answer", facts={"answer": answer_question(details.data, question)},
        cards=[card(best, reason)]))}
