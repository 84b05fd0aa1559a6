"""attack27 A27-1/A27-2: words that put the decision off are never a yes; "ok thanks" after putting a proposal off
agrees to nothing, and neither does it to a proposal just shown (fresh29 N1/N2: "ok thanks" at the reason question had
cancelled a $4,079.45 order)."""

from __future__ import annotations

import pytest

from assistant.consent import consent_to, explicit_answer, thanks_for_the_answer
from assistant.grounding.hold_words import says_to_wait
from assistant.steps.held_open import put_off_key
from assistant.steps.yes_with_details import yes_with_content

CANCEL = {"action_id": "a1", "tool": "cancel_pending_order",
          "arguments": {"order_id": "#W7905419", "reason": "no longer needed"}}


@pytest.mark.parametrize("text", [
    "passt, danke – ich denk nochmal drüber nach", "alles klar danke, ich schlaf eine Nacht drüber",
    "d'accord merci, la nuit porte conseil", "ok thanks, let me sleep on it", "vale gracias, me lo pienso",
    "ok danke, ich überleg's mir noch",
])
def test_thanks_with_a_deferral_is_no_yes(text: str) -> None:
    assert says_to_wait(text)
    assert explicit_answer(text, tool="cancel_pending_order") is None
    assert not yes_with_content(text, CANCEL)


@pytest.mark.parametrize("text", ["ok thanks", "d'accord, merci", "vale, gracias", "ok danke", "perfect, thanks"])
def test_an_acknowledgement_with_thanks_is_told_apart(text: str) -> None:
    assert explicit_answer(text, tool="cancel_pending_order") == "yes"  # the words alone read as a yes
    assert thanks_for_the_answer(text)
    assert consent_to(text, tool="cancel_pending_order") is None  # but never consent to a write


@pytest.mark.parametrize("text", ["yes thanks", "oui merci", "ja danke", "ok cancel it, thanks", "ok"])
def test_a_yes_of_its_own_is_no_mere_thanks(text: str) -> None:
    assert not thanks_for_the_answer(text)


def test_a_proposal_asked_again_is_the_one_put_off() -> None:
    asked_again = {**CANCEL, "action_id": "a2"}
    assert put_off_key(asked_again) == put_off_key(CANCEL)
    other = {**CANCEL, "arguments": {"order_id": "#W1", "reason": "no longer needed"}}
    assert put_off_key(other) != put_off_key(CANCEL)


@pytest.mark.parametrize("text", ["ok thx", "ok merci", "vale gracias", "alles klar, danke", "okay thank you"])
def test_an_acknowledgement_with_thanks_is_no_consent(text: str) -> None:
    assert consent_to(text, tool="cancel_pending_order") is None


@pytest.mark.parametrize("text", ["yes thanks", "oui merci", "sí, gracias", "ja danke", "ok cancel it, thanks", "ok"])
def test_a_yes_of_its_own_is_consent(text: str) -> None:
    assert consent_to(text, tool="cancel_pending_order") == "yes"


@pytest.mark.parametrize("text", ["alright, thanks a lot", "ok super merci", "vale gracias", "ok danke"])
def test_thanks_keeps_a_yes_held_only_for_its_question(text: str) -> None:
    # "yes go ahead. how much comes back?" was held for its question; once answered, the thanks keeps that yes
    assert consent_to(text, tool="return_delivered_order_items", yes_held=True) == "yes"
