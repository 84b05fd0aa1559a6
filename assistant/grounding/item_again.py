"""A damage said with a request for the item again ("my hoodie arrived with a rip, can I exchange it?", "ma gourde
est cabossée, je peux avoir la même neuve ?", "la sudadera llegó rota, ¿me la cambian?", "die trinkflasche hat eine
delle, kann ich die umtauschen?"): a complaint about what arrived, whatever a reader made of the words.

The customer wants the same variant again, as new, not another option: the complaint flow assesses the photo against
the ordered variant and offers the policy's remedy (a replacement of the same variant, or a person), where the
variant exchange would ask "which other colour or size?" and loop on every answer (photoexch25). Without a photo
the complaint asks for one, as the no-photo damage path does. A return or a refund asked by name, another option
named ("exchange it for an L") and anything said while a proposal or question is open are left as they are. Words:
`prompts/item_again_words.v1.yaml`."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.complaint_cues import complaint_cues
from assistant.grounding.item_changes import asks_for_return, cancels, names_options
from assistant.grounding.language_words import language_words
from assistant.models.contracts import Intent, TurnIntent

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "item_again_words.v1.yaml"

# Readings a damaged item's exchange or replacement is mistaken for: the variant exchange, a return (none asked by
# name: "vous pouvez me le remplacer ?"), shopping for a new one, a question about the product, nothing the shop does.
MISREADINGS = {Intent.EXCHANGE_ITEM, Intent.RETURN_ITEM, Intent.MODIFY_ORDER, Intent.RECOMMEND, Intent.PRODUCT_QUESTION,
               Intent.OUT_OF_SCOPE, Intent.ORDER_STATUS}


def item_again_words(path: Path = WORDS_FILE) -> re.Pattern[str]:
    """The word file, compiled once (`language_words`)."""
    return language_words(path)


def asks_for_the_item_again(text: str) -> bool:
    """The words ask for the item again, new: an exchange or a replacement with no other option named."""
    return item_again_words().search(fold(text)) is not None and not names_options(text)


def damaged_item_again(text: str) -> bool:
    """A damage said (the complaint lexicons) with a request for the same item again; no return, refund or
    cancellation asked by name."""
    if complaint_cues().damage.search(fold(text)) is None:
        return False
    return asks_for_the_item_again(text) and not asks_for_return(text) and not cancels(text)


def damaged_item_again_reading(text: str, decided: TurnIntent, in_progress: bool) -> TurnIntent:
    """`decided`, or a complaint where the words say a damage and ask for the item again (never while a proposal or
    a question of the assistant's is open: the answer to it is read there)."""
    if in_progress or decided.intent not in MISREADINGS or not damaged_item_again(text):
        return decided
    return decided.model_copy(update={"intent": Intent.REPORT_PROBLEM, "confidence": max(decided.confidence, 0.9)})


# What "the same again, just new" is misread as once a photo was asked for: a search for a new one, a question, the
# variant exchange, nothing the shop does.
INSTEAD_OF_PHOTO = {Intent.RECOMMEND, Intent.PRODUCT_QUESTION, Intent.EXCHANGE_ITEM, Intent.OUT_OF_SCOPE}


def item_again_without_photo(text: str, decided: TurnIntent, photo_asked: bool) -> TurnIntent:
    """`decided`, or the complaint going on where a photo of the damage was asked for and the customer, sending
    none, asks for the item again ("the same one again, just new", "gleiche nochmal, einfach neu"): the complaint
    says what can be done without a photo, as in every language, never a product search."""
    if not photo_asked or decided.intent not in INSTEAD_OF_PHOTO or not asks_for_the_item_again(text):
        return decided
    return decided.model_copy(update={"intent": Intent.REPORT_PROBLEM, "confidence": max(decided.confidence, 0.9)})
