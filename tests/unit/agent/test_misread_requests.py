"""Readings of round 12's misread requests (mix15): a status aside in customers' words, a return or exchange with its
reason, a product called by its first word, a refinement of the list shown."""

from __future__ import annotations

import pytest

from assistant.grounding.asked_remedy import asked_remedy, asked_remedy_reading
from assistant.grounding.catalog_focus import best_named, called_by_first_word, several_named
from assistant.grounding.list_reference import refers_to_shown_list
from assistant.grounding.status_aside import split_status_aside
from assistant.models.contracts import Intent, TurnIntent, TurnSlots


@pytest.mark.parametrize("text", [
    "can i send back the lamp? refund to the gift card. and whats the status of order #W1234567",
    "je renvoie la gourde, sur la carte cadeau. et la commande #W1234567 elle en est ou ?",
    "la mochila la devuelvo, a la tarjeta regalo. y el pedido #W1234567 ya salio?",
    "den rucksack schick ich zurück, auf die geschenkkarte. wie siehts eigentlich mit #W1234567 aus?",
])
def test_a_status_aside_is_split_from_the_request(text: str) -> None:
    split = split_status_aside(text)
    assert split is not None and "#W1234567" in split.aside and "#W1234567" not in split.request


@pytest.mark.parametrize(("text", "remedy"), [
    ("exchange the helmet for the bigger one, it was wrong for me. gift card", Intent.EXCHANGE_ITEM),
    ("devolucion de la mochila porfa, a mi tarjeta terminada en 5506", Intent.RETURN_ITEM),
    ("zahnbürste gefällt mir nicht, bitte retoure", Intent.RETURN_ITEM),
    ("la montre ne me plait pas, je peux la renvoyer ?", Intent.RETURN_ITEM),
])
def test_a_named_remedy_with_its_reason_is_that_request(text: str, remedy: Intent) -> None:
    assert asked_remedy(text) is remedy
    misread = TurnIntent(intent=Intent.REPORT_PROBLEM, confidence=0.4, slots=TurnSlots())
    assert asked_remedy_reading(text, misread, in_progress=False).intent is remedy


# issue 17: returns said without a verb of returning sat within float rounding of a complaint or a person
@pytest.mark.parametrize("text", [
    "the bike helmet has to go back", "the helmet needs to go back", "l'enceinte bluetooth doit repartir",
    "le casque de vélo repart chez vous", "las botas de montaña las mando de vuelta", "quiero regresar las botas",
    "ich möchte eine Rückgabe für das Tablet",
])
@pytest.mark.parametrize("misread", [Intent.REPORT_PROBLEM, Intent.HUMAN_AGENT, Intent.OUT_OF_SCOPE])
def test_a_return_in_other_words_is_a_return_whatever_the_classifier_read(text: str, misread: Intent) -> None:
    reading = TurnIntent(intent=misread, confidence=0.25, slots=TurnSlots())
    assert asked_remedy_reading(text, reading, in_progress=False).intent is Intent.RETURN_ITEM


@pytest.mark.parametrize("text", [
    "the helmet arrived broken, i want to return it",
    "i got the wrong colour backpack, exchange it please",
    "la lampe est cassée, je veux la renvoyer",
])
def test_a_damage_or_wrong_item_stays_a_complaint(text: str) -> None:
    assert asked_remedy(text) is None


def test_a_product_called_by_its_first_word() -> None:
    names = ["Zeppelin Yoga Pant", "Kratos Gym Pant"]
    assert best_named("how much is the kratos", names) == 1
    assert best_named("c est quoi le prix du kratos", names) == 1
    assert not called_by_first_word("kratos", "Kratos Gym Pant")  # no article: a word, not a name said
    assert not called_by_first_word("how much is the hoodie", "Hoodie Kratos")  # a kind is no name
    assert several_named("precio del orestes?", ["Orestes Yoga Pant", "Orestes Fitness Short", "Cronus Yoga Pant"]) \
        == [0, 1]


@pytest.mark.parametrize(("text", "refers"), [
    ("which of those come in xl?", True), ("und welche davon gibts in blau?", True),
    ("lesquels existent en noir ?", True), ("¿y de esos cuáles hay en rojo?", True),
    ("show me blue hoodies", False), ("zeig mir was in blau", False),
])
def test_a_refinement_of_the_list_shown(text: str, refers: bool) -> None:
    assert refers_to_shown_list(text) is refers


def test_not_what_i_expected_asks_no_eligibility() -> None:
    from assistant.steps.eligible_orders import asks_which_qualify

    assert not asks_which_qualify("the kettle wasnt what i expected, can i return it?")
    assert asks_which_qualify("which hoodies can i return?")
