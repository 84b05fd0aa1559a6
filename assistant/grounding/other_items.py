"""The items a request means when it says "the other item" or "both" beside (or instead of) items named: "return the
boots and the other item too", "je renvoie l'enceinte et l'autre aussi", "beide Artikel zurückgeben". Only where one
reading fits: the one item not named, or both items of a two-item order; never a guess among several others."""

from __future__ import annotations

from typing import Any

from assistant.grounding.lexicon import lexicon


def says_the_other_item(text: str) -> bool:
    return lexicon().patterns["other_item_words"].search(text) is not None


def says_both_items(text: str) -> bool:
    return lexicon().patterns["both_words"].search(text) is not None


def says_all_items(text: str) -> bool:
    return lexicon().patterns["all_items_words"].search(text) is not None


def with_other_items(text: str, items: list[dict[str, Any]], named: list[str]) -> list[str]:
    """The named items, with the order's other item when the words add "the other one" and exactly one is left, or
    both items of a two-item order when the words say "both", every item when they say "all three"; the named items
    as they are otherwise."""
    ids = list(dict.fromkeys(item["item_id"] for item in items))
    if len(ids) > 2 and says_all_items(text):  # "…la veste polaire, les trois": every item of the order
        return ids
    others = [item_id for item_id in ids if item_id not in named]
    if named and len(others) == 1 and says_the_other_item(text):
        return ids
    if len(ids) == 2 and len(set(named)) < 2 and says_both_items(text):
        return ids
    return named
