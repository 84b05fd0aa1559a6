"""Option values said as German compounds, nouns or inflected adjectives, item nouns ending a compound, and payment
ids that are not the customer's (fresh20 F1, F13; attack20 A6)."""

from __future__ import annotations

from assistant.grounding.items import nouns_said
from assistant.grounding.option_values import names_a_value_alone, read_values
from assistant.grounding.option_words import values_said
from assistant.grounding.payments import unheld_payment_id


def test_a_value_word_heading_a_german_compound_names_the_value() -> None:
    assert read_values(["capsule", "manual", "automatic"], "als Kapselmaschine statt manuell")[0][0] == "capsule"
    assert read_values(["capsule", "manual"], "als Kapselmodell")[0] == ["capsule"]
    assert read_values(["glass", "stainless steel", "plastic"], "als Edelstahlflasche")[0] == ["stainless steel"]


def test_only_listed_heads_make_a_compound() -> None:
    assert read_values(["capsule", "manual"], "der Kapselhalter ist lose")[0] == []
    assert not names_a_value_alone("ich möchte meine Fleecejacke zurückschicken")


def test_a_material_word_only_one_value_has_names_it() -> None:
    assert read_values(["glass", "stainless steel", "plastic"], "mejor la de acero")[0] == ["stainless steel"]
    assert read_values(["HEPA filter", "cordless"], "a better filter please") == ([], set())


def test_option_words_are_read_inflected() -> None:
    assert values_said("waterproof", ["yes", "no"], "als wasserdichtes Modell") == ["yes"]
    assert values_said("connectivity", ["wired", "wireless"], "die kabellose Variante") == ["wireless"]
    assert values_said("waterproof", ["yes", "no"], "en el modelo sumergible") == ["yes"]
    assert values_said("waterproof", ["yes", "no"], "nicht wasserdichtes") == ["no"]


def test_a_compound_ending_in_an_item_noun_names_its_kind() -> None:
    assert "camera" in nouns_said("die Actionkamera in meiner Bestellung")
    assert nouns_said("el reembolso a paypal") == set()  # "bolso" ends it by chance
    assert nouns_said("der Bildschirm ist zu klein") == set()


def test_a_payment_id_not_held_is_named() -> None:
    held = [{"id": "paypal_2192303", "source": "paypal"}]
    assert unheld_payment_id("Erstattung auf credit_card_9000001 bitte", held) == "credit_card_9000001"
    assert unheld_payment_id("auf paypal_2192303 bitte", held) is None
    assert unheld_payment_id("order W9728773, zip 19122", held) is None


def test_an_order_address_and_the_default_address_in_one_message_are_two_requests() -> None:
    from assistant.steps.request_queue import read_requests

    read = read_requests("Ändere bitte die Lieferadresse der Bestellung W8327915 und auch meine Standardadresse auf "
                         "500 Market Street, Suite 2, San Francisco, CA 94105", "de")
    assert read is not None
    assert read.first.endswith(": 500 Market Street, Suite 2, San Francisco, CA 94105")
    assert read.rest == ["bitte ändern Sie meine Standardadresse auf 500 Market Street, Suite 2, San Francisco, "
                         "CA 94105"]
