"""The line under a customer's turn while an agent holds the conversation: that someone will answer, or, once an
agent has replied, who did (their message is above, and this one has reached them too); and how to ask the
assistant something else meanwhile (a new chat), since the assistant is paused in this one. The agent is named as
a customer should read it: their name without the notes a desk puts in display names ("Ana (desk)" -> "Ana")."""

from __future__ import annotations

import re

from assistant.conversation import TurnResult
from assistant.web.chat.message_text import chat_word

DESK_NOTE = re.compile(r"\s*[(\[][^)\]]*[)\]]")  # "(desk)", "[night shift]"


def customer_facing_name(display_name: str) -> str:
    return " ".join(DESK_NOTE.sub(" ", display_name).split())


def awaiting_agent_line(result: TurnResult, language: str | None) -> str | None:
    """None when no agent holds the conversation."""
    if not result.waiting_for_agent:
        return None
    name = customer_facing_name(result.agent_name) if result.agent_name is not None else None
    if name is None:
        line = chat_word("agent_will_answer", language)
    elif not name:
        line = chat_word("agent_replied", language)
    else:
        line = chat_word("agent_replied_named", language).format(agent=name)
    return f"{line}\n\n{chat_word('assistant_paused', language)}"
