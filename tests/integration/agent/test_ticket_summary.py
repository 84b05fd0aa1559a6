"""A ticket's summary quotes the customer's words about the problem, not whatever they said before it (fresh-eyes
#12: "Customer said: tenéis botellas de agua? me llegó…" quoted an earlier shopping question with the complaint)."""

from sqlalchemy import select

from tests.conftest import Store
from tests.integration.agent.photos import customer_photo
from tools.store.tables import Ticket

MIA = "demo_mia_novak"  # delivered #D9000001: Chaz Kangeroo Hoodie M Black + Iris Workout Top S Blue


async def _summary(store: Store) -> str:
    async with store.sessions() as session:
        ticket = await session.scalar(select(Ticket))
    assert ticket is not None
    return ticket.summary


async def test_the_summary_of_a_photo_complaint_quotes_only_the_complaints_lines(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        await service.send("s1", "is the Hero Hoodie available in size L?", session_customer_id=MIA)
        await service.send("s1", "and what about a yoga mat", session_customer_id=MIA)
        await service.send("s1", "the Chaz Kangeroo hoodie came in the wrong colour",
                           photo_bytes=customer_photo("m/h/mh01-black_main.jpg"), session_customer_id=MIA)
    summary = await _summary(shop)
    assert "the Chaz Kangeroo hoodie came in the wrong colour" in summary
    assert "size L" not in summary and "yoga mat" not in summary, summary


async def test_a_complaint_told_over_two_messages_is_quoted_whole(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        await service.send("s2", "do you sell water bottles?", session_customer_id=MIA)
        asked = await service.send("s2", "my Chaz Kangeroo hoodie arrived in the wrong colour",
                                   session_customer_id=MIA)
        assert "photo" in " ".join(m["text"] for m in asked.messages).lower()
        await service.send("s2", "here it is", photo_bytes=customer_photo("m/h/mh01-black_main.jpg"),
                           session_customer_id=MIA)
    summary = await _summary(shop)
    assert "my Chaz Kangeroo hoodie arrived in the wrong colour" in summary and "here it is" in summary, summary
    assert "water bottles" not in summary, summary
