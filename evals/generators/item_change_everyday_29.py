"""item-change-everyday-29: a pending order's change of one item by an option value said in everyday en/fr/es/de
("la même en L", "el altavoz pero azul", "die Kopfhörer lieber in rot"): the item named by an everyday noun of the
customer's language, the value by its word, the price difference asked or not; then a yes naming the payment method
(the one written when the customer has several). F11 (fresh28): a value the product has only with another option
changed ("sneakers in a 10": only in leather) asks whether that is acceptable before the method question; the yes to it,
then the yes naming the method, writes that variant.

Run: python -m evals.generators.item_change_everyday_29"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, reply_turn, suite_case, write_suite

SUITE = "item-change-everyday-29"
OUT: Path = ROOT / "evals" / "suites" / f"{SUITE}.yaml"
# a value said in any language (the reply may name it in English, as the catalog does, or in the customer's words)
SAID: dict[str, list[str]] = {
    "black": ["black", "noir", "negro", "negra", "schwarz"],
    "blue": ["blue", "bleu", "azul", "blau"],
    "red": ["red", "rouge", "rojo", "roja", "rot"],
    "white": ["white", "blanc", "blanche", "blanco", "blanca", "weiß", "weiss"],
    "navy": ["navy", "marine", "marino"],
    "leather": ["leather", "cuir", "piel", "cuero", "leder"],
    "synthetic": ["synthetic", "synthétique", "synthetique", "sintético", "sintetico", "synthetik", "synthetisch"],
}


def _sized(value: str) -> list[str]:
    return [f"size {value}", f"taille {value}", f"talla {value}", f"größe {value}", f"grösse {value}",
            f"groesse {value}", f"size: {value}", f"taille : {value}", f"talla: {value}", f"größe: {value}"]


# (lang, customer, order, item, new item, first text, yes text, method the yes names or None when the customer
#  has one, what the proposal must say of the new value)
CHANGES: list[tuple[str, str, str, str, str, str, str, str | None, list[str]]] = [
    ("en", "sofia_thomas_1518", "#W7619352", "2757705742", "9580569596",
     "hey can i get the earbuds in black instead? its not shipped yet right", "yes go ahead, paypal's fine",
     None, SAID["black"]),
    ("en", "lei_wilson_4541", "#W3826449", "2231112417", "3374679624",
     "actually make the headphones black pls, how much more is that", "ok do it, same card", None, SAID["black"]),
    ("en", "james_kim_7213", "#W3289292", "4127323219", "3613716226",
     "the hiking boots i ordered, same ones but in an 8", "yep thats fine, paypal", None, _sized("8")),
    ("en", "juan_lopez_5820", "#W3386832", "3339188619", "5886093635",
     "could i have the bike helmet in small rather than medium", "sure, charge my paypal", None, _sized("S")),
    ("en", "omar_kim_3528", "#W8557584", "1596993217", "8591113813",
     "my helmet in a medium would be better, whats the price difference?", "yes, put it on the credit card",
     "credit_card_3577130", _sized("M")),
    ("en", "chen_johnson_4204", "#W5061109", "3694871183", "8555936349",
     "the white earbuds - could they be blue?", "yeah ok, use the gift card", "gift_card_3406421", SAID["blue"]),
    ("fr", "isabella_sanchez_2068", "#W4386313", "7597543861", "6704763132",
     "l'enceinte pas encore expédiée, je la prefere en bleu finalement", "oui vas-y, avec paypal", None, SAID["blue"]),
    ("fr", "olivia_silva_7273", "#W7613749", "2052249669", "4063058357",
     "les écouteurs en noir plutot, ca change quoi au prix ?", "ok oui, par paypal", None, SAID["black"]),
    ("fr", "liam_santos_5468", "#W4011814", "5992316252", "8733974883",
     "la polaire, la même en L svp", "oui sur ma carte", None, _sized("L")),
    ("fr", "fatima_muller_6713", "#W2040365", "2060066974", "3799046073",
     "le tee shirt je le veux en xxl en fait", "d'accord, avec paypal", None, _sized("XXL")),
    ("fr", "raj_lopez_5873", "#W3502364", "2658930189", "8106223139",
     "les chaussures de rando de la commande W3502364, en cuir plutôt. c'est combien de plus ?",
     "oui, payez avec paypal", "paypal_7007375", SAID["leather"]),
    ("fr", "liam_lee_5696", "#W2624389", "9314474252", "7184044281",
     "le casque je le voudrais en noir au lieu du bleu", "ok c'est bon, sur la carte", None, SAID["black"]),
    ("es", "isabella_johansson_7408", "#W6783532", "2757705742", "9580569596",
     "los auriculares mejor en negro, se puede?", "sí, con paypal", None, SAID["black"]),
    ("es", "mia_gonzalez_5269", "#W8991836", "5855700373", "4716977452",
     "el altavoz pero azul", "si, con la tarjeta regalo", None, SAID["blue"]),
    ("es", "evelyn_patel_8882", "#W6385395", "5992316252", "8733974883",
     "la chaqueta polar la misma pero en L, cuanto seria la diferencia?", "dale, por paypal", None, _sized("L")),
    ("es", "aarav_gonzalez_5113", "#W6979932", "3339188619", "5886093635",
     "el casco en talla S porfa", "sí, con paypal", "paypal_6121064", _sized("S")),
    ("es", "daiki_sanchez_3253", "#W9348897", "3799046073", "2060066974",
     "la camiseta me la cambias a XL en vez de XXL?", "sí, con la tarjeta", None, _sized("XL")),
    ("es", "anya_lee_8315", "#W3176007", "4694984344", "8277474082",
     "las botas de montaña las quiero de piel, no sinteticas", "si con paypal", None, SAID["leather"]),
    ("de", "evelyn_ahmed_3960", "#W1416704", "7228247242", "1615379700",
     "Die Schuhe aus der Bestellung W1416704 hätte ich lieber in Synthetik, was kostet das?",
     "ja, mit der Kreditkarte", "credit_card_7898168", SAID["synthetic"]),
    ("de", "harper_ahmed_4844", "#W7857572", "1689914594", "6704763132",
     "den lautsprecher bitte in blau", "ja, mit der Geschenkkarte", None, SAID["blue"]),
    ("de", "emma_kovacs_5477", "#W7109609", "9805150490", "3104857380",
     "die Kopfhörer lieber in rot, geht das noch?", "ja passt, Geschenkkarte", None, SAID["red"]),
    ("de", "ethan_santos_6104", "#W5320242", "2206116040", "9013366374",
     "den Fahrradhelm bitte in M statt L, was macht das preislich aus?", "ja, über PayPal", "paypal_3549141",
     _sized("M")),
    ("de", "lucas_martin_7509", "#W5502903", "3542102174", "9354168549",
     "das shirt lieber in XXL", "ja, mit der Karte", None, _sized("XXL")),
    ("de", "noah_patel_6952", "#W1845024", "8277474082", "8106223139",
     "Die Wanderschuhe bitte in 9, die 12 sind zu groß", "ja, per Paypal", None, _sized("9")),
]
# F11: (lang, customer, order, item, new item, text, the other option's new value said, the yes to it, the yes naming
# the method, method or None)
WITH_ANOTHER: list[tuple[str, str, str, str, str, str, list[str], str, str, str | None]] = [
    ("en", "fatima_anderson_7445", "#W6368178", "4410138384", "2509076505",
     "can i get the sneakers in a 10 instead?", SAID["leather"], "leather is fine", "yes, paypal please",
     "paypal_7697967"),
    ("fr", "ava_nguyen_6646", "#W8367380", "8733974883", "8590708195",
     "la veste polaire en XL ce serait possible ?", SAID["navy"], "ok bleu marine ça me va",
     "oui, sur la carte bancaire", "credit_card_5683823"),
    ("es", "fatima_muller_6713", "#W6851636", "4153505238", "1775591963",
     "las zapatillas de correr en la 10", SAID["white"], "vale, blancas está bien", "sí, con paypal", None),
    ("de", "isabella_santos_1643", "#W9527030", "1262139877", "8106223139",
     "die Wanderschuhe lieber in 9", SAID["leather"], "ok, Leder ist auch gut", "ja, mit der Karte", None),
]


def _item(order: str, item: str) -> dict[str, Any]:
    found: dict[str, Any] = next(i for i in ORDERS[order]["items"] if i["item_id"] == item)
    return found


def _amount(value: float) -> list[str]:
    text = f"{abs(value):.2f}"
    return [text, text.replace(".", ",")]


def _checked(cust: str, order: str, item_id: str, new_id: str, text: str, method: str | None,
             changed: int) -> tuple[dict[str, Any], float, str]:
    """The item, the price difference and the method written, after checking the case against the data."""
    assert ORDERS[order]["user_id"] == cust and ORDERS[order]["status"] == "pending"  # noqa: S101
    item = _item(order, item_id)
    variant = PRODUCTS[item["product_id"]]["variants"][new_id]
    assert variant["available"]  # noqa: S101
    assert sum(variant["options"][k] != item["options"][k] for k in item["options"]) == changed  # noqa: S101
    pending_with = [o for o, v in ORDERS.items() if v["user_id"] == cust and v["status"] == "pending"
                    and any(i["name"] == item["name"] for i in v["items"])]
    assert len(pending_with) == 1 or order.lstrip("#") in text  # noqa: S101
    methods = list(USERS[cust]["payment_methods"])
    assert (method in methods) if method else len(methods) == 1  # noqa: S101
    return item, round(variant["price"] - item["price"], 2), method or methods[0]


def _write(order: str, item_id: str, new_id: str, method: str) -> list[dict[str, Any]]:
    return [{"name": "modify_pending_order_items",
             "arguments": {"order_id": order, "item_ids": [item_id], "new_item_ids": [new_id],
                           "payment_method_id": method}}]


def _case_id(lang: str, kind: str, item: dict[str, Any], cust: str) -> str:
    return f"{lang}-{kind}-{item['name'].lower().replace(' ', '-')}-{cust.split('_')[0]}"


def main() -> None:
    cases: list[dict[str, Any]] = []
    for lang, cust, order, item_id, new_id, text, yes, method, said in CHANGES:
        item, diff, paid = _checked(cust, order, item_id, new_id, text, method, 1)
        cases.append(suite_case(
            SUITE, _case_id(lang, "modify", item, cust), "modify",
            f"{cust}: pending {order} {item['name']} -> {new_id} ({diff:+.2f}); the proposal names the value and the "
            f"difference, the yes names {paid}: written once with it, never cancelled",
            cust, [reply_turn(text, [said, _amount(diff)]), {"text": yes}], _write(order, item_id, new_id, paid)))
    for lang, cust, order, item_id, new_id, text, other, ok, yes, method in WITH_ANOTHER:
        item, diff, paid = _checked(cust, order, item_id, new_id, text, method, 2)
        cases.append(suite_case(
            SUITE, _case_id(lang, "with-another", item, cust), "with-another-option",
            f"{cust}: pending {order} {item['name']}: the value asked exists only with another option changed "
            f"({new_id}, {diff:+.2f}); asked whether that is acceptable before the method, then written with {paid}",
            cust, [reply_turn(text, [other]), {"text": ok}, {"text": yes}], _write(order, item_id, new_id, paid)))
    write_suite(OUT, {
        "suite": SUITE,
        "description": "A pending order's one-item change said in everyday en/fr/es/de, then a yes naming the "
                       "method; a value only found with another option changed asks before the method (F11)",
        "tags": [SUITE],
        "customer": None,
        "cases": cases,
    })


if __name__ == "__main__":
    main()
