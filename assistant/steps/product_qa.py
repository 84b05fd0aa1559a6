"""Visual product Q&A: identify the product (photo or words), then answer from its catalog record."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.guardrails import sanitise_markdown
from assistant.models.contracts import PhotoAttributes
from assistant.models.requests import DecisionRequest, PhotoEvidence
from assistant.models.resolver.backend import ResolverBackend
from assistant.state import ConversationState, Photo, Reply, with_replies
from assistant.steps.catalog_lookup import card, find_products
from assistant.steps.product_answers import answer_question
from assistant.steps.routing import merged_slots, photo_in_focus
from assistant.steps.understand import image_of
from tools.context import Actor
from tools.registry import invoke_tool

RESOLVER = ResolverBackend.name


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
    async with deps.tools(Actor.anonymous(), state["conversation_id"], read_only=True) as ctx:
        details = await invoke_tool("get_product_details", ctx, {"product_id": best.product_id},
                                    allowed={"get_product_details"})
    if not details.ok:
        return {"topic": None, "outbox": with_replies(state, Reply(key="product_not_found", facts={}))}
    answer = answer_question(details.data, question)
    if photo and (seen := await seen_in_photo(deps, photo, question, best.colour)):
        answer = f"{answer} In your photo I see {seen}."
    reason = "matches your photo" if photo else "matches your question"
    return {"topic": None, "outbox": with_replies(state, Reply(
        key="product_answer", facts={"answer": answer}, cards=[card(best, reason)]))}


async def seen_in_photo(deps: Deps, photo: Photo, question: str, catalog_colour: str | None) -> str | None:
    """What a vision model describes in the customer's photo, next to the catalog's answer.

    None from the resolver (it would only repeat the catalog's colour) or when the model is degraded.
    """
    if deps.backend.name == RESOLVER:  # no vision model configured: skip reading the photo for nothing
        return None
    request = DecisionRequest(text=question, image=image_of(photo), evidence=PhotoEvidence(photo_colour=catalog_colour))
    decision = await deps.backend.decide(PhotoAttributes, request)
    if decision.degraded or decision.backend == RESOLVER:
        return None
    return sanitise_markdown(decision.value.description.rstrip(". ")) or None
