"""after-the-write-28: next-step questions in more words (days, "when should", "my second order"), a clause that
finishes the question read with it, a further question after the next step was answered, and a photo sent alone
after a photo's ticket (it joins that ticket, never a product search)."""

import pytest

from assistant.grounding.next_step_questions import asks_after_the_other_order, asks_what_comes_next, whole_clauses
from assistant.state import ConversationState, Pending
from assistant.steps.next_after_write import asks_what_happens_next, photo_for_the_ticket


@pytest.mark.parametrize("text", [
    "how many days will that take?", "when should the parcel get here?", "by when do I have it?",
    "ça prend combien de jours ?", "vous me remboursez sous combien de jours ?", "bon, et la suite ?",
    "¿en cuántos días me llega?", "¿para qué día lo tendré?", "¿y ahora cómo sigue esto?",
    "wie viele Tage dauert das?", "in wie vielen Tagen kommt der Ersatz?", "okay, und was kommt jetzt?",
    "wie lange dauert's, bis das neue Shirt ankommt?",
])
def test_more_words_ask_what_comes_next(text: str) -> None:
    assert asks_what_comes_next(text)


@pytest.mark.parametrize("text", [
    "combien coûte le pantalon ?", "how much did the kettle cost?", "do those pants come in other colours?",
    "wie viel kostet das, wie lange dauert es?",
])
def test_prices_and_products_are_not_the_next_step(text: str) -> None:
    assert not asks_what_comes_next(text)


def test_a_clause_finishing_the_question_is_joined_to_it() -> None:
    assert whole_clauses("wie lange dauert's, bis das neue Shirt ankommt?") == [
        "wie lange dauert's, bis das neue Shirt ankommt?"]
    assert whole_clauses("how long, until it's here?") == ["how long, until it's here?"]
    # a second question of its own stays apart
    assert len(whole_clauses("does the money go back to my gift card? how long does that take?")) == 2


@pytest.mark.parametrize(("text", "other"), [
    ("is my second order still going ahead?", True), ("et ma seconde commande, elle arrive toujours ?", True),
    ("¿y mi segundo pedido sigue en pie?", True), ("und meine zweite Bestellung läuft weiter?", True),
    ("what's the second item in my order?", False),
])
def test_the_second_order_is_the_other_one(text: str, other: bool) -> None:
    assert asks_after_the_other_order(text) is other


REPLACEMENT: Pending = {"action_id": "a2", "tool": "open_ticket", "arguments": {"order_id": "#D9000001"},
                        "ticket": {"order_id": "#D9000001"}, "reply_key": "remedy_done",
                        "reply_facts": {"next_steps": "Our team ships the replacement within 2 business days."}}


def _state(text: str, said_last: list[str], photo: bool = False) -> ConversationState:
    incoming = {"text": text, **({"photo": {"uri": "x", "sha256": "y"}} if photo else {})}
    return {"incoming": incoming, "written": REPLACEMENT, "said_last": said_last}  # type: ignore[typeddict-item]


def test_a_further_question_after_the_next_step_answered() -> None:
    assert asks_what_happens_next(_state("and how many days is that?", ["proposal_fact_next_steps"]))
    # after an unrelated answer the write is no longer the subject
    assert not asks_what_happens_next(_state("and how many days is that?", ["product_info"]))


def test_a_photo_alone_after_the_ticket_joins_it() -> None:
    assert photo_for_the_ticket(_state("", ["remedy_done"], photo=True))
    assert photo_for_the_ticket(_state("  ", ["photo_same_problem"], photo=True))
    # words with it are read as they say; a photo long after the ticket is a new one
    assert not photo_for_the_ticket(_state("do you have this in blue?", ["remedy_done"], photo=True))
    assert not photo_for_the_ticket(_state("", ["product_info"], photo=True))
    assert not photo_for_the_ticket(_state("", ["remedy_done"]))
