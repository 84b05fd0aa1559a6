"""Attribute suggestions from product photos: idempotent recording, review by an agent, accepted values."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from tests.conftest import Store
from tools.store.attribute_reviews import (
    SuggestionFilter,
    SuggestionNotFound,
    SuggestionNotPending,
    accept_confident,
    accept_suggestion,
    accepted_attributes,
    list_pending,
    products_with_pending,
    reject_suggestion,
    suggestions_of,
)
from tools.store.attribute_suggestions import (
    AttributeSuggestionIn,
    RecordedCounts,
    UnknownProducts,
    record_suggestions,
    record_suggestions_counted,
)
from tools.store.enums import SuggestionStatus
from tools.store.tables import AttributeSuggestion, AuditEvent, Product

TSHIRT = "9523456873"  # a tau-retail product every test store holds
V1, V2 = "reader-v1", "reader-v2"


def _suggest(attribute: str, value: str, confidence: float = 0.9, *, version: str = V1,
             sku: str = TSHIRT, photo: str | None = "/t/tshirt-blue.jpg") -> AttributeSuggestionIn:
    return AttributeSuggestionIn(product_sku=sku, attribute=attribute, value=value, confidence=confidence,
                                 photo=photo, model_version=version)


async def _record(store: Store, suggestions: list[AttributeSuggestionIn]) -> int:
    async with store.sessions() as session, session.begin():
        return await record_suggestions(session, suggestions)


async def _all(store: Store) -> list[tuple[str, str, str, str]]:
    async with store.sessions() as session:
        rows = await session.scalars(select(AttributeSuggestion).order_by(AttributeSuggestion.id))
        return [(row.attribute, row.value, row.model_version, row.status.value) for row in rows]


async def test_recording_the_same_model_version_again_adds_nothing(store: Store) -> None:
    batch = [_suggest("pattern", "Striped", 0.81), _suggest("style_general", "Tee", 0.95),
             _suggest("style_general", "tee", 0.7, photo="/t/tshirt-back.jpg")]  # a second photo, same value
    assert await _record(store, batch) == 2
    assert await _record(store, batch) == 0
    assert await _all(store) == [("pattern", "Striped", V1, "pending"), ("style_general", "Tee", V1, "pending")]
    async with store.sessions() as session:
        pending = await list_pending(session, SuggestionFilter(product_sku=TSHIRT, attribute="style_general"))
    assert [(s.value, s.confidence, s.photo) for s in pending] == [("Tee", 0.95, "/t/tshirt-blue.jpg")]


async def test_recorded_counts_say_what_was_merged_added_replaced_and_left(store: Store) -> None:
    """Two colourways read as the same colour are one row: the counts say so instead of a bare row count."""
    batch = [_suggest("color", "Black", 0.9, photo="/t/tshirt-black.jpg"),
             _suggest("color", "Black", 0.6, photo="/t/tshirt-gray.jpg"),
             _suggest("pattern", "Striped", 0.8), _suggest("gender", "Men", 0.7)]

    async def counted(items: list[AttributeSuggestionIn]) -> RecordedCounts:
        async with store.sessions() as session, session.begin():
            return await record_suggestions_counted(session, items)

    first = await counted(batch)
    assert (first.read, first.merged, first.new, first.replaced, first.unchanged) == (4, 1, 3, 0, 0)
    assert first.written == 3 == len(await _all(store))
    again = await counted(batch)
    assert (again.read, again.merged, again.written, again.unchanged) == (4, 1, 0, 3)
    newer = await counted([_suggest("pattern", "Striped", 0.85, version=V2),
                           _suggest("gender", "Women", 0.6, version=V2)])
    assert (newer.new, newer.replaced, newer.written) == (1, 1, 2)


async def test_a_new_model_version_replaces_pending_but_never_reviewed_suggestions(store: Store) -> None:
    await _record(store, [_suggest("pattern", "Striped", 0.6), _suggest("gender", "Men", 0.7),
                          _suggest("style_general", "Tank", 0.5)])
    async with store.sessions() as session, session.begin():
        gender = (await list_pending(session, SuggestionFilter(attribute="gender")))[0]
        await accept_suggestion(session, gender.id, reviewer="agent_ana")
    written = await _record(store, [_suggest("pattern", "Solid", 0.9, version=V2),
                                    _suggest("gender", "Women", 0.8, version=V2),
                                    _suggest("style_general", "tank", 0.75, version=V2)])
    assert written == 3
    assert sorted(await _all(store)) == sorted([
        ("pattern", "Striped", V1, "superseded"),  # another value of a still-pending attribute gives way
        ("gender", "Men", V1, "accepted"),  # reviewed: left exactly as the agent decided
        ("style_general", "tank", V2, "pending"),  # the same value re-read by v2: replaced in place
        ("pattern", "Solid", V2, "pending"),
        ("gender", "Women", V2, "pending"),  # a different value beside the accepted one, for review
    ])
    # v2 re-reading the accepted value leaves it accepted, and adds no pending copy of it.
    assert await _record(store, [_suggest("gender", "men", 0.99, version=V2)]) == 0
    assert ("gender", "Men", V1, "accepted") in await _all(store)


async def test_suggestions_for_products_the_store_lacks_are_refused_whole(store: Store) -> None:
    with pytest.raises(UnknownProducts) as refused:
        await _record(store, [_suggest("pattern", "Solid"), _suggest("pattern", "Solid", sku="NOPE-1")])
    assert refused.value.skus == ["NOPE-1"]
    assert await _all(store) == []


async def test_review_is_audited_final_and_leaves_the_catalog_attributes_alone(store: Store) -> None:
    await _record(store, [_suggest("pattern", "Striped", 0.81), _suggest("style_general", "Tee", 0.95),
                          _suggest("sleeve", "Short", 0.4)])
    async with store.sessions() as session:
        catalog_before = (await session.get(Product, TSHIRT)).attributes
        ids = {s.attribute: s.id for s in await suggestions_of(session, TSHIRT)}
    async with store.sessions() as session, session.begin():
        accepted = await accept_suggestion(session, ids["pattern"], reviewer="agent_ana")
        await reject_suggestion(session, ids["sleeve"], reviewer="agent_bo")
    assert accepted.status is SuggestionStatus.ACCEPTED and accepted.reviewed_by == "agent_ana"
    assert accepted.reviewed_at is not None
    async with store.sessions() as session, session.begin():
        again = await accept_suggestion(session, ids["pattern"], reviewer="agent_ana")  # a resubmitted form
        assert again.reviewed_at == accepted.reviewed_at
        with pytest.raises(SuggestionNotPending):
            await accept_suggestion(session, ids["sleeve"], reviewer="agent_ana")
        with pytest.raises(SuggestionNotFound):
            await reject_suggestion(session, 999_999, reviewer="agent_ana")
    async with store.sessions() as session:
        events = (await session.scalars(select(AuditEvent).where(AuditEvent.subject_id == TSHIRT)
                                        .order_by(AuditEvent.id))).all()
        assert [(e.action, e.actor_id, e.data["value"]) for e in events] == [
            ("attribute_suggestion_accepted", "agent_ana", "Striped"),
            ("attribute_suggestion_rejected", "agent_bo", "Short")]
        assert await accepted_attributes(session, [TSHIRT]) == {TSHIRT: {"pattern": ["Striped"]}}
        assert (await session.get(Product, TSHIRT)).attributes == catalog_before
        remaining = await list_pending(session, SuggestionFilter())
        assert [s.value for s in remaining] == ["Tee"]


async def test_accept_confident_accepts_only_what_reaches_the_threshold(store: Store) -> None:
    await _record(store, [_suggest("pattern", "Striped", 0.81), _suggest("style_general", "Tee", 0.95),
                          _suggest("sleeve", "Short", 0.4)])
    async with store.sessions() as session, session.begin():
        products = await products_with_pending(session, SuggestionFilter(min_confidence=0.8))
        assert [(p.product_sku, p.pending, p.best_confidence) for p in products] == [(TSHIRT, 2, 0.95)]
        accepted = await accept_confident(session, TSHIRT, 0.8, reviewer="agent_ana")
    assert sorted(s.value for s in accepted) == ["Striped", "Tee"]
    async with store.sessions() as session:
        assert await accepted_attributes(session) == {TSHIRT: {"pattern": ["Striped"], "style_general": ["Tee"]}}
        assert [s.value for s in await list_pending(session, SuggestionFilter())] == ["Short"]
        assert await session.scalar(select(func.count()).select_from(AuditEvent)
                                    .where(AuditEvent.action == "attribute_suggestion_accepted")) == 2


async def test_two_agents_deciding_at_once_cannot_both_win(store: Store) -> None:
    await _record(store, [_suggest("pattern", "Striped", 0.81)])
    async with store.sessions() as session:
        suggestion_id = (await list_pending(session, SuggestionFilter()))[0].id

    async def decide(accept: bool, who: str) -> str:
        try:
            async with store.sessions() as session, session.begin():
                review = accept_suggestion if accept else reject_suggestion
                return (await review(session, suggestion_id, reviewer=who)).status.value
        except SuggestionNotPending as refused:
            return f"refused ({refused.suggestion.status.value})"

    outcomes = await asyncio.gather(decide(True, "agent_ana"), decide(False, "agent_bo"))
    assert sorted(outcomes) in (["accepted", "refused (accepted)"], ["refused (rejected)", "rejected"])
    async with store.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(AuditEvent)
                                    .where(AuditEvent.subject_id == TSHIRT)) == 1
