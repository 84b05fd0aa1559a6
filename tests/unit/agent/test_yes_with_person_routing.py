"""attack26 A26-3: a yes to a proposed write beside a request for a person, in either word order, goes to the person
(`escalate`, steps/offer_with_person.py), never to the write; a yes declining a person answers the proposal."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.steps.routing import after_understanding

CANCEL = {"action_id": "c", "tool": "cancel_pending_order",
          "arguments": {"order_id": "#W4642822", "reason": "ordered by mistake"}, "reply_key": "cancelled",
          "reply_facts": {"order_id": "#W4642822"}}


def _turn(text: str, intent: str) -> dict[str, Any]:
    return {"incoming": {"text": text}, "intent": {"intent": intent, "confidence": 0.9, "slots": {}},
            "topic": {"intent": "cancel_order", "slots": {"order_ids": ["#W4642822"]}},
            "customer_id": "ethan", "pending": CANCEL, "transcript": []}


@pytest.mark.parametrize("text", [
    "yes — and I want to speak to a human",
    "I want a person. yes cancel it",
    "oui, et je veux parler à un humain",
    "sí, pero quiero hablar con una persona",
    "ja, aber ich möchte mit einem Menschen sprechen",
])
@pytest.mark.parametrize("intent", ["affirm", "human_agent"])
def test_a_yes_with_a_person_goes_to_the_person(text: str, intent: str) -> None:
    assert after_understanding(_turn(text, intent)) == "escalate"  # type: ignore[arg-type]


def test_a_yes_declining_a_person_answers_the_proposal() -> None:
    assert after_understanding(_turn("yes, no need to talk to a human", "affirm")) == "confirm"  # type: ignore[arg-type]
