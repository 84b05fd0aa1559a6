"""API authorization: customers see only their own tickets and chats; only agents use the desk API."""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from assistant.web.auth import DESK_AUDIENCE, issue_token
from tests.conftest import Store
from tests.integration.web.desk_app import ETHAN, OMAR, SECRET, Web
from tools.context import Actor, ToolContext
from tools.store.enums import TicketCategory, TicketEventKind
from tools.store.tables import TicketEvent
from tools.ticket_views import ModelVerdict, OpenTicket
from tools.tickets import add_ticket_event, open_ticket

AGENT_ROUTES = [("post", "/reply", {"text": "hello"}), ("post", "/hand-back", {}),
                ("post", "/resolve", {"resolution": "done"}), ("post", "/assign", {"assignee": "agent_bo"}),
                ("get", "/evidence/0", None)]


async def _ticket(store: Store, customer_id: str, summary: str) -> int:
    async with store.sessions() as session, session.begin():
        ctx = ToolContext(session, Actor.customer(customer_id), conversation_id=f"conv-{customer_id}")
        view = await open_ticket(ctx, OpenTicket(category=TicketCategory.OTHER, summary=summary), action_id="a1")
        agent = ToolContext(session, Actor.agent("agent_ana"))
        await add_ticket_event(agent, view.id, TicketEventKind.NOTE, f"internal note about {customer_id}")
    return view.id


async def test_a_customer_sees_only_their_own_tickets(web: Web) -> None:
    mine = await _ticket(web.store, ETHAN, "ethan's parcel is late")
    theirs = await _ticket(web.store, OMAR, "omar's skateboard is scratched")
    ethan = await web.as_("ethan")

    listed = await web.client.get("/api/tickets", headers=ethan)
    assert listed.status_code == 200
    assert [t["id"] for t in listed.json()] == [mine]

    own = await web.client.get(f"/api/tickets/{mine}", headers=ethan)
    assert own.status_code == 200 and own.json()["summary"] == "ethan's parcel is late"
    # Internal notes and photo URLs are for the desk only.
    assert all(e["kind"] != "note" for e in own.json()["events"]) and own.json()["transcript"] == []

    other = await web.client.get(f"/api/tickets/{theirs}", headers=ethan)
    assert other.status_code == 404 and "scratched" not in other.text


async def test_a_customer_is_not_shown_the_triage_models_verdict_but_the_agent_is(web: Web) -> None:
    async with web.store.sessions() as session, session.begin():
        ctx = ToolContext(session, Actor.customer(ETHAN), conversation_id=f"conv-{ETHAN}")
        view = await open_ticket(ctx, OpenTicket(
            category=TicketCategory.OTHER, summary="wrong colour", verdict=ModelVerdict(
                label="wrong_colour_or_size", confidence=0.83, model_name="resolver:test", prompt_version="triage.v1")),
            action_id="v1")
    own = await web.client.get(f"/api/tickets/{view.id}", headers=await web.as_("ethan"))
    desk = await web.client.get(f"/api/tickets/{view.id}", headers=await web.as_("agent_ana"))
    assert own.status_code == 200 and own.json()["verdict"] is None and "resolver:test" not in own.text
    assert desk.json()["verdict"]["model_name"] == "resolver:test"


async def test_customers_and_plain_users_cannot_use_the_desk_api(web: Web) -> None:
    ticket = await _ticket(web.store, ETHAN, "parcel crushed")
    for login in ("ethan", "shopper_noah"):
        headers = await web.as_(login)
        for method, path, body in AGENT_ROUTES:
            response = await web.client.request(method, f"/api/tickets/{ticket}{path}", headers=headers, json=body)
            assert response.status_code == 403, (login, path, response.text)
    # A signed-in user with no customer and no agent role reads no tickets at all.
    assert (await web.client.get("/api/tickets", headers=await web.as_("shopper_noah"))).status_code == 403
    async with web.store.sessions() as session:
        view = await _events(session, ticket)
    assert [e for e in view if e in ("agent_reply", "resolved", "assigned", "handed_back")] == []


async def _events(session: AsyncSession, ticket_id: int) -> list[str]:
    rows = await session.scalars(select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket_id))
    return [kind.value for kind in rows]


async def test_a_disabled_agent_is_refused_even_with_a_token_issued_before(web: Web) -> None:
    ticket = await _ticket(web.store, ETHAN, "parcel crushed")
    login = await web.client.post("/api/token", json={"login": "agent_off", "password": "off-pass-12"})
    assert login.status_code == 401
    earlier = issue_token(SECRET, subject="agent_off", role="agent", customer_id=None, ttl_s=600)
    response = await web.client.get(f"/api/tickets/{ticket}", headers={"Authorization": f"Bearer {earlier}"})
    assert response.status_code == 403


async def test_an_agent_reads_any_ticket_with_notes_and_photo_links(web: Web) -> None:
    ticket = await _ticket(web.store, OMAR, "skateboard scratched")
    response = await web.client.get(f"/api/tickets/{ticket}", headers=await web.as_("agent_ana"))
    assert response.status_code == 200
    assert "note" in [e["kind"] for e in response.json()["events"]]


@pytest.mark.parametrize("case", ["missing", "expired", "forged", "desk_cookie_as_bearer", "garbage"])
async def test_bad_tokens_get_401(web: Web, case: str) -> None:
    now = datetime.now(UTC)
    tokens = {
        "missing": None,
        "expired": issue_token(SECRET, subject="agent_ana", role="agent", customer_id=None, ttl_s=60,
                               now=now - timedelta(hours=2)),
        "forged": issue_token("someone-elses-secret", subject="agent_ana", role="agent", customer_id=None, ttl_s=600),
        "desk_cookie_as_bearer": issue_token(SECRET, subject="agent_ana", role="agent", customer_id=None, ttl_s=600,
                                             audience=DESK_AUDIENCE),
        "garbage": "not.a.jwt",
    }
    token = tokens[case]
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await web.client.get("/api/tickets", headers=headers)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


async def test_a_forged_role_claim_does_not_make_an_agent(web: Web) -> None:
    # A token for ethan claiming the agent role, properly signed: the account's real role still wins.
    token = issue_token(SECRET, subject="ethan", role="agent", customer_id=None, ttl_s=600)
    response = await web.client.get("/api/tickets", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403


async def test_wrong_password_and_unknown_login_get_401(web: Web) -> None:
    for body in ({"login": "ethan", "password": "wrong-pass"}, {"login": "nobody", "password": "whatever1"}):
        response = await web.client.post("/api/token", json=body)
        assert response.status_code == 401 and "access_token" not in response.text


async def test_a_customer_cannot_read_or_write_another_customers_conversation(web: Web) -> None:
    omar = await web.as_("omar")
    started = await web.client.post("/api/conversations/omar-chat/messages", headers=omar,
                                    data={"text": "where is my order #W6304490?"})
    assert started.status_code == 200 and started.json()["customer_id"] == OMAR
    ethan = await web.as_("ethan")
    assert (await web.client.get("/api/conversations/omar-chat", headers=ethan)).status_code == 404
    hijack = await web.client.post("/api/conversations/omar-chat/messages", headers=ethan, data={"text": "hi"})
    assert hijack.status_code == 404
    history = await web.client.get("/api/conversations/omar-chat", headers=omar)
    assert history.status_code == 200
    assert [t["text"] for t in history.json()["transcript"] if t["role"] == "customer"] == [
        "where is my order #W6304490?"]
    # An agent token is not a customer session.
    agent = await web.as_("agent_ana")
    assert (await web.client.get("/api/conversations/omar-chat", headers=agent)).status_code == 403


async def test_repeated_wrong_passwords_are_throttled_even_when_the_next_one_is_right(web: Web) -> None:
    for _ in range(5):
        wrong = await web.client.post("/api/token", json={"login": "agent_ana", "password": "guess-123"})
        assert wrong.status_code == 401
    right = await web.client.post("/api/token", json={"login": "agent_ana", "password": "ana-pass-12"})
    assert right.status_code == 429 and int(right.headers["retry-after"]) > 0
    desk = await web.client.post("/desk/login", data={"login": "agent_ana", "password": "ana-pass-12"})
    assert desk.status_code == 429 and "Too many wrong passwords" in desk.text
    # Other accounts are not locked out by someone guessing Ana's password.
    other = await web.client.post("/api/token", json={"login": "agent_bo", "password": "bo-pass-123"})
    assert other.status_code == 200
