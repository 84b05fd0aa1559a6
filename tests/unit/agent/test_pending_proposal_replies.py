"""What the customer says while a proposal waits (pending-proposal-replies): agreement that restates the proposal's
details in any order is its yes only when they ground to the very proposal; a size restated in the customer's
language is the proposal's; the words after the proposal's own zip code name no place; return verbs are read in
any form with their pronouns; a change of mind keeps the item in progress."""

from __future__ import annotations

import pytest

from assistant.consent_details import agrees_in_words
from assistant.models.contracts import Intent
from assistant.state import Pending
from assistant.steps.changed_detail import changes_the_swap
from assistant.steps.owned_items import _item_in_progress
from assistant.steps.restated_proposal import agrees_to_the_same, same_write
from assistant.steps.return_instead import return_instead
from assistant.steps.yes_with_details import yes_restating_the_proposal, yes_with_content

CANCEL: Pending = {  # type: ignore[typeddict-item]
    "tool": "cancel_pending_order",
    "arguments": {"order_id": "#W4683557", "reason": "ordered by mistake"},
    "reply_facts": {"order_id": "#W4683557", "reason": "ordered by mistake"}}
SWAP: Pending = {  # type: ignore[typeddict-item]
    "tool": "exchange_delivered_order_items",
    "arguments": {"order_id": "#W2922433", "item_ids": ["1"], "new_item_ids": ["2"], "payment_method_id": "paypal_1"},
    "reply_facts": {"order_id": "#W2922433", "item": "Pet Bed", "old_options": "size medium, color grey",
                    "new_options": "size small, color grey", "difference": "-$14.05", "payment": "PayPal"}}
PUZZLE: Pending = {  # type: ignore[typeddict-item]
    "tool": "modify_pending_order_items",
    "arguments": {"order_id": "#W6348442", "item_ids": ["1"], "new_item_ids": ["2"]},
    "reply_facts": {"order_id": "#W6348442", "item": "Jigsaw Puzzle", "new_options": "pieces 1500"}}
ADDRESS: Pending = {  # type: ignore[typeddict-item]
    "tool": "modify_pending_order_address",
    "arguments": {"order_id": "#W4604258", "address1": "77 Orchard Row", "address2": "Apt 2", "city": "Boise",
                  "state": "ID", "zip": "83702", "country": "USA"},
    "reply_facts": {"order_id": "#W4604258", "what": "shipping address",
                    "new_value": "77 Orchard Row, Apt 2, Boise, ID 83702"}}


@pytest.mark.parametrize("text", ["right, #W4683557 - it was a mistake order so yeah cancel it",
                                  "#W6348442, 1500 pieces - yep that's right, do it", "ok go ahead, the 1500 one",
                                  "si claro, el de 1500", "genau so, ja"])
def test_agreement_anywhere_in_the_words(text: str) -> None:
    assert agrees_in_words(text, tool="cancel_pending_order")


@pytest.mark.parametrize("text", ["yes if it's under 10 bucks", "hmm yes but not now", "oui mais en rouge",
                                  "no, yes, whatever", "yes? which card", "yes, don't cancel it", "ja wohl kaum",
                                  "the 1500 one"])
def test_no_agreement(text: str) -> None:
    assert not agrees_in_words(text, tool="cancel_pending_order")


def test_the_same_write_only() -> None:
    assert same_write(CANCEL, "cancel_pending_order", {"order_id": "#W4683557", "reason": "ordered by mistake"})
    assert not same_write(CANCEL, "cancel_pending_order", {"order_id": "#W4683557", "reason": "no longer needed"})
    assert not same_write(CANCEL, "cancel_pending_order", {"order_id": "#W1111111", "reason": "ordered by mistake"})
    assert not same_write(None, "cancel_pending_order", {"order_id": "#W4683557", "reason": "ordered by mistake"})
    text = "right, #W4683557 - it was a mistake order so yeah cancel it"
    assert agrees_to_the_same(CANCEL, "cancel_pending_order", dict(CANCEL["arguments"]), text)
    assert not agrees_to_the_same(CANCEL, "cancel_pending_order", {"order_id": "#W1111111",
                                                                   "reason": "ordered by mistake"}, text)


@pytest.mark.parametrize("text", ["jo genau, hundebett klein und paypal", "sí, la pequeña con paypal",
                                  "oui, le petit avec paypal"])
def test_a_size_restated_in_the_customers_language_is_the_proposals(text: str) -> None:
    assert yes_restating_the_proposal(text, SWAP)


@pytest.mark.parametrize("text", ["ja, hundebett gross und paypal", "sí, la grande con paypal"])
def test_another_size_in_the_customers_language_is_no_yes(text: str) -> None:
    assert not yes_restating_the_proposal(text, SWAP)


def test_an_order_number_is_no_option_value() -> None:
    assert not changes_the_swap("#W6348442, 1500 pieces - yep that's right, do it", PUZZLE)
    assert changes_the_swap("#W6348442, 2000 pieces please", PUZZLE)


@pytest.mark.parametrize("text", ["yep boise 83702 is correct", "yes 83702 thanks"])
def test_words_after_the_proposed_zip_name_no_place(text: str) -> None:
    assert yes_with_content(text, ADDRESS)


@pytest.mark.parametrize("text", ["yes 83701 is correct", "yes, 12 Elm Street", "yes boise 83702, no, 12 elm st"])
def test_another_place_is_still_no_yes(text: str) -> None:
    assert not yes_with_content(text, ADDRESS)


@pytest.mark.parametrize("text", ["uy no, mejor devuélvelos y me reembolsas a la tarjeta", "mejor reembólsamelo",
                                  "non, je préfère le retourner", "non renvoyez-la moi plutôt",
                                  "nee, lieber zurückgeben", "dann erstattet mir das geld"])
def test_a_return_verb_in_any_form_replaces_the_swap(text: str) -> None:
    state = {"pending": SWAP, "incoming": {"text": text}}
    assert return_instead(state)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["oui, le remboursement de la différence sur paypal", "sí, el reembolso a paypal",
                                  "ja, Erstattung auf PayPal"])
def test_a_refund_noun_pays_the_swaps_difference(text: str) -> None:
    state = {"pending": SWAP, "incoming": {"text": text}}
    assert not return_instead(state)  # type: ignore[arg-type]


def test_a_change_of_mind_keeps_the_item_in_progress() -> None:
    slots = {"order_ids": ["#W3733909"], "item_ids": ["5650803029"]}
    said = "non en fait je prefere l'echanger contre une bleue"
    assert _item_in_progress(said, Intent.EXCHANGE_ITEM, slots) == [("#W3733909", "5650803029")]
    assert _item_in_progress("je prefere echanger la gourde en bleu", Intent.EXCHANGE_ITEM, slots) == []
    assert _item_in_progress("echanger #W1234567 en bleu", Intent.EXCHANGE_ITEM, slots) == []
    assert _item_in_progress(said, Intent.CANCEL_ORDER, slots) == []
