"""order-questions-28: a question about an order's facts is answered, never turned into an action, a photo request,
a product search or a goodbye (questions28). What an item the customer holds cost them, named by its product in
their language ("the e-reader", "la brosse à dents", "el cepillo de dientes", "die Tastatur"); what came in the
order meant ("my last delivered order", "the most recent one that arrived", "the order with the helmet") and what
was paid; a timing question while a proposal's method question is open (answered, the question kept open).
Near-misses are real requests ("ich will die Zahnbürste umtauschen", "I'd like to return the keyboard"): they still
start their flow.

Run: python -m evals.generators.order_questions_28"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evals.generators.case_builders import reply_turn, suite_case
from evals.generators.tau_data import ORDERS, ROOT, USERS, write_suite

OUT: Path = ROOT / "evals" / "suites" / "order-questions-28.yaml"
SUITE = "order-questions-28"

TOOTHBRUSH = ["toothbrush", "brosse à dents", "cepillo", "zahnbürste"]
KEYBOARD = ["keyboard", "clavier", "teclado", "tastatur"]
SMART_WATCH = ["smart watch", "montre connectée", "reloj inteligente", "smartwatch"]
CAMERA = ["digital camera", "appareil photo", "cámara digital", "digitalkamera"]
PET_BED = ["pet bed", "lit pour", "cama para", "tierbett", "haustierbett"]
E_READER = ["e-reader", "liseuse", "lector", "e-book-reader", "ebook-reader", "e-reader"]
HIKING_BOOTS = ["hiking boots", "chaussures de randonnée", "botas de montaña", "botas de senderismo", "wanderschuhe"]
HELMET = ["cycling helmet", "casque", "casco", "fahrradhelm"]
# what a product search, a photo request, a misreading or a goodbye says instead of the answer
NOT_ANSWERED = ["couldn't tell which product", "could you send a photo", "you might like", "ces articles pourraient",
                "estos artículos", "diese artikel könnten", "foto des problems", "une photo", "una foto",
                "nicht ganz verstanden", "pas bien compris", "no lo he entendido", "didn't quite get"]


def _amount(value: float) -> list[str]:
    """An amount as the replies may write it ("4293.43", "4 293,43", "4.293,43")."""
    dot = f"{value:.2f}"
    comma = dot.replace(".", ",")
    whole, cents = comma.split(",")
    spaced = f"{int(whole):,}".replace(",", "\u202f") + "," + cents
    return list(dict.fromkeys([dot, comma, f"{value:,.2f}", spaced, spaced.replace("\u202f", " "),
                               spaced.replace("\u202f", "\u00a0"), f"{int(whole):,}".replace(",", ".") + "," + cents]))


def _price(order: str, name: str) -> float:
    items = [item for item in ORDERS[order]["items"] if item["name"] == name]
    assert len(items) == 1  # noqa: S101
    return float(items[0]["price"])


def _paid(order: str) -> float:
    return float(sum(p["amount"] for p in ORDERS[order]["payment_history"] if p["transaction_type"] == "payment"))


def _holds(customer: str, order: str, status: str) -> None:
    assert ORDERS[order]["user_id"] == customer and ORDERS[order]["status"] == status  # noqa: S101
    assert order in USERS[customer]["orders"]  # noqa: S101


def _price_case(lang: str, tag: str, customer: str, order: str, name: str, noun: list[str], texts: list[str],
                never: list[str] | None = None) -> dict[str, Any]:
    _holds(customer, order, ORDERS[order]["status"])
    price = _price(order, name)
    turns = [{"text": text} for text in texts[:-1]]
    turns.append(reply_turn(texts[-1], [noun, _amount(price)], [*NOT_ANSWERED, *(never or [])]))
    return suite_case(SUITE, f"{lang}-{tag}", "item-price",
                      f"{customer} holds the {name} ({price:.2f}) in {order}; its price asked by its name: said, "
                      "nothing written", customer, turns, [])


def _last_delivered_case(lang: str, tag: str, customer: str, order: str, text: str, nouns: list[list[str]],
                         never: list[str]) -> dict[str, Any]:
    _holds(customer, order, "delivered")
    delivered = [o for o in USERS[customer]["orders"] if ORDERS[o]["status"] == "delivered"]
    assert delivered[-1] == order  # noqa: S101
    turns = [reply_turn(text, [*nouns, _amount(_paid(order))], [*NOT_ANSWERED, *never])]
    return suite_case(SUITE, f"{lang}-{tag}", "order-contents",
                      f"{customer}: the last delivered order is {order} (paid {_paid(order):.2f}); its items and the "
                      "amount paid are said, no other order's items, nothing written", customer, turns, [])


def _cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = [
        # what an item cost, by its product's name
        _price_case("en", "ereader-paid", "chen_silva_7485", "#W3069600", "E-Reader", E_READER,
                    ["hey, quick question - what did the e-reader set me back?"]),
        _price_case("en", "toothbrush-after-hello", "liam_lee_5696", "#W9710999", "Electric Toothbrush", TOOTHBRUSH,
                    ["hi there", "and the electric toothbrush, how much was that one?"]),
        _price_case("fr", "brosse-combien", "liam_lee_5696", "#W9710999", "Electric Toothbrush", TOOTHBRUSH,
                    ["bonjour, la brosse à dents électrique, je l'avais payée combien déjà ?"]),
        _price_case("fr", "clavier-prix", "isabella_brown_3584", "#W7868134", "Mechanical Keyboard", KEYBOARD,
                    ["c'était quoi le prix du clavier que j'ai reçu ?"]),
        _price_case("es", "cepillo-salio", "harper_lee_2110", "#W4363379", "Electric Toothbrush", TOOTHBRUSH,
                    ["oye, ¿el cepillo de dientes eléctrico cuánto me salió?"]),
        _price_case("es", "teclado-precio", "fatima_johnson_7581", "#W9389413", "Mechanical Keyboard", KEYBOARD,
                    ["hola! cuál fue el precio del teclado mecánico que me mandasteis?"]),
        _price_case("de", "zahnbuerste-gekostet", "noah_wilson_6623", "#W5791505", "Electric Toothbrush", TOOTHBRUSH,
                    ["Hallo", "Sagen Sie mal, was hat mich die elektrische Zahnbürste eigentlich gekostet?"]),
        _price_case("de", "tastatur-teuer", "isabella_brown_3584", "#W7868134", "Mechanical Keyboard", KEYBOARD,
                    ["wie teuer war eigentlich meine Tastatur?"]),
        _price_case("de", "staubsauger-bezahlt", "noah_wilson_6623", "#W5791505", "Vacuum Cleaner",
                    ["vacuum", "aspirateur", "aspiradora", "staubsauger"],
                    ["und was hab ich für den Staubsauger bezahlt?"]),
        # the contents and the amount of the order meant
        _last_delivered_case("en", "last-delivered", "olivia_jackson_1219", "#W3895186",
                             "what came in the most recent order that actually got delivered to me, and what did I pay "
                             "for it?", [SMART_WATCH, TOOTHBRUSH], ["laptop", "vacuum"]),
        _last_delivered_case("fr", "derniere-livree", "chen_silva_7485", "#W9571698",
                             "Bonjour, qu'est-ce qu'il y avait dans ma dernière commande livrée et combien je l'ai "
                             "payée ?", [CAMERA, PET_BED], ["liseuse", "skateboard"]),
        _last_delivered_case("es", "ultimo-entregado", "olivia_jackson_1219", "#W3895186",
                             "buenas, dime qué traía el pedido más reciente que ya me entregaron y cuánto pagué por él",
                             [SMART_WATCH, TOOTHBRUSH], ["portátil", "aspiradora"]),
        _last_delivered_case("de", "zuletzt-geliefert", "chen_silva_7485", "#W9571698",
                             "Guten Tag, was war in meiner zuletzt gelieferten Bestellung alles drin und was hat die "
                             "gekostet?", [CAMERA, PET_BED], ["e-reader", "skateboard"]),
        suite_case(SUITE, "en-order-with-helmet", "order-contents",
                   "juan_kim_6026: the order with the cycling helmet is #W2002172 (1011.24); what else came in it "
                   "and its total are said, nothing written", "juan_kim_6026",
                   [reply_turn("the order that had the bike helmet in it - what else was in there and what was the "
                               "total?", [HIKING_BOOTS, E_READER, _amount(_paid("#W2002172"))],
                               [*NOT_ANSWERED, "espresso"])], []),
    ]
    # near-misses: real requests about the same items still start their flow
    cases += [
        suite_case(SUITE, "en-return-keyboard", "near-miss",
                   "isabella_brown_3584 asks to return the keyboard of #W7868134: proposed, yes writes the return",
                   "isabella_brown_3584",
                   [reply_turn("I'd like to return the mechanical keyboard please, it's way too loud", [KEYBOARD]),
                    {"text": "yes"}],
                   [{"name": "return_delivered_order_items",
                     "arguments": {"order_id": "#W7868134", "item_ids": [_item("#W7868134", "Mechanical Keyboard")]}}]),
        suite_case(SUITE, "de-zahnbuerste-umtauschen", "near-miss",
                   "harper_lee_2110 wants to exchange the toothbrush (#W4363379): the exchange starts (an option "
                   "asked or proposed), no price answer, nothing written yet", "harper_lee_2110",
                   [reply_turn("ich will die Zahnbürste umtauschen", [["umtausch", "tausch", "welche", "farbe",
                                                                       "option"]])], []),
        suite_case(SUITE, "es-devolver-cepillo", "near-miss",
                   "liam_lee_5696 asks to return the toothbrush of #W9710999: proposed, sí writes the return",
                   "liam_lee_5696",
                   [reply_turn("quiero devolver el cepillo de dientes eléctrico", [TOOTHBRUSH]), {"text": "sí"}],
                   [{"name": "return_delivered_order_items",
                     "arguments": {"order_id": "#W9710999", "item_ids": [_item("#W9710999", "Electric Toothbrush")]}}]),
        suite_case(SUITE, "fr-retour-aspirateur", "near-miss",
                   "noah_wilson_6623 asks how much the vacuum cost and to send it back: both, yes writes the return",
                   "noah_wilson_6623",
                   [reply_turn("l'aspirateur m'a coûté combien ? de toute façon je veux le renvoyer",
                               [_amount(_price("#W5791505", "Vacuum Cleaner"))]),
                    {"text": "oui"}],
                   [{"name": "return_delivered_order_items",
                     "arguments": {"order_id": "#W5791505", "item_ids": [_item("#W5791505", "Vacuum Cleaner")]}}]),
    ]
    # a question while a proposal's method question is open: answered, the question kept open, then completed
    tee = _item("#W1679211", "T-Shirt")
    exchange = [{"name": "exchange_delivered_order_items",
                 "arguments": {"order_id": "#W1679211", "item_ids": [tee], "new_item_ids": ["1176194968"],
                               "payment_method_id": "paypal_3022415"}}]
    for lang, ask, question, method, yes in (
            ("en", "i want to swap my blue t-shirt for the black one in size S", "how much did I pay for the blue one "
             "originally?", "paypal", "yes"),
            ("fr", "je voudrais échanger mon t-shirt bleu contre le noir en taille S", "et le bleu, je l'avais payé "
             "combien ?", "paypal", "oui"),
            ("es", "quiero cambiar mi camiseta azul por la negra en talla S", "¿y cuánto me costó la azul?", "paypal",
             "sí"),
            ("de", "ich möchte mein blaues T-Shirt gegen das schwarze in Größe S tauschen", "was hat das blaue damals "
             "gekostet?", "PayPal", "ja")):
        cases.append(suite_case(
            SUITE, f"{lang}-price-at-method-question", "open-question",
            "yusuf_gonzalez_8900 exchanges the blue M tee (#W1679211, 50.88) for the black S (52.88): the method of "
            "the difference is asked; the old tee's price asked then is said, the method question kept; paypal, yes",
            "yusuf_gonzalez_8900",
            [{"text": ask}, reply_turn(question, [_amount(50.88)], NOT_ANSWERED), {"text": method}, {"text": yes}],
            exchange))
    cases.append(suite_case(
        SUITE, "de-wann-neues-shirt", "open-question",
        "yusuf_gonzalez_8900 exchanges the blue tee for the black S: while the method is asked, 'bis wann habe ich "
        "das neue?' is answered (no product search), then PayPal, ja: written", "yusuf_gonzalez_8900",
        [{"text": "Hallo, ich würde gern das blaue T-Shirt gegen das schwarze in S umtauschen"},
         reply_turn("und wann kriege ich dann das neue Shirt?", None, NOT_ANSWERED),
         {"text": "PayPal"}, {"text": "ja"}], exchange))
    return cases


def _item(order: str, name: str) -> str:
    items = [item["item_id"] for item in ORDERS[order]["items"] if item["name"] == name]
    assert len(items) == 1  # noqa: S101
    return str(items[0])


def main() -> None:
    write_suite(OUT, {"suite": SUITE,
                      "description": "A question about an order's facts is answered, never turned into an action, a "
                                     "photo request, a product search or a goodbye: an item's price by its name, the "
                                     "contents and amount of the order meant, a question while a method question is "
                                     "open (kept open); near-misses still start their flow. en/fr/es/de, tau-retail "
                                     "customers, written before the change it scores (questions28).",
                      "tags": [SUITE], "customer": None, "cases": _cases()})


if __name__ == "__main__":
    main()
