"""A question asked while a write waits for its yes: which of the proposal's facts it asks, in en/fr/es/de, with or
without a question mark (assistant/grounding/proposal_question.py, read through steps/proposal_questions.py)."""

from __future__ import annotations

import pytest

from assistant.grounding.proposal_question import read_proposal_question
from assistant.steps.proposal_questions import facts_asked

ASKED = [
    # the money: a price difference, a refund's amount
    ("how much more is that", ["amount"]),
    ("so what's that gonna cost me", ["amount"]),
    ("is the refund the full amount", ["amount"]),
    ("do I get something back", ["amount"]),
    ("ça fait combien en plus", ["amount"]),
    ("je récupère combien", ["amount"]),
    ("y a une différence de prix", ["amount"]),
    ("y eso cuánto es", ["amount"]),
    ("me devuelven todo", ["amount"]),
    ("eso sale más caro o más barato", ["amount"]),
    ("was kostet das dann", ["amount"]),
    ("krieg ich da was zurück", ["amount"]),
    ("was macht das preislich aus", ["amount"]),
    ("ist das der volle Preis", ["amount"]),
    # where the money goes: said with the amount
    ("wait which card", ["method"]),
    ("where does the money go", ["amount", "method"]),
    ("ça revient sur quelle carte", ["method"]),
    ("le remboursement c'est sur ma carte ou pas", ["amount", "method"]),
    ("a qué tarjeta vuelve el dinero", ["amount", "method"]),
    ("y el reembolso va a la misma tarjeta", ["amount", "method"]),
    ("auf welche Karte geht das Geld", ["amount", "method"]),
    # how long a refund takes: with the amount and where it goes
    ("and how long until I get the money back", ["amount", "timing"]),
    ("c'est remboursé en combien de temps", ["amount", "timing"]),
    ("cuánto tarda el reembolso", ["amount", "timing"]),
    ("wann hab ich das Geld wieder", ["amount", "timing"]),
    # where the order is
    ("and when does it arrive", ["status"]),
    ("et ça arrive quand", ["status"]),
    ("y cuándo llega", ["status"]),
    ("und wann kommt die an", ["status"]),
    # after a hedge
    ("hmm not sure... how much more would that be", ["amount"]),
    ("mmm espera, cuánto me devuelven", ["amount"]),
]


@pytest.mark.parametrize(("text", "facts"), ASKED)
def test_a_question_about_the_proposal_names_the_facts_it_asks(text: str, facts: list[str]) -> None:
    assert facts_asked(text) == facts


@pytest.mark.parametrize("text", [
    # answers: a yes (also one naming the method), a no, a hedge
    "ok then do it", "na gut, mach", "bueno dale", "d'accord allez-y", "yes please exchange it, thank you",
    "yep, the mastercard", "sí, a la tarjeta regalo", "ja, Differenz zurück auf die Visa", "and yes, the same card",
    "no, leave it then", "hmm let me think about it", "lo pienso y te digo",
    # instructions and other requests
    "refund the difference to paypal please", "same card as i paid with",
    "I want it in blue instead", "what are my orders", "oye y cuántos pedidos tengo en total?",
])
def test_an_answer_or_another_request_asks_nothing_about_the_proposal(text: str) -> None:
    assert facts_asked(text) == []


def test_a_question_by_its_form_is_told_from_one_that_only_names_a_fact() -> None:
    cued = read_proposal_question("wie viel krieg ich zurück")
    statement = read_proposal_question("c'est le montant total qui est remboursé")
    assert cued is not None and cued.cued
    assert statement is not None and not statement.cued
