"""What a customer can still do with an order, by its status (the tau-retail policy the order tools enforce).

Answers "what are my options?" after a complaint or about an order, without proposing any write: the
customer picks an option in their next turn and the usual flow (with its yes/no) takes over.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.state import ConversationState, Reply

# Asking what can be done, in the languages the shop answers in.
OPTIONS_QUESTION = re.compile(
    r"\bwhat (?:are|r) (?:my|the) (?:options|choices)\b|\bwhat (?:options|choices) do i have\b"
    r"|\bwhat (?:can|could) (?:i|you|we) do\b|\bwhat do you (?:suggest|offer)\b|\bhow can you make (?:it|this) right\b"
    r"|\bquelles sont mes (?:options|possibilités)\b|\bquels sont mes choix\b|\bque (?:puis-je|pouvez-vous) faire\b"
    r"|\bqué opciones tengo\b|\bcuáles son mis opciones\b|\bqué (?:puedo|pueden|puede) hacer\b"
    r"|\bwas sind (?:meine|die) (?:möglichkeiten|optionen)\b"
    r"|\bwelche (?:möglichkeiten|optionen) habe ich\b|\bwas kann ich (?:tun|machen)\b|\bwas können sie tun\b",
    re.I,
)
# The slot that keeps the question open while identity or the order number is asked for first.
OPTIONS_SLOT = "options_asked"
OPTIONS_KEY = {
    "pending": "options_pending",
    "processed": "options_processed",
    "delivered": "options_delivered",
}


def asks_for_options(state: ConversationState) -> bool:
    """The customer asks what can be done (this turn, or earlier in the open topic); a photo in this turn is
    answered by the photo triage instead, which proposes its own remedy."""
    incoming = state.get("incoming") or {}
    if incoming.get("photo"):
        return False
    asked_before = bool(((state.get("topic") or {}).get("slots") or {}).get(OPTIONS_SLOT))
    return asked_before or bool(OPTIONS_QUESTION.search(incoming.get("text", "")))


def options_reply(order: dict[str, Any]) -> Reply:
    """The options the order's status allows. Any other status (cancelled, a return or exchange already
    requested, items already modified) leaves the assistant nothing to change: the reply says so."""
    key = OPTIONS_KEY.get(order["status"], "options_none")
    return Reply(key=key, facts={"order_id": order["order_id"], "status": order["status"]})
