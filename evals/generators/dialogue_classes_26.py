"""Writes evals/suites/dialogue-classes-26.yaml: questions about what happened to an order (issue 17, what-happened),
in en/fr/es/de, wording written for this suite (terse and chatty, some after another topic). Did it arrive (the
record says delivered, the customer cannot find it), has it shipped (processed: tracking id; pending: not yet),
tracking shows nothing, was a cancelled order refunded, what else came in the order with an item, how many orders
have not arrived yet; and, as contrast, a real damage complaint, which still asks for a photo. Questions write
nothing and ask for no photo. Customers, items, tracking ids and amounts are looked up in data/tau-retail, never
typed; customers of evals/gaps/next-classes-13.yaml are not reused.

Run: python -m evals.generators.dialogue_classes_26"""

from __future__ import annotations

import re
from typing import Any

from evals.generators.tau_data import ORDERS, ROOT, USERS, WRITES, write_suite

OUT = ROOT / "evals" / "suites" / "dialogue-classes-26.yaml"
GAPS = ROOT / "evals" / "gaps" / "next-classes-13.yaml"
LANGS = ["en", "fr", "es", "de"]
NOUNS = {
    "Bluetooth Speaker": {"en": "speaker", "fr": "enceinte", "es": "altavoz", "de": "Lautsprecher"},
    "Mechanical Keyboard": {"en": "keyboard", "fr": "clavier", "es": "teclado", "de": "Tastatur"},
    "Bookshelf": {"en": "bookshelf", "fr": "étagère", "es": "estantería", "de": "Bücherregal"},
    "Garden Hose": {"en": "garden hose", "fr": "tuyau d'arrosage", "es": "manguera", "de": "Gartenschlauch"},
    "Cycling Helmet": {"en": "helmet", "fr": "casque de vélo", "es": "casco", "de": "Fahrradhelm"},
    "Gaming Mouse": {"en": "mouse", "fr": "souris", "es": "ratón", "de": "Maus"},
    "Electric Toothbrush": {"en": "toothbrush", "fr": "brosse à dents", "es": "cepillo de dientes", "de": "Zahnbürste"},
    "Air Purifier": {"en": "air purifier", "fr": "purificateur d'air", "es": "purificador", "de": "Luftreiniger"},
    "Jigsaw Puzzle": {"en": "puzzle", "fr": "puzzle", "es": "rompecabezas", "de": "Puzzle"},
    "Perfume": {"en": "perfume", "fr": "parfum", "es": "perfume", "de": "Parfüm"},
    "Desk Lamp": {"en": "desk lamp", "fr": "lampe de bureau", "es": "lámpara", "de": "Schreibtischlampe"},
    "Office Chair": {"en": "office chair", "fr": "chaise de bureau", "es": "silla de oficina", "de": "Bürostuhl"},
    "Electric Kettle": {"en": "kettle", "fr": "bouilloire", "es": "hervidor", "de": "Wasserkocher"},
    "Wall Clock": {"en": "wall clock", "fr": "horloge", "es": "reloj de pared", "de": "Wanduhr"},
    "Backpack": {"en": "backpack", "fr": "sac à dos", "es": "mochila", "de": "Rucksack"},
}
# Each kind of question: the order status it is about and, per language, two wordings (the first terse, the
# second chatty); {n} is the item's noun. `before` is a first turn on another topic.
DELIVERED_WORDS = ["delivered", "livrée", "livré", "entregado", "entregada", "geliefert", "zugestellt"]
SHIPPED_WORDS = ["processed", "shipped", "préparation", "preparación", "Bearbeitung", "in progress", "expédiée",
                 "expédié", "traitée", "enviado", "procesado", "en camino", "versandt", "verschickt", "bearbeitet",
                 "unterwegs"]
PENDING_WORDS = ["pending", "en attente", "pendiente", "ausstehend", "offen", "noch nicht verschickt",
                 "not shipped", "pas encore", "todavía no", "noch nicht"]
REFUND_WORDS = ["refund", "remboursé", "remboursement", "reembols", "devuelto", "devolvi", "erstatt", "zurückgezahlt",
                "zurückerstattet"]
# The next step offered when the record says delivered and the customer cannot find the parcel.
PERSON_WORDS = ["person", "personne", "persona", "team", "équipe", "equipo", "Mitarbeiter", "colleague", "collègue",
                "compañer", "Kolleg"]
DELIVERED_SAID = ["delivered", "livrée", "entregado", "zugestellt"]
CANCELLED_WORDS = ["cancelled", "canceled", "annulée", "annulé", "cancelado", "cancelada", "storniert"]
BEFORE = {
    "en": "do you sell yoga mats?",
    "fr": "vous vendez des tapis de yoga ?",
    "es": "¿venden esterillas de yoga?",
    "de": "verkauft ihr Yogamatten?",
}
WORDINGS: dict[str, dict[str, list[str]]] = {
    "arrived": {
        "en": ["did my {n} arrive? can't find it", "hey, quick one, was the {n} actually delivered? I've looked "
               "everywhere around the house and there's nothing"],
        "fr": ["mon {n}, livré ou pas ? je le trouve nulle part", "bonjour, est-ce que la commande avec mon {n} est "
               "arrivée ? je ne la trouve pas chez moi"],
        "es": ["¿llegó mi {n}? no lo encuentro", "hola, una pregunta: ¿me entregaron ya el pedido del {n}? es que no "
               "veo nada en casa"],
        "de": ["{n} angekommen? finde nichts", "hallo, wurde mein {n} eigentlich schon zugestellt? ich kann es "
               "nirgends finden"],
    },
    "shipped": {
        "en": ["has my {n} shipped yet?", "any news on my {n}? has it left the warehouse, and what's the tracking?"],
        "fr": ["mon {n} est parti ?", "dites, ma commande avec le {n}, elle a été expédiée ? vous avez le suivi ?"],
        "es": ["¿ya salió mi {n}?", "oye, ¿ya enviaron el {n}? ¿tienen el número de seguimiento?"],
        "de": ["ist {n} schon verschickt?", "hi, ist meine Bestellung mit dem {n} schon unterwegs? gibt's eine "
               "Sendungsnummer?"],
    },
    "not-yet": {
        "en": ["did the {n} ship?", "just wondering whether my {n} has been sent out already"],
        "fr": ["le {n} a été envoyé ?", "je me demandais si mon {n} était déjà parti"],
        "es": ["¿ya mandaron el {n}?", "quería saber si ya han enviado mi {n}"],
        "de": ["{n} schon raus?", "wollte mal fragen, ob mein {n} schon verschickt wurde"],
    },
    "tracking-empty": {
        "en": ["where's my package? tracking says nothing"],
        "fr": ["où est mon colis ? le suivi n'affiche rien"],
        "es": ["¿dónde está mi paquete? el seguimiento no dice nada"],
        "de": ["wo ist mein Paket? die Sendungsverfolgung zeigt nichts an"],
    },
    "refunded": {
        "en": ["did I get my money back for the one I cancelled?", "hi! I cancelled an order a while ago, was the "
               "refund ever sent?"],
        "fr": ["j'ai été remboursé pour la commande annulée ?", "bonjour, j'avais annulé une commande, est-ce que "
               "l'argent m'a bien été rendu ?"],
        "es": ["¿me han devuelto el dinero del pedido cancelado?", "hola, cancelé un pedido hace poco, ¿ya me "
               "hicieron el reembolso?"],
        "de": ["Geld für die stornierte Bestellung zurück?", "hallo, ich hatte eine Bestellung storniert, wurde mir "
               "das Geld schon erstattet?"],
    },
    "contents": {
        "en": ["what else came in the order with the {n}?", "remind me, what else did I order together with the "
               "{n}?"],
        "fr": ["il y avait quoi d'autre avec le {n} ?", "vous pouvez me rappeler ce qu'il y avait d'autre dans la "
               "commande du {n} ?"],
        "es": ["¿qué más venía con el {n}?", "¿me recuerdas qué otras cosas pedí junto con el {n}?"],
        "de": ["was war noch bei dem {n} dabei?", "kannst du mir sagen, was sonst noch in der Bestellung mit dem {n} "
               "war?"],
    },
    "count-open": {
        "en": ["how many of my orders haven't arrived yet?"],
        "fr": ["combien de mes commandes ne sont pas encore arrivées ?"],
        "es": ["¿cuántos de mis pedidos no han llegado todavía?"],
        "de": ["wie viele meiner Bestellungen sind noch nicht angekommen?"],
    },
    "damage": {
        "en": ["my {n} arrived crushed", "the {n} came today and the box was crushed, it's dented on one side"],
        "fr": ["mon {n} est arrivé cassé", "le {n} est arrivé ce matin, il est tout abîmé, fissuré sur le côté"],
        "es": ["mi {n} llegó roto", "me llegó el {n} y viene dañado, está rajado por un lado"],
        "de": ["mein {n} kam kaputt an", "der {n} ist heute gekommen und ist beschädigt, an der Seite gerissen"],
    },
}
# Feminine nouns (their articles agree, see AGREEMENT).
FEMININE = {"fr": {"enceinte", "étagère", "souris", "brosse à dents", "lampe de bureau", "chaise de bureau",
                   "bouilloire", "horloge"},
            "es": {"estantería", "manguera", "lámpara", "silla de oficina", "mochila"},
            "de": {"Tastatur", "Maus", "Zahnbürste", "Schreibtischlampe", "Wanduhr"}}


def others(customer: str, *shown: str) -> list[str]:
    """The customer's other orders' numbers (a right answer about one order names none of them)."""
    return [o.lstrip("#") for o in USERS[customer]["orders"] if o not in shown]


def other_products(customer: str, oid: str) -> list[str]:
    """Products in the customer's other orders only (a right answer about `oid`'s contents names none)."""
    here = {i["name"] for i in ORDERS[oid]["items"]}
    return sorted({i["name"] for o in USERS[customer]["orders"] if o != oid for i in ORDERS[o]["items"]} - here)


def tracking(oid: str) -> list[str]:
    return [t for f in ORDERS[oid]["fulfillments"] for t in f["tracking_id"]]


def paid(oid: str) -> list[str]:
    total = sum(p["amount"] for p in ORDERS[oid]["payment_history"] if p["transaction_type"] == "payment")
    return [f"{total:.2f}", f"{total:.2f}".replace(".", ",")]


def used_customers() -> set[str]:
    return set(re.findall(r"customer: ([a-z_0-9]+)", GAPS.read_text()))


def named_once(customer: str, status: str) -> list[tuple[str, str]]:
    """(order id, product name) of items of a `status` order whose product the customer holds only once."""
    counts: dict[str, int] = {}  # by the name's last word: a kettle may be the Tea Kettle or the Electric Kettle
    for oid in USERS[customer]["orders"]:
        for item in ORDERS[oid]["items"]:
            counts[head(item["name"])] = counts.get(head(item["name"]), 0) + 1
    return [
        (oid, item["name"])
        for oid in USERS[customer]["orders"]
        if ORDERS[oid]["status"] == status
        for item in ORDERS[oid]["items"]
        if counts[head(item["name"])] == 1 and item["name"] in NOUNS
    ]


def head(name: str) -> str:
    return name.split()[-1].lower()


NEUTER_DE = {"Bücherregal", "Puzzle", "Parfüm"}
# Phrases written for a masculine noun, as each other gender says them.
AGREEMENT = {
    "fr-f": [("mon {n}", "ma {n}"), ("le {n}", "la {n}"), ("du {n}", "de la {n}"), ("arrivé cassé", "arrivée cassée"),
             ("il est tout abîmé, fissuré", "elle est toute abîmée, fissurée"), ("livré ou pas", "livrée ou pas"),
             ("je le trouve", "je la trouve"), ("a été envoyé", "a été envoyée"), ("déjà parti", "déjà partie"),
             ("est parti ?", "est partie ?"), ("est arrivé ce matin", "est arrivée ce matin")],
    "es-f": [("del {n}", "de la {n}"), ("el {n}", "la {n}"), ("llegó roto", "llegó rota"),
             ("viene dañado, está rajado", "viene dañada, está rajada"), ("no lo encuentro", "no la encuentro")],
    "de-f": [("dem {n}", "der {n}"), ("mein {n}", "meine {n}"), ("der {n} ist", "die {n} ist")],
    "de-n": [("der {n} ist", "das {n} ist")],
}


def gender(word: str, lang: str) -> str:
    if lang == "de" and word in NEUTER_DE:
        return "n"
    return "f" if word in FEMININE.get(lang, set()) else "m"


def agree(text: str, lang: str, name: str) -> str:
    """The wording (written for a masculine noun) with the item's noun, its articles agreeing."""
    word = NOUNS[name][lang]
    for old, new in AGREEMENT.get(f"{lang}-{gender(word, lang)}", []):
        text = text.replace(old, new)
    if lang == "fr" and word[0] in "aeiouéè":
        text = re.sub(r"\b(le|la) \{n\}", "l'{n}", text).replace("ma {n}", "mon {n}").replace("de la {n}", "de l'{n}")
    return text.replace("{n}", word)


def forbidden() -> list[dict[str, str]]:
    return [{"name": name} for name in WRITES]


def case(cid: str, lang: str, kind: str, customer: str, turns: list[str], description: str,
         facts: list[list[str]], photo: bool = False, not_said: list[str] | None = None) -> dict[str, Any]:
    """`not_said`: ids of the customer's other orders, or other words a right answer never says."""
    reply: dict[str, Any] = {"facts": facts}
    if not photo:
        reply["must_not_say"] = ["photo", "foto", *(not_said or [])]
    return {
        "id": cid,
        "tags": [lang, "what-happened", kind],
        "description": description,
        "user": {"customer": customer, "turns": [{"text": t} for t in turns]},
        "expect": {"forbidden": forbidden(), "store": {"unchanged": True}, "reply": reply},
    }


class Picker:
    """Customers handed out once each, in the data's order, skipping those of the gaps file."""

    def __init__(self) -> None:
        self.taken = used_customers()

    def take(self, test: Any) -> tuple[str, Any]:
        for customer in USERS:
            if customer in self.taken:
                continue
            found = test(customer)
            if found:
                self.taken.add(customer)
                return customer, found
        raise LookupError("no customer fits")


def one_of(status: str, need_tracking: bool = False):
    def test(customer: str) -> tuple[str, str] | None:
        for oid, name in named_once(customer, status):
            if not need_tracking or tracking(oid):
                return oid, name
        return None
    return test


def one_cancelled(customer: str) -> str | None:
    cancelled = [o for o in USERS[customer]["orders"] if ORDERS[o]["status"] == "cancelled"]
    refunded = [o for o in cancelled if any(p["transaction_type"] == "refund" for p in ORDERS[o]["payment_history"])]
    return refunded[0] if len(cancelled) == 1 and refunded else None


def one_processed_only(customer: str) -> str | None:
    """The customer's one order on its way (processed, tracked), every other one delivered or cancelled."""
    statuses = [ORDERS[o]["status"] for o in USERS[customer]["orders"]]
    processed = [o for o in USERS[customer]["orders"] if ORDERS[o]["status"] == "processed" and tracking(o)]
    return processed[0] if len(processed) == 1 and "pending" not in statuses else None


def open_orders(customer: str) -> list[str] | None:
    found = [o for o in USERS[customer]["orders"] if ORDERS[o]["status"] in ("pending", "processed")]
    return found if 2 <= len(found) <= 3 else None


def with_company(customer: str) -> tuple[str, str] | None:
    for oid, name in named_once(customer, "delivered"):
        others = {i["name"] for i in ORDERS[oid]["items"]} - {name}
        if 1 <= len(others) <= 3:
            return oid, name
    return None


def build() -> list[dict[str, Any]]:
    pick = Picker()
    cases: list[dict[str, Any]] = []
    for lang in LANGS:
        w = {k: v[lang] for k, v in WORDINGS.items()}
        for style in (0, 1):
            customer, (oid, name) = pick.take(one_of("delivered", need_tracking=True))
            text = agree(w["arrived"][style], lang, name)
            turns = [BEFORE[lang], text] if style else [text]
            cases.append(case(f"{lang}-arrived-{style + 1}", lang, "arrived", customer, turns,
                              f"{name} in {oid} (delivered), cannot be found; a person offered",
                              [DELIVERED_WORDS, tracking(oid), PERSON_WORDS], not_said=others(customer, oid)))
        customer, (oid, name) = pick.take(one_of("processed", need_tracking=True))
        cases.append(case(f"{lang}-shipped-1", lang, "shipped", customer,
                          [agree(w["shipped"][1], lang, name)],
                          f"{name} in {oid} (processed)", [SHIPPED_WORDS, tracking(oid)],
                          not_said=others(customer, oid)))
        customer, (oid, name) = pick.take(one_of("pending"))
        cases.append(case(f"{lang}-not-yet-1", lang, "not-yet", customer,
                          [agree(w["not-yet"][0 if lang in ("en", "de") else 1], lang, name)],
                          f"{name} in {oid} (pending): not shipped yet", [PENDING_WORDS, [oid.lstrip("#")]],
                          not_said=others(customer, oid)))
        customer, oid = pick.take(one_processed_only)
        cases.append(case(f"{lang}-tracking-empty-1", lang, "tracking-empty", customer, w["tracking-empty"],
                          f"the one order on its way {oid} (processed)", [SHIPPED_WORDS, tracking(oid)],
                          not_said=others(customer, oid)))
        for style in (0, 1):
            customer, oid = pick.take(one_cancelled)
            turns = [BEFORE[lang], w["refunded"][style]] if style else [w["refunded"][style]]
            cases.append(case(f"{lang}-refunded-{style + 1}", lang, "refunded", customer, turns,
                              f"the one cancelled order {oid}, refunded to the method paid with",
                              [[oid.lstrip("#")], CANCELLED_WORDS, paid(oid), REFUND_WORDS],
                              not_said=others(customer, oid)))
        customer, (oid, name) = pick.take(with_company)
        company = sorted({i["name"] for i in ORDERS[oid]["items"]} - {name})
        cases.append(case(f"{lang}-contents-1", lang, "contents", customer,
                          [agree(w["contents"][1 if lang in ("en", "es") else 0], lang, name)],
                          f"{name} in {oid}: the other items", [[o] for o in company],
                          not_said=other_products(customer, oid)))
        customer, opened = pick.take(open_orders)
        cases.append(case(f"{lang}-count-open-1", lang, "count-open", customer, w["count-open"],
                          f"{len(opened)} orders not delivered, named", [[o.lstrip("#")] for o in opened],
                          not_said=[*others(customer, *opened), *DELIVERED_SAID]))
        customer, (oid, name) = pick.take(one_of("delivered"))
        cases.append(case(f"{lang}-damage-1", lang, "damage", customer,
                          [agree(w["damage"][1 if lang in ("fr", "de") else 0], lang, name)],
                          f"contrast: {name} in {oid} arrived damaged, a photo is asked", [["photo", "foto"]],
                          photo=True))
    return cases


def main() -> None:
    suite = {
        "suite": "dialogue-classes-26",
        "description": "Questions about what happened to an order (issue 17, what-happened), written before the fix: "
        "did it arrive, has it shipped, tracking shows nothing, refund of a cancelled order, the other items of "
        "an order, how many orders are still on their way; a real damage complaint as contrast (a photo is "
        "asked). Generated by evals/generators/dialogue_classes_26.py from data/tau-retail.",
        "tags": ["dialogue-classes-26"],
        "customer": None,
        "cases": build(),
    }
    write_suite(OUT, suite)


if __name__ == "__main__":
    main()
