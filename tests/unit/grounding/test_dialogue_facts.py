"""The readers behind the dialogue-facts suite (issue 17, blind v2's classes): questions and yeses while a write
waits, cancel reasons in free phrasing, items named by a noun and their current colour, amounts in words."""

from __future__ import annotations

import pytest

from assistant.grounding.catalog_amounts import numbers_in_digits
from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.item_changes import exchange_verb, names_current_option
from assistant.grounding.items import nouns_said
from assistant.grounding.reasons import read_cancel_reason
from assistant.grounding.variants import _colour
from assistant.models.contracts import Intent, TurnIntent
from assistant.steps.order_facts import order_status_question
from assistant.steps.proposal_questions import asks_about_proposal, yes_naming_a_method

SWAP = "modify_pending_order_items"


@pytest.mark.parametrize("text", [
    "so how much more is it then?", "ça fait combien de différence ?", "¿y cuánto me toca pagar?",
    "wie viel kriege ich zurück?", "the difference?",
])
def test_a_money_question_while_a_write_waits_is_a_question(text: str) -> None:
    assert asks_about_proposal(text) == "amount"


@pytest.mark.parametrize("text", ["ok yes", "ja, Differenz zurück auf die Visa", "oui, la différence sur paypal"])
def test_a_yes_or_a_yes_with_its_method_is_no_question(text: str) -> None:
    assert asks_about_proposal(text) is None


@pytest.mark.parametrize("text", [
    "yes, on my visa", "oui, avec la carte cadeau", "sí, a la mastercard", "ja, über PayPal bitte",
    "yep, charge the card ending 4242",
])
def test_a_yes_naming_a_method_has_the_shape_of_a_yes(text: str) -> None:
    assert yes_naming_a_method(text, SWAP)


@pytest.mark.parametrize("text", [
    "yes but not the visa", "visa", "yes", "oui mais plutôt la carte cadeau", "no, the visa",
    "sí, con paypal?", "ja, aber nur mit der Visa wenn es geht",
])
def test_anything_else_is_no_yes_with_a_method(text: str) -> None:
    assert not yes_naming_a_method(text, SWAP)


@pytest.mark.parametrize(("text", "reason"), [
    ("I accidentally bought it twice", "ordered by mistake"),
    ("pedí dos veces lo mismo", "ordered by mistake"),
    ("commandé en double, désolé", "ordered by mistake"),
    ("hab zweimal bestellt", "ordered by mistake"),
    ("den brauch ich nicht", "no longer needed"),
    ("je n'en ai plus l'usage", "no longer needed"),
])
def test_cancel_reasons_in_free_phrasing(text: str, reason: str) -> None:
    assert read_cancel_reason(text) == reason


def test_a_noun_inside_a_longer_noun_is_not_said_alone() -> None:
    assert nouns_said("the bike helmet please") == {"helmet"}
    assert nouns_said("mi reloj de pared") == {"clock"}


def test_the_current_colour_of_an_item_in_other_words() -> None:
    navy = {"item_id": "1", "options": {"color": "navy", "size": "small"}}
    assert names_current_option("la mochila azul marino", navy)
    assert not names_current_option("la mochila gris", navy)
    assert _colour("den rucksack in grau statt navy", ["navy", "grey"], "navy") == "grey"
    assert _colour("el reloj dorado, lo cambio por el plateado", ["gold", "silver"], "gold") == "silver"


def test_exchange_verbs() -> None:
    assert exchange_verb("den Helm gegen einen weißen tauschen")
    assert not exchange_verb("den Helm in weiß bitte")


def test_round_amounts_in_words() -> None:
    assert numbers_in_digits(fold("fifty bucks tops")) == "50 bucks tops"
    assert numbers_in_digits(fold("höchstens dreißig Euro")) == "hochstens 30 euro"


@pytest.mark.parametrize("text", [
    "ist der Luftreiniger schon angekommen?", "le casque de vélo, il est expédié ?",
    "pásame el número de seguimiento de la cama para mascotas", "has my backpack shipped?",
])
def test_where_an_order_is_asked_through_an_item_is_a_status_question(text: str) -> None:
    decided = TurnIntent(intent=Intent.RECOMMEND, confidence=0.7)
    assert order_status_question(text, decided).intent is Intent.ORDER_STATUS


@pytest.mark.parametrize("text", [
    "my backpack arrived torn", "die Jacke soll an 8 Lake Street, Chicago, IL 60601 geliefert werden",
    "where can I find a warm jacket?",
])
def test_a_problem_an_address_or_shopping_is_no_status_question(text: str) -> None:
    decided = TurnIntent(intent=Intent.REPORT_PROBLEM, confidence=0.7)
    assert order_status_question(text, decided).intent is not Intent.ORDER_STATUS
