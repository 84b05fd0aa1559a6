"""A photo sent with words that ask the shop for something like it ("habt ihr sowas?", "you guys got one of
these?", "vous avez ça ?", "quiero algo así"): a photo search, whatever a reader made of a photo from a customer
with delivered orders. Words of a complaint, a remedy or an order keep it a complaint (`prompts/photo_shopping.v1.yaml`
beside the catalog lexicons' availability and alternative cues)."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.catalog_questions import asks_availability, asks_for_alternatives
from assistant.grounding.complaint_cues import complaint_cues
from assistant.grounding.complaint_statement import reads_as_complaint
from assistant.grounding.lexicon import PROMPTS, lexicon
from assistant.grounding.orders import speaks_of_an_order_or_problem
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.prompts import PromptLibrary

# Readings a shopping question with a photo is mistaken for: a complaint, the menu, an order question; and a person,
# a return or an exchange read by the classifier alone ("quiero uno así", "j'en voudrais un pareil" sit within float
# rounding of a request for a person): the words hold no remedy or order word here, and a request for a person in
# words is read again after this by `person_request.person_reading`.
MISREADINGS = {Intent.REPORT_PROBLEM, Intent.OUT_OF_SCOPE, Intent.GREET, Intent.ORDER_STATUS, Intent.PROVIDE_DETAILS,
               Intent.THANKS_BYE, Intent.AFFIRM, Intent.HUMAN_AGENT, Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM}


class PhotoShoppingWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int
    words: dict[str, list[str]]
    same_product: dict[str, list[str]]


@cache
def _table() -> PhotoShoppingWords:
    return PhotoShoppingWords.model_validate(PromptLibrary(PROMPTS).get("photo_shopping").data())


def _pattern(lists: dict[str, list[str]]) -> re.Pattern[str]:
    words = [w for patterns in lists.values() for w in patterns]
    return re.compile(rf"(?<!\w)(?:{'|'.join(f'(?:{w})' for w in words)})(?!\w)")


@cache
def _same_product() -> re.Pattern[str]:
    return _pattern(_table().same_product)


def asks_same_product(text: str) -> bool:
    """"same thing but in green", "le même en vert", "lo mismo pero en morado", "das gleiche in lila"."""
    return _same_product().search(fold(text)) is not None


@cache
def _words() -> re.Pattern[str]:
    return _pattern(_table().words)


def _names_a_complaint(text: str, folded: str) -> bool:
    """Any word of something wrong, a remedy, a parcel or an order ("got" and "bekommen" alone are shopping words
    too: "you guys got one?", "kann ich so was bekommen?")."""
    cues = complaint_cues()
    return (reads_as_complaint(text, photo=True) or speaks_of_an_order_or_problem(text)
            or any(p.search(folded) for p in (cues.damage, cues.mismatch, cues.remedy,
                                               cues.not_arrived, cues.trouble, cues.ordered))
            or any(lexicon().patterns[name].search(text) for name in ("order_actions", "return_words",
                                                                      "cancel_words")))


def asks_shop_for_photo(text: str) -> bool:
    """The words ask whether the shop has (or sells) what the photo shows, or want one like it."""
    folded = fold(text)
    asks_shop = asks_availability(text) or _words().search(folded) is not None
    # "it came like this": an arrival pictured, not a product wished for ("like this" alone is no shopping word then)
    likes = asks_for_alternatives(text) and complaint_cues().received.search(folded) is None
    return (asks_shop or likes) and not _names_a_complaint(text, folded)


def photo_shopping_reading(text: str, photo: bool, decided: TurnIntent) -> TurnIntent:
    """`decided`, or a photo search where a photo comes with a shopping question it was misread beside."""
    if not photo or decided.intent not in MISREADINGS or not asks_shop_for_photo(text):
        return decided
    slots = decided.slots.model_copy(update={"product_query": None})
    return decided.model_copy(update={"intent": Intent.RECOMMEND, "confidence": max(decided.confidence, 0.9),
                                      "slots": slots})
