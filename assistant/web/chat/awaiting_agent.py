"""The line under a customer's turn while an agent holds the conversation (fresh11 F12: never the same paragraph
under every message).

On the turn that hands the chat over, whose reply already says a person will answer: only that the assistant is
paused here and a new chat reaches it. Then an acknowledgement that the message reached the team, on the first
message and every `ACK_EVERY` messages after it, worded in turn: that someone will answer, or, once an agent has
replied, who did (their message is above, and this one has reached them too); messages in between get none. The
agent is named as a customer should read it: their name without the notes a desk puts in display names
("Ana (desk)" -> "Ana")."""

from __future__ import annotations

import re

from assistant.conversation import TurnResult
from assistant.web.chat.message_text import chat_word

DESK_NOTE = re.compile(r"\s*[(\[][^)\]]*[)\]]")  # "(desk)", "[night shift]"


def customer_facing_name(display_name: str) -> str:
    return " ".join(DESK_NOTE.sub(" ", display_name).split())


ACK_EVERY = 3  # customer messages per acknowledgement while they wait
LATER_ACKS = ("message_passed_on", "messages_with_team")  # said in turn after the first acknowledgement


def awaiting_agent_line(result: TurnResult, language: str | None) -> str | None:
    """None when no agent holds the conversation, or for a message between two acknowledgements."""
    if not result.waiting_for_agent:
        return None
    if result.relayed == 0:  # the turn that handed over: its reply says that a person will answer
        return chat_word("assistant_paused", language)
    if (result.relayed - 1) % ACK_EVERY:
        return None
    later = (result.relayed - 1) // ACK_EVERY
    if later:
        return chat_word(LATER_ACKS[(later - 1) % len(LATER_ACKS)], language)
    name = customer_facing_name(result.agent_name) if result.agent_name is not None else None
    if name is None:
        return chat_word("agent_will_answer", language)
    if not name:
        return chat_word("agent_replied", language)
    return chat_word("agent_replied_named", language).format(agent=name)
