"""desk28: a question about what follows from the desk agent's reply is answered from the ticket (never a return
proposal), an outright request is not such a question; "what happens now?" while the swap's method question is open
is answered (nothing changed yet, what the method and a yes lead to) with the difference's timing."""

from typing import Any

import pytest

from assistant.grounding.desk_said import asks_what_follows_the_desk
from assistant.grounding.next_step_questions import asks_what_comes_next
from assistant.models.contracts import Intent
from assistant.state import ConversationState
from assistant.steps.desk_said import asks_about_the_desk, asks_after_the_desk_decision
from assistant.steps.method_question_replies import may_answer_otherwise
from assistant.steps.method_wait_next import what_follows_the_method


@pytest.mark.parametrize("text", [
    "do I have to send the old pair back?", "should i mail them back to you?", "will i get my money back?",
    "are you sending another one?", "how long does the refund take?", "je dois renvoyer l'ancien ?",
    "est-ce que je serai remboursée ?", "vous m'en renvoyez un autre ?", "le remboursement prend combien de temps ?",
    "¿tengo que devolver el viejo?", "¿me devuelven el dinero?", "¿cuántos días tarda el reembolso?",
    "muss ich die alte zurückschicken?", "Bekomme ich das Geld zurück oder einen Ersatz?",
    "wie lange dauert die Erstattung?",
])
def test_asks_what_follows_the_desk(text: str) -> None:
    assert asks_what_follows_the_desk(text)


@pytest.mark.parametrize("text", [
    "thanks a lot!", "what's my gift card balance?", "quel est le statut de ma commande ?", "gracias, eso es todo",
    "wo ist meine Bestellung?",
])
def test_other_words_ask_nothing_of_the_desk(text: str) -> None:
    assert not asks_what_follows_the_desk(text)


def _after_desk(agent: str, text: str, **extra: Any) -> ConversationState:
    return {"handoff": {"ticket_id": 1, "active": False},  # type: ignore[typeddict-item]
            "transcript": [{"role": "customer", "text": "the pants from #D9000003 are torn, a person please"},
                           {"role": "agent", "text": agent}],
            "incoming": {"text": text}, **extra}


def test_question_after_the_agent_decided_is_about_the_desk() -> None:
    state = _after_desk("We're shipping you a new pair tomorrow.", "do I need to send the torn ones back?")
    assert asks_after_the_desk_decision(state)
    assert asks_about_the_desk(state)


@pytest.mark.parametrize(("agent", "text", "extra"), [
    # an outright request asks no question: proposed as usual
    ("We're shipping you a new pair tomorrow.", "just return the pants and refund me", {}),
    # the agent passed the customer back for the change: the assistant's own steps take it
    ("I'll hand you back to the assistant for the exchange.", "do I need to send the old ones back?", {}),
    # another order than any the conversation named
    ("We're shipping you a new pair tomorrow.", "when does the replacement for #D9000004 come?", {}),
    # a proposal open: its own question
    ("We're shipping you a new pair tomorrow.", "will I get my money back?", {"pending": {"tool": "x"}}),
])
def test_not_a_question_about_the_desk(agent: str, text: str, extra: dict[str, Any]) -> None:
    assert not asks_about_the_desk(_after_desk(agent, text, **extra))


def test_desk_still_holding_is_not_asked_about() -> None:
    state = _after_desk("We're shipping you a new pair tomorrow.", "do I need to send the torn ones back?")
    state["handoff"] = {"ticket_id": 1, "active": True}
    assert not asks_about_the_desk(state)


@pytest.mark.parametrize("text", [
    "what's the process from here?", "how fast does that go through?", "ça se passe comment maintenant ?",
    "et après ?", "¿qué pasa después?", "¿y luego qué?", "wie läuft das jetzt ab?", "wie schnell geht das?",
])
def test_more_ways_to_ask_what_comes_next(text: str) -> None:
    assert asks_what_comes_next(text)
    assert may_answer_otherwise(text)


def test_method_named_is_no_question() -> None:
    assert not may_answer_otherwise("paypal")


ITEM = {"item_id": "a", "price_cents": 10000}


def test_what_follows_a_pending_swap_that_costs_more() -> None:
    replies = what_follows_the_method(Intent.MODIFY_ORDER.value, "#W1", ITEM, {"price_cents": 11673}, "en")
    assert [r["key"] for r in replies] == ["method_wait_next_pending", "method_wait_charge_timing"]
    assert replies[0]["facts"]["order_id"] == "#W1"
    assert "16.73" in replies[0]["facts"]["difference"]


def test_what_follows_an_exchange_with_money_back() -> None:
    replies = what_follows_the_method(Intent.EXCHANGE_ITEM.value, "#W2", ITEM, {"price_cents": 9000}, "fr")
    assert [r["key"] for r in replies] == ["method_wait_next_exchange", "method_wait_refund_timing"]
    assert "10" in replies[1]["facts"]["difference"]
