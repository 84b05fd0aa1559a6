"""The saved payment method the customer names, by kind, brand or last digits, in four languages; a method
after "rather than"/"au lieu de"/"en lugar de"/"statt" is ruled out; descriptions never show internal ids."""

from __future__ import annotations

import pytest

from assistant.grounding.payments import describe_payment, ground_payment, names_payment, unheld_card_digits

DISCOVER = {"id": "credit_card_7001", "source": "credit_card", "brand": "discover", "last_four": "6011"}
AMEX = {"id": "credit_card_7002", "source": "credit_card", "brand": "amex", "last_four": "1005"}
GIFT = {"id": "gift_card_7003", "source": "gift_card", "balance_cents": 12350}
PAYPAL = {"id": "paypal_7004", "source": "paypal"}
METHODS = [DISCOVER, AMEX, GIFT, PAYPAL]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("please put the refund on my gift card, not the Discover", GIFT),
        ("I'd prefer the gift card instead of my Discover card", GIFT),
        ("use the Discover card rather than PayPal", DISCOVER),
        ("charge the amex", AMEX),
        ("the card ending in 1005", AMEX),
        ("via PayPal please", PAYPAL),
        ("sur ma carte cadeau plutôt que sur la Discover", GIFT),
        ("remboursez sur PayPal au lieu de la carte", PAYPAL),
        ("a mi tarjeta de regalo en vez de la Discover", GIFT),
        ("con PayPal, por favor", PAYPAL),
        ("bitte auf meinen Gutschein statt auf die Discover", GIFT),
        ("über PayPal bitte", PAYPAL),
    ],
)
def test_the_named_method_wins_and_the_excluded_one_is_never_chosen(text: str, expected: dict) -> None:
    assert ground_payment(text, METHODS).method == expected


@pytest.mark.parametrize("text", ["on my credit card", "sur ma carte bancaire", "a mi tarjeta de crédito",
                                  "auf meine Kreditkarte"])
def test_a_kind_that_fits_two_cards_gives_both_to_ask_about(text: str) -> None:
    choice = ground_payment(text, METHODS)
    assert choice.method is None and choice.candidates == [DISCOVER, AMEX]


def test_words_naming_no_method_name_nothing() -> None:
    choice = ground_payment("yes please go ahead", METHODS)
    assert choice.method is None and not choice.named


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", ["Discover ending 6011", "gift card (balance $123.50)", "PayPal"]),
     ("fr", ["Discover se terminant par 6011", "carte cadeau (solde 123,50 $)", "PayPal"]),
     ("es", ["Discover terminada en 6011", "tarjeta regalo (saldo 123,50 $)", "PayPal"]),
     ("de", ["Discover mit Endziffern 6011", "Geschenkkarte (Guthaben 123,50 $)", "PayPal"])],
)
def test_methods_are_described_in_words_without_ids(language: str, expected: list[str]) -> None:
    described = [describe_payment(m, language) for m in (DISCOVER, GIFT, PAYPAL)]
    assert described == expected
    assert not any("_" in text for text in described)


# The order was paid with the amex: "the same card" names it, in four languages; "the same one" alone only where the
# customer was asked which method pays (elsewhere it is about the item: "the same one in L").
@pytest.mark.parametrize("text", ["same card as i paid with", "the original payment method please",
                                  "la même carte que pour la commande", "el mismo método de pago",
                                  "dieselbe Zahlungsart wie bei der Bestellung", "same card as before"])
def test_the_same_method_as_the_order_is_the_orders_own(text: str) -> None:
    assert ground_payment(text, METHODS, original_id=AMEX["id"]).method == AMEX


@pytest.mark.parametrize("text", ["the same one", "la même", "la misma", "dieselbe bitte"])
def test_the_same_one_alone_names_the_orders_method_only_as_an_answer(text: str) -> None:
    assert ground_payment(text, METHODS, original_id=AMEX["id"], same_alone=True).method == AMEX
    assert ground_payment(text, METHODS, original_id=AMEX["id"]).method is None


def test_a_method_named_wins_over_the_same_one() -> None:
    assert ground_payment("PayPal, not the same one", METHODS, original_id=AMEX["id"], same_alone=True).method == PAYPAL


def test_the_same_method_without_the_order_context_names_nothing_precise() -> None:
    assert ground_payment("same card as before", METHODS).method is None


@pytest.mark.parametrize("text", ["put the difference on my store credit", "aufs Guthaben bitte", "sur mon bon d'achat",
                                  "al crédito de tienda", "shop credit"])
def test_store_credit_words_name_the_gift_card(text: str) -> None:
    assert ground_payment(text, METHODS).method == GIFT


@pytest.mark.parametrize(("text", "named"), [("a paypal", True), ("the one ending 1005", True), ("Guthaben", True),
                                             ("same card as i paid with", True), ("yes please", False),
                                             ("in blue please", False)])
def test_names_payment(text: str, named: bool) -> None:
    assert names_payment(text) is named


# fresh12 F1: "lieber als Gutschrift auf die Geschenkkarte, nicht PayPal" left both methods open, and the yes refunded
# to the PayPal just ruled out.
@pytest.mark.parametrize("text", ["lieber als gutschrift auf die geschenkkarte, nicht paypal",
                                  "on the gift card, not paypal", "sur la carte cadeau, pas paypal",
                                  "a la tarjeta regalo, no paypal"])
def test_a_method_negated_after_a_comma_is_ruled_out(text: str) -> None:
    saved = [{"id": "paypal_1", "source": "paypal"}, {"id": "gift_card_1", "source": "gift_card"}]
    assert ground_payment(text, saved, original_id="paypal_1").method == saved[1]


@pytest.mark.parametrize("text", [
    "use my paypal not the gift card. oh and it should go to 1200 Congress Avenue, Austin, TX 78701 now",
    "the visa please, and ship to 4410 ocean view blvd, san diego ca 92107",
])
def test_a_house_number_is_no_card_digits(text: str) -> None:
    assert unheld_card_digits(text, [{"last_four": "5896"}]) is None


def test_card_digits_beside_an_address_are_still_read() -> None:
    assert unheld_card_digits("use the visa 1234 and ship to 12 Oak St", [{"last_four": "5896"}]) == "1234"
