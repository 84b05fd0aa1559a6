"""Writes evals/suites/dialogue-classes-24.yaml: change requests answered with the wrong thing, by language (lang12;
classes of blind v9's failures, read in aggregate only): (a) Spanish requests to change an item of a pending order to
another variant (and a status question) answered with product recommendations; (b) German item changes and
cancellations (some hedged, some after a status answer) answered with the order's status; (c) another order's status
asked beside a swap or an exchange left unanswered; plus en/fr variants of (a)/(b). Order ids, item ids, new variants,
payment methods, tracking ids, emails and zips are looked up in data/tau-retail, never typed; each case states only the
customer, the words and which item/option it means.

Run: python -m evals.generators.dialogue_classes_24"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, orders_after, text_turns, write_actions, writes_other_than
from evals.generators.checked_calls import call, order_holding, paid_with, tracking, variant_with
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, write_cases

OUT = ROOT / "evals" / "suites" / "dialogue-classes-24.yaml"
STATUS_AFTER = {"exchange_delivered_order_items": "exchange requested", "cancel_pending_order": "cancelled"}
CARD = "[card"  # a product card: the shopping path answered an order request


def variant(item: dict[str, Any], change: dict[str, str]) -> str:
    return str(variant_with(item, change)["item_id"])


PRICE = {v["item_id"]: v["price"] for product in PRODUCTS.values() for v in product["variants"].values()}
# How a customer names the method a swap's price difference goes to, once asked which of several saved ones.
METHOD_WORDS = {
    "en": {"paypal": "with paypal", "gift_card": "the gift card", "credit_card": "my {brand} card"},
    "fr": {"paypal": "avec paypal", "gift_card": "la carte cadeau", "credit_card": "ma carte {brand}"},
    "es": {"paypal": "con paypal", "gift_card": "la tarjeta regalo", "credit_card": "con la {brand}"},
    "de": {"paypal": "mit paypal", "gift_card": "die Geschenkkarte", "credit_card": "mit der {brand}"},
}


def method_turn(lang: str, write: dict[str, Any], turns: list[str]) -> list[str]:
    """A swap that moves money for a customer with several saved methods is asked which one pays (or is refunded)
    the difference: the customer names the order's own method before the last turn (the yes)."""
    args = write["arguments"]
    if "new_item_ids" not in args:
        return turns
    customer = ORDERS[args["order_id"]]["user_id"]
    methods = USERS[customer]["payment_methods"]
    if len(methods) < 2 or round(PRICE[args["new_item_ids"][0]] - PRICE[args["item_ids"][0]], 2) == 0:
        return turns
    method = methods[args["payment_method_id"]]
    said = METHOD_WORDS[lang][method["source"]].format(brand=method.get("brand", ""))
    return [*turns[:-1], said, turns[-1]]


def covered(write: dict[str, Any]) -> None:
    """A difference to pay from a gift card needs the balance for it: the case would test a refusal otherwise."""
    args = write["arguments"]
    if "new_item_ids" not in args:
        return
    customer = ORDERS[args["order_id"]]["user_id"]
    method = USERS[customer]["payment_methods"][args["payment_method_id"]]
    difference = PRICE[args["new_item_ids"][0]] - PRICE[args["item_ids"][0]]
    assert method["source"] != "gift_card" or difference <= method["balance"], (customer, difference)


def swap(customer: str, name: str, change: dict[str, str]) -> dict[str, Any]:
    oid, item = order_holding(customer, name)
    tool = "modify_pending_order_items" if ORDERS[oid]["status"] == "pending" else "exchange_delivered_order_items"
    return call(tool, order_id=oid, item_ids=[item["item_id"]], new_item_ids=[variant(item, change)],
                payment_method_id=paid_with(oid))


def cancel(customer: str, name: str, reason: str) -> dict[str, Any]:
    oid, _ = order_holding(customer, name)
    assert ORDERS[oid]["status"] == "pending", oid
    return call("cancel_pending_order", order_id=oid, reason=reason)


def guest(customer: str, name: str) -> dict[str, str]:
    """What a guest types to prove who they are: the account's email, the order's number and its zip."""
    oid, _ = order_holding(customer, name)
    return {"e": USERS[customer]["email"], "o": oid, "z": ORDERS[oid]["address"]["zip"]}


def other_facts(order_id: str) -> list[list[str]]:
    """The reply fact that answers a status question about that order: its tracking id, else its number."""
    ids = tracking(order_id)
    return [ids] if ids and ORDERS[order_id]["status"] != "pending" else [[order_id.lstrip("#")]]


def case(cid: str, lang: str, klass: str, customer: str | None, turns: list[str], description: str,
         calls: list[dict[str, Any]], facts: list[list[str]] | None = None,
         statuses: dict[str, str] | None = None) -> dict[str, Any]:
    for write in calls:
        covered(write)
        turns = method_turn(lang, write, turns)
    expect: dict[str, Any] = {"actions": write_actions(calls), "forbidden": writes_other_than(calls)}
    if orders := orders_after(calls, STATUS_AFTER, statuses):
        expect["store"] = {"orders": orders}
    if not calls:
        expect.setdefault("store", {})["unchanged"] = True
    reply: dict[str, Any] = {"must_not_say": [CARD]}
    if facts:
        reply["facts"] = facts
    expect["reply"] = reply
    return case_record(cid, [lang, klass], description, customer, text_turns(turns), expect)


def spanish_changes() -> list[dict[str, Any]]:
    """(a) Spanish: another variant of an item of a pending order, in one message or a bit at a time, signed in and
    as a guest; and a status question naming an item: the order flow, never product cards."""
    specs = [
        ("teclado-lineal", "fatima_taylor_2349", "Mechanical Keyboard", {"switch type": "linear"},
         ["me confundí al pedir el teclado mecánico, lo quería con interruptores lineales", "sí"]),
        ("monopatin-34", "mei_wilson_1792", "Skateboard", {"length": "34 inch"},
         ["¿se puede poner el monopatín de 34 pulgadas en vez del de 31?", "sí, adelante"]),
        ("botella-500", "daiki_silva_5033", "Water Bottle", {"capacity": "500ml"},
         ["la botella de agua del pedido la quiero de 500ml, no de 1000ml", "sí"]),
        ("zapatillas-negras", "harper_ito_4653", "Running Shoes", {"color": "black"},
         ["me equivoqué de color con las zapatillas para correr, las quiero negras", "vale"]),
        ("botas-talla-dos-turnos", "noah_patel_6952", "Hiking Boots", {"size": "9"},
         ["quiero cambiar la talla de las botas de montaña", "la 9", "sí"]),
        ("botas-otra-talla", "mohamed_lee_5442", "Hiking Boots", {"size": "8"},
         ["necesito otra talla para las botas que pedí, un 8", "sí"]),
        ("botella-negra", "ethan_muller_6097", "Water Bottle", {"color": "black"},
         ["en mi pedido pendiente cambiadme el color de la botella a negro", "sí"]),
        ("casco-talla-s", "harper_ahmed_4844", "Cycling Helmet", {"size": "S"},
         ["puse mal la talla del casco de bici, necesito una S", "sí"]),
        ("botella-vidrio", "juan_garcia_9528", "Water Bottle", {"material": "glass"},
         ["la botella de plástico mejor de vidrio, ¿se puede?", "sí"]),
        ("camiseta-dos-turnos", "lucas_martin_7509", "T-Shirt", {"size": "XXL"},
         ["quisiera modificar algo de mi pedido", "la camiseta, en talla XXL", "sí"]),
    ]
    out = [case(f"es-a-{slug}", "es", "change-es", customer, turns,
                "a Spanish request for another variant of an item of a pending order: the proposal, the yes writes it",
                [swap(customer, name, change)]) for slug, customer, name, change, turns in specs]
    g = guest("daiki_sanchez_3253", "T-Shirt")
    out.append(case("es-a-guest-camiseta-xl", "es", "change-es", None,
                    [f"hola, no tengo cuenta. correo {g['e']}, pedido {g['o']}, código postal {g['z']}. la camiseta "
                     "la pedí en XXL y la necesito en XL", "sí"],
                    "a guest proves who they are and asks for another size in one message: the proposal, the yes "
                    "writes it", [swap("daiki_sanchez_3253", "T-Shirt", {"size": "XL"})]))
    g = guest("omar_silva_9907", "Running Shoes")
    out.append(case("es-a-guest-zapatillas-amarillas", "es", "change-es", None,
                    [f"buenas, mi correo es {g['e']}, el número de pedido {g['o']} y el CP {g['z']}. ¿puedo tener "
                     "las zapatillas en amarillo en vez de negro?", "sí"],
                    "a guest asks for another colour beside their details: the proposal, the yes writes it",
                    [swap("omar_silva_9907", "Running Shoes", {"color": "yellow"})]))
    for slug, customer, name, text in [
        ("estado-botella", "aarav_wilson_9535", "Water Bottle", "¿ya enviaron la botella de agua que pedí?"),
        ("estado-botas", "mason_wilson_4597", "Hiking Boots", "¿cómo va mi pedido de las botas de montaña?"),
    ]:
        oid, _ = order_holding(customer, name)
        out.append(case(f"es-a-{slug}", "es", "status-es", customer, [text],
                        "a Spanish status question naming an ordered item: the order's status, never product cards",
                        [], facts=[[oid.lstrip("#")]], statuses={oid: ORDERS[oid]["status"]}))
    return out


def german_changes() -> list[dict[str, Any]]:
    """(b) German: item changes and cancellations, hedged or after a status answer: the change or the cancellation
    starts (proposal, yes), never the status alone."""
    specs = [
        ("helm-storno-nach-status", "chen_ahmed_3232", cancel("chen_ahmed_3232", "Cycling Helmet", "no longer needed"),
         ["ist meine bestellung mit dem fahrradhelm schon raus?",
          "hm, ich glaub ich will die doch stornieren, brauch ich nicht mehr", "ja"]),
        ("wanderschuhe-groesse-nach-status", "mason_wilson_4597", swap("mason_wilson_4597", "Hiking Boots",
                                                                        {"size": "12"}),
         ["wie ist der stand bei den wanderschuhen?", "kann man da noch die größe ändern? ich bräuchte 12", "ja"]),
        ("wanderschuhe-10", "omar_anderson_5940", swap("omar_anderson_5940", "Hiking Boots", {"size": "10"}),
         ["kann ich bei meiner offenen bestellung die wanderschuhe noch in größe 10 bekommen?", "ja"]),
        ("helm-weiss", "juan_martin_4740", swap("juan_martin_4740", "Cycling Helmet", {"color": "white"}),
         ["den helm hätte ich doch lieber in weiß, geht das noch?", "ja"]),
        ("flasche-schwarz", "omar_moore_9540", swap("omar_moore_9540", "Water Bottle", {"color": "black"}),
         ["bitte bei der trinkflasche die farbe auf schwarz ändern", "ja"]),
        ("fleece-abbestellen", "amelia_ito_8772", cancel("amelia_ito_8772", "Fleece Jacket", "ordered by mistake"),
         ["ich möchte meine bestellung mit der fleecejacke abbestellen, hab mich vertan", "ja"]),
        ("helm-storno-gehedged", "sofia_li_8235", cancel("sofia_li_8235", "Cycling Helmet", "no longer needed"),
         ["ich glaub ich storniere die bestellung mit dem fahrradhelm lieber, brauch den nicht mehr", "ja"]),
        ("helm-groesse-nach-status", "lei_anderson_8271", swap("lei_anderson_8271", "Cycling Helmet", {"size": "S"}),
         ["wo ist meine bestellung mit der trinkflasche?", "dann ändert bitte beim helm noch die größe auf S", "ja"]),
        ("flasche-500-nach-status", "noah_kovacs_1216", swap("noah_kovacs_1216", "Water Bottle",
                                                              {"capacity": "500ml"}),
         ["ist meine trinkflasche schon unterwegs?", "ok, kann ich die noch auf 500ml umändern?", "ja"]),
        ("storno-wenn-nicht-verschickt", "raj_li_9474", cancel("raj_li_9474", "Water Bottle", "no longer needed"),
         ["ist die bestellung mit der trinkflasche schon verschickt? sonst würde ich sie gern stornieren, brauche "
          "sie nicht mehr", "ja"]),
        ("helm-vertan", "chen_wilson_4378", swap("chen_wilson_4378", "Cycling Helmet", {"size": "S"}),
         ["beim fahrradhelm hab ich mich in der größe vertan, bitte S", "ja"]),
    ]
    out = [case(f"de-b-{slug}", "de", "change-de", customer, turns,
                "a German item change or cancellation (hedged, or after a status answer): the proposal, the yes "
                "writes it, never the status alone", [write]) for slug, customer, write, turns in specs]
    g = guest("aarav_santos_4279", "Hiking Boots")
    out.append(case("de-b-guest-wanderschuhe-9", "de", "change-de", None,
                    [f"hallo, {g['e']}, bestellung {g['o']}, plz {g['z']}. die wanderschuhe bitte in 9 statt 8",
                     "ja"],
                    "a guest proves who they are and asks for another size: the proposal, the yes writes it",
                    [swap("aarav_santos_4279", "Hiking Boots", {"size": "9"})]))
    g = guest("anya_taylor_1082", "Water Bottle")
    out.append(case("de-b-guest-canceln", "de", "change-de", None,
                    [f"guten tag, {g['e']} / {g['o']} / {g['z']}. die bestellung bitte canceln, ich brauche sie "
                     "nicht mehr", "ja"],
                    "a guest cancels beside their details: the proposal, the yes cancels",
                    [cancel("anya_taylor_1082", "Water Bottle", "no longer needed")]))
    return out


def other_languages() -> list[dict[str, Any]]:
    """en/fr variants of (a)/(b): the class is not one language's."""
    return [
        case("en-a-bottle-750", "en", "change-en", "liam_gonzalez_4265",
             ["can i still switch the water bottle to the 750ml one?", "yes"],
             "an English change asked as a question: the proposal, the yes writes it",
             [swap("liam_gonzalez_4265", "Water Bottle", {"capacity": "750ml"})]),
        case("en-b-cancel-after-status", "en", "change-en", "ava_nguyen_6986",
             ["has my order shipped yet?", "hmm i think i'd rather cancel it actually, ordered it by mistake", "yes"],
             "a hedged cancellation after a status answer: the cancellation, not the status again",
             [cancel("ava_nguyen_6986", "Cycling Helmet", "ordered by mistake")]),
        case("fr-a-tshirt-xxl", "fr", "change-fr", "olivia_khan_9030",
             ["je me suis trompée de taille pour le t-shirt, il me faut du XXL", "oui"],
             "a French size mistake: the proposal, the yes writes it",
             [swap("olivia_khan_9030", "T-Shirt", {"size": "XXL"})]),
        case("fr-b-annuler-apres-statut", "fr", "change-fr", "mohamed_li_1979",
             ["où en est ma commande avec le t-shirt ?",
              "finalement je crois que je préfère l'annuler, je n'en ai plus besoin", "oui"],
             "a hedged cancellation after a status answer: the cancellation, not the status again",
             [cancel("mohamed_li_1979", "T-Shirt", "no longer needed")]),
    ]


def status_beside_swap() -> list[dict[str, Any]]:
    """(c) another order's status asked beside a swap or an exchange (unnamed "other order", by number, or while the
    proposal waits): answered in the same reply, the swap goes on and the yes writes it."""
    specs = [
        ("en", "boots-other-order", "mia_thomas_4629", swap("mia_thomas_4629", "Hiking Boots", {"size": "10"}),
         "#W6872071", ["can you change my hiking boots to size 10? and where is my other order?", "yes"]),
        ("en", "bottle-other-order", "evelyn_patel_7348", swap("evelyn_patel_7348", "Water Bottle",
                                                                {"capacity": "500ml"}),
         "#W4017490", ["the water bottle in my order should be the 500ml one. also what's happening with my other "
                       "order?", "yes"]),
        ("fr", "gourde-commande-numero", "emma_ito_4529", swap("emma_ito_4529", "Water Bottle", {"capacity": "750ml"}),
         "#W3780282", ["je voudrais la gourde en 750ml au lieu de 1000ml. et ma commande #W3780282, elle arrive "
                       "quand ?", "oui"]),
        ("fr", "rando-commande-numero", "anya_patel_3710", swap("anya_patel_3710", "Hiking Boots", {"size": "11"}),
         "#W6131421", ["les chaussures de randonnée, vous pouvez les passer en 11 ? et la commande #W6131421 elle en "
                       "est où ?", "oui"]),
        ("es", "zapatillas-pedido-numero", "ethan_garcia_1261", swap("ethan_garcia_1261", "Running Shoes",
                                                                      {"color": "black"}),
         "#W5733668", ["las zapatillas de correr cámbialas a negro, y ¿dónde está mi pedido #W5733668?", "sí"]),
        ("es", "botas-pregunta-en-espera", "harper_brown_7363", swap("harper_brown_7363", "Hiking Boots",
                                                                      {"size": "11"}),
         "#W2693718", ["quiero las botas de montaña en talla 11", "espera, ¿y mi pedido #W2693718 ya llegó?", "sí"]),
        ("de", "wanderschuhe-bestellnummer", "sofia_li_9219", swap("sofia_li_9219", "Hiking Boots", {"size": "8"}),
         "#W4689314", ["die wanderschuhe bitte in 8 statt 7. und wo ist eigentlich meine bestellung #W4689314?",
                       "ja"]),
        ("de", "umtausch-andere-bestellung", "harper_ito_4653", swap("harper_ito_4653", "Cycling Helmet",
                                                                      {"size": "M"}),
         "#W1941216", ["ich möchte den fahrradhelm gegen einen in M umtauschen", "und wo bleibt meine andere "
                       "bestellung?", "ja"]),
        ("en", "exchange-camera-other-order", "mason_wilson_4597", swap("mason_wilson_4597", "Digital Camera",
                                                                         {"zoom": "3x"}),
         "#W4318885", ["i'd like to exchange the digital camera for the 3x zoom version. and is my other order on its "
                       "way?", "yes"]),
    ]
    return [case(f"{lang}-c-{slug}", lang, "status-beside-swap", customer, turns,
                 "a swap or an exchange with another order's status asked beside it: the status said in the same "
                 "reply, the yes writes the change, the other order untouched",
                 [write], facts=other_facts(other), statuses={other: ORDERS[other]["status"]})
            for lang, slug, customer, write, other, turns in specs]


def main() -> None:
    cases = [*spanish_changes(), *german_changes(), *other_languages(), *status_beside_swap()]
    write_cases(OUT, "dialogue-classes-24", (
            "lang12 (classes of blind v9's failures, read in aggregate only; new customers and wording): (a) Spanish "
            "requests for another variant of an item of a pending order, and a status question naming an item, "
            "answered with product recommendations; (b) German item changes and cancellations (hedged, or after a "
            "status answer) answered with the order's status; (c) another order's status asked beside a swap or "
            "an exchange left unanswered; en/fr variants of (a)/(b). Expected values computed from data/tau-retail "
            "by evals/generators/dialogue_classes_24.py. Written first."
        ), ["dialogue", "classes-24"], cases)


if __name__ == "__main__":
    main()
