"""Cases for issue 17's class "what the customer says while a proposal waits" (round 12, helper mind15).

Writes evals/suites/pending-proposal-replies.yaml. While a proposal (cancel, item change, exchange, return, address)
waits for its yes, the next message is one of:
(a) agreement restating 1-3 of the proposal's own details (item, option value, order, method, address, reason): a yes;
(b) agreement naming another detail (another value, method or order): no write; a changed value is shown again and
    written only on its own yes;
(c) a change of mind to another action: the old proposal dropped, the new one proposed, written only on its own yes;
(d) a conditional or hedged answer: answered, nothing written, asked again;
(e) a plain no: nothing written.
Every phrasing is written by hand for its case (word order, fillers, typos, no accents); order ids, item ids, methods
and amounts are looked up in data/tau-retail, never typed.

Run: python -m evals.generators.pending_proposal_replies"""

from __future__ import annotations

import copy
from typing import Any

from evals.generators.case_builders import case_record, text_turns, write_actions, writes_other_than
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, write_cases

OUT = ROOT / "evals" / "suites" / "pending-proposal-replies.yaml"
STATUS_AFTER = {
    "cancel_pending_order": "cancelled",
    "modify_pending_order_items": "pending (item modified)",
    "exchange_delivered_order_items": "exchange requested",
    "return_delivered_order_items": "return requested",
    "modify_pending_order_address": "pending",
}
used: set[str] = set()


def _orders(uid: str, status: str) -> list[dict[str, Any]]:
    return [ORDERS[o] for o in USERS[uid]["orders"] if ORDERS[o]["status"] == status]


def _others(item: dict[str, Any], key: str) -> list[tuple[str, str, float]]:
    """(value, item_id, price) of the available variants differing from the item in `key` only."""
    found = []
    for vid, v in PRODUCTS[item["product_id"]]["variants"].items():
        opts = v["options"]
        if vid == item["item_id"] or not v["available"] or set(opts) != set(item["options"]):
            continue
        if [k for k in opts if opts[k] != item["options"][k]] == [key]:
            found.append((opts[key], vid, v["price"]))
    return sorted(found)


def pick(
    status: str,
    product: str,
    key: str | None = None,
    values: int = 1,
    orders: int = 1,
    methods: tuple[str, ...] = (),
    paid_by: str | None = None,
    value_in: tuple[str, ...] = (),
    single: bool = True,
):
    """A new customer with `orders` orders of `status`, one holding the only `product` among them; with `key`, that
    item has `values` other available values of that option only. `methods`: sources the customer must hold;
    `paid_by`: the source that paid the order; `single`: one payment method only (an item change pays by it)."""
    for uid in sorted(USERS):
        if uid in used:
            continue
        mine = _orders(uid, status)
        if len(mine) != orders:
            continue
        sources = [p["source"] for p in USERS[uid]["payment_methods"].values()]
        if any(sources.count(m) != 1 for m in methods) or (single and not methods and len(sources) != 1):
            continue
        names = [i["name"] for o in mine for i in o["items"]]
        if names.count(product) != 1:
            continue
        order = next(o for o in mine if any(i["name"] == product for i in o["items"]))
        if paid_by and not order["payment_history"][0]["payment_method_id"].startswith(paid_by):
            continue
        item = next(i for i in order["items"] if i["name"] == product)
        variants = _others(item, key) if key else []
        if value_in:
            variants = [v for v in variants if v[0] in value_in]
        if key and len(variants) < values:
            continue
        used.add(uid)
        return uid, order, item, variants, mine
    raise SystemExit(f"no customer for {status} {product} {key}")


def method_of(uid: str, source: str) -> str:
    return next(p["id"] for p in USERS[uid]["payment_methods"].values() if p["source"] == source)


def card(uid: str) -> dict[str, Any]:
    return next(p for p in USERS[uid]["payment_methods"].values() if p["source"] == "credit_card")


def expect(
    calls: list[dict[str, Any]],
    touched: list[tuple[str, str]],
    facts: list[list[str]] | None = None,
    unchanged: bool = False,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "actions": write_actions(calls),
        "forbidden": writes_other_than(calls),
        "store": {"orders": [{"id": oid, "status": status} for oid, status in touched]},
    }
    if unchanged:
        out["store"]["unchanged"] = True
    if facts:
        out["reply"] = {"facts": facts}
    return out


def changed(tool: str, order: dict[str, Any], item: dict[str, Any], new: str, pm: str | None,
            facts: list[list[str]] | None = None) -> dict[str, Any]:
    """The expectation of the item changed (a pending order's swap, a delivered order's exchange) to `new`."""
    return expect([swap(tool, order, item, new, pm)], [(order["order_id"], STATUS_AFTER[tool])], facts=facts)


def cancelled(order: dict[str, Any], reason: str) -> dict[str, Any]:
    """The expectation of the order cancelled for `reason`."""
    call = {"name": "cancel_pending_order", "arguments": {"order_id": order["order_id"], "reason": reason}}
    return expect([call], [(order["order_id"], "cancelled")])


def returned(order: dict[str, Any], item: dict[str, Any], pm: str) -> dict[str, Any]:
    """The expectation of the item returned, refunded to `pm`."""
    call = {"name": "return_delivered_order_items", "arguments": {
        "order_id": order["order_id"], "item_ids": [item["item_id"]], "payment_method_id": pm}}
    return expect([call], [(order["order_id"], STATUS_AFTER["return_delivered_order_items"])])


def address_change(order: dict[str, Any], address1: str, city: str, state: str, zip_code: str) -> dict[str, Any]:
    """The expectation of the order's address changed (the order still pending)."""
    call = {"name": "modify_pending_order_address", "arguments": {
        "order_id": order["order_id"], "address1": address1, "city": city, "state": state, "zip": zip_code}}
    return expect([call], [(order["order_id"], "pending")])


def swap(tool: str, order: dict[str, Any], item: dict[str, Any], new: str, pm: str | None = None) -> dict[str, Any]:
    args: dict[str, Any] = {"order_id": order["order_id"], "item_ids": [item["item_id"]], "new_item_ids": [new]}
    if pm:
        args["payment_method_id"] = pm
    return {"name": tool, "arguments": args}


def money(amount: float, lang: str) -> str:
    text = f"{abs(amount):,.2f}"
    return text if lang == "en" else text.replace(",", " ").replace(".", ",")


FR = {
    "black": "noir",
    "blue": "bleu",
    "red": "rouge",
    "white": "blanc",
    "green": "vert",
    "grey": "gris",
    "silver": "argent",
}
FR_F = {"black": "noire", "blue": "bleue", "red": "rouge", "white": "blanche", "green": "verte", "grey": "grise"}
CASES: list[dict[str, Any]] = []


def add(lang: str, kind: str, key: str, description: str, uid: str, turns: list[str], exp: dict[str, Any]) -> None:
    CASES.append(case_record(f"{lang}-{kind}-{key}", [lang, "pending-proposal", kind], description, uid,
                             text_turns(turns), exp))


def modify(
    lang: str,
    key: str,
    product: str,
    option: str,
    ask: str,
    reply: str,
    note: str,
    value_in: tuple[str, ...] = (),
    words: dict[str, str] | None = None,
) -> None:
    """(a) an item change of a pending order; the reply restates details of it."""
    uid, order, item, variants, _ = pick("pending", product, option, value_in=value_in)
    value, new, _ = variants[0]
    said = (words or {}).get(value, value)
    pm = next(iter(USERS[uid]["payment_methods"]))
    add(
        lang,
        "restating",
        key,
        f"{product} {option} -> {value}: {note}",
        uid,
        [ask.format(v=said), reply.format(v=said, o=order["order_id"])],
        changed("modify_pending_order_items", order, item, new, pm),
    )


def build_en() -> None:
    modify(
        "en",
        "modify-size",
        "Hiking Boots",
        "size",
        "need my hiking boots in size {v} instead, the order hasnt shipped",
        "ok go ahead and make the boots a {v}",
        "the yes restates item and value",
        value_in=("11", "12", "10"),
    )
    modify(
        "en",
        "modify-order-value",
        "Jigsaw Puzzle",
        "pieces",
        "can the puzzle in my order be the {v} piece one instead",
        "{o}, {v} pieces - yep that's right, do it",
        "the yes restates order and value",
    )
    # exchange restating item + value + method
    uid, order, item, variants, _ = pick("delivered", "Sneakers", "size", methods=("paypal", "credit_card"))
    value, new, _ = variants[0]
    pp = method_of(uid, "paypal")
    add(
        "en",
        "restating",
        "exchange-three",
        f"exchange Sneakers -> size {value} on {pp}: item, value and method restated",
        uid,
        [
            f"the sneakers i got are too small, can i exchange them for size {value}? put any difference on paypal",
            f"sure, sneakers in {value}, paypal for the difference, thats it",
        ],
        changed("exchange_delivered_order_items", order, item, new, pp),
    )
    # cancel restating order + reason
    uid, order, item, _, _ = pick("pending", "Wall Clock", single=False)
    add(
        "en",
        "restating",
        "cancel-order-reason",
        f"cancel {order['order_id']} ordered by mistake: order and reason restated",
        uid,
        [
            f"please cancel order {order['order_id']}, i ordered it by mistake",
            f"right, {order['order_id']} - it was a mistake order so yeah cancel it",
        ],
        cancelled(order, "ordered by mistake"),
    )
    # (b) another value: not written, the new value shown, its own yes writes it
    uid, order, item, variants, _ = pick("pending", "Bluetooth Speaker", "color", values=2)
    (c1, _, _), (c2, new2, _) = variants[0], variants[1]
    pm = next(iter(USERS[uid]["payment_methods"]))
    add(
        "en",
        "other-detail",
        "value",
        f"Speaker -> {c1} proposed, the agreement says {c2}: re-proposed, {c2} on its yes",
        uid,
        [
            f"could you change my bluetooth speaker to {c1}? order is still pending",
            f"yeah do it but make it {c2} actually",
            "yes that one",
        ],
        changed("modify_pending_order_items", order, item, new2, pm, facts=[[c2]]),
    )
    # (b) another method for a return's refund
    uid, order, item, _, _ = pick("delivered", "E-Reader", methods=("gift_card", "credit_card"), paid_by="credit_card")
    gc = method_of(uid, "gift_card")
    add(
        "en",
        "other-detail",
        "method",
        f"return e-reader to its card proposed, the yes says gift card: {gc} on its own yes",
        uid,
        [
            f"i want to return the e-reader from order {order['order_id']}, refund to my credit card",
            "yes ok but put the refund on my gift card",
            "yes",
        ],
        returned(order, item, gc),
    )
    # (b) another order named in the yes: nothing written
    uid, order, item, _, mine = pick("pending", "Desk Lamp", orders=2, single=False)
    other = next(o for o in mine if o is not order)
    add(
        "en",
        "other-detail",
        "order",
        f"cancel {order['order_id']} proposed, the yes names {other['order_id']}: nothing",
        uid,
        [f"cancel {order['order_id']} please, no longer need it", f"yes cancel {other['order_id']}"],
        expect([], [(order["order_id"], "pending"), (other["order_id"], "pending")]),
    )
    # (c) change of mind: item change -> cancel
    uid, order, item, variants, _ = pick("pending", "Gaming Mouse", "color", single=False)
    add(
        "en",
        "change-of-mind",
        "modify-to-cancel",
        "gaming mouse colour change proposed, then cancel the order instead",
        uid,
        [
            f"switch the gaming mouse to {variants[0][0]} please",
            "hmm on second thought scrap that and just cancel the entire order, i ordered it by mistake",
            "ok yes",
        ],
        cancelled(order, "ordered by mistake"),
    )
    # (c) change of mind: exchange -> return, and its own yes
    uid, order, item, variants, _ = pick(
        "delivered", "Luggage Set", "color", methods=("credit_card",), paid_by="credit_card"
    )
    pm = order["payment_history"][0]["payment_method_id"]
    add(
        "en",
        "change-of-mind",
        "exchange-to-return",
        "luggage set exchange proposed, then a return to the card",
        uid,
        [
            f"can i exchange the luggage set i received for the {variants[0][0]} one",
            "nah you know what, id rather send it back and get my money back on the card",
            "yes please",
        ],
        returned(order, item, pm),
    )
    # (d) conditional on the price difference: answered, not written
    uid, order, item, variants, _ = pick("pending", "Mechanical Keyboard", "switch type", single=False)
    value, new, price = variants[0]
    diff = price - item["price"]
    add(
        "en",
        "hedged",
        "conditional-price",
        "keyboard switch change: 'yes if it's under 10 bucks more' answered, no write",
        uid,
        [f"change the keyboard in my pending order to {value} switches", "yes if its not more than 10 bucks extra"],
        expect([], [(order["order_id"], "pending")], facts=[[money(diff, "en")]], unchanged=True),
    )
    # (d) hedged
    uid, order, item, _, _ = pick("delivered", "Sunglasses", methods=("credit_card",), paid_by="credit_card")
    add(
        "en",
        "hedged",
        "unsure",
        "return the sunglasses proposed, 'idk let me think' : nothing written",
        uid,
        ["want to return the sunglasses i got, refund to the original card", "idk... let me think about it a sec"],
        expect([], [(order["order_id"], "delivered")], unchanged=True),
    )
    # (e) a no
    uid, order, item, variants, _ = pick("pending", "Garden Hose", "length", single=False)
    add(
        "en",
        "no",
        "plain",
        "hose length change proposed, 'nope': nothing written",
        uid,
        [f"can you make the garden hose {variants[0][0]} instead", "nope"],
        expect([], [(order["order_id"], "pending")], unchanged=True),
    )
    # (a) address restating city + zip
    uid, order, _, _, _ = pick("pending", "Bookshelf", single=False)
    add(
        "en",
        "restating",
        "address-city-zip",
        f"ship {order['order_id']} to 77 Orchard Row, Boise: city and zip restated",
        uid,
        [
            f"pls send order {order['order_id']} to 77 Orchard Row, Apt 2, Boise, ID 83702 instead",
            "yep boise 83702 is correct",
        ],
        address_change(order, "77 Orchard Row", "Boise", "ID", "83702"),
    )


def build_fr() -> None:
    modify(
        "fr",
        "modify-colour",
        "Cycling Helmet",
        "color",
        "je voudrais le casque de velo en {v} plutot, ma commande est en attente",
        "oui c'est ca, le casque {v}",
        "the yes restates item and value",
        value_in=("blue", "red", "white"),
        words=FR,
    )
    # exchange: value + method
    uid, order, item, variants, _ = pick("delivered", "Cycling Helmet", "size", methods=("paypal", "credit_card"))
    value, new, _ = variants[0]
    pp = method_of(uid, "paypal")
    add(
        "fr",
        "restating",
        "exchange-value-method",
        f"exchange Cycling Helmet -> {value} on {pp}: value and method restated",
        uid,
        [
            f"bonjour, le casque de velo est trop petit, je voudrais l'echanger en taille {value}, "
            "la difference sur paypal",
            f"d'accord pour du {value} et paypal",
        ],
        changed("exchange_delivered_order_items", order, item, new, pp),
    )
    # return: item + method
    uid, order, item, _, _ = pick(
        "delivered", "Office Chair", methods=("gift_card", "credit_card"), paid_by="credit_card"
    )
    pm = order["payment_history"][0]["payment_method_id"]
    add(
        "fr",
        "restating",
        "return-item-method",
        "return office chair to its card: item and method restated",
        uid,
        [
            "je souhaite retourner la chaise de bureau, rembourser sur ma carte bancaire",
            "oui voila, la chaise remboursee sur la carte",
        ],
        returned(order, item, pm),
    )
    # cancel: order restated
    uid, order, _, _, _ = pick("pending", "Notebook", single=False)
    add(
        "fr",
        "restating",
        "cancel-order",
        f"cancel {order['order_id']}: the yes restates the order",
        uid,
        [
            f"annulez la commande {order['order_id']} svp, je n'en ai plus besoin",
            f"oui la {order['order_id']}, annulez",
        ],
        cancelled(order, "no longer needed"),
    )
    # address: street restated
    uid, order, _, _, _ = pick("pending", "Smart Watch", single=False)
    add(
        "fr",
        "restating",
        "address-street",
        f"ship {order['order_id']} to 9 Maple Drive: the yes restates the street",
        uid,
        [
            f"changez l'adresse de livraison de {order['order_id']} : 9 Maple Drive, Apt 1, Dayton, OH 45402",
            "parfait, 9 maple drive c'est bien ca",
        ],
        address_change(order, "9 Maple Drive", "Dayton", "OH", "45402"),
    )
    # (b) another value
    uid, order, item, variants, _ = pick("pending", "Electric Kettle", "capacity", values=2)
    (c1, _, _), (c2, new2, _) = variants[0], variants[1]
    pm = next(iter(USERS[uid]["payment_methods"]))
    add(
        "fr",
        "other-detail",
        "value",
        f"kettle -> {c1} proposed, the agreement says {c2}: {c2} on its own yes",
        uid,
        [f"je voudrais la bouilloire en {c1} a la place", f"oui mais en {c2} finalement", "oui"],
        changed("modify_pending_order_items", order, item, new2, pm, facts=[[c2]]),
    )
    # (b) another method for an exchange difference
    uid, order, item, variants, _ = pick("delivered", "Headphones", "color", methods=("paypal", "credit_card"))
    value, new, _ = variants[0]
    cc = card(uid)
    pp = method_of(uid, "paypal")
    add(
        "fr",
        "other-detail",
        "method",
        "headphones exchange on paypal proposed, the yes says the card: card on its yes",
        uid,
        [
            f"je veux echanger le casque recu contre le {FR[value]}, difference sur paypal",
            f"ok mais plutot sur ma carte {cc['brand']}",
            "oui",
        ],
        changed("exchange_delivered_order_items", order, item, new, cc["id"]),
    )
    # (c) change of mind: return -> exchange
    uid, order, item, variants, _ = pick(
        "delivered", "Bluetooth Speaker", "color", methods=("credit_card",), paid_by="credit_card"
    )
    add(
        "fr",
        "change-of-mind",
        "return-to-exchange",
        "speaker return proposed, then an exchange for another colour",
        uid,
        [
            "je voudrais renvoyer l'enceinte bluetooth, remboursement sur la carte",
            f"non en fait je prefere l'echanger contre une {FR_F[variants[0][0]]}",
            f"oui allez-y, sur la {card(uid)['brand']}",
        ],
        changed("exchange_delivered_order_items", order, item, variants[0][1], card(uid)["id"]),
    )
    # (c) change of mind: item change -> cancel
    uid, order, item, variants, _ = pick("pending", "Electric Toothbrush", "color", single=False)
    add(
        "fr",
        "change-of-mind",
        "modify-to-cancel",
        "toothbrush colour change proposed, then cancel the order",
        uid,
        [
            f"mettez la brosse a dents en {FR[variants[0][0]]} svp",
            "non, annulez plutot toute la commande, je l'ai commandee par erreur",
            "oui",
        ],
        cancelled(order, "ordered by mistake"),
    )
    # (d) hedged
    uid, order, item, variants, _ = pick("pending", "Office Chair", "color", single=False)
    add(
        "fr",
        "hedged",
        "unsure",
        "office chair colour proposed, 'je sais pas trop': nothing written",
        uid,
        [f"changer la chaise de bureau en {FR[variants[0][0]]}", "je sais pas trop en fait"],
        expect([], [(order["order_id"], "pending")], unchanged=True),
    )
    # (d) question about the price
    uid, order, item, variants, _ = pick("pending", "Tablet", "storage", single=False)
    value, new, price = variants[0]
    add(
        "fr",
        "hedged",
        "price-question",
        "tablet storage proposed, 'ca coute combien de plus ?': answered, no write",
        uid,
        [f"je voudrais la tablette en {value} au lieu de l'actuelle", "ca fait combien de plus exactement ?"],
        expect([], [(order["order_id"], "pending")], facts=[[money(price - item["price"], "fr")]], unchanged=True),
    )
    # (e) no
    uid, order, _, _, _ = pick("pending", "Perfume", single=False)
    add(
        "fr",
        "no",
        "plain",
        "cancel proposed, 'non merci': nothing written",
        uid,
        [f"annuler {order['order_id']}, commande par erreur", "non merci"],
        expect([], [(order["order_id"], "pending")], unchanged=True),
    )


def build_es() -> None:
    modify(
        "es",
        "modify-pieces",
        "Jigsaw Puzzle",
        "pieces",
        "quiero cambiar el puzzle de mi pedido al de {v} piezas",
        "si, el de {v} piezas",
        "the yes restates the value",
    )
    # exchange: value + method
    uid, order, item, variants, _ = pick("delivered", "Mechanical Keyboard", "size", methods=("paypal", "credit_card"))
    value, new, _ = variants[0]
    pp = method_of(uid, "paypal")
    add(
        "es",
        "restating",
        "exchange-value-method",
        f"exchange Mechanical Keyboard -> {value} on {pp}: value and method",
        uid,
        [
            f"el teclado mecanico que me llego lo quiero cambiar por el de tamano {value}, lo que falte con paypal",
            f"vale, el de {value} con paypal",
        ],
        changed("exchange_delivered_order_items", order, item, new, pp),
    )
    # return: item restated
    uid, order, item, _, _ = pick("delivered", "Yoga Mat", methods=("credit_card",), paid_by="credit_card")
    pm = order["payment_history"][0]["payment_method_id"]
    add(
        "es",
        "restating",
        "return-item",
        "return yoga mat: the yes restates the item",
        uid,
        ["quiero devolver la esterilla de yoga, el reembolso a la tarjeta", "si porfa devuelve la esterilla"],
        returned(order, item, pm),
    )
    # cancel: reason restated
    uid, order, _, _, _ = pick("pending", "Skateboard", single=False)
    add(
        "es",
        "restating",
        "cancel-reason",
        f"cancel {order['order_id']}: the yes restates the reason",
        uid,
        [f"cancela el pedido {order['order_id']}, ya no lo necesito", "correcto, ya no lo necesito, cancelalo"],
        cancelled(order, "no longer needed"),
    )
    # address: zip restated
    uid, order, _, _, _ = pick("pending", "Luggage Set", single=False)
    add(
        "es",
        "restating",
        "address-zip",
        f"ship {order['order_id']} to 450 Pine Street: zip restated",
        uid,
        [
            f"cambia la direccion del pedido {order['order_id']} a 450 Pine Street, Apt 8, Reno, NV 89501",
            "si, 89501 reno",
        ],
        address_change(order, "450 Pine Street", "Reno", "NV", "89501"),
    )
    # (b) another value
    uid, order, item, variants, _ = pick("pending", "Smart Watch", "color", values=2)
    (c1, _, _), (c2, new2, _) = variants[0], variants[1]
    pm = next(iter(USERS[uid]["payment_methods"]))
    es = {"black": "negro", "gold": "dorado", "silver": "plateado"}
    add(
        "es",
        "other-detail",
        "value",
        f"smart watch -> {c1} proposed, the reply says {c2}: {c2} on its own yes",
        uid,
        [f"el smartwatch de mi pedido, me lo cambias a {es[c1]}?", f"si pero mejor en {es[c2]}", "si"],
        changed("modify_pending_order_items", order, item, new2, pm),
    )
    # (b) another order
    uid, order, _, _, mine = pick("pending", "Grill", orders=2, single=False)
    other = next(o for o in mine if o is not order)
    add(
        "es",
        "other-detail",
        "order",
        f"cancel {order['order_id']} proposed, the yes names {other['order_id']}: nothing",
        uid,
        [f"quiero cancelar {order['order_id']}, lo pedi por error", f"si, el {other['order_id']}"],
        expect([], [(order["order_id"], "pending"), (other["order_id"], "pending")]),
    )
    # (c) change of mind: item change -> cancel
    uid, order, item, variants, _ = pick("pending", "Backpack", "color", single=False)
    add(
        "es",
        "change-of-mind",
        "modify-to-cancel",
        "backpack colour change proposed, then cancel",
        uid,
        [
            "cambia la mochila a "
            + {'black': 'negra', 'navy': 'azul marino', 'green': 'verde', 'grey': 'gris'}[variants[0][0]],
            "mejor cancela todo el pedido, ya no lo necesito",
            "dale",
        ],
        cancelled(order, "no longer needed"),
    )
    # (c) change of mind: exchange -> return
    uid, order, item, variants, _ = pick(
        "delivered", "Wireless Earbuds", "color", methods=("credit_card",), paid_by="credit_card"
    )
    pm = order["payment_history"][0]["payment_method_id"]
    add(
        "es",
        "change-of-mind",
        "exchange-to-return",
        "earbuds exchange proposed, then a return",
        uid,
        [
            "quiero cambiar los auriculares inalambricos por unos "
            + {'black': 'negros', 'blue': 'azules', 'white': 'blancos'}[variants[0][0]],
            "uy no, mejor devuelvelos y me reembolsas a la tarjeta",
            "si",
        ],
        returned(order, item, pm),
    )
    # (d) conditional
    uid, order, item, variants, _ = pick("pending", "Espresso Machine", "pressure", single=False)
    value, new, price = variants[0]
    add(
        "es",
        "hedged",
        "conditional-price",
        "espresso pressure change: 'si, si no sube mas de 20' answered, no write",
        uid,
        [
            f"la cafetera espresso de mi pedido la quiero de {value}",
            "si, siempre que no cueste mas de 20 dolares extra",
        ],
        expect([], [(order["order_id"], "pending")], facts=[[money(price - item["price"], "es")]], unchanged=True),
    )
    # (e) no
    uid, order, item, variants, _ = pick("pending", "Pet Bed", "size", single=False)
    add(
        "es",
        "no",
        "plain",
        "pet bed size change proposed, 'no gracias': nothing",
        uid,
        [
            "la cama para mascotas, la puedes cambiar a talla "
            + {'large': 'grande', 'medium': 'mediana', 'small': 'pequena'}[variants[0][0]]
            + "?",
            "no, gracias",
        ],
        expect([], [(order["order_id"], "pending")], unchanged=True),
    )


def build_de() -> None:
    modify(
        "de",
        "modify-size",
        "T-Shirt",
        "size",
        "kann ich das t-shirt aus meiner offenen bestellung in {v} haben?",
        "passt, dann das shirt in {v}",
        "the yes restates item and value",
    )
    # exchange: item + value + method
    uid, order, item, variants, _ = pick("delivered", "Pet Bed", "size", methods=("paypal", "credit_card"))
    value, new, _ = variants[0]
    pp = method_of(uid, "paypal")
    ger = {"large": "gross", "medium": "mittelgross", "small": "klein"}
    add(
        "de",
        "restating",
        "exchange-three",
        f"exchange Pet Bed -> {value} on {pp}: item, value and method",
        uid,
        [
            f"das hundebett ist die falsche groesse, bitte in groesse {value} umtauschen, differenz per paypal",
            f"jo genau, hundebett {ger[value]} und paypal",
        ],
        changed("exchange_delivered_order_items", order, item, new, pp),
    )
    # return: item + method
    uid, order, item, _, _ = pick("delivered", "Desk Lamp", methods=("gift_card", "credit_card"), paid_by="credit_card")
    gc = method_of(uid, "gift_card")
    add(
        "de",
        "restating",
        "return-method",
        "return desk lamp to the gift card: method restated",
        uid,
        [
            "ich will die schreibtischlampe zurueckgeben, erstattung auf meine geschenkkarte",
            "ja auf die geschenkkarte bitte",
        ],
        returned(order, item, gc),
    )
    # cancel: order restated
    uid, order, _, _, _ = pick("pending", "Smartphone", single=False)
    add(
        "de",
        "restating",
        "cancel-order",
        f"cancel {order['order_id']}: order restated",
        uid,
        [
            f"bitte bestellung {order['order_id']} stornieren, brauch ich nicht mehr",
            f"ja, {order['order_id']} stornieren",
        ],
        cancelled(order, "no longer needed"),
    )
    # address: street + city
    uid, order, _, _, _ = pick("pending", "Vacuum Cleaner", single=False)
    add(
        "de",
        "restating",
        "address-street-city",
        f"ship {order['order_id']} to 31 Harbor Lane, Erie",
        uid,
        [
            f"lieferadresse von {order['order_id']} bitte auf 31 Harbor Lane, Apt 5, Erie, PA 16501 aendern",
            "genau, 31 harbor lane in erie",
        ],
        address_change(order, "31 Harbor Lane", "Erie", "PA", "16501"),
    )
    # (b) another value
    uid, order, item, variants, _ = pick("pending", "Notebook", "size", values=2)
    (c1, _, _), (c2, new2, _) = variants[0], variants[1]
    pm = next(iter(USERS[uid]["payment_methods"]))
    add(
        "de",
        "other-detail",
        "value",
        f"notebook -> {c1} proposed, the reply says {c2}: {c2} on its own yes",
        uid,
        [f"das notizbuch in meiner bestellung bitte in {c1} statt dem jetzigen", f"ja aber lieber {c2}", "ja"],
        changed("modify_pending_order_items", order, item, new2, pm),
    )
    # (b) another method for an exchange
    uid, order, item, variants, _ = pick("delivered", "Water Bottle", "color", methods=("paypal", "credit_card"))
    value, new, _ = variants[0]
    pp = method_of(uid, "paypal")
    cc = card(uid)
    de = {"black": "schwarz", "blue": "blau", "green": "gruen", "red": "rot"}
    add(
        "de",
        "other-detail",
        "method",
        "bottle exchange on the card proposed, the yes says paypal: paypal on its yes",
        uid,
        [
            f"trinkflasche gegen eine {de[value]}e tauschen, differenz auf meine {cc['brand']}",
            "ok, aber die differenz lieber ueber paypal",
            "ja",
        ],
        changed("exchange_delivered_order_items", order, item, new, pp),
    )
    # (c) return -> exchange
    uid, order, item, variants, _ = pick(
        "delivered", "Cycling Helmet", "size", methods=("credit_card",), paid_by="credit_card"
    )
    add(
        "de",
        "change-of-mind",
        "return-to-exchange",
        "helmet return proposed, then an exchange for another size",
        uid,
        [
            "ich moechte den fahrradhelm zurueckschicken, geld zurueck auf die karte",
            f"hm doch lieber umtauschen, in groesse {variants[0][0]}",
            "ja bitte",
        ],
        expect(
            [swap("exchange_delivered_order_items", order, item, variants[0][1])],
            [(order["order_id"], STATUS_AFTER["exchange_delivered_order_items"])],
        ),
    )
    # (c) address change -> cancel
    uid, order, _, _, _ = pick("pending", "Digital Camera", single=False)
    add(
        "de",
        "change-of-mind",
        "address-to-cancel",
        "address change proposed, then cancel the order",
        uid,
        [
            f"bestellung {order['order_id']} bitte an 5 Lake Road, Apt 3, Duluth, MN 55802 liefern",
            "ach nee, storniert die bestellung lieber ganz, hab mich vertan beim bestellen",
            "ja",
        ],
        cancelled(order, "ordered by mistake"),
    )
    # (d) hedged question
    uid, order, item, variants, _ = pick("pending", "Laptop", "ram", single=False)
    value, new, price = variants[0]
    add(
        "de",
        "hedged",
        "price-question",
        "laptop RAM change: 'hmm wie teuer ist das denn' answered, no write",
        uid,
        [f"kann der laptop in meiner bestellung {value} ram bekommen?", "hmm wie teuer waere das denn"],
        expect([], [(order["order_id"], "pending")], facts=[[money(price - item["price"], "de")]], unchanged=True),
    )
    # (d) conditional
    uid, order, item, _, _ = pick("delivered", "Tea Kettle", methods=("credit_card",), paid_by="credit_card")
    add(
        "de",
        "hedged",
        "conditional",
        "tea kettle return: 'ja wenn das geld in 2 tagen da ist' answered, no write",
        uid,
        ["wasserkessel zurueckgeben, geld auf die kreditkarte", "ja, aber nur wenn das geld bis freitag da ist"],
        expect([], [(order["order_id"], "delivered")], unchanged=True),
    )
    # (e) no
    uid, order, item, variants, _ = pick("pending", "Action Camera", "resolution", single=False)
    add(
        "de",
        "no",
        "plain",
        "action cam resolution change proposed, 'nein lass mal': nothing",
        uid,
        [f"die action cam aus meiner bestellung bitte auf {variants[0][0]} aendern", "nein, lass mal"],
        expect([], [(order["order_id"], "pending")], unchanged=True),
    )


# Written after the fix, as a check that it is no word list: other replies to the same first turns (the details in
# another order, fewer or more of them), and four that name another value (nothing written on them).
RESTATED_AGAIN = {
    "en-restating-modify-size": ["yes swap the boots to the 11", "11 is good, yes", "boots size 11 - confirmed"],
    "fr-restating-modify-colour": ["oui envoyez le rouge", "ok pour le rouge", "rouge c'est parfait, allez-y"],
    "es-restating-modify-pieces": ["si, la de 500 piezas", "500 piezas, si porfa", "dale con el de 500"],
    "de-restating-modify-size": ["passt, dann das shirt in xl", "XL passt, ja", "jo mach das t-shirt in XL"],
    "en-restating-exchange-three": ["yes swap to the 6s, paypal", "size 6 via paypal, go ahead"],
    "es-restating-exchange-value-method": ["si, full size con paypal"],
    "en-restating-cancel-order-reason": ["yes #W4683557, ordered it by accident"],
    "fr-restating-return-item-method": ["oui la chaise, remboursement carte"],
    "de-restating-return-method": ["geschenkkarte passt, ja"],
}
ANOTHER_VALUE = {
    "en-restating-modify-size": "yes swap the boots to the 12",
    "fr-restating-modify-colour": "oui envoyez le bleu",
    "de-restating-modify-size": "ja, dann das shirt in L",
    "es-restating-modify-pieces": "si, el de 1000 piezas",
}


def after_fix() -> list[dict[str, Any]]:
    by_id = {c["id"]: c for c in CASES}
    out = []
    for key, texts in RESTATED_AGAIN.items():
        for n, text in enumerate(texts):
            case = copy.deepcopy(by_id[key])
            case.update(id=f"{key}-again-{n}", tags=[*case["tags"], "after-fix"])
            case["user"]["turns"][1]["text"] = text
            out.append(case)
    for key, text in ANOTHER_VALUE.items():
        case = copy.deepcopy(by_id[key])
        case.update(
            id=f"{key}-another-value",
            tags=[*case["tags"], "after-fix", "other-detail"],
            description=case["description"] + "; the reply names another value: nothing written",
        )
        case["user"]["turns"][1]["text"] = text
        case["expect"] = expect([], [])
        out.append(case)
    return out


def main() -> None:
    build_en()
    build_fr()
    build_es()
    build_de()
    CASES.extend(after_fix())
    description = (
        "Issue 17, round 12 (mind15): what the customer says while a proposal waits for its yes: "
        "agreement restating the proposal's details (a yes only when each is the proposal's own), agreement "
        "naming another detail (never written; a changed value is shown again for its own yes), a change of "
        "mind (the new action proposed, written on its own yes), a hedged or conditional answer (answered, "
        "nothing written), a plain no. Generated by evals/generators/pending_proposal_replies.py from "
        "data/tau-retail."
    )
    write_cases(OUT, "pending-proposal-replies", description, ["pending-proposal-replies"], CASES)


if __name__ == "__main__":
    main()
