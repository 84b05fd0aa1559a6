"""Storing the reader's suggestions for review (tools/store/attribute_suggestions): never the catalog's own
attributes, and idempotent (the same model version recorded again adds nothing)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tools.catalog.enrichment.run import ProductSuggestions
from tools.store.attribute_suggestions import AttributeSuggestionIn, RecordedCounts, record_suggestions_counted


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
) -> RecordedCounts:
    """Record the suggestions in one transaction; returns how many were read, merged and written."""
    async with session_factory() as session, session.begin():
        return await record_suggestions_counted(session, suggestion_rows(results, model_version))


def recorded_message(counts: RecordedCounts, model_version: str) -> str:
    """What recording did, in counts that add up: read = merged + new + replaced + unchanged."""
    parts = [f"{counts.new} new", f"{counts.replaced} replacing an older model's pending value"]
    return (f"{counts.read} suggestion(s) read; {counts.written} row(s) stored for review ({model_version}: "
            + ", ".join(parts) + f"); {counts.merged} merged into a row of the same product, attribute and value "
            f"(another photo or colourway read the same); {counts.unchanged} already recorded or reviewed; "
            "catalog attributes unchanged")
