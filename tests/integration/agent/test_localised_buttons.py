"""Yes/No buttons in the customer's language: the proposal offers them translated, and pressing one (which
sends its label) is read as the answer it says, so the write happens after Oui/Sí/Ja and not after Non/No/Nein."""

import pytest

from tests.conftest import Store
from tools.store.enums import OrderStatus
from tools.store.tables import Order

MIA = "demo_mia_novak"  # #D9000002 is pending
CANCELLATIONS = {
    "en": ("please cancel my order #D9000002, I ordered it by mistake", ["Yes", "No"]),
    "fr": ("Je voudrais annuler ma commande #D9000002, je l'ai commandée par erreur", ["Oui", "Non"]),
    "es": ("Quiero cancelar mi pedido #D9000002, lo pedí por error", ["Sí", "No"]),
    "de": ("Ich möchte die Bestellung #D9000002 stornieren, versehentlich bestellt", ["Ja", "Nein"]),
}


@pytest.mark.parametrize("language", CANCELLATIONS)
@pytest.mark.parametrize("press", [0, 1])
async def test_the_buttons_speak_the_customers_language_and_mean_what_they_say(
        shop_service, shop: Store, language: str, press: int) -> None:
    request, labels = CANCELLATIONS[language]
    conversation = f"buttons-{language}-{press}"
    async with shop_service() as service:
        proposal = await service.send(conversation, request, session_customer_id=MIA)
        assert proposal.messages[-1]["quick_replies"] == labels, proposal.messages
        await service.send(conversation, labels[press], session_customer_id=MIA)
    async with shop.sessions() as session:
        status = (await session.get(Order, "#D9000002")).status
    assert status is (OrderStatus.CANCELLED if press == 0 else OrderStatus.PENDING)
