"""Requests about several items of one order (fresh18 F5, F6): "the other item" and "both" read as the order's items
where one reading fits, catalog names listed as the answer to "which items?", and German "andere" (other) never
read as "ändere" (change)."""

from __future__ import annotations

import pytest

from assistant.grounding.item_changes import wishes_a_swap
from assistant.grounding.other_items import with_other_items
from assistant.steps.order_lookup import pick_items
from assistant.steps.question_answer import _items_listed
from assistant.steps.question_candidates import item_candidates
from assistant.steps.several_swaps import parts_by_item

TWO = {
    "order_id": "#W2430890",
    "items": [
        {"item_id": "1437889264", "name": "Hiking Boots", "options": {"size": "7"}},
        {"item_id": "2540052208", "name": "Smart Watch", "options": {"color": "gold"}},
    ],
}
FIVE = {
    "order_id": "#W1713682",
    "items": [
        {"item_id": "1007724142", "name": "Smart Watch", "options": {"color": "black"}},
        {"item_id": "3812493782", "name": "Hiking Boots", "options": {"size": "7"}},
        {"item_id": "5967152432", "name": "Bluetooth Speaker", "options": {"color": "green"}},
        {"item_id": "4648814700", "name": "Mechanical Keyboard", "options": {"size": "60%"}},
        {"item_id": "7902309762", "name": "Makeup Kit", "options": {"brand": "Brand B"}},
    ],
}
BOTH = ["1437889264", "2540052208"]


@pytest.mark.parametrize(
    "text",
    [
        "I want to return the hiking boots from order W2430890, and the other item too",
        "je renvoie les chaussures de randonnée et l'autre aussi svp",
        "quiero devolver las botas del pedido W2430890 y el otro también",
        "Ich möchte die Wanderschuhe zurückgeben – und das andere Teil bitte auch gleich mit",
        "I'd like to return both items from order W2430890",
        "quiero devolver los dos productos del pedido W2430890",
        "ich möchte beide Artikel zurückgeben",
    ],
)
def test_the_other_item_or_both_of_a_two_item_order(text: str) -> None:
    assert pick_items(TWO, {}, text) == BOTH


def test_the_other_item_of_several_is_not_guessed() -> None:
    # four items are left: which one "the other" is is asked, never chosen
    assert pick_items(FIVE, {}, "return the keyboard and the other item too") == ["4648814700"]
    assert pick_items(FIVE, {}, "ich möchte beide Artikel zurückgeben") == []


def test_two_items_named_with_the_other_word_are_those_two() -> None:
    said = "Ich möchte die Wanderschuhe zurückgeben, und das andere Teil, die Uhr, gleich mit"
    assert sorted(pick_items(FIVE, {}, said)) == ["1007724142", "3812493782"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hiking Boots und Smart Watch", ["1007724142", "3812493782"]),
        ("Hiking Boots et Smart Watch", ["1007724142", "3812493782"]),
        ("la montre et le clavier", ["1007724142", "4648814700"]),
        ("the keyboard", []),  # one item: read as any other answer
    ],
)
def test_items_listed_answer_which_items(text: str, expected: list[str]) -> None:
    record = {
        "slot": "item_ids",
        "candidates": [c.model_dump(exclude_defaults=True) for c in item_candidates(FIVE["items"])],
    }
    assert _items_listed(text, record) == expected


def test_both_answers_which_items_of_two() -> None:
    record = {
        "slot": "item_ids",
        "candidates": [c.model_dump(exclude_defaults=True) for c in item_candidates(TWO["items"])],
    }
    assert _items_listed("beide bitte", record) == BOTH


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Ich möchte die Wanderschuhe zurückgeben und das andere Teil auch", False),
        ("bitte ändere die Größe auf L", True),
        ("ich ändere den Hoodie lieber auf L", True),
    ],
)
def test_andere_is_no_change_word(text: str, wish: bool) -> None:
    assert wishes_a_swap(text) is wish


PENDING = [
    {"item_id": "2177260429", "name": "Sunglasses", "options": {"frame material": "metal"}},
    {"item_id": "5650803029", "name": "Bluetooth Speaker", "options": {"color": "black"}},
]


def test_each_item_gets_its_own_part_of_two_changes() -> None:
    said = "change the sunglasses in W6030855 to a plastic frame and the speaker to red, difference on my credit card"
    parts = parts_by_item(said, PENDING)
    assert parts is not None
    assert "plastic" in parts["2177260429"] and "to red" not in parts["2177260429"]
    assert "to red" in parts["5650803029"] and "plastic" not in parts["5650803029"]
    # the part naming no item (the payment) goes with both
    assert all("credit card" in part for part in parts.values())


def test_one_item_is_left_to_the_one_item_flow() -> None:
    assert parts_by_item("change the speaker to red, difference on my credit card", PENDING) is None


@pytest.mark.parametrize("text", ["la casquette, le sac et la veste polaire, les trois", "return all three please",
                                  "los tres, porfa", "alle drei zurück"])
def test_all_three_is_every_item(text: str) -> None:
    items = [{"item_id": "a"}, {"item_id": "b"}, {"item_id": "c"}]
    assert with_other_items(text, items, ["a", "b"]) == ["a", "b", "c"]


def test_everything_said_in_passing_is_no_item() -> None:
    items = [{"item_id": "a"}, {"item_id": "b"}, {"item_id": "c"}]
    assert with_other_items("c'est tout, merci", items, ["a"]) == ["a"]
