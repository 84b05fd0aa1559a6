"""Cases for issue 17's class "the payment method in order changes", in four languages.

Writes evals/suites/payment-in-changes.yaml. Per language: a pending order's payment changed to a method named by
kind or brand (the old one named too) and by its last digits; a swap whose difference goes to a method named in the
first message, only in the yes, in answer by its last digits, or changed after the proposal; a return refunded to the
gift card; an exchange paid "with the card I paid with"; a method that fits two saved ones (asked, then written); a
method the customer does not hold (answered, nothing written); a gift card whose balance does not cover a swap's
increase (refused with its balance); a question about the saved methods beside another account question (both
answered). Mixed cases: code-switching and typos. Ids, balances and digits are looked up in data/tau-retail.

Run: python -m evals.generators.payment_in_changes"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, orders_in_status, text_turns, writes_expected
from evals.generators.dialogue_classes_27 import COLOURS, NOUNS, colour_variants, orders_of
from evals.generators.reply_words import LANGS, amount_words
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, WRITES, write_cases

OUT = ROOT / "evals" / "suites" / "payment-in-changes.yaml"
# customers of dialogue-classes-27 and of the gaps' payment cases: never reused
AVOID = {"anya_garcia_3271", "anya_patel_3710", "ava_moore_4814", "isabella_sanchez_2068"}
STATUS_AFTER = {"modify_pending_order_items": "pending (item modified)",
                "exchange_delivered_order_items": "exchange requested",
                "return_delivered_order_items": "return requested",
                "modify_pending_order_payment": "pending"}
used: set[str] = set(AVOID)
# everyday nouns, typed as people type them (lower case, accents often dropped)
TYPED = {
    "Desk Lamp": ("the desk lamp", "la lampe de bureau", "la lampara", "die schreibtischlampe"),
    "Electric Kettle": ("the kettle", "la bouilloire", "el hervidor", "den wasserkocher"),
    "Bluetooth Speaker": ("the speaker", "l'enceinte", "el altavoz", "den lautsprecher"),
    "Cycling Helmet": ("the bike helmet", "le casque de velo", "el casco", "den fahrradhelm"),
    "Gaming Mouse": ("the mouse", "la souris", "el raton", "die maus"),
    "Garden Hose": ("the hose", "le tuyau d'arrosage", "la manguera", "den gartenschlauch"),
    "Water Bottle": ("the water bottle", "la gourde", "la botella", "die trinkflasche"),
    "Backpack": ("the backpack", "le sac a dos", "la mochila", "den rucksack"),
    "Yoga Mat": ("the yoga mat", "le tapis de yoga", "la esterilla", "die yogamatte"),
    "Wireless Earbuds": ("the earbuds", "les ecouteurs", "los auriculares", "die ohrhorer"),
    "Headphones": ("the headphones", "le casque audio", "los cascos", "den kopfhorer"),
    "Office Chair": ("the office chair", "la chaise de bureau", "la silla de oficina", "den burostuhl"),
    "Bookshelf": ("the bookshelf", "l'etagere", "la estanteria", "das bucherregal"),
    "Pet Bed": ("the pet bed", "le panier pour chien", "la cama del perro", "das hundebett"),
    "Electric Toothbrush": ("the toothbrush", "la brosse a dents", "el cepillo de dientes", "die zahnburste"),
    "Portable Charger": ("the power bank", "la batterie externe", "la bateria externa", "die powerbank"),
}
TYPED_COLOURS = {
    "black": ("black", "noir", "negro", "schwarz"), "white": ("white", "blanc", "blanco", "weiss"),
    "blue": ("blue", "bleu", "azul", "blau"), "red": ("red", "rouge", "rojo", "rot"),
    "green": ("green", "vert", "verde", "grun"), "grey": ("grey", "gris", "gris", "grau"),
    "silver": ("silver", "argente", "plateado", "silber"), "brown": ("brown", "marron", "marron", "braun"),
    "pink": ("pink", "rose", "rosa", "rosa"), "purple": ("purple", "violet", "morado", "lila"),
}
assert set(TYPED) <= set(NOUNS) and set(TYPED_COLOURS) == set(COLOURS)


def li(lang: str) -> int:
    return LANGS.index(lang)


def methods(uid: str) -> list[dict[str, Any]]:
    return list(USERS[uid]["payment_methods"].values())


def paid_with(order: dict[str, Any]) -> str:
    return str(order["payment_history"][0]["payment_method_id"])


def total(order: dict[str, Any]) -> float:
    return float(order["payment_history"][0]["amount"])


def brands_unique(uid: str) -> bool:
    brands = [p["brand"] for p in methods(uid) if p["source"] == "credit_card"]
    return len(brands) == len(set(brands))


def expect(calls: list[dict[str, Any]], touched: list[tuple[str, str]]) -> dict[str, Any]:
    return writes_expected(calls, store=orders_in_status(touched))


def nothing_written(facts: list[list[str]]) -> dict[str, Any]:
    return {"forbidden": [{"name": w} for w in WRITES], "store": {"unchanged": True}, "reply": {"facts": facts}}


def case(lang: str, key: str, description: str, uid: str, turns: list[str], exp: dict[str, Any],
         tags: list[str]) -> dict[str, Any]:
    return case_record(f"{lang}-{key}", [lang, "payment", *tags], description, uid, text_turns(turns), exp)


def pay_call(order: dict[str, Any], pm: dict[str, Any]) -> dict[str, Any]:
    return {"name": "modify_pending_order_payment",
            "arguments": {"order_id": order["order_id"], "payment_method_id": pm["id"]}}


def swap_call(tool: str, order: dict[str, Any], item: dict[str, Any], new: str, pm: dict[str, Any]) -> dict[str, Any]:
    return {"name": tool, "arguments": {"order_id": order["order_id"], "item_ids": [item["item_id"]],
                                        "new_item_ids": [new], "payment_method_id": pm["id"]}}


def take(uid: str) -> None:
    used.add(uid)


# ---- pickers: every one returns a customer not used before, with one order in the status it needs ----

def pick_pay_change(kind: str, single: bool = True) -> tuple[str, dict[str, Any], dict[str, Any], dict[str, Any]]:
    """A customer with a pending order paid by one method (the only pending one when `single`), and another saved
    method of `kind` able to pay it."""
    for uid in sorted(USERS):
        if uid in used or not brands_unique(uid):
            continue
        mine = orders_of(uid, "pending")
        if (single and len(mine) != 1) or not mine or len(mine[0]["payment_history"]) != 1:
            continue
        order = mine[0] if single else max(mine, key=lambda o: any(
            p["source"] == "gift_card" and p["balance"] >= total(o) for p in methods(uid)))
        current = USERS[uid]["payment_methods"].get(paid_with(order))
        if current is None:
            continue
        same_kind = [p for p in methods(uid) if p["source"] == kind]
        targets = [p for p in same_kind if p["id"] != current["id"]
                   and (kind != "gift_card" or p["balance"] >= total(order))]
        if len(same_kind) == 1 and targets:
            take(uid)
            return uid, order, targets[0], current
    raise SystemExit(f"no payment change to {kind}")


def pick_swap(status: str, pick_method, increase: bool | None = None,  # type: ignore[no-untyped-def]
              several: bool = True, unique_brands: bool = True):
    """A customer with one order of `status` (or several, when `several`) holding, alone of its kind, one item of a
    kind in TYPED with another available colour, and a method `pick_method(uid, order, price_difference)` returns
    (None: not this customer)."""
    for uid in sorted(USERS):
        if uid in used or (unique_brands and not brands_unique(uid)):
            continue
        mine = orders_of(uid, status)
        if not mine or (len(mine) > 1 and not several):
            continue
        # the item is the only one of its kind in all the customer's orders: "the helmet" names it alone
        names = [i["name"] for oid in USERS[uid]["orders"] for i in ORDERS[oid]["items"]]
        for order, item in [(held, item) for held in mine for item in held["items"]]:
            if item["name"] not in TYPED or names.count(item["name"]) != 1:
                continue
            if item["options"].get("color") not in TYPED_COLOURS:
                continue
            for c, new in colour_variants(item):
                diff = round(PRODUCTS[item["product_id"]]["variants"][new]["price"] - item["price"], 2)
                if increase is not None and (diff > 0) != increase:
                    continue
                pm = pick_method(uid, order, diff)
                if pm is not None:
                    take(uid)
                    return uid, order, item, c, new, pm, diff
    raise SystemExit(f"no swap for {status}")


def other_method(source: str | None = None, covers: bool = True):  # type: ignore[no-untyped-def]
    """A saved method other than the one the order was paid with (of `source` if given), able to pay an increase."""
    def pick(uid: str, order: dict[str, Any], diff: float) -> Any:
        for p in methods(uid):
            if p["id"] == paid_with(order) or (source and p["source"] != source):
                continue
            if p["source"] == "gift_card" and covers and p["balance"] < max(diff, 0):
                continue
            if source is None and p["source"] == "gift_card":
                continue
            return p
        return None
    return pick


def two_others(uid: str, order: dict[str, Any], diff: float) -> Any:
    """Two saved non-gift-card methods besides the order's own: the first named, then the second (a change of mind)."""
    others = [p for p in methods(uid) if p["id"] != paid_with(order) and p["source"] != "gift_card"]
    return others[:2] if len(others) >= 2 else None


def original_of_several(uid: str, order: dict[str, Any], diff: float) -> Any:
    paid = USERS[uid]["payment_methods"].get(paid_with(order))
    if paid is None or paid["source"] == "gift_card" or len(methods(uid)) < 2:
        return None
    return paid


def short_gift_card(uid: str, order: dict[str, Any], diff: float) -> Any:
    cards = [p for p in methods(uid) if p["source"] == "gift_card"]
    return cards[0] if cards and cards[0]["balance"] < diff else None


def gift_card_not_paid(uid: str, order: dict[str, Any], diff: float) -> Any:
    cards = [p for p in methods(uid) if p["source"] == "gift_card"]
    return cards[0] if cards and paid_with(order) != cards[0]["id"] else None


def pick_two_cards() -> tuple[str, dict[str, Any], list[dict[str, Any]]]:
    """A pending order paid by PayPal or a gift card, two saved credit cards: "my card" fits both."""
    for uid in sorted(USERS):
        if uid in used or not brands_unique(uid):
            continue
        mine = [o for o in orders_of(uid, "pending")
                if len(o["payment_history"]) == 1 and not paid_with(o).startswith("credit_card")]
        cards = [p for p in methods(uid) if p["source"] == "credit_card"]
        if len(cards) == 2 and mine:
            take(uid)
            return uid, mine[0], cards
    raise SystemExit("no two cards")


def pick_without(source: str) -> tuple[str, dict[str, Any], list[dict[str, Any]]]:
    """One pending order, no saved method of `source`."""
    for uid in sorted(USERS):
        if uid in used:
            continue
        mine = orders_of(uid, "pending")
        held = methods(uid)
        if len(mine) == 1 and len(held) >= 1 and all(p["source"] != source for p in held):
            take(uid)
            return uid, mine[0], held
    raise SystemExit(f"no customer without {source}")


def pick_account(n_methods: int) -> tuple[str, list[dict[str, Any]]]:
    for uid in sorted(USERS):
        if uid in used or len(methods(uid)) != n_methods:
            continue
        take(uid)
        return uid, methods(uid)
    raise SystemExit("no account")


# ---- how a method is said ----

def brand(pm: dict[str, Any]) -> str:
    return {"visa": "visa", "mastercard": "mastercard", "amex": "amex", "discover": "discover"}.get(
        pm.get("brand", ""), pm.get("brand", ""))


def said(pm: dict[str, Any], lang: str) -> str:
    """A method by kind or brand, as typed."""
    if pm["source"] == "paypal":
        return "paypal"
    if pm["source"] == "gift_card":
        return ("my gift card", "ma carte cadeau", "mi tarjeta regalo", "meinen gutschein")[li(lang)]
    return ("my {b}", "ma {b}", "mi {b}", "meine {b}")[li(lang)].format(b=brand(pm))


def held_facts(held: list[dict[str, Any]]) -> list[str]:
    """What names one of the customer's saved methods in a reply, any language."""
    out: list[str] = []
    for p in held:
        if p["source"] == "credit_card":
            out.append(p["last_four"])
        elif p["source"] == "paypal":
            out.append("paypal")
        else:
            out += ["gift card", "carte cadeau", "tarjeta regalo", "geschenkkarte", "gutschein"]
    return out


def yes(lang: str, n: int) -> str:
    return [("yes", "oui", "si", "ja"), ("ok go ahead", "oui c'est bon", "dale, si", "ja bitte"),
            ("yep do it", "ok allez-y", "vale, hazlo", "passt, mach das"),
            ("sure thats fine", "d'accord", "de acuerdo", "jo, in ordnung")][n % 4][li(lang)]


# ---- the cases ----

def pay_kind(lang: str) -> dict[str, Any]:
    kind = ("paypal", "credit_card", "gift_card", "paypal")[li(lang)]
    uid, order, pm, old = pick_pay_change(kind, single=kind != "gift_card")
    new_w, old_w = said(pm, lang), said(old, lang)
    text = (f"can i pay for my pending order with {new_w} instead of {old_w}?",
            f"bonjour je voudrais payer avec {new_w} plutot que {old_w} pour ma commande en cours",
            f"cambia el pago del pedido {order['order_id'].lstrip('#')} a la {new_w.replace('mi ', '')} porfa",
            f"zahlungsart auf {new_w} ändern bitte")[li(lang)]
    return case(lang, "pay-change-by-kind", f"pending {order['order_id']} paid by {old['id']} -> {pm['id']}", uid,
                [text, yes(lang, 1)], expect([pay_call(order, pm)], [(order["order_id"], "pending")]),
                ["modify-payment"])


def pay_digits(lang: str) -> dict[str, Any]:
    uid, order, pm, old = pick_pay_change("credit_card")
    oid, l4 = order["order_id"], pm["last_four"]
    text = (f"switch the payment on order {oid} to the card ending {l4} pls",
            f"pour la commande {oid.lstrip('#')} je prefere payer avec la carte finissant par {l4}",
            f"quiero pagar el pedido {oid} con la que termina en {l4}",
            f"kann ich {oid} mit der karte mit endung {l4} zahlen statt wie bisher?")[li(lang)]
    return case(lang, "pay-change-by-digits", f"pending {oid} -> {pm['id']} named by its last four", uid,
                [text, yes(lang, 2)], expect([pay_call(order, pm)], [(oid, "pending")]), ["modify-payment", "digits"])


def swap_first(lang: str) -> dict[str, Any]:
    uid, order, item, c, new, pm, diff = pick_swap("pending", other_method())
    n, col = TYPED[item["name"]][li(lang)], TYPED_COLOURS[c][li(lang)]
    old_c = TYPED_COLOURS[item["options"]["color"]][li(lang)]
    m = said(pm, lang)
    text = (f"change {n} in my order to {col}, put any difference on {m}",
            f"je voudrais {n} en {col} au lieu de {old_c}, la difference sur {m} svp",
            f"cambia {n} a color {col} y cobra la diferencia en {m}",
            f"{n} bitte in {col}, differenz auf {m}")[li(lang)]
    return case(lang, "swap-method-first", f"{item['name']} -> {c}, difference on {pm['id']} (first message)", uid,
                [text, yes(lang, 0)],
                expect([swap_call("modify_pending_order_items", order, item, new, pm)],
                       [(order["order_id"], STATUS_AFTER["modify_pending_order_items"])]), ["swap", "first-message"])


def swap_in_yes(lang: str) -> dict[str, Any]:
    uid, order, item, c, new, pm, diff = pick_swap("pending", other_method())
    n, col = TYPED[item["name"]][li(lang)], TYPED_COLOURS[c][li(lang)]
    m = said(pm, lang).split(" ", 1)[-1]
    text = (f"can i get {n} in {col} instead", f"c'est possible d'avoir {n} en {col} a la place ?",
            f"se puede cambiar {n} a {col}?",
            f"hätte gern {n} in {col} statt der jetzigen farbe")[li(lang)]
    yes_text = (f"ok yes, with the {m}", f"ok oui, avec la {m}", f"vale si, con {m}", f"jo passt, mit {m}")[li(lang)]
    return case(lang, "swap-method-in-yes", f"{item['name']} -> {c}; the yes names {pm['id']}", uid,
                [text, yes_text],
                expect([swap_call("modify_pending_order_items", order, item, new, pm)],
                       [(order["order_id"], STATUS_AFTER["modify_pending_order_items"])]), ["swap", "in-yes"])


def swap_answer_digits(lang: str) -> dict[str, Any]:
    uid, order, item, c, new, pm, diff = pick_swap("pending", other_method("credit_card"))
    n, col = TYPED[item["name"]][li(lang)], TYPED_COLOURS[c][li(lang)]
    l4 = pm["last_four"]
    text = (f"i'd like {n} from my order in {col}", f"je peux changer {n} pour du {col} ?",
            f"quiero {n} en {col}, se puede cambiar?", f"kann ich {n} noch auf {col} ändern?")[li(lang)]
    answer = (f"card ending {l4}", f"la carte finissant par {l4}", f"la que termina en {l4}",
              f"karte mit endung {l4}")[li(lang)]
    return case(lang, "swap-method-by-digits", f"{item['name']} -> {c}; method answered as its last four {l4}", uid,
                [text, answer, yes(lang, 3)],
                expect([swap_call("modify_pending_order_items", order, item, new, pm)],
                       [(order["order_id"], STATUS_AFTER["modify_pending_order_items"])]), ["swap", "digits"])


def swap_changed(lang: str) -> dict[str, Any]:
    uid, order, item, c, new, pms, diff = pick_swap("pending", two_others, several=True)
    first, second = pms
    n, col = TYPED[item["name"]][li(lang)], TYPED_COLOURS[c][li(lang)]
    text = (f"please swap {n} for the {col} one, charge {said(first, lang)}",
            f"mettez {n} en {col} svp, avec {said(first, lang)}",
            f"pon {n} en {col}, pagando con {said(first, lang)}",
            f"{n} in {col} tauschen, zahlung über {said(first, lang)}")[li(lang)]
    s2 = said(second, lang).split(" ", 1)[-1]
    art = "" if second["source"] == "paypal" else ("the ", "la ", "la ", "die ")[li(lang)]
    change = (f"actually put it on {art}{s2} instead", f"en fait non mettez ca sur {art}{s2} plutot",
              f"mejor cargalo a {art}{s2}", f"doch lieber über {art}{s2}")[li(lang)]
    return case(lang, "swap-method-changed",
                f"{item['name']} -> {c}: {first['id']} proposed, changed to {second['id']}", uid,
                [text, change, yes(lang, 1)],
                expect([swap_call("modify_pending_order_items", order, item, new, second)],
                       [(order["order_id"], STATUS_AFTER["modify_pending_order_items"])]), ["swap", "changed"])


def return_gift_card(lang: str) -> dict[str, Any]:
    def has_gift_card(uid: str, order: dict[str, Any], diff: float) -> Any:
        return gift_card_not_paid(uid, order, diff)
    uid, order, item, c, new, pm, diff = pick_swap("delivered", has_gift_card)
    n = TYPED[item["name"]][li(lang)]
    text = (f"i want to return {n}, refund it to the gift card",
            f"je renvoie {n}, remboursez moi sur la carte cadeau svp",
            f"quiero devolver {n} y que el reembolso vaya a la tarjeta regalo",
            f"ich will {n} zurückgeben, das geld bitte auf den gutschein")[li(lang)]
    return case(lang, "return-to-gift-card", f"return {item['name']}, refund to {pm['id']} named by kind", uid,
                [text, yes(lang, 0)],
                expect([{"name": "return_delivered_order_items",
                         "arguments": {"order_id": order["order_id"], "item_ids": [item["item_id"]],
                                       "payment_method_id": pm["id"]}}],
                       [(order["order_id"], STATUS_AFTER["return_delivered_order_items"])]), ["return", "kind"])


def exchange_same(lang: str) -> dict[str, Any]:
    uid, order, item, c, new, pm, diff = pick_swap("delivered", original_of_several)
    n, col = TYPED[item["name"]][li(lang)], TYPED_COLOURS[c][li(lang)]
    text = (f"i'd like to exchange {n} for a {col} one, same payment as before",
            f"je voudrais echanger {n} contre un {col}, pour le paiement la meme que la commande",
            f"quiero cambiar {n} por uno {col}, y cobrame con lo mismo con lo que pague",
            f"möchte {n} gegen {col} umtauschen, zahlung wie bei der bestellung")[li(lang)]
    return case(lang, "exchange-same-method", f"exchange {item['name']} -> {c} with the order's own {pm['id']}", uid,
                [text, yes(lang, 2)],
                expect([swap_call("exchange_delivered_order_items", order, item, new, pm)],
                       [(order["order_id"], STATUS_AFTER["exchange_delivered_order_items"])]),
                ["exchange", "same-as-before"])


def two_cards(uid: str, order: dict[str, Any], diff: float) -> Any:
    cards = [p for p in methods(uid) if p["source"] == "credit_card"]
    return cards if len(cards) == 2 else None


def ambiguous_exchange(lang: str) -> dict[str, Any]:
    uid, order, item, c, new, cards, diff = pick_swap("delivered", two_cards, several=True)
    target = cards[0]
    n, col = TYPED[item["name"]][li(lang)], TYPED_COLOURS[c][li(lang)]
    text = f"ich würde {n} gern gegen {col} umtauschen, differenz über meine kreditkarte"
    exp = expect([swap_call("exchange_delivered_order_items", order, item, new, target)],
                 [(order["order_id"], STATUS_AFTER["exchange_delivered_order_items"])])
    exp["reply"] = {"facts": [[cards[0]["last_four"]], [cards[1]["last_four"]]]}
    return case(lang, "exchange-two-cards", f"exchange {item['name']} -> {c}, 'my credit card' fits two: asked, then "
                f"{target['id']}", uid, [text, f"die mit endung {target['last_four']}", yes(lang, 1)], exp,
                ["exchange", "ambiguous"])


def ambiguous_card(lang: str) -> dict[str, Any]:
    if lang == "de":
        return ambiguous_exchange(lang)
    uid, order, cards = pick_two_cards()
    target = cards[1]
    text = (f"can i pay order {order['order_id']} with my credit card instead",
            f"je voudrais payer la commande {order['order_id']} par carte bancaire plutot",
            f"quiero cambiar el pago del pedido {order['order_id'].lstrip('#')} a tarjeta de credito",
            f"ich möchte die bestellung {order['order_id']} lieber mit kreditkarte bezahlen")[li(lang)]
    answer = (f"the {brand(target)}", f"la {brand(target)}", f"la {brand(target)} que termina en {target['last_four']}",
              f"die {brand(target)}")[li(lang)]
    exp = expect([pay_call(order, target)], [(order["order_id"], "pending")])
    exp["reply"] = {"facts": [[cards[0]["last_four"]], [cards[1]["last_four"]]]}
    return case(lang, "pay-change-two-cards", f"two saved cards: asked which, then {target['id']}", uid,
                [text, answer, yes(lang, 0)], exp, ["modify-payment", "ambiguous"])


def not_held(lang: str) -> dict[str, Any]:
    source = ("paypal", "paypal", "gift_card", "paypal")[li(lang)]
    uid, order, held = pick_without(source)
    text = ("pay my pending order with paypal instead please",
            "je peux regler ma commande en attente avec paypal a la place ?",
            "quiero pagar mi pedido pendiente con la tarjeta regalo",
            "bestellung bitte auf paypal umstellen")[li(lang)]
    asked = ["paypal"] if source == "paypal" else ["tarjeta regalo", "gift card"]
    return case(lang, "method-not-held", f"no saved {source}: said so; nothing written, nothing guessed", uid,
                [text], nothing_written([asked]), ["modify-payment", "not-held"])


def gift_card_short(lang: str) -> dict[str, Any]:
    uid, order, item, c, new, pm, diff = pick_swap("pending", short_gift_card, increase=True, several=True,
                                                        unique_brands=False)
    n, col = TYPED[item["name"]][li(lang)], TYPED_COLOURS[c][li(lang)]
    text = (f"swap {n} to {col} and take the extra from my gift card",
            f"passez {n} en {col}, le supplement sur ma carte cadeau",
            f"cambia {n} a {col} y lo que falte pagalo con la tarjeta regalo",
            f"{n} auf {col} ändern, aufpreis bitte vom gutschein")[li(lang)]
    return case(lang, "gift-card-short", f"{item['name']} -> {c} costs {diff} more, gift card holds {pm['balance']}",
                uid, [text], nothing_written([amount_words(float(pm["balance"]))]), ["swap", "gift-card-balance"])


def two_questions(lang: str) -> dict[str, Any]:
    uid, held = pick_account(2 + li(lang) % 2)
    email = USERS[uid]["email"]
    text = ("what email and which cards do you have on file for me?",
            "c'est quoi l'email sur mon compte et mes moyens de paiement enregistres ?",
            "que correo tengo puesto y que metodos de pago tengo guardados?",
            "welche email habt ihr von mir und welche zahlungsmittel sind hinterlegt?")[li(lang)]
    facts = [[email]] + [held_facts([p]) for p in held]
    return case(lang, "methods-beside-email", "the email and every saved method, both answered", uid, [text],
                nothing_written(facts), ["question", "two-questions"])


def mixed() -> list[dict[str, Any]]:
    out = []
    # a French customer typing the English word, a return "same as before"
    uid, order, item, c, new, pm, diff = pick_swap("delivered", original_of_several)
    n = TYPED[item["name"]][1]
    out.append(case("fr", "mixed-return-same-as-before", f"return {item['name']} to the order's own {pm['id']}",
                    uid, [f"hello je veux retourner {n}, rembourser sur le meme moyen de paiement que la commande",
                          "oui"],
                    expect([{"name": "return_delivered_order_items",
                             "arguments": {"order_id": order["order_id"], "item_ids": [item["item_id"]],
                                           "payment_method_id": pm["id"]}}],
                           [(order["order_id"], STATUS_AFTER["return_delivered_order_items"])]),
                    ["mixed", "return", "same-as-before"]))
    # Spanish with an English payment word, an exchange to a gift card that covers the difference
    uid, order, item, c, new, pm, diff = pick_swap("delivered", gift_card_not_paid, increase=False)
    n, col = TYPED[item["name"]][2], TYPED_COLOURS[c][2]
    out.append(case("es", "mixed-exchange-gift-card", f"exchange {item['name']} -> {c}, refund of {-diff} to gift card",
                    uid, [f"hola quiero cambiar {n} por uno {col}, y la diferencia al gift card", "si dale"],
                    expect([swap_call("exchange_delivered_order_items", order, item, new, pm)],
                           [(order["order_id"], STATUS_AFTER["exchange_delivered_order_items"])]),
                    ["mixed", "exchange", "kind"]))
    # English, typo'd, a payment change named by brand and digits in the yes only
    uid, order, pm, old = pick_pay_change("credit_card")
    out.append(case("en", "mixed-pay-change-yes-digits", f"{order['order_id']} -> {pm['id']}; the yes names the card",
                    uid, ["i need to chnage how i pay for my order thats still pending",
                          f"the {brand(pm)} ending in {pm['last_four']}", "yes"],
                    expect([pay_call(order, pm)], [(order["order_id"], "pending")]),
                    ["mixed", "modify-payment", "digits"]))
    # German typed with an English brand word and "Karte mit Endung" in one message
    uid, order, item, c, new, pm, diff = pick_swap("pending", other_method("credit_card"), several=True)
    n, col = TYPED[item["name"]][3], TYPED_COLOURS[c][3]
    out.append(case("de", "mixed-swap-card-ending", f"{item['name']} -> {c}, card ending {pm['last_four']}", uid,
                    [f"hi, {n} bitte in {col}, aufpreis mit der {brand(pm)} karte mit endung {pm['last_four']}",
                     "ja genau"],
                    expect([swap_call("modify_pending_order_items", order, item, new, pm)],
                           [(order["order_id"], STATUS_AFTER["modify_pending_order_items"])]),
                    ["mixed", "swap", "digits"]))
    return out


BUILDERS = [pay_kind, pay_digits, swap_first, swap_in_yes, swap_answer_digits, swap_changed, return_gift_card,
            exchange_same, ambiguous_card, not_held, gift_card_short, two_questions]


def main() -> None:
    # the rarest customers are taken first: a gift card short of a swap's increase, two saved cards
    rare = (gift_card_short, ambiguous_card, swap_changed)
    order = [*rare, *[b for b in BUILDERS if b not in rare]]
    built = {(build.__name__, lang): build(lang) for build in order for lang in LANGS}
    cases = [built[(build.__name__, lang)] for build in BUILDERS for lang in LANGS]
    cases += mixed()
    description = (
        "Issue 17, round 12 (pay15): the payment method in order changes, in four languages. A pending "
        "order's payment change; the method of a swap's, exchange's or return's difference named by "
        "kind, brand, last digits or 'the one I paid with', first, in the answer, in the yes or changed "
        "after the proposal; two methods that fit (asked), a method not held, a gift card that does not "
        "cover an increase (refused with its balance); saved methods asked beside another question. "
        "Generated by evals/generators/payment_in_changes.py from data/tau-retail."
    )
    write_cases(OUT, "payment-in-changes", description, ["payment-in-changes"], cases)


if __name__ == "__main__":
    main()
