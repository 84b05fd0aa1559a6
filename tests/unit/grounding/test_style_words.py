"""Style words the catalog has no attribute for: mapped to its kinds where it can, always said in one sentence."""

import pytest

from assistant.grounding.catalog_constraints import CatalogConstraints
from assistant.grounding.style_words import style_asked, styled


@pytest.mark.parametrize(("text", "style"), [
    ("something like this but more formal", "formal"),
    ("quelque chose comme ça mais plus habillé", "formal"),
    ("algo como esto pero más elegante", "formal"),
    ("so etwas, aber eleganter", "formal"),
    ("a dressier jacket for men", "formal"),
    ("something more casual", "casual"),
    ("une veste plus sportive", "casual"),
    ("a jacket for cool weather", None),
    ("un sac de sport", None),
    ("welche farben gibt es?", None),
])
def test_style_words_are_read_in_four_languages(text: str, style: str | None) -> None:
    assert style_asked(text) == style


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
def test_a_casual_kind_asked_more_formal_becomes_jackets_and_is_said(language: str) -> None:
    change = styled("formal", CatalogConstraints(categories=["hoodies & sweatshirts"], gender="Men",
                                                 max_price_cents=5000), language)
    c = change.constraints
    assert (c.categories, c.exclude_categories, c.gender, c.max_price_cents) == (
        ["jackets"], ["hoodies & sweatshirts"], "Men", 5000)
    assert change.note and "{" not in change.note


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
def test_a_style_the_catalog_cannot_sort_by_is_said_never_ignored(language: str) -> None:
    jackets = CatalogConstraints(categories=["jackets"])
    assert styled("formal", jackets, language).constraints == jackets
    assert styled("formal", jackets, language).note
    assert styled("casual", jackets, language).note
