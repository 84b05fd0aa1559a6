"""A photo offer answered with a yes and a request for a person (fresh25 F12): the person's ticket carries the
verdict (category, order, item, photo) and the yes; the customer is told it waits for the person."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.steps.offer_with_person import offer_for_the_person

PHOTO = {"uri": "/e/a.jpg", "kind": "photo", "sha256": "a"}
OFFER_TICKET = {"category": "product_defect", "order_id": "#D9000003", "item_ids": ["MP01-32-Black"],
                "evidence": [PHOTO], "verdict": {"label": "product_defect", "confidence": 0.9}}
PENDING = {"action_id": "x", "tool": "open_ticket", "arguments": OFFER_TICKET, "ticket": OFFER_TICKET,
           "reply_key": "remedy_done", "reply_facts": {"remedy_text": "a free replacement, sent by our team",
                                                       "items": "Pants", "order_id": "#D9000003"}}
ESCALATION = {"category": "other", "summary": "Customer asked for a person.", "order_id": "#D9000003",
              "evidence": [PHOTO], "priority": "normal"}


def _state(text: str, pending: dict[str, Any] | None = PENDING) -> Any:
    return {"pending": pending, "incoming": {"text": text, "message_id": "m"}}


@pytest.mark.parametrize("text", [
    "yes please. can I still talk to someone quickly?",
    "oui merci. je peux quand même parler à un conseiller ?",
    "sí por favor. ¿puedo hablar con una persona igualmente?",
    "Ja bitte. Kann ich trotzdem kurz mit einem Mitarbeiter sprechen? Ich brauche die Hose bis Freitag.",
])
def test_a_yes_with_a_person_keeps_the_verdict_and_the_yes(text: str) -> None:
    ticket, line = offer_for_the_person(_state(text), ESCALATION)
    assert ticket["category"] == "product_defect" and ticket["item_ids"] == ["MP01-32-Black"]
    assert ticket["evidence"] == [PHOTO] and ticket["verdict"]["label"] == "product_defect"
    assert "YES" in ticket["summary"]
    assert line is not None and line["key"] == "offer_waits_for_person"


def test_a_person_asked_for_without_a_yes_still_gets_the_verdict() -> None:
    ticket, line = offer_for_the_person(_state("can I talk to someone?"), ESCALATION)
    assert ticket["category"] == "product_defect" and line is None
    assert "not answered" in ticket["summary"]


def test_without_a_photo_offer_the_ticket_is_unchanged() -> None:
    assert offer_for_the_person(_state("yes, and a person please", None), ESCALATION) == (ESCALATION, None)


# attack26 A26-3: any proposed write answered with a yes and a request for a person, in either word order
CANCEL = {"action_id": "c", "tool": "cancel_pending_order",
          "arguments": {"order_id": "#W4642822", "reason": "ordered by mistake"}, "reply_key": "cancelled",
          "reply_facts": {"order_id": "#W4642822"}}
PLAIN_ESCALATION = {"category": "other", "summary": "Customer asked for a person.", "order_id": None,
                    "evidence": [], "priority": "normal"}


@pytest.mark.parametrize("text", [
    "yes — and I want to speak to a human",
    "I want a person. yes cancel it",
    "oui, et je veux parler à un humain",
    "je veux un humain, mais oui annulez",
    "sí, pero quiero hablar con una persona",
    "pásame con un agente, y sí, cancélalo",
    "ja, aber ich möchte mit einem Menschen sprechen",
    "verbinden Sie mich bitte mit einem Menschen. und ja, stornieren",
])
def test_a_yes_to_a_proposal_with_a_person_is_noted_for_the_person(text: str) -> None:
    ticket, line = offer_for_the_person(_state(text, CANCEL), PLAIN_ESCALATION)
    assert ticket["order_id"] == "#W4642822"
    assert "YES to cancel_pending_order" in ticket["summary"] and "ordered by mistake" in ticket["summary"]
    assert "nothing is written" in ticket["summary"]
    assert line is not None and line["key"] == "proposal_waits_for_person"


@pytest.mark.parametrize("text", ["no, I want a person", "can I talk to someone first?", "je veux parler à quelqu'un"])
def test_a_person_asked_for_without_a_yes_gets_the_proposal_unanswered(text: str) -> None:
    ticket, line = offer_for_the_person(_state(text, CANCEL), PLAIN_ESCALATION)
    assert line is None and ticket["order_id"] == "#W4642822"
    assert "Proposed, not answered: cancel_pending_order" in ticket["summary"]


def test_a_write_made_first_is_named_first() -> None:
    address = {"tool": "modify_pending_order_address", "arguments": {"order_id": "#D9000002", "city": "Seattle"}}
    swap = {**CANCEL, "tool": "modify_pending_order_items", "arguments": {"order_id": "#D9000002"}, "first": address}
    ticket, _ = offer_for_the_person(_state("yes, and a real person please", swap), PLAIN_ESCALATION)
    assert ticket["summary"].index("modify_pending_order_address") < ticket["summary"].index(
        "modify_pending_order_items")
