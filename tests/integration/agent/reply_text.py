"""What a turn said to the customer, as one string (the agent tests check facts in it)."""

from __future__ import annotations

from assistant.conversation import TurnResult


def texts(result: TurnResult) -> str:
    return " ".join(m["text"] for m in result.messages)
