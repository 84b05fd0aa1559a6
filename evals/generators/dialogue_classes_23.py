"""Writes evals/suites/dialogue-classes-23.yaml: another variant of an item (a pending order's item change, a
delivered order's exchange) while a payment method for the price difference is named or asked (orders12; the
class blind v9 failed, read only in aggregate). Shapes: the method named in the first message ("échanger contre
la taille M, la différence sur ma paypal"), the answer to "which method should pay / receive the difference?"
("gift card pls", "mit PayPal", "a la visa que termina en 1234", "non, pas la carte cadeau, la paypal"), the
method named mid-flow or after the amount was asked ("how much more is it? ok then put it on my mastercard"), and
a gift card that cannot cover a positive difference. Signed-in and guest (email + order number + zip).

Order ids, item ids, new variants, payment method ids, emails and zips are looked up in data/tau-retail, never
typed; each case states only the customer, the words, the item, the option it changes and the method meant.

Run: python -m evals.generators.dialogue_classes_23"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, text_turns, writes_expected
from evals.generators.checked_calls import order_holding, saved_method, variant_with
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, write_cases

OUT = ROOT / "evals" / "suites" / "dialogue-classes-23.yaml"
STATUS_AFTER = {"exchange_delivered_order_items": "exchange requested"}
# Said only when a question is misread: the order's payment being changed, a cancellation, or a plain yes/no asked.
MISREAD = {
    "en": ["clear yes or no", "cancel order", "payment method of order"],
    "fr": ["oui ou un non clair", "annuler la commande"],
    "es": ["sí o un no claro", "cancelo el pedido"],
    "de": ["klares Ja oder Nein", "stornieren, Grund"],
}


def last_four(customer: str, source: str) -> str:
    return USERS[customer]["payment_methods"][saved_method(customer, source)]["last_four"]


def swap(customer: str, name: str, change: dict[str, str], source: str) -> dict[str, Any]:
    """The write an item change (pending) or exchange (delivered) to `change`, difference settled by `source`."""
    oid, item = order_holding(customer, name)
    status = ORDERS[oid]["status"]
    assert status in ("pending", "delivered"), (oid, status)
    new = variant_with(item, change)
    pm = saved_method(customer, source)
    difference = round(new["price"] - item["price"], 2)
    if difference > 0 and source == "gift_card":
        assert USERS[customer]["payment_methods"][pm]["balance"] >= difference, (customer, name, difference)
    tool = "modify_pending_order_items" if status == "pending" else "exchange_delivered_order_items"
    return {"name": tool, "arguments": {"order_id": oid, "item_ids": [item["item_id"]],
                                        "new_item_ids": [new["item_id"]], "payment_method_id": pm}}


def variant_of(write: dict[str, Any]) -> dict[str, Any]:
    new_id = write["arguments"]["new_item_ids"][0]
    return next(v for p in PRODUCTS.values() for v in p["variants"].values() if v["item_id"] == new_id)


def guest_proof(customer: str, name: str) -> dict[str, str]:
    """The production rule's proof for the order holding `name`: the account's email, the order number, its zip."""
    oid, _ = order_holding(customer, name)
    return {"email": USERS[customer]["email"], "order": oid, "zip": ORDERS[oid]["address"]["zip"]}


def gift_card_short(customer: str, name: str, change: dict[str, str]) -> None:
    """The case's premise: the customer's gift card cannot cover the change's positive difference."""
    _, item = order_holding(customer, name)
    difference = variant_with(item, change)["price"] - item["price"]
    assert 0 < USERS[customer]["payment_methods"][saved_method(customer, "gift_card")]["balance"] < difference


def case(cid: str, lang: str, shape: str, customer: str, turns: list[str], description: str,
         write: dict[str, Any], *, guest: bool = False) -> dict[str, Any]:
    expect = writes_expected([write])
    order_id = write["arguments"]["order_id"]
    if shape == "gift-card":
        item = next(i for i in ORDERS[order_id]["items"] if i["item_id"] == write["arguments"]["item_ids"][0])
        gift_card_short(customer, item["name"], {k: v for k, v in variant_of(write)["options"].items()
                                                  if item["options"][k] != v})
    if write["name"] in STATUS_AFTER:
        expect["store"] = {"orders": [{"id": order_id, "status": STATUS_AFTER[write["name"]]}]}
    expect["reply"] = {"must_not_say": MISREAD[lang]}
    return case_record(cid, [lang, shape, "guest" if guest else "signed-in"], description,
                       None if guest else customer, text_turns(turns), expect)


def english() -> list[dict[str, Any]]:
    g = guest_proof("isabella_johnson_6293", "Backpack")
    g2 = guest_proof("chen_johnson_4204", "Wireless Earbuds")
    return [
        case("en-named-first-exchange", "en", "named-first", "noah_patel_1311",
             ["can I exchange my smart watch for the gold one? take whatever extra it costs off my gift card", "yes"],
             "exchange asked with the gift card named for the difference: the exchange with the gift card, never "
             "the order's payment changed",
             swap("noah_patel_1311", "Smart Watch", {"color": "gold"}, "gift_card")),
        case("en-named-first-pending", "en", "named-first", "anya_patel_3710",
             ["please make the hiking boots in my pending order a size 9 and bill the extra to my mastercard",
              "yes go ahead"],
             "pending item change with the card that pays the difference in the same message",
             swap("anya_patel_3710", "Hiking Boots", {"size": "9"}, "mastercard")),
        case("en-answer-kind", "en", "answer", "liam_nguyen_9081",
             ["I want to exchange my bluetooth speaker for the red one", "gift card pls", "yes"],
             "the answer to which method pays the difference is a kind alone",
             swap("liam_nguyen_9081", "Bluetooth Speaker", {"color": "red"}, "gift_card")),
        case("en-answer-last-four", "en", "answer", "daiki_moore_2408",
             ["switch the dumbbell set in my order to the 30-50 lbs one",
              f"the card that ends in {last_four('daiki_moore_2408', 'mastercard')}", "yes"],
             "pending change; the method answer gives only the card's last digits",
             swap("daiki_moore_2408", "Dumbbell Set", {"weight range": "30-50 lbs"}, "mastercard")),
        case("en-mid-flow", "en", "mid-flow", "mia_smith_1623",
             ["I'd like to exchange the desk lamp",
              "medium brightness instead, and send the difference back to my paypal",
              "yes"],
             "the new option and the method for the refund of the difference come together after the item",
             swap("mia_smith_1623", "Desk Lamp", {"brightness": "medium"}, "paypal")),
        case("en-after-amount", "en", "after-amount", "liam_anderson_5973",
             ["could I swap my wristwatch for the white dial version?", "how much more is it?",
              "ok then put it on my mastercard", "yes"],
             "the amount is asked, then the method is named with 'ok then'",
             swap("liam_anderson_5973", "Wristwatch", {"dial color": "white"}, "mastercard")),
        case("en-guest-named-first", "en", "named-first", "isabella_johnson_6293",
             [f"hi, {g['email']}, order {g['order']}, zip {g['zip']}. I'd like to exchange the backpack for the "
              "nylon one and get the difference refunded to paypal", "yes"],
             "a guest proves the order and asks the exchange with the method in one message",
             swap("isabella_johnson_6293", "Backpack", {"material": "nylon"}, "paypal"), guest=True),
        case("en-gift-card-short", "en", "gift-card", "harper_patel_2628",
             ["exchange my desk lamp for the high brightness one, pay the difference with my gift card",
              "fine, use the mastercard then", "yes"],
             "a gift card whose balance does not cover the difference is not written; the card named next is",
             swap("harper_patel_2628", "Desk Lamp", {"brightness": "high"}, "mastercard")),
        case("en-answer-yes-and-method", "en", "answer", "sophia_jackson_6355",
             ["I'd like to exchange the pet bed for the polyester one", "yes ok, the visa"],
             "yes and a method to the question that showed the change and amount: written with that method",
             swap("sophia_jackson_6355", "Pet Bed", {"material": "polyester"}, "visa")),
        case("en-answer-not-this-one", "en", "answer", "yara_hernandez_3670",
             ["exchange the smart watch for a gold one please", "no not the gift card, the paypal", "yes"],
             "'no, not X, Y' answers the method question: neither a refusal nor a cancellation",
             swap("yara_hernandez_3670", "Smart Watch", {"color": "gold"}, "paypal")),
        case("en-guest-answer", "en", "answer", "chen_johnson_4204",
             [f"{g2['email']} / order {g2['order']} / zip {g2['zip']}: can the wireless earbuds be blue instead?",
              "paypal", "yes"],
             "a guest's pending item change; the method answer is one word",
             swap("chen_johnson_4204", "Wireless Earbuds", {"color": "blue"}, "paypal"), guest=True),
    ]


def french() -> list[dict[str, Any]]:
    g = guest_proof("chen_wilson_4378", "Electric Kettle")
    return [
        case("fr-named-first-exchange", "fr", "named-first", "sophia_lee_8294",
             ["bonjour, je voudrais échanger mes lunettes de soleil pour la monture noire, et la différence vous la "
              "prenez sur ma carte cadeau", "oui"],
             "échange demandé avec la carte cadeau pour la différence: l'échange, pas le paiement de la commande",
             swap("sophia_lee_8294", "Sunglasses", {"frame color": "black"}, "gift_card")),
        case("fr-named-first-refund-paypal", "fr", "named-first", "mei_santos_5526",
             ["j'aimerais échanger le kit de maquillage contre celui pour teint moyen, remboursez l'écart sur mon "
              "paypal", "oui, allez-y"],
             "échange moins cher, l'écart remboursé sur le paypal nommé dans le même message",
             swap("mei_santos_5526", "Makeup Kit", {"skin tone": "medium"}, "paypal")),
        case("fr-named-first-pending", "fr", "named-first", "amelia_ito_8772",
             ["dans ma commande en attente, passez la polaire en XL, le supplément sur ma mastercard", "oui"],
             "changement d'article d'une commande en attente, le supplément sur la carte nommée",
             swap("amelia_ito_8772", "Fleece Jacket", {"size": "XL"}, "mastercard")),
        case("fr-answer-la-carte", "fr", "answer", "chen_silva_7485",
             ["je veux échanger mes chaussures de course contre des noires", "la carte", "oui"],
             "'la carte' répond à la question du moyen de paiement: la carte bancaire (pas la carte cadeau)",
             swap("chen_silva_7485", "Running Shoes", {"color": "black"}, "mastercard")),
        case("fr-answer-last-four", "fr", "answer", "liam_muller_2272",
             ["je voudrais échanger mon casque de vélo contre le rouge",
              f"celle qui finit par {last_four('liam_muller_2272', 'mastercard')}", "oui"],
             "la réponse ne donne que les derniers chiffres de la carte",
             swap("liam_muller_2272", "Cycling Helmet", {"color": "red"}, "mastercard")),
        case("fr-mid-flow", "fr", "mid-flow", "lucas_johnson_2067",
             ["je veux échanger la gourde", "en inox plutôt, et le supplément sur la carte cadeau", "oui"],
             "la nouvelle matière et le moyen pour le supplément arrivent ensemble, après l'article",
             swap("lucas_johnson_2067", "Water Bottle", {"material": "stainless steel"}, "gift_card")),
        case("fr-after-amount", "fr", "after-amount", "ava_nguyen_6986",
             ["je voudrais mon casque de vélo en blanc plutôt", "ça fait combien de différence ?",
              "ok alors remboursez sur la visa", "oui"],
             "commande en attente: le montant demandé, puis le moyen nommé avec 'ok alors'",
             swap("ava_nguyen_6986", "Cycling Helmet", {"color": "white"}, "visa")),
        case("fr-guest-named-first", "fr", "named-first", "chen_wilson_4378",
             [f"{g['email']}, commande {g['order']}, code postal {g['zip']} : je voudrais la bouilloire en blanc, "
              "le supplément sur ma mastercard", "oui"],
             "un invité prouve la commande et demande le changement avec le moyen de paiement dans le même message",
             swap("chen_wilson_4378", "Electric Kettle", {"color": "white"}, "mastercard"), guest=True),
        case("fr-gift-card-short", "fr", "gift-card", "yara_hernandez_3670",
             ["je voudrais échanger l'étagère contre une blanche, payez la différence avec la carte cadeau",
              "bon, la visa alors", "oui"],
             "la carte cadeau ne couvre pas la différence: jamais écrite; la visa nommée ensuite l'est",
             swap("yara_hernandez_3670", "Bookshelf", {"color": "white"}, "visa")),
        case("fr-answer-not-this-one", "fr", "answer", "isabella_johnson_6293",
             ["je voudrais échanger mes écouteurs sans fil contre les bleus", "non, pas la carte cadeau, mon paypal",
              "oui"],
             "'non, pas X, Y' répond à la question du moyen: ni refus ni annulation",
             swap("isabella_johnson_6293", "Wireless Earbuds", {"color": "blue"}, "paypal")),
        case("fr-answer-yes-and-method", "fr", "answer", "mia_smith_1623",
             ["échangez mon enceinte bluetooth contre la bleue svp", "oui, sur la mastercard"],
             "oui + moyen à la question qui montrait le changement et le montant: écrit avec ce moyen",
             swap("mia_smith_1623", "Bluetooth Speaker", {"color": "blue"}, "mastercard")),
    ]


def spanish() -> list[dict[str, Any]]:
    g = guest_proof("emma_ito_4529", "Water Bottle")
    g2 = guest_proof("lucas_johnson_2067", "Bookshelf")
    return [
        case("es-named-first-exchange", "es", "named-first", "harper_patel_2628",
             ["quiero cambiar el kit de maquillaje por el de tono medio, la diferencia a mi tarjeta regalo", "sí"],
             "cambio con la tarjeta regalo nombrada para la diferencia (su saldo la cubre)",
             swap("harper_patel_2628", "Makeup Kit", {"skin tone": "medium"}, "gift_card")),
        case("es-named-first-pending", "es", "named-first", "aarav_gonzalez_5113",
             ["en mi pedido pendiente quiero el altavoz bluetooth en rojo, cobrad la diferencia en paypal", "sí"],
             "cambio de artículo de un pedido pendiente con el método de la diferencia en el mismo mensaje",
             swap("aarav_gonzalez_5113", "Bluetooth Speaker", {"color": "red"}, "paypal")),
        case("es-answer-visa-digits", "es", "answer", "sophia_jackson_6355",
             ["quiero cambiar la tableta por la dorada",
              f"en la visa acabada en {last_four('sophia_jackson_6355', 'visa')}", "sí"],
             "la respuesta nombra la marca y los últimos dígitos",
             swap("sophia_jackson_6355", "Tablet", {"color": "gold"}, "visa")),
        case("es-answer-kind", "es", "answer", "daiki_li_8218",
             ["¿puedo cambiar la tablet de mi pedido a color dorado?", "tarjeta regalo", "sí"],
             "pedido pendiente; la respuesta es el tipo de método solo",
             swap("daiki_li_8218", "Tablet", {"color": "gold"}, "gift_card")),
        case("es-mid-flow", "es", "mid-flow", "chen_silva_7485",
             ["quiero cambiar la cama para mascotas", "en gris, y la diferencia me la cobráis en la mastercard", "sí"],
             "el color nuevo y el método de la diferencia llegan juntos, después del artículo",
             swap("chen_silva_7485", "Pet Bed", {"color": "grey"}, "mastercard")),
        case("es-after-amount", "es", "after-amount", "mia_smith_1623",
             ["quisiera cambiar la botella de agua por una roja", "¿cuánto más cuesta?",
              "vale, entonces cárgalo a mi mastercard", "sí"],
             "se pregunta el importe y luego se nombra el método con 'vale, entonces'",
             swap("mia_smith_1623", "Water Bottle", {"color": "red"}, "mastercard")),
        case("es-guest-named-first", "es", "named-first", "emma_ito_4529",
             [f"hola, soy {g['email']}, pedido {g['order']}, código postal {g['zip']}. quiero la botella de agua en "
              "rojo y el reembolso de la diferencia a la visa", "sí"],
             "un invitado prueba el pedido y pide el cambio con el método en el mismo mensaje",
             swap("emma_ito_4529", "Water Bottle", {"color": "red"}, "visa"), guest=True),
        case("es-gift-card-short", "es", "gift-card", "ava_lopez_2676",
             ["quiero cambiar los auriculares a inalámbricos y pagar la diferencia con la tarjeta regalo",
              "entonces con la mastercard", "sí"],
             "la tarjeta regalo no cubre la diferencia: nunca se escribe; la mastercard sí",
             swap("ava_lopez_2676", "Headphones", {"connectivity": "wireless"}, "mastercard")),
        case("es-answer-not-this-one", "es", "answer", "anya_brown_2024",
             ["cambiad las zapatillas de correr de mi pedido a amarillas", "no, la mastercard no, mejor paypal", "sí"],
             "'no, X no, mejor Y' responde a la pregunta del método: ni rechazo ni cancelación",
             swap("anya_brown_2024", "Running Shoes", {"color": "yellow"}, "paypal")),
        case("es-answer-yes-and-method", "es", "answer", "chen_johnson_4204",
             ["el altavoz bluetooth de mi pedido lo quiero rojo", "sí, a paypal"],
             "sí + método a la pregunta que mostraba el cambio y el importe",
             swap("chen_johnson_4204", "Bluetooth Speaker", {"color": "red"}, "paypal")),
        case("es-guest-answer", "es", "answer", "lucas_johnson_2067",
             [f"{g2['email']}, pedido {g2['order']}, cp {g2['zip']}; quiero cambiar la estantería por una blanca",
              "a la tarjeta regalo", "sí"],
             "un invitado cambia un artículo entregado; la respuesta del método es 'a la tarjeta regalo'",
             swap("lucas_johnson_2067", "Bookshelf", {"color": "white"}, "gift_card"), guest=True),
    ]


def german() -> list[dict[str, Any]]:
    g = guest_proof("aarav_gonzalez_5113", "Cycling Helmet")
    g2 = guest_proof("daiki_li_8218", "Office Chair")
    return [
        case("de-named-first-exchange", "de", "named-first", "liam_nguyen_9081",
             ["ich möchte meinen Bluetooth-Lautsprecher gegen den blauen umtauschen, die Differenz bitte auf PayPal",
              "ja"],
             "Umtausch mit PayPal für die Differenz in derselben Nachricht: der Umtausch, nie die Zahlungsart der "
             "Bestellung",
             swap("liam_nguyen_9081", "Bluetooth Speaker", {"color": "blue"}, "paypal")),
        case("de-named-first-pending", "de", "named-first", "ava_nguyen_6986",
             ["in meiner offenen Bestellung das Bücherregal bitte in schwarz, den Aufpreis auf die Visa", "ja"],
             "Artikeländerung einer offenen Bestellung, der Aufpreis auf die genannte Karte",
             swap("ava_nguyen_6986", "Bookshelf", {"color": "black"}, "visa")),
        case("de-answer-mit-paypal", "de", "answer", "yara_hernandez_3670",
             ["ich will die Kamera gegen die 4K-Version tauschen", "mit PayPal", "ja"],
             "'mit PayPal' beantwortet die Frage nach dem Zahlungsmittel",
             swap("yara_hernandez_3670", "Action Camera", {"resolution": "4K"}, "paypal")),
        case("de-answer-last-four", "de", "answer", "noah_patel_1311",
             ["kann ich meine Smartwatch gegen die schwarze tauschen?",
              f"die Karte mit den Endziffern {last_four('noah_patel_1311', 'visa')}", "ja"],
             "die Antwort nennt nur die letzten Ziffern der Karte",
             swap("noah_patel_1311", "Smart Watch", {"color": "black"}, "visa")),
        case("de-mid-flow", "de", "mid-flow", "lucas_johnson_2067",
             ["ich möchte die Trinkflasche umtauschen",
              "in schwarz bitte, und die Differenz zahle ich mit der Mastercard",
              "ja"],
             "die neue Farbe und das Zahlungsmittel kommen zusammen, nach dem Artikel",
             swap("lucas_johnson_2067", "Water Bottle", {"color": "black"}, "mastercard")),
        case("de-after-amount", "de", "after-amount", "harper_patel_2628",
             ["ich hätte die Tastatur gern in 60%", "was kostet das mehr?", "okay, dann auf die Mastercard", "ja"],
             "der Betrag wird gefragt, dann das Zahlungsmittel mit 'okay, dann' genannt",
             swap("harper_patel_2628", "Mechanical Keyboard", {"size": "60%"}, "mastercard")),
        case("de-guest-named-first", "de", "named-first", "aarav_gonzalez_5113",
             [f"{g['email']}, Bestellung {g['order']}, PLZ {g['zip']}: den Fahrradhelm bitte in weiß statt blau, "
              "die Differenz zurück auf die Geschenkkarte", "ja"],
             "ein Gast weist die Bestellung nach und nennt Änderung und Zahlungsmittel in einer Nachricht",
             swap("aarav_gonzalez_5113", "Cycling Helmet", {"color": "white"}, "gift_card"), guest=True),
        case("de-gift-card-short", "de", "gift-card", "chen_wilson_4378",
             ["den Wasserkocher in meiner Bestellung in Silber, den Aufpreis von der Geschenkkarte",
              "dann eben mit der Mastercard", "ja"],
             "die Geschenkkarte deckt den Aufpreis nicht: nie geschrieben; die Mastercard danach schon",
             swap("chen_wilson_4378", "Electric Kettle", {"color": "silver"}, "mastercard")),
        case("de-answer-not-this-one", "de", "answer", "ava_kovacs_8312",
             ["ich möchte den Rucksack gegen den aus Nylon tauschen",
              "nein, nicht PayPal, auf die Geschenkkarte", "ja"],
             "'nein, nicht X, Y' beantwortet die Frage nach dem Zahlungsmittel: weder Ablehnung noch Stornierung",
             swap("ava_kovacs_8312", "Backpack", {"material": "nylon"}, "gift_card")),
        case("de-answer-yes-and-method", "de", "answer", "anya_patel_3710",
             ["die Wanderschuhe in meiner Bestellung bitte in Größe 7", "ja, über die Geschenkkarte"],
             "ja + Zahlungsmittel auf die Frage, die Änderung und Betrag zeigte",
             swap("anya_patel_3710", "Hiking Boots", {"size": "7"}, "gift_card")),
        case("de-guest-answer", "de", "answer", "daiki_li_8218",
             [f"Bestellung {g2['order']}, {g2['email']}, PLZ {g2['zip']} - den Bürostuhl bitte aus Leder statt Mesh",
              "Visa", "ja"],
             "ein Gast ändert einen Artikel einer offenen Bestellung; die Antwort ist nur die Kartenmarke",
             swap("daiki_li_8218", "Office Chair", {"material": "leather"}, "visa"), guest=True),
    ]


def main() -> None:
    cases = [*english(), *french(), *spanish(), *german()]
    write_cases(OUT, "dialogue-classes-23", (
            "orders12 (the class blind v9 failed, read in aggregate; new customers and wording): another variant of "
            "an item (a pending order's item change, a delivered order's exchange) while the payment method for the "
            "price difference is named in the first message, mid-flow or after the amount was asked, or given as "
            "the answer to which method pays or receives the difference; a gift card that cannot cover a positive "
            "difference. Signed-in and guest (email + order number + zip). Expected values computed from "
            "data/tau-retail by evals/generators/dialogue_classes_23.py. Written first."
        ), ["dialogue", "classes-23"], cases)


if __name__ == "__main__":
    main()
