"""questions28 in pure logic: a question about an order's facts is answered, never turned into an action. What an
item cost asked in words other than "how much" ("set me back", "le prix du", "me salió", "wie teuer"); the last
order in a state ("my most recent order that got delivered", "meine zuletzt gelieferte Bestellung"); the amount of
an order asked beside its contents; a question while an item change waits for its method; a gift card's balance is
no amount an order paid."""

from typing import Any

import pytest

from assistant.grounding.order_fact_words import asks_an_items_amount
from assistant.grounding.orders import ground_order, last_in_state, says_last_in_state
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.steps.order_answers import facts_asked, item_price_reply, priced_item
from assistant.steps.order_facts import _without_balance
from assistant.steps.owned_item_price import (
    asks_what_it_cost,
    holding_orders,
    reads_as_an_items_price,
)


def _item(item_id: str, name: str, cents: int) -> dict[str, Any]:
    return {"item_id": item_id, "name": name, "product_id": f"p{item_id}", "options": {}, "price_cents": cents}


ORDERS: list[dict[str, Any]] = [
    {"order_id": "#W1", "status": "delivered", "items": [_item("1", "Jigsaw Puzzle", 5201)]},
    {"order_id": "#W2", "status": "delivered", "items": [_item("2", "Tablet", 95121),
                                                         _item("3", "Electric Toothbrush", 18311),
                                                         _item("4", "Mechanical Keyboard", 23137)]},
    {"order_id": "#W3", "status": "pending", "items": [_item("5", "Vacuum Cleaner", 60248),
                                                       _item("6", "Laptop", 274308)]},
]


@pytest.mark.parametrize("text", [
    "hey, quick question - what did the e-reader set me back?",
    "and the electric toothbrush, how much was that one?",
    "c'était quoi le prix du clavier que j'ai reçu ?",
    "oye, ¿el cepillo de dientes eléctrico cuánto me salió?",
    "wie teuer war eigentlich meine Tastatur?",
    "und was hab ich für den Staubsauger bezahlt?",
])
def test_an_items_amount_is_asked_in_many_words(text: str) -> None:
    assert asks_an_items_amount(text)


@pytest.mark.parametrize("text", [
    "how much do I get back?",  # a refund
    "what was the price difference?",  # a proposal's difference
    "what did the order come to in total?",  # the whole order
    "womit habe ich bezahlt?",  # the method
    "I'd like to return the keyboard",
])
def test_no_items_amount_without_its_words(text: str) -> None:
    assert not asks_an_items_amount(text)


@pytest.mark.parametrize("text", [
    "what came in the most recent order that actually got delivered to me?",
    "qu'est-ce qu'il y avait dans ma dernière commande livrée ?",
    "dime qué traía el pedido más reciente que ya me entregaron",
    "was war in meiner zuletzt gelieferten Bestellung drin?",
])
def test_the_last_delivered_order_is_the_last_in_that_state(text: str) -> None:
    assert says_last_in_state(text)
    assert last_in_state(text, ORDERS) == "#W2"  # not the pending #W3, the last of all
    assert ground_order(text, [], ORDERS, None).order_id == "#W2"


def test_the_last_order_without_a_state_is_the_last_of_all() -> None:
    assert not says_last_in_state("what was in my last order?")
    assert ground_order("what was in my last order?", [], ORDERS, None).order_id == "#W3"
    assert last_in_state("the last thing I received was broken", ORDERS) is None  # no order said


def test_the_amount_of_an_order_is_asked_beside_its_contents() -> None:
    assert facts_asked("was war in meiner zuletzt gelieferten Bestellung alles drin und was hat die gekostet?") == [
        "contents", "total"]
    assert facts_asked("welche Artikel kamen mit meiner letzten gelieferten Bestellung, und wie viel hat die "
                       "gekostet?") == ["contents", "total"]
    assert facts_asked("¿qué me llegó en mi último pedido entregado y cuánto pagué?") == ["contents", "payment"]
    assert facts_asked("what was in it?") == ["contents"]  # no amount asked, none said


def test_the_item_named_is_priced_in_its_order() -> None:
    order = ORDERS[1]
    assert priced_item(order, "wie teuer war eigentlich meine Tastatur?") == order["items"][2]
    assert priced_item(order, "what did the toothbrush set me back?") == order["items"][1]
    assert priced_item(order, "what did the order come to in total?") is None
    reply = item_price_reply(order, order["items"][2], "de")
    assert reply["key"] == "order_item_price" and "231,37" in reply["facts"]["price"]


def test_the_orders_holding_the_one_product_named() -> None:
    assert holding_orders("how much was the keyboard?", ORDERS) == ["#W2"]
    assert holding_orders("¿cuánto me salió la aspiradora?", ORDERS) == ["#W3"]
    assert holding_orders("how much were the keyboard and the laptop?", ORDERS) == []  # two products
    assert holding_orders("how much was the e-reader?", ORDERS) == []  # not held


@pytest.mark.parametrize(("text", "misread", "price"), [
    ("and the electric toothbrush, how much was that one?", Intent.OUT_OF_SCOPE, True),
    ("c'était quoi le prix du clavier que j'ai reçu ?", Intent.REPORT_PROBLEM, True),
    ("und was hat die elektrische Zahnbürste gekostet?", Intent.EXCHANGE_ITEM, True),
    ("ich will die Zahnbürste umtauschen", Intent.EXCHANGE_ITEM, False),  # a real request keeps its reading
    ("l'aspirateur m'a coûté combien ? de toute façon je veux le renvoyer", Intent.RETURN_ITEM, False),
    ("my keyboard arrived broken, it cost a lot", Intent.REPORT_PROBLEM, False),  # a problem keeps its reading
    ("how much was the keyboard?", Intent.CANCEL_ORDER, False),  # not a misreading of a question
])
def test_an_items_price_asked_is_read_as_an_order_question(text: str, misread: Intent, price: bool) -> None:
    decided = TurnIntent(intent=misread, confidence=0.6, slots=TurnSlots())
    assert reads_as_an_items_price(text, decided) is price


@pytest.mark.parametrize(("text", "asks"), [
    ("how much did I pay for the blue one originally?", True),
    ("¿y cuánto me costó la azul?", True),
    ("was hat das blaue damals gekostet?", True),
    ("paypal", False),
    ("use the paypal, and what's the price difference?", False),
])
def test_what_it_cost_asked_at_the_method_question(text: str, asks: bool) -> None:
    assert asks_what_it_cost(text) is asks


def test_a_gift_cards_balance_is_no_amount_paid() -> None:
    method = {"id": "gift_card_1", "source": "gift_card", "balance_cents": 9000}
    assert _without_balance(method) == {"id": "gift_card_1", "source": "gift_card"}


@pytest.mark.parametrize("text", ["la violette est plus chère ?", "¿la morada es más cara?",
                                  "is the purple one pricier?", "ist die lila teurer?"])
def test_a_comparison_of_variants_asks_no_items_amount(text: str) -> None:
    assert not asks_what_it_cost(text)


@pytest.mark.parametrize("text", ["wie teuer ist das atomic shirt", "was kostet die hyperion jacke",
                                  "how much is the atomic tee?", "¿cuánto cuesta la chaqueta hyperion?"])
def test_a_price_asked_in_the_present_is_the_catalogs(text: str) -> None:
    from assistant.grounding.order_fact_words import asks_todays_price
    assert asks_todays_price(text)


@pytest.mark.parametrize("text", ["wie teuer war die Tastatur?", "how much was the e-reader?",
                                  "¿cuánto me costó la cámara?", "y mi lampara de escritorio? ya salio o no"])
def test_a_price_paid_or_a_status_is_no_price_today(text: str) -> None:
    from assistant.grounding.order_fact_words import asks_todays_price
    assert not asks_todays_price(text)
