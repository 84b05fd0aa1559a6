"""A pending order's one-item change said in everyday words (item-change-everyday-29): a kind of product and a value
with no verb ("el altavoz pero azul", "la polaire, la même en L svp"); a yes naming the method in the customer's own
words ("paypal's fine", "ok confirmo, cóbralo en la mastercard"); and the one variant found only with another option
changed, taken by a yes or by naming that other value (fresh28 F11)."""

from __future__ import annotations

import pytest

from assistant.grounding.kept_items import without_kept_items
from assistant.grounding.noun_with_value import value_said_of_a_noun
from assistant.steps.only_variant import only_with_agreed
from assistant.steps.proposal_questions import without_payment_words, yes_naming_a_method

SWAP = "modify_pending_order_items"


@pytest.mark.parametrize("text", [
    "el altavoz pero azul",
    "la polaire, la même en L svp",
    "el casco en talla S porfa",
    "las zapatillas de correr en la 10",
    "the white earbuds - could they be blue?",
    "die Kopfhörer lieber in rot, geht das noch?",
    "la veste polaire en XL ce serait possible ?",
])
def test_a_noun_and_a_value_are_another_version_wished(text: str) -> None:
    assert value_said_of_a_noun(text)


@pytest.mark.parametrize("text", [
    "my blue jacket is torn",
    "where is my black hoodie?",
    "cancel the red helmet",
    "I want to return the speaker in blue",
    "the speaker",  # no value
    "in blue please",  # no kind of product
])
def test_a_problem_a_question_or_half_of_it_is_no_such_wish(text: str) -> None:
    assert not value_said_of_a_noun(text)


@pytest.mark.parametrize("text", [
    "yes go ahead, paypal's fine",
    "ok confirmo, cobralo en la mastercard",
    "ok confirmo, cóbralo en la mastercard",
    "oui, payez avec paypal",
    "dale, por paypal",
    "ja, über PayPal",
])
def test_a_yes_naming_the_method_in_everyday_words(text: str) -> None:
    assert yes_naming_a_method(text, SWAP)


def test_a_method_excluded_is_no_yes_naming_it() -> None:
    assert not yes_naming_a_method("yes but not paypal", SWAP)


def test_the_contraction_goes_with_the_method() -> None:
    assert without_payment_words("paypal's fine")[0] == ""
    assert without_payment_words("it's on paypal")[0].startswith("it's")


ITEM = {"item_id": "1", "options": {"size": "8", "color": "gray", "material": "canvas"}}
ONLY = {"item_id": "2", "options": {"size": "10", "color": "gray", "material": "leather"}}


@pytest.mark.parametrize(("answer", "named", "taken"), [
    ("yes", {}, True),
    (None, {"material": "leather"}, True),  # "leather is fine"
    (None, {"size": "10"}, True),  # the value asked, said again: still that variant
    ("no", {"material": "leather"}, False),  # "no, not leather"
    (None, {}, False),  # nothing said of it
    (None, {"color": "black"}, False),  # another value: not this variant
])
def test_the_one_variant_is_taken_by_a_yes_or_by_its_value(answer: str | None, named: dict[str, str],
                                                             taken: bool) -> None:
    assert only_with_agreed(answer, ONLY, ITEM, named) is taken


@pytest.mark.parametrize(("text", "read"), [
    ("die blauen bitte in schwarz, sonst gleich. die weißen passen", "die blauen bitte in schwarz, sonst gleich."),
    ("el blanco lo quiero de vidrio, el negro lo dejo igual", "el blanco lo quiero de vidrio"),
    ("Die rote hätte ich gern in blau. Die aus Plastik bleibt", "Die rote hätte ich gern in blau."),
    ("the red one in black please, the blue one can stay as it is", "the red one in black please"),
])
def test_the_other_item_kept_as_it_is_is_no_part_of_the_change(text: str, read: str) -> None:
    assert without_kept_items(text) == read


@pytest.mark.parametrize("text", ["keep the same colour but in L", "die Schuhe passen nicht, die blauen"])
def test_an_option_kept_or_a_negation_keeps_no_item(text: str) -> None:
    assert without_kept_items(text) == text
