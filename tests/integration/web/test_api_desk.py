"""The desk API on the real graph: a customer asks for a human, an agent replies, hands back and resolves."""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

import asyncio

from sqlalchemy import select

from tests.integration.web.desk_app import ETHAN, Web
from tools.store.enums import TicketEventKind, TicketStatus
from tools.store.tables import Ticket, TicketEvent

REPLY = "Sorry about the crushed parcel! A replacement ships today."


async def _escalate(web: Web, conversation_id: str) -> tuple[dict[str, str], int]:
    ethan = await web.as_("ethan")
    handed = await web.client.post(f"/api/conversations/{conversation_id}/messages", headers=ethan,
                                   data={"text": "I want to talk to a human"})
    assert handed.status_code == 200, handed.text
    assert handed.json()["waiting_for_agent"] and handed.json()["ticket_id"]
    return ethan, handed.json()["ticket_id"]


async def _agent_replies(web: Web, ticket_id: int) -> list[str | None]:
    async with web.store.sessions() as session:
        rows = await session.scalars(select(TicketEvent).where(
            TicketEvent.ticket_id == ticket_id, TicketEvent.kind == TicketEventKind.AGENT_REPLY))
        return [e.body for e in rows]


async def test_an_agent_reply_reaches_the_live_chat_and_the_conversation(web: Web) -> None:
    ethan, ticket_id = await _escalate(web, "desk-1")
    agent = await web.as_("agent_ana")

    queue = await web.client.get("/api/tickets", headers=agent, params={"status": "escalated"})
    assert ticket_id in [t["id"] for t in queue.json()]
    seen = (await web.client.get(f"/api/tickets/{ticket_id}", headers=agent)).json()
    assert seen["waiting_for_agent"] and seen["customer_id"] == ETHAN
    assert {"role": "customer", "text": "I want to talk to a human", "photo": False} in seen["transcript"]

    async with web.runtime.live.subscribe("desk-1") as live:
        replied = await web.client.post(f"/api/tickets/{ticket_id}/reply", headers=agent,
                                        json={"text": REPLY, "expected_version": seen["version"]})
        event = await asyncio.wait_for(live.get(), timeout=5)
    assert replied.status_code == 200, replied.text
    assert replied.json()["delivered"][0]["text"] == REPLY and replied.json()["waiting_for_agent"]
    assert event["action"] == "reply" and event["ticket_id"] == ticket_id
    assert [m["text"] for m in event["messages"]] == [REPLY] and event["messages"][0]["author"] == "agent"

    history = (await web.client.get("/api/conversations/desk-1", headers=ethan)).json()
    assert {"role": "agent", "text": REPLY} in history["transcript"] and history["waiting_for_agent"]
    assert await _agent_replies(web, ticket_id) == [REPLY]

    # The customer writes back while the agent still holds the chat: it goes to the ticket, not the bot.
    relayed = await web.client.post("/api/conversations/desk-1/messages", headers=ethan,
                                    data={"text": "thank you, it was the blue one"})
    assert relayed.json()["messages"] == [] and relayed.json()["waiting_for_agent"]
    detail = (await web.client.get(f"/api/tickets/{ticket_id}", headers=agent)).json()
    assert "thank you, it was the blue one" in [e["body"] for e in detail["events"] if e["kind"] == "customer_message"]


async def test_a_stale_version_is_refused_with_409_and_changes_nothing(web: Web) -> None:
    _, ticket_id = await _escalate(web, "desk-2")
    agent = await web.as_("agent_ana")
    first = (await web.client.get(f"/api/tickets/{ticket_id}", headers=agent)).json()["version"]

    reassigned = await web.client.post(f"/api/tickets/{ticket_id}/assign", headers=await web.as_("agent_bo"),
                                       json={"assignee": "agent_bo", "expected_version": first})
    assert reassigned.status_code == 200 and reassigned.json()["ticket"]["assignee"] == "agent_bo"

    async with web.runtime.live.subscribe("desk-2") as live:
        for path, body in (("/reply", {"text": "stale hello"}), ("/resolve", {"resolution": "stale"}),
                           ("/hand-back", {}), ("/assign", {"assignee": "agent_ana"})):
            stale = await web.client.post(f"/api/tickets/{ticket_id}{path}", headers=agent,
                                          json={**body, "expected_version": first})
            assert stale.status_code == 409, (path, stale.text)
        assert live.empty()
    assert await _agent_replies(web, ticket_id) == []
    async with web.store.sessions() as session:
        ticket = await session.get(Ticket, ticket_id)
    assert ticket.status is TicketStatus.ESCALATED and ticket.assignee == "agent_bo"


async def test_hand_back_then_resolve(web: Web) -> None:
    ethan, ticket_id = await _escalate(web, "desk-3")
    agent = await web.as_("agent_ana")
    version = (await web.client.get(f"/api/tickets/{ticket_id}", headers=agent)).json()["version"]
    async with web.runtime.live.subscribe("desk-3") as live:
        back = await web.client.post(f"/api/tickets/{ticket_id}/hand-back", headers=agent,
                                     json={"expected_version": version})
        event = await asyncio.wait_for(live.get(), timeout=5)
    assert back.status_code == 200 and not back.json()["waiting_for_agent"]
    assert back.json()["ticket"]["status"] == "open" and event["action"] == "hand_back" and event["messages"]
    # The assistant answers again; a later reply from the desk still reaches the chat, as a message from the
    # team, and the assistant keeps the conversation.
    after = await web.client.post("/api/conversations/desk-3/messages", headers=ethan,
                                  data={"text": "what is the status of order #W6779827?"})
    assert "#W6779827 is pending" in " ".join(m["text"] for m in after.json()["messages"])
    async with web.runtime.live.subscribe("desk-3") as live:
        late = await web.client.post(f"/api/tickets/{ticket_id}/reply", headers=agent,
                                     json={"text": "One more thing: it ships today."})
        pushed = await asyncio.wait_for(live.get(), timeout=5)
    assert late.status_code == 200 and not late.json()["waiting_for_agent"]
    assert pushed["messages"][0] == {"text": "One more thing: it ships today.", "cards": [], "quick_replies": [],
                                     "author": "agent"}
    history = (await web.client.get("/api/conversations/desk-3", headers=ethan)).json()
    assert history["transcript"][-1] == {"role": "agent", "text": "One more thing: it ships today."}
    again = await web.client.post("/api/conversations/desk-3/messages", headers=ethan,
                                  data={"text": "what is the status of order #W6779827?"})
    assert "#W6779827 is pending" in " ".join(m["text"] for m in again.json()["messages"])
    unknown = await web.client.post(f"/api/tickets/{ticket_id}/assign", headers=agent,
                                    json={"assignee": "ethan"})
    assert unknown.status_code == 422
    resolved = await web.client.post(f"/api/tickets/{ticket_id}/resolve", headers=agent,
                                     json={"resolution": "replacement sent"})
    assert resolved.status_code == 200 and resolved.json()["ticket"]["status"] == "resolved"
    queue = await web.client.get("/api/tickets", headers=agent)
    assert ticket_id not in [t["id"] for t in queue.json()]
    mine = (await web.client.get(f"/api/tickets/{ticket_id}", headers=ethan)).json()
    assert mine["status"] == "resolved" and "replacement sent" in [e["body"] for e in mine["events"]]


async def test_resolving_a_held_chat_returns_it_to_the_assistant(web: Web) -> None:
    _, ticket_id = await _escalate(web, "desk-4")
    agent = await web.as_("agent_ana")
    resolved = await web.client.post(f"/api/tickets/{ticket_id}/resolve", headers=agent,
                                     json={"resolution": "answered by phone"})
    assert resolved.status_code == 200 and resolved.json()["delivered"]
    history = (await web.client.get("/api/conversations/desk-4", headers=await web.as_("ethan"))).json()
    assert not history["waiting_for_agent"]


async def test_two_agents_replying_at_once_deliver_exactly_one_reply(web: Web) -> None:
    _, ticket_id = await _escalate(web, "desk-5")
    ana, bo = await web.as_("agent_ana"), await web.as_("agent_bo")
    version = (await web.client.get(f"/api/tickets/{ticket_id}", headers=ana)).json()["version"]
    async with web.runtime.live.subscribe("desk-5") as live:
        responses = await asyncio.gather(*(
            web.client.post(f"/api/tickets/{ticket_id}/reply", headers=headers,
                            json={"text": f"reply from {who}", "expected_version": version})
            for who, headers in (("ana", ana), ("bo", bo))))
        assert sorted(r.status_code for r in responses) == [200, 409]
        delivered = [await asyncio.wait_for(live.get(), timeout=5)]
        assert live.empty()
    winner = next(r for r in responses if r.status_code == 200).json()["delivered"][0]["text"]
    assert [m["text"] for m in delivered[0]["messages"]] == [winner]
    assert await _agent_replies(web, ticket_id) == [winner]
    history = (await web.client.get("/api/conversations/desk-5", headers=await web.as_("ethan"))).json()
    assert [t["text"] for t in history["transcript"] if t["role"] == "agent"] == [winner]


async def _hand_back(web: Web, conversation_id: str, ticket_id: int) -> dict:
    agent = await web.as_("agent_ana")
    version = (await web.client.get(f"/api/tickets/{ticket_id}", headers=agent)).json()["version"]
    async with web.runtime.live.subscribe(conversation_id) as live:
        back = await web.client.post(f"/api/tickets/{ticket_id}/hand-back", headers=agent,
                                     json={"expected_version": version})
        event = await asyncio.wait_for(live.get(), timeout=5)
    assert back.status_code == 200 and not back.json()["waiting_for_agent"], back.text
    return event


async def test_a_request_the_agent_left_unanswered_is_picked_up_at_hand_back(web: Web) -> None:
    """fresh12/fresh13 F10: the customer asked something while the desk held the chat, the agent handed back
    without answering it: the assistant says it is back, names what the customer last asked, and answers it
    (it was lost behind "anything else?")."""
    ethan, ticket_id = await _escalate(web, "desk-f10")
    agent = await web.as_("agent_ana")
    await web.client.post(f"/api/tickets/{ticket_id}/reply", headers=agent,
                          json={"text": "Hi Ethan, Ana here. What can I do for you?"})
    asked = "can you change the shipping address of order #W6779827?"  # a write: left to the agent while held
    relayed = await web.client.post("/api/conversations/desk-f10/messages", headers=ethan, data={"text": asked})
    assert relayed.json()["waiting_for_agent"] and relayed.json()["messages"] == []

    event = await _hand_back(web, "desk-f10", ticket_id)
    said = [m["text"] for m in event["messages"]]
    assert said[0].startswith("I'm back") and asked in said[0], said  # what the customer sees: their question named
    assert any("#W6779827" in text for text in said[1:]), said  # ... and taken up (no write without a yes)
    history = (await web.client.get("/api/conversations/desk-f10", headers=ethan)).json()
    customer_turns = [t["text"] for t in history["transcript"] if t["role"] == "customer"]
    assert customer_turns.count(asked) == 1  # read again, not said twice
    # The agent's ticket keeps the question and the assistant's answer to it.
    detail = (await web.client.get(f"/api/tickets/{ticket_id}", headers=agent)).json()
    assert asked in [e["body"] for e in detail["events"] if e["kind"] == "customer_message"]
    # The conversation goes on with the assistant.
    after = await web.client.post("/api/conversations/desk-f10/messages", headers=ethan,
                                  data={"text": "and can you cancel it?"})
    assert not after.json()["waiting_for_agent"] and after.json()["messages"]


async def test_thanks_alone_left_for_the_agent_is_no_request_at_hand_back(web: Web) -> None:
    """Only thanks since the agent's last reply: the plain hand-back line, nothing read again."""
    ethan, ticket_id = await _escalate(web, "desk-f10b")
    agent = await web.as_("agent_ana")
    await web.client.post(f"/api/tickets/{ticket_id}/reply", headers=agent, json={"text": "Done, it ships today."})
    await web.client.post("/api/conversations/desk-f10b/messages", headers=ethan, data={"text": "thanks a lot!"})
    event = await _hand_back(web, "desk-f10b", ticket_id)
    said = [m["text"] for m in event["messages"]]
    assert len(said) == 1 and said[0].startswith("I'm back") and "Is there anything else" in said[0], said
