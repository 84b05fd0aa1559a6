"""A follow-up that adds a detail to a proposed item change keeps what the proposal already changed ("change the
size of my jacket to S" then "and make it red too" is S in red, not the ordered size in red): fresh-eyes class E,
where the size the customer chose was dropped and a yes would have written the wrong variant. Mia's pending order
#D9000002 holds the Stellar Solar Jacket WJ01-M-Blue (S/M/L in Blue, Red, Yellow)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tests.conftest import Store
from tools.store.tables.orders import OrderAdjustment

MIA = "demo_mia_novak"


@pytest.mark.parametrize(("first", "follow_up", "yes", "variant"), [
    ("change the size of my Stellar jacket to S", "and make it red too", "yes", "WJ01-S-Red"),
    ("Quiero cambiar la talla de la chaqueta Stellar a S", "y también el color a rojo, si lo hay", "sí",
     "WJ01-S-Red"),
    ("Ich möchte meine Stellar Jacke in Größe L umtauschen", "und bitte auch in Gelb", "ja", "WJ01-L-Yellow"),
    ("je voudrais changer la taille de ma veste Stellar en L", "finalement plutôt en jaune", "oui",
     "WJ01-L-Yellow"),
    ("please change the colour of my Stellar jacket to yellow", "oh and in a small please", "yes please",
     "WJ01-S-Yellow"),
    ("I want to change the jacket to a large", "hmm, what about a small?", "yes", "WJ01-S-Blue"),
    # naming the ordered value again undoes that part of the change
    ("please change the colour of my Stellar jacket to yellow", "actually keep it blue, but make it a small", "yes",
     "WJ01-S-Blue"),
])
async def test_a_detail_added_to_a_proposed_change_keeps_the_change_already_made(
        shop_service, shop: Store, first: str, follow_up: str, yes: str, variant: str) -> None:
    async with shop_service() as service:
        await service.send("refine", first, session_customer_id=MIA)
        await service.send("refine", follow_up, session_customer_id=MIA)
        await service.send("refine", yes, session_customer_id=MIA)
    async with shop.sessions() as session:
        query = select(OrderAdjustment).where(OrderAdjustment.order_id == "#D9000002")
        adjustments = (await session.scalars(query.options(selectinload(OrderAdjustment.lines)))).all()
    assert [line.new_item_id for adjustment in adjustments for line in adjustment.lines] == [variant]
