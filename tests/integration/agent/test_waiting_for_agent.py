"""While the desk holds a conversation (fresh11 F12): each message is counted for the chat's acknowledgements, a
question about the shop's rules is answered at once from the policy, and anything else is left to the agent."""

from __future__ import annotations

import pytest

from assistant.web.chat.awaiting_agent import awaiting_agent_line
from tests.integration.agent.reply_text import texts

MIA = "demo_mia_novak"


@pytest.mark.parametrize(("language", "ask", "question", "answer"), [
    ("en", "I want to talk to a human", "while I wait, how long does a refund to paypal take?", "5-7 business days"),
    ("fr", "je veux parler à quelqu'un", "en attendant, un remboursement sur paypal prend combien de temps ?",
     "5-7 jours ouvrés"),
    ("es", "quiero hablar con una persona", "mientras espero, cuanto tarda un reembolso a paypal?", "5-7 días hábiles"),
    ("de", "ich möchte mit einem Mitarbeiter sprechen", "wie lange dauert eine Erstattung auf PayPal?", "5-7 Werktage"),
])
async def test_a_question_about_the_shops_rules_is_answered_while_the_customer_waits(
        shop_service, language: str, ask: str, question: str, answer: str) -> None:
    async with shop_service() as service:
        handed = await service.send(f"wait-{language}", ask, session_customer_id=MIA)
        asked = await service.send(f"wait-{language}", question, session_customer_id=MIA)
    assert handed.waiting_for_agent and handed.relayed == 0
    assert asked.waiting_for_agent and asked.relayed == 1
    assert answer in texts(asked)


async def test_other_messages_reach_the_agent_with_no_reply_and_are_acknowledged_every_few_messages(
        shop_service) -> None:
    said = ["do you have yoga leggings in blue?", "and what are they made of?", "ok thanks", "any news?", "hello?"]
    async with shop_service() as service:
        handed = await service.send("wait-acks", "I want to talk to a human", session_customer_id=MIA)
        results = [await service.send("wait-acks", text, session_customer_id=MIA) for text in said]
        await service.agent_reply("wait-acks", "agent_ana", "Hi, Ana here: looking into it.", agent_name="Ana Silva")
        after = await service.send("wait-acks", "thanks!", session_customer_id=MIA)
    assert [r.relayed for r in results] == [1, 2, 3, 4, 5] and after.relayed == 1
    assert all(not r.messages for r in results)  # no product answer, no search: the agent holds the chat
    lines = [awaiting_agent_line(r, "en") for r in (handed, *results)]
    assert [line is not None for line in lines] == [True, True, False, False, True, False]
    assert len({line for line in lines if line}) == 3  # the handover note, then two different acknowledgements
    assert "Ana" in (awaiting_agent_line(after, "en") or "")
