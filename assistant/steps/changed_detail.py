"""A reply to a proposed item swap that changes what it swaps to ("yes but in red instead", "oui mais finalement en
plastique", "yes but L instead"): not a yes to the proposal, whatever else it says. The swap is proposed again
with the new detail (`routing`), so a later plain yes can never write the variant the customer moved away from."""

from __future__ import annotations

import re

from assistant.consent import explicit_answer
from assistant.grounding.catalog_lexicon import fold_german as fold
from assistant.grounding.item_changes import names_options
from assistant.grounding.kept_options import options_asked_again
from assistant.grounding.lexicon import lexicon
from assistant.grounding.measures import measures, names_a_measure
from assistant.grounding.option_values import value_words
from assistant.grounding.option_words import option_words
from assistant.grounding.orders import ORDER_NUMBER
from assistant.state import Pending

_ITEM_ID = re.compile(r"(?<!\d)\d{6,}(?!\d)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
SWAP_TOOLS = {"modify_pending_order_items", "exchange_delivered_order_items"}


def _named_values(text: str) -> list[str]:
    """The colours and sizes the words name, as the store writes them ("Red", "L"); a one-letter size only when
    written as a capital ("in L", not the "s" of "it's")."""
    found = lexicon()
    named = [key for key, pattern in found.grouped["colours"].items() if pattern.search(text)]
    for code, pattern in found.grouped["sizes"].items():
        if any(len(match.group(0)) > 1 or match.group(0).isupper() for match in pattern.finditer(text)):
            named.append(code)
    return named


def _other_values(text: str) -> list[str]:
    """Values of other options the words name, as the store writes them ("capsule", "glass", "wireless"), and the
    words that name a value by themselves, as said ("the wood", "en bois": a colour option's "wood" too)."""
    tabled = [value for table in option_words().value_patterns.values() for value, pattern in table.items()
              if pattern.search(text)]
    return [*tabled, *(match.group(0) for match in value_words().said_alone.finditer(fold(text)))]


def _only_current_values(named: list[str], pending: Pending) -> bool:
    """Every value named is one the item already has ("leave it blue", "je garde le bleu"): the words keep the item
    as it is, they name nothing new for the swap."""
    described = str((pending.get("reply_facts") or {}).get("old_options", ""))  # in the customer's language
    current = {value.lower() for value in [*_named_values(described), *_other_values(described)]}
    return bool(current) and all(value.lower() in current for value in named)


def asks_another_value(text: str, pending: Pending) -> bool:
    """A reply to a proposed variant that asks another value of one of its options and names none ("a different
    colour instead", "welche anderen Farben gibt es?"; mind20, A19-4): the option is asked again, never the refused
    value proposed again."""
    return pending.get("tool") in SWAP_TOOLS and bool(options_asked_again(text)) and not changes_the_swap(text, pending)


def changes_the_swap(text: str, pending: Pending) -> bool:
    """The reply names an option value the proposed variant does not have: a colour or size other than the
    proposal's, another option's value ("en plastique", "wireless"), or a measure ("5 ft"). Naming the proposed
    variant again ("the 9 bar capsule one, item 7806008610") changes nothing."""
    text = lexicon().patterns["value_false_friends"].sub(" ", text)  # "hm, weiß nicht": "I don't know", no white
    text = ORDER_NUMBER.sub(" ", text)  # "#W6348442, 1500 pieces": an order's number is no option value
    if pending.get("tool") not in SWAP_TOOLS or not names_options(text):
        return False
    if explicit_answer(text, tool=pending.get("tool")) == "yes":
        return False  # a plain yes answers the proposal; a no with another value revises it ("no, keep the black,
        # just size 34", fresh18 F4), a no naming only the item's own values keeps the item as it is (below)
    ids = set(_ITEM_ID.findall(text))
    if ids and ids <= set((pending.get("arguments") or {}).get("new_item_ids") or []):
        return False
    described = str((pending.get("reply_facts") or {}).get("new_options", ""))  # in the customer's language
    proposed = described.lower()
    kept = {value.lower() for value in [*_named_values(described), *_other_values(described)]}
    named = [*_named_values(text), *_other_values(text)]
    if named and _only_current_values(named, pending):
        return False  # "hmm, leave it blue after all": the item as it is, never a new value for the swap
    if named:
        folded = fold(proposed)  # a value said alone is folded as said ("metal" of "métal")
        return any(value.lower() not in kept and not re.search(rf"(?<!\w){re.escape(value.lower())}(?!\w)", proposed)
                   and not re.search(rf"(?<!\w){re.escape(fold(value))}(?!\w)", folded)
                   for value in named) or _another_measure(text, proposed)
    if names_a_measure(text):
        return any(number not in proposed for number in _NUMBER.findall(text))
    return False


def _another_measure(text: str, proposed: str) -> bool:
    """A measure said beside the proposal's own values that the proposal does not have ("keep the 10 hours
    battery, only red" after a proposed red with 20 hours, mind20)."""
    return any(number not in proposed
               for _, start, end in measures(text) for number in _NUMBER.findall(text[start:end]))
