"""A yes naming a method with nothing open is answered "nothing to pay" (attack24 A24-4, A24-6)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.steps.nothing_to_pay import pays_with_nothing_open


def _state(text: str, **open_: Any) -> Any:
    return {"incoming": {"text": text}, **open_}


@pytest.mark.parametrize("text", [
    "yes, charge it to my gift card",
    "oui, mettez-le sur ma carte cadeau",
    "sí, pero cóbralo a mi tarjeta regalo",
    "ja, aber buche es auf meine Kreditkarte",
    "ja, zahl das mit meiner Geschenkkarte",
    "ok paypal",
])
def test_a_yes_with_a_method_and_nothing_open(text: str) -> None:
    assert pays_with_nothing_open(_state(text))


@pytest.mark.parametrize(("text", "open_"), [
    ("yes, charge it to my gift card", {"pending": {"tool": "modify_pending_order_items"}}),
    ("yes, charge it to my gift card", {"topic": {"intent": "modify_order", "slots": {}}}),
    ("yes, pay #W1080318 with my credit card", {}),  # an order named: a request
    ("yes, change the payment of my order to paypal", {}),
    ("sí, cambia el método de pago del pedido a paypal", {}),
    ("gift card", {}),  # no yes
    ("yes please", {}),  # no method
    ("¿y cuánto saldo me queda en mi tarjeta regalo?", {}),  # a question about the balance
    # more than a yes and a method: an item change naming its method (blind v20, after a status question)
    ("D'accord. Dans ce cas les chaussures de randonnée qu'il y a dedans, je les voudrais en version imperméable, "
     "même pointure. Vous pouvez prendre la différence sur ma carte cadeau", {}),
    ("ok. then the hiking boots in it, I want the waterproof ones. take the difference from my gift card", {}),
    ("vale, entonces la mochila en negro, y cobra la diferencia a mi paypal", {}),
    ("ja gut, dann die Kopfhörer bitte in Schwarz, Differenz auf meine Geschenkkarte", {}),
])
def test_near_misses(text: str, open_: dict[str, Any]) -> None:
    assert not pays_with_nothing_open(_state(text, **open_))
