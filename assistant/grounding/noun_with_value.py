"""A kind of product and an option value said together, with no verb at all ("el altavoz pero azul", "la polaire,
la même en L svp", "el casco en talla S porfa", "the white earbuds - could they be blue?", "die Kopfhörer in rot"):
how customers ask for another version of a thing they ordered. Read as a wish only where nothing else is read
(`assistant/steps/owned_items.py`: a misread turn, no product shown), and a swap only once grounded in an item of
theirs whose product has the value and which has it not."""

from __future__ import annotations

from assistant.grounding.item_changes import asks_for_return, cancels, fits_badly, names_options
from assistant.grounding.items import nouns_said
from assistant.grounding.lexicon import lexicon
from assistant.grounding.order_states import without_state_phrases


def value_said_of_a_noun(text: str) -> bool:
    """A noun of a product kind and an option value, and no problem, fit complaint, return, cancellation or
    question of where something is: another version of that thing, its item still to ground."""
    words = lexicon().patterns
    if not (nouns_said(text) and names_options(text)):
        return False
    if words["problem_words"].search(text) or fits_badly(text) or asks_for_return(text) or cancels(text):
        return False
    return words["status_questions"].search(without_state_phrases(text)) is None
