"""Writes evals/suites/missing-variant-turns-25.yaml (issue 17): the turns after an item change whose wanted variant
does not exist, a complaint said as a lead-in, and a hypothetical option change of an own item; en/fr/es/de.

Classes: `missing-variant` (a price question, a payment method and a bare yes after the options were listed: each
answered, never the same paragraph again, never a write), `complaint-lead-in` ("the backpack i got is way too small":
the item found and an exchange offered, then a new size and a yes: the payment method asked) and
`hypothetical-option` ("and if I wanted it in charcoal, could I?": whether the variant exists and what it costs, no
proposal). Every id and price is read from data/tau-retail and asserted.
Run from the repository root: `python -m evals.generators.missing_variant_turns_25`."""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import reply_turn, suite_case
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, write_suite

SUITE = "missing-variant-turns-25"
REPEATED = ["isn't available in", "n'est pas disponible en", "no está disponible en", "nicht verfügbar"]
NOT_UNDERSTOOD = ["couldn't identify", "pas pu identifier", "no pude identificar", "nicht erkennen",
                  "didn't quite get", "pas bien compris", "no he entendido", "nicht ganz verstanden"]
EXCHANGE = ["exchange", "échange", "echange", "cambio", "cambiar", "umtausch", "umtauschen", "tauschen"]
METHOD_WORDS = {"gift_card": ["gift card", "carte cadeau", "carte-cadeau", "tarjeta regalo", "geschenkkarte"],
                "paypal": ["paypal"], "credit_card": ["card", "carte", "tarjeta", "karte"]}


def _item(customer: str, order_id: str, name: str) -> dict[str, Any]:
    assert order_id in USERS[customer]["orders"], (customer, order_id)
    assert ORDERS[order_id]["status"] in ("pending", "delivered"), order_id
    owned = [i for o in USERS[customer]["orders"] if ORDERS[o]["status"] in ("pending", "delivered", "processed")
             for i in ORDERS[o]["items"] if i["name"] == name]
    assert len(owned) == 1, (customer, name)
    return next(i for i in ORDERS[order_id]["items"] if i["name"] == name)


def _prices(item: dict[str, Any], key: str, value: str) -> list[str]:
    """The prices of the in-stock variants with `key` == value (the wanted one with the rest kept asserted absent)."""
    variants = PRODUCTS[item["product_id"]]["variants"].values()
    kept = {**item["options"], key: value}
    assert not any(v["options"] == kept and v["available"] for v in variants), (item["name"], kept)
    having = [v for v in variants if v["options"][key] == value and v["available"]]
    return [f"{v['price']:.2f}" for v in having]


def _money(prices: list[str]) -> list[str]:
    return [p for price in prices for p in (price, price.replace(".", ","))]


def _missing(lang: str, n: int, customer: str, order_id: str, name: str, key: str, value: str,
             texts: list[str], method: str | None) -> dict[str, Any]:
    """Ask the missing variant, then a price question, a method, a yes (some of them); nothing written."""
    item = _item(customer, order_id, name)
    prices = _prices(item, key, value)
    turns: list[dict[str, Any]] = [{"text": texts[0]}]
    for text in texts[1:]:
        kind = text.split("|")[0]
        said = text.split("|")[1]
        if kind == "price":
            facts = [_money(prices)] if prices else None
            turns.append(reply_turn(said, facts, REPEATED))
        elif kind == "method":
            assert method is not None
            turns.append(reply_turn(said, [METHOD_WORDS[method]], REPEATED))
        else:
            turns.append(reply_turn(said, None, REPEATED))
    return suite_case(SUITE, f"{lang}-missing-variant-{n}", "missing-variant",
                      f"{name} of {order_id} ({customer}) has no {key} {value} with its other options: the turns after "
                      "the list are answered, never the same paragraph, nothing written", customer, turns, [])


def _complaint(lang: str, n: int, customer: str, order_id: str, name: str, texts: list[str],
               methods_asked: list[str] | None = None) -> dict[str, Any]:
    _item(customer, order_id, name)
    turns = [reply_turn(texts[0], [EXCHANGE])]
    turns += [{"text": t} for t in texts[1:-1]]
    if len(texts) > 1:
        turns.append(reply_turn(texts[-1], [methods_asked] if methods_asked else None))
    return suite_case(SUITE, f"{lang}-complaint-lead-in-{n}", "complaint-lead-in",
                      f"{name} of {order_id} ({customer}) said too small as a lead-in: an exchange offered, nothing "
                      "written", customer, turns, [])


def _hypothetical(lang: str, n: int, customer: str, order_id: str, name: str, key: str, value: str,
                  texts: list[str], words: list[str]) -> dict[str, Any]:
    item = _item(customer, order_id, name)
    prices = _prices(item, key, value)
    turns = [{"text": t} for t in texts[:-1]]
    turns.append(reply_turn(texts[-1], [words, _money(prices)], NOT_UNDERSTOOD))
    return suite_case(SUITE, f"{lang}-hypothetical-option-{n}", "hypothetical-option",
                      f"{name} of {order_id} ({customer}): a hypothetical {key} {value} answered (exists or not, its "
                      "price), nothing proposed or written", customer, turns, [])


def cases() -> list[dict[str, Any]]:
    return [
        _missing("en", 1, "olivia_khan_9030", "#W3840181", "T-Shirt", "color", "blue",
                 ["can i get the t-shirt in my order in blue instead of red?", "price|hold on, what would that cost me",
                  "method|put it on the gift card", "yes|sure go ahead"], "gift_card"),
        _missing("en", 2, "harper_garcia_5438", "#W8360923", "Headphones", "color", "black",
                 ["I'd like my headphones in black please", "yes|yep that's fine"], None),
        _missing("fr", 1, "mia_sanchez_3401", "#W4096800", "Mechanical Keyboard", "switch type", "linear",
                 ["je voudrais mon clavier avec des switchs linéaires à la place", "price|et ça ferait combien ?",
                  "method|payez avec paypal", "yes|oui c'est bon"], "paypal"),
        _missing("fr", 2, "evelyn_patel_8882", "#W6385395", "Fleece Jacket", "size", "M",
                 ["je voudrais la veste polaire en taille M plutôt", "price|ça coûterait combien en plus ?",
                  "yes|oui d'accord"], None),
        _missing("es", 1, "fatima_wilson_6873", "#W1443906", "Grill", "type", "charcoal",
                 ["quiero cambiar mi parrilla por una de carbón", "method|pagaría con paypal",
                  "price|¿y cuánto sería la diferencia?", "yes|sí, adelante"], "paypal"),
        _missing("es", 2, "ava_nguyen_6646", "#W8367380", "Fleece Jacket", "size", "M",
                 ["quisiera cambiar la chaqueta polar a una talla M", "yes|sí, hazlo"], None),
        _missing("de", 1, "liam_silva_3628", "#W8367567", "Headphones", "color", "black",
                 ["kann ich meine kopfhörer stattdessen in schwarz bekommen?", "price|und was kostet das?",
                  "method|zahlen mit paypal", "yes|ja, passt so"], "paypal"),
        _missing("de", 2, "noah_kovacs_1216", "#W9440076", "Headphones", "color", "black",
                 ["die kopfhörer hätte ich gerne in schwarz", "method|mit der geschenkkarte bitte",
                  "yes|ja mach"], "gift_card"),
        _complaint("es", 1, "noah_brown_6181", "#W7678072", "Backpack",
                   ["la mochila que recibí me queda chiquita", "la misma pero en grande y azul marino", "vale, sí"],
                   ["paypal", "tarjeta"]),
        _complaint("es", 2, "omar_khan_2363", "#W2421430", "Fleece Jacket", ["la chaqueta polar me quedó pequeña"]),
        _complaint("en", 1, "lucas_brown_6720", "#W9218746", "Backpack", ["the backpack you sent me is too small"]),
        _complaint("en", 2, "anya_silva_8688", "#W2570197", "Fleece Jacket",
                   ["my fleece jacket turned out way too small"]),
        _complaint("fr", 1, "ethan_sanchez_7289", "#W5560533", "Backpack",
                   ["le sac à dos que j'ai reçu est bien trop petit"]),
        _complaint("fr", 2, "omar_khan_2363", "#W2421430", "Fleece Jacket", ["ma veste polaire est trop petite"]),
        _complaint("de", 1, "aarav_sanchez_9729", "#W5455653", "Backpack", ["mein Rucksack ist leider zu klein"]),
        _complaint("de", 2, "anya_silva_8688", "#W2570197", "Fleece Jacket", ["die Fleecejacke ist mir zu klein"]),
        _hypothetical("es", 1, "fatima_wilson_6873", "#W1443906", "Grill", "type", "charcoal",
                      ["¿mi parrilla es de gas o de carbón?", "¿y si la quisiera de carbón, se podría?"],
                      ["carbón", "carbon"]),
        _hypothetical("es", 2, "harper_garcia_5438", "#W8360923", "Headphones", "color", "black",
                      ["¿y si quisiera los auriculares en negro, se puede?"], ["negro"]),
        _hypothetical("en", 1, "raj_davis_2615", "#W5463717", "Grill", "type", "charcoal",
                      ["is my grill a gas one?", "and if I wanted it in charcoal, could I?"], ["charcoal"]),
        _hypothetical("en", 2, "liam_silva_3628", "#W8367567", "Headphones", "color", "black",
                      ["what if I wanted my headphones in black instead, would that work?"], ["black"]),
        _hypothetical("fr", 1, "ava_nguyen_6646", "#W8367380", "Fleece Jacket", "color", "black",
                      ["de quelle couleur est ma veste polaire ?", "et si je la voulais en noir, c'est possible ?"],
                      ["noir"]),
        _hypothetical("fr", 2, "fatima_wilson_6873", "#W1443906", "Grill", "type", "charcoal",
                      ["et si je voulais mon barbecue au charbon, ce serait possible ?"], ["charbon"]),
        _hypothetical("de", 1, "noah_kovacs_1216", "#W9440076", "Headphones", "color", "black",
                      ["welche farbe haben meine kopfhörer?", "und wenn ich sie in schwarz wollte, ginge das?"],
                      ["schwarz"]),
        _hypothetical("de", 2, "raj_davis_2615", "#W5463717", "Grill", "type", "charcoal",
                      ["wäre mein Grill auch mit Holzkohle möglich, falls ich wechseln wollte?"], ["holzkohle"]),
    ]


def main() -> None:
    write_suite(ROOT / "evals" / "suites" / f"{SUITE}.yaml", {
        "suite": SUITE,
        "description": "The turns after an item change whose wanted variant does not exist (a price question, a "
                       "method, a yes: answered, never the same list again), a complaint said as a lead-in (an "
                       "exchange offered), a hypothetical option change of an own item (answered, nothing proposed); "
                       "issue 17. Generated by evals/generators/missing_variant_turns_25.py.",
        "tags": [SUITE], "customer": None, "cases": cases()})


if __name__ == "__main__":
    main()
