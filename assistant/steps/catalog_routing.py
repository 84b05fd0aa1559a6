"""Follow-ups of a shopping conversation: once products were shown, a turn that refines them ("only the ones
under $50", "any in purple?", "cheaper") goes back to recommendations, and a question about them ("is it warm
enough?", "which is the cheapest?") to product Q&A, whatever intent a reader guessed for the short turn."""

from __future__ import annotations

from assistant.grounding.catalog_constraints import CatalogReading
from assistant.grounding.catalog_questions import read_question
from assistant.models.contracts import Intent
from assistant.state import ConversationState

# Intents a short catalog follow-up is often mistaken for; a confident order or complaint intent is left alone.
LOOSE_INTENTS = {Intent.RECOMMEND, Intent.PRODUCT_QUESTION, Intent.OUT_OF_SCOPE, Intent.GREET,
                 Intent.PROVIDE_DETAILS, Intent.AFFIRM, Intent.DENY, Intent.THANKS_BYE}
CONFIDENT = 0.6


def catalog_reading(state: ConversationState) -> CatalogReading:
    """This turn's product constraints, read in `understand` (empty without a catalog)."""
    return CatalogReading.model_validate(state.get("catalog_reading") or {})


def catalog_follow_up(state: ConversationState) -> str | None:
    """"recommend" or "product_qa" for a follow-up of the products shown, None for anything else."""
    if not state.get("shopping") or state.get("pending") or state.get("topic"):
        return None
    understood = state.get("intent") or {}
    intent = Intent(understood.get("intent", Intent.OUT_OF_SCOPE))
    if intent not in LOOSE_INTENTS and float(understood.get("confidence", 1.0)) >= CONFIDENT:
        return None
    text = (state.get("incoming") or {}).get("text", "")
    if read_question(text).asks:
        return "product_qa"
    if catalog_reading(state).says_something():
        return "recommend"
    return None
