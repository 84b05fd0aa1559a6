"""Writes evals/suites/two-needs-19.yaml: a second need or a policy question that was still dropped (fresh18 F8,
F11, F14), en/fr/es/de, 10 cases each, wording written for this suite. (a) An order referred to by its item ("my
order with the t-shirt") beside a question about a named catalog product: both answered. (b) A photo complaint
with a product question in its caption: the complaint goes on (a person, or a remedy with its yes/no) and the
product question is answered. (c) How long a return may be made, asked of a pending order: the shop's rule (returns
once delivered) and no invented deadline (`prompts/shop_policy.v1.yaml` holds none). (d) A return asked of a
pending order's item because it does not fit: a size change offered, and "can I swap them for a bigger size?"
read as that item's change. (e) A yes with a question inside an open cancellation: the question answered from the
proposal's data; the write only after a yes the consent rules accept.
Demo customers: demo_mia_novak (#D9000001 delivered: Chaz Kangeroo Hoodie MH01-M-Black, Iris Workout Top
WS03-S-Blue; #D9000002 pending: Stellar Solar Jacket WJ01-M-Blue, $75; Visa 4242) and demo_leo_martin (#D9000004
processed: Gobi HeatTec Tee MS04-M-Black, $29, Black/Orange/Red). tau-retail emma_smith_8564 (#W3614011 pending:
Sneakers size 8 gray canvas). Catalog: Chaz Kangeroo Hoodie $52 Black/Gray/Orange; Iris Workout Top $29 in Green.

Run: python -m evals.generators.two_needs_19"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, forbidden, writes_forbidding
from evals.generators.reply_words import (
    GRAY,
    INVENTED_DAYS,
    LANGS,
    NO_DEADLINE,
    NOT_IDENTIFIED,
    ORANGE,
    PENDING,
    PROCESSED,
    REFUND_DAYS,
    YES,
)
from evals.generators.tau_data import ROOT, WRITES_ADDRESS_FIRST, write_suite

OUT = ROOT / "evals" / "suites" / "two-needs-19.yaml"
RED = ["red", "rouge", "rojo", "rot"]
GREEN = ["green", "vert", "verde", "grün"]
PERSON_OR_REMEDY = ["member of our team", "membre de notre équipe", "miembro de nuestro equipo",
                    "Mitglied unseres Teams", "replacement", "remplacement", "sustitución", "reemplazo",
                    "reposición", "Ersatz"]
EXCHANGE = ["exchange", "échange", "cambio", "cambiar", "Umtausch", "umtausch", "tauschen"]
DELIVERED = ["delivered", "livrée", "entregado", "zugestellt"]
SIZE_CHANGE = ["size", "taille", "talla", "Größe"]
CHANGE_OFFERED = EXCHANGE + ["change", "changer", "échangé", "ändern"]
VISA = ["visa", "4242"]

# (a) an order named by its item + a named catalog product's colours and price
TEE_ORDER_AND_GOBI = {
    "en": "where's my order with the t-shirt? and the Gobi HeatTec Tee, what colours and what price?",
    "fr": "où en est ma commande du t-shirt ? et le Gobi HeatTec Tee, quelles couleurs et quel prix ?",
    "es": "¿dónde está mi pedido de la camiseta? Y la Gobi HeatTec Tee, ¿colores y precio?",
    "de": "wo ist meine Bestellung mit dem T-Shirt? und das Gobi HeatTec Tee, welche Farben und welcher Preis?",
}
CHAZ_AND_JACKET_ORDER = {
    "en": "how much is the chaz kangeroo hoodie and what colors does it come in? also wheres my jacket order",
    "fr": "le sweat Chaz Kangeroo coute combien et en quelles couleurs ? et ma commande de la veste elle en est ou",
    "es": "cuanto cuesta la sudadera Chaz Kangeroo y en que colores? y mi pedido de la chaqueta donde esta",
    "de": "was kostet der Chaz Kangeroo Hoodie und in welchen Farben gibt es ihn? und wo ist meine Jackenbestellung",
}
# (b) a photo complaint + a product question in the caption
HOLE_AND_GREEN = {
    "en": "the top arrived with a hole — do you have it in green, and at what price?",
    "fr": "arrivé troué — vous l'avez en vert, à quel prix ?",
    "es": "el top me llegó agujereado. ¿lo tienen en verde? ¿a qué precio?",
    "de": "das Top kam mit einem Loch an – gibt es das auch in Grün, und zu welchem Preis?",
}
WRONG_COLOUR_AND_JACKET = {
    "en": "got the wrong colour hoodie. btw is the Stellar Solar Jacket still $75?",
    "fr": "je n'ai pas reçu la bonne couleur de sweat. au fait la veste Stellar Solar est toujours à 75 $ ?",
    "es": "me llegó la sudadera en otro color. por cierto, ¿la chaqueta Stellar Solar sigue a 75 $?",
    "de": "der Hoodie kam in der falschen Farbe. übrigens, kostet die Stellar Solar Jacket immer noch 75 $?",
}
# (c) a return deadline asked of a pending order
RETURN_DAYS_ONE_MESSAGE = {
    "en": "I'll probably want to return the jacket when it arrives, how many days do I have?",
    "fr": "je voudrai sans doute retourner la veste quand elle arrivera, j'ai combien de jours ?",
    "es": "quiero devolver la camiseta cuando llegue, ¿cuántos días tengo?",
    "de": "ich will die Jacke zurückschicken, wenn sie ankommt. wie viele Tage habe ich dafür?",
}
RETURN_DAYS_CUSTOMER = {"en": "demo_mia_novak", "fr": "demo_mia_novak", "es": "demo_leo_martin",
                        "de": "demo_mia_novak"}
WHERE_IS_JACKET = {
    "en": "where is my jacket order?",
    "fr": "elle en est où ma commande de veste ?",
    "es": "¿dónde está mi pedido de la chaqueta?",
    "de": "wo ist meine Jackenbestellung?",
}
RETURN_HOW_LONG = {
    "en": "how long do I have to return it once it arrives?",
    "fr": "combien de temps pour retourner ?",
    "es": "y si no me gusta, ¿hasta cuando puedo devolverla?",
    "de": "wie lange habe ich Zeit für die Rückgabe?",
}
# (d) a return of a pending order's item that does not fit, then a bigger size asked
SNEAKERS_TOO_SMALL = {
    "en": ("I want to return the sneakers from W3614011, they're too small",
           "can I swap them for a bigger size?"),
    "fr": ("je veux retourner les baskets de la commande W3614011, elles sont trop petites",
           "je peux les échanger contre une taille au-dessus ?"),
    "es": ("quiero devolver las zapatillas del pedido W3614011… me quedan pequeñas",
           "¿puedo cambiarlas por una talla más grande?"),
    "de": ("ich möchte die Sneaker aus W3614011 zurückgeben, sie sind zu klein",
           "kann ich sie gegen eine größere Größe tauschen?"),
}
JACKET_TOO_SMALL = {
    "en": ("i want to send back the jacket, it's too small", "ok can I get it one size bigger then?"),
    "fr": ("je veux renvoyer la veste, elle est trop petite", "alors je peux l'avoir une taille au-dessus ?"),
    "es": ("quiero devolver la chaqueta, me queda pequeña", "¿y me la pueden cambiar por una talla más grande?"),
    "de": ("ich will die Jacke zurückgeben, sie ist zu klein", "kann ich dann eine Nummer größer haben?"),
}
# (e) a yes with a question inside an open cancellation
CANCEL_JACKET = {
    "en": "cancel order D9000002, I ordered it by mistake",
    "fr": "annulez la commande D9000002, je l'ai commandée par erreur",
    "es": "cancela el pedido D9000002, lo pedí por error",
    "de": "storniere die Bestellung D9000002, aus Versehen bestellt",
}
YES_AND_VISA = {
    "en": "yes please. will the money go back on my visa?",
    "fr": "oui svp. l'argent revient bien sur ma visa ?",
    "es": "sí por favor. ¿el dinero vuelve a mi visa?",
    "de": "ja bitte. geht das Geld zurück auf meine Visa?",
}
CANCEL_JACKET_NO_LONGER = {
    "en": "please cancel my jacket order, don't need it anymore",
    "fr": "annulez ma commande de veste svp, je n'en ai plus besoin",
    "es": "cancelen mi pedido de la chaqueta, ya no la necesito",
    "de": "bitte meine Jackenbestellung stornieren, brauche sie nicht mehr",
}
SURE_AND_HOW_LONG = {
    "en": "sure go ahead. how long till the refund shows up on my card?",
    "fr": "d'accord allez-y. le remboursement met combien de temps à arriver sur ma carte ?",
    "es": "vale, adelante. ¿cuánto tarda en llegar el reembolso a mi tarjeta?",
    "de": "ok, mach das. wie lange dauert es, bis die Erstattung auf meiner Karte ist?",
}


def _case(case_id: str, lang: str, kind: str, description: str, customer: str, turns: list[dict[str, Any]],
          expect: dict[str, Any]) -> dict[str, Any]:
    return case_record(case_id, [lang, kind], description, customer, turns, expect)


def _order_by_item_cases(lang: str) -> list[dict[str, Any]]:
    return [
        _case(f"{lang}-tee-order-and-gobi", lang, "order-by-item-and-product",
              "the order named by its item (the tee) and a named catalog product's colours and price: the processed "
              "order said and the Gobi HeatTec Tee's colours (black, orange, red) and price ($29)", "demo_leo_martin",
              [{"text": TEE_ORDER_AND_GOBI[lang]}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST), "reply": {"facts": [PROCESSED, ["29"], ORANGE, RED]}}),
        _case(f"{lang}-chaz-and-jacket-order", lang, "order-by-item-and-product",
              "a named catalog product's price and colours, then the order named by its item (the jacket): $52, the "
              "colours and the pending order said", "demo_mia_novak", [{"text": CHAZ_AND_JACKET_ORDER[lang]}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST),
               "reply": {"facts": [["52"], GRAY, ["#D9000002"], PENDING]}}),
    ]


def _photo_cases(lang: str) -> list[dict[str, Any]]:
    return [
        _case(f"{lang}-hole-photo-and-green", lang, "photo-and-product",
              "a clean photo of the ordered top with words saying a hole, and whether it comes in green at what "
              "price: the complaint goes to a person or gets a remedy, and the top's green and $29 are said",
              "demo_mia_novak",
              [{"text": HOLE_AND_GREEN[lang], "photo": {"source": "w/s/ws03-blue_main.jpg"}}],
              {"forbidden": forbidden(WRITES_ADDRESS_FIRST), "reply": {"facts": [PERSON_OR_REMEDY, GREEN, ["29"]],
                                                "must_not_say": ["not a problem", "looks like what you ordered"]}}),
        _case(f"{lang}-wrong-colour-photo-and-price", lang, "photo-and-product",
              "a wrong colour photo of the ordered hoodie and whether the Stellar Solar Jacket is still $75: the "
              "exchange offered with its yes/no (nothing written) and the jacket's price said", "demo_mia_novak",
              [{"text": WRONG_COLOUR_AND_JACKET[lang], "photo": {"source": "m/h/mh01-orange_main.jpg"}}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST), "reply": {"facts": [EXCHANGE, ["75"]]}}),
    ]


def _return_deadline_cases(lang: str) -> list[dict[str, Any]]:
    checks = {"facts": [DELIVERED, NO_DEADLINE], "must_not_say": INVENTED_DAYS}
    return [
        _case(f"{lang}-return-days-pending", lang, "return-deadline",
              "a return of a pending order's item asked for later with how many days there are: the shop's rule "
              "(returns once delivered) and that it has no deadline to give; no number of days invented",
              RETURN_DAYS_CUSTOMER[lang], [{"text": RETURN_DAYS_ONE_MESSAGE[lang]}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST), "reply": checks}),
        _case(f"{lang}-return-how-long-after-status", lang, "return-deadline",
              "after the jacket order's status, how long a return may be made: the shop's rule and no deadline "
              "invented", "demo_mia_novak",
              [{"text": WHERE_IS_JACKET[lang]}, {"text": RETURN_HOW_LONG[lang], "reply": checks}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST), "reply": {"facts": [PENDING]}}),
    ]


def _fit_cases(lang: str) -> list[dict[str, Any]]:
    sneakers_first, sneakers_then = SNEAKERS_TOO_SMALL[lang]
    jacket_first, jacket_then = JACKET_TOO_SMALL[lang]
    swap = {"name": "modify_pending_order_items",
            "arguments": {"order_id": "#D9000002", "item_ids": ["WJ01-M-Blue"], "new_item_ids": ["WJ01-L-Blue"]}}
    return [
        _case(f"{lang}-sneakers-too-small-pending", lang, "fit-on-pending",
              "a return of a pending order's sneakers that are too small: a size change offered (pending orders "
              "can be changed), and 'a bigger size' read as the sneakers' change; nothing written",
              "emma_smith_8564",
              [{"text": sneakers_first, "reply": {"facts": [SIZE_CHANGE, CHANGE_OFFERED]}},
               {"text": sneakers_then, "reply": {"facts": [["Sneakers", "zapatillas", "baskets"]],
                                                 "must_not_say": NOT_IDENTIFIED}}],
              writes_forbidding([], WRITES_ADDRESS_FIRST)),
        _case(f"{lang}-jacket-too-small-pending", lang, "fit-on-pending",
              "a return of the pending jacket that is too small: a size change offered; 'one size bigger' proposes "
              "size L, written after the yes", "demo_mia_novak",
              [{"text": jacket_first, "reply": {"facts": [SIZE_CHANGE]}},
               {"text": jacket_then, "reply": {"facts": [["#D9000002"]], "must_not_say": NOT_IDENTIFIED}},
               {"text": YES[lang]}],
              writes_forbidding([swap], [w for w in WRITES_ADDRESS_FIRST if w != "modify_pending_order_items"])),
    ]


def _yes_with_question_cases(lang: str) -> list[dict[str, Any]]:
    cancel_mistake = {"name": "cancel_pending_order",
                      "arguments": {"order_id": "#D9000002", "reason": "ordered by mistake"}}
    cancel_unneeded = {"name": "cancel_pending_order",
                       "arguments": {"order_id": "#D9000002", "reason": "no longer needed"}}
    return [
        _case(f"{lang}-yes-and-visa", lang, "yes-with-question",
              "a cancellation proposed, then 'yes please, will the money go back on my visa?': the refund's method "
              "(Visa 4242) said; cancelled once, after a yes the consent rules accept", "demo_mia_novak",
              [{"text": CANCEL_JACKET[lang]}, {"text": YES_AND_VISA[lang], "reply": {"facts": [VISA]}},
               {"text": YES[lang]}],
              writes_forbidding([cancel_mistake], WRITES_ADDRESS_FIRST[1:])),
        _case(f"{lang}-yes-and-refund-time", lang, "yes-with-question",
              "a cancellation proposed, then a yes with 'how long until the refund shows on my card?': 5-7 business "
              "days said; cancelled once, after a yes the consent rules accept", "demo_mia_novak",
              [{"text": CANCEL_JACKET_NO_LONGER[lang]}, {"text": SURE_AND_HOW_LONG[lang],
                                                         "reply": {"facts": [REFUND_DAYS]}},
               {"text": YES[lang]}],
              writes_forbidding([cancel_unneeded], WRITES_ADDRESS_FIRST[1:])),
    ]


def build() -> dict[str, Any]:
    cases = [case for lang in LANGS
             for case in (*_order_by_item_cases(lang), *_photo_cases(lang), *_return_deadline_cases(lang),
                          *_fit_cases(lang), *_yes_with_question_cases(lang))]
    return {
        "suite": "two-needs-19",
        "description": "issue 17, fresh18 F8/F11/F14: a second need or a policy question still dropped: an order "
                       "named by its item beside a product question; a photo complaint with a product question in "
                       "its caption; a return deadline asked of a pending order (the rule said, no number invented); "
                       "a return of a pending item that does not fit (a size change offered, a bigger size read as "
                       "its change); a yes with a question inside a cancellation. en/fr/es/de 10 each. Generated by "
                       "evals/generators/two_needs_19.py. Written first.",
        "tags": ["dialogue", "two-needs-19"],
        "customer": "demo_mia_novak",
        "cases": cases,
    }


if __name__ == "__main__":
    write_suite(OUT, build())
