"""Cases for issue 17's class "a yes that restates the proposal, and a change of mind while a proposal waits".

Writes evals/suites/dialogue-classes-27.yaml and, for the cases still failing, evals/gaps/dialogue-classes-27.yaml.
Per language: a yes restating a swap's item and new value (with the method it is paid by), an exchange's value and
method, a payment change's method, an address change's street; a yes naming another colour (re-proposed, then its
own yes writes it) or another street (nothing written); a change of mind return -> exchange, exchange -> return,
item change -> cancellation; a withdrawn proposal and a stray yes (nothing written). Order ids, item ids and payment
methods are looked up in data/tau-retail, never typed.

Run: python -m evals.generators.dialogue_classes_27"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, orders_in_status, text_turns, writes_expected
from evals.generators.reply_words import LANGS
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, write_suite

OUT = ROOT / "evals" / "suites" / "dialogue-classes-27.yaml"
GAPS_OUT = ROOT / "evals" / "gaps" / "dialogue-classes-27.yaml"
# Still failing after the fix, on their first turn (not the yes): a payment change asked as "pay order … with …" or in
# fr/es/de is not read as one; "mettre l'enceinte … en bleu" is not read as an item change. Kept in evals/gaps.
GAPS = {"en-restating-payment", "fr-restating-payment", "es-restating-payment", "de-restating-payment",
        "fr-restating-modify", "fr-conflicting-value"}
# customers already in the class's first cases (evals/gaps/next-classes-13.yaml): never reused
AVOID = {"evelyn_patel_8882", "daiki_patel_5953", "aarav_davis_5411", "yusuf_patel_7767", "james_kim_7213",
         "isabella_brown_3584", "aarav_nguyen_7344", "yusuf_li_7255", "sophia_martin_8570", "sofia_lee_8857",
         "aarav_santos_2259", "yusuf_jackson_7865", "raj_martin_9275", "sofia_li_9219", "aarav_santos_4279",
         "yusuf_hernandez_6467"}
NOUNS = {
    "Desk Lamp": ("the desk lamp", "la lampe de bureau", "la lámpara", "die Schreibtischlampe"),
    "Electric Kettle": ("the kettle", "la bouilloire", "el hervidor", "den Wasserkocher"),
    "Bluetooth Speaker": ("the speaker", "l'enceinte", "el altavoz", "den Lautsprecher"),
    "Cycling Helmet": ("the helmet", "le casque de vélo", "el casco", "den Fahrradhelm"),
    "Gaming Mouse": ("the mouse", "la souris", "el ratón", "die Maus"),
    "Garden Hose": ("the garden hose", "le tuyau d'arrosage", "la manguera", "den Gartenschlauch"),
    "Water Bottle": ("the water bottle", "la gourde", "la botella", "die Trinkflasche"),
    "Backpack": ("the backpack", "le sac à dos", "la mochila", "den Rucksack"),
    "Yoga Mat": ("the yoga mat", "le tapis de yoga", "la esterilla", "die Yogamatte"),
    "Wireless Earbuds": ("the earbuds", "les écouteurs", "los auriculares", "die Ohrhörer"),
    "Headphones": ("the headphones", "le casque", "los cascos", "den Kopfhörer"),
    "Office Chair": ("the office chair", "la chaise de bureau", "la silla de oficina", "den Bürostuhl"),
    "Bookshelf": ("the bookshelf", "l'étagère", "la estantería", "das Bücherregal"),
    "Pet Bed": ("the pet bed", "le panier pour animaux", "la cama para mascotas", "das Hundebett"),
    "Electric Toothbrush": ("the toothbrush", "la brosse à dents", "el cepillo de dientes", "die Zahnbürste"),
    "Portable Charger": ("the power bank", "la batterie externe", "la batería externa", "die Powerbank"),
}
COLOURS = {
    "black": ("black", "noir", "negro", "Schwarz"), "white": ("white", "blanc", "blanco", "Weiß"),
    "blue": ("blue", "bleu", "azul", "Blau"), "red": ("red", "rouge", "rojo", "Rot"),
    "green": ("green", "vert", "verde", "Grün"), "grey": ("grey", "gris", "gris", "Grau"),
    "silver": ("silver", "argent", "plateado", "Silber"), "brown": ("brown", "marron", "marrón", "Braun"),
    "pink": ("pink", "rose", "rosa", "Rosa"), "purple": ("purple", "violet", "morado", "Lila"),
}
ADDRESSES = [
    ("512 Larkspur Lane", "Apt 6", "Tucson", "AZ", "85701"),
    ("88 Bayberry Court", "Suite 3", "Savannah", "GA", "31401"),
    ("1401 Cedar Hollow Road", "Unit 12", "Spokane", "WA", "99201"),
    ("27 Windmill Street", "Apt 4", "Des Moines", "IA", "50309"),
]
STATUS_AFTER = {"cancel_pending_order": "cancelled", "modify_pending_order_items": "pending (item modified)",
                "exchange_delivered_order_items": "exchange requested",
                "return_delivered_order_items": "return requested"}
used: set[str] = set(AVOID)


def lang_index(lang: str) -> int:
    return LANGS.index(lang)


def method_words(pm: dict[str, Any], lang: str, short: bool = False) -> str:
    if pm["source"] == "gift_card":
        return (("my gift card", "ma carte cadeau", "mi tarjeta regalo", "meine Geschenkkarte") if not short else
                ("the gift card", "la carte cadeau", "la tarjeta regalo", "die Geschenkkarte"))[lang_index(lang)]
    if pm["source"] == "paypal":
        return ("my PayPal", "mon PayPal", "mi PayPal", "mein PayPal")[lang_index(lang)] if not short else "PayPal"
    brand, last = pm["brand"].capitalize(), pm["last_four"]
    if short:
        return ("the {b}", "la {b}", "la {b}", "die {b}")[lang_index(lang)].format(b=brand)
    return ("my {b} ending in {l}", "ma carte {b} qui se termine par {l}", "mi tarjeta {b} terminada en {l}",
            "meine {b} mit Endziffern {l}")[lang_index(lang)].format(b=brand, l=last)


def colour_variants(item: dict[str, Any]) -> list[tuple[str, str]]:
    """(colour, item_id) of available variants differing from the item only in colour."""
    product = PRODUCTS[item["product_id"]]
    found = []
    for vid, v in product["variants"].items():
        opts = v["options"]
        if vid == item["item_id"] or not v["available"] or set(opts) != set(item["options"]):
            continue
        diff = [k for k in opts if opts[k] != item["options"][k]]
        if diff == ["color"] and opts["color"] in COLOURS:
            found.append((opts["color"], vid))
    return sorted(found)


def orders_of(uid: str, status: str) -> list[dict[str, Any]]:
    return [ORDERS[o] for o in USERS[uid]["orders"] if ORDERS[o]["status"] == status]


def pick_swap(status: str, want: int = 1, need_methods: bool = False, distinct_colours: int = 1,
              paid_by_card: bool = False):
    """A customer with one order of `status`, whose item (only one of its kind in the customer's orders of that
    status) has `distinct_colours` other available colours."""
    for uid in sorted(USERS):
        if uid in used:
            continue
        mine = orders_of(uid, status)
        if len(mine) != want:
            continue
        user = USERS[uid]
        methods = [p for p in user["payment_methods"].values() if p["source"] != "gift_card"]
        if need_methods and not (any(p["source"] == "paypal" for p in methods)
                                 and any(p["source"] == "credit_card" for p in methods)):
            continue
        if not need_methods and len(user["payment_methods"]) != 1:
            continue
        for order in mine:
            if paid_by_card and order["payment_history"][0]["payment_method_id"].startswith("gift_card"):
                continue  # a gift card's balance may not cover an exchange's difference
            names = [i["name"] for i in order["items"]]
            for item in order["items"]:
                if item["name"] not in NOUNS or names.count(item["name"]) != 1:
                    continue
                if item["options"].get("color") not in COLOURS:
                    continue
                variants = colour_variants(item)
                if len(variants) >= distinct_colours:
                    used.add(uid)
                    return uid, order, item, variants
    raise SystemExit(f"no customer for {status}")


def pick_payment_change():
    for uid in sorted(USERS):
        if uid in used:
            continue
        mine = orders_of(uid, "pending")
        if len(mine) != 1:
            continue
        order = mine[0]
        paid = order["payment_history"][0]["payment_method_id"]
        methods = USERS[uid]["payment_methods"]
        cards = [p for p in methods.values() if p["source"] == "credit_card"]
        others = [p for p in methods.values() if p["id"] != paid and p["source"] != "gift_card"]
        brands = [c["brand"] for c in cards]
        if len(others) == 1 and all(brands.count(b) == 1 for b in brands):
            used.add(uid)
            return uid, order, others[0]
    raise SystemExit("no payment change")


def pick_address():
    for uid in sorted(USERS):
        if uid in used:
            continue
        mine = orders_of(uid, "pending")
        if len(mine) == 1:
            used.add(uid)
            return uid, mine[0]
    raise SystemExit("no address")


def pick_two_pending():
    for uid in sorted(USERS):
        if uid in used:
            continue
        mine = orders_of(uid, "pending")
        if len(mine) == 2:
            used.add(uid)
            return uid, mine
    raise SystemExit("no two pending")


def expect(calls: list[dict[str, Any]], touched: list[tuple[str, str]]) -> dict[str, Any]:
    return writes_expected(calls, store=orders_in_status(touched))


def case(lang: str, key: str, description: str, uid: str, turns: list[str], exp: dict[str, Any],
         extra_tags: list[str]) -> dict[str, Any]:
    return case_record(f"{lang}-{key}", [lang, "yes-restating", *extra_tags], description, uid, text_turns(turns),
                       exp)


T = {  # wording per language, varied on purpose
    "modify_ask": ("can you change {noun} in my pending order to {c}?",
                   "est-ce que vous pouvez mettre {noun} de ma commande en attente en {c} ?",
                   "¿me cambias {noun} de mi pedido pendiente a {c}?",
                   "könnt ihr {noun} in meiner offenen Bestellung auf {c} ändern?"),
    "modify_yes": ("yes, switch {noun} to the {c}",
                   "oui, et s'il y a une différence mettez-la sur {m}",
                   "sí, cámbiala a {c} con {m}",
                   "ja, tausch {noun} gegen {c}"),
    "exchange_ask": ("I'd like to exchange {noun} I received for the {c} one, any difference on {m}",
                     "je voudrais échanger {noun} que j'ai reçu contre le modèle {c}, la différence sur {m}",
                     "quiero cambiar {noun} que me llegó por uno {c}, la diferencia a {m}",
                     "ich möchte {noun} aus meiner Lieferung gegen {c} umtauschen, Differenz über {m}"),
    "exchange_yes": ("yep, swap {noun} for the {c} and use {m}",
                     "oui, l'échange contre le {c}, avec {m}",
                     "sí, el cambio por el {c} con {m}",
                     "ja, tauscht das gegen {c}, über {m}"),
    "payment_ask": ("please pay order {o} with {m} instead",
                    "je voudrais régler la commande {o} avec {m} à la place",
                    "quiero pagar el pedido {o} con {m} en vez de lo que puse",
                    "bitte die Bestellung {o} stattdessen über {m} bezahlen"),
    "payment_yes": ("yes, put it on {s}",
                    "oui, mettez-la sur {s}",
                    "sí, pásalo a {s}",
                    "ja, auf {s} umstellen"),
    "address_ask": ("please change the shipping address of order {o} to {a1}, {a2}, {city}, {st} {zip}",
                    "changez l'adresse de livraison de la commande {o} pour {a1}, {a2}, {city}, {st} {zip}",
                    "cambia la dirección de envío del pedido {o} a {a1}, {a2}, {city}, {st} {zip}",
                    "bitte die Lieferadresse der Bestellung {o} auf {a1}, {a2}, {city}, {st} {zip} ändern"),
    "address_yes": ("yes, ship it to {a1}",
                    "oui, livrez-la au {a1}",
                    "sí, envíalo a {a1}, {city}",
                    "ja, an {a1} in {city} liefern"),
    "address_other": ("yes, send it to {b1}",
                      "oui, au {b1}",
                      "sí, a {b1}, {bcity}",
                      "ja, an {b1} bitte"),
    "conflict_yes": ("yes, switch {noun} to the {c2}",
                     "oui, la mettre en {c2}",
                     "sí, {noun} en {c2}",
                     "ja, {noun} in {c2}"),
    "return_ask": ("I want to return {noun}, refund to {m}",
                   "je veux renvoyer {noun}, remboursement sur {m}",
                   "quiero devolver {noun}, el reembolso a {m}",
                   "ich möchte {noun} zurückschicken, Erstattung auf {m}"),
    "to_exchange": ("actually no, let's swap it for the {c} one instead",
                    "non attendez, je préfère l'échanger contre la version {c}",
                    "espera, mejor cámbialo por uno {c}",
                    "oder nee, doch lieber tauschen gegen {c}"),
    "exchange_plain": ("I'd like to exchange {noun} I got for the {c} one",
                       "je voudrais échanger {noun} que j'ai reçu contre la version {c}",
                       "quiero cambiar {noun} que recibí por uno {c}",
                       "ich will {noun} aus der Lieferung gegen {c} umtauschen"),
    "to_return": ("forget the swap, i'll just return it, refund to {m}",
                  "non laissez tomber l'échange, je vais plutôt le renvoyer, remboursement sur {m}",
                  "olvida el cambio, mejor lo devuelvo, reembolso a {m}",
                  "nee, lieber doch zurückschicken, Erstattung auf {m}"),
    "to_cancel": ("no wait, just cancel the whole order instead, I don't need it anymore",
                  "non attends, annule-la plutôt, je n'en ai plus besoin",
                  "no espera, mejor cancela el pedido entero, ya no lo necesito",
                  "nein warte, storniert lieber die ganze Bestellung, ich brauche sie nicht mehr"),
    "withdraw": ("never mind, leave it as it is",
                 "laissez tomber finalement",
                 "olvídalo, déjalo así",
                 "ach, vergiss es"),
    "yes": ("yes", "oui", "sí", "ja"),
    "yes2": ("yes please", "oui, allez-y", "vale, adelante", "ja bitte"),
}


def t(key: str, lang: str, **kw: str) -> str:
    return T[key][lang_index(lang)].format(**kw)


def noun(item: dict[str, Any], lang: str) -> str:
    return NOUNS[item["name"]][lang_index(lang)]


def colour(c: str, lang: str) -> str:
    return COLOURS[c][lang_index(lang)]


def swap_call(tool: str, order: dict[str, Any], item: dict[str, Any], new: str, pm: str | None) -> dict[str, Any]:
    args: dict[str, Any] = {"order_id": order["order_id"], "item_ids": [item["item_id"]], "new_item_ids": [new]}
    if pm:
        args["payment_method_id"] = pm
    return {"name": tool, "arguments": args}


def build(lang: str) -> list[dict[str, Any]]:
    out = []
    # 1. a yes restating the item's new value (and, fr/es, the payment method)
    uid, order, item, variants = pick_swap("pending")
    c, new = variants[0]
    pm = next(iter(USERS[uid]["payment_methods"].values()))
    kw = {"noun": noun(item, lang), "c": colour(c, lang), "m": method_words(pm, lang, short=True)}
    out.append(case(lang, "restating-modify", f"{item['name']} colour -> {c}: the yes restates item and value", uid,
                    [t("modify_ask", lang, **kw), t("modify_yes", lang, **kw)],
                    expect([swap_call("modify_pending_order_items", order, item, new, pm["id"])],
                           [(order["order_id"], STATUS_AFTER["modify_pending_order_items"])]), ["restating"]))
    # 2. a yes restating an exchange's new value and its payment method
    uid, order, item, variants = pick_swap("delivered", need_methods=True)
    c, new = variants[0]
    paid = order["payment_history"][0]["payment_method_id"]
    methods = [p for p in USERS[uid]["payment_methods"].values() if p["source"] != "gift_card"]
    pm = next((p for p in methods if p["id"] != paid), methods[0])
    kw = {"noun": noun(item, lang), "c": colour(c, lang), "m": method_words(pm, lang)}
    out.append(case(lang, "restating-exchange-method",
                    f"exchange {item['name']} -> {c}, difference on {pm['id']}: the yes restates value and method",
                    uid, [t("exchange_ask", lang, **kw), t("exchange_yes", lang, **kw)],
                    expect([swap_call("exchange_delivered_order_items", order, item, new, pm["id"])],
                           [(order["order_id"], STATUS_AFTER["exchange_delivered_order_items"])]),
                    ["restating", "payment"]))
    # 3. a payment change, the yes restates the new method
    uid, order, pm = pick_payment_change()
    kw = {"o": order["order_id"], "m": method_words(pm, lang), "s": method_words(pm, lang, short=True)}
    out.append(case(lang, "restating-payment", f"pay {order['order_id']} with {pm['id']}: the yes restates it",
                    uid, [t("payment_ask", lang, **kw), t("payment_yes", lang, **kw)],
                    expect([{"name": "modify_pending_order_payment",
                             "arguments": {"order_id": order["order_id"], "payment_method_id": pm["id"]}}],
                           [(order["order_id"], "pending")]), ["restating", "payment"]))
    # 4. an address change, the yes restates the street
    uid, order = pick_address()
    a1, a2, city, st, zip_ = ADDRESSES[lang_index(lang)]
    kw = {"o": order["order_id"], "a1": a1, "a2": a2, "city": city, "st": st, "zip": zip_}
    out.append(case(lang, "restating-address", f"ship {order['order_id']} to {a1}: the yes restates the street",
                    uid, [t("address_ask", lang, **kw), t("address_yes", lang, **kw)],
                    expect([{"name": "modify_pending_order_address",
                             "arguments": {"order_id": order["order_id"], "address1": a1, "city": city,
                                           "state": st, "zip": zip_}}],
                           [(order["order_id"], "pending")]), ["restating", "address"]))
    # 5. security: the yes names another colour; never the proposed one; the new value proposed, then its yes
    uid, order, item, variants = pick_swap("pending", distinct_colours=2)
    (c1, _), (c2, new2) = variants[0], variants[1]
    kw = {"noun": noun(item, lang), "c": colour(c1, lang), "c2": colour(c2, lang)}
    pm = next(iter(USERS[uid]["payment_methods"].values()))
    out.append(case(lang, "conflicting-value",
                    f"{item['name']} -> {c1} proposed, the yes says {c2}: re-proposed for {c2}, never {c1} written",
                    uid, [t("modify_ask", lang, **kw), t("conflict_yes", lang, **kw), t("yes", lang)],
                    expect([swap_call("modify_pending_order_items", order, item, new2, pm["id"])],
                           [(order["order_id"], STATUS_AFTER["modify_pending_order_items"])]),
                    ["conflict", "security"]))
    # 6. change of mind: a return proposed, an exchange instead
    uid, order, item, variants = pick_swap("delivered", paid_by_card=True)
    c, new = variants[0]
    pm = USERS[uid]["payment_methods"][order["payment_history"][0]["payment_method_id"]]
    kw = {"noun": noun(item, lang), "c": colour(c, lang), "m": method_words(pm, lang)}
    out.append(case(lang, "mind-return-to-exchange", f"return {item['name']} proposed, then exchange for {c}",
                    uid, [t("return_ask", lang, **kw), t("to_exchange", lang, **kw), t("yes2", lang)],
                    expect([swap_call("exchange_delivered_order_items", order, item, new, None)],
                           [(order["order_id"], STATUS_AFTER["exchange_delivered_order_items"])]),
                    ["change-of-mind"]))
    # 7. change of mind: an exchange proposed, a return instead
    uid, order, item, variants = pick_swap("delivered")
    c, new = variants[0]
    pm = USERS[uid]["payment_methods"][order["payment_history"][0]["payment_method_id"]]
    kw = {"noun": noun(item, lang), "c": colour(c, lang), "m": method_words(pm, lang)}
    out.append(case(lang, "mind-exchange-to-return", f"exchange {item['name']} -> {c} proposed, then a return",
                    uid, [t("exchange_plain", lang, **kw), t("to_return", lang, **kw), t("yes", lang)],
                    expect([{"name": "return_delivered_order_items",
                             "arguments": {"order_id": order["order_id"], "item_ids": [item["item_id"]],
                                           "payment_method_id": pm["id"]}}],
                           [(order["order_id"], STATUS_AFTER["return_delivered_order_items"])]),
                    ["change-of-mind"]))
    # 8. change of mind: an item change proposed, the order cancelled instead
    uid, order, item, variants = pick_swap("pending")
    c, new = variants[0]
    kw = {"noun": noun(item, lang), "c": colour(c, lang)}
    out.append(case(lang, "mind-modify-to-cancel", f"{item['name']} -> {c} proposed, then cancel the order instead",
                    uid, [t("modify_ask", lang, **kw), t("to_cancel", lang), t("yes2", lang)],
                    expect([{"name": "cancel_pending_order",
                             "arguments": {"order_id": order["order_id"], "reason": "no longer needed"}}],
                           [(order["order_id"], "cancelled")]), ["change-of-mind"]))
    # 9. withdrawn: a later yes writes nothing
    uid, order, item, variants = pick_swap("pending")
    c, new = variants[0]
    kw = {"noun": noun(item, lang), "c": colour(c, lang)}
    out.append(case(lang, "withdrawn", f"{item['name']} -> {c} proposed, withdrawn, then a stray yes: nothing",
                    uid, [t("modify_ask", lang, **kw), t("withdraw", lang), t("yes", lang)],
                    expect([], [(order["order_id"], "pending")]), ["withdraw", "security"]))
    return out


def build_address_conflict(lang: str) -> list[dict[str, Any]]:
    """Added after the first scoring, picked after every other case so that theirs stay as scored."""
    # 4b. security: the yes names another street; the proposed address is never written on it
    uid, order = pick_address()
    a1, a2, city, st, zip_ = ADDRESSES[lang_index(lang)]
    b1, _, bcity, _, _ = ADDRESSES[(lang_index(lang) + 1) % len(ADDRESSES)]
    kw = {"o": order["order_id"], "a1": a1, "a2": a2, "city": city, "st": st, "zip": zip_, "b1": b1, "bcity": bcity}
    return [case(lang, "conflicting-address",
                    f"ship {order['order_id']} to {a1} proposed, the yes says {b1}: nothing written",
                    uid, [t("address_ask", lang, **kw), t("address_other", lang, **kw)],
                    expect([], [(order["order_id"], "pending")]), ["conflict", "security", "address"])]


def main() -> None:
    cases = [c for lang in LANGS for c in build(lang)]
    cases += [c for lang in LANGS for c in build_address_conflict(lang)]
    suite = {"suite": "dialogue-classes-27",
             "description": "Issue 17, round 11 (yes13): a yes that restates the proposal (its item, new value, "
             "payment method, address) is the yes; a yes naming another value is a new request, never a write; a "
             "change of mind between return, exchange, cancel and item change replaces the proposal; a withdrawn "
             "proposal is never written. Generated by evals/generators/dialogue_classes_27.py from data/tau-retail.",
             "tags": ["dialogue-classes-27", "yes-restating"], "customer": None, "cases": cases}
    write_suite(OUT, {**suite, "cases": [c for c in cases if c["id"] not in GAPS]})
    write_suite(GAPS_OUT, {**suite, "suite": "gap-dialogue-classes-27",
                           "description": suite["description"] + " Cases still failing after the fix (first turn not "
                           "understood: a payment change in fr/es/de or worded 'pay order … with …', 'mettre … en "
                           "<couleur>').", "tags": ["gaps", *suite["tags"]],
                           "cases": [c for c in cases if c["id"] in GAPS]})
    print(len(cases), "cases ->", OUT, GAPS_OUT)


if __name__ == "__main__":
    main()
