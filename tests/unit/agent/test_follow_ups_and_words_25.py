"""Issue 17 (words25): follow-ups after a proposal, a refusal or a write, and catalog wording."""

from __future__ import annotations

import pytest

from assistant.consent import explicit_answer
from assistant.grounding.catalog_phrases import in_sentence, join_words
from assistant.grounding.proposal_question import read_proposal_question
from assistant.steps.after_write import asks_what_it_covers
from assistant.steps.order_changes import _names_part_of

ORDER = {"order_id": "#W3062096", "items": [{"name": "T-Shirt", "item_id": "1", "options": {}},
                                             {"name": "Smart Watch", "item_id": "2", "options": {}},
                                             {"name": "Jigsaw Puzzle", "item_id": "3", "options": {}}]}


@pytest.mark.parametrize("text", ["hmm no, don't", "no wait don't", "wait no", "hmm nein, lass das"])
def test_a_no_with_a_pause_is_a_no(text: str) -> None:
    assert explicit_answer(text) == "no"


@pytest.mark.parametrize("text", ["hmm nein warte", "no wait", "not sure", "maybe not", "no, but wait"])
def test_a_pause_said_last_or_alone_is_no_answer(text: str) -> None:
    assert explicit_answer(text) is None


@pytest.mark.parametrize("text", ["wait does that include the puzzle too?", "is the t-shirt included?",
                                  "what about the t-shirt?", "attendez, ça inclut le puzzle aussi ?",
                                  "le t-shirt est compris dedans ?", "espera, eso incluye el puzzle también?",
                                  "la camiseta va incluida?", "moment, ist das puzzle da auch dabei?",
                                  "ist das puzzle auch mit drin?"])
def test_a_question_about_what_it_covers_asks_the_items(text: str) -> None:
    question = read_proposal_question(text)
    assert question is not None and question.cued and "items" in question.facts


def test_after_a_cancellation_what_it_covers_is_asked_of_its_own_order_only() -> None:
    written = "Order #W3062096 is cancelled. The refund of $463.43 goes back to PayPal."
    assert asks_what_it_covers("does that include the puzzle too?", written)
    assert not asks_what_it_covers("does order #W9077205 include the puzzle?", written)
    assert not asks_what_it_covers("thanks, bye", written)


def test_naming_some_of_the_order_items_is_a_part_of_it() -> None:
    assert _names_part_of(ORDER, "can you cancel just the smart watch from my order")
    assert not _names_part_of(ORDER, "cancel my pending order")


def test_tag_values_inside_sentences_are_lower_case() -> None:
    assert join_words(["Cool", "Rainy", "Windy"], "en") == "cool, rainy and windy"
    assert in_sentence("Red", "en") == "red"
    assert in_sentence("LED", "en") == "LED"
    assert in_sentence("Green", "de") == "Grün"
