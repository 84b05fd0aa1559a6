"""Writes evals/suites/dialogue-classes-21.yaml: order conversations of the classes blind v8 still failed (read in
aggregate): a yes that names a payment method (another allowed one, one the policy rules out, or the one proposed
in words of its own); a write and a status question in one message; a change of mind from one request to another
(swap → refund, return → exchange, cancellation → one item changed); an item told apart from its namesakes by an
option value. Order ids, item ids, new variants, payment methods and tracking ids are looked up in data/tau-retail
(or the demo shop), never typed; each case states only the customer, the words and which item/option it means.

Run: python -m evals.generators.dialogue_classes_21"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import (
    case_record,
    orders_after,
    reply_checks,
    text_turns,
    write_actions,
    writes_other_than,
)
from evals.generators.case_builders import forbidden as forbidden_tools
from evals.generators.checked_calls import call, order_holding, paid_with, saved_method, tracking, variant_with
from evals.generators.tau_data import ORDERS, ROOT, USERS, WRITES, write_cases

OUT = ROOT / "evals" / "suites" / "dialogue-classes-21.yaml"
# The demo shop (tools/demo_shop.py): its orders and methods, as the store holds them.
DEMO = {
    "demo_mia_novak": {
        "methods": {"visa": "credit_card_9000001", "gift_card": "gift_card_9000001"},
        "orders": {"#D9000001": ["MH01-M-Black", "WS03-S-Blue"]},
        "paid": "credit_card_9000001",
    },
    "demo_leo_martin": {
        "methods": {"paypal": "paypal_9000002"},
        "orders": {"#D9000003": ["MP01-32-Black"]},
        "paid": "paypal_9000002",
    },
}
STATUS_AFTER = {
    "return_delivered_order_items": "return requested",
    "exchange_delivered_order_items": "exchange requested",
    "cancel_pending_order": "cancelled",
}


def variant(item: dict[str, Any], **change: str) -> str:
    return str(variant_with(item, {k.replace("_", " "): v for k, v in change.items()})["item_id"])


def case(
    cid: str,
    lang: str,
    customer: str,
    turns: list[str],
    description: str,
    calls: list[dict[str, Any]],
    forbidden: list[str] | None = None,
    facts: list[list[str]] | None = None,
    must_not_say: list[str] | None = None,
    statuses: dict[str, str] | None = None,
) -> dict[str, Any]:
    expect: dict[str, Any] = {
        "actions": write_actions(calls),
        "forbidden": writes_other_than(calls) if forbidden is None else forbidden_tools(forbidden),
    }
    if orders := orders_after(calls, STATUS_AFTER, statuses):
        expect["store"] = {"orders": orders}
    if reply := reply_checks(facts, must_not_say):
        expect["reply"] = reply
    return case_record(cid, [lang, cid.split("-")[1]], description, customer, text_turns(turns), expect)


CLEAR = {"en": "clear yes or no", "fr": "oui ou un non clair", "es": "sí o un no claro", "de": "klares Ja oder Nein"}
# Where a refund may go, said when the customer names a method it cannot go to (the reply names the original one).
ORIGINAL = {
    "en": ["original payment method"],
    "fr": ["moyen de paiement d'origine"],
    "es": ["método de pago original"],
    "de": ["ursprüngliche Zahlungsmittel"],
}


def ret(customer: str, name: str, source: str | None = None, **options: str) -> dict[str, Any]:
    oid, item = order_holding(customer, name, **options)
    pm = saved_method(customer, source) if source else paid_with(oid)
    return call("return_delivered_order_items", order_id=oid, item_ids=[item["item_id"]], payment_method_id=pm)


def swap(
    customer: str, name: str, change: dict[str, str], source: str | None = None, options: dict[str, str] | None = None
) -> dict[str, Any]:
    oid, item = order_holding(customer, name, **(options or {}))
    tool = "modify_pending_order_items" if ORDERS[oid]["status"] == "pending" else "exchange_delivered_order_items"
    pm = saved_method(customer, source) if source else paid_with(oid)
    return call(
        tool, order_id=oid, item_ids=[item["item_id"]], new_item_ids=[variant(item, **change)], payment_method_id=pm
    )


def cancel(customer: str, name: str, reason: str | None = None) -> dict[str, Any]:
    oid, _ = order_holding(customer, name)
    return call("cancel_pending_order", order_id=oid, **({"reason": reason} if reason else {}))


def other_order(customer: str, name: str) -> tuple[str, list[list[str]]]:
    """The order a status question names, and the reply fact that answers it (tracking id, or its status)."""
    oid, _ = order_holding(customer, name)
    ids = tracking(oid)
    return oid, [ids] if ids else [[oid.lstrip("#")]]


def consent_cases() -> list[dict[str, Any]]:
    """A yes that names a payment method: another method the policy allows (a gift card) is written; one it rules
    out is explained (where the refund can go) and the proposal asked again; the proposed one, said in words of
    its own ("gift card is fine, go"), is a yes."""
    out = [
        case(
            "en-consent-refund-to-gift-card",
            "en",
            "demo_mia_novak",
            ["I'd like to return the iris top", "ok, to the gift card please"],
            "a yes naming the gift card (allowed for a refund) writes the return with it",
            [
                call(
                    "return_delivered_order_items",
                    order_id="#D9000001",
                    item_ids=["WS03-S-Blue"],
                    payment_method_id="gift_card_9000001",
                )
            ],
            must_not_say=[CLEAR["en"]],
        ),
        case(
            "fr-consent-refund-to-gift-card",
            "fr",
            "chen_silva_7485",
            ["je voudrais renvoyer le skateboard", "d'accord, remboursez sur la carte cadeau"],
            "oui + la carte cadeau: le retour écrit avec la carte cadeau",
            [ret("chen_silva_7485", "Skateboard", "gift_card")],
            must_not_say=[CLEAR["fr"]],
        ),
        case(
            "es-consent-refund-to-gift-card",
            "es",
            "mia_johansson_7000",
            ["quiero devolver la esterilla de yoga", "vale, a la tarjeta regalo"],
            "vale + la tarjeta regalo: la devolución con la tarjeta regalo",
            [ret("mia_johansson_7000", "Yoga Mat", "gift_card")],
            must_not_say=[CLEAR["es"]],
        ),
        case(
            "de-consent-refund-to-gift-card",
            "de",
            "sophia_lee_8294",
            ["ich möchte die sonnenbrille zurückgeben", "ok, aber bitte auf die Geschenkkarte"],
            "ok + Geschenkkarte: die Rücksendung mit der Geschenkkarte",
            [ret("sophia_lee_8294", "Sunglasses", "gift_card")],
            must_not_say=[CLEAR["de"]],
        ),
    ]
    ruled_out = [  # (lang, customer, item, turns)
        (
            "en",
            "fatima_anderson_6252",
            "Bookshelf",
            ["i want to send back the bookshelf", "yes, refund it to my mastercard", "ok, yes"],
        ),
        (
            "fr",
            "noah_wilson_6623",
            "Headphones",
            ["je renvoie le casque audio", "oui, mais sur ma mastercard", "bon d'accord, oui"],
        ),
        (
            "es",
            "omar_anderson_3203",
            "Wall Clock",
            ["quiero devolver el reloj de pared", "sí, a mi paypal", "vale, sí"],
        ),
        (
            "de",
            "yara_moore_6466",
            "Bluetooth Speaker",
            ["ich will den bluetooth-lautsprecher zurückschicken", "ja, auf die mastercard", "na gut, ja"],
        ),
    ]
    for lang, customer, name, turns in ruled_out:
        out.append(
            case(
                f"{lang}-consent-refund-method-ruled-out",
                lang,
                customer,
                turns,
                "a yes naming a method a refund cannot go to: where it can go is said (never 'a clear yes or "
                "no'), the proposal asked again; the next yes refunds to the original method",
                [ret(customer, name)],
                facts=[ORIGINAL[lang]],
                must_not_say=[CLEAR[lang]],
            )
        )
    proposed = [
        (
            "en",
            "aarav_sanchez_6636",
            "Cycling Helmet",
            ["the bike helmet has to go back", "gift card is fine, go ahead"],
        ),
        (
            "fr",
            "daiki_patel_5953",
            "Bluetooth Speaker",
            ["je veux retourner l'enceinte bluetooth", "paypal ça me va, allez-y"],
        ),
        (
            "es",
            "daiki_davis_5031",
            "Hiking Boots",
            ["quiero devolver las botas de montaña", "a la tarjeta regalo está bien, dale"],
        ),
        ("de", "harper_ito_4653", "Tablet", ["das tablet geht zurück", "paypal passt, mach ruhig"]),
    ]
    for lang, customer, name, turns in proposed:
        out.append(
            case(
                f"{lang}-consent-proposed-method-in-own-words",
                lang,
                customer,
                turns,
                "the proposed (only) method said to be fine, with a go: a yes",
                [ret(customer, name)],
                must_not_say=[CLEAR[lang]],
            )
        )
    return out


def multi_request_cases() -> list[dict[str, Any]]:
    """A write and a status question about another order in one message: the proposal, and the other order's
    status or tracking said beside it; the yes writes; the other order is untouched."""
    specs = [
        (
            "en",
            "noah_li_2316",
            ret("noah_li_2316", "Pet Bed"),
            "Cycling Helmet",
            ["i want to return the pet bed, and has my order with the helmet shipped yet?", "yes"],
        ),
        (
            "en",
            "raj_martin_9275",
            cancel("raj_martin_9275", "Gaming Mouse", "ordered by mistake"),
            "Tea Kettle",
            [
                "cancel the order with the gaming mouse please, i ordered it by mistake. also what's the tracking "
                "number for my tea kettle?",
                "yes",
            ],
        ),
        (
            "fr",
            "yara_sanchez_9145",
            ret("yara_sanchez_9145", "Smart Thermostat"),
            "Wristwatch",
            ["je voudrais retourner le thermostat. et ma montre, elle est partie ?", "oui"],
        ),
        (
            "fr",
            "yusuf_li_7255",
            cancel("yusuf_li_7255", "Bluetooth Speaker", "no longer needed"),
            "Skateboard",
            [
                "annulez la commande avec l'enceinte bluetooth, je n'en ai plus besoin. c'est quoi le numéro de "
                "suivi du skateboard ?",
                "oui",
            ],
        ),
        (
            "fr",
            "evelyn_patel_8882",
            swap("evelyn_patel_8882", "Fleece Jacket", {"size": "L"}),
            "Tea Kettle",
            ["passez la veste polaire en taille L svp. et la commande avec la bouilloire, elle est expédiée ?", "oui"],
        ),
        (
            "es",
            "daiki_moore_8567",
            ret("daiki_moore_8567", "Mechanical Keyboard"),
            "Action Camera",
            ["quiero devolver el teclado mecánico. ¿y ya mandaron la cámara deportiva?", "sí"],
        ),
        (
            "es",
            "mei_martin_4260",
            cancel("mei_martin_4260", "Bicycle", "ordered by mistake"),
            "Jigsaw Puzzle",
            ["cancela el pedido de la bici, lo pedí por error. y pásame el número de seguimiento del puzzle", "sí"],
        ),
        (
            "es",
            "harper_ito_4653",
            swap("harper_ito_4653", "Cycling Helmet", {"size": "M"}),
            None,
            ["cámbiame el casco por una talla M, y dime si ya salieron las zapatillas de correr", "sí"],
        ),
        (
            "de",
            "yara_li_8961",
            ret("yara_li_8961", "Luggage Set"),
            "Laptop",
            ["ich schick das kofferset zurück. ist der laptop eigentlich schon verschickt?", "ja"],
        ),
        (
            "de",
            "chen_johnson_4204",
            cancel("chen_johnson_4204", "Office Chair", "no longer needed"),
            "Hiking Boots",
            [
                "bitte die bestellung mit dem bürostuhl stornieren, brauch ich nicht mehr. und wo bleiben meine "
                "wanderschuhe?",
                "ja",
            ],
        ),
        (
            "de",
            "mia_nguyen_6399",
            swap("mia_nguyen_6399", "Cycling Helmet", {"size": "M"}),
            "Jigsaw Puzzle",
            ["den fahrradhelm bitte in M statt L, und ist die bestellung mit dem puzzle schon unterwegs?", "ja"],
        ),
    ]
    out = [
        case(
            "en-multi-request-return-and-other-order",
            "en",
            "demo_leo_martin",
            ["I'd like to send back the pants. Oh and is my other order on its way?", "yes"],
            "a return and the other order's status in one message: both answered, the yes returns the pants",
            [
                call(
                    "return_delivered_order_items",
                    order_id="#D9000003",
                    item_ids=["MP01-32-Black"],
                    payment_method_id="paypal_9000002",
                )
            ],
            facts=[["1Z9000004US"]],
            statuses={"#D9000004": "processed"},
        )
    ]
    for lang, customer, write, other_name, turns in specs:
        if other_name is None:  # harper_ito_4653's running shoes: the only other order, still pending
            other, facts = (
                order_holding(customer, "Running Shoes")[0],
                [[order_holding(customer, "Running Shoes")[0][1:]], ["pendiente", "no ha salido", "todavía no"]],
            )
        else:
            other, facts = other_order(customer, other_name)
        kind = write["name"].split("_")[0]
        out.append(
            case(
                f"{lang}-multi-request-{kind}-{customer.split('_')[0]}",
                lang,
                customer,
                turns,
                "a write and another order's status asked in one message: the status said beside the "
                "proposal, the yes writes, the other order untouched",
                [write],
                facts=facts,
                statuses={other: ORDERS[other]["status"]},
            )
        )
    return out


def change_of_mind_cases() -> list[dict[str, Any]]:
    """A change of mind from one request to another: a swap becomes a refund, a return becomes an exchange for
    another variant, a cancellation becomes one item changed; the yes writes the new request only."""
    out = [
        case(
            "en-mind-swap-to-refund",
            "en",
            "demo_mia_novak",
            ["can I swap the hoodie for a large", "hmm no, just give me my money back instead", "yes"],
            "a swap, then a refund asked instead: the hoodie's return, never the exchange",
            [
                call(
                    "return_delivered_order_items",
                    order_id="#D9000001",
                    item_ids=["MH01-M-Black"],
                    payment_method_id="credit_card_9000001",
                )
            ],
        ),
        case(
            "fr-mind-swap-to-refund",
            "fr",
            "daiki_patel_5953",
            [
                "je voudrais échanger le casque de vélo contre un blanc",
                "finalement non, remboursez-le moi plutôt",
                "oui",
            ],
            "un échange, puis un remboursement à la place: le retour du casque",
            [ret("daiki_patel_5953", "Cycling Helmet")],
        ),
        case(
            "es-mind-swap-to-refund",
            "es",
            "aarav_davis_5411",
            ["quiero cambiar la camiseta roja por una negra", "mejor no, devuélveme el dinero a paypal", "sí"],
            "un cambio, luego el reembolso a paypal: la devolución de la camiseta",
            [ret("aarav_davis_5411", "T-Shirt", "paypal")],
        ),
        case(
            "de-mind-swap-to-refund",
            "de",
            "evelyn_davis_7541",
            ["kann ich die trinkflasche gegen eine grüne tauschen?", "ach nee, erstattet mir lieber das geld", "ja"],
            "ein Umtausch, dann lieber das Geld zurück: die Rücksendung der Flasche",
            [ret("evelyn_davis_7541", "Water Bottle")],
        ),
        case(
            "en-mind-return-to-exchange",
            "en",
            "isabella_johansson_7408",
            [
                "i want to return the hiking boots",
                "actually, could i exchange them for the same ones in a size 8?",
                "yes",
            ],
            "a return, then an exchange for size 8 asked instead: the exchange, never the return",
            [swap("isabella_johansson_7408", "Hiking Boots", {"size": "8"})],
        ),
        case(
            "fr-mind-return-to-exchange",
            "fr",
            "ivan_rossi_9776",
            ["je veux renvoyer les chaussures de randonnée", "ou plutôt les échanger contre du 7", "oui, carte cadeau"],
            "un retour, puis un échange en 7: l'échange payé par la carte cadeau, jamais le retour",
            [swap("ivan_rossi_9776", "Hiking Boots", {"size": "7"}, "gift_card")],
        ),
        case(
            "es-mind-return-to-exchange",
            "es",
            "isabella_sanchez_2068",
            ["quiero devolver las botas de montaña", "o mejor cámbiamelas por una talla 9", "sí"],
            "una devolución, luego un cambio a la talla 9: el cambio, nunca la devolución",
            [swap("isabella_sanchez_2068", "Hiking Boots", {"size": "9"})],
        ),
        case(
            "de-mind-return-to-exchange",
            "de",
            "aarav_moore_6923",
            [
                "ich möchte die trinkflasche zurückgeben",
                "hm, oder lieber umtauschen gegen die gleiche aus edelstahl",
                "ja",
            ],
            "eine Rücksendung, dann Umtausch gegen die aus Edelstahl: der Umtausch, nie die Rücksendung",
            [swap("aarav_moore_6923", "Water Bottle", {"material": "stainless steel"})],
        ),
        case(
            "en-mind-cancel-to-item-change",
            "en",
            "noah_patel_6952",
            [
                "cancel the order with the office chair and the helmet",
                "wait no, keep the order, just make the helmet blue instead of red",
                "yes",
            ],
            "a cancellation, then one item changed instead: the helmet's change, never the cancellation",
            [swap("noah_patel_6952", "Cycling Helmet", {"color": "blue"})],
        ),
        case(
            "fr-mind-cancel-to-item-change",
            "fr",
            "anya_ahmed_2271",
            [
                "annulez ma commande avec le casque de vélo et la caméra",
                "non attendez, gardez tout, changez seulement le casque en noir",
                "oui",
            ],
            "une annulation, puis un seul article changé: le casque en noir, jamais l'annulation",
            [swap("anya_ahmed_2271", "Cycling Helmet", {"color": "black"})],
        ),
        case(
            "es-mind-cancel-to-item-change",
            "es",
            "isabella_johansson_7408",
            [
                "cancela el pedido de la manguera y la camiseta",
                "no, espera, mejor déjalo y solo cambia la camiseta a talla XL",
                "sí",
            ],
            "una cancelación, luego solo la camiseta a XL: el cambio, nunca la cancelación",
            [swap("isabella_johansson_7408", "T-Shirt", {"size": "XL"})],
        ),
        case(
            "de-mind-cancel-to-item-change",
            "de",
            "omar_silva_9907",
            [
                "storniere bitte die bestellung mit den laufschuhen und dem wasserkocher",
                "nee warte, lass sie, mach nur die laufschuhe in gelb statt schwarz",
                "ja",
            ],
            "eine Stornierung, dann nur die Laufschuhe in Gelb: die Änderung, nie die Stornierung",
            [swap("omar_silva_9907", "Running Shoes", {"color": "yellow"})],
        ),
    ]
    return out


def told_apart_cases() -> list[dict[str, Any]]:
    """An item told apart from its namesakes (in other orders or the same one) by an option value: that order's
    status, or that item's return, never a list of every order or the other item."""
    out = []
    status_specs = [
        (
            "en",
            "isabella_sanchez_2068",
            "Bluetooth Speaker",
            {"color": "black"},
            "where's my black bluetooth speaker at?",
            ["pending", "not shipped", "not yet"],
        ),
        ("fr", "mei_li_2872", "Wireless Earbuds", {"color": "white"}, "où en sont mes écouteurs blancs ?", []),
        (
            "es",
            "amelia_patel_7834",
            "Sunglasses",
            {"frame_color": "black"},
            "¿en qué estado están las gafas de sol de montura negra?",
            ["pendiente"],
        ),
        (
            "de",
            "ava_kovacs_3448",
            "Skateboard",
            {"length": "31 inch"},
            "ist das 31-zoll-skateboard schon unterwegs?",
            ["offen", "noch nicht"],
        ),
    ]
    for lang, customer, name, options, text, words in status_specs:
        oid, _ = order_holding(customer, name, **options)
        facts = [[oid.lstrip("#")], *([tracking(oid)] if tracking(oid) else []), *([words] if words else [])]
        others = [
            o.lstrip("#")
            for o in USERS[customer]["orders"]
            if o != oid and any(i["name"] == name for i in ORDERS[o]["items"])
        ]
        out.append(
            case(
                f"{lang}-apart-status-{customer.split('_')[0]}",
                lang,
                customer,
                [text],
                "the item told apart by an option value names one order: its status, not the list",
                [],
                forbidden=WRITES,
                facts=facts,
                must_not_say=others,
                statuses={oid: ORDERS[oid]["status"]},
            )
        )
    return_specs = [
        (
            "en",
            "evelyn_wilson_8460",
            "Jigsaw Puzzle",
            {"pieces": "500"},
            ["i'd like to return the 500 piece puzzle", "yes"],
        ),
        (
            "fr",
            "daiki_johansson_4856",
            "Pet Bed",
            {"color": "grey"},
            ["je veux renvoyer le lit pour animaux gris", "oui"],
        ),
        (
            "es",
            "olivia_garcia_1208",
            "Wireless Earbuds",
            {"color": "blue"},
            ["quiero devolver los auriculares azules", "sí"],
        ),
        (
            "de",
            "daiki_patel_5953",
            "Mechanical Keyboard",
            {"size": "60%"},
            ["ich möchte die 60%-tastatur zurückgeben", "ja"],
        ),
    ]
    for lang, customer, name, options, turns in return_specs:
        out.append(
            case(
                f"{lang}-apart-return-{customer.split('_')[0]}",
                lang,
                customer,
                turns,
                "two items of that name in one order, told apart by an option value: only that one returned",
                [ret(customer, name, **options)],
            )
        )
    out.append(
        case(
            "en-apart-swap-both-values",
            "en",
            "amelia_kim_4338",
            [
                "the glass tea kettle in my order, can it be the ceramic version instead? put any difference on paypal",
                "yes",
            ],
            "two kettles in one order, the words naming one's value and the new one: the glass one changed",
            [swap("amelia_kim_4338", "Tea Kettle", {"material": "ceramic"}, "paypal", options={"material": "glass"})],
        )
    )
    only, _ = order_holding("chen_johnson_4204", "Jigsaw Puzzle", theme="animals")
    out.append(
        case(
            "fr-apart-status-only-order",
            "fr",
            "chen_johnson_4204",
            ["la commande où j'ai pris seulement le puzzle, elle est arrivée ?"],
            "le puzzle est dans deux commandes; « seulement le puzzle » nomme celle qui n'a que lui",
            [],
            forbidden=WRITES,
            facts=[[only.lstrip("#")]],
            statuses={only: ORDERS[only]["status"]},
        )
    )
    white, _ = order_holding("mei_li_2872", "Wireless Earbuds", color="white")
    out.append(
        case(
            "es-apart-status-ordered-item",
            "es",
            "mei_li_2872",
            ["¿dónde están los auriculares blancos que pedí?"],
            "los auriculares blancos (no los azules): el estado de ese pedido, no la lista",
            [],
            forbidden=WRITES,
            facts=[[white.lstrip("#")], tracking(white)],
            statuses={white: ORDERS[white]["status"]},
        )
    )
    out.append(
        case(
            "de-apart-exchange-same-other-value",
            "de",
            "evelyn_davis_7541",
            [
                "ich will die trinkflasche zurückschicken",
                "hm oder doch lieber umtauschen, die gleiche aus plastik",
                "ja",
            ],
            "eine Rücksendung, dann dieselbe Flasche aus einem anderen Material: der Umtausch",
            [swap("evelyn_davis_7541", "Water Bottle", {"material": "plastic"})],
        )
    )
    return out


def main() -> None:
    cases = [*consent_cases(), *multi_request_cases(), *change_of_mind_cases(), *told_apart_cases()]
    write_cases(OUT, "dialogue-classes-21", (
            "orders11 (classes of blind v8's failing order cases, read in aggregate; new customers and wording, "
            "never v8's): a yes that names a payment method (another allowed one, one a refund cannot go to, "
            "the proposed one in words of its own); a write and another order's status in one message; a "
            "change of mind from one request to another (swap -> refund, return -> exchange, cancellation -> "
            "one item changed); an item told apart from its namesakes by an option value. Expected values "
            "computed from data/tau-retail and the demo shop by evals/generators/dialogue_classes_21.py. "
            "Written first."
        ), ["dialogue", "classes-21"], cases)


if __name__ == "__main__":
    main()
