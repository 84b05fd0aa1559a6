"""A quick-reply offer is answered by its first click. Clicks that arrive with it (four synchronous clicks on one
"Sí") or after it are told once that it was already answered, after its reply, and never sent (attack20 A3).

Each click is its own request, run side by side, so the first one takes the offer before anything awaits: the
others then find it taken. The state lives in the chat session (any object with `get` and `set`).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.web.chat.turns import offered_reply

OFFERED, ANSWERED = "buttons", "answered_offer"
WRITTEN_OFFER = "written_offer"  # ids of the buttons of a proposal a typed message went ahead with


class SessionStore(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...

    def set(self, key: str, value: Any) -> None: ...


@dataclass
class AnsweredOffer:
    """The offer a click took: its buttons (any of them clicked again is a repeat) and its reply's progress."""

    button_ids: set[str]
    buttons: list[Any]
    replied: asyncio.Event = field(default_factory=asyncio.Event)
    told: bool = False


@dataclass(frozen=True)
class Click:
    text: str | None  # the words sent, for the click that took the offer
    repeat: bool = False  # a click on an offer already answered in this session
    tell: bool = False  # the first such repeat: the customer is told, once
    offer: AnsweredOffer | None = None


def take_click(session: SessionStore, clicked_id: str) -> Click:
    """Synchronous on purpose (no await): the first click on an offered button takes the whole offer."""
    offered = list(session.get(OFFERED) or [])
    text = offered_reply(offered, clicked_id)
    if text is not None:
        offer = AnsweredOffer(button_ids={b.id for b in offered}, buttons=offered)
        session.set(OFFERED, [])
        session.set(ANSWERED, offer)
        return Click(text=text, offer=offer)
    answered: AnsweredOffer | None = session.get(ANSWERED)
    if answered is None or clicked_id not in answered.button_ids:
        return Click(text=None)  # never offered here (or by an older offer): the caller says it is closed
    tell, answered.told = not answered.told, True
    return Click(text=None, repeat=True, tell=tell, offer=answered)


def give_back_click(session: SessionStore, offer: AnsweredOffer) -> None:
    """The click was not sent after all (over the turn budget): its buttons are on offer again."""
    if session.get(ANSWERED) is offer:
        session.set(ANSWERED, None)
        session.set(OFFERED, offer.buttons)
    offer.replied.set()


def offer_written_by_typing(session: SessionStore, offered: list[Any]) -> None:
    """A typed message ("ok, on continue le retour du clavier") went ahead with the proposal these buttons were
    offered for and it was written (fresh F9): a later click on one of them is told it is done, never that the
    offer closed with nothing done."""
    session.set(WRITTEN_OFFER, {button.id for button in offered})


def written_by_typing(session: SessionStore, clicked_id: str) -> bool:
    """The click is on a button of a proposal a typed message already had written."""
    return clicked_id in (session.get(WRITTEN_OFFER) or set())
