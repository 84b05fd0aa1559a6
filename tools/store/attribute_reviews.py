"""A person's review of attribute suggestions: what is pending, accept or reject (audited), what was accepted.

Accepting writes nothing into the catalog's attributes: `accepted_attributes` is read beside them (search
payloads, the desk). A decision is final here: a reviewed suggestion is not reviewed again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tools.store.attribute_suggestions import AttributeSuggestionView
from tools.store.enums import ActorKind, SuggestionStatus
from tools.store.tables import AttributeSuggestion, AuditEvent, Product


class SuggestionNotFound(LookupError):
    def __init__(self, suggestion_id: int) -> None:
        super().__init__(f"attribute suggestion {suggestion_id} not found")
        self.suggestion_id = suggestion_id


class SuggestionNotPending(RuntimeError):
    """Someone already decided otherwise (or a newer model version replaced it)."""

    def __init__(self, suggestion: AttributeSuggestionView) -> None:
        super().__init__(f"attribute suggestion {suggestion.id} is already {suggestion.status.value}")
        self.suggestion = suggestion


class SuggestionFilter(BaseModel):
    """Which pending suggestions to list; every field given must hold."""

    product_sku: str | None = Field(default=None, examples=["MH01"])
    attribute: str | None = Field(default=None, examples=["pattern"])
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)


class PendingProduct(BaseModel):
    """A product with suggestions waiting for review."""

    product_sku: str
    name: str
    category_path: str | None
    pending: int
    best_confidence: float


def _pending(filters: SuggestionFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [AttributeSuggestion.status == SuggestionStatus.PENDING]
    if filters.product_sku:
        conditions.append(AttributeSuggestion.product_id == filters.product_sku)
    if filters.attribute:
        conditions.append(AttributeSuggestion.attribute == filters.attribute)
    if filters.min_confidence is not None:
        conditions.append(AttributeSuggestion.confidence >= filters.min_confidence)
    return conditions


async def list_pending(session: AsyncSession, filters: SuggestionFilter, *, limit: int = 200
                       ) -> list[AttributeSuggestionView]:
    """Pending suggestions, by product, then attribute, most confident first."""
    query = (select(AttributeSuggestion).where(*_pending(filters))
             .order_by(AttributeSuggestion.product_id, AttributeSuggestion.attribute,
                       AttributeSuggestion.confidence.desc(), AttributeSuggestion.id).limit(limit))
    return [AttributeSuggestionView.model_validate(row) for row in await session.scalars(query)]


async def products_with_pending(session: AsyncSession, filters: SuggestionFilter, *, limit: int = 50,
                                offset: int = 0) -> list[PendingProduct]:
    """Products with pending suggestions, those with the most waiting first."""
    count = func.count(AttributeSuggestion.id)
    query = (select(Product.id, Product.name, Product.category_path, count, func.max(AttributeSuggestion.confidence))
             .join(AttributeSuggestion, AttributeSuggestion.product_id == Product.id)
             .where(*_pending(filters))
             .group_by(Product.id, Product.name, Product.category_path)
             .order_by(count.desc(), Product.id).limit(limit).offset(offset))
    return [PendingProduct(product_sku=sku, name=name, category_path=path, pending=pending, best_confidence=best)
            for sku, name, path, pending, best in (await session.execute(query)).all()]


async def review_suggestion(session: AsyncSession, suggestion_id: int, decision: SuggestionStatus, *,
                            reviewer: str, now: datetime | None = None) -> AttributeSuggestionView:
    """Accept or reject one pending suggestion as `reviewer` (an agent's login), audited.

    Deciding the same way twice is a no-op (a resubmitted form); deciding otherwise than someone already
    did raises `SuggestionNotPending`. The change is conditional on the row still pending, so two agents
    deciding at once cannot both win.
    """
    if not decision.reviewed:
        raise ValueError(f"{decision.value} is not a review decision")
    at = now or datetime.now(UTC)
    changed = await session.execute(
        update(AttributeSuggestion)
        .where(AttributeSuggestion.id == suggestion_id, AttributeSuggestion.status == SuggestionStatus.PENDING)
        .values(status=decision, reviewed_by=reviewer, reviewed_at=at, updated_at=at)
        .execution_options(synchronize_session=False)
    )
    row = await session.get(AttributeSuggestion, suggestion_id, populate_existing=True)
    if row is None:
        raise SuggestionNotFound(suggestion_id)
    view = AttributeSuggestionView.model_validate(row)
    if changed.rowcount == 0:  # type: ignore[attr-defined]
        if view.status is decision:
            return view
        raise SuggestionNotPending(view)
    session.add(AuditEvent(
        actor_kind=ActorKind.AGENT, actor_id=reviewer, action=f"attribute_suggestion_{decision.value}",
        subject_type="product", subject_id=view.product_sku, created_at=at,
        data={"suggestion_id": view.id, "attribute": view.attribute, "value": view.value,
              "confidence": view.confidence, "model_version": view.model_version},
    ))
    await session.flush()
    return view


async def accept_suggestion(session: AsyncSession, suggestion_id: int, *, reviewer: str,
                            now: datetime | None = None) -> AttributeSuggestionView:
    return await review_suggestion(session, suggestion_id, SuggestionStatus.ACCEPTED, reviewer=reviewer, now=now)


async def reject_suggestion(session: AsyncSession, suggestion_id: int, *, reviewer: str,
                            now: datetime | None = None) -> AttributeSuggestionView:
    return await review_suggestion(session, suggestion_id, SuggestionStatus.REJECTED, reviewer=reviewer, now=now)


async def accept_confident(session: AsyncSession, product_sku: str, min_confidence: float, *, reviewer: str,
                           now: datetime | None = None) -> list[AttributeSuggestionView]:
    """Accept every pending suggestion of one product at or above `min_confidence` (each audited)."""
    pending = await list_pending(session, SuggestionFilter(product_sku=product_sku, min_confidence=min_confidence))
    return [await accept_suggestion(session, item.id, reviewer=reviewer, now=now) for item in pending]


async def accepted_suggestions(session: AsyncSession, product_skus: Sequence[str] | None = None
                               ) -> dict[str, list[AttributeSuggestionView]]:
    """Per product, its accepted suggestions in the order they were accepted (all products when None)."""
    query = select(AttributeSuggestion).where(AttributeSuggestion.status == SuggestionStatus.ACCEPTED)
    if product_skus is not None:
        query = query.where(AttributeSuggestion.product_id.in_(list(product_skus)))
    query = query.order_by(AttributeSuggestion.product_id, AttributeSuggestion.reviewed_at, AttributeSuggestion.id)
    found: dict[str, list[AttributeSuggestionView]] = {}
    for row in await session.scalars(query):
        found.setdefault(row.product_id, []).append(AttributeSuggestionView.model_validate(row))
    return found


async def accepted_attributes(session: AsyncSession, product_skus: Sequence[str] | None = None
                              ) -> dict[str, dict[str, list[str]]]:
    """Per product, per attribute, the accepted values in the order they were accepted."""
    found: dict[str, dict[str, list[str]]] = {}
    for sku, views in (await accepted_suggestions(session, product_skus)).items():
        for view in views:
            found.setdefault(sku, {}).setdefault(view.attribute, []).append(view.value)
    return found


async def suggestions_of(session: AsyncSession, product_sku: str) -> list[AttributeSuggestionView]:
    """Every suggestion of one product, whatever its status (the desk's product page and the audit trail)."""
    query = (select(AttributeSuggestion).where(AttributeSuggestion.product_id == product_sku)
             .order_by(AttributeSuggestion.attribute, AttributeSuggestion.confidence.desc(), AttributeSuggestion.id))
    return [AttributeSuggestionView.model_validate(row) for row in await session.scalars(query)]
