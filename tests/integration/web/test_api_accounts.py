"""Accounts behind the API: demo seeding, the production refusal of demo passwords, and queue filters."""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from assistant.web.auth import verify_password
from tests.conftest import Store
from tests.integration.web.desk_app import ETHAN, OMAR, Web
from tools import accounts
from tools.accounts import NewAccount, create_account
from tools.context import Actor, ToolContext
from tools.demo_accounts import DEMO_AGENT, seed_demo_accounts
from tools.errors import PolicyViolation
from tools.store.enums import TicketCategory, TicketPriority
from tools.store.tables import Account, Ticket
from tools.ticket_views import OpenTicket
from tools.tickets import open_ticket


async def test_demo_accounts_are_seeded_once_and_never_in_production(store: Store) -> None:
    async with store.sessions() as session, session.begin():
        first = await seed_demo_accounts(session)
        again = await seed_demo_accounts(session)
        with pytest.raises(PolicyViolation):
            await seed_demo_accounts(session, production=True)
    # The tau-retail store has no demo customers: only the agent and the customer-less shopper are added.
    assert first == ["agent_ana", "shopper_noah"] and again == []
    async with store.sessions() as session:
        hashes = list(await session.scalars(select(Account.password_hash)))
    assert all(h.startswith("$argon2id$") for h in hashes) and DEMO_AGENT.password not in "".join(hashes)

    agent = await verify_password(store.sessions, DEMO_AGENT.login, DEMO_AGENT.password)
    assert agent is not None and agent.is_agent and agent.customer_id is None
    assert await verify_password(store.sessions, DEMO_AGENT.login, DEMO_AGENT.password, production=True) is None


async def _ticket(store: Store, customer: str, priority: TicketPriority, age: timedelta, action: str) -> int:
    async with store.sessions() as session, session.begin():
        ctx = ToolContext(session, Actor.customer(customer), conversation_id=f"c-{action}")
        view = await open_ticket(ctx, OpenTicket(category=TicketCategory.WRONG_ITEM, summary=action,
                                                 priority=priority), action_id=action)
        await session.execute(update(Ticket).where(Ticket.id == view.id)
                              .values(created_at=datetime.now(UTC) - age, version=Ticket.version))
    return view.id


async def test_queue_filters_by_priority_and_age_most_urgent_first(web: Web) -> None:
    old_normal = await _ticket(web.store, ETHAN, TicketPriority.NORMAL, timedelta(hours=3), "old-normal")
    new_urgent = await _ticket(web.store, OMAR, TicketPriority.URGENT, timedelta(minutes=1), "new-urgent")
    old_urgent = await _ticket(web.store, OMAR, TicketPriority.URGENT, timedelta(hours=5), "old-urgent")
    agent = await web.as_("agent_ana")

    everything = (await web.client.get("/api/tickets", headers=agent)).json()
    assert [t["id"] for t in everything] == [old_urgent, new_urgent, old_normal]
    assert everything[0]["age_s"] >= 5 * 3600 - 5

    urgent = (await web.client.get("/api/tickets", headers=agent, params={"priority": "urgent"})).json()
    assert [t["id"] for t in urgent] == [old_urgent, new_urgent]
    old = (await web.client.get("/api/tickets", headers=agent, params={"older_than_s": 3600})).json()
    assert [t["id"] for t in old] == [old_urgent, old_normal]
    resolved = (await web.client.get("/api/tickets", headers=agent, params={"status": "resolved"})).json()
    assert resolved == []

    await web.client.post("/desk/login", data={"login": "agent_ana", "password": "ana-pass-12"})
    page = await web.client.get("/desk/", params={"priority": "urgent", "older_than_min": 60})
    assert f'href="/desk/tickets/{old_urgent}"' in page.text
    assert f'href="/desk/tickets/{new_urgent}"' not in page.text
    assert f'href="/desk/tickets/{old_normal}"' not in page.text


async def test_an_old_hash_is_upgraded_on_the_next_sign_in(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    async with store.sessions() as session, session.begin():
        await create_account(session, NewAccount(login="agent_old", password="old-pass-123", role="agent"))
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1))
    assert await verify_password(store.sessions, "agent_old", "wrong-pass-1") is None
    assert await _hash_of(store, "agent_old") == "t=1"
    assert await verify_password(store.sessions, "agent_old", "old-pass-123") is not None
    assert await _hash_of(store, "agent_old") == "t=2"
    assert await verify_password(store.sessions, "agent_old", "old-pass-123") is not None


async def _hash_of(store: Store, login: str) -> str:
    async with store.sessions() as session:
        stored = await session.scalar(select(Account.password_hash).where(Account.login == login))
    return stored.split("$")[3].split(",")[1]
