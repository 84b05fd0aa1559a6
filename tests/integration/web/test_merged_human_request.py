"""A customer who asks for a human again while their ticket is open, from another conversation (issue 20,
fresh-eyes pass): the request is added to the open ticket instead of a new one (here because the customer has
opened as many tickets as the shop allows in a window), and the agent's reply to that ticket reaches the
conversation the customer is in now, not only the one the ticket was opened in."""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

import asyncio

from tests.integration.web.desk_app import Web
from tools.tickets import CUSTOMER_TICKETS_PER_WINDOW

REPLY = "Hi Ethan, Ana here: I have your request, a replacement ships today."
ASK = "I want to talk to a human"


async def test_a_desk_reply_reaches_the_conversation_a_merged_request_came_from(web: Web) -> None:
    ethan = await web.as_("ethan")
    tickets = []
    for number in range(CUSTOMER_TICKETS_PER_WINDOW):
        handed = await web.client.post(f"/api/conversations/held-{number}/messages", headers=ethan,
                                       data={"text": ASK})
        assert handed.status_code == 200 and handed.json()["ticket_id"], handed.text
        tickets.append(handed.json()["ticket_id"])
    again = await web.client.post("/api/conversations/now-here/messages", headers=ethan, data={"text": ASK})
    assert again.status_code == 200, again.text
    latest = (await web.client.get(f"/api/tickets/{tickets[-1]}", headers=ethan)).json()
    said = " ".join(m["text"] for m in again.json()["messages"])
    assert latest["number"] in said, said  # merged into the open ticket
    assert "I want to talk to a human" in [e["body"] for e in latest["events"] if e["kind"] == "customer_message"]

    agent = await web.as_("agent_ana")
    async with web.runtime.live.subscribe("now-here") as live:
        replied = await web.client.post(f"/api/tickets/{tickets[-1]}/reply", headers=agent, json={"text": REPLY})
        assert replied.status_code == 200, replied.text
        event = await asyncio.wait_for(live.get(), timeout=5)
    assert REPLY in [m["text"] for m in event["messages"]]
    assert "now-here" in event["delivered_to"]  # a chat open here shows it once, not also as the other's notice
    here = (await web.client.get("/api/conversations/now-here", headers=ethan)).json()
    assert {"role": "agent", "text": REPLY} in here["transcript"]
    original = (await web.client.get(f"/api/conversations/held-{CUSTOMER_TICKETS_PER_WINDOW - 1}",
                                     headers=ethan)).json()
    assert {"role": "agent", "text": REPLY} in original["transcript"]  # the ticket's own conversation has it too
