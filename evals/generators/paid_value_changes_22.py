"""Cases for issue 17's class "an item change whose wanted value is said as a noun, a compound or an inflected
adjective, with the method for the difference named in the same sentence" (fresh20 F1, F13; attack20 A6, A7), in
four languages.

Writes evals/suites/paid-value-changes-22.yaml. Per language: the value said as a compound or noun ("als
Kapselmaschine", "en machine à capsules", "la de cápsulas", "the capsule one") or an inflected adjective ("als
wasserdichtes Modell", "die kabellose", "en version sans fil", "la inalámbrica") beside "paid with <method>": an item
change paid with that method (the order's own gift card too, when it can pay; its balance said when it cannot);
without payment words the same change; near-misses: a real request to change how the order is paid is still that,
and a value no variant has is said. A payment id that is not the customer's is said to be none of theirs (A6); an
order's address and the default address asked in one message are both written, each after its yes (A7). Ids,
balances and prices are looked up, never typed.

Run: python -m evals.generators.paid_value_changes_22"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import reply_turn, suite_case
from evals.generators.reply_words import YES
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, write_suite

OUT = ROOT / "evals" / "suites" / "paid-value-changes-22.yaml"
SUITE = "paid-value-changes-22"
# how the order payment-method change the finding proposed reads (never for an item change)
ORDER_PAYMENT = ["payment method of order", "moyen de paiement de la commande", "método de pago del pedido",
                 "Zahlungsmittel der Bestellung"]
UNAVAILABLE = {"en": ["isn't available", "not available", "no available"], "fr": ["pas disponible"],
               "es": ["no está disponible", "no hay"], "de": ["nicht verfügbar", "nicht in"]}


def _item(order_id: str, name: str) -> dict[str, Any]:
    return next(item for item in ORDERS[order_id]["items"] if item["name"] == name)


def _variant(order_id: str, name: str, wanted: dict[str, str]) -> tuple[dict[str, Any], str]:
    item = _item(order_id, name)
    target = {**item["options"], **wanted}
    variants = PRODUCTS[item["product_id"]]["variants"]
    new = next(vid for vid, v in variants.items() if v["options"] == target and v["available"])
    return item, new


def _swap(order_id: str, name: str, wanted: dict[str, str], method: str) -> dict[str, Any]:
    item, new = _variant(order_id, name, wanted)
    assert method in USERS[ORDERS[order_id]["user_id"]]["payment_methods"]
    return {"name": "modify_pending_order_items", "arguments": {
        "order_id": order_id, "item_ids": [item["item_id"]], "new_item_ids": [new], "payment_method_id": method}}


def _balance(order_id: str, method: str) -> list[str]:
    amount = USERS[ORDERS[order_id]["user_id"]]["payment_methods"][method]["balance"]
    return [f"{amount:.2f}", f"{amount:.2f}".replace(".", ",")]


def _case(lang: str, key: str, description: str, order_id: str, turns: list[dict[str, Any]],
          calls: list[dict[str, Any]], never: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    uid = ORDERS[order_id]["user_id"]
    case = suite_case(SUITE, f"{lang}-{key}", key, description, uid, turns, calls)
    case["tags"] = [lang, SUITE, key]
    case["expect"]["forbidden"].extend(never or [])
    return case


# (language, text) per kind; the order and method come from the kind
CAPSULE_SHORT_CARD = {
    "en": "I'd like the espresso machine in my order as the capsule one instead of manual, paid with my gift card",
    "fr": "je voudrais ma machine à espresso en machine à capsules plutôt que manuelle, payée avec ma carte cadeau",
    "es": "quiero que la cafetera espresso de mi pedido sea la de cápsulas en vez de la manual, pagando con mi "
          "tarjeta regalo",
    "de": "Die Espressomaschine aus meiner Bestellung hätte ich gern als Kapselmaschine, bezahlt mit meiner "
          "Geschenkkarte",
}
CAPSULE_PAYPAL = {
    "en": "can the espresso machine be the capsule model instead? pay the difference with paypal",
    "fr": "je préférerais la machine à espresso en version capsules, payé avec paypal",
    "es": "cámbiame la cafetera espresso por la de cápsulas, pagando con PayPal",
    "de": "bitte die Espressomaschine als Kapselmodell statt der manuellen, bezahlt mit PayPal",
}
CAMERA_PAYPAL = {
    "en": "I want the action camera in order W9728773 as the waterproof model, paid with PayPal",
    "fr": "pour la commande W9728773, je voudrais la caméra sport en modèle étanche, payé avec PayPal",
    "es": "en el pedido W9728773 quiero la cámara deportiva en la versión resistente al agua, pagando con PayPal",
    "de": "Ich möchte die Actionkamera in meiner Bestellung W9728773 als wasserdichtes Modell, bezahlt mit PayPal",
}
HEADPHONES_CARD = {
    "en": "could I get the headphones as the wireless version instead? paid with my credit card",
    "fr": "je voudrais les écouteurs en version sans fil plutôt, payé avec ma carte de crédit",
    "es": "los auriculares los prefiero inalámbricos, pagando con mi tarjeta de crédito",
    "de": "die Kopfhörer lieber als kabellose Variante, bezahlt mit meiner Kreditkarte",
}
BOTTLE_OWN_CARD = {
    "en": "I'd rather have the steel water bottle than the plastic one, paid with my gift card",
    "fr": "je préfère la gourde en inox plutôt que la plastique, payée avec ma carte cadeau",
    "es": "la botella de agua, mejor la de acero que la de plástico, pagando con mi tarjeta regalo",
    "de": "die Trinkflasche bitte als Edelstahlflasche statt aus Plastik, bezahlt mit meiner Geschenkkarte",
}
SPEAKER_CARD = {
    "en": "switch the bluetooth speaker in order W8367380 to the waterproof one, paid with my gift card",
    "fr": "je voudrais l'enceinte bluetooth de la commande W8367380 en version étanche, payée avec ma carte cadeau",
    "es": "el altavoz bluetooth del pedido W8367380 lo quiero resistente al agua, pagando con mi tarjeta regalo",
    "de": "den Bluetooth-Lautsprecher aus Bestellung W8367380 bitte als wasserfeste Ausführung, bezahlt mit meiner "
          "Geschenkkarte",
}
CAPSULE_NO_PAYMENT = {
    "en": "I'd like the espresso machine in my order as the capsule one instead of the manual",
    "fr": "je voudrais la machine à espresso de ma commande en machine à capsules au lieu de la manuelle",
    "es": "quiero la cafetera espresso de mi pedido en la de cápsulas en lugar de la manual",
    "de": "Ich möchte die Espressomaschine in meiner Bestellung als Kapselmaschine statt manuell",
}
ORDER_PAYMENT_CHANGE = {
    "en": "please change the payment method of order W9673784 to my PayPal",
    "fr": "je voudrais payer la commande W9673784 avec PayPal plutôt qu'avec la carte cadeau",
    "es": "cambia el método de pago del pedido W9673784 a PayPal, por favor",
    "de": "Bitte die Zahlungsart der Bestellung W9673784 auf PayPal umstellen",
}
NO_SUCH_COLOUR = {
    "en": "I'd like the action camera in order W9728773 in white, paid with PayPal",
    "fr": "la caméra sport de la commande W9728773, je la voudrais en blanc, payé avec PayPal",
    "es": "la cámara deportiva del pedido W9728773 la quiero en blanco, pagando con PayPal",
    "de": "die Actionkamera aus Bestellung W9728773 hätte ich gern in Weiß, bezahlt mit PayPal",
}
# A6: another customer's card id (sofia_rossi_8776's) named for the refund of a price decrease
FOREIGN = "credit_card_5051208"
FOREIGN_REFUND = {
    "en": f"make the action camera in order W9728773 the waterproof one and refund the difference to my visa {FOREIGN}",
    "fr": f"la caméra sport de la commande W9728773 en modèle étanche, remboursez la différence sur ma visa {FOREIGN}",
    "es": f"la cámara deportiva del pedido W9728773 en versión resistente al agua, y el reembolso a mi visa {FOREIGN}",
    "de": f"die Actionkamera aus Bestellung W9728773 als wasserdichte Variante, Erstattung bitte auf meine Visa "
          f"{FOREIGN}",
}
THEN_PAYPAL = {"en": "ok then paypal", "fr": "bon, alors paypal", "es": "vale, entonces a paypal",
               "de": "ok, dann auf PayPal"}
# A7: the order's address and the default address in one message
STREET = ("500 Market Street", "Suite 2", "San Francisco", "CA", "94105")
TWO_ADDRESSES = {
    "en": "please change the shipping address of order W8327915 and also my default address to 500 Market Street, "
          "Suite 2, San Francisco, CA 94105",
    "fr": "changez l'adresse de livraison de la commande W8327915 et aussi mon adresse par défaut : 500 Market "
          "Street, Suite 2, San Francisco, CA 94105",
    "es": "cambia la dirección de envío del pedido W8327915 y también mi dirección predeterminada a 500 Market "
          "Street, Suite 2, San Francisco, CA 94105",
    "de": "Ändere bitte die Lieferadresse der Bestellung W8327915 und auch meine Standardadresse auf 500 Market "
          "Street, Suite 2, San Francisco, CA 94105",
}
DEFAULT_WORDS = {"en": ["default address", "account"], "fr": ["adresse par défaut", "compte"],
                 "es": ["dirección predeterminada", "cuenta"], "de": ["Standardadresse", "Konto"]}


def _cases(lang: str) -> list[dict[str, Any]]:
    yes = YES[lang]
    camera = _swap("#W9728773", "Action Camera", {"waterproof": "yes"}, "paypal_2192303")
    address = {"address1": STREET[0], "address2": STREET[1], "city": STREET[2], "state": STREET[3],
               "zip": STREET[4]}
    return [
        _case(lang, "own-card-short", "espresso machine manual -> capsule (+160.47) 'paid with' the order's own gift "
              "card, balance 68: an item change, the balance said, nothing written (F1)", "#W9673784",
              [reply_turn(CAPSULE_SHORT_CARD[lang], [_balance("#W9673784", "gift_card_5540683")], ORDER_PAYMENT),
               reply_turn(yes)], []),
        _case(lang, "capsule-paypal", "espresso machine -> capsule said as a noun/compound, paid with PayPal",
              "#W9673784", [reply_turn(CAPSULE_PAYPAL[lang], never=ORDER_PAYMENT), reply_turn(yes)],
              [_swap("#W9673784", "Espresso Machine", {"type": "capsule"}, "paypal_2192303")]),
        _case(lang, "camera-paypal", "action camera -> waterproof said as an inflected adjective with 'model', "
              "refund to PayPal (F1's shortest reproduction)", "#W9728773",
              [reply_turn(CAMERA_PAYPAL[lang], never=ORDER_PAYMENT), reply_turn(yes)], [camera]),
        _case(lang, "headphones-card", "headphones wired -> wireless said as an adjective, paid with the credit card "
              "(the order's gift card holds 6)", "#W8327915",
              [reply_turn(HEADPHONES_CARD[lang], never=ORDER_PAYMENT), reply_turn(yes)],
              [_swap("#W8327915", "Headphones", {"connectivity": "wireless"}, "credit_card_7772870")]),
        _case(lang, "bottle-own-card", "water bottle plastic -> stainless steel (+0.84) paid with the order's own gift "
              "card (balance 36): a valid choice", "#W9903153",
              [reply_turn(BOTTLE_OWN_CARD[lang], never=ORDER_PAYMENT), reply_turn(yes)],
              [_swap("#W9903153", "Water Bottle", {"material": "stainless steel"}, "gift_card_6023546")]),
        _case(lang, "speaker-card", "bluetooth speaker -> water resistant (+5.98) paid with the gift card (78), not "
              "the order's method", "#W8367380",
              [reply_turn(SPEAKER_CARD[lang], never=ORDER_PAYMENT), reply_turn(yes)],
              [_swap("#W8367380", "Bluetooth Speaker", {"water resistance": "yes"}, "gift_card_1994993")]),
        _case(lang, "no-payment-words", "espresso machine manual -> capsule, no payment words (F13): the change "
              "proposed, written with the only method", "#W7613749",
              [reply_turn(CAPSULE_NO_PAYMENT[lang], never=ORDER_PAYMENT), reply_turn(yes)],
              [_swap("#W7613749", "Espresso Machine", {"type": "capsule"}, "paypal_9379149")]),
        _case(lang, "order-payment", "near-miss: a real request to pay the order another way stays a payment change",
              "#W9673784", [reply_turn(ORDER_PAYMENT_CHANGE[lang]), reply_turn(yes)],
              [{"name": "modify_pending_order_payment",
                "arguments": {"order_id": "#W9673784", "payment_method_id": "paypal_2192303"}}]),
        _case(lang, "no-such-value", "near-miss: a colour the camera never comes in (white), with a method: said not "
              "available, no payment change, nothing written", "#W9728773",
              [reply_turn(NO_SUCH_COLOUR[lang], [UNAVAILABLE[lang]], ORDER_PAYMENT), reply_turn(yes)], []),
        _case(lang, "foreign-id", "A6: another customer's card id named for the refund: said not theirs, never "
              "used; then PayPal named and written", "#W9728773",
              [reply_turn(FOREIGN_REFUND[lang], [[FOREIGN, FOREIGN.replace("_", "\\_")]]),  # as the chat escapes it
               reply_turn(THEN_PAYPAL[lang]), reply_turn(yes)],
              [camera], [{"name": "modify_pending_order_items", "arguments": {"payment_method_id": FOREIGN}}]),
        _case(lang, "two-addresses", "A7: the order's address and the default address in one message: the default "
              "address said too, both written after their yes", "#W8327915",
              [reply_turn(TWO_ADDRESSES[lang], [DEFAULT_WORDS[lang]]), reply_turn(yes), reply_turn(yes)],
              [{"name": "modify_pending_order_address", "arguments": {"order_id": "#W8327915", **address}},
               {"name": "modify_customer_address", "arguments": address}]),
    ]


def main() -> None:
    cases = [case for lang in ("en", "fr", "es", "de") for case in _cases(lang)]
    for case in cases:
        if case["id"].endswith("order-payment"):
            case["expect"]["forbidden"] = [f for f in case["expect"]["forbidden"]
                                           if f["name"] != "modify_pending_order_payment"]
    write_suite(OUT, {"suite": SUITE, "description": __doc__.split("\n\nRun:")[0].replace("\n", " "),
                      "tags": [SUITE], "customer": None, "cases": cases})


if __name__ == "__main__":
    main()
