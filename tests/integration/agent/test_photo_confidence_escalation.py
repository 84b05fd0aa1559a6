"""A photo-only verdict the calibrated confidence doubts goes to a person with the evidence, not to a remedy.

The customer's words name no problem ("see the photo"), so the verdict rests on the photo alone and its
confidence is the calibrated model's (assistant/models/resolver/photo_confidence.py). A stand-in model that
doubts every verdict (and one that trusts every verdict) shows the graph obeys the escalation bar
(photo_confidence.ESCALATE_BELOW, chosen with the model on train verdicts): below it a ticket is escalated
with the photo and the verdict, above it the remedy is offered.
"""

from __future__ import annotations

import math

import pytest
from sqlalchemy import select

from assistant.models.resolver import photo_confidence
from assistant.models.resolver.photo_confidence import ConfidenceModel
from assistant.steps.complaint import ESCALATE_BELOW
from tests.conftest import Store
from tests.integration.agent.photos import customer_photo
from tests.integration.agent.reply_text import texts
from tools.store.enums import TicketEventKind
from tools.store.tables import Ticket, TicketEvent

MIA = "demo_mia_novak"  # delivered #D9000001: Chaz Kangeroo Hoodie M Black + Iris Workout Top S Blue
NEUTRAL = "there is a problem with the Chaz Kangeroo hoodie from my order, see the photo"
WRONG_COLOUR = "m/h/mh01-orange_main.jpg"  # she ordered it in black


def _constant(probability: float) -> ConfidenceModel:
    shipped = photo_confidence.shipped_confidence_model()
    assert shipped is not None
    features = len(shipped.coef)
    logit = math.log(probability / (1 - probability))
    return ConfidenceModel(coef=[0.0] * features, intercept=logit, fitted_on="test stand-in")


async def _tickets(store: Store) -> list[Ticket]:
    async with store.sessions() as session:
        return list(await session.scalars(select(Ticket)))


@pytest.mark.parametrize("probability", [0.35, round(ESCALATE_BELOW - 0.02, 3)])
async def test_a_doubted_photo_verdict_is_escalated_with_the_evidence(
    shop_service, shop: Store, monkeypatch: pytest.MonkeyPatch, probability: float
) -> None:
    # Just under the bar chosen on train verdicts (evals/photo_triage/escalation.py) is doubted too.
    doubting = _constant(probability)
    monkeypatch.setattr(photo_confidence, "shipped_confidence_model", lambda: doubting)
    async with shop_service() as service:
        handed = await service.send("c1", NEUTRAL, photo_bytes=customer_photo(WRONG_COLOUR), session_customer_id=MIA)
    assert handed.waiting_for_agent and "team" in texts(handed)
    assert all(m.get("quick_replies") != ["Yes", "No"] for m in handed.messages)  # no remedy offered
    [ticket] = await _tickets(shop)
    assert ticket.status.value == "escalated" and ticket.evidence
    assert ticket.model_label == "wrong_colour_or_size" and ticket.model_confidence < ESCALATE_BELOW
    async with shop.sessions() as session:
        [escalated] = list(await session.scalars(select(TicketEvent).where(
            TicketEvent.kind == TicketEventKind.ESCALATED)))
    assert escalated.data == {"reason": "low_confidence"}


async def test_a_trusted_photo_verdict_offers_the_remedy(
    shop_service, shop: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    trusting = _constant(0.9)
    monkeypatch.setattr(photo_confidence, "shipped_confidence_model", lambda: trusting)
    async with shop_service() as service:
        offer = await service.send("c2", NEUTRAL, photo_bytes=customer_photo(WRONG_COLOUR), session_customer_id=MIA)
    assert not offer.waiting_for_agent
    assert "exchange" in texts(offer) and offer.messages[-1]["quick_replies"] == ["Yes", "No"]
    assert await _tickets(shop) == []
