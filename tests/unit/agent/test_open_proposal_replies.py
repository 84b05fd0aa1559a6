"""Replies to an open proposal that are not a plain yes/no (proposal-replies-17; attack16 F4 F5 F7, fresh16 F9 F10):
each keeps the proposal open, writes nothing, and is answered with why: a yes on a condition gets the refund and where
it goes; "what?" gets the last answer again; a method the account lacks is said with the saved ones; another street
or "both" is proposed again; "do it after all" right after letting a proposal go asks that proposal again."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assistant.grounding.order_follow_ups import sounds_confused
from assistant.grounding.payments import unheld_kind
from assistant.models.contracts import Intent
from assistant.state import ConversationState, Pending
from assistant.steps.addresses import read_street
from assistant.steps.open_proposal_replies import (
    condition_answer,
    method_not_held,
    reinstated,
    street_changed,
    yes_on_condition,
)
from assistant.steps.routing import not_plain_reply
from assistant.steps.yes_adds_item import yes_to_both

CARD = {"id": "credit_card_1", "source": "credit_card", "brand": "visa", "last_four": "7183"}
PAYPAL = {"id": "paypal_1", "source": "paypal"}
CANCEL: Pending = {  # type: ignore[typeddict-item]
    "action_id": "a1", "tool": "cancel_pending_order",
    "arguments": {"order_id": "#W3206099", "reason": "ordered by mistake"},
    "reply_key": "cancelled", "reply_facts": {"order_id": "#W3206099", "amount": "$671.46"},
    "question": {"key": "confirm_cancel", "facts": {"order_id": "#W3206099", "reason": "ordered by mistake"}}}
RETURN: Pending = {  # type: ignore[typeddict-item]
    "action_id": "a2", "tool": "return_delivered_order_items",
    "arguments": {"order_id": "#W2912153", "item_ids": ["1"], "payment_method_id": "credit_card_1"},
    "reply_key": "returned", "reply_facts": {"order_id": "#W2912153", "amount": "$144.07",
                                             "refund_to": "Visa ending 7183"},
    "question": {"key": "confirm_return", "facts": {"order_id": "#W2912153", "amount": "$144.07",
                                                    "refund_to": "Visa ending 7183"}}}
ADDRESS: Pending = {  # type: ignore[typeddict-item]
    "action_id": "a3", "tool": "modify_pending_order_address",
    "arguments": {"order_id": "#W3358610", "address1": "400 Elm St", "address2": "", "city": "Austin",
                  "state": "TX", "zip": "78701", "country": "USA"},
    "reply_key": "modified", "reply_facts": {"order_id": "#W3358610", "what": "shipping address",
                                             "new_value": "400 Elm St, Austin, TX 78701"},
    "question": {"key": "confirm_modify", "facts": {"order_id": "#W3358610", "what": "shipping address",
                                                    "new_value": "400 Elm St, Austin, TX 78701"}}}


class Reader:
    def __init__(self, methods: list[dict[str, Any]]) -> None:
        self.methods = methods

    async def profile(self) -> dict[str, Any]:
        return {"payment_methods": self.methods}

    async def order(self, order_id: str) -> dict[str, Any] | None:
        return {"order_id": order_id, "status": "pending", "items": [],
                "payment_history": [{"payment_method_id": "credit_card_1"}]}


@pytest.mark.parametrize("text", ["yes if the refund is over $5000", "ok but only if the money goes on a gift card",
                                  "oui si le remboursement dépasse 9000 $",
                                  "oui seulement si c'est remboursé sur une carte cadeau",
                                  "sí, siempre que el reembolso sea de más de 90.000 $",
                                  "ja, falls die Erstattung über 2000 $ liegt"])
def test_a_yes_on_a_condition(text: str) -> None:
    assert yes_on_condition(text)
    assert not_plain_reply(text, CANCEL)


@pytest.mark.parametrize("text", ["yes", "oui s'il vous plaît", "sí, si claro", "ja bitte", "if only"])
def test_no_condition_or_no_yes(text: str) -> None:
    assert not yes_on_condition(text)


def test_a_condition_is_answered_with_the_refund_and_the_proposal_again() -> None:
    replies = asyncio.run(condition_answer(Reader([CARD]), CANCEL, "en"))  # type: ignore[arg-type]
    assert [r["key"] for r in replies] == ["condition_not_taken", "proposal_fact_refund", "confirm_cancel"]
    assert replies[1]["facts"] == {"amount": "$671.46", "refund_to": "Visa ending 7183"}


@pytest.mark.parametrize("text", ["what?", "huh", "sorry?", "sorry, what?", "quoi ?", "hein ?", "comment ?", "¿qué?",
                                  "¿cómo?", "no entiendo", "wie bitte?", "hä?", "was?"])
def test_a_puzzled_word(text: str) -> None:
    assert sounds_confused(text)
    assert not_plain_reply(text, CANCEL)


@pytest.mark.parametrize("text", ["what is the price?", "was kostet das", "comment ça va", "que tal", "bitte",
                                  "ha ha", "ok", "what's the status of my other order"])
def test_no_puzzled_word(text: str) -> None:
    assert not sounds_confused(text)


@pytest.mark.parametrize(("text", "kind"), [("yes, refund it to my gift card instead", "gift_card"),
                                            ("oui mais remboursez plutôt sur ma carte cadeau", "gift_card"),
                                            ("sí, pero el reembolso a mi tarjeta regalo", "gift_card"),
                                            ("ja, aber erstatten Sie es auf meine Geschenkkarte", "gift_card"),
                                            ("put it on my paypal", None), ("to my card", None),
                                            ("not the gift card, the visa", None)])
def test_a_kind_the_account_does_not_hold(text: str, kind: str | None) -> None:
    assert unheld_kind(text, [CARD, PAYPAL]) == kind


def test_a_method_not_held_is_said_with_the_saved_ones() -> None:
    replies = asyncio.run(method_not_held(Reader([CARD, PAYPAL]), RETURN,  # type: ignore[arg-type]
                                          "yes, refund it to my gift card instead", "en"))
    assert replies is not None
    assert [r["key"] for r in replies] == ["method_not_held_gift_card", "saved_methods", "confirm_return"]
    assert replies[1]["facts"]["methods"] == ["Visa ending 7183", "PayPal"]
    assert asyncio.run(method_not_held(Reader([CARD, PAYPAL]), RETURN, "yes, to paypal", "en")) is None  # type: ignore[arg-type]


def test_a_method_alone_goes_to_the_proposal() -> None:
    assert not_plain_reply("put the refund on my paypal", RETURN)
    assert not not_plain_reply("put the refund on my paypal", CANCEL)  # a cancellation has no method to choose
    payment_change: Pending = {"tool": "modify_pending_order_payment",  # type: ignore[typeddict-item]
                               "arguments": {"order_id": "#W1", "payment_method_id": "credit_card_1"}}
    assert not not_plain_reply("use my paypal instead", payment_change)  # its own request, read as such


@pytest.mark.parametrize(("text", "street"), [("yes, but make it 501 Main St", "501 Main St"),
                                              ("oui au 12 rue des Lilas", "12 rue des Lilas"),
                                              ("ja, 12 Hauptstraße", "12 Hauptstraße"),
                                              ("ja, aber Lindenstraße 14", "Lindenstraße 14"),
                                              ("sí, a la calle Mayor 45", "calle Mayor 45"), ("12 Best", None),
                                              ("yes 3 items", None), ("size 10 please", None)])
def test_a_street_said_alone(text: str, street: str | None) -> None:
    assert read_street(text) == street


def test_another_street_with_the_yes_is_proposed_again() -> None:
    changed = street_changed(ADDRESS, "yes, but make it 501 Main St")
    assert changed is not None
    assert changed["arguments"]["address1"] == "501 Main St"
    assert changed["arguments"]["zip"] == "78701"
    assert changed["question"]["facts"]["new_value"] == "501 Main St, Austin, TX 78701"
    assert street_changed(ADDRESS, "yes 400 Elm St") is None  # the proposal's own street
    assert street_changed(ADDRESS, "no, 501 Main St") is None  # no yes
    assert street_changed(CANCEL, "yes, but make it 501 Main St") is None


@pytest.mark.parametrize("text", ["yes, both actually", "oui, les deux en fait", "sí, los dos en realidad",
                                  "ja, eigentlich beides"])
def test_yes_both(text: str) -> None:
    assert yes_to_both(text, RETURN)
    assert not yes_to_both(text, CANCEL)


@pytest.mark.parametrize("text", ["yes, both", "oui confirme pour les deux", "si, confirmo los dos",
                                  "ja, beides zurück"])
def test_yes_both_to_a_return_of_two_items_is_a_yes_to_it(text: str) -> None:
    """Once an added item is proposed again with the first, "both" names the two items proposed: no addition."""
    two_items: Pending = {**RETURN, "arguments": {**RETURN["arguments"], "item_ids": ["1", "2"]}}  # type: ignore[typeddict-item]
    assert yes_to_both(text, RETURN)
    assert not yes_to_both(text, two_items)


@pytest.mark.parametrize("text", ["both are broken", "les deux sont cassés", "no, beides nicht"])
def test_both_without_a_yes_adds_nothing(text: str) -> None:
    assert not yes_to_both(text, RETURN)


def _after_withdrawal(**more: Any) -> ConversationState:
    return {"withdrawn": ADDRESS, "pending": None, "said_last": ["not_confirmed"],  # type: ignore[typeddict-item]
            "incoming": {"text": ""}, **more}


@pytest.mark.parametrize("text", ["actually go ahead, same address", "si finalement faites le, même adresse",
                                  "bueno, al final sí, hazlo con la misma dirección", "doch, mach es, gleiche Adresse"])
def test_do_it_after_all_brings_the_proposal_back(text: str) -> None:
    update = reinstated(_after_withdrawal(), text, Intent.CHANGE_DEFAULT_ADDRESS)
    assert update["pending"] == ADDRESS
    assert update["incoming"]["reinstated"] is True
    assert not_plain_reply(text, ADDRESS) is False  # asked again by the `reinstated` mark, not read as an answer


@pytest.mark.parametrize("text", ["no", "yes if it's free", "yes cancel #W1111111", "hmm"])
def test_nothing_comes_back_on_other_words(text: str) -> None:
    assert "pending" not in reinstated(_after_withdrawal(), text, Intent.AFFIRM)


def test_nothing_comes_back_later() -> None:
    assert reinstated(_after_withdrawal(said_last=["order_status"]), "yes do it", Intent.AFFIRM) == {"withdrawn": None}


@pytest.mark.parametrize(("text", "intent"), [("yes, can you check my other order?", Intent.ORDER_STATUS),
                                              ("yes, return the lamp then", Intent.RETURN_ITEM),
                                              ("yes please show me jackets", Intent.RECOMMEND)])
def test_another_request_after_the_withdrawal_brings_nothing_back(text: str, intent: Intent) -> None:
    assert "pending" not in reinstated(_after_withdrawal(), text, intent)


@pytest.mark.parametrize("text", ["hä? was?", "hein ? quoi ?", "¿qué? ¿cómo?", "huh? what?", "wie bitte? was?"])
def test_two_or_three_puzzled_words_are_puzzled(text: str) -> None:
    assert sounds_confused(text)


@pytest.mark.parametrize("text", ["quoi de neuf ?", "que pasa con mi pedido", "was was ist das"])
def test_a_question_that_starts_puzzled_is_not(text: str) -> None:
    assert not sounds_confused(text)
