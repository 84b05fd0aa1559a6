"""Option values that are no colour nor size, said in en/fr/es/de, grounded in one product's variants; a colour
named with a part; the new size said with the current one (issue 17, classes of the v3 blind run)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.grounding.option_words import names_option_value, values_said
from assistant.grounding.variants import ground_variant, wanted_options


def _product(options: list[dict[str, str]]) -> dict[str, Any]:
    return {"variants": [{"item_id": str(n), "options": o, "available": True, "price_cents": 1000 + n}
                         for n, o in enumerate(options)]}


LAMP = _product([{"color": "white", "brightness": b, "power source": p}
                 for b in ("low", "medium", "high") for p in ("USB", "battery", "AC adapter")])
SUNGLASSES = _product([{"frame color": f, "lens color": lens, "lens type": "polarized"}
                       for f in ("black", "brown") for lens in ("green", "brown", "black")])
SHIRT = _product([{"color": "black", "size": s} for s in ("M", "L", "XL", "XXL")])


def _item(product: dict[str, Any], **options: str) -> dict[str, Any]:
    return next(v for v in product["variants"] if v["options"] == {**product["variants"][0]["options"], **options})


@pytest.mark.parametrize(("text", "wanted"), [
    ("I'd rather have it USB powered instead of on batteries", {"power source": "USB"}),
    ("je la voudrais sur secteur plutôt qu'à piles", {"power source": "AC adapter"}),
    ("la prefiero con brillo intermedio en lugar de alto", {"brightness": "medium"}),
    ("hätte ich lieber mit geringer Helligkeit, über USB", {"brightness": "low", "power source": "USB"}),
])
def test_option_values_in_four_languages(text: str, wanted: dict[str, str]) -> None:
    item = _item(LAMP, brightness="high", **{"power source": "battery"})
    assert wanted_options(LAMP, item, text) == wanted


def test_a_value_inside_a_longer_phrase_of_another_is_not_said() -> None:
    assert values_said("waterproof", ["yes", "no"], "these are not waterproof") == ["no"]
    assert values_said("waterproof", ["yes", "no"], "not waterproof, I want the waterproof ones") == ["no", "yes"]


def test_the_current_value_named_first_is_not_the_wish() -> None:
    item = _item(LAMP, brightness="low", **{"power source": "battery"})
    assert wanted_options(LAMP, item, "USB statt Batterie") == {"power source": "USB"}
    assert wanted_options(LAMP, item, "statt Batterie lieber USB") == {"power source": "USB"}


@pytest.mark.parametrize("text", ["ich hätte lieber das schwarze Gestell", "je préfère la monture noire",
                                  "I'd like the black frame instead"])
def test_a_colour_said_with_a_part_is_that_parts_colour(text: str) -> None:
    item = _item(SUNGLASSES, **{"frame color": "brown", "lens color": "brown"})
    choice = ground_variant(SUNGLASSES, item, text)
    assert choice.variant is not None
    assert choice.variant["options"]["frame color"] == "black"
    assert choice.variant["options"]["lens color"] == "brown"


def test_lenses_named_change_the_lenses_only() -> None:
    item = _item(SUNGLASSES, **{"frame color": "black", "lens color": "green"})
    assert wanted_options(SUNGLASSES, item, "they have green lenses, could I get brown lenses?") == {
        "lens color": "brown"}


@pytest.mark.parametrize(("text", "size"), [("it's an XL, I need XXL", "XXL"), ("is in M but I really need L", "L"),
                                             ("est en M, il me faudrait du L", "L"), ("ist XL, ich brauche M", "M")])
def test_the_new_size_said_with_the_current_one(text: str, size: str) -> None:
    item = _item(SHIRT, size="XL" if "XL" in text.split(",")[0] else "M")
    assert wanted_options(SHIRT, item, text) == {"size": size}


def test_option_words_route_a_swap_but_plain_words_do_not() -> None:
    assert names_option_value("lo quiero inalámbrico")
    assert names_option_value("die kabelgebundene Version")
    assert not names_option_value("where is my order?")
