from __future__ import annotations

import pytest

from evals.conversations.checks import reply_problems
from evals.conversations.suite import ReplyExpectations


@pytest.mark.parametrize("reply", ["You get $5,594.62 back.", "Se le reembolsan 5.594,62 $.",
                                   "Remboursement de 5 594,62 $.", "Erstattung 5594,62 $"])
def test_an_amount_is_found_however_its_locale_groups_the_digits(reply: str) -> None:
    expected = ReplyExpectations(facts=[["5594.62", "5594,62"]])
    assert reply_problems(expected, reply, waiting_for_agent=False) == []


def test_another_amount_is_not_taken_for_it() -> None:
    expected = ReplyExpectations(facts=[["5594.62", "5594,62"]])
    assert reply_problems(expected, "You get $594.62 back.", waiting_for_agent=False)


def test_a_forbidden_phrase_is_still_read_as_written() -> None:
    expected = ReplyExpectations(must_not_say=["1,000"])
    assert reply_problems(expected, "up to $1,000", waiting_for_agent=False)
