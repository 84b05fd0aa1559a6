"""Which held conversation a chat elsewhere follows (`thread_to_resume`): only one the desk holds for this account,
and only while it is recent. Which conversations a new visit's widget does not reopen (`held_threads`): every
recent thread of the account the desk holds, however long ago it was last active (fresh12 F11)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from assistant.web.chat.threads import RESUME_WINDOW, chainlit_time, held_threads, thread_to_resume

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


class Threads:
    def __init__(self, rows: list[tuple[str, str | None]]) -> None:
        self.rows = rows

    async def recent(self, account: str, limit: int = 5) -> list[tuple[str, str | None]]:
        return self.rows


class Service:
    def __init__(self, held: set[str], own: set[str]) -> None:
        self.held, self.own = held, own

    async def may_follow(self, conversation_id: str, *, customer_id: str | None, account: str | None) -> bool:
        return conversation_id in self.own

    async def waiting_for_agent(self, conversation_id: str) -> bool:
        return conversation_id in self.held


def resumed(rows: list[tuple[str, str | None]], held: set[str], own: set[str] | None = None) -> str | None:
    return asyncio.run(thread_to_resume(Threads(rows), Service(held, own if own is not None else held),  # type: ignore[arg-type]
                                        account="a", customer_id="c", now=NOW))


def test_a_recent_held_conversation_is_resumed() -> None:
    assert resumed([("t1", chainlit_time(NOW - timedelta(minutes=5)))], {"t1"}) == "t1"


def test_a_held_conversation_gone_quiet_for_longer_than_the_window_is_not_resumed() -> None:
    assert resumed([("t1", chainlit_time(NOW - RESUME_WINDOW - timedelta(minutes=1)))], {"t1"}) is None
    assert resumed([("t1", chainlit_time(NOW - timedelta(days=3)))], {"t1"}) is None


def test_a_thread_with_no_messages_is_not_resumed() -> None:
    assert resumed([("t1", None)], {"t1"}) is None


def test_a_conversation_not_held_or_not_the_customers_is_not_resumed() -> None:
    recent = chainlit_time(NOW - timedelta(minutes=1))
    assert resumed([("t1", recent)], set()) is None
    assert resumed([("t1", recent)], {"t1"}, own=set()) is None


def test_held_threads_are_the_accounts_held_conversations_of_any_age_and_only_its_own() -> None:
    rows = [("t1", chainlit_time(NOW - timedelta(days=3))), ("t2", chainlit_time(NOW)), ("t3", None), ("t4", None)]
    service = Service(held={"t1", "t3", "t4"}, own={"t1", "t2", "t3"})
    assert asyncio.run(held_threads(Threads(rows), service, account="a", customer_id="c")) == ["t1", "t3"]  # type: ignore[arg-type]
