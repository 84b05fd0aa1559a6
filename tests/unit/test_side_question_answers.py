"""Answers beside another need (`steps/side_questions`, `steps/product_answers`): a product never made in the colour
asked says the colours it comes in; an item change waiting for its option is told apart from other questions."""

from __future__ import annotations

from typing import Any

from assistant.grounding.catalog_constraints import CatalogConstraints, CatalogReading
from assistant.grounding.catalog_questions import read_question
from assistant.steps.product_answers import answer_question
from assistant.steps.side_question_reading import awaits_an_option

HOODIE: dict[str, Any] = {"product_id": "MH01", "name": "Chaz Kangeroo Hoodie", "variants": [
    {"item_id": f"MH01-{size}-{colour}", "available": colour != "Gray" or size != "XS",
     "options": {"size": size, "color": colour}, "price_cents": 5200}
    for size in ("XS", "M") for colour in ("Black", "Gray", "Orange")]}


def _asked(text: str, colour: str) -> str:
    reading = CatalogReading(constraints=CatalogConstraints(colours=[colour]))
    return answer_question(HOODIE, read_question(text), reading, "en", text)


def test_a_colour_never_made_gets_the_colours_it_comes_in() -> None:
    said = _asked("is the Chaz Kangeroo hoodie available in blue?", "Blue")
    assert "black" in said and "gray" in said and "orange" in said
    assert "no sizes in stock" not in said


def test_a_colour_made_gets_its_sizes() -> None:
    said = _asked("is the Chaz Kangeroo hoodie available in gray?", "Gray")
    assert "M" in said and "Black" not in said


def test_only_an_item_change_asking_its_option_waits_for_one() -> None:
    option = {"intent": "modify_order", "slots": {"swap_item_ids": ["WJ01-M-Blue"], "order_ids": ["#D9000002"],
                                                  "asked_candidates": {"slot": "item_ids", "by_options": True}}}
    assert awaits_an_option({"topic": option})  # type: ignore[typeddict-item]
    assert not awaits_an_option({"topic": option, "pending": {"tool": "x"}})  # type: ignore[typeddict-item]
    which_order = {"intent": "cancel_order", "slots": {"asked_candidates": {"slot": "order_ids"}}}
    assert not awaits_an_option({"topic": which_order})  # type: ignore[typeddict-item]
