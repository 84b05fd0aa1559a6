"""Words of the order-in-discussion class: what points a request at an order of its own (so the order in discussion
is not taken), and a method named for a difference, which pays a change and is no payment change."""

from __future__ import annotations

import pytest

from assistant.grounding.reasons import read_modification
from assistant.steps.order_in_discussion import points_elsewhere


@pytest.mark.parametrize("text", ["cancel #W1234567 instead", "cancel my other order", "annulez l'autre commande",
                                  "cancela mi otro pedido", "storniere die andere Bestellung",
                                  "cancel my last order", "cancela mi pedido pendiente"])
def test_words_naming_their_own_order_point_elsewhere(text: str) -> None:
    assert points_elsewhere(text)


@pytest.mark.parametrize("text", ["cancel it", "no, mejor cancela el pedido", "annulez-la", "cancel that order",
                                  "quiero cambiar el rompecabezas de mi pedido por el de 2000 piezas"])
def test_words_of_the_order_in_discussion_point_nowhere_else(text: str) -> None:
    assert not points_elsewhere(text)


@pytest.mark.parametrize("text", ["¿puedo cambiar la camara de ese pedido a 4K? la diferencia con paypal",
                                  "the speaker in blue, any difference on my paypal",
                                  "la bouilloire en verre, la différence sur ma carte cadeau"])
def test_a_method_for_the_difference_is_no_payment_change(text: str) -> None:
    assert read_modification(text) != "payment"


@pytest.mark.parametrize("text", ["pay with paypal instead", "cambia el pago a paypal", "change the payment to paypal"])
def test_a_payment_change_is_still_read(text: str) -> None:
    assert read_modification(text) == "payment"
