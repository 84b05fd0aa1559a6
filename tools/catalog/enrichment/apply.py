"""Storing the reader's suggestions for review (tools/store/attribute_suggestions): never the catalog's own
attributes, and idempotent (the same model version recorded again adds nothing)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tools.catalog.enrichment.run import ProductSuggestions
from tools.store.attribute_suggestions import AttributeSuggestionIn, record_suggestions


def suggestion_rows(results: Sequence[ProductSuggestions], model_version: str) -> list[AttributeSuggestionIn]:
    return [
        AttributeSuggestionIn(
            product_sku=result.product_id,
            attribute=suggestion.attribute.value,
            value=suggestion.value,
            confidence=suggestion.confidence,
            photo=suggestion.photo,
            model_version=model_version,
        )
        for result in results
        for suggestion in result.suggestions
    ]


async def apply_suggestions(
    session_factory: async_sessionmaker[AsyncSession], results: Sequence[ProductSuggestions], model_version: str
) -> int:
    """Record the suggestions in one transaction; returns how many rows were written."""
    async with session_factory() as session, session.begin():
        return await record_suggestions(session, suggestion_rows(results, model_version))
