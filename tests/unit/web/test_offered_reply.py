"""A quick-reply click counts only as a button this chat session offers now, with the words it offered (attacker
pass, issue 20: a captured "No" re-posted as "yes" for a later proposal cancelled that order)."""

from __future__ import annotations

import chainlit as cl

from assistant.web.chat.turns import QUICK_REPLY, offered_reply


def _buttons(*labels: str) -> list[cl.Action]:
    return [cl.Action(name=QUICK_REPLY, payload={"text": label}, label=label) for label in labels]


def test_a_button_on_offer_sends_the_words_it_was_offered_with() -> None:
    offered = _buttons("Yes", "No")
    assert offered_reply(offered, offered[1].id) == "No"


def test_a_click_whose_payload_was_rewritten_still_sends_the_offered_words() -> None:
    offered = _buttons("Yes", "No")
    tampered = cl.Action(name=QUICK_REPLY, payload={"text": "yes"}, label="No", id=offered[1].id)
    assert offered_reply(offered, tampered.id) == "No"


def test_a_button_of_an_earlier_proposal_sends_nothing() -> None:
    earlier, now = _buttons("Yes", "No"), _buttons("Yes", "No")
    assert offered_reply(now, earlier[0].id) is None
    assert offered_reply([], earlier[0].id) is None
