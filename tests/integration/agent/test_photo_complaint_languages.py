"""A French or German photo complaint about an item of an order, said with a plain noun phrase ("le sweat",
"der Hoodie") and no product name, reaches the photo verdict and its remedy through the real conversation
service with the resolver (issue 17: such turns went to recommendations before)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.conftest import Store
from tests.integration.agent.photos import customer_photo
from tools.store.enums import OrderStatus
from tools.store.tables import Order, Ticket

MIA = "demo_mia_novak"  # delivered #D9000001: Chaz Kangeroo Hoodie M Black + Iris Workout Top S Blue

COMPLAINTS = {
    "fr": ("Bonjour, le sweat que j'ai reçu n'est pas de la couleur que j'avais choisie", "oui", ("Oui", "Non")),
    "de": ("Hallo, der Hoodie ist in einer anderen Farbe gekommen als bestellt", "ja", ("Ja", "Nein")),
}


@pytest.mark.parametrize("language", list(COMPLAINTS))
async def test_a_photo_complaint_in_french_or_german_reaches_the_verdict(shop_service, shop: Store,
                                                                        language: str) -> None:
    complaint, yes, buttons = COMPLAINTS[language]
    async with shop_service() as service:
        offer = await service.send(f"{language}-sweat", complaint, session_customer_id=MIA,
                                   photo_bytes=customer_photo("m/h/mh01-orange_main.jpg"))
        assert not any(message.get("cards") for message in offer.messages)  # neither products nor "which item?"
        assert tuple(offer.messages[-1]["quick_replies"]) == buttons  # the remedy is offered, in the language
        done = await service.send(f"{language}-sweat", yes, session_customer_id=MIA)
    assert "VT-" in " ".join(message["text"] for message in done.messages)
    async with shop.sessions() as session:
        order = await session.get(Order, "#D9000001")
        ticket = await session.scalar(select(Ticket))
    assert order.status is OrderStatus.EXCHANGE_REQUESTED
    assert ticket.category.value == "wrong_colour_or_size" and ticket.item_ids == ["MH01-M-Black"]
