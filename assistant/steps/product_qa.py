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
from assistant.steps.catalog_lookup import card, find_products, record_card
from assistant.steps.product_answers import answer_question
from assistant.steps.product_focus import named_product, points_elsewhere, product_record
from assistant.steps.routing import merged_slots, photo_in_focus
from assistant.steps.understand import image_of
from tools.catalog.search import ProductCard

RESOLVER = ResolverBackend.name


async def product_qa(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    deps = runtime.context
    question = (state.get("incoming") or {}).get("text", "")
    photo = photo_in_focus(state)
    product, best = await _product_asked_about(deps, state, question, photo)
    if product is None:
        return {"topic": None, "outbox": with_replies(state, Reply(key="product_not_found", facts={}))}
    answer = answer_question(product, question)
    if photo and best is not None and (seen := await seen_in_photo(deps, photo, question, best.colour)):
        answer = f"{answer} In your photo I see {seen}."
    reason = "matches your photo" if photo else "matches your question"
    shown = card(best, reason) if best is not None else record_card(product, reason)
    return {"topic": None, "product_focus": product["product_id"], "outbox": with_replies(state, Reply(
        key="product_answer", facts={"answer": answer}, cards=[shown]))}


async def _product_asked_about(deps: Deps, state: ConversationState, question: str, photo: Photo | None
                               ) -> tuple[dict[str, Any] | None, ProductCard | None]:
    """The catalog record the question is about (see product_focus), and the search hit that found it."""
    conversation = state["conversation_id"]
    if not photo and (named := await named_product(deps, conversation, question)) is not None:
        return named, None
    slots = merged_slots(state)
    hits = await find_products(deps.catalog, text=None if photo else (slots.get("product_query") or question),
                               photo_uri=photo["uri"] if photo else None, limit=1)
    focus = None if photo else state.get("product_focus")
    record = await product_record(deps, conversation, focus) if focus else None
    if record is not None and (not hits or not points_elsewhere(question, hits[0].name, record["name"])):
        return record, None
    if not hits:
        return None, None
    return await product_record(deps, conversation, hits[0].product_id), hits[0]


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
