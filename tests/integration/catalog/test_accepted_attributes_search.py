"""Accepted attribute suggestions reach search: a value the catalog lacked becomes a filter that finds the
product, without re-embedding it; a reject takes it back out; a reindex that rewrites the point keeps it."""

from __future__ import annotations

from pathlib import Path

from qdrant_client import models
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tools.catalog.accepted_attributes import apply_accepted, sync_from_store
from tools.catalog.importer import import_magento, reindex_store
from tools.catalog.index import CatalogIndex
from tools.catalog.search import SearchFilters, search_products
from tools.store.attribute_reviews import SuggestionFilter, accept_suggestion, list_pending, reject_suggestion
from tools.store.attribute_suggestions import AttributeSuggestionIn, record_suggestions

HOODIE, TOTE = "MH01", "24-WB05"  # the catalog gives the hoodie no style, the tote no gender


def _found(index: CatalogIndex, text: str, filters: SearchFilters) -> list[str]:
    return [card.product_id for card in search_products(index, text=text, filters=filters, limit=10)]


async def _suggest_and_review(sessions: async_sessionmaker[AsyncSession], decisions: dict[tuple[str, str], bool]
                              ) -> None:
    async with sessions() as session, session.begin():
        await record_suggestions(session, [
            AttributeSuggestionIn(product_sku=sku, attribute=attribute, value=value, confidence=0.9, photo=None,
                                  model_version="reader-test") for sku, attribute, value in
            [(HOODIE, "style_general", "Hooded"), (TOTE, "gender", "Women"), (HOODIE, "pattern", "Striped")]])
        for suggestion in await list_pending(session, SuggestionFilter()):
            accept = decisions.get((suggestion.product_sku, suggestion.attribute))
            if accept is not None:
                review = accept_suggestion if accept else reject_suggestion
                await review(session, suggestion.id, reviewer="agent_ana")


def _vectors(index: CatalogIndex, product_id: str) -> list[object]:
    only = models.Filter(must=[models.FieldCondition(key="product_id", match=models.MatchValue(value=product_id))])
    points, _ = index.client.scroll(index.collection, scroll_filter=only, with_vectors=True, limit=50)
    return sorted((str(p.id), p.vector) for p in points)  # type: ignore[return-value]


async def test_accepting_an_attribute_the_catalog_lacked_changes_what_search_finds(
    small_catalog: Path, session_factory: async_sessionmaker[AsyncSession], index: CatalogIndex
) -> None:
    await import_magento(small_catalog, session_factory=session_factory, index=index, progress=False)
    hooded = SearchFilters(attributes={"style": ["Hooded"]})
    for_women = SearchFilters(gender="Women", categories=["bags"])
    assert HOODIE not in _found(index, "hoodie", hooded)
    assert {"MJ01", "WJ07"} <= set(_found(index, "hoodie", hooded))  # the catalog's own hooded jackets
    assert _found(index, "bag", for_women) == []
    vectors_before = _vectors(index, HOODIE)

    await _suggest_and_review(session_factory, {(HOODIE, "style_general"): True, (TOTE, "gender"): True,
                                                (HOODIE, "pattern"): False})
    assert HOODIE not in _found(index, "hoodie", hooded)  # accepted in the store, not yet in the index
    assert await sync_from_store(session_factory, index, [HOODIE, TOTE]) > 0

    assert HOODIE in _found(index, "hoodie", hooded)
    assert _found(index, "bag", for_women) == [TOTE]
    assert _found(index, "hoodie", SearchFilters(attributes={"pattern": ["Striped"]})) == []  # rejected
    card = search_products(index, text="hoodie", filters=hooded, limit=10)
    assert next(c for c in card if c.product_id == HOODIE).attributes["style"] == ["Hooded"]
    assert _vectors(index, HOODIE) == vectors_before  # payload only: nothing was re-embedded


async def test_a_reindex_keeps_accepted_attributes_and_a_withdrawn_one_leaves(
    small_catalog: Path, session_factory: async_sessionmaker[AsyncSession], index: CatalogIndex
) -> None:
    await import_magento(small_catalog, session_factory=session_factory, index=index, progress=False)
    await _suggest_and_review(session_factory, {(HOODIE, "style_general"): True})
    await sync_from_store(session_factory, index, [HOODIE])
    hooded = SearchFilters(attributes={"style": ["Hooded"]})
    # Make the hoodie's points stale, so the reindex re-embeds and rewrites them from the catalog.
    only = models.Filter(must=[models.FieldCondition(key="product_id", match=models.MatchValue(value=HOODIE))])
    index.client.set_payload(index.collection, payload={"fingerprint": "stale"}, points=only, wait=True)
    report = await reindex_store(session_factory=session_factory, index=index, image_root=small_catalog / "images",
                                 progress=False)
    assert report.written > 0
    assert HOODIE in _found(index, "hoodie", hooded)

    # Nothing accepted any more: back to the catalog's own fields.
    assert apply_accepted(index, HOODIE, []) > 0
    assert HOODIE not in _found(index, "hoodie", hooded)


async def test_a_colour_read_from_a_back_view_reaches_only_that_colour(
    small_catalog: Path, session_factory: async_sessionmaker[AsyncSession], index: CatalogIndex
) -> None:
    await import_magento(small_catalog, session_factory=session_factory, index=index, progress=False)
    async with session_factory() as session, session.begin():
        await record_suggestions(session, [AttributeSuggestionIn(
            product_sku=HOODIE, attribute="secondary_colour", value="Charcoal", confidence=0.8,
            photo="m/h/mh01-gray_back.jpg", model_version="reader-test")])  # not the colour's main photo
        suggestion = (await list_pending(session, SuggestionFilter()))[0]
        await accept_suggestion(session, suggestion.id, reviewer="agent_ana")
    await sync_from_store(session_factory, index, [HOODIE])
    charcoal = SearchFilters(attributes={"secondary_colour": ["Charcoal"]})
    cards = search_products(index, text="hoodie", filters=charcoal, limit=10, group_by_product=False)
    assert [(card.product_id, card.colour) for card in cards] == [(HOODIE, "Gray")]


async def test_an_accepted_colour_is_found_by_a_colour_search(
    small_catalog: Path, session_factory: async_sessionmaker[AsyncSession], index: CatalogIndex
) -> None:
    """Fresh-eyes pass: accepting a colour on the desk ("search uses it now") changed nothing a customer's colour
    search found, because colour filters read only the catalog's colour."""
    await import_magento(small_catalog, session_factory=session_factory, index=index, progress=False)
    teal = [SearchFilters(colours=["Teal"]), SearchFilters(colour="teal")]
    assert all(HOODIE not in _found(index, "hoodie", wanted) for wanted in teal)
    async with session_factory() as session, session.begin():
        await record_suggestions(session, [AttributeSuggestionIn(
            product_sku=HOODIE, attribute="color", value="Teal", confidence=0.7, photo="m/h/mh01-gray_main.jpg",
            model_version="reader-test")])
        await accept_suggestion(session, (await list_pending(session, SuggestionFilter()))[0].id,
                                reviewer="agent_ana")
    await sync_from_store(session_factory, index, [HOODIE])
    for wanted in teal:
        cards = search_products(index, text="hoodie", filters=wanted, limit=10, group_by_product=False)
        assert (HOODIE, "Gray") in [(card.product_id, card.colour) for card in cards]
    not_teal = search_products(index, text="hoodie", filters=SearchFilters(exclude_colours=["Teal"]), limit=20,
                               group_by_product=False)
    assert (HOODIE, "Gray") not in [(card.product_id, card.colour) for card in not_teal]
