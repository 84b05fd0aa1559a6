"""What the desk does with attribute suggestions read from product photos, shared by the API and the desk pages.

Reviews go through `tools/store/attribute_reviews.py` (audited, final); once committed, the product's accepted
values are written into its search points (`tools/catalog/accepted_attributes.py`, payload only) and the
assistant's cached catalog vocabulary is dropped, so a shopper's next words can ground on them.
"""

from __future__ import annotations

import asyncio
import logging

from pydantic import BaseModel, Field
from sqlalchemy import select

from assistant.grounding.catalog_vocabulary import forget_vocabulary
from assistant.web.auth import Principal
from assistant.web.runtime import WebRuntime
from tools.catalog.accepted_attributes import accepted_values, sync_accepted
from tools.catalog.attribute_values import agrees
from tools.errors import NotAuthorized, NotFound, ProductNotFound
from tools.store.attribute_disagreements import catalog_for, disagrees, pending_disagreements
from tools.store.attribute_reviews import (
    PendingProduct,
    SuggestionFilter,
    SuggestionNotFound,
    SuggestionNotPending,
    accept_confident,
    list_pending,
    products_with_pending,
    review_suggestion,
    suggestions_of,
)
from tools.store.attribute_suggestions import AttributeSuggestionView
from tools.store.engine import read_session, session_scope
from tools.store.enums import SuggestionStatus
from tools.store.tables import AttributeSuggestion, Product, Variant

log = logging.getLogger(__name__)
DECISIONS = {"accept": SuggestionStatus.ACCEPTED, "reject": SuggestionStatus.REJECTED}


class AlreadyReviewed(Exception):
    """The suggestion was decided otherwise already (or replaced by a newer model version)."""


class SuggestionMissing(NotFound):
    """No attribute suggestion has that id."""


class ReviewedSuggestion(BaseModel):
    """A suggestion with the catalog's value of the same attribute beside it."""

    suggestion: AttributeSuggestionView
    catalog: list[str] = Field(description="the catalog's own values of this attribute ([]: none); for a colour, "
                                           "those of the variant the photo shows")
    agrees_with_catalog: bool
    disagrees_with_catalog: bool = Field(description="the catalog holds a value and this is not one of them")


class AttributeReview(BaseModel):
    """One attribute of a product: what the catalog says and what was suggested (pending first)."""

    attribute: str
    catalog: list[str]
    suggestions: list[ReviewedSuggestion]


class QueuedProduct(PendingProduct):
    """A product waiting for review, with how many of its pending suggestions contradict the catalog."""

    disagreements: int = Field(description="pending suggestions whose value the catalog contradicts")


class ProductSuggestions(BaseModel):
    product_sku: str
    name: str
    category_path: str | None
    photos: list[str] = Field(description="catalog photo paths, served at /catalog-images/{path}")
    pending: int
    attributes: list[AttributeReview]


def _agent(principal: Principal) -> str:
    if not principal.is_agent:
        raise NotAuthorized("reviewing attribute suggestions needs a customer-service agent")
    return principal.subject


async def pending_products(runtime: WebRuntime, principal: Principal, filters: SuggestionFilter, *,
                           limit: int = 50, offset: int = 0) -> list[QueuedProduct]:
    _agent(principal)
    async with read_session(runtime.sessions) as session:
        products = await products_with_pending(session, filters, limit=limit, offset=offset)
        against = await pending_disagreements(session, [p.product_sku for p in products])
    return [QueuedProduct(**p.model_dump(), disagreements=against.get(p.product_sku, 0)) for p in products]


async def pending_suggestions(runtime: WebRuntime, principal: Principal, filters: SuggestionFilter, *,
                              limit: int = 200) -> list[AttributeSuggestionView]:
    _agent(principal)
    async with read_session(runtime.sessions) as session:
        return await list_pending(session, filters, limit=limit)


async def product_suggestions(runtime: WebRuntime, principal: Principal, product_sku: str) -> ProductSuggestions:
    """A product's photos and every suggestion of it, attribute by attribute, with the catalog's values."""
    _agent(principal)
    async with read_session(runtime.sessions) as session:
        product = await session.get(Product, product_sku)
        if product is None:
            raise ProductNotFound(product_sku)
        variants = (await session.scalars(select(Variant).where(Variant.product_id == product_sku)
                                          .order_by(Variant.position))).all()
        suggestions = await suggestions_of(session, product_sku)
    shown = [(v.options or {}, list(v.images or [])) for v in variants]
    photos = list(dict.fromkeys(str(path) for v in variants for path in v.images or []))
    grouped: dict[str, list[AttributeSuggestionView]] = {}
    for view in suggestions:
        grouped.setdefault(view.attribute, []).append(view)
    reviews = []
    for attribute, views in grouped.items():
        def catalog(photo: str | None, attribute: str = attribute) -> list[str]:
            return catalog_for(attribute, photo, category_path=product.category_path,
                               attributes=product.attributes or {}, variants=shown)

        views.sort(key=lambda v: (v.status is not SuggestionStatus.PENDING, -v.confidence, v.id))
        reviewed = []
        for v in views:
            if v.status is not SuggestionStatus.SUPERSEDED:
                said = catalog(v.photo)
                reviewed.append(ReviewedSuggestion(
                    suggestion=v, catalog=said, agrees_with_catalog=agrees(v.value, said),
                    disagrees_with_catalog=disagrees(v.value, said)))
        reviews.append(AttributeReview(attribute=attribute, catalog=catalog(None), suggestions=reviewed))
    pending = sum(1 for v in suggestions if v.status is SuggestionStatus.PENDING)
    return ProductSuggestions(product_sku=product.id, name=product.name, category_path=product.category_path,
                              photos=photos, pending=pending, attributes=[r for r in reviews if r.suggestions])


async def decide(runtime: WebRuntime, principal: Principal, suggestion_id: int, decision: SuggestionStatus, *,
                 product_sku: str | None = None) -> AttributeSuggestionView:
    """Accept or reject one suggestion as the signed-in agent; search sees an accepted value at once.
    `product_sku`: the product the agent was looking at; a suggestion of another product is not found."""
    reviewer = _agent(principal)
    try:
        async with session_scope(runtime.sessions) as session:
            if product_sku is not None:
                owner = await session.scalar(select(AttributeSuggestion.product_id)
                                             .where(AttributeSuggestion.id == suggestion_id))
                if owner != product_sku:
                    raise SuggestionNotFound(suggestion_id)
            view = await review_suggestion(session, suggestion_id, decision, reviewer=reviewer,
                                           now=runtime.service.deps.clock())
    except SuggestionNotFound as error:
        raise SuggestionMissing(str(error)) from error
    except SuggestionNotPending as error:
        raise AlreadyReviewed(str(error)) from error
    await refresh_search(runtime, [view.product_sku])
    return view


async def accept_above(runtime: WebRuntime, principal: Principal, product_sku: str, min_confidence: float
                       ) -> list[AttributeSuggestionView]:
    """Accept every pending suggestion of a product at or above `min_confidence`."""
    reviewer = _agent(principal)
    try:
        async with session_scope(runtime.sessions) as session:
            if await session.get(Product, product_sku) is None:
                raise ProductNotFound(product_sku)
            accepted = await accept_confident(session, product_sku, min_confidence, reviewer=reviewer,
                                              now=runtime.service.deps.clock())
    except SuggestionNotPending as error:  # someone decided one of them meanwhile: nothing was accepted
        raise AlreadyReviewed(str(error)) from error
    if accepted:
        await refresh_search(runtime, [product_sku])
    return accepted


async def refresh_search(runtime: WebRuntime, product_skus: list[str]) -> None:
    """Write the products' accepted values into the index. A failure is logged, not raised: the review stands,
    and `vitrine catalog reindex` writes them again."""
    index = runtime.service.deps.catalog
    if index is None:
        return
    async with read_session(runtime.sessions) as session:
        accepted = await accepted_values(session, product_skus)
    values = {sku: accepted.get(sku, []) for sku in product_skus}
    try:
        await asyncio.to_thread(sync_accepted, index, values)
    except Exception:
        log.exception("accepted attributes of %s not written to the search index", product_skus)
    forget_vocabulary(index)
