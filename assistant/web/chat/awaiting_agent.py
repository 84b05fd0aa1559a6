"""The line under a customer's turn while an agent holds the conversation: that someone will answer, or, once an
agent has replied, who did (their message is above, and this one has reached them too)."""

from __future__ import annotations

from assistant.conversation import TurnResult
from assistant.web.chat.message_text import chat_word


def awaiting_agent_line(result: TurnResult, language: str | None) -> str | None:
    """None when no agent holds the conversation."""
    if not result.waiting_for_agent:
        return None
    if result.agent_name is None:
        return chat_word("agent_will_answer", language)
    if not result.agent_name.strip():
        return chat_word("agent_replied", language)
    return chat_word("agent_replied_named", language).format(agent=result.agent_name.strip())
