"""Suites compare-in-proposal-23 and item-change-phrasings-23, looked up in data/tau-retail.

compare-in-proposal-23: a pending order's item change is proposed for a yes/no (turn 1 names the new value and
a method that can pay); turn 2 compares two or three values of the changed option (price, or another option of
the compared variant), with or without the proposed value; the reply names the compared value's price (or the
other option's value), a colour in the customer's language; then yes to the proposal (the proposal written) or
the compared value taken and confirmed (its variant written). A compared value whose variant with every other
option kept is not sold is the one variant of that value that is sold.

item-change-phrasings-23: an item change worded in many ways, the difference on a gift card named: short of the
increase (its balance said, nothing written even after a yes) or covering it (proposed, yes, written on that
gift card).

Run from the repository root: `python -m evals.generators.compare_in_proposal_23`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from evals.generators.case_builders import reply_turn, suite_case
from evals.generators.reply_words import LANGS, amount_words
from evals.generators.tau_data import ORDERS, PRODUCTS, USERS, write_suite

COLOURS = {
    "black": {"fr": ["noir"], "es": ["negr"], "de": ["schwarz"]},
    "white": {"fr": ["blanc"], "es": ["blanc"], "de": ["weiß", "weiss"]},
    "blue": {"fr": ["bleu"], "es": ["azul"], "de": ["blau"]},
    "red": {"fr": ["rouge"], "es": ["roj"], "de": ["rot"]},
    "green": {"fr": ["vert"], "es": ["verde"], "de": ["grün", "gruen"]},
    "silver": {"fr": ["argent"], "es": ["plat"], "de": ["silber"]},
    "gold": {"fr": ["or", "doré"], "es": ["dorad", "oro"], "de": ["gold"]},
    "brown": {"fr": ["marron", "brun"], "es": ["marrón", "marron"], "de": ["braun"]},
    "beige": {"fr": ["beige"], "es": ["beige"], "de": ["beige"]},
    "grey": {"fr": ["gris"], "es": ["gris"], "de": ["grau"]},
    "gray": {"fr": ["gris"], "es": ["gris"], "de": ["grau"]},
    "navy": {
        "fr": ["bleu marine", "marine"],
        "es": ["azul marino", "marino"],
        "de": ["marineblau", "navy", "dunkelblau"],
    },
    "purple": {"fr": ["violet"], "es": ["morad", "violeta"], "de": ["lila", "violett"]},
    "pink": {"fr": ["rose"], "es": ["rosa"], "de": ["rosa", "pink"]},
    "yellow": {"fr": ["jaune"], "es": ["amarill"], "de": ["gelb"]},
    "wood": {"fr": ["bois"], "es": ["madera"], "de": ["holz"]},
}
# the word a customer writes for a colour (first form above, written out whole)
COLOUR_SAID = {
    "black": {"fr": "noir", "es": "negro", "de": "schwarz"},
    "white": {"fr": "blanc", "es": "blanco", "de": "weiss"},
    "blue": {"fr": "bleu", "es": "azul", "de": "blau"},
    "red": {"fr": "rouge", "es": "rojo", "de": "rot"},
    "green": {"fr": "vert", "es": "verde", "de": "gruen"},
    "silver": {"fr": "argent", "es": "plateado", "de": "silber"},
    "gold": {"fr": "doré", "es": "dorado", "de": "gold"},
    "brown": {"fr": "marron", "es": "marrón", "de": "braun"},
    "beige": {"fr": "beige", "es": "beige", "de": "beige"},
    "grey": {"fr": "gris", "es": "gris", "de": "grau"},
    "gray": {"fr": "gris", "es": "gris", "de": "grau"},
    "navy": {"fr": "bleu marine", "es": "azul marino", "de": "marineblau"},
    "purple": {"fr": "violet", "es": "morado", "de": "lila"},
    "pink": {"fr": "rose", "es": "rosa", "de": "rosa"},
    "yellow": {"fr": "jaune", "es": "amarillo", "de": "gelb"},
    "wood": {"fr": "bois", "es": "madera", "de": "holz"},
}
# the brown a reply must not say for beige (the class: beige rendered as brown)
NOT_BEIGE = {"en": "brown", "fr": "marron", "es": "marrón", "de": "braun"}
# each product as a customer names it, with the article its sentence takes (German: accusative)
NAMES = {
    "T-Shirt": {"en": "the t-shirt", "fr": "le t-shirt", "es": "la camiseta", "de": "das t-shirt"},
    "Running Shoes": {
        "en": "the running shoes",
        "fr": "les chaussures de course",
        "es": "las zapatillas de correr",
        "de": "die laufschuhe",
    },
    "Backpack": {"en": "the backpack", "fr": "le sac à dos", "es": "la mochila", "de": "den rucksack"},
    "Water Bottle": {"en": "the water bottle", "fr": "la gourde", "es": "la botella de agua", "de": "die trinkflasche"},
    "Desk Lamp": {
        "en": "the desk lamp",
        "fr": "la lampe de bureau",
        "es": "la lámpara de escritorio",
        "de": "die schreibtischlampe",
    },
    "Electric Toothbrush": {
        "en": "the electric toothbrush",
        "fr": "la brosse à dents électrique",
        "es": "el cepillo de dientes eléctrico",
        "de": "die elektrische zahnbürste",
    },
    "Yoga Mat": {"en": "the yoga mat", "fr": "le tapis de yoga", "es": "la esterilla de yoga", "de": "die yogamatte"},
    "Bluetooth Speaker": {
        "en": "the bluetooth speaker",
        "fr": "l'enceinte bluetooth",
        "es": "el altavoz bluetooth",
        "de": "den bluetooth-lautsprecher",
    },
    "Gaming Mouse": {
        "en": "the gaming mouse",
        "fr": "la souris gamer",
        "es": "el ratón gaming",
        "de": "die gaming-maus",
    },
    "Garden Hose": {
        "en": "the garden hose",
        "fr": "le tuyau d'arrosage",
        "es": "la manguera",
        "de": "den gartenschlauch",
    },
    "Hiking Boots": {
        "en": "the hiking boots",
        "fr": "les chaussures de randonnée",
        "es": "las botas de montaña",
        "de": "die wanderschuhe",
    },
    "Electric Kettle": {
        "en": "the electric kettle",
        "fr": "la bouilloire électrique",
        "es": "el hervidor eléctrico",
        "de": "den wasserkocher",
    },
    "Wireless Earbuds": {
        "en": "the wireless earbuds",
        "fr": "les écouteurs sans fil",
        "es": "los auriculares inalámbricos",
        "de": "die kabellosen ohrhörer",
    },
    "Fleece Jacket": {
        "en": "the fleece jacket",
        "fr": "la veste polaire",
        "es": "la chaqueta polar",
        "de": "die fleecejacke",
    },
    "Wall Clock": {"en": "the wall clock", "fr": "l'horloge murale", "es": "el reloj de pared", "de": "die wanduhr"},
    "Pet Bed": {
        "en": "the pet bed",
        "fr": "le lit pour animaux",
        "es": "la cama para mascota",
        "de": "das haustierbett",
    },
    "Cycling Helmet": {
        "en": "the cycling helmet",
        "fr": "le casque de vélo",
        "es": "el casco de bici",
        "de": "den fahrradhelm",
    },
    "Bookshelf": {"en": "the bookshelf", "fr": "l'étagère", "es": "la estantería", "de": "das bücherregal"},
    "Sneakers": {"en": "the sneakers", "fr": "les baskets", "es": "las zapatillas", "de": "die sneaker"},
    "Office Chair": {
        "en": "the office chair",
        "fr": "la chaise de bureau",
        "es": "la silla de oficina",
        "de": "den bürostuhl",
    },
    "Luggage Set": {
        "en": "the luggage set",
        "fr": "le set de valises",
        "es": "el juego de maletas",
        "de": "das kofferset",
    },
    "Patio Umbrella": {"en": "the patio umbrella", "fr": "le parasol", "es": "la sombrilla", "de": "den sonnenschirm"},
    "Headphones": {"en": "the headphones", "fr": "le casque audio", "es": "los auriculares", "de": "die kopfhörer"},
    "Portable Charger": {
        "en": "the portable charger",
        "fr": "la batterie externe",
        "es": "el cargador portátil",
        "de": "die powerbank",
    },
    "Action Camera": {
        "en": "the action camera",
        "fr": "la caméra sport",
        "es": "la cámara deportiva",
        "de": "die actionkamera",
    },
    "Coffee Maker": {"en": "the coffee maker", "fr": "la cafetière", "es": "la cafetera", "de": "die kaffeemaschine"},
    "Tablet": {"en": "the tablet", "fr": "la tablette", "es": "la tableta", "de": "das tablet"},
    "Smart Watch": {
        "en": "the smart watch",
        "fr": "la montre connectée",
        "es": "el reloj inteligente",
        "de": "die smartwatch",
    },
}
MATERIALS = {
    "leather": {"fr": "cuir", "es": "cuero", "de": "leder"},
    "fabric": {"fr": "tissu", "es": "tela", "de": "stoff"},
    "mesh": {"fr": "maille", "es": "malla", "de": "netzstoff"},
    "metal": {"fr": "métal", "es": "metal", "de": "metall"},
    "glass": {"fr": "verre", "es": "vidrio", "de": "glas"},
    "plastic": {"fr": "plastique", "es": "plástico", "de": "kunststoff"},
    "stainless steel": {"fr": "inox", "es": "acero inoxidable", "de": "edelstahl"},
    "wood": {"fr": "bois", "es": "madera", "de": "holz"},
    "cotton": {"fr": "coton", "es": "algodón", "de": "baumwolle"},
    "nylon": {"fr": "nylon", "es": "nailon", "de": "nylon"},
    "polyester": {"fr": "polyester", "es": "poliéster", "de": "polyester"},
    "canvas": {"fr": "toile", "es": "lona", "de": "canvas"},
    "synthetic": {"fr": "synthétique", "es": "sintético", "de": "synthetik"},
    "rubber": {"fr": "caoutchouc", "es": "goma", "de": "gummi"},
    "ceramic": {"fr": "céramique", "es": "cerámica", "de": "keramik"},
    "vinyl": {"fr": "vinyle", "es": "vinilo", "de": "vinyl"},
    "latex": {"fr": "latex", "es": "látex", "de": "latex"},
}


def elided(text: str, lang: str) -> str:
    """French 'le'/'la' before a vowel written as l'."""
    return re.sub(r"\b([Ll])[ea] (?=[aeiouéèh])", r"\1'", text) if lang == "fr" else text


def word(option: str, value: str, lang: str) -> str:
    if option == "color" and value in COLOUR_SAID and lang != "en":
        return COLOUR_SAID[value][lang]
    if option == "material" and value in MATERIALS and lang != "en":
        return MATERIALS[value][lang]
    return value


def method_of(user: dict[str, Any], increase: float) -> tuple[str, dict[str, str]] | None:
    """A method that can pay `increase`, and how each language names it."""
    for pm in user["payment_methods"].values():
        if pm["source"] == "credit_card":
            n = f"{pm['brand']} {pm['last_four']}"
            return pm["id"], {
                "en": f"{n} for any difference",
                "fr": f"{n} pour la différence",
                "es": f"{n} para la diferencia",
                "de": f"{n} für die differenz",
            }
    for pm in user["payment_methods"].values():
        if pm["source"] == "paypal":
            return pm["id"], {
                "en": "paypal for the difference",
                "fr": "paypal pour la différence",
                "es": "paypal para la diferencia",
                "de": "paypal für die differenz",
            }
    return None


def variants(product_id: str) -> list[dict[str, Any]]:
    return [v for v in PRODUCTS[product_id]["variants"].values() if v["available"]]


def variant_for(item: dict[str, Any], option: str, value: str) -> tuple[dict[str, Any] | None, bool]:
    """The variant of `value` with every other option kept (exact), else the one variant of `value` sold (not exact)."""
    same = [v for v in variants(item["product_id"]) if v["options"][option] == value]
    exact = [v for v in same if all(v["options"][k] == item["options"][k] for k in item["options"] if k != option)]
    if exact:
        return exact[0], True
    if len(same) == 1:
        return same[0], False
    return None, False


def candidates(
    least: int = 2, options: tuple[str, ...] = ("color", "size", "material", "capacity")
) -> list[dict[str, Any]]:
    """(order, item, option, proposed value, others) for pending orders whose product the customer holds once."""
    out = []
    for order in ORDERS.values():
        if order["status"] != "pending":
            continue
        user = USERS[order["user_id"]]
        held = [i["product_id"] for oid in user["orders"] for i in ORDERS[oid]["items"]]
        for item in order["items"]:
            if item["name"] not in NAMES or held.count(item["product_id"]) != 1:
                continue
            for option in options:
                if option not in item["options"]:
                    continue
                values = sorted(
                    {v["options"][option] for v in variants(item["product_id"])} - {item["options"][option]}
                )
                found = {}
                for value in values:
                    v, exact = variant_for(item, option, value)
                    if v is not None:
                        found[value] = (v, exact)
                exact_values = [x for x in found if found[x][1]]
                if not exact_values or len(found) < least:
                    continue
                out.append({"order": order, "user": user, "item": item, "option": option, "found": found})
    return out


WORDING = {
    "ask": {
        "en": [
            "order {o} - can {n} be {v} instead of {c}? {m}",
            "hi, in {o} i'd like {n} in {v} rather than {c}, {m}",
            "please change {n} in order {o} to {v}, {m}",
            "for {o}: could i get {n} in {v} instead? {m}",
        ],
        "fr": [
            "commande {o} : je voudrais {n} en {v} au lieu de {c}, {m}",
            "bonjour, dans la commande {o} {n} en {v} plutôt que {c} svp, {m}",
            "pouvez-vous passer {n} de la commande {o} en {v} ? {m}",
            "pour {o}, je préfère {n} en {v}. {m}",
        ],
        "es": [
            "pedido {o}: quiero {n} en {v} en vez de {c}, {m}",
            "hola, en el pedido {o} quiero {n} en {v}, {m}",
            "¿puedes cambiar {n} del pedido {o} a {v}? {m}",
            "en {o} prefiero {n} en {v} y no en {c}. {m}",
        ],
        "de": [
            "bestellung {o}: {n} bitte in {v} statt {c}, {m}",
            "hallo, bei {o} hätte ich {n} gern in {v}, {m}",
            "könnt ihr {n} aus {o} auf {v} ändern? {m}",
            "für {o}: {n} lieber in {v} als in {c}. {m}",
        ],
    },
    "cheaper2": {
        "en": ["which is cheaper, the {a} or the {b}?", "is the {a} cheaper than the {b}?"],
        "fr": ["lequel est le moins cher, le {a} ou le {b} ?", "le {a} est moins cher que le {b} ?"],
        "es": ["¿cuál es más barato, el {a} o el {b}?", "¿el {a} sale más barato que el {b}?"],
        "de": ["was ist günstiger, {a} oder {b}?", "ist {a} billiger als {b}?"],
    },
    "cheaper3": {
        "en": "hmm how do the {a}, the {b} and the {c} compare in price?",
        "fr": "et niveau prix, le {a}, le {b} et le {c}, ça donne quoi ?",
        "es": "¿y de precio cómo quedan el {a}, el {b} y el {c}?",
        "de": "wie sind die preise von {a}, {b} und {c} im vergleich?",
    },
    "other_option": {
        "en": "and the {b} one, what {k} is it?",
        "fr": "et le {b}, c'est quoi {k} ?",
        "es": "¿y el {b}, de qué {k} es?",
        "de": "und {b}, wie ist da {k}?",
    },
    "keep": {
        "en": ["ok, {a} is fine, yes go ahead", "alright keep the {a}, yes"],
        "fr": ["bon je garde le {a}, oui allez-y", "ok le {a} alors, oui je confirme"],
        "es": ["vale, me quedo el {a}, sí adelante", "bueno el {a} entonces, sí"],
        "de": ["ok, {a} passt, ja mach", "gut, dann bleibt es bei {a}, ja"],
    },
    "switch": {
        "en": ["actually let's take the {b} then", "i'll go with the {b} instead"],
        "fr": ["finalement je prends le {b}", "plutôt le {b} alors"],
        "es": ["pues mejor el {b}", "entonces me quedo el {b}"],
        "de": ["dann lieber {b}", "ich nehme doch {b}"],
    },
    "yes": {"en": "yes", "fr": "oui", "es": "sí", "de": "ja"},
}
OPTION_WORD = {
    "material": {"en": "material", "fr": "sa matière", "es": "material", "de": "das material"},
    "size": {"en": "size", "fr": "sa taille", "es": "talla", "de": "die größe"},
    "capacity": {"en": "capacity", "fr": "sa contenance", "es": "capacidad", "de": "das fassungsvermögen"},
    "color": {"en": "colour", "fr": "sa couleur", "es": "color", "de": "die farbe"},
    "diameter": {"en": "diameter", "fr": "son diamètre", "es": "diámetro", "de": "der durchmesser"},
    "band material": {"en": "band material", "fr": "son bracelet", "es": "correa", "de": "das armband"},
}


def value_facts(option: str, value: str, lang: str) -> list[str]:
    if option == "color" and lang != "en" and value in COLOURS:
        return COLOURS[value][lang]
    if option == "material" and lang != "en" and value in MATERIALS:
        return [MATERIALS[value][lang], value]
    return [value]


def item_call(order: dict[str, Any], item: dict[str, Any], new: dict[str, Any], method: str) -> dict[str, Any]:
    return {
        "name": "modify_pending_order_items",
        "arguments": {
            "order_id": order["order_id"],
            "item_ids": [item["item_id"]],
            "new_item_ids": [new["item_id"]],
            "payment_method_id": method,
        },
    }


def compare_suite() -> dict[str, Any]:  # noqa: C901
    kinds = [
        "price2-keep",
        "price2-switch",
        "unmentioned-keep",
        "unmentioned-switch",
        "price3-keep",
        "without-proposed-keep",
        "other-option-keep",
        "colour-switch",
    ]
    used: set[str] = set()
    cands = candidates()
    cases = []
    for li, lang in enumerate(LANGS):
        for ki, kind in enumerate(kinds):
            pick = None
            for c in cands[(li * 37 + ki * 11) % len(cands) :] + cands:
                if c["user"]["email"] in used:
                    continue
                found, opt = c["found"], c["option"]
                exact = [x for x in found if found[x][1]]
                inexact = [x for x in found if not found[x][1]]
                if kind.startswith("unmentioned") and not inexact:
                    continue
                if kind in ("price3-keep", "without-proposed-keep") and len(found) < 3:
                    continue
                if kind == "colour-switch" and opt != "color":
                    continue
                if kind == "colour-switch" and not all(x in COLOUR_SAID for x in found):
                    continue
                if (
                    kind == "colour-switch"
                    and lang == "es"
                    and "beige" not in found
                    and any(
                        "beige" in x["found"] and x["user"]["email"] not in used
                        for x in cands
                        if x["option"] == "color"
                    )
                ):
                    continue
                if kind == "other-option-keep" and not any(
                    set(found[x][0]["options"]) - {opt}
                    and any(
                        found[x][0]["options"][k] != found[exact[0]][0]["options"][k]
                        for k in found[x][0]["options"]
                        if k != opt
                    )
                    for x in inexact
                ):
                    continue
                if kind == "price2-keep" and lang == "de" and not (opt == "size" and all(x.isdigit() for x in exact)):
                    continue
                proposed = exact[0]
                if kind.startswith("unmentioned") or kind == "other-option-keep":
                    other = inexact[0]
                elif kind == "colour-switch" and "beige" in found and lang == "es":
                    other = "beige" if proposed != "beige" else [x for x in found if x != "beige"][0]
                else:
                    other = [x for x in found if x != proposed][0]
                third = [x for x in found if x not in (proposed, other)]
                prices = [found[x][0]["price"] - c["item"]["price"] for x in found]
                m = method_of(c["user"], max(0.0, *prices))
                if m is None:
                    continue
                pick = (c, proposed, other, third, m)
                break
            assert pick, (lang, kind)
            c, proposed, other, third, (method, said) = pick
            used.add(c["user"]["email"])
            order, item, opt, found = c["order"], c["item"], c["option"], c["found"]
            pv, ov = found[proposed][0], found[other][0]
            n = NAMES[item["name"]][lang]

            def w(v: str, opt: str = opt, lang: str = lang) -> str:
                return word(opt, v, lang)

            ask = WORDING["ask"][lang][ki % 4].format(
                o=order["order_id"].lstrip("#"), n=n, v=w(proposed), c=w(item["options"][opt]), m=said[lang]
            )
            price_fact = amount_words(ov["price"]) + amount_words(abs(ov["price"] - item["price"]))
            turns = [reply_turn(ask)]
            never = (
                [NOT_BEIGE[lang]]
                if opt == "color"
                and "beige" in (proposed, other)
                and "brown" not in found
                and item["options"][opt] != "brown"
                else None
            )
            if kind in ("price2-keep", "price2-switch", "unmentioned-keep", "unmentioned-switch", "colour-switch"):
                a, b = (proposed, other) if ki % 2 == 0 else (other, proposed)
                q = WORDING["cheaper2"][lang][ki % 2].format(a=w(a), b=w(b))
                facts = [price_fact] + ([value_facts(opt, other, lang)] if kind == "colour-switch" else [])
                turns.append(reply_turn(q, facts, never))
            elif kind == "price3-keep":
                tv = found[third[0]][0]
                q = WORDING["cheaper3"][lang].format(a=w(proposed), b=w(other), c=w(third[0]))
                third_words = amount_words(tv["price"]) + amount_words(abs(tv["price"] - item["price"]))
                turns.append(reply_turn(q, [price_fact, third_words]))
            elif kind == "without-proposed-keep":
                tv = found[third[0]][0]
                q = WORDING["cheaper2"][lang][0].format(a=w(other), b=w(third[0]))
                third_words = amount_words(tv["price"]) + amount_words(abs(tv["price"] - item["price"]))
                turns.append(reply_turn(q, [price_fact, third_words]))
            else:  # other-option-keep
                k = next(k for k in ov["options"] if k != opt and ov["options"][k] != pv["options"][k])
                q = WORDING["other_option"][lang].format(b=w(other), k=OPTION_WORD.get(k, {}).get(lang, k))
                turns.append(reply_turn(q, [value_facts(k, ov["options"][k], lang)]))
            if kind.endswith("keep"):
                turns.append(reply_turn(WORDING["keep"][lang][ki % 2].format(a=w(proposed))))
                calls = [item_call(order, item, pv, method)]
                written = pv
            else:
                turns.append(reply_turn(WORDING["switch"][lang][ki % 2].format(b=w(other))))
                turns.append(reply_turn(WORDING["yes"][lang]))
                calls = [item_call(order, item, ov, method)]
                written = ov
            unwritten = ov if written is pv else pv
            for turn in turns:
                turn["text"] = elided(turn["text"], lang)
            desc = (
                f"{order['order_id']} pending, {item['name']} {item['item_id']} {item['options']} "
                f"({item['price']}); option {opt}. "
                f"Proposed {opt}={proposed} -> {pv['item_id']} ({pv['price']}). Compared {other} -> {ov['item_id']} "
                f"{ov['options']} ({ov['price']}; "
                f"{'every other option kept' if found[other][1] else 'the one variant sold'}). "
                f"Method {method}. Written: {written['item_id']}; {unwritten['item_id']} forbidden."
            )
            case = suite_case(
                "compare-in-proposal-23",
                f"{lang}-{kind}-{item['name'].lower().replace(' ', '-')}",
                kind,
                desc,
                c["user"]["email"].split("@")[0].replace(".", "_") if False else order["user_id"],
                turns,
                calls,
            )
            case["expect"]["forbidden"].append(
                {
                    "name": "modify_pending_order_items",
                    "arguments": {"order_id": order["order_id"], "new_item_ids": [unwritten["item_id"]]},
                }
            )
            cases.append(case)
    return {
        "suite": "compare-in-proposal-23",
        "description": "While a pending order's item change is proposed for a yes/no, a question comparing two or "
        "three values of the changed option (with or without the proposed value) is answered with the compared "
        "value's price or option, a colour named in the customer's language; then yes keeps the "
        "proposal, or the compared value taken is written. Generated by "
        "evals/generators/compare_in_proposal_23.py.",
        "tags": ["compare-in-proposal-23"],
        "customer": None,
        "cases": cases,
    }


PHRASINGS = {
    "en": [
        "swap {n} in {o} for the {v} one, put the difference on my gift card",
        "i'd rather have {n} from {o} in {v} - gift card pays the difference",
        "make {n} in order {o} {v}, use the gift card",
        "can i get the {v} version of {n} ({o}) instead? take it from my gift card",
    ],
    "fr": [
        "remplacez {n} de {o} par le {v}, la différence sur ma carte cadeau",
        "je préférerais {n} de {o} en {v}, payez avec la carte cadeau",
        "mettez-moi {n} en {v} dans la commande {o}, carte cadeau pour le supplément",
        "pour {o}, {n} version {v} plutôt, avec ma carte cadeau",
    ],
    "es": [
        "cámbiame {n} de {o} por el {v}, la diferencia a mi tarjeta regalo",
        "prefiero {n} del pedido {o} en {v}, paga con la tarjeta regalo",
        "ponme {n} de {o} en {v}, con la tarjeta regalo",
        "en {o} mejor {n} en {v}, cárgalo a la tarjeta regalo",
    ],
    "de": [
        "tausch {n} aus {o} gegen {v}, differenz auf meine geschenkkarte",
        "ich hätte {n} aus {o} lieber in {v}, mit der geschenkkarte",
        "bei {o} {n} bitte in {v}, zahlen mit geschenkkarte",
        "für {o}: bitte für {n} die {v}-variante nehmen, geschenkkarte",
    ],
}


# batch b (added after batch a scored 16/16 before any fix): the change asked as a question or a bare want, no
# gift card in it, one order number in brackets; the gift card named in the next message
QUESTIONS = {
    "en": [
        "can i have {n} in {v}?",
        "can you switch {n} (#{o}) to {v}?",
        "i want {n} in {v}",
        "could you make {n} {v}?",
    ],
    "fr": [
        "je peux avoir {n} en {v} ?",
        "vous pouvez passer {n} (#{o}) en {v} ?",
        "je veux {n} en {v}",
        "vous pourriez mettre {n} en {v} ?",
    ],
    "es": [
        "¿me das {n} en {v}?",
        "¿puedes pasar {n} (#{o}) a {v}?",
        "quiero {n} en {v}",
        "¿se puede poner {n} en {v}?",
    ],
    "de": [
        "kann ich {n} in {v} haben?",
        "könnt ihr {n} (#{o}) auf {v} umstellen?",
        "ich will {n} in {v}",
        "geht {n} auch in {v}?",
    ],
}
CARD_NEXT = {
    "short": {
        "en": "yes, but with my gift card",
        "fr": "oui, mais avec ma carte cadeau",
        "es": "sí, pero con mi tarjeta regalo",
        "de": "ja, aber mit meinem gutschein",
    },
    "covers": {
        "en": "gift card please",
        "fr": "avec la carte cadeau svp",
        "es": "con la tarjeta regalo",
        "de": "mit der geschenkkarte bitte",
    },
}


def phrasing_suite(excluded: set[str]) -> dict[str, Any]:
    cases = []
    used = set(excluded)
    short_pool, cover_pool = [], []
    for c in candidates(1):
        cards = [pm for pm in c["user"]["payment_methods"].values() if pm["source"] == "gift_card"]
        if len(cards) != 1 or c["option"] not in ("color", "material", "size", "capacity"):
            continue
        exact = [x for x in c["found"] if c["found"][x][1]]
        for value in exact:
            inc = c["found"][value][0]["price"] - c["item"]["price"]
            if inc <= 1:
                continue
            entry = (c, value, cards[0], inc)
            if cards[0]["balance"] < inc:
                short_pool.append(entry)
            else:
                cover_pool.append(entry)
    for batch, lang, i in [("a", lang, i) for lang in LANGS for i in range(4)] + [
        ("b", lang, i) for lang in LANGS for i in range(4)
    ]:
        if batch == "b" and lang == "en" and i == 0:
            used = set(excluded)  # batch b may meet batch a's customers again, in other words
        if True:
            pool = short_pool if i % 2 == 0 else cover_pool
            entry = next(
                e
                for e in pool[(LANGS.index(lang) * 7 + i * 5) % len(pool) :] + pool
                if e[0]["order"]["user_id"] not in used
            )
            c, value, card, inc = entry
            used.add(c["order"]["user_id"])
            order, item, opt = c["order"], c["item"], c["option"]
            new = c["found"][value][0]
            said = PHRASINGS if batch == "a" else QUESTIONS
            text = said[lang][i].format(
                n=NAMES[item["name"]][lang], o=order["order_id"].lstrip("#"), v=word(opt, value, lang)
            )
            calls: list[dict[str, Any]] = []
            if i % 2 == 0:
                kind = "gift-card-short"
                if batch == "a":
                    turns = [reply_turn(text, [amount_words(card["balance"])]), reply_turn(WORDING["yes"][lang])]
                else:
                    # no yes after it: the change may be proposed again with another method the customer
                    # holds, which a yes would rightly write (the gift card never pays it)
                    turns = [reply_turn(text), reply_turn(CARD_NEXT["short"][lang], [amount_words(card["balance"])])]
            else:
                kind = "gift-card-covers"
                turns = (
                    [reply_turn(text)]
                    + ([reply_turn(CARD_NEXT["covers"][lang])] if batch == "b" else [])
                    + [reply_turn(WORDING["yes"][lang])]
                )
                calls = [item_call(order, item, new, card["id"])]
            for turn in turns:
                turn["text"] = elided(turn["text"], lang)
            desc = (
                f"{order['order_id']} pending, {item['name']} {item['item_id']} -> {opt}={value} {new['item_id']} "
                f"(+{inc:.2f}); "
                f"gift card {card['id']} balance {card['balance']}: "
                + ("short, balance said, nothing written" if i % 2 == 0 else "covers, written on it after yes")
            )
            cases.append(
                suite_case(
                    "item-change-phrasings-23",
                    f"{lang}-{kind}-{batch}{i}-{item['name'].lower().replace(' ', '-')}",
                    kind,
                    desc,
                    order["user_id"],
                    turns,
                    calls,
                )
            )
    return {
        "suite": "item-change-phrasings-23",
        "description": "An item change of a pending order worded in many ways (swap, rather have, make it, the X "
        "version), the difference on the customer's gift card: short of the increase (its balance said, "
        "nothing written even after a yes) or covering it (written on the gift card). Generated by "
        "evals/generators/compare_in_proposal_23.py.",
        "tags": ["item-change-phrasings-23"],
        "customer": None,
        "cases": cases,
    }


def main() -> None:
    root = Path(__file__).resolve().parents[2] / "evals" / "suites"
    compare = compare_suite()
    write_suite(root / "compare-in-proposal-23.yaml", compare)
    users = {case["user"]["customer"] for case in compare["cases"]}
    write_suite(root / "item-change-phrasings-23.yaml", phrasing_suite(users))


if __name__ == "__main__":
    main()
