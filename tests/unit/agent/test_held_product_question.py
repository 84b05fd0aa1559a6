"""Which messages sent while the desk holds a conversation ask of a product (answered at once from the catalog,
desk19 / fresh18 F9): a colour or size named is the question's, a write, an order or a problem is the agent's."""

from __future__ import annotations

import pytest

from assistant.grounding.unworded_writes import names_a_write, says_a_write
from assistant.steps.held_product_question import asks_of_a_product


@pytest.mark.parametrize(
    "text",
    [
        "et en vert, il existe ? à quel prix ?",
        "does the Chaz Kangeroo Hoodie come in gray? how much is it?",
        "mientras tanto, ¿la Chaz Kangeroo Hoodie viene en gris? ¿cuanto cuesta?",
        "gibt es den Chaz Kangeroo Hoodie auch in grau? was kostet er?",
    ],
)
def test_a_product_question_naming_a_colour_asks_of_a_product(text: str) -> None:
    assert asks_of_a_product(text)
    assert says_a_write(text) and not names_a_write(text)  # the colour alone: a write for a proposal, not here


@pytest.mark.parametrize(
    "text",
    [
        "can I change it to gray? how much is it?",
        "cancel #D9000002 because I no longer need it",
        "where is my order #D9000004?",
        "the hoodie arrived torn, how much do I get back?",
        "hello? is anyone there?",
        "ok thanks, and when will you know?",
    ],
)
def test_writes_orders_problems_and_other_words_are_left_to_the_agent(text: str) -> None:
    assert not asks_of_a_product(text)
