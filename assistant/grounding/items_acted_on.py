"""The items of one order a request acts on, read from the words: not an item that only names the order ("the
headphones from the order with the thermostat"), every item listed ("das Puzzle und den Rucksack"), and among items
of the same product the one whose option the words name ("the small 28 inch one" of two skateboards)."""

from __future__ import annotations

import re
from typing import Any

from assistant.grounding.items import item_scores
from assistant.grounding.lexicon import lexicon
from assistant.grounding.told_apart import told_apart

REFERENCE_WORDS = 4  # the words after "order with" that name the order ("dem Regal", "the coffee maker in it")
_CLAUSE_END = re.compile(r"[,;.!?:]")


def without_order_reference(text: str) -> str:
    """The text less the few words naming an order by one of its items ("with the thermostat")."""
    for match in lexicon().patterns["order_reference_words"].finditer(text):
        rest = _CLAUSE_END.split(text[match.end():], 1)[0]
        words = list(re.finditer(r"\S+", rest))[:REFERENCE_WORDS]
        end = match.end() + (words[-1].end() if words else 0)
        text = text[:match.start()] + " " * (end - match.start()) + text[end:]
    return text


def items_acted_on(text: str, items: list[dict[str, Any]]) -> list[str]:
    """The ids of the items the words act on; [] when none is named."""
    rest = without_order_reference(text)
    if any(item_scores(rest, items).values()):
        text = rest
    scores = item_scores(text, items)
    best = max(scores.values(), default=0)
    named = [item_id for item_id, score in scores.items() if score and (lists_items(text) or score == best)]
    return [item["item_id"] for item in told_apart(text, [i for i in items if i["item_id"] in named])]


def lists_items(text: str) -> bool:
    """The words join things ("the puzzle and the backpack", "le puzzle et le sac")."""
    return lexicon().patterns["item_conjunctions"].search(text) is not None
