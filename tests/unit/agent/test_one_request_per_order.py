"""A return and an exchange of one delivered order asked in one message (two-needs-one-order-27): the order takes
one of them, so the clash is said before anything is written and the other request leaves the queue; a status
question beside a return, or beside the yes to it, is split off and answered."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.consent import explicit_answer
from assistant.grounding.order_fact_words import asks_for_the_address
from assistant.grounding.status_aside import split_status_aside
from assistant.models.contracts import Intent
from assistant.state import ConversationState, QueuedRequest
from assistant.steps.one_request_per_order import REPLY_KEY, clashing_requests, one_request_reply

ORDER: dict[str, Any] = {"order_id": "#W5001002", "status": "delivered",
                         "items": [{"name": "Running Shoes"}, {"name": "T-Shirt"}]}


def _state(*texts: str, message_id: str = "m1") -> ConversationState:
    queued = [QueuedRequest(text=text, message_id=message_id, noted=False) for text in texts]
    return {"incoming": {"message_id": "m1", "text": ""}, "queued": queued, "outbox": []}  # type: ignore[typeddict-item]


@pytest.mark.parametrize(("intent", "queued"), [
    (Intent.RETURN_ITEM, "exchange the tee for an M"),
    (Intent.RETURN_ITEM, "und das T-Shirt gegen Größe M umtauschen"),
    (Intent.EXCHANGE_ITEM, "et je retourne les chaussures"),
    (Intent.EXCHANGE_ITEM, "y devolver las zapatillas del pedido #W5001002"),
])
def test_a_return_beside_an_exchange_of_one_delivered_order_clashes(intent: Intent, queued: str) -> None:
    state = _state(queued)
    clashing = clashing_requests(state, intent, ORDER)
    assert [request["text"] for request in clashing] == [queued]
    update = one_request_reply(state, ORDER, clashing)
    assert update["pending"] is None and update["queued"] == []
    assert update["outbox"][-1]["key"] == REPLY_KEY and "T-Shirt" in update["outbox"][-1]["facts"]["held"]


@pytest.mark.parametrize(("intent", "queued", "order"), [
    (Intent.RETURN_ITEM, "exchange the tee for an M from #W5001009", ORDER),  # another order: its own request
    (Intent.RETURN_ITEM, "and return the shoes too", ORDER),  # the same action: one return of both
    (Intent.RETURN_ITEM, "exchange the tee for an M", {**ORDER, "status": "pending"}),  # no return of a pending one
    (Intent.CANCEL_ORDER, "exchange the tee for an M", ORDER),
])
def test_no_clash_for_another_order_the_same_action_or_another_status(intent: Intent, queued: str,
                                                                       order: dict[str, Any]) -> None:
    assert clashing_requests(_state(queued), intent, order) == []


def test_a_request_queued_by_an_earlier_message_is_no_clash() -> None:
    assert clashing_requests(_state("exchange the tee for an M", message_id="m0"), Intent.RETURN_ITEM, ORDER) == []


@pytest.mark.parametrize(("text", "aside"), [
    ("return the watch from #W5001002 please, and did order #W5001009 ship already?",
     "and did order #W5001009 ship already?"),
    ("devuelvo el casco del pedido #W5001002, ¿y el pedido #W5001009 ya se envió?",
     "¿y el pedido #W5001009 ya se envió?"),
])
def test_a_status_question_beside_a_return_is_split_off(text: str, aside: str) -> None:
    split = split_status_aside(text)
    assert split is not None and split.aside == aside


@pytest.mark.parametrize("text", ["ja bitte. Wie ist der Stand bei meiner anderen Bestellung?",
                                  "sí. ¿en qué estado está mi otro pedido?"])
def test_a_status_question_beside_a_yes_is_split_off(text: str) -> None:
    split = split_status_aside(text, lambda words: explicit_answer(words) == "yes")
    assert split is not None and explicit_answer(split.request) == "yes"


def test_est_ce_que_asks_whether_it_shipped_not_where() -> None:
    assert not asks_for_the_address("et est-ce que la commande #W5001009 a été expédiée ?")
    assert asks_for_the_address("où est-ce que vous l'avez expédiée ?")

