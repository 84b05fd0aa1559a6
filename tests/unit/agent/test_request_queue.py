"""Several requests in one message (fresh11 F3), read by words for every backend: the first write served now, the
questions about an order answered beside it, the other writes queued in order; one request with its reason or its
address stays one request; a request added while a proposal waits joins the queue."""

from __future__ import annotations

import pytest

from assistant.grounding.request_clauses import adds_a_request, asks_an_order_fact, says_both, says_one_of_them
from assistant.state import ConversationState, Pending, QueuedRequest, Reply
from assistant.steps.next_request import after_next_request, after_step
from assistant.steps.request_queue import nothing_open, read_requests, with_queue_note

TWO_WRITES = [
    ("cancel #W5001001 because I ordered the wrong thing, and return the kettle from #W5001002",
     "cancel #W5001001 because I ordered the wrong thing", ["return the kettle from #W5001002"]),
    ("merci d'annuler la commande #W5001001, je n'en ai plus besoin, et de renvoyer la lampe de la commande #W5001002",
     "merci d'annuler la commande #W5001001, je n'en ai plus besoin",
     ["de renvoyer la lampe de la commande #W5001002"]),
    ("anulen el pedido #W5001001, me equivoqué, y cambien la dirección del pedido #W5001002 a 5 Birch Way, Apt 1, "
     "Reno, NV 89501", "anulen el pedido #W5001001, me equivoqué",
     ["cambien la dirección del pedido #W5001002 a 5 Birch Way, Apt 1, Reno, NV 89501"]),
    ("die Bestellung #W5001001 bitte stornieren, war falsch bestellt. und die Tastatur aus #W5001002 möchte ich "
     "zurückschicken", "die Bestellung #W5001001 bitte stornieren, war falsch bestellt.",
     ["die Tastatur aus #W5001002 möchte ich zurückschicken"]),
]


@pytest.mark.parametrize(("text", "first", "rest"), TWO_WRITES)
def test_two_writes_are_the_first_now_and_the_second_queued(text: str, first: str, rest: list[str]) -> None:
    read = read_requests(text)
    assert read is not None and read.first == first and read.rest == rest and not read.facts


@pytest.mark.parametrize(("text", "fact"), [
    ("send #W5001001 to 5 Birch Way, Apt 1, Reno, NV 89501 please. what did that order come to in total?",
     "what did that order come to in total?"),
    ("combien j'ai payé pour la commande #W5001002 ? et annulez la commande #W5001001, commandée par erreur",
     "combien j'ai payé pour la commande #W5001002 ?"),
    ("cancelen el pedido #W5001001, ya no lo necesito. ¿cuál es el número de seguimiento del pedido #W5001002?",
     "¿cuál es el número de seguimiento del pedido #W5001002?"),
    ("bitte #W5001001 stornieren, brauche ich nicht mehr, und wie viel hat die Bestellung #W5001002 gekostet?",
     "und wie viel hat die Bestellung #W5001002 gekostet?"),
])
def test_a_question_about_an_order_is_answered_beside_the_write(text: str, fact: str) -> None:
    read = read_requests(text)
    assert read is not None and read.facts == fact and not read.rest and "#W5001001" in read.first


@pytest.mark.parametrize("text", [
    "cancel #W5001001, I ordered it by mistake",  # a reason
    "je voudrais changer l'adresse de livraison de ma commande : 12 Oak Lane, Apt 3, Portland, OR 97201",  # an address
    "quiero devolver la lámpara, reembolso a la tarjeta con la que pagué",  # how the refund goes, no question
    "tausch die Trinkflasche bitte gegen eine blaue, die ist ja noch nicht verschickt",  # a statement, not a question
    "annulez la commande #W5001001 et aussi la #W5001002",  # one action for two orders: one request as before
])
def test_one_request_stays_one(text: str) -> None:
    assert read_requests(text) is None


@pytest.mark.parametrize("text", [
    "return the lamp and swap the boots for a 10; if you can only do one, the boots matter more",
    "je veux renvoyer la montre et échanger le casque, si on ne peut pas faire les deux, priorité au casque",
    "devolver el teclado y cambiar el ratón, si solo se puede una cosa, el ratón",
    "die Uhr zurückgeben und den Helm tauschen, falls nur eins geht, dann den Helm",
])
def test_a_priority_between_requests_is_read_whole(text: str) -> None:
    assert says_one_of_them(text) and read_requests(text) is None


@pytest.mark.parametrize(("text", "added"), [
    ("oh, also please cancel #W5001002 as well", True),
    ("et aussi je voudrais renvoyer la lampe de la commande #W5001002", True),
    ("además quiero devolver el teclado del pedido #W5001002", True),
    ("außerdem bitte die Bestellung #W5001002 stornieren", True),
    ("also, is it the blue one?", False),  # a question, no write
    ("yes please", False),
])
def test_a_request_added_to_the_one_under_way(text: str, added: bool) -> None:
    assert adds_a_request(text) is added


def test_a_fact_question_is_no_write_and_a_refund_method_no_question() -> None:
    assert asks_an_order_fact("and what's the tracking number of #W5001002?")
    assert not asks_an_order_fact("refund it to the card I paid with")
    assert not asks_an_order_fact("and cancel #W5001002 too")


CANCEL = Pending(action_id="a1", tool="cancel_pending_order", arguments={"order_id": "#W5001001"},
                 reply_key="cancelled", reply_facts={})
QUESTION = Reply(key="confirm_cancel", facts={"order_id": "#W5001001"}, quick_replies=["Yes", "No"])


def test_a_queued_request_is_said_once_before_the_proposal() -> None:
    queued = [QueuedRequest(text="return the kettle from #W5001002", message_id="m1", noted=False)]
    state = ConversationState(pending=CANCEL, queued=queued, outbox=[QUESTION])
    update = with_queue_note(state)
    assert [reply["key"] for reply in update["outbox"]] == ["request_queued", "confirm_cancel"]
    assert update["outbox"][0]["facts"] == {"request": "return the kettle from #W5001002"}
    assert with_queue_note(ConversationState(pending=CANCEL, queued=update["queued"], outbox=[QUESTION])) == {}


def test_a_queued_request_waits_while_anything_is_open() -> None:
    queued = [QueuedRequest(text="cancel #W5001002", message_id="m1", noted=True)]
    assert not nothing_open(ConversationState(pending=CANCEL, queued=queued))
    assert not nothing_open(ConversationState(topic={"intent": "cancel_order", "slots": {}}, queued=queued))
    assert not nothing_open(ConversationState(handoff={"ticket_id": 1, "active": True}, queued=queued))
    assert nothing_open(ConversationState(queued=queued))


def test_the_queue_node_is_reached_only_while_requests_wait() -> None:
    assert after_step(ConversationState(queued=[])) == "respond"
    assert after_step(ConversationState(queued=[QueuedRequest(text="x", message_id="m", noted=True)])) == (
        "next_request")
    assert after_next_request(ConversationState(incoming={"text": "hi", "served": ""})) == "respond"


@pytest.mark.parametrize(("text", "both"), [
    ("yes to both please", True), ("oui, pour les deux", True), ("sí, a las dos", True), ("ja, beides", True),
    ("yes", False), ("oui allez-y", False),
])
def test_a_yes_that_reaches_to_both_requests(text: str, both: bool) -> None:
    assert says_both(text) is both
