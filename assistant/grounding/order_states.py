"""An order's state said in words next to an item: "the helmet that hasn't shipped yet" (an open order), "the kettle
I received" (a delivered one). Among the orders holding that item, it says which one is meant."""

from __future__ import annotations

from typing import Literal

from assistant.grounding.lexicon import lexicon

SaidState = Literal["open", "delivered"]
STATUSES_OF = {"open": {"pending", "processed"}, "delivered": {"delivered"}}


def said_state(text: str) -> SaidState | None:
    """"open" for words saying the order has not arrived, "delivered" for words saying it has; None otherwise.
    Not-arrived words are read first: "pas encore reçu" holds "reçu"."""
    words = lexicon().patterns
    if words["not_arrived_words"].search(text):
        return "open"
    return "delivered" if words["received_words"].search(text) else None



def without_state_phrases(text: str) -> str:
    """The text with its state phrases blanked out (same length): the negation in "la chaqueta que todavía no me
    llega, la quiero en amarillo" takes back the arrival, never the wish after it."""
    words = lexicon().patterns
    for name in ("not_arrived_words", "received_words"):
        text = words[name].sub(lambda match: " " * len(match.group(0)), text)
    return text
