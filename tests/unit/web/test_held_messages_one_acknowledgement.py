"""Held messages answered together while an agent holds the chat get ONE line under them (fresh25 F3: four
stacked acknowledgements, "Añadido a su caso…", "También se lo he pasado…", "Nuestro equipo tiene…", under
messages the customer had sent while the turn was held)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from assistant.conversation import TurnResult
from assistant.web.chat import turns
from assistant.web.chat.awaiting_agent import LATER_ACKS
from assistant.web.chat.message_text import chat_word

LANGUAGES = ["en", "fr", "es", "de"]
HANDED_OVER = TurnResult(conversation_id="c", messages=[{"text": "A person will answer (ticket VT-000003).",
                                                         "cards": [], "quick_replies": [], "author": "assistant"}],
                         waiting_for_agent=True)


class _Progress:
    async def show(self, _name: str) -> None: ...
    async def clear(self) -> None: ...


def _shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    class Message:
        def __init__(self, content: str = "", author: str = "") -> None:
            self.content = content

        async def send(self) -> None:
            shown.append(self.content)

    async def show_messages(messages: list[dict[str, Any]], _streamed: Any, language: str | None = None) -> list[Any]:
        shown.extend(message["text"] for message in messages)
        return []

    monkeypatch.setattr(turns.cl, "Message", Message)
    monkeypatch.setattr(turns, "show_messages", show_messages)
    return shown


async def _events(*results: TurnResult) -> AsyncIterator[dict[str, Any]]:
    for result in results:
        yield {"type": "turn", "result": result}


def _relayed(n: int) -> TurnResult:
    return TurnResult(conversation_id="c", messages=[], waiting_for_agent=True, relayed=n)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_held_messages_relayed_with_the_handover_get_one_line(monkeypatch: pytest.MonkeyPatch,
                                                                    language: str) -> None:
    shown = _shown(monkeypatch)
    await turns.show_turn(_events(HANDED_OVER, _relayed(1), _relayed(2), _relayed(3), _relayed(4)), _Progress(),
                          language)  # type: ignore[arg-type]
    assert shown == [HANDED_OVER.messages[0]["text"], chat_word("assistant_paused", language)]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_held_messages_relayed_together_get_the_latest_line_once(monkeypatch: pytest.MonkeyPatch,
                                                                       language: str) -> None:
    shown = _shown(monkeypatch)
    await turns.show_turn(_events(_relayed(2), _relayed(3), _relayed(4)), _Progress(), language)  # type: ignore[arg-type]
    assert shown == [chat_word(LATER_ACKS[2], language)]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_single_message_still_gets_its_line(monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    shown = _shown(monkeypatch)
    await turns.show_turn(_events(_relayed(1)), _Progress(), language)  # type: ignore[arg-type]
    assert shown == [chat_word("agent_will_answer", language)]


async def test_a_reply_between_held_turns_comes_after_the_line_of_the_turns_before_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _shown(monkeypatch)
    answered = _relayed(2).model_copy(update={"messages": [{"text": "It shipped yesterday.", "cards": [],
                                                            "quick_replies": [], "author": "assistant"}]})
    await turns.show_turn(_events(HANDED_OVER, answered, _relayed(3)), _Progress(), "en")  # type: ignore[arg-type]
    assert shown == [HANDED_OVER.messages[0]["text"], chat_word("assistant_paused", "en"), "It shipped yesterday.",
                     chat_word(LATER_ACKS[1], "en")]
