"""photo29: after a photo complaint's ticket, its number and the email are asked for in the four languages; a plain
yes to a complaint's remedy with a next-step question after it is a yes; the money back or keeping the item for some
money back wished for while the remedy waits; a person asked to look at an item is a request for a person."""

import pytest

from assistant.grounding.person_request import asks_for_a_person
from assistant.grounding.remedy_wishes import remedy_wish
from assistant.grounding.ticket_questions import ticket_facts_asked
from assistant.state import ConversationState, Pending
from assistant.steps.remedy_instead import wished_instead
from assistant.steps.ticket_facts import asks_ticket_facts
from assistant.steps.yes_with_next_question import question_after_the_yes

REMEDY: Pending = {
    "tool": "open_ticket",
    "reply_key": "remedy_done",
    "arguments": {"order_id": "#D9000003"},
    "ticket": {"order_id": "#D9000003", "item_ids": ["MP01-32-Black"], "evidence": [{"uri": "x"}]},
}
EXCHANGE: Pending = {**REMEDY, "tool": "exchange_delivered_order_items"}  # type: ignore[typeddict-item]
CANCELLATION: Pending = {"tool": "cancel_pending_order", "reply_key": "cancel_done", "arguments": {}}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("whats the ticket number again?", ["number"]),
        ("c'est quoi le numero du ticket ?", ["number"]),
        ("cual es el numero de ticket?", ["number"]),
        ("wie war nochmal die ticketnummer?", ["number"]),
        ("bekomm ich ne nummer damit ich nachfragen kann?", ["number"]),
        ("j'ai un numéro de suivi pour ma réclamation ?", ["number"]),
        ("which email are you sending it to?", ["email"]),
        ("a que correo me lo mandan?", ["email"]),
        ("will i get an email about it?", ["email"]),
        ("et je vais recevoir un mail ?", ["email"]),
        ("bekomme ich eine E-Mail?", ["email"]),
        ("where is my order?", []),
        ("what's the tracking number?", []),
        ("do you have it in blue?", []),
    ],
)
def test_ticket_facts_asked(text: str, facts: list[str]) -> None:
    assert ticket_facts_asked(text) == facts


def test_ticket_facts_need_a_ticket_of_the_conversation_and_no_proposal() -> None:
    asked: ConversationState = {"customer_id": "demo_leo_martin", "incoming": {"text": "whats the ticket number?"}}
    assert not asks_ticket_facts(asked)
    assert asks_ticket_facts({**asked, "written": REMEDY})
    assert asks_ticket_facts({**asked, "handoff": {"ticket_id": 1}})  # type: ignore[typeddict-item]
    assert not asks_ticket_facts({**asked, "written": REMEDY, "pending": EXCHANGE})


@pytest.mark.parametrize(
    "text",
    [
        "yes please. how long does that usually take?",
        "ok go ahead. will i get an email about it?",
        "si, hazlo. cuánto tarda?",
        "oui ok. ça prend combien de temps en général ?",
        "ja bitte, wie lange dauert das?",
    ],
)
def test_yes_then_a_next_step_question_to_a_remedy(text: str) -> None:
    assert question_after_the_yes(text, REMEDY)
    assert question_after_the_yes(text, EXCHANGE)


@pytest.mark.parametrize(
    "text",
    [
        "yes please",
        "yes, but how much do i get back?",
        "yes but how long?",
        "yes. do i have to send it back?",
        "how long does that take?",
        "yes, the black one",
    ],
)
def test_no_yes_with_a_next_step_question(text: str) -> None:
    assert not question_after_the_yes(text, REMEDY)


def test_a_yes_with_a_question_to_another_proposal_is_held() -> None:
    assert not question_after_the_yes("yes please. how long does that take?", CANCELLATION)


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("id rather just get a refund tbh", "money_back"),
        ("je prefere etre remboursee en fait", "money_back"),
        ("prefiero que me devuelvan el dinero", "money_back"),
        ("ich hätte lieber mein geld zurück", "money_back"),
        ("can i just keep it and get some money back instead?", "keep_for_money"),
        ("je peux le garder et avoir un petit remboursement plutot ?", "keep_for_money"),
        ("me la puedo quedar y que me devuelvan algo de dinero?", "keep_for_money"),
        ("kann ich es behalten und dafür was zurückbekommen?", "keep_for_money"),
        ("no thanks, I'll keep it", None),
        ("yes please", None),
        ("no refund yet", None),
        ("ich will kein Geld zurück", None),
    ],
)
def test_remedy_wish(text: str, wish: str | None) -> None:
    assert remedy_wish(text) == wish


def test_wished_instead_only_while_a_remedy_waits() -> None:
    said: ConversationState = {"incoming": {"text": "id rather just get a refund tbh"}}
    assert wished_instead({**said, "pending": REMEDY}) == "money_back"
    assert wished_instead({**said, "pending": CANCELLATION}) is None
    assert wished_instead({**said, "pending": {**REMEDY, "tool": "return_delivered_order_items"}}) is None
    assert wished_instead({"incoming": {"text": "how long does the refund take?"}, "pending": REMEDY}) is None


@pytest.mark.parametrize(
    "text",
    [
        "bitte einen Mitarbeiter drüberschauen lassen",
        "can you open a ticket so someone checks it? no refund yet",
        "no quiero devolverla todavia, quiero que lo revise una persona",
        "je veux juste que quelqu'un regarde",
    ],
)
def test_a_person_asked_to_look_at_it(text: str) -> None:
    assert asks_for_a_person(text)


@pytest.mark.parametrize("text", ["can someone check the price of this jacket", "someone stole my parcel"])
def test_no_person_asked(text: str) -> None:
    assert not asks_for_a_person(text)
