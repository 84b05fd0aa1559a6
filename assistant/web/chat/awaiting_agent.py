"""The line under a customer's turn while an agent holds the conversation: that someone will answer, or, once an
agent has replied, who did (their message is above, and this one has reached them too)."""

from __future__ import annotations

from assistant.conversation import TurnResult
from assistant.language_tables import language_table, supported_language
from assistant.settings import PROJECT_ROOT

CHAT_LINES = PROJECT_ROOT / "prompts" / "chat_lines.v1.yaml"


def awaiting_agent_line(result: TurnResult, language: str | None) -> str | None:
    """None when no agent holds the conversation."""
    if not result.waiting_for_agent:
        return None
    lines = language_table(CHAT_LINES)[supported_language(language)]
    if result.agent_name is None:
        return lines["agent_will_answer"]
    if not result.agent_name.strip():
        return lines["agent_replied"]
    return lines["agent_replied_named"].format(agent=result.agent_name.strip())
