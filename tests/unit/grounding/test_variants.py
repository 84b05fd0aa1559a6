"""The replacement variant by option values: the options not named are kept, the variant must exist and be
available, and synonyms and the four languages' colour and size words map to the catalog's values."""

from __future__ import annotations

import pytest

from assistant.grounding.variants import describe_options, ground_variant


def _product(prefix: str, sizes: list[str], colours: list[str], unavailable: tuple[str, ...] = ()) -> dict:
    return {"variants": [
        {"item_id": f"{prefix}-{s}-{c}", "options": {"size": s, "color": c}, "price_cents": 5000,
         "available": f"{s}-{c}" not in unavailable}
        for s in sizes for c in colours]}


PANTS = _product("MP09", ["30", "31", "32", "33", "34"], ["Black", "Blue", "Gray"], unavailable=("33-Gray",))
PANTS_ITEM = {"item_id": "MP09-31-Blue", "options": {"size": "31", "color": "Blue"}}
TEE = _product("WS11", ["XS", "S", "M", "L", "XL"], ["Lavender", "Orange", "Green"])
TEE_ITEM = {"item_id": "WS11-S-Orange", "options": {"size": "S", "color": "Orange"}}
JACKET = _product("MJ04", ["S", "M", "L"], ["Purple", "Black", "Red"])
JACKET_ITEM = {"item_id": "MJ04-L-Black", "options": {"size": "L", "color": "Black"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("could I get size 33 in gray instead", None),  # exists but sold out: never another size
        ("size 30 please, same colour", "MP09-30-Blue"),
        ("the charcoal ones", "MP09-31-Gray"),
        ("en taille 34, noir", "MP09-34-Black"),
        ("talla 32 en gris", "MP09-32-Gray"),
        ("Größe 30 in Schwarz", "MP09-30-Black"),
    ],
)
def test_pants_by_size_and_colour(text: str, expected: str | None) -> None:
    choice = ground_variant(PANTS, PANTS_ITEM, text)
    assert (choice.variant or {}).get("item_id") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the lavender one", "WS11-S-Lavender"),  # the catalog's own name wins over Purple
        ("in green, size medium", "WS11-M-Green"),
        ("swap WS11-S-Orange for the green version", "WS11-S-Green"),  # the sku's colour is not a request
        ("une taille au-dessus, en L", "WS11-L-Orange"),
        ("la verde, talla grande", "WS11-L-Green"),
        ("in Grün bitte", "WS11-S-Green"),
    ],
)
def test_tee_by_colour_words_and_sizes(text: str, expected: str) -> None:
    assert ground_variant(TEE, TEE_ITEM, text).variant["item_id"] == expected


@pytest.mark.parametrize(("text", "expected"), [("lilac please", "MJ04-L-Purple"), ("in violet", "MJ04-L-Purple"),
                                                ("burgundy", "MJ04-L-Red"), ("en rouge", "MJ04-L-Red")])
def test_synonyms_map_to_the_colour_the_product_has(text: str, expected: str) -> None:
    assert ground_variant(JACKET, JACKET_ITEM, text).variant["item_id"] == expected


def test_a_colour_the_product_does_not_come_in_is_unavailable_with_the_closest_options() -> None:
    choice = ground_variant(TEE, TEE_ITEM, "do you have it in pink?")
    assert choice.variant is None and choice.problem == "unavailable"
    sold_out = ground_variant(PANTS, PANTS_ITEM, "size 33 in gray")
    assert sold_out.problem == "unavailable"
    assert {v["item_id"] for v in sold_out.alternatives[:2]} <= {"MP09-33-Black", "MP09-33-Blue", "MP09-31-Gray",
                                                                 "MP09-30-Gray", "MP09-32-Gray", "MP09-34-Gray"}


def test_nothing_named_is_asked() -> None:
    assert ground_variant(TEE, TEE_ITEM, "I'd like to swap it").problem == "not_named"
    assert ground_variant(TEE, TEE_ITEM, "I'm not sure").problem == "not_named"


def test_options_are_described_in_the_customers_language() -> None:
    assert describe_options({"color": "Black", "size": "34"}) == "size 34, colour Black"
    assert describe_options({"color": "Black", "size": "34"}, "de") == "Größe 34, Farbe Schwarz"
    with_material = {"size": "M", "color": "Blue", "material": "Cocona&reg;, Wool"}
    assert describe_options(with_material, "es") == "talla M, color azul"


@pytest.mark.parametrize("text", ["what about an XL?", "en taille 38", "¿la tienes en extra grande?"])
def test_a_size_the_product_does_not_have_is_unavailable_not_ignored(text: str) -> None:
    small_range = _product("WJ02", ["XS", "S", "M", "L"], ["Blue"])
    choice = ground_variant(small_range, {"item_id": "WJ02-M-Blue", "options": {"size": "M", "color": "Blue"}}, text)
    assert choice.variant is None and choice.problem == "unavailable"


HELMET = {"variants": [
    {"item_id": f"H-{s}-{v}", "options": {"size": s, "color": "red", "ventilation": v}, "price_cents": 9000,
     "available": True}
    for s in ["S", "M", "L"] for v in ["low", "medium", "high"]]}
HELMET_ITEM = {"item_id": "H-L-high", "options": {"size": "L", "color": "red", "ventilation": "high"}}


@pytest.mark.parametrize(("text", "expected"), [
    ("the bike helmet i ordered, can i get it in a medium?", "H-M-high"),  # one word: the size, not the ventilation
    ("size M with medium ventilation", "H-M-medium"),
])
def test_one_size_word_is_one_option(text: str, expected: str) -> None:
    choice = ground_variant(HELMET, HELMET_ITEM, text)
    assert choice.variant is not None and choice.variant["item_id"] == expected


BACKPACK = {"variants": [
    {"item_id": f"B-{s}-{m}", "options": {"color": "grey", "size": s, "material": m}, "price_cents": 9000,
     "available": True}
    for s in ["small", "large"] for m in ["polyester", "nylon"]]}
BACKPACK_ITEM = {"item_id": "B-large-polyester", "options": {"color": "grey", "size": "large", "material": "polyester"}}


def test_a_size_word_reads_as_the_products_own_spelling() -> None:
    # "grande" reads L, which this backpack spells "large": the size it has, so only the material changes
    choice = ground_variant(BACKPACK, BACKPACK_ITEM, "la mochila gris grande la quiero de nylon en vez de poliester")
    assert choice.variant is not None and choice.variant["item_id"] == "B-large-nylon"


def test_a_colour_said_to_be_fine_is_not_the_one_asked_for() -> None:
    choice = ground_variant(HELMET, {**HELMET_ITEM, "options": {**HELMET_ITEM["options"], "color": "red"}},
                            "the red bike helmet is too big on me, can i get it in M? the white one is fine")
    assert choice.variant is not None and choice.variant["options"]["color"] == "red"
