"""An option kept as ordered while a swap of two options is under way (mindhand22): by its value in the customer's
words or by its name, in four languages; the kept option goes back to the item's value and the other change stays.
"Forget the waterproof" names the option: it stays as ordered, never read as "waterproof yes"."""

from __future__ import annotations

import pytest

from assistant.grounding.variants import ground_variant, kept_as_ordered


def _shelf(colour: str, material: str) -> dict:
    return {"item_id": f"bs-{colour}-{material}", "options": {"color": colour, "material": material},
            "price_cents": 30000, "available": True}


SHELF = {"variants": [_shelf("white", "glass"), _shelf("black", "wood"), _shelf("white", "wood"),
                      _shelf("black", "glass")]}
WHITE_GLASS = {"item_id": "bs-white-glass", "options": {"color": "white", "material": "glass"}}
BLACK_WOOD = {"color": "black", "material": "wood"}  # the proposal's changes


@pytest.mark.parametrize("text", [
    "wait, actually keep it white. just the wood",
    "hmm leave the colour as it is, only the wood",
    "non finalement laissez la couleur, seulement le bois",
    "non, gardez le blanc, juste le bois",
    "no, deja el color igual, solo de madera",
    "mejor déjala en blanco, solo de madera",
    "nee, Farbe lassen, nur aus Holz",
    "doch lieber weiß lassen, nur Holz",
])
def test_one_option_kept_as_ordered_the_other_change_stays(text: str) -> None:
    assert kept_as_ordered(WHITE_GLASS, text, SHELF) == {"color"}
    choice = ground_variant(SHELF, WHITE_GLASS, text, [], kept=BLACK_WOOD)
    assert choice.variant is not None and choice.variant["item_id"] == "bs-white-wood"


@pytest.mark.parametrize("text", ["make it black and wood", "ja, schwarz und Holz", "the rest stays, black wood"])
def test_nothing_kept_without_a_kept_option(text: str) -> None:
    assert kept_as_ordered(WHITE_GLASS, text, SHELF) == set()


def _camera(waterproof: str, colour: str) -> dict:
    return {"item_id": f"ac-{waterproof}-{colour}", "options": {"waterproof": waterproof, "color": colour},
            "price_cents": 30000, "available": True}


CAMERA = {"variants": [_camera("no", "black"), _camera("yes", "black"), _camera("no", "silver"),
                       _camera("yes", "silver")]}


@pytest.mark.parametrize("text", ["forget the waterproof, just silver instead",
                                  "non oubliez l'étanche, je préfère juste la couleur argent"])
def test_a_change_dropped_by_its_option_name_is_never_asked(text: str) -> None:
    item = {"item_id": "ac-no-black", "options": {"waterproof": "no", "color": "black"}}
    choice = ground_variant(CAMERA, item, text, [], kept={"waterproof": "yes"})
    assert choice.variant is not None and choice.variant["item_id"] == "ac-no-silver"
