"""A new shipping address written the way people write US addresses, with or without the comma before the state
("Denver CO 80203", "Austin, TX 78701"), is read as the order's new address in any of the four languages (v3 blind
run: addresses without that comma were not read, and the request became shopping or a swap)."""

from __future__ import annotations

import pytest

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.tables import Order

MIA = "demo_mia_novak"  # #D9000002 pending

CASES = [
    ("please ship my pending order to 12 Birch Road, Denver CO 80203", "yes", "12 Birch Road", "80203"),
    ("envoyez ma commande en attente au 8 Pine Avenue, Austin TX 78701 svp", "oui", "8 Pine Avenue", "78701"),
    # an apartment typed in the street part is the address's second line (dialogue-classes-16)
    ("mande mi pedido pendiente a 45 Cedar Lane Apt 2, Miami FL 33101 por favor", "sí", "45 Cedar Lane", "33101"),
    ("schickt meine offene Bestellung bitte an 9 Maple Court, Boston MA 02108", "ja", "9 Maple Court", "02108"),
    ("the open order should go to 300 Lake Shore Dr, Chicago, IL 60611 instead", "yes", "300 Lake Shore Dr",
     "60611"),
]


@pytest.mark.parametrize(("text", "yes", "street", "zip_code"), CASES)
async def test_a_new_address_without_a_comma_before_the_state_is_proposed_and_written_after_yes(
    shop_service, shop: Store, text: str, yes: str, street: str, zip_code: str
) -> None:
    async with shop_service() as service:
        proposal = await service.send("addr", text, session_customer_id=MIA)
        assert street in texts(proposal) and proposal.messages[-1]["quick_replies"], texts(proposal)
        await service.send("addr", yes, session_customer_id=MIA)
    async with shop.sessions() as session:
        order = await session.get(Order, "#D9000002")
    assert (order.address1, order.zip) == (street, zip_code)
