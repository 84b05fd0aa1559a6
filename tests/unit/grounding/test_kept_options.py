"""Options a customer says to keep while asking for another variant ("it has to stay red", "même couleur", "que siga
siendo rojo", "soll rot bleiben", "keep the rest"): read against the item's own values, in four languages, only
where the exact variant asked for is not sold (fresh16 F7)."""

from __future__ import annotations

import pytest

from assistant.grounding.variants import ground_variant


def _jacket(size: str, colour: str, zipper: str, available: bool = True) -> dict:
    return {"item_id": f"fj-{size}-{colour}-{zipper}", "options": {"size": size, "color": colour, "zipper": zipper},
            "price_cents": 15000, "available": available}


JACKET = {"variants": [_jacket("L", "red", "half"), _jacket("XS", "navy", "full"), _jacket("S", "red", "half"),
                       _jacket("XL", "navy", "half"), _jacket("M", "black", "full", available=False)]}
RED_L = {"item_id": "fj-L-red-half", "options": {"size": "L", "color": "red", "zipper": "half"}}


def _hose(length: str, material: str, colour: str, available: bool = True) -> dict:
    return {"item_id": f"gh-{length}-{material}-{colour}", "available": available, "price_cents": 9000,
            "options": {"length": length, "material": material, "color": colour}}


HOSE = {"variants": [_hose("100ft", "rubber", "black", available=False), _hose("50ft", "latex", "black"),
                     _hose("50ft", "vinyl", "black"), _hose("50ft", "rubber", "green", available=False),
                     _hose("25ft", "latex", "green")]}
HOSE_ITEM = {"item_id": "gh-100ft-rubber-black", "name": "Garden Hose",
             "options": {"length": "100ft", "material": "rubber", "color": "black"}}


@pytest.mark.parametrize("text", [
    "pls change the fleece jacket to size XS, it has to stay red",
    "can it be size XS instead? same colour as now",
    "je voudrais la veste en taille XS, mais elle doit rester rouge",
    "la veste en XS svp, même couleur",
    "quiero la chaqueta en talla XS, pero que siga siendo roja",
    "la chaqueta en XS, con el mismo color que tiene",
    "die Jacke bitte in Größe XS, soll aber rot bleiben",
    "die Jacke in XS, gleiche Farbe wie jetzt",
])
def test_the_colour_said_to_stay_is_kept(text: str) -> None:
    choice = ground_variant(JACKET, RED_L, text)
    assert choice.variant is None  # XS is sold in navy only
    assert choice.wanted == {"size": "XS"}
    assert choice.kept == {"color": "red"}


def test_keep_the_rest_keeps_every_option_not_asked() -> None:
    choice = ground_variant(HOSE, HOSE_ITEM, "the hose in 50ft please, keep the rest")
    assert choice.kept == {"material": "rubber", "color": "black"}
    assert ground_variant(HOSE, HOSE_ITEM, "den Schlauch in 50ft, der Rest gleich").kept == choice.kept


@pytest.mark.parametrize("text", [
    "change the fleece jacket to size XS",  # nothing said to stay
    "size XS, paid with the same card as the order",  # "same" says a payment method, no option
    "talla XS, con el mismo medio de pago",
])
def test_nothing_kept_without_an_option_in_a_keep_clause(text: str) -> None:
    assert ground_variant(JACKET, RED_L, text).kept == {}


def test_a_value_asked_in_a_keep_clause_is_asked_not_kept() -> None:
    # "keep it navy" when it is red asks for navy: nothing of the item's is kept
    choice = ground_variant(JACKET, RED_L, "size XS, keep it navy")
    assert choice.wanted == {"size": "XS", "color": "navy"} and choice.kept == {}


def test_a_kept_value_said_earlier_holds_until_another_is_asked() -> None:
    assert ground_variant(JACKET, RED_L, "size XS", said_kept={"color": "red"}).kept == {"color": "red"}
    # the customer now asks for navy: the earlier "stay red" no longer holds
    later = ground_variant(JACKET, RED_L, "size XS in navy", said_kept={"color": "red"})
    assert later.wanted == {"size": "XS", "color": "navy"} and later.kept == {}


@pytest.mark.parametrize("text", [
    "change the fleece jacket to size XS, but not navy",
    "la veste en XS mais pas en bleu marine",
    "la chaqueta en talla XS pero no en azul marino",
    "die Jacke in XS, aber nicht in marineblau",
    "hola, talla XS pero no quiero el azul marino",
])
def test_a_value_ruled_out_is_never_asked(text: str) -> None:
    choice = ground_variant(JACKET, RED_L, text)
    assert choice.wanted == {"size": "XS"}  # never navy, which the words rule out
    assert choice.ruled_out == {"color": "navy"}


@pytest.mark.parametrize("text", [
    "no, size XS please",  # a "no" opening the message answers a question: nothing ruled out
    "size XS, it does not matter which colour",
    "the XS, not the L",  # the item's own size said as "not": the size asked is XS
])
def test_no_value_ruled_out_by_other_negations(text: str) -> None:
    choice = ground_variant(JACKET, RED_L, text)
    assert choice.wanted.get("size") == "XS" and choice.ruled_out == {}


def test_ruling_one_out_leaves_the_other() -> None:
    choice = ground_variant(HOSE, HOSE_ITEM, "the hose in 50ft, not vinyl")
    assert choice.wanted == {"length": "50ft"} and choice.ruled_out == {"material": "vinyl"}
    # a value ruled out earlier in the change still holds on a later turn
    assert ground_variant(HOSE, HOSE_ITEM, "in 50ft", said_ruled={"material": "vinyl"}).ruled_out == {
        "material": "vinyl"}
