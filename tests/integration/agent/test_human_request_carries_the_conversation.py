"""A ticket opened because the customer asked for a person carries what the conversation already holds (issue 20,
surfaces item 2): the photos the customer sent (their redacted copies, once each) and the order they named, and
the transcript marks the messages a photo came with. The desk showed "No photos." and "No order on this ticket."
although the customer had sent photos and named the order."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from assistant.web.api.schemas import DeskTurn
from tests.conftest import Store
from tests.integration.agent.photos import customer_photo
from tools.store.tables import Ticket

MIA = "demo_mia_novak"  # delivered #D9000001: Chaz Kangeroo Hoodie M Black + Iris Workout Top S Blue
HOODIE = "m/h/mh01-orange_main.jpg"
TOP = "w/t/wt01-blue_main.jpg"

# (conversation: (text, photo or None) per message before the request, the request, the order named)
CASES = [
    ([("is this the hoodie of my order #D9000001?", HOODIE)], "I want to talk to a human", "#D9000001"),
    ([("voici une photo de ma commande D9000001", HOODIE), ("et une autre", TOP)],
     "je veux parler à un conseiller", "#D9000001"),
    ([("¿es esta la sudadera del pedido #D9000001?", HOODIE), ("la misma foto otra vez", HOODIE)],
     "quiero hablar con una persona", "#D9000001"),
    ([("Bestellung D9000001: schauen Sie sich das an", TOP)], "Ich möchte mit einem Menschen sprechen",
     "#D9000001"),
]


async def _tickets(store: Store) -> list[Ticket]:
    async with store.sessions() as session:
        return list(await session.scalars(select(Ticket)))


@pytest.mark.parametrize(("said", "request_text", "order_id"), CASES)
async def test_a_request_for_a_person_carries_the_photos_and_the_order(
        shop_service, shop: Store, said: list[tuple[str, str | None]], request_text: str, order_id: str) -> None:
    conversation = f"human-{abs(hash(request_text))}"
    async with shop_service() as service:
        for text, photo in said:
            result = await service.send(conversation, text, session_customer_id=MIA,
                                        photo_bytes=customer_photo(photo) if photo else None)
            assert not result.waiting_for_agent, (text, result.messages)
        handed = await service.send(conversation, request_text, session_customer_id=MIA)
        assert handed.waiting_for_agent, handed.messages
        snapshot = await service.graph.aget_state({"configurable": {"thread_id": conversation}})
    [ticket] = [t for t in await _tickets(shop) if t.conversation_id == conversation]
    photos_sent = {photo for _text, photo in said if photo}
    assert len({e["sha256"] for e in ticket.evidence}) == len(ticket.evidence) == len(photos_sent), ticket.evidence
    assert ticket.order_id == order_id
    customer_turns = [DeskTurn.of(t) for t in snapshot.values["transcript"] if t["role"] == "customer"]
    assert [turn.photo for turn in customer_turns] == [bool(photo) for _text, photo in said] + [False]
