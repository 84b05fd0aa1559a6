"""withdraw23: a short message after a withdrawn request or after the desk handed back on its own question.

A bare yes after "nothing changed, anything else?" answers that question and brings no proposal back; words that only
say nothing is to change, said with a withdrawal, drop the request instead of holding it; the withdrawal names the
order, which stays the order in discussion; "what colour did I order?" asks what the order holds; a bare yes or no
to the agent's "would you like to keep your order then?" answers that question."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.grounding.hand_back_note import asks_the_customer, asks_to_keep
from assistant.grounding.orders import asked_order_fact
from assistant.grounding.person_request import asks_for_a_person
from assistant.models.contracts import Intent
from assistant.state import ConversationState, Pending
from assistant.steps.agent_question import KEEP, answer_to_agent
from assistant.steps.held_open import puts_on_hold
from assistant.steps.open_proposal_replies import bare_yes, reinstated
from assistant.steps.open_question import let_go_line
from assistant.steps.order_changes import SWAP_ITEMS_SLOT
from assistant.steps.return_instead import return_instead

SWAP: Pending = {  # type: ignore[typeddict-item]
    "action_id": "a1", "tool": "modify_pending_order_items",
    "arguments": {"order_id": "#W7941031", "item_ids": ["1"], "new_item_ids": ["2"], "payment_method_id": "paypal_1"},
    "reply_key": "modified", "reply_facts": {}, "question": {"key": "confirm_modify", "facts": {}}}


def _after_withdrawal(said: str) -> ConversationState:
    return {"withdrawn": SWAP, "pending": None, "said_last": [said],  # type: ignore[typeddict-item]
            "incoming": {"text": ""}}


@pytest.mark.parametrize("text", ["oui", "ja", "yes", "ok", "sí, claro", "yes please", "ja gerne"])
def test_a_bare_yes_after_anything_else_brings_nothing_back(text: str) -> None:
    assert bare_yes(text)
    for said in ("not_confirmed", "not_confirmed_order"):
        assert "pending" not in reinstated(_after_withdrawal(said), text, Intent.AFFIRM)


@pytest.mark.parametrize("text", ["actually go ahead after all", "si finalement faites le, même couleur",
                                  "yes, change it"])
def test_do_it_after_all_still_brings_it_back(text: str) -> None:
    assert not bare_yes(text) or "change" in text
    assert reinstated(_after_withdrawal("not_confirmed_order"), text, Intent.MODIFY_ORDER)["pending"] == SWAP


@pytest.mark.parametrize("text", ["actually never mind, don't change anything", "finalement non, ne changez rien",
                                  "pensándolo bien, no cambies nada", "ach nein, doch lieber nichts ändern",
                                  "no, don't change anything"])
def test_nothing_to_change_with_a_withdrawal_drops_the_request(text: str) -> None:
    assert not puts_on_hold(text)


@pytest.mark.parametrize("text", ["no cambies nada", "don't change anything yet", "no, not yet",
                                  "hmm let me think about it, don't touch anything yet", "nein, noch nichts ändern",
                                  "je vais réfléchir, ne changez rien"])
def test_words_that_hold_still_hold(text: str) -> None:
    assert puts_on_hold(text)


def test_the_withdrawal_names_its_order() -> None:
    assert let_go_line("#W7941031") == {"key": "not_confirmed_order", "facts": {"order_id": "#W7941031"}}
    assert let_go_line(None)["key"] == "not_confirmed"


@pytest.mark.parametrize("text", ["what colour did I order again?", "¿de qué color lo pedí?",
                                  "welche Farbe hatte ich nochmal bestellt?",
                                  "c'était quelle couleur déjà, celle que j'ai commandée ?"])
def test_an_ordered_option_is_a_contents_question(text: str) -> None:
    assert asked_order_fact(text) == "contents"


def test_what_did_i_order_is_no_contents_question() -> None:
    assert asked_order_fact("what did I order?") is None


@pytest.mark.parametrize("question", ["Would you like to keep your order then?",
                                      "Souhaitez-vous garder votre commande alors ?",
                                      "¿Entonces prefiere conservar su pedido?",
                                      "Möchten Sie die Bestellung dann behalten?",
                                      "On laisse les chaussures comme elles sont alors ?",
                                      "¿Dejamos el altavoz como está entonces?", "Sollen wir den Helm dann so lassen?",
                                      "Shall we leave the lamp as it is then?"])
def test_an_agents_question_about_keeping(question: str) -> None:
    assert asks_the_customer(question) and asks_to_keep(question)


def test_a_note_passing_back_asks_nothing() -> None:
    assert not asks_the_customer("I'll hand you back to the assistant, ok?")
    assert not asks_to_keep("Can I start a return for you?")


def _handed_back(agent: str, customer: str) -> ConversationState:
    transcript: list[dict[str, Any]] = [
        {"role": "customer", "text": "please cancel order #W1129578, I no longer need it"},
        {"role": "assistant", "text": "To confirm: cancel order #W1129578?"},
        {"role": "customer", "text": "actually, can I talk to a person first?"},
        {"role": "assistant", "text": "I'm handing this conversation to a member of our team."},
        {"role": "agent", "text": agent},
        {"role": "assistant", "text": "I'm back."},
        {"role": "customer", "text": customer}]
    return {"transcript": transcript, "incoming": {"text": customer}}  # type: ignore[typeddict-item]


def test_yes_to_keeping_keeps() -> None:
    assert answer_to_agent(_handed_back("Would you like to keep your order then?", "yes"), "yes") == (KEEP, None)


def test_no_to_keeping_takes_the_request_up_again() -> None:
    state = _handed_back("Would you like to keep your order then?", "no")
    assert answer_to_agent(state, "no") == (None, "please cancel order #W1129578, I no longer need it")


def test_an_offer_is_no_keep_question() -> None:
    assert answer_to_agent(_handed_back("Shall I start the cancellation for you?", "yes"), "yes") == (None, None)


def test_words_beyond_a_yes_or_no_are_read_as_usual() -> None:
    state = _handed_back("Would you like to keep your order then?", "what's the status of #W1?")
    assert answer_to_agent(state, "what's the status of #W1?") == (None, None)


@pytest.mark.parametrize("text", ["oye, ¿puedo hablar primero con una persona?",
                                  "actually, can I talk to a person first?"])
def test_a_person_asked_for_first(text: str) -> None:
    assert asks_for_a_person(text)


def _at_the_method_question(text: str) -> ConversationState:
    topic = {"intent": "modify_order", "slots": {"order_ids": ["#W7807323"], SWAP_ITEMS_SLOT: ["1"]}}
    return {"topic": topic, "pending": None, "incoming": {"text": text}}  # type: ignore[typeddict-item]


def test_a_refund_to_a_named_method_is_no_return() -> None:
    assert not return_instead(_at_the_method_question("yes, but only if you refund me to PayPal, otherwise no"))
    assert return_instead(_at_the_method_question("actually just refund me, I'll send it back"))
