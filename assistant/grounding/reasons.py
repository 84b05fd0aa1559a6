"""What a customer's words say about their request beyond its intent: a cancellation's reason and which part
of a pending order they want changed, in the four reply languages."""

from __future__ import annotations

from typing import Literal, cast

from assistant.grounding.lexicon import lexicon

CancelReason = Literal["no longer needed", "ordered by mistake"]
Modification = Literal["address", "payment", "items"]


def read_cancel_reason(text: str) -> CancelReason | None:
    """"ordered by mistake" or "no longer needed" when the words give one ("ich brauche sie nicht mehr")."""
    for reason, pattern in lexicon().grouped["cancel_reasons"].items():
        if pattern.search(text):
            return cast(CancelReason, reason)
    return None


def read_modification(text: str) -> Modification | None:
    """The part of a pending order the words change ("cambiar la dirección" → address)."""
    for part, pattern in lexicon().grouped["modifications"].items():
        if pattern.search(text):
            return cast(Modification, part)
    return None
