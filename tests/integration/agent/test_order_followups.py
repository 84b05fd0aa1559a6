"""Follow-ups in order conversations (resolver backend, real tau-retail store): a greeting does not hold the
conversation, "what are my options?" is answered by the order's status, and a swap's price difference is
settled with the payment method the customer chooses."""

from sqlalchemy import select

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order
from tools.store.tables.orders import OrderAdjustment

LIAM_EMAIL = "liam.li2557@example.com"  # delivered #W8512927 with skateboard 5120532699, one credit card
JUAN = "juan_smith_9901"  # delivered #W3547545 (cycling helmet, tea kettle)
ETHAN = "ethan_lopez_6291"  # pending #W6779827
OMAR = "omar_silva_7446"  # pending #W9673784; PayPal, a Mastercard ending 5859 and a gift card




async def test_a_greeting_with_the_email_leaves_no_topic_to_capture_the_request(service_factory) -> None:
    async with service_factory() as service:
        verified = await service.send("f1", f"hello there, my email is {LIAM_EMAIL}")
        assert verified.customer_id == "liam_li_5260"
        proposal = await service.send("f1", "can I send back skateboard 5120532699 from #W8512927? it cracked")
    assert "return Skateboard from order #W8512927" in texts(proposal)
    assert proposal.messages[-1]["quick_replies"] == ["Yes", "No"]


async def test_options_for_a_delivered_order_list_return_and_exchange_and_change_nothing(
    service_factory, store: Store
) -> None:
    async with service_factory() as service:
        answer = await service.send("f2", "the kettle in order #W3547545 is not as pictured, what can I do?",
                                    session_customer_id=JUAN)
    said = texts(answer).lower()
    assert "#w3547545 is delivered" in said and "return" in said and "exchange" in said
    assert not answer.messages[-1]["quick_replies"]  # nothing proposed, so nothing to confirm
    async with store.sessions() as session:
        assert (await session.get(Order, "#W3547545")).status is OrderStatus.DELIVERED


async def test_options_asked_before_verification_are_answered_after_it(service_factory) -> None:
    async with service_factory() as service:
        first = await service.send("f3", "what are my options for order #W6779827?")
        assert "verify" in texts(first).lower()
        answer = await service.send("f3", "ethan.lopez8943@example.com")
    assert "#W6779827 is still pending" in texts(answer) and "cancel" in texts(answer)


async def test_a_swap_asks_which_method_settles_the_difference_and_uses_the_answer(
    service_factory, store: Store
) -> None:
    async with service_factory() as service:
        asked = await service.send("f4", "in order #W9673784 please swap item 9884666842 for 7806008610",
                                   session_customer_id=OMAR)
        assert "PayPal" in texts(asked) and "Mastercard ending 5859" in texts(asked)
        assert "paypal_2192303" not in texts(asked)  # internal ids are never shown
        assert not asked.messages[-1]["quick_replies"]  # a question, not yet a proposal
        proposal = await service.send("f4", "use my mastercard", session_customer_id=OMAR)
        assert "Mastercard ending 5859" in texts(proposal) and "yes or no" in texts(proposal)
        done = await service.send("f4", "yes", session_customer_id=OMAR)
    assert "Mastercard ending 5859" in texts(done)
    async with store.sessions() as session:
        adjustment = (await session.scalars(select(OrderAdjustment).where(
            OrderAdjustment.order_id == "#W9673784"))).one()
    assert adjustment.payment_method_id == "credit_card_5322562"
