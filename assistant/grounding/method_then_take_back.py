"""A method named to the method question and the change taken back after it, in one message (attack24 A24-1):
"paypal... no wait, I don't want to change it anymore", "la carte cadeau, ah non attendez, laissez tomber",
"con la tarjeta de crédito, bueno no, ya no quiero cambiarla", "mit PayPal... nein warte, ich will es doch nicht
mehr tauschen", "paypal please — hmm, scrap that, leave it" (attack26 A26-1). The words after the method decide:
the method was taken and the next "ok" wrote the one-shot item change the customer had just withdrawn. Another
method named after a correction ("gift card… no wait, the credit card") chooses that method instead
(`payments.ground_payment`)."""

from __future__ import annotations

from assistant.consent import declines, words_after_a_withdrawal
from assistant.grounding.address_words import corrects_itself, refuses_the_item_change
from assistant.grounding.option_questions import option_question_patterns
from assistant.grounding.payments import names_payment, words_after_the_method


def takes_back_after_the_method(text: str) -> bool:
    """The text names a method, then takes the change itself back."""
    if not names_payment(text, same_alone=True):
        return False
    after = words_after_the_method(text)
    return bool(after.strip()) and not names_payment(after, same_alone=True) and (
        refuses_the_item_change(after) or _lets_it_go(after)
        or (corrects_itself(after) and declines(after) and not _another_choice(after)))


def _lets_it_go(words: str) -> bool:
    """A withdrawal ("hmm, scrap that, leave it", "meh, never mind", "actually leave it as it is") with no other
    choice after it: a filler word after it ("laissez tomber finalement") chooses nothing, "scrap that, make it the
    black one instead" does."""
    rest = words_after_a_withdrawal(words)
    if rest is None:
        return False
    chooses = _another_choice(" ".join(rest)) and len(rest) > 1
    return not chooses and not any(c.isdigit() for c in " ".join(rest))


def _another_choice(words: str) -> bool:
    """ "bueno no, pensandolo mejor ponme el de 30-50 lbs en vez del de 5-25": a correction that switches the value
    (a switch word, or a number) re-grounds the change, never lets it go (blind v19, read after the round's score)."""
    return bool(option_question_patterns()["switch_cues"].search(words.lower())) or any(c.isdigit() for c in words)
