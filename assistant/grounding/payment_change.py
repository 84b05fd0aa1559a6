"""A request to change how a pending order is paid, read in code for every backend (issue 17, round 12): "payer avec
ma carte visa plutôt que paypal", "cambia el pago a la tarjeta regalo", "zahlungsart auf paypal ändern bitte" were
read as a cancellation, a complaint or a return, and the order was never repaid (or was cancelled).

The words ask for a payment change when they say the order's payment (prompts/payment_change.v1.yaml `pay_words`)
or name a saved method's kind or brand beside an order word, together with a change word or a method named, and
ask for no other write: no return, refund, cancellation or exchange word, no new option value of an item (that is
a swap paid by the method), no price difference. A question about how an order was paid is no change unless a
change word is said too. The order numbers the words give fill the slots; which saved method is grounded by the
order step (`steps/order_changes._payment`)."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.lexicon import PROMPTS, lexicon, phrase_pattern, require_every_language
from assistant.grounding.orders import orders_named
from assistant.grounding.payments import names_payment
from assistant.grounding.reasons import one_slip
from assistant.grounding.requested_action import names_new_value
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.prompts import PromptLibrary

# A change word this long or longer is read with one letter slipped ("chnage", "umstelen").
SLIP_LENGTH = 6
TABLES = ("pay_words", "change_words", "switch_words", "ask_words", "kept_words")


class PaymentChangeWords(BaseModel):
    """prompts/payment_change.vN.yaml, per language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    pay_words: dict[str, list[str]]
    change_words: dict[str, list[str]]
    switch_words: dict[str, list[str]]
    ask_words: dict[str, list[str]]
    kept_words: dict[str, list[str]]

    def model_post_init(self, _: object) -> None:
        require_every_language(self, TABLES, "payment change words")


@lru_cache(maxsize=1)
def _words() -> PaymentChangeWords:
    return PaymentChangeWords.model_validate(PromptLibrary(PROMPTS).get("payment_change").data())


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    words = _words()
    return {table: phrase_pattern([w for listed in getattr(words, table).values() for w in listed],
                                  accents_optional=True) for table in TABLES}


@lru_cache(maxsize=1)
def _single_change_words() -> frozenset[str]:
    return frozenset(w for listed in _words().change_words.values() for w in listed
                     if " " not in w and "…" not in w and len(w) >= SLIP_LENGTH)


def _says_change(text: str) -> bool:
    if _patterns()["change_words"].search(text):
        return True
    typed = {word for word in re.findall(r"\w+", text.lower()) if len(word) >= SLIP_LENGTH}
    return any(one_slip(word, change) for word in typed for change in _single_change_words())


def _names_method_kind(text: str) -> bool:
    """A saved method's kind or brand ("paypal", "gift card", "visa"), not only four digits."""
    found = lexicon()
    return bool(found.patterns["card_brands"].search(text)
                or any(pattern.search(text) for pattern in found.grouped["payment_kinds"].values()))


def asks_another_write(text: str) -> bool:
    """A return, refund, cancellation, price difference or new option value in the words: another write than a
    payment change."""
    found = lexicon().patterns
    # the payment's own words are no option value: "moyen de paiement" names no size "moyen" (M)
    return bool(found["return_words"].search(text) or found["cancel_words"].search(text)
                or found["difference_words"].search(text) or found["refund_destination_questions"].search(text)
                or names_new_value(_patterns()["pay_words"].sub(" ", text)))


def asks_payment_change(text: str) -> bool:
    """The words ask to pay a pending order another way (see the module)."""
    found = lexicon().patterns
    of_an_order = bool(found["order_words"].search(text) or orders_named(text))
    # a method named as where the payment goes ("auf die mastercard umstellen") says it without an order word
    moved_to = _names_method_kind(text) and bool(_patterns()["switch_words"].search(text))
    said_payment = bool(_patterns()["pay_words"].search(text)) or (_names_method_kind(text) and of_an_order) or moved_to
    if not said_payment or asks_another_write(text) or _patterns()["kept_words"].search(text):
        return False  # "paid with my usual card, that's all fine, but ship it to …": the payment stays
    change = moved_to or _says_change(text) or (of_an_order and bool(_patterns()["ask_words"].search(text)))
    if found["payment_questions"].search(text) and not change:
        return False  # "how did I pay for it?"
    return change or names_payment(text)


def payment_change_reading(text: str, decided: TurnIntent, in_progress: bool) -> TurnIntent:
    """`decided` as a payment change of a pending order when the words ask for one and no proposal or question of
    the assistant's is open (`in_progress`: an answer there is read against what was asked)."""
    if in_progress or not asks_payment_change(text):
        return decided
    if decided.intent is Intent.MODIFY_ORDER and decided.slots.modification == "payment":
        return decided
    slots = decided.slots.model_copy(update={"modification": "payment", "cancel_reason": None,
                                             "order_ids": orders_named(text) or decided.slots.order_ids})
    return decided.model_copy(update={"intent": Intent.MODIFY_ORDER, "slots": slots})
