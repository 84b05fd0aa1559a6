"""focus24: a pronoun and a copula with an adjective ("il est imperméable ?", "¿es impermeable?", "ist es
wasserdicht?") ask about the product in focus or the products listed; a noun of a kind with an indefinite article
("une veste imperméable", "un impermeable") asks for products."""

import pytest

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.product_features import asks_what_it_is

ASKED_OF_THEM = ["is it waterproof?", "are they waterproof?", "il est imperméable ?", "c'est imperméable ?",
                 "c'est fait en quoi ?", "elle est imperméable celle-là ?", "ils sont imperméables ?",
                 "¿es impermeable?", "es impermeable?", "¿son impermeables?", "y es impermeable?",
                 "ist es wasserdicht?", "sind die wasserdicht?", "ist der wasserabweisend?",
                 # a second question joined by "and" (shopref25)
                 "what colours does it come in and is it waterproof?",
                 "elle existe en quelles couleurs et est-ce qu'elle est imperméable ?",
                 "¿de qué colores la tenéis y es impermeable?",
                 "in welchen Farben gibt es die und ist sie wasserdicht?"]
SEARCHES = ["et une veste imperméable pour femme ?", "vous avez aussi un imperméable pour homme ?",
            "y un impermeable para mujer?", "und eine wasserdichte Jacke für Damen?",
            "what about a waterproof jacket for men?", "a waterproof jacket for women?", "il est imperméable",
            "une veste noire et elle est imperméable ?"]


@pytest.mark.parametrize("text", ASKED_OF_THEM)
def test_a_copula_question_asks_about_what_is_shown(text: str) -> None:
    assert asks_what_it_is(fold(text))


@pytest.mark.parametrize("text", SEARCHES)
def test_a_kind_with_an_article_is_a_search(text: str) -> None:
    assert not asks_what_it_is(fold(text))
