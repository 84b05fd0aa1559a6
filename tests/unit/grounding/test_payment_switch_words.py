"""A payment change read from the words (payment29): a saved method named as where the payment goes reads as one
without an order word ("bitte auf die mastercard umstellen", "switch to paypal pls"); the payment's own words are
no option value ("moyen de paiement" names no size M); a question about a shop's methods stays none."""

from __future__ import annotations

import pytest

from assistant.grounding.payment_change import asks_payment_change


@pytest.mark.parametrize(
    "text",
    [
        "bitte auf die mastercard umstellen",
        "werde ich doppelt belastet wenn ich auf paypal wechsel?",
        "switch to paypal pls",
        "on peut passer sur la visa ?",
        "pasar a paypal porfa",
        "changer le moyen de paiement pour la mastercard svp",
        "cambiar el medio de pago a la visa",
    ],
)
def test_a_method_named_as_the_payments_target_is_a_payment_change(text: str) -> None:
    assert asks_payment_change(text)


@pytest.mark.parametrize(
    "text",
    [
        "do you take visa?",
        "i want the jacket in size M, switch to the red one",
        "changer pour la taille moyen",
        "et la carte cadeau elle est remboursée quand ?",
    ],
)
def test_no_payment_change_without_a_method_moved_to(text: str) -> None:
    assert not asks_payment_change(text)
