"""A method named at the method question, then the change taken back in the same message (attack24 A24-1)."""

import pytest

from assistant.grounding.method_then_take_back import takes_back_after_the_method


@pytest.mark.parametrize("text", [
    "my paypal... no wait, actually I don't want to change it anymore",
    "credit card, hmm no never mind, I'll keep the one I have",
    "paypal... euh non, en fait je ne veux plus la changer",
    "la carte cadeau, ah non attendez, laissez tomber, je garde la mienne",
    "con la tarjeta de crédito, bueno no, ya no quiero cambiarla",
    "tarjeta de regalo. aunque no, mejor no lo cambies",
    "mit PayPal... nein warte, lass es, ich will es doch nicht mehr tauschen",
    "Kreditkarte, hmm nein, lieber doch nicht ändern",
])
def test_the_change_taken_back_after_the_method(text: str) -> None:
    assert takes_back_after_the_method(text)


@pytest.mark.parametrize("text", [
    "gift card... no wait, the credit card",
    "paypal please",
    "PayPal bitte, danke",
    "la carte cadeau, merci",
    "never mind, keep it",  # no method: read by the method step's own take-back reading
])
def test_a_method_chosen_or_no_method_named(text: str) -> None:
    assert not takes_back_after_the_method(text)


def test_a_correction_switching_the_value_is_no_take_back() -> None:
    assert not takes_back_after_the_method(
        "con la mastercard. bueno no, pensandolo mejor ponme el de 30-50 lbs en vez del de 5-25")
    assert not takes_back_after_the_method("paypal... no wait, make it the 2 litre one instead")
