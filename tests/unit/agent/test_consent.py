"""Only a plain yes lets a write happen; hedged or unclear replies are neither yes nor no."""

import pytest

from assistant.consent import declines, explicit_answer, hesitates


@pytest.mark.parametrize("text", ["Yes", "yes please", "yes, cancel it", "okay do it", "sure!", "oui, merci",
                                  "sí, por favor", "ja bitte"])
def test_plain_agreement_is_a_yes(text: str) -> None:
    assert explicit_answer(text) == "yes"


@pytest.mark.parametrize("text", ["No", "no thanks", "nope, keep it", "non", "no gracias", "nein danke"])
def test_plain_refusal_is_a_no(text: str) -> None:
    assert explicit_answer(text) == "no"


@pytest.mark.parametrize("text", ["hmm, maybe", "yes but wait", "yeah not sure", "I guess", "why?", "yes no",
                                  "sure, if it's free", "oui mais pas maintenant", "ja, aber nicht jetzt",
                                  # the review's examples, each of which cancelled an order
                                  "ok let me think about it", "sure, what would the refund be",
                                  "right, let me ask my partner"])
def test_hedged_or_unclear_replies_are_neither(text: str) -> None:
    assert explicit_answer(text) is None


def test_a_restatement_must_name_the_proposed_action() -> None:
    assert explicit_answer("yes, cancel it", tool="cancel_pending_order") == "yes"
    assert explicit_answer("yes, cancel it", tool="modify_pending_order_payment") is None
    assert explicit_answer("no, cancel it", tool="cancel_pending_order") is None
    assert explicit_answer("no, don't cancel it", tool="cancel_pending_order") == "no"


@pytest.mark.parametrize("text", ["hmm, I'm not sure", "euh, je ne sais pas trop", "mmm, no sé", "hm, weiß nicht recht",
                                  "wait, maybe",
                                  # "we'll see" in four languages (fresh-eyes 9, C5: "naja mal sehen" was a no)
                                  "we'll see", "meh we will see", "on verra", "bof, on verra bien", "ya veremos",
                                  "pues ya veré", "naja mal sehen", "schauen wir mal", "mal schauen"])
def test_a_hesitation_is_neither_yes_nor_no_and_keeps_the_proposal(text: str) -> None:
    assert hesitates(text)
    assert explicit_answer(text, tool="cancel_pending_order") is None


@pytest.mark.parametrize("text", ["wait, actually I want the blue one in a large", "no", "yes please",
                                  "hmm, what would the refund be?"])
def test_a_reply_that_says_something_else_is_no_hesitation(text: str) -> None:
    assert not hesitates(text)


@pytest.mark.parametrize("text", ["oui, c'est exact", "c'est juste", "doch, mach das", "ja doch", "sí, eso es"])
def test_more_ways_of_saying_yes(text: str) -> None:
    assert explicit_answer(text, tool="cancel_pending_order") == "yes"


@pytest.mark.parametrize("text", ["actually no, i'll keep it", "never mind, I don't want to cancel it",
                                  "non finalement je la garde", "laisse tomber, je veux pas annuler",
                                  "no, mejor me lo quedo", "olvídalo, ya no quiero cancelarlo",
                                  "nein, ich behalte sie doch", "ich will doch nicht stornieren"])
def test_a_dropped_request_declines(text: str) -> None:
    assert declines(text)


@pytest.mark.parametrize("text", ["euh jsais pas trop, peut etre", "umm not sure, maybe", "ordered by mistake",
                                  "vous avez des shorts bleus ?", "nur in blau bitte", "gehts noch billiger?",
                                  "yes", "oui, annulez-la"])
def test_a_hedge_an_answer_or_another_request_does_not_decline(text: str) -> None:
    assert not declines(text)


@pytest.mark.parametrize(("text", "tool"), [
    ("yes that's fine", "modify_pending_order_items"), ("yeah that's fine", "return_delivered_order_items"),
    ("ok, ça me va", "modify_pending_order_items"), ("vale, perfecto", "exchange_delivered_order_items"),
    ("ja, passt so", "modify_pending_order_items"), ("geht in Ordnung", "cancel_pending_order"),
    # an item swap is "exchanged" on a pending order and "changed" on a delivered one
    ("yes, change it", "exchange_delivered_order_items"), ("yes, exchange it", "modify_pending_order_items"),
    ("ja, tausch es um", "exchange_delivered_order_items"), ("sí, cámbialo", "exchange_delivered_order_items"),
])
def test_more_forms_of_a_plain_yes(text: str, tool: str) -> None:
    assert explicit_answer(text, tool=tool) == "yes"


@pytest.mark.parametrize("text", ["that's fine", "bueno", "yes, cancel it", "ja, zurückgeben", "no that's fine"])
def test_a_swap_is_not_agreed_by_a_lone_tail_or_another_action(text: str) -> None:
    assert explicit_answer(text, tool="exchange_delivered_order_items") != "yes"


@pytest.mark.parametrize(("text", "answer"), [
    ("ah d'accord, oui annulez", "yes"), ("ach so, ja dann stornieren", "yes"), ("ah ok, yes cancel it", "yes"),
    ("ah vale, sí cancélalo", "yes"), ("oh i see, no thanks", "no"), ("ach so, dann doch nicht", "no"),
])
def test_an_interjection_before_the_answer_leaves_it_as_said(text: str, answer: str) -> None:
    result = explicit_answer(text, tool="cancel_pending_order")
    assert result == answer


@pytest.mark.parametrize("text", ["yes that's all correct", "yes, everything is correct", "oui tout est correct",
                                  "oui c'est tout bon", "sí, todo está bien", "ja, passt alles"])
def test_a_yes_saying_everything_is_right_is_a_yes(text: str) -> None:
    assert explicit_answer(text, tool="modify_pending_order_items") == "yes"


@pytest.mark.parametrize("text", ["is that all correct?", "everything is correct but wait"])
def test_everything_right_asked_or_hedged_is_no_answer(text: str) -> None:
    assert explicit_answer(text, tool="modify_pending_order_items") is None
