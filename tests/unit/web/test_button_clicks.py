"""A quick-reply offer is answered by its first click; the clicks sent with it are told once, never sent (attack20
A3: four synchronous clicks on "Sí" showed "Sí" and the done reply four times)."""

from __future__ import annotations

from typing import Any

import chainlit as cl

from assistant.web.chat.button_clicks import give_back_click, offer_written_by_typing, take_click, written_by_typing
from assistant.web.chat.turns import QUICK_REPLY


class Session(dict[str, Any]):
    def set(self, key: str, value: Any) -> None:
        self[key] = value


def _offered(*labels: str) -> tuple[Session, list[cl.Action]]:
    buttons = [cl.Action(name=QUICK_REPLY, payload={"text": label}, label=label) for label in labels]
    return Session(buttons=buttons), buttons


def test_four_clicks_on_si_send_it_once_and_tell_once() -> None:
    session, (si, _no) = _offered("Sí", "No")

    clicks = [take_click(session, si.id) for _ in range(4)]

    assert [c.text for c in clicks] == ["Sí", None, None, None]
    assert [c.repeat for c in clicks] == [False, True, True, True]
    assert [c.tell for c in clicks] == [False, True, False, False]
    assert session["buttons"] == []


def test_the_other_button_of_an_answered_offer_is_a_repeat_too() -> None:
    session, (ja, nein) = _offered("Ja", "Nein")

    first, other = take_click(session, ja.id), take_click(session, nein.id)

    assert first.text == "Ja"
    assert other.text is None and other.repeat and other.tell


def test_a_button_never_offered_here_is_not_a_repeat() -> None:
    """Near miss: a click from an older offer (or made up by the page) is the 'no longer open' case."""
    session, (oui, _non) = _offered("Oui", "Non")
    _, (earlier, _) = _offered("Oui", "Non")
    take_click(session, oui.id)

    stranger = take_click(session, earlier.id)

    assert stranger.text is None and not stranger.repeat and not stranger.tell


def test_each_new_offer_is_answered_once_of_its_own() -> None:
    session, (yes, _) = _offered("Yes", "No")
    take_click(session, yes.id)
    fresh = [cl.Action(name=QUICK_REPLY, payload={"text": t}, label=t) for t in ("Yes", "No")]
    session.set("buttons", fresh)

    assert take_click(session, fresh[0].id).text == "Yes"
    assert take_click(session, fresh[0].id).tell


def test_a_click_given_back_is_on_offer_again() -> None:
    """Over the turn budget the click is not sent: the same button works once the wait is over."""
    session, (si, _) = _offered("Sí", "No")
    click = take_click(session, si.id)
    assert click.offer is not None

    give_back_click(session, click.offer)

    assert click.offer.replied.is_set()
    assert take_click(session, si.id).text == "Sí"


def test_a_click_on_a_proposal_a_typed_message_wrote_is_told_it_is_done() -> None:
    """fresh F9: "ok, on continue le retour du clavier" wrote the return; the old Oui is then no "nothing done"."""
    session, (oui, non) = _offered("Oui", "Non")
    offer_written_by_typing(session, [oui, non])
    session.set("buttons", [])  # the typed turn cleared the offer

    assert take_click(session, oui.id).text is None
    assert written_by_typing(session, oui.id) and written_by_typing(session, non.id)
    assert not written_by_typing(Session(), oui.id)
