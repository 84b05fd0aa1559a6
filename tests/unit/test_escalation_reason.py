"""Who escalates a conversation the customer did not ask to hand over (assistant.steps.handoff)."""

from assistant.steps.handoff import escalation_reason
from tools.store.enums import EscalationReason


def _state(text: str, intent: str, dissatisfaction: int = 0, topic: str | None = None) -> dict:
    return {"incoming": {"text": text}, "intent": {"intent": intent, "confidence": 0.9},
            "dissatisfaction": dissatisfaction, "topic": {"intent": topic, "slots": {}} if topic else None}


def test_asking_for_a_person_is_the_customers_request() -> None:
    assert escalation_reason(_state("can I talk to a human", "human_agent")) is EscalationReason.CUSTOMER_REQUEST
    assert escalation_reason(_state("please delete my account", "out_of_scope")) is EscalationReason.CUSTOMER_REQUEST
    # Verified after asking: the request is the open topic.
    assert escalation_reason(_state("mia@example.com", "provide_details", topic="human_agent")) \
        is EscalationReason.CUSTOMER_REQUEST


def test_repeated_dissatisfaction_is_the_assistants_call() -> None:
    state = _state("this is useless, still wrong", "out_of_scope", dissatisfaction=2)
    assert escalation_reason(state) is EscalationReason.DISSATISFACTION
    assert escalation_reason(_state("I want a person", "human_agent", dissatisfaction=3)) \
        is EscalationReason.CUSTOMER_REQUEST
