"""Card digits no saved method ends in are never replaced by another method without a word (fresh15 F0: "charge
the card ending 1234" was written to Visa 9288, "ja mit der 1234er Karte" to the gift card). The customer is told no
such card is saved, asked which of theirs to use, and a yes naming those digits writes nothing."""

import pytest

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order

LEI = ("lei.khan8439@example.com", "#W2787996", "92182")  # delivered; gift card and Visa 9288
LIAM = ("liam.li5782@example.com", "#W7554786", "75285")  # delivered; a gift card only


@pytest.mark.parametrize(("guest", "proof", "ask", "yes", "unknown_said"), [
    (LEI, "{email} order {order} zip {zip}", "swap my tshirt for the black xxl one, charge the card ending 1234",
     "yes on the 1234 card", "ending in 1234"),
    (LIAM, "hallo {email} bestellung {order} plz {zip}",
     "tausch mein tshirt gegen eins in lila, zahlen mit der karte die auf 1234 endet", "ja mit der 1234er karte",
     "Endziffern 1234"),
    (LEI, "{email} commande {order} code postal {zip}",
     "je voudrais retourner le t-shirt, remboursement sur la carte finissant par 4321", "oui, la carte 4321",
     "se terminant par 4321"),
])
async def test_a_card_not_held_is_said_and_never_replaced(service_factory, store: Store, guest: tuple[str, str, str],
                                                          proof: str, ask: str, yes: str, unknown_said: str) -> None:
    email, order, zip_code = guest
    async with service_factory() as service:
        await service.send("c1", proof.format(email=email, order=order, zip=zip_code))
        asked = await service.send("c1", ask)
        after = await service.send("c1", yes)
    assert unknown_said in texts(asked)
    assert unknown_said in texts(after) or "?" in texts(after)
    async with store.sessions() as session:
        assert (await session.get(Order, order)).status is OrderStatus.DELIVERED
