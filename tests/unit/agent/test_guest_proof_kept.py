"""A guest's proof across turns (issue 17): a refused attempt's details are kept for the one detail corrected
("sorry zip is 75215"), a turn that only corrects the proof is never read as a new request (a zip as a new
address), and "and mine?" after another person's data was refused is asked of the guest once their proof follows."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.state import ConversationState
from assistant.steps.identity import FAILED_PROOF, _corrects_the_proof, _refused_again
from assistant.steps.person_in_talk import own_fact_after_refusal
from tools.verification import GuestClaim

PROOF = "olivia.ito5204@example.com order W5442520 zip 80218"


def _state(**values: Any) -> ConversationState:
    return ConversationState(**values)  # type: ignore[typeddict-item]


def _after_proof(question: str, mine: str, proof: str = PROOF, said_last: str = "identity_verified",
                 customer: str | None = "olivia_ito_3591") -> ConversationState:
    said = [question, proof, mine]
    transcript = [turn for text in said for turn in ({"role": "customer", "text": text},
                                                     {"role": "assistant", "text": "…"})][:-1]
    return _state(customer_id=customer, said_last=[said_last], incoming={"text": mine}, transcript=transcript)


@pytest.mark.parametrize(("question", "mine"), [
    ("whats my sister's gift card balance?", "and mine?"),
    ("quel est le solde de la carte cadeau de mon mari ?", "et la mienne ?"),
    ("¿cuánto saldo tiene la tarjeta regalo de mi hermano?", "¿y el mío?"),
    ("wie viel ist noch auf der Geschenkkarte meiner Frau?", "und meins?"),
])
def test_and_mine_after_a_refusal_then_the_proof_asks_the_guests_own(question: str, mine: str) -> None:
    assert own_fact_after_refusal(_after_proof(question, mine)) == "gift_card"
    # the proof over two messages leaves it asked right after as well
    two = _after_proof(question, mine, proof=f"olivia.ito5204@example.com\n{PROOF}")
    assert own_fact_after_refusal(two) == "gift_card"


def test_and_mine_needs_a_refused_question_and_a_verified_guest() -> None:
    assert own_fact_after_refusal(_after_proof("where is my order?", "and mine?")) is None
    assert own_fact_after_refusal(_after_proof("whats my sister's gift card balance?", "and mine?",
                                               customer=None)) is None
    assert own_fact_after_refusal(_after_proof("whats my sister's gift card balance?", "and mine?",
                                               said_last="identity_failed", customer=None)) is None


def _correction(text: str, slots: dict[str, Any], kept: bool = True) -> ConversationState:
    topic = {"intent": "order_status", "slots": {FAILED_PROOF: ["a@example.com", "#W1", "1"]} if kept else {}}
    return _state(topic=topic, incoming={"text": text}, intent={"intent": "modify_order", "slots": slots})


@pytest.mark.parametrize(("text", "slots"), [
    ("perdón, mi código postal es 78228", {"zip_code": "78228"}),
    ("sorry zip is 75215", {"zip_code": "75215"}),
    ("Moment, die Bestellnummer ist W5442520", {"order_ids": ["#W5442520"]}),
    ("ah non mon adresse c'est olivia.ito5204@example.com", {"email": "olivia.ito5204@example.com"}),
])
def test_a_detail_alone_after_a_refusal_corrects_the_proof(text: str, slots: dict[str, Any]) -> None:
    assert _corrects_the_proof(_correction(text, slots))
    assert not _corrects_the_proof(_correction(text, slots, kept=False))  # no refused attempt: read as it is


def test_an_address_with_its_zip_after_a_refusal_is_an_address() -> None:
    assert not _corrects_the_proof(_correction("ship it to 12 Main Street, Austin TX 78701", {"zip_code": "78701"}))
    assert not _corrects_the_proof(_correction("where is it?", {}))


def test_the_refused_details_unchanged_are_refused_without_a_new_attempt() -> None:
    refused = GuestClaim(email="Amelia.Wilson1598@example.com", order_id="#W3062096", zip_code="75201")
    kept = {FAILED_PROOF: ["amelia.wilson1598@example.com", "#W3062096", "75201"]}
    assert _refused_again(kept, refused)
    assert not _refused_again(kept, refused.model_copy(update={"zip_code": "75215"}))
    assert not _refused_again({}, refused)


@pytest.mark.parametrize("text", ["cancel order W4566809", "annulez la commande W4566809",
                                  "cambie la dirección de envío, CP 78228", "bitte Bestellung W4566809 stornieren"])
def test_a_request_with_a_detail_after_a_refusal_is_read_as_it_is(text: str) -> None:
    assert not _corrects_the_proof(_correction(text, {"order_ids": ["#W4566809"], "zip_code": "78228"}))
