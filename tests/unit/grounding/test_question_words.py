"""What a question about a product asks, in phrasings beyond the first lexicon's (four languages)."""

from __future__ import annotations

import pytest

from assistant.grounding.catalog_questions import read_question


@pytest.mark.parametrize(("text", "kind"), [
    ("what do customers think of it?", "reviews"),
    ("¿qué opinan los compradores?", "reviews"),
    ("qu'en disent les clients ?", "reviews"),
    ("was halten die Kunden davon?", "reviews"),
    ("does it come in red?", "colours"),
    ("¿viene en rojo?", "colours"),
    ("elle existe en rouge ?", "colours"),
    ("gibt es die auch in Rot?", "colours"),
    ("is the parka really warm?", "warmth"),
    ("ist die Jacke im Winter warm?", "warmth"),
])
def test_more_phrasings_of_a_product_question(text: str, kind: str) -> None:
    assert kind in read_question(text).asks
