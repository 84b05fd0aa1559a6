"""A photo complaint's order and item come from the evidence (words, photo) across all the customer's orders."""

from __future__ import annotations

import pytest

from assistant.steps.evidence_target import evidence_target, ordered_items

LEO = [
    {"order_id": "#D9000003", "status": "delivered", "items": [
        {"item_id": "MP01-32-Black", "product_id": "MP01", "name": "Caesar Warm-Up Pant"}]},
    {"order_id": "#D9000004", "status": "processed", "items": [
        {"item_id": "MS04-M-Black", "product_id": "MS04", "name": "Gobi HeatTec Tee"}]},
]
MIA = [
    {"order_id": "#D9000001", "status": "delivered", "items": [
        {"item_id": "MH01-M-Black", "product_id": "MH01", "name": "Chaz Kangeroo Hoodie"},
        {"item_id": "WS03-S-Blue", "product_id": "WS03", "name": "Iris Workout Top"}]},
    {"order_id": "#D9000002", "status": "pending", "items": [
        {"item_id": "WJ01-M-Blue", "product_id": "WJ01", "name": "Stellar Solar Jacket"}]},
]
CATEGORIES = {"MP01": "Men/Bottoms/Pants", "MS04": "Men/Tops/Tees", "MH01": "Men/Tops/Hoodies & Sweatshirts",
              "WS03": "Women/Tops/Bras & Tanks", "WJ01": "Women/Tops/Jackets"}


@pytest.mark.parametrize(("words", "photo", "order_id", "item_id"), [
    ("J'ai reçu le pantalon dans la mauvaise couleur", "MP01", "#D9000003", "MP01-32-Black"),
    ("the warm-up pants came in the wrong colour", None, "#D9000003", "MP01-32-Black"),
    ("Das T-Shirt ist in der falschen Farbe gekommen", "MS04", "#D9000004", "MS04-M-Black"),
    ("la camiseta llegó en un color equivocado", "MS04", "#D9000004", "MS04-M-Black"),
    ("it came in the wrong colour", "MS04", "#D9000004", "MS04-M-Black"),
    ("I ordered warm-up pants but this jacket arrived", "WJ01", "#D9000003", "MP01-32-Black"),
])
def test_leo_the_evidence_names_the_order(words: str, photo: str | None, order_id: str, item_id: str) -> None:
    target = evidence_target(ordered_items(LEO, CATEGORIES), words, photo)
    assert (target.order_id, target.item_ids, target.not_ordered) == (order_id, [item_id], False)


@pytest.mark.parametrize(("words", "photo"), [
    ("Ce legging est abîmé ?", "WP05"),
    ("these leggings arrived torn", None),
    ("las mallas llegaron rotas", "WP05"),
    ("Die Leggings ist kaputt angekommen", "WP05"),
])
def test_mia_leggings_she_never_ordered_are_not_pinned_on_an_order(words: str, photo: str | None) -> None:
    target = evidence_target(ordered_items(MIA, CATEGORIES), words, photo)
    assert not target.found
    assert target.not_ordered


def test_words_that_name_nothing_and_an_unordered_photo_leave_the_choice_open() -> None:
    target = evidence_target(ordered_items(MIA, CATEGORIES), "you sent me the wrong thing", "MP01")
    assert (target.found, target.not_ordered) == (False, False)


def test_the_words_item_wins_over_an_unordered_photo() -> None:
    target = evidence_target(ordered_items(MIA, CATEGORIES), "this is not the hoodie I ordered, these trousers came",
                             "MP01")
    assert (target.order_id, target.item_ids) == ("#D9000001", ["MH01-M-Black"])


def test_the_photo_picks_among_the_items_the_words_name() -> None:
    target = evidence_target(ordered_items(MIA, CATEGORIES), "the top arrived in the wrong colour", "WS03")
    assert (target.order_id, target.item_ids) == ("#D9000001", ["WS03-S-Blue"])


def test_a_name_is_more_specific_than_a_top_level_category() -> None:
    target = evidence_target(ordered_items(MIA, CATEGORIES), "the Iris Workout Top I got is the wrong colour", None)
    assert (target.order_id, target.item_ids) == ("#D9000001", ["WS03-S-Blue"])
