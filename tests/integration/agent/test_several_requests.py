"""Two requests in one message (fresh11 F3) through the real graph and store: each write proposed and done after its
own yes, in the order asked; the queue kept in the checkpointed state across turns; nothing written twice."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.conftest import Store
from tools.store.tables import AuditEvent, Order

ETHAN = "ethan_lopez_6291"  # #W6779827, #W6426438, #W8073920, #W9409203 pending; #W8632528 delivered


async def _writes(store: Store, action: str) -> int:
    async with store.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == action)) or 0)


async def _status(store: Store, order_id: str) -> str:
    async with store.sessions() as session:
        order = await session.get(Order, order_id)
    assert order is not None
    return str(getattr(order.status, "value", order.status))


async def test_two_writes_in_one_message_each_after_its_own_yes(service_factory, store: Store, resolver) -> None:
    async with service_factory() as service:
        # the first turns of a process load the models (over the 4 s progress deadline on a busy host)
        await service.send("q0", "where is order #W6779827?", session_customer_id=ETHAN)
        await service.send("q0", "cancel #W6779827 and change the address of #W6426438", session_customer_id=ETHAN)
        first = await service.send(
            "q1", "please drop order #W6779827 since I bought it by accident, and change the shipping address of "
                  "#W6426438 to 9 Cedar Hollow, Apt 4, Tulsa, OK 74103", session_customer_id=ETHAN)
        said = " ".join(m["text"] for m in first.messages)
        assert "#W6779827" in said and "#W6426438" in said  # the second request is said to come next
        state = await service.graph.aget_state(service._config("q1"))
        assert [q["text"] for q in state.values["queued"]] == [
            "change the shipping address of #W6426438 to 9 Cedar Hollow, Apt 4, Tulsa, OK 74103"]
        second = await service.send("q1", "yes", session_customer_id=ETHAN)
        # one yes, one write: the cancellation is done, the address change is proposed and waits for its own yes
        assert await _status(store, "#W6779827") == "cancelled"
        assert await _writes(store, "modify_pending_order_address") == 0
        assert second.messages[-1]["quick_replies"] and "74103" in second.messages[-1]["text"]
        await service.send("q1", "yes", session_customer_id=ETHAN)
        await service.send("q1", "thanks, that's all", session_customer_id=ETHAN)
        state = await service.graph.aget_state(service._config("q1"))
    assert await _writes(store, "cancel_pending_order") == 1
    assert await _writes(store, "modify_pending_order_address") == 1
    assert not state.values.get("queued")


async def test_a_no_to_the_first_still_serves_the_second(service_factory, store: Store, resolver) -> None:
    async with service_factory() as service:
        await service.send("q2", "quiero cancelar el pedido #W8073920, ya no lo necesito, y también cancelar el "
                                 "pedido #W9409203 porque lo pedí por error", session_customer_id=ETHAN)
        declined = await service.send("q2", "no, ese no", session_customer_id=ETHAN)
        assert "#W9409203" in declined.messages[-1]["text"] and declined.messages[-1]["quick_replies"]
        await service.send("q2", "sí", session_customer_id=ETHAN)
    assert await _status(store, "#W8073920") == "pending"
    assert await _status(store, "#W9409203") == "cancelled"


async def test_a_request_added_while_a_proposal_waits_comes_next(service_factory, store: Store, resolver) -> None:
    async with service_factory() as service:
        await service.send("q3", "bitte die Bestellung #W8073920 stornieren, war ein Versehen",
                           session_customer_id=ETHAN)
        added = await service.send("q3", "und außerdem bitte #W9409203 an 9 Cedar Hollow, Apt 4, Tulsa, OK 74103 "
                                         "schicken", session_customer_id=ETHAN)
        # the cancellation is asked again, nothing is written, the address change waits
        assert "#W8073920" in added.messages[-1]["text"] and added.messages[-1]["quick_replies"]
        assert await _writes(store, "cancel_pending_order") == 0
        await service.send("q3", "ja", session_customer_id=ETHAN)
        await service.send("q3", "ja", session_customer_id=ETHAN)
    assert await _status(store, "#W8073920") == "cancelled"
    assert await _writes(store, "modify_pending_order_address") == 1


async def test_a_retried_yes_serves_nothing_twice(service_factory, store: Store, resolver) -> None:
    async with service_factory() as service:
        await service.send("q4", "cancel #W8073920 (I don't need it) and cancel #W9409203 too, ordered it by "
                                 "mistake", session_customer_id=ETHAN)
        await service.send("q4", "yes", session_customer_id=ETHAN, message_id="m-yes-1")
        await service.send("q4", "yes", session_customer_id=ETHAN, message_id="m-yes-1")  # a retry of that yes
        state = await service.graph.aget_state(service._config("q4"))
    assert await _writes(store, "cancel_pending_order") == 1
    assert (state.values.get("pending") or {}).get("arguments", {}).get("order_id") == "#W9409203"


async def test_a_yes_to_both_writes_the_first_and_asks_for_the_second(service_factory, store: Store, resolver
                                                                      ) -> None:
    async with service_factory() as service:
        await service.send("q5", "annulez la commande #W8073920, je n'en ai plus besoin, et annulez aussi la "
                                 "commande #W9409203, commandée par erreur", session_customer_id=ETHAN)
        both = await service.send("q5", "oui pour les deux", session_customer_id=ETHAN)
    assert await _status(store, "#W8073920") == "cancelled"
    assert await _status(store, "#W9409203") == "pending"  # its proposal is on screen, waiting for its own yes
    assert "propre oui" in both.messages[-2]["text"] and "#W9409203" in both.messages[-1]["text"]
