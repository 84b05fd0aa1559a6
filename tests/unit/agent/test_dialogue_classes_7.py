"""Issue 17, seventh round: the pure readings behind the fixes (the suite `dialogue-classes-7.yaml` drives the
whole agent)."""

from __future__ import annotations

import pytest

from assistant.grounding.order_fact_words import asks_for_tracking
from assistant.models.contracts import Intent
from assistant.steps.eligible_orders import kinds_asked
from assistant.steps.order_status_reply import status_reply
from assistant.steps.swap_instead import swap_instead


@pytest.mark.parametrize("text", [
    "could I still cancel or return any of my orders?",
    "je peux annuler ou retourner quelles commandes ?",
    "¿cuáles de mis pedidos se pueden devolver o cancelar?",
    "welche Bestellung lässt sich noch stornieren oder zurückgeben?",
])
def test_cancel_or_return_asks_both(text: str) -> None:
    for classified in (Intent.CANCEL_ORDER, Intent.RETURN_ITEM):
        assert kinds_asked(text, classified) == [Intent.CANCEL_ORDER, Intent.RETURN_ITEM]


def test_one_kind_asked_stays_one() -> None:
    assert kinds_asked("what can I still cancel?", Intent.CANCEL_ORDER) == [Intent.CANCEL_ORDER]


@pytest.mark.parametrize(("text", "asked"), [
    ("is it on its way? any tracking?", True),
    ("vous avez un numéro de suivi ?", True),
    ("¿tiene número de seguimiento?", True),
    ("gibt es schon eine Sendungsnummer?", True),
    ("where is my order?", False),
])
def test_tracking_asked(text: str, asked: bool) -> None:
    assert asks_for_tracking(text) is asked


def test_status_without_tracking_says_none_yet_when_asked() -> None:
    order = {"order_id": "#D1", "status": "pending", "fulfilments": []}
    assert status_reply(order, "en", "where is it? tracking number?")["key"] == "order_status_untracked"
    assert status_reply(order, "en", "where is it?")["key"] == "order_status"
    shipped = {**order, "fulfilments": [{"tracking_ids": ["1Z9"]}]}
    assert status_reply(shipped, "en", "tracking?")["facts"]["tracking_id"] == "1Z9"


@pytest.mark.parametrize("text", [
    "actually could I have the jacket in size L rather than cancelling?",
    "plutôt que d'annuler, je préfère la veste en taille L",
    "no la canceles, mejor cámbiame la chaqueta a talla L",
    "nein, lieber umtauschen in Größe 34",
])
def test_swap_replaces_a_cancel_or_return_in_progress(text: str) -> None:
    for state in ({"topic": {"intent": "cancel_order", "slots": {}}},
                  {"pending": {"tool": "return_delivered_order_items"}}):
        assert swap_instead({**state, "incoming": {"text": text}})  # type: ignore[arg-type]


def test_plain_no_replaces_nothing() -> None:
    state = {"pending": {"tool": "cancel_pending_order"}, "incoming": {"text": "no, don't cancel it"}}
    assert not swap_instead(state)  # type: ignore[arg-type]
