"""Only a plain yes lets a write happen; hedged or unclear replies are neither yes nor no."""

import pytest

from assistant.consent import explicit_answer


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
