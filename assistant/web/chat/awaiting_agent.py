"""The line under a customer's turn while an agent holds the conversation.

On the turn that hands the chat over, whose reply already says a person will answer: only that the assistant is
paused here and a new chat reaches it. Then every message is acknowledged (desk18 F11: a message left without a
word reads as a broken chat), never with the same paragraph under each (fresh11 F12): the first since the handover
or the agent's last reply with a full sentence, that someone will answer, or, once an agent has replied, who did
(their message is above, and this one has reached them too); the next ones with shorter lines, worded in turn. The
agent is named as a customer should read it: their name without the notes a desk puts in display names
("Ana (desk)" -> "Ana")."""

from __future__ import annotations

import re

from assistant.conversation import TurnResult
from assistant.web.chat.message_text import chat_word

DESK_NOTE = re.compile(r"\s*[(\[][^)\]]*[)\]]")  # "(desk)", "[night shift]"


def customer_facing_name(display_name: str) -> str:
    return " ".join(DESK_NOTE.sub(" ", display_name).split())


# said in turn after the first acknowledgement: short, and never twice in a row
LATER_ACKS = ("added_to_case", "message_passed_on", "messages_with_team")


def awaiting_agent_line(result: TurnResult, language: str | None) -> str | None:
    """None when no agent holds the conversation."""
    if not result.waiting_for_agent:
        return None
    if result.relayed == 0:  # the turn that handed over: its reply says that a person will answer
        return chat_word("assistant_paused", language)
    if result.relayed > 1:
        return chat_word(LATER_ACKS[(result.relayed - 2) % len(LATER_ACKS)], language)
    name = customer_facing_name(result.agent_name) if result.agent_name is not None else None
    if name is None:
        return chat_word("agent_will_answer", language)
    if not name:
        return chat_word("agent_replied", language)
    return chat_word("agent_replied_named", language).format(agent=name)


def one_acknowledgement(waiting: TurnResult | None, result: TurnResult) -> TurnResult | None:
    """Of turns answered together with nothing shown between them (held messages answered at once, fresh25 F3),
    the one whose line is said, once: the hand-over's (its line says the most) if there is one, else the latest.
    `waiting`: the one kept so far in this stretch; None when `result` has no line (no agent holds the chat)."""
    if not result.waiting_for_agent:
        return waiting
    if waiting is not None and waiting.relayed == 0:
        return waiting
    return result
