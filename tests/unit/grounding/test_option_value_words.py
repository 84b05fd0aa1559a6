"""Option values that no vocabulary lists, read by their words against the product's own values in four languages
("switches lineales", "mode nuit", "filtro hepa", "sin lo de pelo de mascota"): the value named is the variant
wanted; the item's own value ruled out leaves one variant (chosen) or several (asked about)."""

from __future__ import annotations

import pytest

from assistant.grounding.option_values import read_values
from assistant.grounding.variants import ground_variant


def _product(key: str, values: list[str], unavailable: tuple[str, ...] = ()) -> dict:
    return {"variants": [{"item_id": f"v-{value}", "options": {key: value, "colour": "black"}, "price_cents": 5000,
                          "available": value not in unavailable} for value in values]}


KEYBOARD = _product("switch type", ["clicky", "linear", "tactile"])
CLICKY = {"item_id": "v-clicky", "options": {"switch type": "clicky", "colour": "black"}}
VACUUM = _product("features", ["HEPA filter", "cordless", "pet hair removal"])
PET_HAIR = {"item_id": "v-pet hair removal", "options": {"features": "pet hair removal", "colour": "black"}}
PURIFIER = _product("features", ["night mode", "quiet operation", "smart sensors"])
QUIET = {"item_id": "v-quiet operation", "options": {"features": "quiet operation", "colour": "black"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("could the keyboard be linear switches instead of the clicky ones", "v-linear"),
        ("el teclado, lo quiero con switches lineales", "v-linear"),
        ("je le voudrais avec des interrupteurs tactiles", "v-tactile"),
        ("bitte mit taktilen Schaltern", "v-tactile"),
    ],
)
def test_switch_type_in_four_languages(text: str, expected: str) -> None:
    assert (ground_variant(KEYBOARD, CLICKY, text).variant or {}).get("item_id") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la quiero sin lo de pelo de mascota, mejor con filtro hepa", "v-HEPA filter"),
        ("je le veux sans fil", "v-cordless"),
        ("lieber kabellos", "v-cordless"),
    ],
)
def test_feature_named_and_the_one_ruled_out(text: str, expected: str) -> None:
    assert (ground_variant(VACUUM, PET_HAIR, text).variant or {}).get("item_id") == expected


def test_compound_and_translated_words_name_a_two_word_value() -> None:
    assert (ground_variant(PURIFIER, QUIET, "gegen eine Variante mit Nachtmodus").variant or {}).get(
        "item_id") == "v-night mode"
    assert (ground_variant(PURIFIER, QUIET, "con modo nocturno").variant or {}).get("item_id") == "v-night mode"


def test_own_value_ruled_out_with_two_left_is_asked() -> None:
    choice = ground_variant(KEYBOARD, CLICKY, "without the clicky switches")
    assert choice.variant is None and choice.problem == "several"
    assert {v["item_id"] for v in choice.alternatives} == {"v-linear", "v-tactile"}


def test_own_value_ruled_out_with_one_available_left_is_that_one() -> None:
    keyboard = _product("switch type", ["clicky", "linear", "tactile"], unavailable=("tactile",))
    assert (ground_variant(keyboard, CLICKY, "ohne die klickenden Schalter").variant or {}).get(
        "item_id") == "v-linear"


def test_one_word_of_a_two_word_value_is_not_enough() -> None:
    assert read_values(["HEPA filter", "cordless"], "a better filter please") == ([], set())


def test_short_words_need_a_digit() -> None:
    assert read_values(["S", "M", "4K"], "it's fine in 4k") == (["4K"], set())


def test_typo_in_a_long_word() -> None:
    assert read_values(["AA batteries", "rechargeable"], "je la voudrai rechargable") == (["rechargeable"], set())


def test_option_named_after_a_negation_is_its_none_value() -> None:
    bulb = _product("connectivity", ["Bluetooth", "Wi-Fi", "none"])
    item = {"item_id": "v-Bluetooth", "options": {"connectivity": "Bluetooth", "colour": "black"}}
    text = "haette das aber lieber ohne konnektivitaet statt mit bluetooth"  # umlaut typed as "ae"
    assert (ground_variant(bulb, item, text).variant or {}).get("item_id") == "v-none"


def test_a_yes_names_no_value_that_is_a_bare_yes() -> None:
    named, ruled = read_values(["yes", "no"], "yes, the gift card")
    assert (named, ruled) == ([], set())
