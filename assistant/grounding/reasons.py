"""What a customer's words say about their request beyond its intent: a cancellation's reason and which part
of a pending order they want changed, in the four reply languages."""

from __future__ import annotations

import re
from typing import Literal, cast

from assistant.grounding.lexicon import lexicon

CancelReason = Literal["no longer needed", "ordered by mistake"]
Modification = Literal["address", "payment", "items"]


# Up to this many characters between a negation and a need word ("brauche die Sachen nicht mehr").
NEAR = 30
_CONTRACTED_NOT = re.compile(r"n't\b|n’t\b", re.I)


def read_cancel_reason(text: str) -> CancelReason | None:
    """"ordered by mistake" or "no longer needed" when the words give one ("ich brauche sie nicht mehr")."""
    for reason, pattern in lexicon().grouped["cancel_reasons"].items():
        if pattern.search(text):
            return cast(CancelReason, reason)
    return "no longer needed" if _negated_need(text) else None


def _negated_need(text: str) -> bool:
    words = lexicon().patterns
    negations = [m.span() for m in words["need_negations"].finditer(text)]
    negations += [m.span() for m in _CONTRACTED_NOT.finditer(text)]
    return any(abs(need.start() - end) <= NEAR or abs(start - need.end()) <= NEAR
               for need in words["need_words"].finditer(text) for start, end in negations)


def read_modification(text: str) -> Modification | None:
    """The part of a pending order the words change ("cambiar la dirección" → address)."""
    for part, pattern in lexicon().grouped["modifications"].items():
        if pattern.search(text):
            return cast(Modification, part)
    return None
