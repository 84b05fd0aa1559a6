"""Cases for issue 17's class "a payment method is proposed only if it can pay, and a reply after a partly failed
pair of writes says exactly what was done", in four languages (attack19 A19-10).

Writes evals/suites/method-can-pay-20.yaml. Every customer holds a gift card whose balance is below an item change's
price increase (found by `short_swaps` in data/tau-retail). Per language: the change asked with the gift card the only
saved method (never proposed: its balance said, nothing written even after a yes), named with it, asked as an
exchange of a delivered order, and then an address said with a yes (the address alone written, never "nothing has
been changed"); with another saved method: the other one proposed and written, the others listed when there are
several, the gift card named first or in the yes (its balance said, another asked for), named for an exchange; the
two-write proposal (address + item change) written with the other method; a price decrease refunded to a short gift
card (still fine). Ids, balances and prices are looked up, never typed.

Run: python -m evals.generators.method_can_pay_20"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import reply_turn
from evals.generators.payment_in_changes import (
    TYPED,
    TYPED_COLOURS,
    colour_variants,
    held_facts,
    li,
    methods,
    orders_of,
    paid_with,
    said,
)
from evals.generators.reply_words import LANGS, amount_words
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, WRITES, write_cases

OUT = ROOT / "evals" / "suites" / "method-can-pay-20.yaml"
SUITE = "method-can-pay-20"
PENDING = "modify_pending_order_items"
EXCHANGE = "exchange_delivered_order_items"
ADDRESS = "modify_pending_order_address"
STATUS_AFTER = {PENDING: "pending (item modified)", EXCHANGE: "exchange requested", ADDRESS: "pending"}
# the sentence A19-10's reply said after the address had been written
NOTHING_CHANGED = ["Nothing has been changed", "Rien n'a été modifié", "No se ha cambiado nada",
                   "Es wurde nichts geändert"]
# what a swap's confirmation says of a gift card it would be paid with ("settled with gift card (balance $9.00)")
PROPOSED_CARD = ["settled with gift card", "réglée avec carte cadeau", "liquidada con tarjeta regalo",
                 "verrechnet mit Geschenkkarte"]
STREET = ("12 Oak Street", "Austin", "TX", "78701")


def short_swaps(status: str, others: int | None, decrease: bool = False,
                same_status_only: bool = False) -> list[dict[str, Any]]:
    """Every (customer, order, item, colour) of `status` whose colour change costs more than the customer's one gift
    card holds (or, with `decrease`, costs less), the customer holding `others` other methods (any number if None).
    One swap a customer, the item the only one of its kind in the customer's orders (in those of `status`, when
    `same_status_only`: the case then names the order)."""
    found = []
    for uid in sorted(USERS):
        cards = [p for p in methods(uid) if p["source"] == "gift_card"]
        rest = [p for p in methods(uid) if p["source"] != "gift_card"]
        if len(cards) != 1 or (others is not None and len(rest) != others):
            continue
        names = [i["name"] for oid in USERS[uid]["orders"] for i in ORDERS[oid]["items"]
                 if not same_status_only or ORDERS[oid]["status"] == status]
        for order in orders_of(uid, status):
            picked = _short_item(order, cards[0], names, decrease)
            if picked:
                everywhere = [i["name"] for oid in USERS[uid]["orders"] for i in ORDERS[oid]["items"]]
                found.append({"uid": uid, "order": order, "card": cards[0], "others": rest, **picked,
                              "say_order": everywhere.count(picked["item"]["name"]) > 1})
                break
    return found


def _short_item(order: dict[str, Any], card: dict[str, Any], names: list[str], decrease: bool) -> dict[str, Any] | None:
    for item in order["items"]:
        if item["name"] not in TYPED or names.count(item["name"]) != 1:
            continue
        if item["options"].get("color") not in TYPED_COLOURS:
            continue
        for colour, new in colour_variants(item):
            diff = round(PRODUCTS[item["product_id"]]["variants"][new]["price"] - item["price"], 2)
            if (diff < 0) if decrease else (diff > card["balance"]):
                return {"item": item, "colour": colour, "new": new, "diff": diff}
    return None


def swap_call(tool: str, s: dict[str, Any], pm: dict[str, Any]) -> dict[str, Any]:
    return {"name": tool, "arguments": {"order_id": s["order"]["order_id"], "item_ids": [s["item"]["item_id"]],
                                        "new_item_ids": [s["new"]], "payment_method_id": pm["id"]}}


def address_call(s: dict[str, Any]) -> dict[str, Any]:
    return {"name": ADDRESS, "arguments": {"order_id": s["order"]["order_id"], "address1": STREET[0],
                                           "zip": STREET[3]}}


def case(lang: str, key: str, kind: str, description: str, s: dict[str, Any], turns: list[dict[str, Any]],
         calls: list[dict[str, Any]]) -> dict[str, Any]:
    """Writes `calls` in this order, every other write forbidden, and any write with the short gift card; no reply
    proposes the short gift card."""
    names = {c["name"] for c in calls}
    forbidden = [{"name": w} for w in WRITES if w not in names]
    forbidden += [{"name": w, "arguments": {"payment_method_id": s["card"]["id"]}} for w in (PENDING, EXCHANGE)
                  if w in names and s["diff"] > 0]
    expect: dict[str, Any] = {"forbidden": forbidden}
    if calls:
        expect["actions"] = {"mode": "strict", "scope": "writes", "args": "superset", "calls": calls}
        expect["store"] = {"orders": [{"id": s["order"]["order_id"], "status": STATUS_AFTER[calls[-1]["name"]]}]}
    else:
        expect["store"] = {"unchanged": True}
    if s["diff"] > 0:
        expect["reply"] = {"must_not_say": [PROPOSED_CARD[li(lang)]]}
    return {"id": f"{lang}-{key}", "tags": [lang, SUITE, "method-can-pay", kind], "description": description,
            "user": {"customer": s["uid"], "turns": turns}, "expect": expect}


def words(s: dict[str, Any], lang: str) -> tuple[str, str]:
    """The item as typed (with its order's number when another order holds one like it) and the new colour."""
    noun = TYPED[s["item"]["name"]][li(lang)]
    if s["say_order"]:
        noun += f" ({s['order']['order_id']})"
    return noun, TYPED_COLOURS[s["colour"]][li(lang)]


def balance(s: dict[str, Any]) -> list[str]:
    return amount_words(float(s["card"]["balance"]))


def others_listed(s: dict[str, Any]) -> list[list[str]]:
    return [held_facts([p]) for p in s["others"]]


def named(pm: dict[str, Any], lang: str) -> str:
    """The other method as an answer names it: by brand and last four, or PayPal."""
    if pm["source"] == "paypal":
        return "paypal"
    return (f"the card ending {pm['last_four']}", f"la carte qui finit par {pm['last_four']}",
            f"la tarjeta que termina en {pm['last_four']}", f"die karte mit endung {pm['last_four']}")[li(lang)]


def yes(lang: str, n: int = 0) -> str:
    return [("yes", "oui", "sí", "ja"), ("ok go ahead", "oui allez-y", "vale, adelante", "ja bitte, machen"),
            ("yes please", "oui merci", "sí por favor", "ja gerne")][n % 3][li(lang)]


# ---- the gift card is the only saved method ----

def only_card_swap(lang: str, s: dict[str, Any]) -> dict[str, Any]:
    n, col = words(s, lang)
    text = (f"can i change {n} in my order to {col}?", f"est-ce que je peux avoir {n} en {col} a la place ?",
            f"quiero cambiar {n} de mi pedido a {col}",
            f"kann ich {n} in meiner bestellung auf {col} ändern?")[li(lang)]
    return case(lang, "only-card-swap", "only-gift-card",
                f"{s['item']['name']} -> {s['colour']} costs {s['diff']} more; the only method, a gift card, holds "
                f"{s['card']['balance']}: never proposed, its balance said, nothing written even after a yes", s,
                [reply_turn(text, [balance(s)]), reply_turn(yes(lang))], [])


def only_card_named(lang: str, s: dict[str, Any]) -> dict[str, Any]:
    n, col = words(s, lang)
    text = (f"switch {n} to {col} and charge the difference to my gift card",
            f"je voudrais {n} en {col}, la difference sur ma carte cadeau",
            f"pon {n} en {col} y cobra la diferencia a mi tarjeta regalo",
            f"bitte {n} in {col}, den aufpreis vom gutschein abbuchen")[li(lang)]
    return case(lang, "only-card-named", "only-gift-card",
                f"{s['item']['name']} -> {s['colour']} (+{s['diff']}) on the gift card named, balance "
                f"{s['card']['balance']}: said so, nothing written", s,
                [reply_turn(text, [balance(s)]), reply_turn(yes(lang, 1))], [])


def only_card_exchange(lang: str, s: dict[str, Any]) -> dict[str, Any]:
    n, col = words(s, lang)
    text = (f"i'd like to exchange {n} for the {col} one", f"je voudrais echanger {n} contre le modele {col}",
            f"quiero cambiar {n} por uno {col}", f"ich möchte {n} gegen {col} umtauschen")[li(lang)]
    return case(lang, "only-card-exchange", "only-gift-card",
                f"exchange {s['item']['name']} -> {s['colour']} (+{s['diff']}), gift card alone holds "
                f"{s['card']['balance']}: never proposed, nothing written", s,
                [reply_turn(text, [balance(s)]), reply_turn(yes(lang, 2))], [])


def only_card_then_address(lang: str, s: dict[str, Any]) -> dict[str, Any]:
    n, col = words(s, lang)
    street, city, state, zip_code = STREET
    where = f"{street}, {city}, {state} {zip_code}"
    text = (f"I'd like {n} in my order in {col} instead", f"je voudrais {n} de ma commande en {col} plutot",
            f"quisiera {n} de mi pedido en {col}", f"ich hätte {n} aus meiner bestellung lieber in {col}")[li(lang)]
    then = (f"yes but ship it to {where}", f"oui mais livrez-la au {where}", f"sí pero envíalo a {where}",
            f"ja, aber bitte an {where} liefern")[li(lang)]
    return case(lang, "only-card-then-address", "partial-write",
                f"A19-10: {s['item']['name']} -> {s['colour']} (+{s['diff']}), gift card alone holds "
                f"{s['card']['balance']}; a yes with an address: the address alone written, the item change never "
                "proposed, no reply says nothing was changed", s,
                [reply_turn(text, [balance(s)]), reply_turn(then), reply_turn(yes(lang), never=NOTHING_CHANGED)],
                [address_call(s)])


# ---- the gift card is short, another method can pay ----

def other_proposed(lang: str, s: dict[str, Any]) -> dict[str, Any]:
    n, col = words(s, lang)
    other = s["others"][0]
    text = (f"please change {n} to {col}", f"changez {n} en {col} svp", f"cambia {n} a {col} por favor",
            f"bitte {n} auf {col} umstellen")[li(lang)]
    return case(lang, "other-proposed", "default",
                f"{s['item']['name']} -> {s['colour']} (+{s['diff']}), order paid by a gift card holding "
                f"{s['card']['balance']}: the one other method ({other['id']}) proposed and written", s,
                [reply_turn(text, [held_facts([other])]), reply_turn(yes(lang))], [swap_call(PENDING, s, other)])


def others_asked(lang: str, s: dict[str, Any]) -> dict[str, Any]:
    n, col = words(s, lang)
    target = s["others"][li(lang) % len(s["others"])]
    text = (f"can the {n.removeprefix('the ')} in my order be {col} instead?",
            f"je peux passer {n} en {col} ?", f"se puede poner {n} en {col}?",
            f"geht {n} auch in {col}?")[li(lang)]
    return case(lang, "others-asked", "default",
                f"{s['item']['name']} -> {s['colour']} (+{s['diff']}), gift card holds {s['card']['balance']}, two "
                f"other methods: both listed (never the gift card alone), then {target['id']} written", s,
                [reply_turn(text, others_listed(s)), reply_turn(named(target, lang)), reply_turn(yes(lang, 1))],
                [swap_call(PENDING, s, target)])


def card_named_first(lang: str, s: dict[str, Any]) -> dict[str, Any]:
    n, col = words(s, lang)
    target = s["others"][0]
    text = (f"change {n} to {col}, put the extra on {said(s['card'], lang)}",
            f"mettez {n} en {col}, le supplement sur {said(s['card'], lang)}",
            f"cambia {n} a {col}, la diferencia con {said(s['card'], lang)}",
            f"{n} bitte in {col}, aufpreis über {said(s['card'], lang)}")[li(lang)]
    return case(lang, "card-named-first", "named",
                f"{s['item']['name']} -> {s['colour']} (+{s['diff']}) on the gift card named (balance "
                f"{s['card']['balance']}): its balance said and the others listed, then {target['id']} written", s,
                [reply_turn(text, [balance(s), *others_listed(s)]), reply_turn(named(target, lang)),
                 reply_turn(yes(lang, 2))], [swap_call(PENDING, s, target)])


def card_named_in_yes(lang: str, s: dict[str, Any]) -> dict[str, Any]:
    n, col = words(s, lang)
    text = (f"i want {n} in {col}", f"je veux {n} en {col}", f"quiero {n} en {col}",
            f"ich will {n} in {col}")[li(lang)]
    yes_card = ("yes but use my gift card for it", "oui mais avec ma carte cadeau",
                "sí, pero con mi tarjeta regalo", "ja, aber mit meinem gutschein")[li(lang)]
    return case(lang, "card-named-in-yes", "named",
                f"{s['item']['name']} -> {s['colour']} (+{s['diff']}); the yes names the gift card (balance "
                f"{s['card']['balance']}): said it does not cover it, nothing written", s,
                [reply_turn(text), reply_turn(yes_card, [balance(s), *others_listed(s)])], [])


def exchange_card_named(lang: str, s: dict[str, Any]) -> dict[str, Any]:
    n, col = words(s, lang)
    target = s["others"][0]
    text = (f"exchange {n} for a {col} one please, the difference from my gift card",
            f"je voudrais echanger {n} pour un {col}, la difference sur ma carte cadeau",
            f"quiero cambiar {n} por uno {col}, la diferencia de mi tarjeta regalo",
            f"{n} gegen {col} umtauschen bitte, differenz vom gutschein")[li(lang)]
    return case(lang, "exchange-card-named", "named",
                f"exchange {s['item']['name']} -> {s['colour']} (+{s['diff']}) on the gift card (balance "
                f"{s['card']['balance']}): said, another asked, then {target['id']} written", s,
                [reply_turn(text, [balance(s), *others_listed(s)]), reply_turn(named(target, lang)),
                 reply_turn(yes(lang))], [swap_call(EXCHANGE, s, target)])


def two_writes_other(lang: str, s: dict[str, Any]) -> dict[str, Any]:
    n, col = words(s, lang)
    other = s["others"][0]
    street, city, state, zip_code = STREET
    where = f"{street}, {city}, {state} {zip_code}"
    text = (f"could i get {n} in {col}?", f"je pourrais avoir {n} en {col} ?", f"me das {n} en {col}?",
            f"könnte ich {n} in {col} bekommen?")[li(lang)]
    then = (f"yes and ship it to {where}", f"oui et livrez au {where}", f"sí y mándalo a {where}",
            f"ja und liefern an {where}")[li(lang)]
    return case(lang, "two-writes-other", "two-writes",
                f"the two-write proposal (address, then {s['item']['name']} -> {s['colour']} +{s['diff']}) pays with "
                f"{other['id']}, never the gift card holding {s['card']['balance']}; a yes writes both", s,
                [reply_turn(text), reply_turn(then, [held_facts([other])]),
                 reply_turn(yes(lang), never=NOTHING_CHANGED)],
                [address_call(s), swap_call(PENDING, s, other)])


def decrease_to_card(lang: str, s: dict[str, Any]) -> dict[str, Any]:
    n, col = words(s, lang)
    text = (f"switch {n} to {col}, refund the difference to my gift card",
            f"passez {n} en {col}, remboursez la difference sur ma carte cadeau",
            f"cambia {n} a {col} y devuelve la diferencia a mi tarjeta regalo",
            f"{n} auf {col} ändern, differenz bitte auf den gutschein")[li(lang)]
    return case(lang, "decrease-to-card", "refund",
                f"{s['item']['name']} -> {s['colour']} costs {-s['diff']} less: refunded to the gift card (any balance "
                "takes a refund)", s, [reply_turn(text), reply_turn(yes(lang, 1))], [swap_call(PENDING, s, s["card"])])


def short_for_order() -> list[dict[str, Any]]:
    """Customers with one pending order, paid by another method, and one gift card holding less than its total."""
    found = []
    for uid in sorted(USERS):
        cards = [p for p in methods(uid) if p["source"] == "gift_card"]
        mine = orders_of(uid, "pending")
        if len(cards) != 1 or len(mine) != 1 or len(mine[0]["payment_history"]) != 1:
            continue
        order, card = mine[0], cards[0]
        if paid_with(order) != card["id"] and card["balance"] < order["payment_history"][0]["amount"]:
            found.append({"uid": uid, "order": order, "card": card, "others": [
                p for p in methods(uid) if p["source"] != "gift_card" and p["id"] != paid_with(order)], "diff": 1})
    return found


def pay_change_short(lang: str, s: dict[str, Any]) -> dict[str, Any]:
    text = ("can i pay my pending order with my gift card instead?",
            "je voudrais payer ma commande en cours avec ma carte cadeau plutot",
            "quiero pagar mi pedido pendiente con mi tarjeta regalo",
            "kann ich meine offene bestellung stattdessen mit meinem gutschein bezahlen?")[li(lang)]
    total = float(s["order"]["payment_history"][0]["amount"])
    c = case(lang, "pay-change-short-card", "modify-payment",
             f"{s['order']['order_id']} ({total}) to the gift card holding {s['card']['balance']}: said it does not "
             "cover the order, never proposed, nothing written", s,
             [reply_turn(text, [balance(s)]), reply_turn(yes(lang, 1))], [])
    # the confirmation's new value: "change the payment method of order #W… to gift card (balance $…)?"
    c["expect"]["reply"] = {"must_not_say": [("to gift card (balance", "par carte cadeau (solde",
                                              "a tarjeta regalo (saldo", "auf Geschenkkarte (Guthaben")[li(lang)]]}
    return c


def pool(status: str, others: int | None, paid_by_card: bool | None = None,
         decrease: bool = False) -> list[dict[str, Any]]:
    found = short_swaps(status, others, decrease)
    if paid_by_card is not None:
        found = [s for s in found if (paid_with(s["order"]) == s["card"]["id"]) == paid_by_card]
    if not found:
        raise SystemExit(f"no short swap: {status}, {others} others")
    return found


def main() -> None:
    alone = short_swaps("pending", 0, same_status_only=True)
    alone_delivered = pool("delivered", 0)
    one_other = pool("pending", 1, paid_by_card=True)
    two_others = [s for s in short_swaps("pending", 2, same_status_only=True)]
    with_others = [s for s in short_swaps("pending", None) if s["others"]]
    delivered_others = [s for s in short_swaps("delivered", None) if s["others"]]
    refunds = pool("pending", None, decrease=True)
    pay_changes = short_for_order()
    juan = next(s for s in alone if s["uid"] == "juan_gonzalez_6489")  # A19-10's own customer, in English
    rest = [s for s in alone if s is not juan]
    cases = []
    for lang in LANGS:
        i = li(lang)
        cases += [
            only_card_swap(lang, rest[i % len(rest)]),
            only_card_named(lang, rest[(i + 4) % len(rest)]),
            only_card_exchange(lang, alone_delivered[i % len(alone_delivered)]),
            only_card_then_address(lang, juan if lang == "en" else rest[(i + 5) % len(rest)]),
            other_proposed(lang, one_other[i % len(one_other)]),
            others_asked(lang, two_others[i % len(two_others)]),
            card_named_first(lang, with_others[i % len(with_others)]),
            card_named_in_yes(lang, one_other[i % len(one_other)]),
            exchange_card_named(lang, delivered_others[i % len(delivered_others)]),
            two_writes_other(lang, one_other[i % len(one_other)]),
            decrease_to_card(lang, refunds[i % len(refunds)]),
            pay_change_short(lang, pay_changes[i % len(pay_changes)]),
        ]
    description = (
        "Issue 17 (attack19 A19-10): a payment method is proposed only if it can pay, and a reply after "
        "a partly failed pair of writes says exactly what was done. Customers whose gift card holds "
        "less than an item change's increase: the gift card never proposed or picked by default; "
        "named, its balance said and another of their methods asked; the one method that can pay "
        "proposed; the address written alone never followed by 'nothing has been changed'; a decrease "
        "still refunded to the gift card. Generated by evals/generators/method_can_pay_20.py."
    )
    write_cases(OUT, SUITE, description, [SUITE], cases)


if __name__ == "__main__":
    main()
