"""Issue 17, eighth round: the pure readings behind the order-flow fixes (the suite `dialogue-classes-8.yaml` drives
the whole agent)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assistant.grounding.item_changes import asks_for_swap, names_options, wishes_a_swap
from assistant.grounding.items_acted_on import items_acted_on, without_order_reference
from assistant.grounding.measures import measure_of, measures
from assistant.grounding.order_states import said_state
from assistant.grounding.orders import ground_order
from assistant.grounding.reasons import read_cancel_reason
from assistant.grounding.relative_sizes import next_size, size_step
from assistant.models.contracts import Intent
from assistant.steps.order_changes import REASON_ASKED_SLOT, SWAP_ITEMS_SLOT, propose_change
from assistant.steps.order_lookup import pick_items
from assistant.steps.owned_items import in_order_named_by_its_items
from assistant.steps.proposal_questions import asks_about_proposal
from assistant.steps.return_instead import return_instead

ORDER = {"order_id": "#W1", "status": "pending", "items": [],
         "payment_history": [{"payment_method_id": "paypal_1", "amount_cents": 12345}]}


def _cancel(text: str, slots: dict[str, Any]) -> dict[str, Any]:
    return asyncio.run(propose_change(Intent.CANCEL_ORDER, ORDER, slots, None, text))  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["yes", "ya go ahead and cancel it", "oui, annulez", "sí, adelante", "ja bitte"])
def test_a_yes_to_the_reason_question_agrees_with_the_first_reason(text: str) -> None:
    proposal = _cancel(text, {REASON_ASKED_SLOT: "#W1"})
    assert proposal["agreed"] is True
    assert proposal["arguments"] == {"order_id": "#W1", "reason": "no longer needed"}


def test_a_yes_before_the_reason_question_or_for_another_order_agrees_to_nothing() -> None:
    assert _cancel("yes", {})["ask"] == "ask_cancel_reason"
    assert _cancel("yes", {REASON_ASKED_SLOT: "#W2"})["ask"] == "ask_cancel_reason"
    assert _cancel("hmm, not sure yet", {REASON_ASKED_SLOT: "#W1"})["ask"] == "ask_cancel_reason"


def test_a_reason_said_is_proposed_not_agreed() -> None:
    proposal = _cancel("I ordered it by mistake", {})
    assert proposal["agreed"] is False and proposal["arguments"]["reason"] == "ordered by mistake"


def test_the_reason_question_is_remembered_for_its_order() -> None:
    assert _cancel("cancel it", {})["remember"] == {REASON_ASKED_SLOT: "#W1"}


@pytest.mark.parametrize("text", [
    "pls cancel it, found one cheaper at a store",
    "je l'ai trouvé moins cher ailleurs",
    "la encontré más barata en otra tienda",
    "hab sie woanders günstiger gefunden",
])
def test_found_it_cheaper_is_no_longer_needed(text: str) -> None:
    assert read_cancel_reason(text) == "no longer needed"


@pytest.mark.parametrize("text", ["whats the price difference", "what's the difference in price then",
                                  "quelle est la différence de prix", "cuál es la diferencia de precio",
                                  "was ist der Preisunterschied"])
def test_the_difference_asked_without_a_question_mark(text: str) -> None:
    assert asks_about_proposal(text, {"tool": "modify_pending_order_items"}) == "amount"  # type: ignore[typeddict-item]


@pytest.mark.parametrize(("text", "state"), [
    ("the helmet that hasn't shipped yet, in size M", "open"),
    ("la veste que je n'ai pas encore reçue", "open"),
    ("el reloj del pedido que todavía no me llega", "open"),
    ("die Flasche, die noch nicht da ist", "open"),
    ("the kettle I received last week", "delivered"),
    ("la botella que me llegó", "delivered"),
    ("the helmet in size M", None),
])
def test_an_orders_state_said_in_words(text: str, state: str | None) -> None:
    assert said_state(text) == state


def test_the_state_said_picks_among_orders_holding_the_item() -> None:
    helmet = {"item_id": "h", "name": "Cycling Helmet", "options": {"size": "S"}, "product_id": "p"}
    delivered = {"order_id": "#W1", "status": "delivered", "items": [{**helmet, "item_id": "h1"}]}
    pending = {"order_id": "#W2", "status": "pending", "items": [{**helmet, "item_id": "h2"}]}
    orders = [{"order_id": o["order_id"], "status": o["status"]} for o in (delivered, pending)]
    text = "the helmet that hasn't shipped yet, can i get it in size M instead"
    # an exchange prefers delivered orders; the words say the open one
    assert ground_order(text, [], orders, "delivered", [delivered, pending]).order_id == "#W2"
    assert ground_order("the helmet I received, in size M", [], orders, "pending",
                        [delivered, pending]).order_id == "#W1"


@pytest.mark.parametrize("text", ["no wait, I'll just return it instead", "non attendez, je préfère les renvoyer",
                                  "no, espera, mejor la devuelvo", "nee warte, ich schick ihn lieber zurück"])
def test_a_return_replaces_a_swap_in_progress(text: str) -> None:
    for state in ({"pending": {"tool": "exchange_delivered_order_items"}},
                  {"topic": {"intent": "modify_order", "slots": {SWAP_ITEMS_SLOT: ["i1"]}}}):
        assert return_instead({**state, "incoming": {"text": text}})  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["yes, the difference back to my visa", "ja, Differenz zurück auf die Visa",
                                  "return it in size L instead"])
def test_refund_words_or_a_new_variant_replace_no_swap(text: str) -> None:
    state = {"pending": {"tool": "exchange_delivered_order_items"}, "incoming": {"text": text}}
    assert not return_instead(state)  # type: ignore[arg-type]


def test_a_return_said_without_a_swap_in_progress_is_not_a_change_of_mind() -> None:
    state = {"pending": {"tool": "cancel_pending_order"}, "incoming": {"text": "I'll just return it"}}
    assert not return_instead(state)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "el casco que todavía no me ha llegado lo quiero en negro",
    "la chaqueta que todavía no me llega la quiero en amarillo y talla L",
    "der helm, der noch nicht angekommen ist, den hätte ich lieber in weiß",
    "the bike helmet i still haven't received, can i get it in S instead",
])
def test_a_state_phrase_negates_the_arrival_not_the_wish(text: str) -> None:
    assert asks_for_swap(text)


def test_a_negated_wish_stays_negated() -> None:
    assert not wishes_a_swap("no quiero cambiar nada")


@pytest.mark.parametrize(("value", "text"), [
    ("750ml", "je la voudrais en 750 ml plutôt"),
    ("1L", "could i get the 1 liter one instead"),
    ("34 inch", "contre la version 34 pouces"),
    ("4 hours", "por los de 4 horas de batería"),
    ("2 cups", "gegen die 2-Tassen-Version"),
    ("6-inch", "lieber mit 6-zoll-bildschirm"),
    ("1.5 liters", "the 1,5 litre one"),
])
def test_a_value_with_a_unit_in_the_customers_spelling(value: str, text: str) -> None:
    assert measure_of(value) is not None
    assert any(said == measure_of(value) for said, _, _ in measures(text))
    assert names_options(text)


@pytest.mark.parametrize("value", ["1TB SSD", "30-50 lbs", "IPX4", "10", "crew neck"])
def test_values_that_are_not_one_measure(value: str) -> None:
    assert measure_of(value) is None


@pytest.mark.parametrize("text", ["i want 2 of them", "order 1234567 for $45.20", "in 2 days"])
def test_numbers_without_a_unit_name_no_option(text: str) -> None:
    assert not measures(text)


def _items(*names_options: tuple[str, dict[str, str]]) -> list[dict[str, Any]]:
    return [{"item_id": f"i{n}", "name": name, "options": options, "product_id": "p"}
            for n, (name, options) in enumerate(names_options)]


def test_an_item_naming_the_order_is_not_acted_on() -> None:
    items = _items(("Headphones", {"color": "black"}), ("Smart Thermostat", {"color": "white"}))
    text = "estoy pensando en devolver los auriculares del pedido del termostato"
    rest = without_order_reference(text)
    assert "auriculares" in rest and "termostato" not in rest
    assert items_acted_on(text, items) == ["i0"]
    assert pick_items({"items": items}, {}, "send back the headphones from my order with the thermostat") == ["i0"]


def test_every_item_listed_is_acted_on() -> None:
    items = _items(("Bookshelf", {}), ("Jigsaw Puzzle", {}), ("Backpack", {}))
    text = "das puzzle und den rucksack aus der bestellung mit dem regal will ich zurückschicken"
    assert pick_items({"items": items}, {}, text) == ["i1", "i2"]


def test_the_same_product_twice_is_told_apart_by_its_measure_or_asked() -> None:
    items = _items(("Skateboard", {"length": "28 inch"}), ("Skateboard", {"length": "34 inch"}))
    assert pick_items({"items": items}, {}, "two skateboards came, send back the small 28 inch one") == ["i0"]
    assert pick_items({"items": items}, {}, "send back the skateboard and get a refund") == []


@pytest.mark.parametrize(("text", "current", "expected"), [
    ("can i get the fleece jacket one size bigger?", "M", "L"),
    ("je voudrais une pointure au-dessus", "10", "11"),
    ("¿me lo cambias a una talla menos?", "M", "S"),
    ("hätte ich gern eine Nummer kleiner", "XXL", "XL"),
    ("la quiero una talla más grande", "XL", None),  # no bigger size: never the L "grande" says alone
])
def test_a_size_said_relative_to_the_one_ordered(text: str, current: str, expected: str | None) -> None:
    values = ["S", "M", "L", "XL"] if not current.isdigit() else ["7", "8", "9", "10", "11", "12"]
    if current == "XXL":
        values = ["L", "XL", "XXL"]
    assert next_size(values, current, size_step(text)) == expected


def test_no_relative_words_no_step() -> None:
    assert size_step("in size L please") == 0


def test_the_order_named_by_several_of_its_items_holds_the_item_meant() -> None:
    boots = {"item_id": "b1", "name": "Hiking Boots", "options": {}, "product_id": "p"}
    phone = {"item_id": "s1", "name": "Smartphone", "options": {"color": "gold"}, "product_id": "q"}
    orders = [{"order_id": "#W1", "status": "pending", "items": [boots]},
              {"order_id": "#W2", "status": "processed", "items": [{**boots, "item_id": "b2"}, phone]}]
    text = ("je peux changer la couleur du smartphone dans ma commande ? celle avec le téléphone et les "
            "chaussures de rando")
    assert in_order_named_by_its_items(text, orders, [("#W1", "b1"), ("#W2", "s1")]) == [("#W2", "s1")]
    # one thing named in each order: nothing tells them apart here
    assert in_order_named_by_its_items("the hiking boots", orders, [("#W1", "b1"), ("#W2", "b2")]) == [
        ("#W1", "b1"), ("#W2", "b2")]


def test_a_colour_said_of_one_listed_item_drops_no_other_item() -> None:
    items = _items(("T-Shirt", {"color": "purple"}), ("Electric Kettle", {"color": "white"}), ("Pet Bed", {}))
    assert pick_items({"items": items}, {}, "quiero devolver la camiseta morada y el hervidor") == ["i0", "i1"]
