"""The address of a conversation that is not the session's, or of none, gets a page saying so in the browser's
language, where Chainlit's page said "Could not reach the server" (attack16 F12); the session's own conversations,
saved in the chat history or started elsewhere, open as before."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from assistant.web.chat.sessions import ChatIdentity
from assistant.web.chat.thread_page import unavailable_page, unavailable_to

MIA = ChatIdentity(login="demo_mia_novak", customer_id="demo_mia_novak", token_key="k",
                   expires_at=datetime(2030, 1, 1, tzinfo=UTC), account=None)


class Service:
    def __init__(self, owners: dict[str, str]) -> None:
        self.owners = owners  # conversation id -> the account whose state it is

    async def may_follow(self, conversation_id: str, *, customer_id: str | None, account: str | None) -> bool:
        return self.owners.get(conversation_id, account) == account

    async def started(self, conversation_id: str) -> bool:
        return conversation_id in self.owners


class Threads:
    def __init__(self, authors: dict[str, str]) -> None:
        self.authors = authors

    async def author(self, thread_id: str) -> str | None:
        return self.authors.get(thread_id)


RUNTIME = SimpleNamespace(
    service=Service({"mine": "demo_mia_novak", "leos": "demo_leo_martin", "api-mine": "demo_mia_novak"}),
    chat_threads=Threads({"mine": "demo_mia_novak", "leos": "demo_leo_martin", "leos-unstarted": "demo_leo_martin",
                          "new-mine": "demo_mia_novak"}))


@pytest.mark.parametrize(("thread", "unavailable"), [
    ("mine", False), ("new-mine", False),  # a chat saved before its first turn ran is still the customer's
    ("api-mine", False),  # started through the API: no chat thread, the conversation's state is hers
    ("leos", True), ("leos-unstarted", True), ("made-up", True),
])
def test_only_the_sessions_own_conversations_are_available(thread: str, unavailable: bool) -> None:
    assert asyncio.run(unavailable_to(RUNTIME, thread, MIA)) is unavailable  # type: ignore[arg-type]


@pytest.mark.parametrize(("language", "words"), [
    ("en", ["isn&#x27;t yours", "Start a new chat"]), ("fr", ["pas la vôtre", "nouvelle conversation"]),
    ("es", ["no es suya", "conversación nueva"]), ("de", ["gehört nicht Ihnen", "Neues Gespräch"]),
])
def test_the_page_says_it_plainly_in_the_browsers_language(language: str, words: list[str]) -> None:
    page = unavailable_page(language, "/chat")
    body = page.body.decode()
    assert page.status_code == 404
    assert all(word in body for word in words), body
    assert 'href="/chat/"' in body and f'lang="{language}"' in body
    assert "reach the server" not in body
