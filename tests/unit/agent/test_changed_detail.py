"""A reply to a proposed item swap that names another colour, size or option value changes the swap: it is never a
yes to the variant proposed (`assistant/steps/changed_detail.py`)."""

from __future__ import annotations

import pytest

from assistant.consent import hedges
from assistant.steps.changed_detail import changes_the_swap

SWAP_TO_GREEN_S = {"tool": "modify_pending_order_items", "reply_facts": {"new_options": "size S, colour green"}}


@pytest.mark.parametrize("text", ["sí pero mejor en rojo", "yes but L instead sorry, S is for my sister lol",
                                  "ja, aber in Schwarz", "oui mais en bleu finalement", "actually make it white"])
def test_another_value_changes_the_swap(text: str) -> None:
    assert changes_the_swap(text, SWAP_TO_GREEN_S)


@pytest.mark.parametrize("text", ["yes", "yes, the green one", "sí", "yes it's fine", "oui, en vert c'est parfait",
                                  "hm, weiß nicht"])
def test_a_yes_or_the_proposed_value_again_does_not(text: str) -> None:
    assert not changes_the_swap(text, SWAP_TO_GREEN_S)


def test_only_item_swaps_are_changed_by_a_value() -> None:
    cancel = {"tool": "cancel_pending_order", "reply_facts": {}}
    assert not changes_the_swap("yes but in red", cancel)


@pytest.mark.parametrize(("text", "hedged"), [("a la mastercard, pero espera", True), ("the visa, wait", True),
                                              ("nimm die geschenkkarte", False), ("a la mastercard", False)])
def test_hedges(text: str, hedged: bool) -> None:
    assert hedges(text) is hedged


ESPRESSO = {"tool": "modify_pending_order_items", "arguments": {"new_item_ids": ["7806008610"]},
            "reply_facts": {"new_options": "capacity 1L, pressure 9 bar, type capsule"}}


@pytest.mark.parametrize("text", ["the 9 bar capsule one, item 7806008610", "the capsule one", "9 bar please"])
def test_the_proposed_variant_named_again_changes_nothing(text: str) -> None:
    assert not changes_the_swap(text, ESPRESSO)


@pytest.mark.parametrize("text", ["actually the manual one", "rather 15 bar"])
def test_another_value_of_another_option_changes_it(text: str) -> None:
    assert changes_the_swap(text, ESPRESSO)


def test_the_proposed_colour_in_the_customers_language_changes_nothing() -> None:
    caesar = {"tool": "exchange_delivered_order_items", "reply_facts": {"new_options": "taille 36, couleur noir"}}
    assert not changes_the_swap("toujours en noir", caesar)
    assert changes_the_swap("plutôt en bleu", caesar)
