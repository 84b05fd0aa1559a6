"""Writes evals/suites/own-item-words-24.yaml: questions about an item the customer owns, asked without the order
number and with the item's everyday name (le vélo, la parrilla, das Fahrrad, the bike), en/fr/es/de; plus a question
whether a change is possible (answered, never turned into a proposal) followed by "leave it as it is".

Every value is read from data/tau-retail and asserted, so a case never states something the data does not.
Run from the repository root: `python -m evals.generators.own_item_words_24`."""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, forbidden, store_unchanged, text_turns
from evals.generators.tau_data import ORDERS, ROOT, USERS, WRITES, write_suite

SUITE = "own-item-words-24"
NOT_UNDERSTOOD = [
    "didn't quite get",
    "pas bien compris",
    "no he entendido",
    "nicht ganz verstanden",
    "couldn't tell which product",
    "pas pu identifier",
    "no pude identificar",
    "nicht erkennen",
]
SWAP_QUESTION = [
    "instead for your",
    "à la place pour votre",
    "en su lugar para su",
    "stattdessen für",
    "which items of order",
    "quels articles de la commande",
    "qué artículos del pedido",
    "welche artikel der bestellung",
]
WORDS = {
    "black": ["black", "noir", "negro", "schwarz"],
    "blue": ["blue", "bleu", "azul", "blau"],
    "red": ["red", "rouge", "rojo", " rot"],
    "white": ["white", "blanc", "blanche", "blanco", "blanca", "weiß", "weiss"],
    "gray": ["gray", "grey", "gris", "grau"],
    "gas": ["gas", "gaz"],
    "plastic": ["plastic", "plastique", "plástico", "kunststoff", "plastik"],
    "glass": ["glass", "verre", "vidrio", "cristal", "glas"],
    "leather": ["leather", "cuir", "cuero", "piel", "leder"],
    "polyester": ["polyester", "poliéster"],
    "AC adapter": ["ac adapter", "adaptateur", "adaptador", "netzteil", "adapter"],
}


def _own(customer: str, name: str, option: str, value: str) -> str:
    """The one order of the customer holding `name`, asserted to have option == value."""
    hits = [
        (oid, i) for oid in USERS[customer]["orders"] for i in ORDERS[oid]["items"] if i["name"] == name
    ]
    assert len(hits) == 1, (customer, name, hits)
    kettles = [i for oid in USERS[customer]["orders"] for i in ORDERS[oid]["items"] if i["name"] == "Tea Kettle"]
    assert not (name == "Electric Kettle" and kettles), customer  # "la bouilloire" would name both
    oid, item = hits[0]
    assert item["options"][option] == value, (customer, name, item["options"])
    return str(oid)


def _case(
    lang: str,
    tag: str,
    customer: str,
    name: str,
    option: str,
    value: str,
    texts: list[str],
    *,
    facts: list[list[str]] | None = None,
    extra_not: list[str] | None = None,
    last_only_not: bool = False,
) -> dict[str, Any]:
    oid = _own(customer, name, option, value)
    turns = text_turns(texts)
    reply: dict[str, Any] = {}
    if facts is None:
        facts = [WORDS[value]]
    if facts:
        reply["facts"] = facts
    reply["must_not_say"] = ([] if last_only_not else NOT_UNDERSTOOD) + SWAP_QUESTION + (extra_not or [])
    turns[-1]["reply"] = reply
    if last_only_not:  # the first question is still answered from the order before the change talk
        turns[0]["reply"] = {"facts": [WORDS[value]], "must_not_say": NOT_UNDERSTOOD + SWAP_QUESTION}
    description = (
        f"{customer}'s {name} of {oid} has {option} {value}; asked by its everyday name without the "
        "order number: the value from the order, no change started"
    )
    expect = {"forbidden": forbidden(WRITES), "store": store_unchanged()}
    return case_record(f"{lang}-{tag}", [lang, SUITE, tag], description, customer, turns, expect)


def cases() -> list[dict[str, Any]]:
    c: list[dict[str, Any]] = []
    # fr
    c.append(_case("fr", "colour-after-status-address", "lucas_martin_4549", "Bicycle", "color", "black", [
        "bonjour, ou en est ma commande ?",
        "et l'adresse de livraison c'est laquelle ?",
        "le vélo il est de quelle couleur déjà ?",
    ]))
    c.append(_case("fr", "colour-kettle", "olivia_brown_4616", "Electric Kettle", "color", "white", [
        "la bouilloire que j'ai commandée, elle est de quelle couleur ?",
    ]))
    c.append(_case("fr", "material-backpack", "evelyn_ito_7643", "Backpack", "material", "leather", [
        "mon sac à dos, il est en quoi déjà ?",
    ]))
    c.append(_case("fr", "fuel-grill", "mei_gonzalez_4785", "Grill", "type", "gas", [
        "le barbecue, il est au gaz ou au charbon ?",
    ]))
    c.append(_case("fr", "possible-then-leave", "lucas_martin_4549", "Bicycle", "color", "black", [
        "le vélo il est de quelle couleur déjà ?",
        "et en bleu, c'est possible ?",
        "non, laisse tomber, ne change rien",
    ], facts=[], last_only_not=True))
    # es
    c.append(_case("es", "fuel-grill", "mei_gonzalez_4785", "Grill", "type", "gas", [
        "la parrilla es de gas o de carbón?",
    ]))
    c.append(_case("es", "possible-then-leave", "mei_gonzalez_4785", "Grill", "type", "gas", [
        "la parrilla es de gas o de carbón?",
        "y si la quiero de carbón, se puede?",
        "no, mejor no cambies nada",
    ], facts=[], last_only_not=True))
    c.append(_case("es", "colour-bike", "james_lee_9638", "Bicycle", "color", "blue", [
        "¿de qué color es la bici que pedí?",
    ]))
    c.append(_case("es", "power-lamp", "amelia_kim_4338", "Desk Lamp", "power source", "AC adapter", [
        "hola, la lámpara de escritorio funciona con pilas o con adaptador?",
    ]))
    # de
    c.append(_case("de", "colour-bike-again", "olivia_smith_8953", "Bicycle", "color", "red", [
        "welche Farbe hat das Fahrrad nochmal?",
    ]))
    c.append(_case("de", "material-kettle", "omar_silva_9907", "Electric Kettle", "material", "plastic", [
        "aus welchem Material ist der Wasserkocher?",
    ]))
    c.append(_case("de", "colour-after-status", "juan_martin_4740", "Office Chair", "color", "blue", [
        "wo ist meine Bestellung?",
        "und welche Farbe hat der Bürostuhl nochmal?",
    ]))
    c.append(_case("de", "material-backpack-no", "olivia_lopez_9494", "Backpack", "material", "polyester", [
        "ist mein Rucksack aus Leder?",
    ]))
    # en
    c.append(_case("en", "colour-after-status", "yara_sanchez_9145", "Bicycle", "color", "blue", [
        "hi, where's my order at?",
        "what colour is the bike again?",
    ]))
    c.append(_case("en", "glass-or-plastic", "noah_brown_6181", "Electric Kettle", "material", "glass", [
        "is the kettle glass or plastic?",
    ]))
    c.append(_case("en", "colour-chair", "lucas_johansson_1090", "Office Chair", "color", "gray", [
        "what colour is my office chair?",
    ]))
    c.append(_case("en", "possible-then-leave", "olivia_smith_8953", "Bicycle", "color", "red", [
        "what colour is the bike I ordered?",
        "could I get it in blue if I wanted?",
        "nah, leave it as it is",
    ], facts=[], last_only_not=True))
    return c


def main() -> None:
    suite = {
        "suite": SUITE,
        "description": "Questions about an item the customer owns, asked without the order number and with the "
        "item's everyday name (fr/es, en/de checked); a question whether a change is possible followed by 'leave it'. "
        "Written before the fix by evals/generators/own_item_words_24.py.",
        "tags": [SUITE],
        "customer": None,
        "cases": cases(),
    }
    write_suite(ROOT / "evals" / "suites" / f"{SUITE}.yaml", suite)


if __name__ == "__main__":
    main()
