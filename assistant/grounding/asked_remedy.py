"""A return or an exchange asked for by name, with the reason it is wanted ("exchange the dumbbells for the fixed
one, the adjustable was wrong for me", "devolucion de la lampara porfa", "die zahnbürste gefällt mir nicht, bitte
retoure", "la montre ne me plait pas, je peux la renvoyer ?"): that request, whatever a reader made of the words.

A change of mind, the wrong size or type for the customer, "not what I expected" or "doesn't fit" is no damage: a
photo is asked only where the words report one (a damage or defect, or another item than the one ordered: the
complaint lexicons' damage and mismatch cues). Read by the understand step for every backend."""

from __future__ import annotations

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.complaint_cues import complaint_cues
from assistant.grounding.item_changes import asks_for_return, asks_for_swap, exchange_verb
from assistant.grounding.items import nouns_said
from assistant.grounding.orders import order_numbers
from assistant.models.contracts import Intent, TurnIntent

# Readings a named return or exchange is mistaken for: a complaint (a reason read as a problem), nothing the shop
# does, shopping or a product question (the item's kind), small talk; a person read by the classifier alone ("quiero
# regresar las botas"; a request for a person in words is read again after this by `person_request.person_reading`).
MISREADINGS = {Intent.REPORT_PROBLEM, Intent.OUT_OF_SCOPE, Intent.RECOMMEND, Intent.PRODUCT_QUESTION,
               Intent.GREET, Intent.THANKS_BYE, Intent.HUMAN_AGENT}


def reports_damage_or_mismatch(text: str) -> bool:
    """The words report a damage or defect, or another item than the one ordered (the complaint lexicons)."""
    said, cues = fold(text), complaint_cues()
    return cues.damage.search(said) is not None or cues.mismatch.search(said) is not None


def asked_remedy(text: str, *, by_wish: bool = True) -> Intent | None:
    """The remedy the words ask for by name about something of the customer's (an item's noun or an order
    number), with no damage or wrong item reported: a return, or an exchange; None otherwise. `by_wish`: a wish
    for another version ("rather a red one") counts as an exchange; without it only an exchange verb does."""
    if not (nouns_said(text) or order_numbers(text)) or reports_damage_or_mismatch(text):
        return None
    if asks_for_return(text):
        return Intent.RETURN_ITEM
    if exchange_verb(text) or (by_wish and asks_for_swap(text)):
        return Intent.EXCHANGE_ITEM
    return None


# Shopping readings: a wish alone ("never mind the shorts, i'd rather get a foam roller", "plutôt un sweat pour mon
# mari à moins de 60 dollars") is a new search there; only a return or exchange said by its verb overrides them.
SHOPPING = {Intent.RECOMMEND, Intent.PRODUCT_QUESTION}


def asked_remedy_reading(text: str, decided: TurnIntent, in_progress: bool) -> TurnIntent:
    """`decided`, or the return or exchange the words ask for by name where the reading is a misreading of it
    (never while a proposal or a question of the assistant's is open: the answer to it is read there)."""
    if in_progress or decided.intent not in MISREADINGS:
        return decided
    remedy = asked_remedy(text, by_wish=decided.intent not in SHOPPING)
    if remedy is None:
        return decided
    return decided.model_copy(update={"intent": remedy, "confidence": max(decided.confidence, 0.9)})
