"""Scripted conversations through the agent graph (resolver backend, real store)."""

from sqlalchemy import func, select

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order, PaymentMethod, Ticket

ETHAN_EMAIL = "ethan.lopez8943@example.com"  # ethan_lopez_6291, pending #W6779827 paid by gift card (balance 49)




async def _status(store: Store, order_id: str) -> OrderStatus:
    async with store.sessions() as session:
        return (await session.get(Order, order_id)).status


async def test_order_data_needs_verification_first(service_factory) -> None:
    async with service_factory() as service:
        first = await service.send("c1", "Where is my order #W6779827?")
        assert "verify" in texts(first).lower() and "#W6779827" not in texts(first)
        verified = await service.send("c1", f"my email is {ETHAN_EMAIL}")
    assert verified.customer_id == "ethan_lopez_6291"
    assert "Ethan" in texts(verified) and "#W6779827 is pending" in texts(verified)


async def test_cancel_with_yes_cancels_once_and_refunds_the_gift_card(service_factory, store: Store) -> None:
    async with service_factory() as service:
        await service.send("c2", f"hi, I'm {ETHAN_EMAIL}")
        asked = await service.send("c2", "I want to cancel order #W6779827")
        assert "no longer needed" in texts(asked)
        proposal = await service.send("c2", "I don't need it anymore")
        assert "cancel order #W6779827" in texts(proposal) and proposal.messages[-1]["quick_replies"] == ["Yes", "No"]
        assert await _status(store, "#W6779827") is OrderStatus.PENDING  # nothing happens before the yes
        done = await service.send("c2", "yes")
    assert "cancelled" in texts(done)
    assert await _status(store, "#W6779827") is OrderStatus.CANCELLED
    async with store.sessions() as session:
        card = await session.get(PaymentMethod, "gift_card_7219486")
    assert card.balance_cents > 4900


async def test_cancel_with_no_changes_nothing(service_factory, store: Store) -> None:
    async with service_factory() as service:
        await service.send("c3", ETHAN_EMAIL, session_customer_id=None)
        await service.send("c3", "please cancel #W6779827, I ordered it by mistake")
        refused = await service.send("c3", "no")
    assert "haven't changed anything" in texts(refused)
    assert await _status(store, "#W6779827") is OrderStatus.PENDING


async def test_session_customer_skips_verification_and_cannot_reach_other_orders(service_factory) -> None:
    async with service_factory() as service:
        mine = await service.send("c4", "status of #W6779827", session_customer_id="ethan_lopez_6291")
        theirs = await service.send("c4", "and order #W5918442?", session_customer_id="ethan_lopez_6291")
    assert "#W6779827 is pending" in texts(mine)
    assert "couldn't find order #W5918442" in texts(theirs)


async def test_return_of_a_delivered_item_after_restart_mid_conversation(service_factory, store: Store) -> None:
    async with service_factory() as service:
        await service.send("c5", "I want to return something from order #W6304490",
                           session_customer_id="omar_khan_2363")
        asked = await service.send("c5", "the skateboard, item 6956751343", session_customer_id="omar_khan_2363")
        assert "return" in texts(asked).lower() and "yes or no" in texts(asked)
    async with service_factory() as restarted:  # a new process: same store, same checkpoint file
        done = await restarted.send("c5", "yes please", session_customer_id="omar_khan_2363")
    assert "return" in texts(done).lower()
    assert await _status(store, "#W6304490") is OrderStatus.RETURN_REQUESTED


async def test_escalation_round_trip_with_the_desk(service_factory, store: Store) -> None:
    async with service_factory() as service:
        handed = await service.send("c6", "I want to talk to a human", session_customer_id="ethan_lopez_6291")
        assert handed.waiting_for_agent and handed.ticket_id
        relayed = await service.send("c6", "my parcel arrived crushed", session_customer_id="ethan_lopez_6291")
        assert relayed.messages == [] and relayed.waiting_for_agent
    async with service_factory() as desk:  # the desk runs in another process
        reply = await desk.agent_reply("c6", "alice", "Sorry about that! I'm sending a replacement today.")
        assert reply.messages[0]["text"] == "Sorry about that! I'm sending a replacement today."
        assert reply.messages[0]["author"] == "agent" and reply.waiting_for_agent
        back = await desk.hand_back("c6", "alice")
        assert not back.waiting_for_agent and "back" in texts(back)
        after = await desk.send("c6", "thanks!", session_customer_id="ethan_lopez_6291")
    assert after.messages and not after.waiting_for_agent
    async with store.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Ticket)) == 1
        ticket = await session.scalar(select(Ticket))
    assert ticket.status.value == "escalated" and ticket.customer_id == "ethan_lopez_6291"


async def test_the_hand_back_line_is_in_the_language_the_customer_wrote_in_while_held(service_factory) -> None:
    """Escalated from a message read as English, then the customer writes German (or French) while the desk holds
    the conversation: the assistant's line when it is handed back is in that language, not the one before."""
    cases = {"c7de": ("Ich möchte bitte mit einem Mitarbeiter sprechen, mein Paket ist beschädigt angekommen.",
                      "Ich bin wieder da"),
             "c7fr": ("Bonjour, je voudrais savoir quand mon colis arrivera, merci beaucoup.", "Me revoilà")}
    async with service_factory() as service:
        for conversation, (held_message, back_words) in cases.items():
            handed = await service.send(conversation, "I want to talk to a human",
                                        session_customer_id="ethan_lopez_6291")
            assert handed.waiting_for_agent
            await service.send(conversation, held_message, session_customer_id="ethan_lopez_6291")
            back = await service.hand_back(conversation, "alice")
            assert back_words in texts(back), texts(back)


async def test_a_request_left_with_the_desk_is_picked_up_at_hand_back_and_its_write_needs_its_own_yes(
        service_factory, store: Store) -> None:
    """fresh13 F10/C7: asked while the desk held the chat, unanswered when it handed back: the hand-back names it
    and answers it; the cancellation it leads to still waits for the customer's yes. A request for a person (met
    by the agent) and a question the shop's rules answered at once are not read again."""
    async with service_factory() as service:
        await service.send("c10", "I want to talk to a human", session_customer_id="ethan_lopez_6291")
        await service.send("c10", "Je voudrais parler à un conseiller svp", session_customer_id="ethan_lopez_6291")
        await service.send("c10", "merci ! et est-ce que je peux annuler la commande #W6779827 ?",
                           session_customer_id="ethan_lopez_6291")
        await service.send("c10", "merci", session_customer_id="ethan_lopez_6291")
        back = await service.hand_back("c10", "alice")
        said = texts(back)
        assert not back.waiting_for_agent and "Me revoilà" in said and "annuler la commande #W6779827" in said, said
        assert "#W6779827" in back.messages[-1]["text"] and len(back.messages) == 2, said
        async with store.sessions() as session:
            order = await session.get(Order, "#W6779827")
            assert order.status is OrderStatus.PENDING  # nothing written at hand-back
        done = await service.send("c10", "oui", session_customer_id="ethan_lopez_6291")
        async with store.sessions() as session:
            order = await session.get(Order, "#W6779827")
        assert order.status is OrderStatus.CANCELLED, texts(done)

        await service.send("c11", "I want to talk to a human", session_customer_id="ethan_lopez_6291")
        await service.send("c11", "Ich möchte bitte mit einem Mitarbeiter sprechen, mein Paket ist beschädigt.",
                           session_customer_id="ethan_lopez_6291")
        again = await service.hand_back("c11", "alice")
        assert not again.waiting_for_agent and len(again.messages) == 1, texts(again)
        assert "Ich bin wieder da" in texts(again) and "Kann ich sonst noch helfen" in texts(again)
