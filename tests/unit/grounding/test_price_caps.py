"""A price cap keeps its own strictness (fresh-eyes issue 17): "under 60", "moins de 60", "menos de 60", "unter 60"
leave out an item priced exactly 60; "60 max", "up to 60", "jusqu'à 60", "bis 60" keep it. Checked on the filter
the catalog search applies, in four languages."""

from __future__ import annotations

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_phrases import describe
from assistant.steps.catalog_lookup import filters_for
from tests.unit.grounding.test_catalog_constraints import VOCABULARY

SIXTY = 6000
STRICT = [
    "men's jackets under $60", "anything below 60 dollars?", "less than $60 please", "cheaper than 60",
    "des vestes à moins de 60 €", "en dessous de 60 euros", "sous 60 €",
    "chaquetas por menos de 60", "menos de 60 euros", "por debajo de 60 €",
    "Jacken unter 60 Euro", "weniger als 60 €", "etwas unter 60",
]
INCLUSIVE = [
    "jackets, 60 max", "up to $60", "at most 60 dollars", "no more than $60", "my budget is $60", "$60 or less",
    "jusqu'à 60 €", "60 € maximum", "pas plus de 60 euros", "au maximum 60 €",
    "hasta 60 euros", "60 como máximo", "no más de 60 €", "máximo 60",
    "bis 60 Euro", "maximal 60 €", "höchstens 60", "nicht mehr als 60 Euro",
]


def _highest_price_found(text: str) -> int | None:
    return filters_for(read_constraints(text, VOCABULARY).constraints).max_price_cents


@pytest.mark.parametrize("text", STRICT)
def test_a_strict_cap_leaves_out_the_amount_itself(text: str) -> None:
    highest = _highest_price_found(text)
    assert highest is not None and highest < SIXTY and highest >= SIXTY - 1


@pytest.mark.parametrize("text", INCLUSIVE)
def test_an_inclusive_cap_keeps_the_amount_itself(text: str) -> None:
    assert _highest_price_found(text) == SIXTY


@pytest.mark.parametrize(("text", "language", "words"), [
    ("jackets under $60", "en", "under $60"), ("jackets up to $60", "en", "up to $60"),
])
def test_the_cap_is_described_as_stated(text: str, language: str, words: str) -> None:
    assert words in describe(read_constraints(text, VOCABULARY).constraints, language)
