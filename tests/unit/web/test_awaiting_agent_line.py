"""The line under a turn while an agent holds the conversation: on the handover turn, that the assistant is paused
here; then under every message (desk18 F11) an acknowledgement that it reached the team: a full sentence first,
saying who replied once an agent has, then shorter lines worded in turn (fresh11 F12: never the same paragraph under
every message)."""

from __future__ import annotations

import pytest

from assistant.conversation import TurnResult
from assistant.web.chat.awaiting_agent import LATER_ACKS, awaiting_agent_line
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
def test_every_message_is_acknowledged_never_twice_in_a_row_in_the_same_words(language: str) -> None:
    messages = range(1, 3 * len(LATER_ACKS) + 2)
    lines = [awaiting_agent_line(WAITING.model_copy(update={"relayed": n}), language) for n in messages]
    assert all(lines)  # no message is met with silence
    assert all(before != after for before, after in zip(lines, lines[1:], strict=False))
    assert lines[0] == chat_word("agent_will_answer", language)  # the full sentence first
    later = set(lines[1:])
    assert len(later) == len(LATER_ACKS) and lines[0] not in later
    assert all(len(line or "") < len(lines[0] or "") + 40 for line in lines[1:])  # short lines after the first
    assert all(chat_word("assistant_paused", language) not in (line or "") for line in lines)


@pytest.mark.parametrize("language", LANGUAGES)
def test_after_the_agents_reply_the_first_line_names_them_and_the_next_ones_are_short(language: str) -> None:
    lines = [awaiting_agent_line(REPLIED.model_copy(update={"relayed": n}), language) for n in (1, 2, 3)]
    assert "Ana Silva" in (lines[0] or "")
    assert all(line and "Ana" not in line for line in lines[1:]) and lines[1] != lines[2]


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
