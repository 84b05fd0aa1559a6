"""Which order a turn is about: numbers in any format, "my open order", "the last order", an item named in
words, the only candidate; ambiguity gives the candidates, never a guess."""

from __future__ import annotations

import pytest

from assistant.grounding.orders import asked_order_fact, canonical_order_id, ground_order, order_numbers

ORDERS = [
    {"order_id": "#W4410023", "status": "delivered"},
    {"order_id": "#D9000102", "status": "pending"},
    {"order_id": "#W5550917", "status": "delivered"},
]
DETAILS = [
    {**ORDERS[0], "items": [{"item_id": "1", "name": "Trail Running Shoes"}, {"item_id": "2", "name": "Yoga Mat"}]},
    {**ORDERS[1], "items": [{"item_id": "3", "name": "Zip Hoodie"}]},
    {**ORDERS[2], "items": [{"item_id": "4", "name": "Cargo Shorts"}, {"item_id": "5", "name": "Sun Hat"}]},
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("status of #W4410023?", "#W4410023"),
        ("order W4410023", "#W4410023"),
        ("it's order number 4410023", "#W4410023"),
        ("ma commande 9000102 est où ?", "#D9000102"),
        ("pedido #d9000102", "#D9000102"),
        ("Bestellung D9000102 bitte", "#D9000102"),
    ],
)
def test_an_order_number_in_any_format_finds_the_customers_order(text: str, expected: str) -> None:
    assert ground_order(text, [], ORDERS, None).order_id == expected


def test_a_number_that_is_not_the_customers_is_unknown_not_another_order() -> None:
    choice = ground_order("where is order 1234567", [], ORDERS, None)
    assert choice.order_id is None and choice.unknown == "#W1234567"


def test_digits_that_are_not_order_numbers_are_ignored() -> None:
    assert order_numbers("item 6117189161, zip 94107, call 555-0100") == []
    assert canonical_order_id("d9000102") == "#D9000102"


@pytest.mark.parametrize("text", ["cancel my open order", "annulez ma commande en cours",
                                  "cancela mi pedido pendiente", "storniere meine offene Bestellung"])
def test_the_open_order_is_the_one_pending(text: str) -> None:
    assert ground_order(text, [], ORDERS, None).order_id == "#D9000102"


@pytest.mark.parametrize("text", ["where's my latest order?", "ma dernière commande", "mi último pedido",
                                  "meine letzte Bestellung"])
def test_the_last_order_is_the_newest(text: str) -> None:
    assert ground_order(text, [], ORDERS, None).order_id == "#W5550917"


def test_the_only_order_in_the_needed_status_is_used_without_asking() -> None:
    assert ground_order("I want to cancel", [], ORDERS, "pending").order_id == "#D9000102"


def test_several_candidates_are_asked_about() -> None:
    choice = ground_order("I want to return something", [], ORDERS, "delivered", DETAILS)
    assert choice.order_id is None
    assert [o["order_id"] for o in choice.candidates] == ["#W4410023", "#W5550917"]


@pytest.mark.parametrize(
    ("text", "order_id", "item_ids"),
    [("I'd like to return the shorts", "#W5550917", ["4"]),
     ("send back the running shoes please", "#W4410023", ["1"]),
     ("can I exchange the hoodie?", "#D9000102", ["3"])],
)
def test_an_item_named_in_words_finds_its_order(text: str, order_id: str, item_ids: list[str]) -> None:
    choice = ground_order(text, [], ORDERS, None, DETAILS)
    assert (choice.order_id, choice.item_ids) == (order_id, item_ids)


def test_an_unknown_number_keeps_the_letter_it_was_written_with() -> None:
    assert ground_order("what about #D7777777?", [], ORDERS, None).unknown == "#D7777777"


@pytest.mark.parametrize(("text", "expected"), [
    ("how did I pay for my last order?", "payment"),
    ("avec quelle carte j'ai réglé ça ?", "payment"),
    ("¿cómo lo pagué?", "payment"),
    ("mit welcher Karte wurde das bezahlt?", "payment"),
    ("what was in that order?", "contents"),
    ("qu'est-ce qu'il y avait dans le colis ?", "contents"),
    ("¿qué venía en ese pedido?", "contents"),
    ("was war in dem Paket?", "contents"),
    ("where is my order?", None),
    ("change the payment to my gift card", None),
])
def test_a_question_about_an_orders_payment_or_contents(text: str, expected: str | None) -> None:
    assert asked_order_fact(text) == expected


def test_my_open_order_is_the_open_one_the_request_can_change() -> None:
    orders = [{"order_id": "#W1000001", "status": "processed"}, {"order_id": "#W1000002", "status": "pending"}]
    assert ground_order("cancel my open order", [], orders, "pending").order_id == "#W1000002"
    assert ground_order("where is my open order?", [], orders, None).candidates == orders


# fresh12 F7: the amount paid for an order just discussed was answered with the catalog's price today.
@pytest.mark.parametrize("text", [
    "what did i pay for it again?", "how much was i charged for that", "and what did that cost me?",
    "je l'ai payée combien déjà ?", "j'ai payé combien pour elle ?", "¿cuánto pagué por ella?", "¿y cuánto me costó?",
    "was hab ich dafür bezahlt?", "wie viel wurde mir dafür abgebucht?",
])
def test_the_amount_paid_is_a_payment_question(text: str) -> None:
    assert asked_order_fact(text) == "payment"


@pytest.mark.parametrize("text", ["how much is the jacket?", "combien coûte la veste ?", "was kostet die jacke?",
                                  "¿cuánto cuesta la chaqueta?", "how much more is that one?"])
def test_a_price_question_is_no_payment_question(text: str) -> None:
    assert asked_order_fact(text) is None
