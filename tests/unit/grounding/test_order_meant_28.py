"""both28: an item held in several orders a request can act on is asked about (a swap acts on a pending order as a
change and on a delivered one as an exchange); a state said next to it picks one; a no that opens a message drops a
proposal even with a pause to think after it; a change is called off by keeping the item as it is."""

from __future__ import annotations

import pytest

from assistant.grounding.kept_items import only_keeps
from assistant.grounding.order_states import said_state
from assistant.grounding.orders import ground_order
from assistant.models.contracts import Intent
from assistant.steps.eligible_orders import ITEM_SWAP_STATUSES, acting_statuses
from assistant.steps.held_open import no_then_thinking, opens_with_no, puts_on_hold
from assistant.steps.open_question import keeps_as_it_is

BOOTS = {"item_id": "1437889264", "name": "Hiking Boots", "options": {"size": "7"}}
ORDERS = [{"order_id": "#W7728728", "status": "delivered"}, {"order_id": "#W2443586", "status": "pending"}]
DETAILS = [{**ORDERS[0], "items": [BOOTS]}, {**ORDERS[1], "items": [BOOTS]}]


def test_a_swap_acts_on_pending_and_delivered_orders_other_requests_on_their_own_status() -> None:
    assert acting_statuses(Intent.EXCHANGE_ITEM, {}) == ITEM_SWAP_STATUSES
    assert acting_statuses(Intent.MODIFY_ORDER, {"modification": "items"}) == ITEM_SWAP_STATUSES
    assert acting_statuses(Intent.MODIFY_ORDER, {"modification": "address"}) is None
    assert acting_statuses(Intent.RETURN_ITEM, {}) is None
    assert acting_statuses(Intent.CANCEL_ORDER, {}) is None


def test_an_item_in_a_pending_and_a_delivered_order_is_asked_about_for_a_swap() -> None:
    choice = ground_order("the hiking boots in size 8 please", [], ORDERS, "delivered", DETAILS, ITEM_SWAP_STATUSES)
    assert choice.order_id is None
    assert {c["order_id"] for c in choice.candidates} == {"#W7728728", "#W2443586"}


def test_without_the_swap_statuses_the_needed_status_still_picks_the_order() -> None:
    choice = ground_order("return the hiking boots", [], ORDERS, "delivered", DETAILS)
    assert choice.order_id == "#W7728728"


@pytest.mark.parametrize(("text", "order_id"), [
    ("the hiking boots that haven't shipped yet, size 8", "#W2443586"),
    ("les chaussures de randonnée que j'ai reçues, en 8", "#W7728728"),
    ("die Wanderschuhe, die schon angekommen sind, in 8", "#W7728728"),
])
def test_a_state_said_next_to_the_item_picks_its_order(text: str, order_id: str) -> None:
    assert ground_order(text, [], ORDERS, "delivered", DETAILS, ITEM_SWAP_STATUSES).order_id == order_id


@pytest.mark.parametrize(("text", "state"), [
    ("celle qui est arrivée", "delivered"), ("los que ya me llegaron", "delivered"),
    ("les bottes pas encore reçues", "open"), ("the ones that came last week", "delivered"),
])
def test_state_words_in_every_form(text: str, state: str) -> None:
    assert said_state(text) == state


@pytest.mark.parametrize("text", ["no, mejor no, me lo pienso", "nah, better not, i'll think it over",
                                  "nein, lieber doch nicht, ich überlege es mir noch",
                                  "non merci, je vais y réfléchir"])
def test_a_no_opening_the_message_drops_the_proposal_even_with_a_pause_after_it(text: str) -> None:
    assert opens_with_no(text)
    assert no_then_thinking(text)
    assert not puts_on_hold(text)


@pytest.mark.parametrize("text", ["hmm let me think about it", "no cambies nada todavía, lo pienso",
                                  "ok, let me think", "no, not yet", "nein, noch nichts ändern", "lass es erstmal"])
def test_a_pause_without_a_no_then_thinking_still_holds(text: str) -> None:
    assert not no_then_thinking(text)
    assert puts_on_hold(text)


@pytest.mark.parametrize("text", ["no", "no, change it to blue instead", "non, je préfère en bleu"])
def test_a_plain_no_or_a_no_with_a_new_wish_is_not_a_no_to_think(text: str) -> None:
    assert not no_then_thinking(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("ah non tant pis, je garde la bleue finalement, merci", True),
    ("nee, lass mal, ich behalte doch den blauen. Danke!", True),
    ("no, I will keep the black one", True),
    ("no, not red, make it blue", False),
    ("no, keep the same colour, size M", False),
    ("in blue then", False),
])
def test_a_change_is_called_off_by_keeping_the_item(text: str, kept: bool) -> None:
    assert keeps_as_it_is(text) is kept


def test_only_keeps_needs_every_thing_named_kept() -> None:
    assert only_keeps("je garde la bleue")
    assert not only_keeps("je garde la bleue mais je veux la rouge aussi")
