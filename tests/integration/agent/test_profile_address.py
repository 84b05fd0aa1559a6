"""A customer changes the default address on their account in chat: the proposal spells out the new address,
nothing changes before an explicit yes, the yes is recorded for exactly that address, and the write happens
once, for the verified customer only."""

from sqlalchemy import func, select

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.tables import AuditEvent, Confirmation, Customer, Order

NOAH, NOAH_EMAIL = "noah_brown_6181", "noah.brown7922@example.com"  # 986 Sunset Drive, Suite 259, Denver, CO 80279
NOAHS_ORDER = "#W7678072"
CURRENT = "986 Sunset Drive, Suite 259, Denver, CO 80279, USA"
NEW = "12 Oak Lane, Apt 3, Portland, OR 97201, USA"
NEW_FIELDS = {"address1": "12 Oak Lane", "address2": "Apt 3", "city": "Portland", "state": "OR", "country": "USA",
              "zip": "97201"}




async def _address(store: Store, model: type, key: str) -> dict[str, str]:
    async with store.sessions() as session:
        row = await session.get(model, key)
        return {field: getattr(row, field) for field in NEW_FIELDS}


async def _count(store: Store, *where) -> int:
    async with store.sessions() as session:
        return await session.scalar(select(func.count()).select_from(AuditEvent).where(*where))


async def test_default_address_changes_after_an_explicit_yes_and_only_once(service_factory, store: Store) -> None:
    before = await _address(store, Customer, NOAH)
    order_before = await _address(store, Order, NOAHS_ORDER)
    async with service_factory() as service:
        asked = await service.send("p1", "I'd like to change the default address on my account")
        assert "verify" in texts(asked).lower()
        verified = await service.send("p1", f"my email is {NOAH_EMAIL}")
        assert "Noah" in texts(verified) and "new default address" in texts(verified)
        assert "986 Sunset Drive" in texts(verified)
        proposal = await service.send("p1", "it's 12 Oak Lane, Apt 3, Portland, OR 97201")
        assert f"from {CURRENT} to {NEW}?" in texts(proposal)
        assert proposal.messages[-1]["quick_replies"] == ["Yes", "No"]
        assert await _address(store, Customer, NOAH) == before  # nothing happens before the yes
        done = await service.send("p1", "yes")
        assert f"default address on your account is now {NEW}" in texts(done)
        again = await service.send("p1", "yes")
    assert "default address" not in texts(again)  # a second yes has nothing left to confirm
    assert await _address(store, Customer, NOAH) == NEW_FIELDS
    assert await _address(store, Order, NOAHS_ORDER) == order_before  # placed orders keep their address
    assert await _count(store, AuditEvent.action == "modify_customer_address", AuditEvent.subject_id == NOAH) == 1
    async with store.sessions() as session:
        yeses = await session.scalars(
            select(Confirmation).where(Confirmation.action == "modify_customer_address"))
    assert [(c.customer_id, c.arguments, c.consumed_at is not None) for c in yeses.all()] == [(NOAH, NEW_FIELDS, True)]


async def test_no_keeps_the_address_and_a_signed_in_customer_can_ask_in_one_go(service_factory, store: Store) -> None:
    before = await _address(store, Customer, NOAH)
    async with service_factory() as service:
        proposal = await service.send(
            "p2", "please update my profile address to 12 Oak Lane, Apt 3, Portland, OR 97201", session_customer_id=NOAH
        )
        assert f"to {NEW}?" in texts(proposal)
        refused = await service.send("p2", "no", session_customer_id=NOAH)
    assert "haven't changed anything" in texts(refused)
    assert await _address(store, Customer, NOAH) == before
    assert await _count(store) == 0


async def test_the_same_address_is_not_proposed_again(service_factory) -> None:
    async with service_factory() as service:
        same = await service.send("p3", "change my default address to 986 Sunset Drive, Suite 259, Denver, CO 80279",
                                  session_customer_id=NOAH)
    assert "already the default address" in texts(same) and not same.messages[-1]["quick_replies"]


async def test_a_french_customer_changes_it_in_french(service_factory, store: Store) -> None:
    async with service_factory() as service:
        asked = await service.send("p4", "Bonjour, je voudrais changer l'adresse par défaut de mon compte",
                                   session_customer_id=NOAH)
        assert "nouvelle adresse par défaut" in texts(asked)
        proposal = await service.send("p4", "c'est 12 Oak Lane, Apt 3, Portland, OR 97201", session_customer_id=NOAH)
        assert f"par {NEW} ?" in texts(proposal)
        done = await service.send("p4", "oui", session_customer_id=NOAH)
    assert f"est désormais {NEW}" in texts(done)
    assert await _address(store, Customer, NOAH) == NEW_FIELDS
