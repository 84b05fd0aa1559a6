"""Writes evals/suites/dialogue-classes-25.yaml: two requests in one message (fresh11 F3, blind-dev-multi-request),
in en/fr/es/de, wording written for this suite. Two writes (a cancellation and an address change of two pending
orders, a return and a cancellation), a write and a fact about an order (its total, its tracking number), a fact and
then a write, and a second request added in a later turn ("…and also…"); signed-in customers and guests (email +
order number + zip). Each write is done after its own yes: one yes never writes two things, a no to the first
still serves the second, and nothing is written twice. Order ids, item ids, totals, tracking ids and zips are looked
up in data/tau-retail, never typed.

Run: python -m evals.generators.dialogue_classes_25"""

from __future__ import annotations

import collections
from pathlib import Path
from typing import Any

import yaml

from evals.generators.case_builders import orders_after, text_turns, write_actions, writes_other_than
from evals.generators.checked_calls import call, tracking
from evals.generators.reply_words import LANGS
from evals.generators.tau_data import ORDERS, ROOT, USERS, write_suite

OUT = ROOT / "evals" / "suites" / "dialogue-classes-25.yaml"
# Blind development cases that pass once requests are queued, moved here unchanged from evals/gaps.
FROM_GAPS = Path(__file__).with_name("dialogue_classes_25_from_gaps.yaml")
# Customers of the blind multi-request development cases (evals/gaps): never reused here.
AVOID = {
    "noah_sanchez_2690",
    "mei_moore_8248",
    "aarav_thomas_2711",
    "ava_smith_1453",
    "noah_hernandez_4232",
    "mei_martin_4260",
    "sofia_muller_1555",
    "aarav_anderson_8794",
    "yusuf_khan_7091",
    "anya_taylor_1082",
}
STATUS_AFTER = {"return_delivered_order_items": "return requested", "cancel_pending_order": "cancelled"}
# Product kinds returned in these cases, named (with their article) as a customer would in each language.
NOUNS = {
    "Office Chair": {
        "en": "the office chair",
        "fr": "la chaise de bureau",
        "es": "la silla de oficina",
        "de": "den Bürostuhl",
    },
    "Desk Lamp": {"en": "the desk lamp", "fr": "la lampe de bureau", "es": "la lámpara", "de": "die Schreibtischlampe"},
    "Electric Kettle": {"en": "the kettle", "fr": "la bouilloire", "es": "el hervidor", "de": "den Wasserkocher"},
    "Bluetooth Speaker": {"en": "the speaker", "fr": "l'enceinte", "es": "el altavoz", "de": "den Lautsprecher"},
    "Mechanical Keyboard": {"en": "the keyboard", "fr": "le clavier", "es": "el teclado", "de": "die Tastatur"},
    "Hiking Boots": {
        "en": "the hiking boots",
        "fr": "les chaussures de randonnée",
        "es": "las botas de montaña",
        "de": "die Wanderschuhe",
    },
    "Bookshelf": {"en": "the bookshelf", "fr": "l'étagère", "es": "la estantería", "de": "das Bücherregal"},
    "Garden Hose": {
        "en": "the garden hose",
        "fr": "le tuyau d'arrosage",
        "es": "la manguera",
        "de": "den Gartenschlauch",
    },
    "Cycling Helmet": {"en": "the helmet", "fr": "le casque de vélo", "es": "el casco", "de": "den Fahrradhelm"},
    "Gaming Mouse": {"en": "the mouse", "fr": "la souris", "es": "el ratón", "de": "die Maus"},
    "Luggage Set": {"en": "the luggage set", "fr": "la valise", "es": "la maleta", "de": "den Koffer"},
    "Electric Toothbrush": {
        "en": "the toothbrush",
        "fr": "la brosse à dents",
        "es": "el cepillo de dientes",
        "de": "die Zahnbürste",
    },
    "Air Purifier": {
        "en": "the air purifier",
        "fr": "le purificateur d'air",
        "es": "el purificador de aire",
        "de": "den Luftreiniger",
    },
    "Patio Umbrella": {"en": "the patio umbrella", "fr": "le parasol", "es": "la sombrilla", "de": "den Sonnenschirm"},
    "Jigsaw Puzzle": {"en": "the puzzle", "fr": "le puzzle", "es": "el rompecabezas", "de": "das Puzzle"},
    "Dumbbell Set": {"en": "the dumbbells", "fr": "les haltères", "es": "las mancuernas", "de": "die Hanteln"},
    "Perfume": {"en": "the perfume", "fr": "le parfum", "es": "el perfume", "de": "das Parfüm"},
    "Portable Charger": {
        "en": "the power bank",
        "fr": "la batterie externe",
        "es": "la batería externa",
        "de": "die Powerbank",
    },
}
# New shipping addresses (invented; US format as the shop's orders use).
ADDRESSES = [
    ("418 Juniper Court, Apt 2, Boise, ID 83702", "83702"),
    ("77 Harbor View Road, Suite 9, Mobile, AL 36602", "36602"),
    ("1290 Elmwood Drive, Unit 4, Madison, WI 53703", "53703"),
    ("35 Quarry Lane, Apt 11, Burlington, VT 05401", "05401"),
    ("602 Prairie Street, Apt 1, Omaha, NE 68102", "68102"),
    ("81 Lighthouse Way, Unit 3, Portland, ME 04101", "04101"),
    ("2250 Canyon Road, Apt 7, Santa Fe, NM 87501", "87501"),
    ("19 Orchard Row, Suite 5, Lexington, KY 40507", "40507"),
]
# Words of each language the cases are written in (the customer's own, never the assistant's).
W: dict[str, dict[str, str]] = {
    "en": {
        "cancel_address": "two things please: cancel order {a}, I ordered it by mistake, and change the shipping "
        "address of order {b} to {addr}",
        "return_cancel": "i'd like to return {noun} from order {d} and also cancel order {a} because i no longer "
        "need it",
        "address_total": "could you send order {a} to {addr} instead? and what was the total of that order?",
        "total_cancel": "how much did I pay for order {b}? also please cancel order {a}, I don't need it anymore",
        "cancel_tracking": "cancel order {a} please, ordered it by mistake. and what's the tracking number for order "
        "{c}?",
        "first": "cancel order {a}, I don't need it anymore",
        "also": "oh and also, please return {noun} from order {d}",
        "guest": "{email}, order {a}, zip {zip}. please cancel {a}, it was a mistake, and ship order {b} to "
        "{addr} instead",
        "yes": "yes",
        "yes2": "yes please",
        "no": "no, keep that one",
        "bye": "thanks, that's all",
    },
    "fr": {
        "cancel_address": "deux choses : annulez la commande {a}, je l'ai commandée par erreur, et changez "
        "l'adresse de livraison de la commande {b} pour {addr}",
        "return_cancel": "je voudrais renvoyer {noun} de la commande {d} et aussi annuler la commande {a} car je "
        "n'en ai plus besoin",
        "address_total": "pouvez-vous livrer la commande {a} au {addr} ? et elle m'a coûté combien au total cette "
        "commande ?",
        "total_cancel": "combien j'ai payé pour la commande {b} ? et annulez aussi la commande {a}, je n'en ai "
        "plus besoin",
        "cancel_tracking": "annulez la commande {a} svp, commandée par erreur. et c'est quoi le numéro de suivi de "
        "la commande {c} ?",
        "first": "annulez la commande {a}, je n'en ai plus besoin",
        "also": "ah et aussi, je voudrais renvoyer {noun} de la commande {d}",
        "guest": "{email}, commande {a}, code postal {zip}. annulez {a} svp, c'était une erreur, et envoyez la "
        "commande {b} au {addr}",
        "yes": "oui",
        "yes2": "oui, allez-y",
        "no": "non, gardez celle-là",
        "bye": "merci, c'est tout",
    },
    "es": {
        "cancel_address": "dos cosas: cancelen el pedido {a}, lo pedí por error, y cambien la dirección de envío del "
        "pedido {b} a {addr}",
        "return_cancel": "quiero devolver {noun} del pedido {d} y también cancelar el pedido {a} porque ya no lo "
        "necesito",
        "address_total": "¿pueden mandar el pedido {a} a {addr}? ¿y cuánto fue el total de ese pedido?",
        "total_cancel": "¿cuánto pagué por el pedido {b}? y también cancelen el pedido {a}, ya no lo necesito",
        "cancel_tracking": "cancelen el pedido {a} por favor, lo pedí por error. ¿y cuál es el número de "
        "seguimiento del pedido {c}?",
        "first": "cancelen el pedido {a}, ya no lo necesito",
        "also": "ah, y también quiero devolver {noun} del pedido {d}",
        "guest": "{email}, pedido {a}, código postal {zip}. cancelen {a} por favor, fue un error, y manden el "
        "pedido {b} a {addr}",
        "yes": "sí",
        "yes2": "sí, adelante",
        "no": "no, ese déjalo",
        "bye": "gracias, eso es todo",
    },
    "de": {
        "cancel_address": "zwei Sachen: bitte die Bestellung {a} stornieren, die war ein Versehen, und die "
        "Lieferadresse der Bestellung {b} auf {addr} ändern",
        "return_cancel": "ich möchte {noun} aus der Bestellung {d} zurückgeben und außerdem die Bestellung {a} "
        "stornieren, ich brauche sie nicht mehr",
        "address_total": "können Sie die Bestellung {a} an {addr} schicken? und was hat die Bestellung insgesamt "
        "gekostet?",
        "total_cancel": "wie viel habe ich für die Bestellung {b} bezahlt? und bitte auch die Bestellung {a} "
        "stornieren, ich brauche sie nicht mehr",
        "cancel_tracking": "bitte die Bestellung {a} stornieren, aus Versehen bestellt. und wie lautet die "
        "Sendungsnummer der Bestellung {c}?",
        "first": "bitte die Bestellung {a} stornieren, ich brauche sie nicht mehr",
        "also": "ach und außerdem möchte ich {noun} aus der Bestellung {d} zurückgeben",
        "guest": "{email}, Bestellung {a}, PLZ {zip}. bitte {a} stornieren, war ein Versehen, und die Bestellung "
        "{b} an {addr} schicken",
        "yes": "ja",
        "yes2": "ja, bitte",
        "no": "nein, die lassen",
        "bye": "danke, das war alles",
    },
}


def orders_of(customer: str, status: str) -> list[str]:
    return [oid for oid in USERS[customer]["orders"] if ORDERS[oid]["status"] == status]


def total(oid: str) -> list[str]:
    paid = sum(p["amount"] for p in ORDERS[oid]["payment_history"] if p["transaction_type"] == "payment")
    return [f"{paid:.2f}", f"{paid:.2f}".replace(".", ",")]


def returnable(oid: str) -> dict[str, Any] | None:
    """An item of a delivered order whose kind is named in NOUNS and held once in that order (no other item of the
    order ends with the same word)."""
    kinds = collections.Counter(item["name"].split()[-1] for item in ORDERS[oid]["items"])
    for item in ORDERS[oid]["items"]:
        # "the kettle" would also name a Tea Kettle of the same order: only an item no other one shares a kind with
        if item["name"] in NOUNS and kinds[item["name"].split()[-1]] == 1:
            return item
    return None


class Customers:
    """Customers fitting each case, each used once in the suite."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def pick(self, pending: int, delivered: bool = False, processed: bool = False) -> str:
        for customer in USERS:
            if customer in self.used or customer in AVOID:
                continue
            if len(orders_of(customer, "pending")) < pending:
                continue
            if delivered and not any(returnable(o) for o in orders_of(customer, "delivered")):
                continue
            if processed and not any(tracking(o) for o in orders_of(customer, "processed")):
                continue
            self.used.add(customer)
            return customer
        raise LookupError((pending, delivered, processed))


def case(
    cid: str,
    lang: str,
    customer: str | None,
    turns: list[str],
    description: str,
    calls: list[dict[str, Any]],
    facts: list[list[str]] | None = None,
    statuses: dict[str, str] | None = None,
    mode: str = "strict",
) -> dict[str, Any]:
    expect: dict[str, Any] = {"actions": write_actions(calls, mode), "forbidden": writes_other_than(calls)}
    if orders := orders_after(calls, STATUS_AFTER, statuses):
        expect["store"] = {"orders": orders}
    if facts:
        expect["reply"] = {"facts": facts}
    user: dict[str, Any] = {"turns": text_turns(turns)}
    if customer:
        user = {"customer": customer, **user}
    return {
        "id": cid,
        "tags": [lang, "multi-request", cid.split("-", 1)[1]],
        "description": description,
        "user": user,
        "expect": expect,
    }


def language_cases(lang: str, who: Customers, n: int) -> list[dict[str, Any]]:
    w = W[lang]
    out = []
    addr, zip_ = ADDRESSES[(n * 2) % len(ADDRESSES)]
    addr2, zip2 = ADDRESSES[(n * 2 + 1) % len(ADDRESSES)]

    def two_pending() -> tuple[str, str, str]:
        c = who.pick(2)
        a, b = orders_of(c, "pending")[:2]
        return c, a, b

    def pending_and_delivered() -> tuple[str, str, str, dict[str, Any]]:
        c = who.pick(1, delivered=True)
        d = next(o for o in orders_of(c, "delivered") if returnable(o))
        return c, orders_of(c, "pending")[0], d, returnable(d)  # type: ignore[return-value]

    c, a, b = two_pending()
    out.append(
        case(
            f"{lang}-cancel-and-address",
            lang,
            c,
            [w["cancel_address"].format(a=a, b=b, addr=addr), w["yes"], w["yes"]],
            "a cancellation and another order's address change in one message: each proposed and written "
            "after its own yes, in the order asked",
            [
                call("cancel_pending_order", order_id=a, reason="ordered by mistake"),
                call("modify_pending_order_address", order_id=b, zip=zip_),
            ],
        )
    )
    c, a, b = two_pending()
    out.append(
        case(
            f"{lang}-one-yes-one-write",
            lang,
            c,
            [w["cancel_address"].format(a=a, b=b, addr=addr2), w["yes"]],
            "one yes writes the first request only; the second is proposed next (its order named), never "
            "written without a yes of its own",
            [call("cancel_pending_order", order_id=a)],
            facts=[[b, b.lstrip("#")]],
            statuses={b: "pending"},
        )
    )
    c, a, d, item = pending_and_delivered()
    out.append(
        case(
            f"{lang}-return-and-cancel",
            lang,
            c,
            [w["return_cancel"].format(noun=NOUNS[item["name"]][lang], d=d, a=a), w["yes"], w["yes2"]],
            "a return and a cancellation of another order: both written, each after its yes",
            [
                call("return_delivered_order_items", order_id=d, item_ids=[item["item_id"]]),
                call("cancel_pending_order", order_id=a, reason="no longer needed"),
            ],
        )
    )
    c, a, d, item = pending_and_delivered()
    out.append(
        case(
            f"{lang}-no-to-first-yes-to-second",
            lang,
            c,
            [w["return_cancel"].format(noun=NOUNS[item["name"]][lang], d=d, a=a), w["no"], w["yes"]],
            "a no to the first request leaves it undone and the second is still proposed and written",
            [call("cancel_pending_order", order_id=a)],
            statuses={d: "delivered"},
        )
    )
    c, a, d, item = pending_and_delivered()
    out.append(
        case(
            f"{lang}-both-done-once",
            lang,
            c,
            [w["return_cancel"].format(noun=NOUNS[item["name"]][lang], d=d, a=a), w["yes"], w["yes"], w["bye"]],
            "after both writes a closing word writes nothing again: each write exactly once",
            [
                call("return_delivered_order_items", order_id=d, item_ids=[item["item_id"]]),
                call("cancel_pending_order", order_id=a),
            ],
        )
    )
    c, a, _ = two_pending()
    out.append(
        case(
            f"{lang}-address-and-total",
            lang,
            c,
            [w["address_total"].format(a=a, addr=addr), w["yes"]],
            "an address change and the order's total asked in one message: the total said, the change "
            "written after the yes",
            [call("modify_pending_order_address", order_id=a, zip=zip_)],
            facts=[total(a)],
        )
    )
    c, a, b = two_pending()
    out.append(
        case(
            f"{lang}-total-then-cancel",
            lang,
            c,
            [w["total_cancel"].format(a=a, b=b), w["yes"]],
            "a fact asked first, then a cancellation: the total of the one order said, the other cancelled "
            "after the yes",
            [call("cancel_pending_order", order_id=a, reason="no longer needed")],
            facts=[total(b)],
            statuses={b: "pending"},
        )
    )
    c = who.pick(1, processed=True)
    a = orders_of(c, "pending")[0]
    p = next(o for o in orders_of(c, "processed") if tracking(o))
    out.append(
        case(
            f"{lang}-cancel-and-tracking",
            lang,
            c,
            [w["cancel_tracking"].format(a=a, c=p), w["yes"]],
            "a cancellation and another order's tracking number: the number said, the cancellation written "
            "after the yes",
            [call("cancel_pending_order", order_id=a, reason="ordered by mistake")],
            facts=[tracking(p)],
            statuses={p: "processed"},
        )
    )
    c, a, d, item = pending_and_delivered()
    out.append(
        case(
            f"{lang}-also-in-a-later-turn",
            lang,
            c,
            [w["first"].format(a=a), w["also"].format(noun=NOUNS[item["name"]][lang], d=d), w["yes"], w["yes"]],
            "a second request added while the first waits for its yes: kept, and proposed once the first is done",
            [
                call("cancel_pending_order", order_id=a),
                call("return_delivered_order_items", order_id=d, item_ids=[item["item_id"]]),
            ],
        )
    )
    c, a, b = two_pending()
    user = USERS[c]
    out.append(
        case(
            f"{lang}-guest-cancel-and-address",
            lang,
            None,
            [
                w["guest"].format(email=user["email"], a=a, zip=ORDERS[a]["address"]["zip"], b=b, addr=addr2),
                w["yes"],
                w["yes"],
            ],
            "a guest proves who they are and asks for two writes in the same message: both written, each after its yes",
            [
                call("cancel_pending_order", order_id=a, reason="ordered by mistake"),
                call("modify_pending_order_address", order_id=b, zip=zip2),
            ],
        )
    )
    return out


def main() -> None:
    who = Customers()
    cases = [c for n, lang in enumerate(LANGS) for c in language_cases(lang, who, n)]
    cases += yaml.safe_load(FROM_GAPS.read_text())["cases"]
    suite = {
        "suite": "dialogue-classes-25",
        "description": "multi12 (fresh11 F3, blind-dev-multi-request): two requests in one message - two writes, a "
        "write and a fact, a fact and a write - and a second request added a turn later; each write "
        "after its own yes, the second never lost, nothing written twice; signed-in customers and "
        "guests, en/fr/es/de. Expected values computed from data/tau-retail by "
        "evals/generators/dialogue_classes_25.py. Written first.",
        "tags": ["dialogue", "classes-25"],
        "customer": None,
        "cases": cases,
    }
    write_suite(OUT, suite)


if __name__ == "__main__":
    main()
