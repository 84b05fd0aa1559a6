"""The line under a turn while an agent holds the conversation (fresh11 F12): on the handover turn, that the
assistant is paused here; then, on the first message and every few after it, a short acknowledgement that it reached
the team, worded in turn, saying who replied once an agent has; nothing on the messages in between."""

from __future__ import annotations

import pytest

from assistant.conversation import TurnResult
from assistant.web.chat.awaiting_agent import ACK_EVERY, awaiting_agent_line
from assistant.web.chat.message_text import chat_word

HANDED_OVER = TurnResult(conversation_id="c", messages=[], waiting_for_agent=True)
WAITING = HANDED_OVER.model_copy(update={"relayed": 1})
REPLIED = WAITING.model_copy(update={"agent_name": "Ana Silva"})
REPLIED_UNNAMED = WAITING.model_copy(update={"agent_name": ""})
LANGUAGES = ["en", "fr", "es", "de"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_handover_turn_says_only_that_the_assistant_is_paused_here(language: str) -> None:
    # its reply already said that a person will answer: never the same thing twice in one turn
    assert awaiting_agent_line(HANDED_OVER, language) == chat_word("assistant_paused", language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_before_an_agent_replies_the_customer_is_told_one_will(language: str) -> None:
    before, after = awaiting_agent_line(WAITING, language), awaiting_agent_line(REPLIED, language)
    assert before and after and before != after
    assert "Ana Silva" in after and "Ana Silva" not in before
    assert awaiting_agent_line(REPLIED_UNNAMED, language) not in (before, after)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_same_line_never_comes_under_every_message(language: str) -> None:
    messages = range(1, 3 * ACK_EVERY + 1)
    lines = [awaiting_agent_line(WAITING.model_copy(update={"relayed": n}), language) for n in messages]
    said = [line for line in lines if line]
    assert len(said) == 3 and len(set(said)) == 3  # one a few messages, each worded differently
    assert all(lines[i] is None for i in range(len(lines)) if i % ACK_EVERY)
    assert all(chat_word("assistant_paused", language) not in line for line in said)


def test_the_lines_are_in_the_customers_language() -> None:
    lines = {language: awaiting_agent_line(REPLIED, language) for language in LANGUAGES}
    assert len(set(lines.values())) == 4
    assert "member of our team will answer" not in lines["en"]


def test_nothing_is_said_when_no_agent_holds_the_conversation() -> None:
    assert awaiting_agent_line(TurnResult(conversation_id="c", messages=[]), "en") is None


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("display_name", "said"), [("Ana (desk)", "Ana"), ("Tom Berg (returns team)", "Tom Berg"),
                                                     ("Lena [night shift]", "Lena")])
def test_the_customer_is_told_the_agents_name_without_the_desks_notes(language: str, display_name: str,
                                                                      said: str) -> None:
    line = awaiting_agent_line(WAITING.model_copy(update={"agent_name": display_name}), language)
    assert line and said in line
    assert "(" not in line and "[" not in line and "desk" not in line and "shift" not in line


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reply_in_the_other_conversation_is_told_as_such_in_the_customers_language(language: str) -> None:
    from assistant.web.chat.held_elsewhere import notice_text

    notice = notice_text({"author": "agent", "text": "Hallo"}, language)
    assert notice.startswith(chat_word("other_conversation_reply", language))
    assert chat_word("agent_message", language).format(text="Hallo") in notice
