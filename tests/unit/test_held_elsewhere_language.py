"""A desk reply on the customer's other (held) conversation is told in the language of the chat they have open:
the line saying where it was written, and who wrote it (fresh-eyes #19: an English widget showed "Nuestro equipo
le ha respondido en su otra conversación…" because the held conversation was in Spanish). The agent's own words
are shown as they were typed."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.chat_lines import chat_word
from assistant.web.chat import held_elsewhere
from assistant.web.live import LiveHub
from tests.conftest import REPO_ROOT, run_blocking


@pytest.fixture
def chainlit_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHAINLIT_APP_ROOT", str(REPO_ROOT))
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", "test-chainlit-secret-0123456789abcdef")


async def _relayed(open_chat: str, held_language: str, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    shown: list[dict[str, Any]] = []
    alive = [True]

    class Message:
        def __init__(self, content: str, author: str) -> None:
            self.content, self.author = content, author

        async def send(self) -> None:
            shown.append({"content": self.content, "author": self.author})
            alive[0] = False

    monkeypatch.setattr(held_elsewhere.cl, "Message", Message)
    monkeypatch.setattr(held_elsewhere.WebsocketSession, "get_by_id",
                        staticmethod(lambda _id: object() if alive[0] else None))
    monkeypatch.setattr(held_elsewhere, "SESSION_CHECK_S", 0.1)

    async def language_of(_conversation: str) -> str:
        return held_language

    runtime: Any = SimpleNamespace(live=LiveHub(), service=SimpleNamespace(language_of=language_of))
    relay = asyncio.create_task(held_elsewhere.relay_replies(runtime, "held-1", "session-1", lambda: open_chat))
    await asyncio.sleep(0.2)
    await runtime.live.publish("held-1", {"messages": [{"author": "agent", "text": "Hola Leo, sale hoy."}]})
    await asyncio.wait_for(relay, 5)
    return shown


@pytest.mark.parametrize(("open_chat", "held_language"), [("en", "es"), ("fr", "de"), ("de", "en")])
def test_the_notice_is_in_the_open_chats_language(chainlit_env: None, monkeypatch: pytest.MonkeyPatch,
                                                  open_chat: str, held_language: str) -> None:
    shown = run_blocking(_relayed(open_chat, held_language, monkeypatch))
    assert len(shown) == 1
    assert shown[0]["content"].startswith(chat_word("other_conversation_reply", open_chat)), shown
    assert shown[0]["author"] == chat_word("agent_author", open_chat)
    assert "Hola Leo, sale hoy." in shown[0]["content"]
