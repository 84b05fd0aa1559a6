"""Writes evals/suites/own-items-and-account.yaml (issue 17, conversation understanding): the customer's own item
named by its noun with a new value, and the account's own details, in en/fr/es/de.

(a) own item by noun: "la botella de agua que me llegó, cámbiamela a azul", "the speaker i'm still waiting on, could
    it come in red?", "die Trinkflasche aus meiner Bestellung bitte in Blau": no order number, often no verb of a
    swap; the noun (said in the customer's language, the product names are English) is grounded in the customer's
    own orders: an item change while the order is pending, an exchange once delivered.
(b) the account's own details: a new address from a customer with no open order (the account's default address
    is offered, written after a yes), the email and payment methods on file, the gift card's balance; a guest
    asking for a balance is told nothing before proving who they are.
(c) two questions in one message: where an order is and an account detail; both answered.

Order ids, item ids, variants, payment methods, emails, balances and statuses are looked up in data/tau-retail,
never typed; each case states only the words, the product kind and the colour wished for.

Run: python -m evals.generators.own_items_and_account"""

from __future__ import annotations

import hashlib
from typing import Any

from evals.generators.case_builders import (
    case_record,
    forbidden,
    orders_after,
    reply_checks,
    store_unchanged,
    text_turns,
    writes_expected,
)
from evals.generators.reply_words import LANGS
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, WRITES, write_suite

OUT = ROOT / "evals" / "suites" / "own-items-and-account.yaml"
OPEN = ("pending", "processed")
STATUS_AFTER = {"modify_pending_order_items": "pending (item modified)",
                "exchange_delivered_order_items": "exchange requested"}
# A product kind as customers name it: (noun, grammatical gender) per language (m/f/n; en has none).
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "Water Bottle": {"en": ("water bottle", ""), "fr": ("gourde", "f"), "es": ("botella de agua", "f"),
                     "de": ("Trinkflasche", "f")},
    "Bluetooth Speaker": {"en": ("speaker", ""), "fr": ("enceinte", "f"), "es": ("altavoz", "m"),
                          "de": ("Lautsprecher", "m")},
    "Cycling Helmet": {"en": ("bike helmet", ""), "fr": ("casque de vélo", "m"), "es": ("casco", "m"),
                       "de": ("Fahrradhelm", "m")},
    "Office Chair": {"en": ("office chair", ""), "fr": ("chaise de bureau", "f"), "es": ("silla de oficina", "f"),
                     "de": ("Bürostuhl", "m")},
    "Backpack": {"en": ("backpack", ""), "fr": ("sac à dos", "m"), "es": ("mochila", "f"), "de": ("Rucksack", "m")},
    "Electric Kettle": {"en": ("kettle", ""), "fr": ("bouilloire", "f"), "es": ("hervidor", "m"),
                        "de": ("Wasserkocher", "m")},
    "Desk Lamp": {"en": ("desk lamp", ""), "fr": ("lampe de bureau", "f"), "es": ("lámpara", "f"),
                  "de": ("Schreibtischlampe", "f")},
    "Patio Umbrella": {"en": ("patio umbrella", ""), "fr": ("parasol", "m"), "es": ("sombrilla", "f"),
                       "de": ("Sonnenschirm", "m")},
    "Bookshelf": {"en": ("bookshelf", ""), "fr": ("étagère", "f"), "es": ("estantería", "f"),
                  "de": ("Bücherregal", "n")},
    "Garden Hose": {"en": ("garden hose", ""), "fr": ("tuyau d'arrosage", "m"), "es": ("manguera", "f"),
                    "de": ("Gartenschlauch", "m")},
    "Electric Toothbrush": {"en": ("toothbrush", ""), "fr": ("brosse à dents", "f"), "es": ("cepillo de dientes", "m"),
                            "de": ("Zahnbürste", "f")},
    "Yoga Mat": {"en": ("yoga mat", ""), "fr": ("tapis de yoga", "m"), "es": ("esterilla", "f"),
                 "de": ("Yogamatte", "f")},
}
# Colour values of the catalog as said after "en"/"in" (fr, es, de), or as an adjective (es: masculine, feminine).
COLOURS = {
    "black": {"en": "black", "fr": "noir", "es": "negro", "de": "Schwarz", "es_adj": ("negro", "negra")},
    "white": {"en": "white", "fr": "blanc", "es": "blanco", "de": "Weiß", "es_adj": ("blanco", "blanca")},
    "blue": {"en": "blue", "fr": "bleu", "es": "azul", "de": "Blau", "es_adj": ("azul", "azul")},
    "red": {"en": "red", "fr": "rouge", "es": "rojo", "de": "Rot", "es_adj": ("rojo", "roja")},
    "green": {"en": "green", "fr": "vert", "es": "verde", "de": "Grün", "es_adj": ("verde", "verde")},
    "grey": {"en": "grey", "fr": "gris", "es": "gris", "de": "Grau", "es_adj": ("gris", "gris")},
    "gray": {"en": "gray", "fr": "gris", "es": "gris", "de": "Grau", "es_adj": ("gris", "gris")},
    "brown": {"en": "brown", "fr": "marron", "es": "marrón", "de": "Braun", "es_adj": ("marrón", "marrón")},
    "pink": {"en": "pink", "fr": "rose", "es": "rosa", "de": "Rosa", "es_adj": ("rosa", "rosa")},
}
ARTICLE = {"fr": {"m": "le", "f": "la"}, "es": {"m": "el", "f": "la"},
           "de": {"m": "den", "f": "die", "n": "das"}, "de_nom": {"m": "der", "f": "die", "n": "das"}}
POSSESSIVE = {"fr": {"m": "mon", "f": "ma"}, "es": {"m": "mi", "f": "mi"},
              "de": {"m": "mein", "f": "meine", "n": "mein"}}
PRONOUN = {"fr": {"m": "le", "f": "la"}, "es": {"m": "lo", "f": "la"}}
# New addresses (invented; US format as the shop's accounts use).
ADDRESSES = [
    ("418 Juniper Court", "Apt 2", "Boise", "ID", "83702"),
    ("77 Harbor View Road", "Suite 9", "Mobile", "AL", "36602"),
    ("1290 Elmwood Drive", "Unit 4", "Madison", "WI", "53703"),
    ("602 Prairie Street", "Apt 1", "Omaha", "NE", "68102"),
]
STATUS_WORDS = {"delivered": {"en": "delivered", "fr": "livrée", "es": "entregado", "de": "zugestellt"},
                "pending": {"en": "pending", "fr": "en attente", "es": "pendiente", "de": "offen"}}
# What a guest is asked for before any account detail (the production rule: email + order number + zip).
ASKS_PROOF = {"en": ["email"], "fr": ["e-mail", "email", "courriel"], "es": ["correo", "email"],
              "de": ["E-Mail", "email"]}


def _rank(key: str) -> str:
    """A stable order of customers that is not the data's (so cases do not all take the first ones)."""
    return hashlib.sha256(key.encode()).hexdigest()


USED: set[str] = set()


def _live_items(customer: str) -> list[tuple[str, dict[str, Any]]]:
    return [(oid, item) for oid in USERS[customer]["orders"] if ORDERS[oid]["status"] != "cancelled"
            for item in ORDERS[oid]["items"]]


def _variant(item: dict[str, Any], colour: str) -> dict[str, Any] | None:
    wanted = {**item["options"], "color": colour}
    found = [v for v in PRODUCTS[item["product_id"]]["variants"].values() if v["options"] == wanted and v["available"]]
    return found[0] if len(found) == 1 else None


def own_item(product: str, status: str, salt: str) -> dict[str, Any]:
    """A customer (one saved method, no gift card: no question of which method pays) holding exactly one item of
    `product` in their live orders, in an order of `status`, whose product has another colour available."""
    for customer in sorted(USERS, key=lambda c: _rank(salt + c)):
        methods = list(USERS[customer]["payment_methods"].values())
        if customer in USED or len(methods) != 1 or methods[0]["source"] == "gift_card":
            continue
        held = [(oid, item) for oid, item in _live_items(customer) if item["name"] == product]
        if len(held) != 1 or ORDERS[held[0][0]]["status"] != status:
            continue
        oid, item = held[0]
        for colour in COLOURS:
            new = _variant(item, colour) if colour != item["options"].get("color") else None
            if new is not None:
                USED.add(customer)
                tool = "modify_pending_order_items" if status == "pending" else "exchange_delivered_order_items"
                return {"customer": customer, "order_id": oid, "item": item, "colour": colour,
                        "write": {"name": tool, "arguments": {
                            "order_id": oid, "item_ids": [item["item_id"]], "new_item_ids": [new["item_id"]],
                            "payment_method_id": methods[0]["id"]}}}
    raise AssertionError((product, status))


def account_holder(salt: str, *, open_orders: bool | None = None, gift_card: bool = False,
                   orders: int | None = None) -> str:
    """A customer with (or without) open orders, a gift card, or exactly `orders` live orders."""
    for customer in sorted(USERS, key=lambda c: _rank(salt + c)):
        user = USERS[customer]
        live = [oid for oid in user["orders"] if ORDERS[oid]["status"] != "cancelled"]
        has_open = any(ORDERS[oid]["status"] in OPEN for oid in live)
        has_card = any(m["source"] == "gift_card" for m in user["payment_methods"].values())
        if customer in USED or not live or (open_orders is not None and has_open != open_orders):
            continue
        if (gift_card and not has_card) or (orders is not None and len(live) != orders):
            continue
        USED.add(customer)
        return customer
    raise AssertionError(salt)


def balance(customer: str) -> list[str]:
    cards = [m for m in USERS[customer]["payment_methods"].values() if m["source"] == "gift_card"]
    assert len(cards) == 1, customer
    amount = float(cards[0]["balance"])
    return [f"{amount:.2f}", f"{amount:.2f}".replace(".", ",")]


def method_words(customer: str) -> list[list[str]]:
    """Each saved method as a reply names it: a card by its last four digits, else its kind."""
    facts = []
    for method in USERS[customer]["payment_methods"].values():
        if method["source"] == "credit_card":
            facts.append([method["last_four"]])
        elif method["source"] == "paypal":
            facts.append(["PayPal"])
    return facts


def case(cid: str, lang: str, klass: str, customer: str | None, turns: list[str], description: str, *,
         write: dict[str, Any] | None = None, facts: list[list[str]] | None = None,
         must_not_say: list[str] | None = None) -> dict[str, Any]:
    expect: dict[str, Any]
    if write is not None:
        orders = orders_after([write], STATUS_AFTER)
        expect = writes_expected([write], store={"orders": orders} if orders else None)
    else:
        expect = {"store": store_unchanged(), "forbidden": forbidden(WRITES)}
    if reply := reply_checks(facts, must_not_say):
        expect["reply"] = reply
    return case_record(cid, [lang, klass], description, customer, text_turns(turns), expect)


YES = {"en": "yes please", "fr": "oui, allez-y", "es": "sí, adelante", "de": "ja, bitte"}


def _c(spec: dict[str, Any], lang: str) -> str:
    return COLOURS[spec["colour"]][lang]


def _now(spec: dict[str, Any]) -> str:
    return str(spec["item"]["options"].get("color", ""))


def own_item_cases(lang: str, specs: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """Three cases per language: each (product, status, wording) names the customer's item by its noun."""
    out = []
    for n, (product, status, wording) in enumerate(specs, 1):
        spec = own_item(product, status, f"{lang}-{n}")
        noun, gender = NOUNS[product][lang]
        colour = _c(spec, lang)
        words = {
            "noun": noun, "colour": colour,
            "art": ARTICLE.get(lang, {}).get(gender, "the"), "poss": POSSESSIVE.get(lang, {}).get(gender, "my"),
            "pron": PRONOUN.get(lang, {}).get(gender, "it"), "nom": ARTICLE["de_nom"].get(gender, ""),
            "now_adj": COLOURS.get(_now(spec), {}).get("es_adj", ("", ""))[gender == "f"] if lang == "es" else "",
            "now": _now(spec),
        }
        text = wording.format(**words)
        kind = "exchange" if status == "delivered" else "change"
        out.append(case(f"{lang}-own-item-{n}", lang, "own-item-by-noun", spec["customer"], [text, YES[lang]],
                        f"{product} colour {_now(spec)} -> {spec['colour']} ({status}: {kind}), named by its noun "
                        f"'{noun}', no order number", write=spec["write"]))
    return out


OWN_ITEM_WORDINGS = {
    "en": [("Bluetooth Speaker", "pending", "the {noun} i'm still waiting on, could it come in {colour}?"),
           ("Water Bottle", "delivered", "got the {noun} from my order last week, {colour} would be better"),
           ("Office Chair", "pending", "my {now} {noun} that hasn't shipped: {colour} one please")],
    "fr": [("Water Bottle", "pending", "{poss} {noun} pas encore livrée, en {colour} ce serait possible ?"),
           ("Cycling Helmet", "delivered", "{art} {noun} de ma commande, je {pron} voudrais en {colour}"),
           ("Backpack", "pending", "pour {poss} {noun} en attente : en {colour} svp")],
    "es": [("Water Bottle", "delivered", "{art} {noun} {now_adj} que me llegó cámbiame{pron} a {colour}"),
           ("Bluetooth Speaker", "pending", "{poss} {noun} que todavía no ha salido, ¿me {pron} mandan en {colour}?"),
           ("Office Chair", "pending", "{art} {noun} de mi pedido en {colour}, por favor")],
    "de": [("Bluetooth Speaker", "pending", "{art} {noun} aus meiner Bestellung bitte in {colour}"),
           ("Cycling Helmet", "delivered", "{nom} {noun}, den ich bekommen habe – gibt's den auch in {colour}?"),
           ("Water Bottle", "pending", "{poss} {noun} ist noch nicht verschickt, lieber in {colour}")],
}


def address_case(lang: str, n: int, wording: str) -> dict[str, Any]:
    customer = account_holder(f"address-{lang}-{n}", open_orders=False)
    street, unit, city, state, zip_code = ADDRESSES[LANGS.index(lang)]
    said = f"{street}, {unit}, {city}, {state} {zip_code}"
    write = {"name": "modify_customer_address", "arguments": {"address1": street, "address2": unit, "city": city,
                                                              "state": state, "country": "USA", "zip": zip_code}}
    return case(f"{lang}-account-address-{n}", lang, "account-details", customer,
                [wording.format(address=said), YES[lang]],
                "a new address from a customer with no open order: the account's default address, after a yes",
                write=write)


ACCOUNT_WORDS = {
    "en": {"address": "I moved - my new address is {address}", "email": "which email do you have on file for me?",
           "methods": "what payment methods do I have saved with you?",
           "guest": "hi, what's the balance on my gift card?"},
    "fr": {"address": "pouvez-vous mettre à jour mon adresse : {address}",
           "email": "vous avez quel e-mail pour moi ?", "gift": "il me reste combien sur ma carte cadeau ?",
           "guest": "bonjour, quel est le solde de ma carte cadeau ?"},
    "es": {"address": "me mudé, mi nueva dirección es {address}",
           "email": "¿qué correo electrónico tienen registrado en mi cuenta?",
           "methods": "¿qué métodos de pago tengo guardados?",
           "guest": "hola, ¿cuánto saldo tiene mi tarjeta regalo?"},
    "de": {"address": "bitte meine Adresse auf {address} ändern",
           "email": "welche E-Mail-Adresse ist bei mir hinterlegt?",
           "gift": "wie viel Guthaben ist noch auf meiner Geschenkkarte?",
           "guest": "hallo, wie hoch ist das Guthaben auf meiner Geschenkkarte?"},
}


def account_cases(lang: str) -> list[dict[str, Any]]:
    words = ACCOUNT_WORDS[lang]
    out = [address_case(lang, 1, words["address"])]
    who = account_holder(f"email-{lang}")
    out.append(case(f"{lang}-account-email", lang, "account-details", who, [words["email"]],
                    "the email on file, from the session's own record", facts=[[USERS[who]["email"]]]))
    if "methods" in words:
        who = account_holder(f"methods-{lang}")
        out.append(case(f"{lang}-account-methods", lang, "account-details", who, [words["methods"]],
                        "the saved payment methods, from the session's own record", facts=method_words(who)))
    else:
        who = account_holder(f"gift-{lang}", gift_card=True)
        out.append(case(f"{lang}-account-gift-card", lang, "account-details", who, [words["gift"]],
                        "the gift card's balance, from the session's own record", facts=[balance(who)]))
    owner = account_holder(f"guest-{lang}", gift_card=True)
    out.append(case(f"{lang}-account-guest", lang, "account-details", None, [words["guest"]],
                    f"a guest asks for a gift card balance: who they are is asked first ({owner}'s balance never "
                    "said)", facts=[ASKS_PROOF[lang]], must_not_say=balance(owner)))
    return out


TWO_WORDS = {
    "en": ["where is my order and what's my gift card balance?",
           "what payment methods do I have on file, and has order {oid} shipped yet?"],
    "fr": ["où en est ma commande ? et quel est le solde de ma carte cadeau ?",
           "quels moyens de paiement j'ai enregistrés, et la commande {oid} est-elle partie ?"],
    "es": ["¿dónde está mi pedido y cuánto saldo me queda en la tarjeta regalo?",
           "¿qué métodos de pago tengo guardados? ¿y el pedido {oid} ya salió?"],
    "de": ["wo ist meine Bestellung und wie viel Guthaben hat meine Geschenkkarte noch?",
           "welche Zahlungsarten habe ich hinterlegt und ist die Bestellung {oid} schon unterwegs?"],
}


def two_question_cases(lang: str) -> list[dict[str, Any]]:
    first, second = TWO_WORDS[lang]
    who = account_holder(f"two-{lang}-1", gift_card=True, orders=1)
    oid = next(o for o in USERS[who]["orders"] if ORDERS[o]["status"] != "cancelled")
    status = ORDERS[oid]["status"]
    facts = [[oid], balance(who)] + ([[STATUS_WORDS[status][lang]]] if status in STATUS_WORDS else [])
    out = [case(f"{lang}-two-questions-1", lang, "two-questions", who, [first],
                f"where the one order is ({status}) and the gift card's balance, both answered", facts=facts)]
    who = account_holder(f"two-{lang}-2", orders=2)
    oid = sorted(o for o in USERS[who]["orders"] if ORDERS[o]["status"] in STATUS_WORDS)[0]
    status = ORDERS[oid]["status"]
    out.append(case(f"{lang}-two-questions-2", lang, "two-questions", who, [second.format(oid=oid)],
                    f"the saved methods and whether order {oid} ({status}) shipped, both answered",
                    facts=[*method_words(who), [STATUS_WORDS[status][lang]]]))
    return out


def main() -> None:
    cases = []
    for lang in LANGS:
        cases += own_item_cases(lang, OWN_ITEM_WORDINGS[lang])
        cases += account_cases(lang)
        cases += two_question_cases(lang)
    suite = {
        "suite": "own-items-and-account",
        "description": "The customer's own item named by its noun with a new value (an item change or an exchange), "
        "the account's own details (default address offered when no order is open, email, methods, gift card), "
        "and two questions in one message; en/fr/es/de. Ids from data/tau-retail "
        "(evals/generators/own_items_and_account.py).",
        "tags": ["own-items-and-account"],
        "customer": None,
        "guest_rule": "order_proof",
        "cases": cases,
    }
    write_suite(OUT, suite)
    print(f"{len(cases)} cases -> {OUT}")


if __name__ == "__main__":
    main()
