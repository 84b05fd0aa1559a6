"""Cases for issue 17's class "the order an action applies to is the one in discussion, or the assistant asks".

Writes evals/suites/order-in-discussion.yaml. Per language: a guest's proved order wins over another order holding the
same item ("change the puzzle in my order"), or a cancellation of "my order"; a processed order proved or asked about,
then "no, better cancel the order" (said why, never another order proposed); "cancel it" / "that order" after a
status or contents question, after a list, after a topic switch to another order; an item named in it after a status
question while another order holds the same item; two open orders holding the item and none in discussion (asked
which, both named); another person's account named for an address change (refused, never the customer's own).
Order ids, item ids, emails, zips and payment methods are looked up in data/tau-retail, never typed.

Run: python -m evals.generators.order_in_discussion"""

from __future__ import annotations

from collections import Counter
from typing import Any

from evals.generators.case_builders import case_record, text_turns
from evals.generators.reply_words import LANGS
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, WRITES, write_suite

OUT = ROOT / "evals" / "suites" / "order-in-discussion.yaml"
NOUNS = {
    "Jigsaw Puzzle": ("the puzzle", "le puzzle", "el rompecabezas", "das Puzzle"),
    "Water Bottle": ("the water bottle", "la gourde", "la botella", "die Trinkflasche"),
    "Gaming Mouse": ("the mouse", "la souris", "el raton", "die Maus"),
    "Electric Kettle": ("the kettle", "la bouilloire", "el hervidor", "den Wasserkocher"),
    "Hiking Boots": ("the hiking boots", "les chaussures de rando", "las botas", "die Wanderschuhe"),
    "Cycling Helmet": ("the helmet", "le casque de velo", "el casco", "den Fahrradhelm"),
    "Sunglasses": ("the sunglasses", "les lunettes de soleil", "las gafas de sol", "die Sonnenbrille"),
    "Skateboard": ("the skateboard", "le skate", "el skate", "das Skateboard"),
    "Bluetooth Speaker": ("the speaker", "l'enceinte", "el altavoz", "den Lautsprecher"),
    "Tablet": ("the tablet", "la tablette", "la tablet", "das Tablet"),
    "Digital Camera": ("the camera", "l'appareil photo", "la camara", "die Kamera"),
    "Action Camera": ("the action cam", "la camera sport", "la camara deportiva", "die Actioncam"),
    "Office Chair": ("the office chair", "la chaise de bureau", "la silla de oficina", "den Burostuhl"),
    "Dumbbell Set": ("the dumbbells", "les halteres", "las mancuernas", "die Hanteln"),
    "Smartphone": ("the phone", "le telephone", "el movil", "das Handy"),
    "Desk Lamp": ("the lamp", "la lampe", "la lampara", "die Lampe"),
    "Backpack": ("the backpack", "le sac a dos", "la mochila", "den Rucksack"),
    "Yoga Mat": ("the yoga mat", "le tapis de yoga", "la esterilla", "die Yogamatte"),
    "Garden Hose": ("the hose", "le tuyau d'arrosage", "la manguera", "den Gartenschlauch"),
    "Headphones": ("the headphones", "le casque audio", "los cascos", "die Kopfhorer"),
    "Wireless Earbuds": ("the earbuds", "les ecouteurs", "los auriculares", "die Ohrhorer"),
    "Portable Charger": ("the power bank", "la batterie externe", "la bateria externa", "die Powerbank"),
    "Electric Toothbrush": ("the toothbrush", "la brosse a dents", "el cepillo electrico", "die Zahnburste"),
    "Pet Bed": ("the dog bed", "le panier du chien", "la cama del perro", "das Hundebett"),
    "Bookshelf": ("the bookshelf", "l'etagere", "la estanteria", "das Regal"),
    "Wall Clock": ("the wall clock", "l'horloge", "el reloj de pared", "die Wanduhr"),
    "Sneakers": ("the sneakers", "les baskets", "las zapatillas", "die Sneaker"),
    "Luggage Set": ("the luggage set", "les valises", "las maletas", "das Kofferset"),
}
COLOURS = {
    "black": ("black", "noir", "negro", "schwarz"), "white": ("white", "blanc", "blanco", "weiss"),
    "blue": ("blue", "bleu", "azul", "blau"), "red": ("red", "rouge", "rojo", "rot"),
    "green": ("green", "vert", "verde", "grun"), "grey": ("grey", "gris", "gris", "grau"),
    "silver": ("silver", "argent", "plateado", "silber"), "pink": ("pink", "rose", "rosa", "rosa"),
    "purple": ("purple", "violet", "morado", "lila"), "brown": ("brown", "marron", "marron", "braun"),
}
OTHER_ADDRESSES = [("1 Evil St", "Springfield", "IL", "62704"), ("77 Quarry Road", "Boise", "ID", "83702"),
                   ("9 Lantern Way", "Reno", "NV", "89501"), ("300 Pike Street", "Seattle", "WA", "98101")]
used: set[str] = set()


def li(lang: str) -> int:
    return LANGS.index(lang)


def value_words(option: str, value: str, lang: str) -> str | None:
    if option.endswith("color") and value in COLOURS:
        return COLOURS[value][li(lang)]
    if any(ch.isdigit() for ch in value):
        return value
    return None


def swap_variant(item: dict[str, Any], lang: str) -> tuple[str, str] | None:
    """(words for the new value, item id) of an available variant differing from `item` in one option."""
    product = PRODUCTS[item["product_id"]]
    for vid, v in sorted(product["variants"].items()):
        opts = v["options"]
        if vid == item["item_id"] or not v["available"] or set(opts) != set(item["options"]):
            continue
        diff = [k for k in opts if opts[k] != item["options"][k]]
        if len(diff) != 1:
            continue
        words = value_words(diff[0], opts[diff[0]], lang)
        # the same value must not be another option's value of the item (read as that option)
        if words and opts[diff[0]] not in item["options"].values():
            return words, vid
    return None


def orders(uid: str) -> list[dict[str, Any]]:
    return [ORDERS[o] for o in USERS[uid]["orders"]]


def names(order: dict[str, Any]) -> Counter[str]:
    return Counter(i["name"] for i in order["items"])


def method_of(uid: str) -> dict[str, Any]:
    methods = sorted(USERS[uid]["payment_methods"].values(), key=lambda p: (p["source"] == "gift_card", p["id"]))
    return methods[0]


def method_words(pm: dict[str, Any], lang: str) -> str:
    if pm["source"] == "gift_card":
        return ("the gift card", "la carte cadeau", "la tarjeta regalo", "die Geschenkkarte")[li(lang)]
    if pm["source"] == "paypal":
        return "paypal"
    return ("my {b} card", "ma carte {b}", "mi tarjeta {b}", "meine {b}-Karte")[li(lang)].format(b=pm["brand"])


def shared_item(uid: str, x: dict[str, Any], others: tuple[str, ...], lang: str):
    """An item of `x` (alone of its kind there) that another order of `others` status also holds, with a swap."""
    for item in x["items"]:
        if item["name"] not in NOUNS or names(x)[item["name"]] != 1:
            continue
        holders = [o for o in orders(uid) if o is not x and item["name"] in names(o)]
        if not holders or any(o["status"] not in others for o in holders):
            continue
        swap = swap_variant(item, lang)
        if swap:
            return item, holders, swap
    return None


def pick(test) -> tuple[str, Any]:
    for uid in sorted(USERS):
        if uid in used:
            continue
        found = test(uid)
        if found:
            used.add(uid)
            return uid, found
    raise SystemExit(f"no customer for {test.__name__}")


def proof(uid: str, order: dict[str, Any], lang: str) -> str:
    email, oid, z = USERS[uid]["email"], order["order_id"], order["address"]["zip"]
    return ("hi, {e} order {o} zip {z}", "bonjour, {e} commande {o} code postal {z}",
            "hola, soy {e}, pedido {o}, cp {z}", "Hallo, {e} Bestellung {o} PLZ {z}")[li(lang)].format(
        e=email, o=oid.lstrip("#") if lang in ("es", "de") else oid, z=z)


def write_expect(calls: list[dict[str, Any]], touched: list[tuple[str, str]],
                 must_not_say: list[str] | None = None, facts: list[list[str]] | None = None) -> dict[str, Any]:
    done = {c["name"] for c in calls}
    exp: dict[str, Any] = {"actions": {"mode": "strict", "scope": "writes", "args": "superset", "calls": calls},
                           "forbidden": [{"name": w} for w in WRITES if w not in done],
                           "store": {"orders": [{"id": o, "status": s} for o, s in touched]}}
    if must_not_say or facts:
        exp["reply"] = {k: v for k, v in (("facts", facts), ("must_not_say", must_not_say)) if v}
    return exp


def no_write_expect(facts: list[list[str]], must_not_say: list[str]) -> dict[str, Any]:
    return {"forbidden": [{"name": w} for w in WRITES], "store": {"unchanged": True},
            "reply": {"facts": facts, "must_not_say": must_not_say}}


def case(lang: str, key: str, description: str, uid: str | None, turns: list[str], exp: dict[str, Any],
         tags: list[str]) -> dict[str, Any]:
    return case_record(f"{lang}-{key}", [lang, *tags], description, uid, text_turns(turns), exp)


def modify_call(order: dict[str, Any], item: dict[str, Any], new_id: str, pm: dict[str, Any]) -> dict[str, Any]:
    return {"name": "modify_pending_order_items", "arguments": {
        "order_id": order["order_id"], "item_ids": [item["item_id"]], "new_item_ids": [new_id],
        "payment_method_id": pm["id"]}}


def guest_item(lang: str) -> dict[str, Any]:
    """A guest proves a pending order and changes an item that another of their orders also holds."""
    def test(uid: str):
        for x in orders(uid):
            if x["status"] == "pending":
                found = shared_item(uid, x, ("delivered", "pending", "processed"), lang)
                if found:
                    return x, found
        return None
    uid, (x, (item, holders, (words, vid))) = pick(test)
    noun, pm = NOUNS[item["name"]][li(lang)], method_of(uid)
    ask = ("i'd like to change {n} in my order to the {v} one",
           "je voudrais changer {n} de ma commande pour le modele {v}",
           "quiero cambiar {n} de mi pedido por el de {v}",
           "ich mochte {n} aus meiner Bestellung gegen die Variante {v} tauschen")[li(lang)]
    yes = ("yes, with {m}", "oui, avec {m}", "si, con {m}", "ja, mit {m}")[li(lang)]
    last = ("yes", "oui", "si", "ja")[li(lang)]
    return case(lang, "guest-proved-item", f"guest proves pending {x['order_id']}; {item['name']} also in "
                f"{', '.join(o['order_id'] for o in holders)}: the proved order is changed", None,
                [proof(uid, x, lang), ask.format(n=noun, v=words), yes.format(m=method_words(pm, lang)), last],
                write_expect([modify_call(x, item, vid, pm)], [(x["order_id"], "pending (item modified)")],
                             must_not_say=[o["order_id"] for o in holders]),
                ["guest", "item-in-several-orders"])


def guest_cancel(lang: str) -> dict[str, Any]:
    """A guest proves one of two pending orders and cancels "my order"."""
    def test(uid: str):
        pend = [o for o in orders(uid) if o["status"] == "pending"]
        return pend if len(pend) == 2 else None
    uid, pend = pick(test)
    x, y = pend[1], pend[0]
    ask = ("pls cancel my order, i ordered it by mistake", "annulez ma commande svp, je l'ai commandee par erreur",
           "cancela mi pedido porfa, lo pedi por error", "bitte stornieren sie meine bestellung, hab mich vertan")
    return case(lang, "guest-proved-cancel", f"guest proves pending {x['order_id']} (also pending {y['order_id']}): "
                "'my order' is the proved one", None,
                [proof(uid, x, lang), ask[li(lang)], ("yes", "oui", "si", "ja")[li(lang)]],
                write_expect([{"name": "cancel_pending_order", "arguments": {
                    "order_id": x["order_id"], "reason": "ordered by mistake"}}], [(x["order_id"], "cancelled"),
                                                                                  (y["order_id"], "pending")]),
                ["guest", "my-order"])


PROCESSED_WORDS = (["processed", "being prepared", "can no longer", "can't be cancelled", "cannot be cancelled"],
                   ["préparation", "ne peut plus"], ["preparación", "ya no se puede", "no se puede"],
                   ["Bearbeitung", "nicht mehr"])


def guest_processed_cancel(lang: str) -> dict[str, Any]:
    """W6: a guest proves a processed order, asks about an item, then 'no, better cancel the order'."""
    def test(uid: str):
        mine = orders(uid)
        pend = [o for o in mine if o["status"] == "pending"]
        for x in mine:
            if x["status"] == "processed" and pend:
                for item in x["items"]:
                    if item["name"] in NOUNS and swap_variant(item, lang) and item["name"] not in \
                            {i["name"] for o in pend for i in o["items"]}:
                        return x, item, pend
        return None
    uid, (x, item, pend) = pick(test)
    noun, (words, _) = NOUNS[item["name"]][li(lang)], swap_variant(item, lang)
    turns = [proof(uid, x, lang),
             ("can i get {n} from that order in {v}?", "est-ce que je peux avoir {n} de cette commande en {v} ?",
              "{n} de ese pedido, ¿la puedo tener en {v}?", "kann ich {n} aus der Bestellung in {v} haben?")[
                 li(lang)].format(n=noun, v=words),
             ("no, better cancel the order", "non, annulez plutot la commande", "no, mejor cancela el pedido",
              "nein, dann lieber die bestellung stornieren")[li(lang)],
             ("yes", "oui", "si", "ja")[li(lang)]]
    return case(lang, "guest-processed-cancel", f"guest proves processed {x['order_id']}; 'cancel the order' is it "
                f"(cannot be cancelled), never pending {', '.join(o['order_id'] for o in pend)}", None, turns,
                no_write_expect([[x["order_id"]], PROCESSED_WORDS[li(lang)]], [o["order_id"] for o in pend]),
                ["guest", "processed", "the-order"])


def status_processed_cancel(lang: str) -> dict[str, Any]:
    """Signed in: a status question on a processed order, then 'cancel it' — said why, never another order."""
    def test(uid: str):
        mine = orders(uid)
        proc = [o for o in mine if o["status"] == "processed"]
        pend = [o for o in mine if o["status"] == "pending"]
        return (proc[0], pend) if proc and pend else None
    uid, (x, pend) = pick(test)
    turns = [("where is my order {o}?", "ou en est ma commande {o} ?", "¿como va mi pedido {o}?",
              "wo ist meine bestellung {o}?")[li(lang)].format(o=x["order_id"]),
             ("hmm ok then just cancel it", "bon, annulez-la alors", "vale, pues cancelalo",
              "ok dann storniere sie bitte")[li(lang)],
             ("yes", "oui", "si", "ja")[li(lang)]]
    return case(lang, "status-processed-cancel", f"status of processed {x['order_id']}, then 'cancel it': not "
                f"pending {', '.join(o['order_id'] for o in pend)}", uid, turns,
                no_write_expect([[x["order_id"]], PROCESSED_WORDS[li(lang)]], [o["order_id"] for o in pend]),
                ["signed-in", "processed", "pronoun"])


def two_pending(uid: str):
    pend = [o for o in orders(uid) if o["status"] == "pending"]
    return pend if len(pend) >= 2 else None


def status_then_cancel(lang: str) -> dict[str, Any]:
    """Signed in with two pending orders: a status question on the second, then 'cancel that order'."""
    uid, pend = pick(two_pending)
    x, others = pend[-1], pend[:-1]
    turns = [("has {o} shipped yet?", "la commande {o} est partie ?", "¿ya salio el pedido {o}?",
              "ist {o} schon verschickt?")[li(lang)].format(o=x["order_id"]),
             ("ok cancel that order, i don't need it anymore", "ok annulez cette commande, je n'en ai plus besoin",
              "ok cancela ese pedido, ya no lo necesito", "ok, storniere die Bestellung, brauche sie nicht mehr")[
                 li(lang)],
             ("yes", "oui", "si", "ja")[li(lang)]]
    return case(lang, "status-then-cancel", f"status of pending {x['order_id']}, then 'cancel that order'", uid, turns,
                write_expect([{"name": "cancel_pending_order", "arguments": {
                    "order_id": x["order_id"], "reason": "no longer needed"}}],
                    [(x["order_id"], "cancelled"), *[(o["order_id"], "pending") for o in others]]),
                ["signed-in", "that-order"])


def contents_then_cancel(lang: str) -> dict[str, Any]:
    """Signed in: the order list, a contents question on one order, then 'cancel the one i just asked about'."""
    uid, pend = pick(two_pending)
    x, others = pend[0], pend[1:]
    turns = [("what are my orders?", "c'est quoi mes commandes ?", "¿cuales son mis pedidos?",
              "welche bestellungen hab ich?")[li(lang)],
             ("what's in {o}?", "il y a quoi dans la {o} ?", "¿que lleva el {o}?", "was ist in {o} drin?")[
                 li(lang)].format(o=x["order_id"]),
             ("cancel the one i just asked about, ordered it by mistake",
              "annulez celle dont je viens de parler, erreur de commande",
              "cancela el que acabo de preguntar, fue un error", "storniere die, nach der ich gerade gefragt hab, "
              "war ein versehen")[li(lang)],
             ("yes", "oui", "si", "ja")[li(lang)]]
    return case(lang, "contents-then-cancel", f"list, contents of {x['order_id']}, 'the one i just asked about'", uid,
                turns, write_expect([{"name": "cancel_pending_order", "arguments": {
                    "order_id": x["order_id"], "reason": "ordered by mistake"}}],
                    [(x["order_id"], "cancelled"), *[(o["order_id"], "pending") for o in others]]),
                ["signed-in", "after-list"])


def topic_switch_cancel(lang: str) -> dict[str, Any]:
    """Signed in: status of one pending order, then 'and order Y?', then 'cancel it' — Y, the last one named."""
    uid, pend = pick(two_pending)
    first, y = pend[0], pend[1]
    turns = [("status of {o}?", "statut de la commande {o} ?", "¿estado del pedido {o}?", "status von {o}?")[
                 li(lang)].format(o=first["order_id"]),
             ("and {o}?", "et la {o} ?", "¿y el {o}?", "und {o}?")[li(lang)].format(o=y["order_id"]),
             ("cancel it please, don't need it anymore", "annulez-la svp, j'en ai plus besoin",
              "cancelalo porfa, ya no lo necesito", "bitte stornieren, brauch ich nicht mehr")[li(lang)],
             ("yes", "oui", "si", "ja")[li(lang)]]
    return case(lang, "topic-switch-cancel", f"{first['order_id']} then {y['order_id']}: 'it' is the last named",
                uid, turns, write_expect([{"name": "cancel_pending_order", "arguments": {
                    "order_id": y["order_id"], "reason": "no longer needed"}}],
                    [(y["order_id"], "cancelled"), (first["order_id"], "pending")]),
                ["signed-in", "pronoun", "topic-switch"])


def status_then_item(lang: str) -> dict[str, Any]:
    """Signed in: a status question on a pending order, then an item change of an item another order also holds."""
    def test(uid: str):
        for x in orders(uid):
            if x["status"] == "pending":
                found = shared_item(uid, x, ("delivered", "pending", "processed"), lang)
                if found:
                    return x, found
        return None
    uid, (x, (item, holders, (words, vid))) = pick(test)
    noun, pm = NOUNS[item["name"]][li(lang)], method_of(uid)
    turns = [("is {o} still pending?", "la commande {o} est toujours en attente ?", "¿el pedido {o} sigue pendiente?",
              "ist {o} noch offen?")[li(lang)].format(o=x["order_id"]),
             ("great, can i get {n} in it in {v} instead? difference on {m}",
              "super, je peux avoir {n} dedans en {v} plutot ? la difference sur {m}",
              "genial, ¿puedo cambiar {n} de ese pedido a {v}? la diferencia con {m}",
              "gut, kann ich {n} darin stattdessen in {v} bekommen? differenz mit {m}")[li(lang)].format(
                 n=noun, v=words, m=method_words(pm, lang)),
             ("yes", "oui", "si", "ja")[li(lang)], ("yes", "oui", "si", "ja")[li(lang)]]
    return case(lang, "status-then-item", f"status of pending {x['order_id']}, then {item['name']} 'in it' (also in "
                f"{', '.join(o['order_id'] for o in holders)})", uid, turns,
                write_expect([modify_call(x, item, vid, pm)], [(x["order_id"], "pending (item modified)")]),
                ["signed-in", "item-in-several-orders", "pronoun"])


def _changes_both(item: dict[str, Any], other: dict[str, Any], new_id: str) -> bool:
    """The new value is a change for the item of both orders (else the order whose item has it already is not
    meant, and no question is needed)."""
    new = PRODUCTS[item["product_id"]]["variants"][new_id]["options"]
    value = next(v for k, v in new.items() if item["options"].get(k) != v)
    held = [i for i in other["items"] if i["name"] == item["name"]]
    return all(value not in i["options"].values() for i in held)


def two_candidates(lang: str) -> dict[str, Any]:
    """Signed in, nothing in discussion: an item that two pending orders hold — asked which, both named."""
    def test(uid: str):
        for x in orders(uid):
            if x["status"] == "pending":
                found = shared_item(uid, x, ("pending",), lang)
                if found and len(found[1]) == 1 and _changes_both(found[0], found[1][0], found[2][1]):
                    return x, found
        return None
    uid, (x, (item, holders, (words, _))) = pick(test)
    noun = NOUNS[item["name"]][li(lang)]
    ask = ("can i change {n} i ordered to {v}?", "je peux changer {n} que j'ai commande en {v} ?",
           "¿puedo cambiar {n} que pedi a {v}?", "kann ich {n}, die ich bestellt hab, auf {v} andern?")[li(lang)]
    return case(lang, "two-candidates", f"{item['name']} in pending {x['order_id']} and {holders[0]['order_id']}: "
                "asked which, both named", uid, [ask.format(n=noun, v=words)],
                no_write_expect([[x["order_id"]], [holders[0]["order_id"]]], []),
                ["signed-in", "item-in-several-orders", "ask-which"])


OWN_ONLY = (["only change", "signed-in account", "signed in"], ["seulement", "uniquement", "connecté"],
            ["solo puedo", "sesión", "cuenta con la que"], ["nur", "angemeldet"])


def other_account_address(lang: str, variant: int) -> dict[str, Any]:
    """L1: a change of another person's default address is refused, never turned into one's own."""
    def test(uid: str):
        return USERS[uid]["address"]["address1"] if len(USERS[uid]["orders"]) >= 1 else None
    uid, own = pick(test)
    other = sorted(u for u in USERS if u != uid and u not in used)[li(lang) * 7 + variant]
    a1, city, st, z = OTHER_ADDRESSES[(li(lang) + variant) % 4]
    email = USERS[other]["email"]
    asks = (("change the default address of {e} to {a1}, {c}, {s} {z}",
             "please update the address on {e}'s account to {a1}, {c} {s} {z}, she moved"),
            ("changez l'adresse par defaut de {e} pour {a1}, {c}, {s} {z}",
             "mettez a jour l'adresse du compte de mon mari {e} : {a1}, {c} {s} {z}"),
            ("cambia la direccion predeterminada de {e} a {a1}, {c}, {s} {z}",
             "actualiza la direccion de la cuenta de mi hermana {e}: {a1}, {c} {s} {z}"),
            ("andere die standardadresse von {e} auf {a1}, {c}, {s} {z}",
             "bitte die adresse im konto meiner frau {e} auf {a1}, {c} {s} {z} andern"))
    turns = [asks[li(lang)][variant].format(e=email, a1=a1, c=city, s=st, z=z), ("yes", "oui", "si", "ja")[li(lang)]]
    return case(lang, f"other-account-address-{variant + 1}", f"signed in as {uid}; {other}'s address: refused",
                uid, turns, no_write_expect([OWN_ONLY[li(lang)]], [own]), ["signed-in", "another-account"])


def main() -> None:
    makers = [guest_item, guest_cancel, guest_processed_cancel, status_processed_cancel, status_then_cancel,
              contents_then_cancel, topic_switch_cancel, status_then_item, two_candidates]
    cases = [make(lang) for lang in LANGS for make in makers]
    cases += [other_account_address(lang, v) for lang in LANGS for v in (0, 1)]
    write_suite(OUT, {
        "suite": "order-in-discussion",
        "description": "Issue 17, round 12 (focus15): the order an action applies to is the one in discussion (a "
                       "guest's proved order, the order just asked about, 'it' after a topic switch), or the assistant "
                       "asks which, naming both; a processed order is said to be so, never swapped for another; "
                       "another person's account is refused. Generated by evals/generators/order_in_discussion.py "
                       "from data/tau-retail.",
        "tags": ["order-in-discussion"], "customer": None, "cases": cases})


if __name__ == "__main__":
    main()
