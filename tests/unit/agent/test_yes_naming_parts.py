"""A yes that restates the part whose colour a swap changes ("sí, perfecto, con montura negra" to a new frame
colour) is a yes to that proposal; the same words to a change of the lenses are not
(assistant/steps/yes_with_details.py), and a yes naming a method "for whatever the difference is" names that method
(assistant/steps/proposal_questions.py)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.steps.proposal_questions import yes_naming_a_method
from assistant.steps.yes_with_details import yes_restating_the_proposal


def _swap(changed: list[str]) -> Any:
    return {"tool": "exchange_delivered_order_items",
            "reply_facts": {"order_id": "#W6015009", "item": "Sunglasses", "new_options": "color black, color brown",
                            "changed_options": changed, "difference": "$8.96"}}


def test_a_yes_naming_the_part_changed_is_a_yes() -> None:
    assert yes_restating_the_proposal("sí, perfecto, con montura negra", _swap(["frame color"]))


def test_the_same_words_to_a_change_of_another_part_are_no_yes() -> None:
    assert not yes_restating_the_proposal("sí, perfecto, con montura negra", _swap(["lens color"]))


@pytest.mark.parametrize(("text", "named"), [
    ("yeah do it, gift card for whatever the difference is", True),
    ("ja, für die Visa", True),
    ("whatever, paypal", False),  # no yes
    ("no, gift card for whatever", False),
])
def test_a_yes_with_a_method_for_the_difference(text: str, named: bool) -> None:
    assert yes_naming_a_method(text, "exchange_delivered_order_items") is named
