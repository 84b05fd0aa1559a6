"""The line under a turn while an agent holds the conversation: it says whether an agent has replied, and who."""

from __future__ import annotations

import pytest

from assistant.conversation import TurnResult
from assistant.web.chat.awaiting_agent import awaiting_agent_line

WAITING = TurnResult(conversation_id="c", messages=[], waiting_for_agent=True)
REPLIED = WAITING.model_copy(update={"agent_name": "Ana Silva"})
REPLIED_UNNAMED = WAITING.model_copy(update={"agent_name": ""})


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
def test_before_an_agent_replies_the_customer_is_told_one_will(language: str) -> None:
    before, after = awaiting_agent_line(WAITING, language), awaiting_agent_line(REPLIED, language)
    assert before and after and before != after
    assert "Ana Silva" in after and "Ana Silva" not in before
    assert awaiting_agent_line(REPLIED_UNNAMED, language) not in (before, after)


def test_the_lines_are_in_the_customers_language() -> None:
    lines = {language: awaiting_agent_line(REPLIED, language) for language in ("en", "fr", "es", "de")}
    assert len(set(lines.values())) == 4
    assert "member of our team will answer" not in lines["en"]


def test_nothing_is_said_when_no_agent_holds_the_conversation() -> None:
    assert awaiting_agent_line(TurnResult(conversation_id="c", messages=[]), "en") is None


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
@pytest.mark.parametrize(("display_name", "said"), [("Ana (desk)", "Ana"), ("Tom Berg (returns team)", "Tom Berg"),
                                                     ("Lena [night shift]", "Lena")])
def test_the_customer_is_told_the_agents_name_without_the_desks_notes(language: str, display_name: str,
                                                                      said: str) -> None:
    line = awaiting_agent_line(WAITING.model_copy(update={"agent_name": display_name}), language)
    assert line and said in line
    assert "(" not in line and "[" not in line and "desk" not in line and "shift" not in line


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
@pytest.mark.parametrize("result", [WAITING, REPLIED, REPLIED_UNNAMED])
def test_the_customer_is_told_the_assistant_is_paused_here_and_how_to_reach_it(language: str,
                                                                                 result: TurnResult) -> None:
    from assistant.web.chat.message_text import chat_word

    line = awaiting_agent_line(result, language)
    assert line and chat_word("assistant_paused", language) in line


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
def test_a_reply_in_the_other_conversation_is_told_as_such_in_the_customers_language(language: str) -> None:
    from assistant.web.chat.held_elsewhere import notice_text
    from assistant.web.chat.message_text import chat_word

    notice = notice_text({"author": "agent", "text": "Hallo"}, language)
    assert notice.startswith(chat_word("other_conversation_reply", language))
    assert chat_word("agent_message", language).format(text="Hallo") in notice
