"""Cases for the class "only part of an order" (partial27): a return, exchange, item change or cancellation of the
items the customer names by noun and/or option in an order of three or more items, in four languages. Writes
evals/suites/partial-items-27.yaml.

Every case ends in exactly one write naming exactly the items meant (a strict trajectory, so one item too many
fails), or in none:

- `by-option`: the order holds the same product twice, told apart by an option ("only the black one", "the smaller
  of the two helmets", "talla L"): the one meant is returned, the proposal names its option.
- `keep-rest`: one item named by an everyday noun, "keep the rest" / "den Rest behalte ich": that item alone.
- `pending-one`: one item of a pending order changed to another variant, "leave the rest": one item change of it.
- `add-before-yes`: one item proposed, "and the X too" before the yes: proposed again with both, written with both.
- `narrow-before-yes`: two items proposed, "no, only the X" before the yes: proposed again with that one alone.
- `exchange-one`: one of two same-product items exchanged for another variant.
- `cancel-part`: "cancel only the X" on a pending order: nothing cancelled (tau-retail cancels whole orders only), the
  reply says a cancellation covers the whole order.

Ids are checked against data/tau-retail below. Run: python -m evals.generators.partial_items_27"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import reply_turn as turn
from evals.generators.case_builders import suite_case
from evals.generators.checked_calls import available_variant, exchange_call, item_in, return_call
from evals.generators.reply_words import NAVY
from evals.generators.tau_data import ORDERS, ROOT, USERS, write_suite

OUT = ROOT / "evals" / "suites" / "partial-items-27.yaml"
SUITE = "partial-items-27"

BLACK = ["black", "noir", "noire", "negro", "negra", "schwarz"]
GREEN = ["green", "vert", "verte", "verde", "grün"]
WHITE = ["white", "blanc", "blanche", "blanco", "blanca", "weiß", "weiss"]
RED = ["red", "rouge", "rojo", "roja", "rot"]
BLUE = ["blue", "bleu", "azul", "blau"]
GREY = ["grey", "gray", "gris", "grau"]
XS = ["XS"]
BOOTS = ["Hiking Boots", "boots", "chaussures de randonnée", "botas", "Wanderschuhe", "Wanderstiefel"]
WATCH = ["Smart Watch", "smartwatch", "montre", "reloj", "Uhr"]
BOTTLE = ["Water Bottle", "bottle", "gourde", "bouteille", "botella", "Trinkflasche", "Flasche"]
HEADPHONES = ["Headphones", "casque audio", "écouteurs", "auriculares", "Kopfhörer"]
SHIRT = ["T-Shirt", "tee", "camiseta", "Shirt"]
TSHIRT_NEVER = ["T-Shirt", "T-shirt", "camiseta"]
BACKPACK_NEVER = ["Backpack", "sac à dos", "mochila", "Rucksack"]
WHOLE_ORDER = ["whole order", "entire order", "every item", "in part", "toute la commande", "commande entière",
               "tous ses articles", "en partie", "pedido completo", "todo el pedido", "todos sus artículos",
               "en parte", "gesamte Bestellung", "ganze Bestellung", "alle ihre Artikel", "teilweise"]


def _order(customer: str, order_id: str, status: str) -> str:
    if order_id not in USERS[customer]["orders"] or ORDERS[order_id]["status"] != status:
        raise ValueError(f"{order_id} is not a {status} order of {customer}")
    if len(ORDERS[order_id]["items"]) < 3:
        raise ValueError(f"{order_id} has fewer than three items")
    return order_id


def returned(customer: str, order_id: str, *item_ids: str) -> dict[str, Any]:
    return return_call(_order(customer, order_id, "delivered"), *item_ids)


def exchanged(customer: str, order_id: str, old: str, new: str) -> dict[str, Any]:
    return exchange_call(_order(customer, order_id, "delivered"), old, new)


def changed(customer: str, order_id: str, old: str, new: str, payment: str) -> dict[str, Any]:
    order = _order(customer, order_id, "pending")
    if payment not in USERS[customer]["payment_methods"]:
        raise ValueError(f"{payment} is not {customer}'s")
    return {"name": "modify_pending_order_items",
            "arguments": {"order_id": order, "item_ids": [item_in(order, old)],
                          "new_item_ids": [available_variant(new)], "payment_method_id": payment}}


def cancel_part(customer: str, order_id: str) -> list[dict[str, Any]]:
    _order(customer, order_id, "pending")
    return []


def case(case_id: str, description: str, customer: str, turns: list[dict[str, Any]],
         calls: list[dict[str, Any]]) -> dict[str, Any]:
    kind = case_id.split("-", 1)[1]
    return suite_case(SUITE, case_id, kind, description, customer, turns, calls)


def english() -> list[dict[str, Any]]:
    return [
        case("en-by-option", "sofia_li_3261 W6874763 holds a navy XL and a black L Fleece Jacket among five items; "
             "only the black one goes back", "sofia_li_3261",
             [turn("hey, about the two fleece jackets in W6874763: i only want to send back the black one, the navy "
                   "one fits fine", [BLACK]), turn("yes")],
             [returned("sofia_li_3261", "#W6874763", "9385662952")]),
        case("en-keep-rest", "sofia_khan_9820's five-item delivery: the boots alone, everything else kept",
             "sofia_khan_9820",
             [turn("could I just send back the hiking boots from my last delivery? keeping everything else in that "
                   "box", [BOOTS], TSHIRT_NEVER + BACKPACK_NEVER), turn("yes")],
             [returned("sofia_khan_9820", "#W7532822", "4127323219")]),
        case("en-pending-one", "lei_ahmed_1705 W9132840 (skateboard, red M helmet, black L helmet): only the black "
             "helmet becomes the high-ventilation one", "lei_ahmed_1705",
             [turn("order W9132840 hasn't shipped yet right? i'd like only the black helmet switched to the high "
                   "ventilation version, leave the other stuff alone", [BLACK]), turn("yes")],
             [changed("lei_ahmed_1705", "#W9132840", "6048672633", "1665571435", "credit_card_3593714")]),
        case("en-add-before-yes", "ava_moore_2033 W8951014: the navy backpack proposed, then 'and the water bottle "
             "too' before the yes: both returned", "ava_moore_2033",
             [turn("I want to return the navy backpack from W8951014", [NAVY]),
              turn("oh and the water bottle too while we're at it", [NAVY, BOTTLE]), turn("yes")],
             [returned("ava_moore_2033", "#W8951014", "9127591879", "2492465580")]),
        case("en-narrow-before-yes", "harper_nguyen_9170 W8413387: backpack and tee proposed, 'no, only the "
             "backpack' before the yes: the green backpack alone", "harper_nguyen_9170",
             [turn("return the green backpack and the t-shirt from W8413387"),
              turn("wait no, only the backpack, i'll hang on to the shirt", [GREEN], TSHIRT_NEVER), turn("yes")],
             [returned("harper_nguyen_9170", "#W8413387", "4947717507")]),
        case("en-smaller-of-two", "yara_silva_7567 W3964602 holds an L blue and an S black Cycling Helmet: 'the "
             "smaller one' is the S", "yara_silva_7567",
             [turn("there are two cycling helmets in my order W3964602, i want to return the smaller one only",
                   [BLACK]), turn("yes")],
             [returned("yara_silva_7567", "#W3964602", "5537798301")]),
        case("en-cancel-part", "fatima_muller_6713 pending W2040365 (five items): 'cancel just the t-shirt' "
             "cancels nothing; a cancellation covers the whole order", "fatima_muller_6713",
             [turn("please cancel just the t-shirt on order W2040365, I still want the rest of it", [WHOLE_ORDER])],
             cancel_part("fatima_muller_6713", "#W2040365")),
    ]


def french() -> list[dict[str, Any]]:
    return [
        case("fr-by-option", "yusuf_johnson_8087 W6735441 holds a red M and a blue L Cycling Helmet: only the red "
             "one goes back", "yusuf_johnson_8087",
             [turn("Bonjour, dans ma commande W6735441 il y a deux casques de vélo. Je voudrais renvoyer seulement "
                   "le rouge, le bleu me va très bien.", [RED]), turn("oui")],
             [returned("yusuf_johnson_8087", "#W6735441", "6401214406")]),
        case("fr-keep-rest", "mei_ahmed_4909 W7553978 (two skateboards, vacuum, smart watch): the watch alone",
             "mei_ahmed_4909",
             [turn("je souhaite retourner uniquement la montre connectée de la commande W7553978, je garde le reste",
                   [WATCH]), turn("oui")],
             [returned("mei_ahmed_4909", "#W7553978", "1631806422")]),
        case("fr-pending-one", "omar_santos_4830 W9121070 holds a half-zip and a full-zip navy XL Fleece Jacket: "
             "only the full-zip one becomes XS, paid by gift card", "omar_santos_4830",
             [turn("Pour la commande W9121070, je voudrais modifier seulement la polaire à zip intégral : la "
                   "prendre en XS. Le reste ne bouge pas. Réglez la différence avec la carte cadeau.", [XS]),
              turn("oui")],
             [changed("omar_santos_4830", "#W9121070", "7528037711", "8161321868", "gift_card_3895897")]),
        case("fr-add-before-yes", "daiki_johansson_4856 W4680317: the grey pet bed proposed, then 'et le casque "
             "aussi': both returned", "daiki_johansson_4856",
             [turn("je voudrais rendre le lit pour animal gris de ma commande W4680317", [GREY]),
              turn("ah et le casque audio aussi tant qu'à faire", [GREY, HEADPHONES]), turn("oui")],
             [returned("daiki_johansson_4856", "#W4680317", "7917269097", "5635439102")]),
        case("fr-narrow-before-yes", "sofia_khan_9820 W7532822: backpack and boots proposed, 'non, seulement les "
             "chaussures' before the yes: the boots alone", "sofia_khan_9820",
             [turn("je veux retourner le sac à dos et les chaussures de randonnée de ma dernière commande"),
              turn("non, finalement seulement les chaussures, je garde le sac", [BOOTS], BACKPACK_NEVER),
              turn("oui")],
             [returned("sofia_khan_9820", "#W7532822", "4127323219")]),
        case("fr-exchange-one", "sofia_li_3261 W6874763: only the navy Fleece Jacket exchanged for the XS one",
             "sofia_li_3261",
             [turn("j'aimerais échanger uniquement la polaire bleu marine de la commande W6874763 contre la même en "
                   "XS, l'autre polaire je la garde", [XS]), turn("oui")],
             [exchanged("sofia_li_3261", "#W6874763", "7528037711", "8161321868")]),
        case("fr-cancel-part", "lei_ahmed_1705 pending W9132840: 'annulez seulement le skateboard' cancels nothing",
             "lei_ahmed_1705",
             [turn("pouvez-vous annuler seulement le skateboard de la commande W9132840 ? je veux toujours les "
                   "casques", [WHOLE_ORDER])],
             cancel_part("lei_ahmed_1705", "#W9132840")),
    ]


def spanish() -> list[dict[str, Any]]:
    return [
        case("es-by-option", "olivia_brown_4616 W8033354 holds a blue L and a white L Cycling Helmet: only the white "
             "one goes back", "olivia_brown_4616",
             [turn("quiero devolver solo el casco blanco del pedido W8033354, el azul me lo quedo", [WHITE]),
              turn("sí")],
             [returned("olivia_brown_4616", "#W8033354", "6697922351")]),
        case("es-keep-rest", "harper_nguyen_9170 W8413387 (bulb, tee, two backpacks): the tee alone",
             "harper_nguyen_9170",
             [turn("solo quiero devolver la camiseta del pedido W8413387, lo demás me lo quedo", [SHIRT],
                   BACKPACK_NEVER), turn("sí")],
             [returned("harper_nguyen_9170", "#W8413387", "8349118980")]),
        case("es-pending-one", "daiki_li_8218 W6958840 holds a white S and a black L Cycling Helmet among five: only "
             "the white one becomes M, paid by credit card", "daiki_li_8218",
             [turn("del pedido W6958840 solo quiero cambiar el casco blanco a talla M, lo demás igual. paga con la "
                   "tarjeta de crédito", [WHITE]), turn("sí")],
             [changed("daiki_li_8218", "#W6958840", "1596993217", "8591113813", "credit_card_1687024")]),
        case("es-add-before-yes", "mei_ahmed_4909 W7553978: the 34-inch skateboard proposed, then 'y también el "
             "reloj': both returned", "mei_ahmed_4909",
             [turn("quiero devolver el monopatín de 34 pulgadas del pedido W7553978", [["34"]]),
              turn("y también el reloj, ya que estamos", [["34"], WATCH]), turn("sí")],
             [returned("mei_ahmed_4909", "#W7553978", "3098764622", "1631806422")]),
        case("es-narrow-before-yes", "yusuf_johnson_8087 W6735441: both helmets proposed, 'no, solo el azul' before "
             "the yes: the blue one alone", "yusuf_johnson_8087",
             [turn("quiero devolver los dos cascos del pedido W6735441"),
              turn("no, espera, solo el azul. el rojo me lo quedo", [BLUE]), turn("sí")],
             [returned("yusuf_johnson_8087", "#W6735441", "7907773809")]),
        case("es-by-size", "sofia_li_3261 W6874763 holds an XL navy and an L black Fleece Jacket: 'la chaqueta "
             "talla L' is the black one", "sofia_li_3261",
             [turn("hola, del pedido W6874763 solo devuelvo la chaqueta talla L", [BLACK]), turn("sí")],
             [returned("sofia_li_3261", "#W6874763", "9385662952")]),
        case("es-cancel-part", "daiki_li_8218 pending W6958840: 'cancela solo la tablet' cancels nothing",
             "daiki_li_8218",
             [turn("cancela solo la tablet del pedido W6958840 por favor, el resto sí lo quiero", [WHOLE_ORDER])],
             cancel_part("daiki_li_8218", "#W6958840")),
    ]


def german() -> list[dict[str, Any]]:
    return [
        case("de-by-option", "ava_moore_2033 W8951014 holds a black and a navy small Backpack among five: only the "
             "black one goes back", "ava_moore_2033",
             [turn("nur den schwarzen Rucksack aus W8951014 zurück, den Rest behalte ich", [BLACK]), turn("ja")],
             [returned("ava_moore_2033", "#W8951014", "7824298782")]),
        case("de-keep-rest", "sofia_khan_9820 W7532822 (two tees, camera, boots, backpack): the boots alone",
             "sofia_khan_9820",
             [turn("Ich schicke nur die Wanderschuhe zurück, alles andere aus der Lieferung behalte ich",
                   [BOOTS], TSHIRT_NEVER + BACKPACK_NEVER), turn("ja")],
             [returned("sofia_khan_9820", "#W7532822", "4127323219")]),
        case("de-pending-one", "liam_ahmed_6523 W7534214 (kettle, running shoes, helmet, two dumbbell sets): only "
             "the 2-liter glass Tea Kettle becomes the 1-liter one", "liam_ahmed_6523",
             [turn("bei Bestellung W7534214 bitte nur den Teekessel auf 1 Liter statt 2 Liter ändern, der Rest "
                   "bleibt wie er ist", [["1 liter", "1 Liter", "1 l"]]), turn("ja")],
             [changed("liam_ahmed_6523", "#W7534214", "2820119811", "9747045638", "gift_card_5327033")]),
        case("de-add-before-yes", "olivia_brown_4616 W8033354: the blue helmet proposed, then 'und die Smartwatch "
             "auch': both returned", "olivia_brown_4616",
             [turn("Ich möchte den blauen Fahrradhelm aus W8033354 zurückgeben", [BLUE]),
              turn("und die Smartwatch bitte auch", [BLUE, WATCH]), turn("ja")],
             [returned("olivia_brown_4616", "#W8033354", "8153356023", "1631806422")]),
        case("de-narrow-before-yes", "daiki_johansson_4856 W4680317: both pet beds proposed, 'nein, nur das graue' "
             "before the yes: the grey one alone", "daiki_johansson_4856",
             [turn("ich will beide Hundebetten aus W4680317 zurückschicken"),
              turn("nein, doch nur das graue, das beige behalte ich", [GREY]), turn("ja")],
             [returned("daiki_johansson_4856", "#W4680317", "7917269097")]),
        case("de-exchange-one", "yusuf_johnson_8087 W6735441: only the red helmet exchanged for the medium-"
             "ventilation one", "yusuf_johnson_8087",
             [turn("Ich möchte nur den roten Helm aus W6735441 umtauschen, gegen die Variante mit mittlerer "
                   "Belüftung. Den blauen behalte ich.", [RED]), turn("ja")],
             [exchanged("yusuf_johnson_8087", "#W6735441", "6401214406", "1719127154")]),
        case("de-smaller-of-two", "yara_silva_7567 W3964602 holds an L blue and an S black Cycling Helmet: 'nur den "
             "kleineren' is the S", "yara_silva_7567",
             [turn("von den zwei Fahrradhelmen in W3964602 geht nur der kleinere zurück, den Rest behalte ich",
                   [BLACK]), turn("ja")],
             [returned("yara_silva_7567", "#W3964602", "5537798301")]),
        case("de-cancel-part", "omar_santos_4830 pending W9121070: 'nur den Staubsauger stornieren' cancels nothing",
             "omar_santos_4830",
             [turn("Bitte nur den Staubsauger aus Bestellung W9121070 stornieren, den Rest will ich noch haben",
                   [WHOLE_ORDER])],
             cancel_part("omar_santos_4830", "#W9121070")),
    ]


def main() -> None:
    cases = [*english(), *french(), *spanish(), *german()]
    write_suite(OUT, {"suite": SUITE, "description": "Only part of an order returned, exchanged, changed or "
                      "cancelled, the part named by noun and/or option (partial27).", "tags": [SUITE],
                      "customer": None, "cases": cases})


if __name__ == "__main__":
    main()
