"""Attribute suggestions over the API (agents only; others get 403): what waits for review, accept, reject.

Suggestions are what `vitrine catalog enrich --apply` read from product photos. A decision is final and
audited; deciding the same way again is a no-op, deciding otherwise than someone already did is 409.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field

from assistant.web.api import suggestion_actions
from assistant.web.api.errors import api_errors
from assistant.web.api.routing import EncodableErrors
from assistant.web.auth import Principal, agent_principal
from assistant.web.runtime import WebRuntime, get_runtime
from tools.store.attribute_reviews import SuggestionFilter
from tools.store.attribute_suggestions import AttributeSuggestionView
from tools.store.enums import SuggestionStatus
from tools.ticket_views import TICKET_INT_MAX

router = APIRouter(prefix="/attribute-suggestions", tags=["catalog enrichment"], route_class=EncodableErrors)
SKU_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
Sku = Annotated[str, Path(pattern=SKU_PATTERN, description="The product's sku, e.g. MH01 or 24-MB01.")]
QuerySku = Annotated[str | None, Query(pattern=SKU_PATTERN, description="Only this product, e.g. MH01.")]
Attribute = Annotated[str | None, Query(max_length=64, pattern=r"^[a-z_]+$", description="e.g. pattern")]
Confidence = Annotated[float | None, Query(ge=0.0, le=1.0, description="At least this confident.")]
SuggestionId = Annotated[int, Path(ge=1, le=TICKET_INT_MAX)]
REFUSED: dict[int | str, dict[str, Any]] = {
    404: {"description": "No such suggestion or product"},
    409: {"description": "Already decided otherwise, or replaced by a newer model version"}}


class AcceptConfident(BaseModel):
    min_confidence: float = Field(ge=0.0, le=1.0, examples=[0.9])


@router.get("", response_model=list[AttributeSuggestionView])
async def list_suggestions(product_sku: QuerySku = None, attribute: Attribute = None,
                           min_confidence: Confidence = None, limit: Annotated[int, Query(ge=1, le=500)] = 200,
                           agent: Principal = Depends(agent_principal),
                           runtime: WebRuntime = Depends(get_runtime)) -> list[AttributeSuggestionView]:
    """Pending suggestions, by product and attribute, most confident first."""
    filters = SuggestionFilter(product_sku=product_sku, attribute=attribute, min_confidence=min_confidence)
    with api_errors():
        return await suggestion_actions.pending_suggestions(runtime, agent, filters, limit=limit)


@router.get("/products", response_model=list[suggestion_actions.QueuedProduct])
async def list_products(attribute: Attribute = None, min_confidence: Confidence = None,
                        limit: Annotated[int, Query(ge=1, le=500)] = 50,
                        offset: Annotated[int, Query(ge=0, le=TICKET_INT_MAX)] = 0,
                        agent: Principal = Depends(agent_principal),
                        runtime: WebRuntime = Depends(get_runtime)) -> list[suggestion_actions.QueuedProduct]:
    """Products with suggestions waiting for review, most waiting first."""
    filters = SuggestionFilter(attribute=attribute, min_confidence=min_confidence)
    with api_errors():
        return await suggestion_actions.pending_products(runtime, agent, filters, limit=limit, offset=offset)


@router.get("/products/{product_sku}", response_model=suggestion_actions.ProductSuggestions, responses=REFUSED)
async def product(product_sku: Sku, agent: Principal = Depends(agent_principal),
                  runtime: WebRuntime = Depends(get_runtime)) -> suggestion_actions.ProductSuggestions:
    """A product's photos and suggestions, each beside the catalog's own value of that attribute."""
    with api_errors():
        return await suggestion_actions.product_suggestions(runtime, agent, product_sku)


@router.post("/{suggestion_id}/accept", response_model=AttributeSuggestionView, responses=REFUSED)
async def accept(suggestion_id: SuggestionId, agent: Principal = Depends(agent_principal),
                 runtime: WebRuntime = Depends(get_runtime)) -> AttributeSuggestionView:
    """Accept: the value is kept beside the catalog's (never replacing it) and search filters use it."""
    with api_errors():
        return await suggestion_actions.decide(runtime, agent, suggestion_id, SuggestionStatus.ACCEPTED)


@router.post("/{suggestion_id}/reject", response_model=AttributeSuggestionView, responses=REFUSED)
async def reject(suggestion_id: SuggestionId, agent: Principal = Depends(agent_principal),
                 runtime: WebRuntime = Depends(get_runtime)) -> AttributeSuggestionView:
    """Reject: the value is not used, and re-reading the same value later does not ask again."""
    with api_errors():
        return await suggestion_actions.decide(runtime, agent, suggestion_id, SuggestionStatus.REJECTED)


@router.post("/products/{product_sku}/accept-confident", response_model=list[AttributeSuggestionView],
             responses=REFUSED)
async def accept_confident(product_sku: Sku, body: AcceptConfident, agent: Principal = Depends(agent_principal),
                           runtime: WebRuntime = Depends(get_runtime)) -> list[AttributeSuggestionView]:
    """Accept every pending suggestion of the product at or above `min_confidence`."""
    with api_errors():
        return await suggestion_actions.accept_above(runtime, agent, product_sku, body.min_confidence)
