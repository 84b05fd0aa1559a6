"""A write's "done" line names the gift card it used with the balance the write left (desk19, fresh18 F13): an item
change whose difference is refunded to the gift card says the new balance, not the one read when it was proposed."""

from __future__ import annotations

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.tables import PaymentMethod

DAIKI = "daiki_jackson_4362"  # pending #W8306539: Desk Lamp, brightness high $154.17 (medium $135.24); gift card $61.00


async def test_the_done_line_shows_the_gift_card_balance_after_the_refund(service_factory, store: Store) -> None:
    async with service_factory() as service:
        proposed = await service.send(
            "gc",
            "change the desk lamp in #W8306539 to medium brightness, the difference on my gift card please",
            session_customer_id=DAIKI,
        )
        assert "$61.00" in texts(proposed), texts(proposed)  # the balance as it is when proposed
        done = await service.send("gc", "yes", session_customer_id=DAIKI)
    async with store.sessions() as session:
        card = await session.get(PaymentMethod, "gift_card_9164233")
    assert card is not None and card.balance_cents == 7993  # the $18.93 difference reached the card
    said = texts(done)
    assert "$79.93" in said and "$61.00" not in said, said
