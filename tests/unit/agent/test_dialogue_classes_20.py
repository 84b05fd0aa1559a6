"""fresh10 C1/C8/C9 (dialogue-classes-20): a question about an open offer asks how it goes on, a refusal in
ordinary words declines, and a refusal said again is replaced by what is still possible and a person."""

from __future__ import annotations

import pytest

from assistant.consent import declines
from assistant.state import Reply
from assistant.steps.held_open import puts_on_hold
from assistant.steps.proposal_questions import facts_asked
from assistant.steps.repeated_refusal import vary_repeated_refusals


@pytest.mark.parametrize("text", [
    "what happens then exactly? do I have to send anything back",
    "il se passe quoi ensuite exactement ? je dois renvoyer quelque chose",
    "qué pasa después exactamente? tengo que devolver algo",
    "was passiert dann genau? muss ich was zurückschicken",
    "who pays for the return shipping", "qui paie les frais de retour", "wer zahlt den rückversand",
])
def test_a_question_about_what_happens_next_asks_the_process(text: str) -> None:
    assert facts_asked(text) == ["process"]


def test_what_happens_to_the_other_items_still_asks_the_items() -> None:
    assert facts_asked("and what happens to the other items") == ["items"]


@pytest.mark.parametrize("text", ["wann käme sie dann an", "elle arriverait quand alors"])
def test_when_it_would_arrive_asks_the_status(text: str) -> None:
    assert facts_asked(text) == ["status"]


@pytest.mark.parametrize("text", ["ok no actually keep it as is", "nah leave it like it is",
                                  "non en fait laissez comme c'est", "ah non finalement on laisse comme ça",
                                  "no, mejor déjalo como está", "ach nein, lass es wie es ist",
                                  "ne lass mal, doch nicht"])
def test_a_refusal_in_ordinary_words_declines_and_holds_nothing(text: str) -> None:
    assert declines(text) and not puts_on_hold(text)


@pytest.mark.parametrize("text", ["hmm nein warte", "ok no problem", "doch, storniere sie bitte"])
def test_a_hedge_or_a_yes_does_not_decline(text: str) -> None:
    assert not declines(text)


def test_a_refusal_said_again_offers_what_is_possible_and_a_person() -> None:
    refusal = Reply(key="none_eligible_cancel", facts={"orders": "\n- #D9000003 — delivered"})
    first, said = vary_repeated_refusals([refusal], [])
    assert first == [refusal]
    again, said = vary_repeated_refusals([refusal], said)
    assert [r["key"] for r in again] == ["refusal_repeated_change"]
    other = Reply(key="already_returning", facts={"order_id": "#D9000001"})
    assert vary_repeated_refusals([other], said)[0] == [other]  # another refusal is said in full the first time


def test_a_return_refusal_said_again_names_the_return_family() -> None:
    refusal = Reply(key="already_returning", facts={"order_id": "#D9000001"})
    _, said = vary_repeated_refusals([refusal], [])
    assert vary_repeated_refusals([refusal], said)[0][0]["key"] == "refusal_repeated_return"
