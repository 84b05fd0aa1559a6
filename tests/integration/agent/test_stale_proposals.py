"""A yes confirms only the proposal on screen (attacker pass F2: a cancellation proposed, then a product question,
then "yes" carried out the cancellation, with no reminder and no buttons left). A proposal the customer moved
away from is dropped; a later yes writes nothing."""

import pytest
from sqlalchemy import select

from tests.conftest import Store
from tools.store.tables import AuditEvent, Order

ETHAN = "ethan_lopez_6291"  # #W6779827 pending

# (proposal, an unrelated turn in between, yes) per language
DETOURS = [
    ("cancel #W6779827 please, I ordered it by mistake", "do you have any hoodies for men?", "yes"),
    ("cancel #W6779827 please, I ordered it by mistake", "what's the status of order #W6779827?", "yes"),
    ("annulez la commande #W6779827, je l'ai commandée par erreur", "quel est le statut de ma commande #W6779827 ?",
     "oui"),
    ("cancela el pedido #W6779827, lo pedí por error", "¿tienen chaquetas de mujer?", "sí"),
    ("bitte stornieren Sie die Bestellung #W6779827, ich habe sie aus Versehen bestellt",
     "welche Bestellungen habe ich?", "ja"),
]


async def _writes(store: Store) -> list[str]:
    async with store.sessions() as session:
        return [e.action for e in await session.scalars(select(AuditEvent))
                if e.action != "confirmation_recorded"]


@pytest.mark.parametrize(("proposal", "detour", "yes"), DETOURS)
async def test_a_yes_after_a_detour_does_not_confirm_the_earlier_proposal(
    service_factory, store: Store, proposal: str, detour: str, yes: str
) -> None:
    async with service_factory() as service:
        proposed = await service.send("stale", proposal, session_customer_id=ETHAN)
        assert proposed.messages[-1]["quick_replies"], proposed.messages  # the proposal, with its buttons
        detoured = await service.send("stale", detour, session_customer_id=ETHAN)
        await service.send("stale", yes, session_customer_id=ETHAN)
    if detoured.messages[-1]["quick_replies"]:
        # The detour was answered by asking about the proposal again: the yes is to what is on screen.
        assert "#W6779827" in detoured.messages[-1]["text"]
        return
    assert await _writes(store) == []
    async with store.sessions() as session:
        assert (await session.get(Order, "#W6779827")).status.value == "pending"


async def test_a_yes_to_the_proposal_on_screen_still_confirms_it(service_factory, store: Store) -> None:
    async with service_factory() as service:
        await service.send("fresh", DETOURS[0][0], session_customer_id=ETHAN)
        await service.send("fresh", "hmm, not sure", session_customer_id=ETHAN)  # asked again, buttons shown
        await service.send("fresh", "yes", session_customer_id=ETHAN)
    assert await _writes(store) == ["cancel_pending_order"]


MIA = "demo_mia_novak"  # #D9000002 pending (a jacket), #D9000001 delivered


@pytest.mark.parametrize(("proposal", "other_order", "yes"), [
    ("cancel order D9000002, it's no longer needed", "where is order D9000001?", "yes"),
    ("annulez la commande D9000002, je n'en ai plus besoin", "où en est la commande D9000001 ?", "oui"),
    ("cancela el pedido D9000002, ya no lo necesito", "¿dónde está el pedido D9000001?", "sí"),
    ("storniert bitte die Bestellung D9000002, brauche ich nicht mehr", "wo ist die Bestellung D9000001?", "ja"),
])
async def test_a_question_about_another_order_is_answered_about_it_and_the_proposal_is_asked_again_in_full(
    shop_service, shop: Store, proposal: str, other_order: str, yes: str
) -> None:
    """Attacker re-check N1: "where is order D9000001?" while D9000002's cancellation waited was answered
    "Order #D9000002 is pending. Shall I still go ahead?", and the next yes cancelled D9000002. The other order is
    now answered about itself, then the proposal is asked again in full (its order and action, with its buttons):
    the yes that follows confirms what is on screen, and only that."""
    async with shop_service() as service:
        proposed = await service.send("other", proposal, session_customer_id=MIA)
        assert proposed.messages[-1]["quick_replies"], proposed.messages
        answered = await service.send("other", other_order, session_customer_id=MIA)
        asked_again = answered.messages[-1]
        assert asked_again["quick_replies"] and "#D9000002" in asked_again["text"], answered.messages
        said = " ".join(m["text"] for m in answered.messages)
        assert said.index("D9000001") < said.index("D9000002"), said
        await service.send("other", yes, session_customer_id=MIA)
    assert await _writes(shop) == ["cancel_pending_order"]
    async with shop.sessions() as session:
        assert (await session.get(Order, "#D9000002")).status.value == "cancelled"
        assert (await session.get(Order, "#D9000001")).status.value == "delivered"
