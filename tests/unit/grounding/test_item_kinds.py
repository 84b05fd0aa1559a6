"""Product kinds of the shop's catalogs named in en/fr/es/de (prompts/item_nouns.v1.yaml): every kind is a word of
a product name, the customer's noun finds the order line holding that product, and a kind that no order in the
needed status holds never lets the only order in that status be chosen."""

from __future__ import annotations

import json

import pytest

from assistant.grounding.items import items_named, name_words
from assistant.grounding.lexicon import lexicon
from assistant.grounding.orders import ground_order
from tests.conftest import REPO_ROOT

TAU_PRODUCTS = json.loads((REPO_ROOT / "data" / "tau-retail" / "products.json").read_text(encoding="utf-8"))
ORDERS = [{"order_id": "#W4931754", "status": "processed"}, {"order_id": "#W1130240", "status": "pending"},
          {"order_id": "#W8838515", "status": "delivered"}]
DETAILS = [
    {**ORDERS[0], "items": [{"item_id": "u", "name": "Patio Umbrella"}, {"item_id": "w", "name": "Wristwatch"},
                            {"item_id": "k", "name": "Mechanical Keyboard"}]},
    {**ORDERS[1], "items": [{"item_id": "d", "name": "Dumbbell Set"}]},
    {**ORDERS[2], "items": [{"item_id": "v", "name": "Vacuum Cleaner"}]},
]


def test_every_tau_retail_product_kind_has_nouns() -> None:
    kinds = set().union(*(name_words(kind) for kind in lexicon().item_nouns))
    unnamed = [p["name"] for p in TAU_PRODUCTS.values() if not name_words(p["name"]) & kinds]
    assert unnamed == []


@pytest.mark.parametrize("text", ["la sombrilla", "le parasol", "den Sonnenschirm", "the umbrella", "las sombrillas"])
def test_an_umbrella_in_four_languages_is_the_patio_umbrella(text: str) -> None:
    assert items_named(text, DETAILS[0]["items"]) == ["u"]


@pytest.mark.parametrize(("text", "expected"), [
    ("les haltères", "Dumbbell Set"), ("las mancuernas", "Dumbbell Set"), ("die Hanteln", "Dumbbell Set"),
    ("ma montre", "Wristwatch"), ("mi reloj de pulsera", "Wristwatch"), ("meine Armbanduhr", "Wristwatch"),
    ("l'aspirateur", "Vacuum Cleaner"), ("la aspiradora", "Vacuum Cleaner"), ("den Staubsauger", "Vacuum Cleaner"),
    ("my yoga mat", "Yoga Mat"), ("ma gourde", "Water Bottle"), ("el hervidor", "Electric Kettle"),
    ("das Handy", "Smartphone"), ("mis gafas de sol", "Sunglasses"), ("the e-reader", "E-Reader"),
    ("mi teclado", "Mechanical Keyboard"), ("die Tastatur", "Mechanical Keyboard"),
])
def test_common_nouns_find_the_tau_product(text: str, expected: str) -> None:
    items = [{"item_id": p["name"], "name": p["name"]} for p in TAU_PRODUCTS.values()]
    assert expected in items_named(text, items)


@pytest.mark.parametrize("text", [
    "cambien la dirección del pedido de la sombrilla", "changez l'adresse de la commande du parasol",
    "die Adresse der Bestellung mit dem Sonnenschirm ändern", "change the address of the umbrella order",
])
def test_a_kind_held_in_another_status_grounds_that_order_not_the_only_pending_one(text: str) -> None:
    choice = ground_order(text, [], ORDERS, "pending", DETAILS)
    assert choice.order_id == "#W4931754" and not choice.fallback


@pytest.mark.parametrize("text", ["cancel the bike order", "annulez la commande de la tablette",
                                  "cancelen el pedido del portátil", "die Bestellung mit dem Fahrrad stornieren"])
def test_a_kind_no_order_holds_asks_which_order(text: str) -> None:
    choice = ground_order(text, [], ORDERS, "pending", DETAILS)
    assert choice.order_id is None and len(choice.candidates) == len(ORDERS)


def test_the_only_pending_order_without_a_kind_is_a_fallback_and_with_its_kind_is_not() -> None:
    plain = ground_order("cancel my order please", [], ORDERS, "pending", DETAILS)
    named = ground_order("cancel the order with the weights", [], ORDERS, "pending", DETAILS)
    assert (plain.order_id, plain.fallback) == ("#W1130240", True)
    assert (named.order_id, named.fallback, named.item_ids) == ("#W1130240", False, ["d"])
