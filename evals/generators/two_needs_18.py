"""Writes evals/suites/two-needs-18.yaml: two needs in one message, or a question asked while the assistant waits
for an option (issue 17), en/fr/es/de, wording written for this suite. (a) An order's status beside a question
about a named catalog product (its colours, price or sizes), in either order: both answered. (b) A cancellation
(with its reason) beside an account question (gift card balance, saved payment methods): the cancellation proposed
with its Yes/No, the account answered, nothing written without the yes; after the yes, the cancellation only.
(c) While the assistant asks which size or colour an item should change to, a policy or account question: it is
answered and the option question asked again once; the customer's later answer still proposes the change, written
after the yes. Demo customers: demo_mia_novak (#D9000001 delivered; #D9000002 pending: Stellar Solar Jacket
WJ01-M-Blue; Visa 4242 and a $50.00 gift card) and demo_leo_martin (#D9000004 processed: Gobi HeatTec Tee,
tracking 1Z9000004US). Catalog: Chaz Kangeroo Hoodie (Black, Gray, Orange; $52), Teton Pullover Hoodie ($70),
Beaumont Summit Kit (XS-XL).

Run: python -m evals.generators.two_needs_18"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, writes_expected, writes_forbidding
from evals.generators.reply_words import CANCEL, GRAY, LANGS, ORANGE, PENDING, PROCESSED, REFUND_DAYS, YES
from evals.generators.tau_data import ROOT, WRITES_ADDRESS_FIRST, write_suite

OUT = ROOT / "evals" / "suites" / "two-needs-18.yaml"
GIFT_BALANCE = ["50.00", "50,00"]
CARDS = "[card"  # product cards: never beside an order or account answer (a product's own answer may show one)
# The option question's own words (`ask_new_variant`): asked again once after the answer, never after the choice.
OPTION_QUESTION = {"en": "would you like instead", "fr": "souhaitez-vous à la place",
                   "es": "quiere en lugar de la actual", "de": "möchten Sie statt der jetzigen"}

# (a) an order's status + a question about a named catalog product
STATUS_AND_COLOURS = {
    "en": "any update on order #D9000002? oh and is the Chaz Kangeroo hoodie available in blue?",
    "fr": "où en est ma commande D9000002 ? et est-ce que le sweat Chaz Kangeroo existe en bleu ?",
    "es": "¿cómo va mi pedido #D9000002? y otra cosa, ¿tienen la sudadera Chaz Kangeroo en azul?",
    "de": "wo ist meine Bestellung #D9000002? und gibt es den Chaz Kangeroo Hoodie auch in Blau?",
}
STATUS_AND_PRICE = {
    "en": "has my tee shipped yet? also how much is the Teton Pullover Hoodie",
    "fr": "mon t-shirt est parti ? et combien coûte le Teton Pullover Hoodie",
    "es": "¿ya enviaron mi camiseta? y cuánto cuesta la sudadera Teton Pullover",
    "de": "ist mein T-Shirt schon unterwegs? und was kostet der Teton Pullover Hoodie",
}
SIZES_AND_STATUS = {
    "en": "what sizes does the Beaumont Summit Kit come in? and where is my jacket order at",
    "fr": "le Beaumont Summit Kit existe en quelles tailles ? et ma commande de veste, elle en est où",
    "es": "¿en qué tallas viene el Beaumont Summit Kit? y mi pedido de la chaqueta, ¿dónde está?",
    "de": "in welchen Größen gibt es das Beaumont Summit Kit? und wo steckt meine Bestellung mit der Jacke",
}
# (b) a cancellation + an account question
CANCEL_AND_GIFT = {
    "en": "cancel order #D9000002 please, i ordered it by mistake. and what's my gift card balance?",
    "fr": "annulez la commande D9000002 svp, commandée par erreur. et il me reste combien sur ma carte cadeau ?",
    "es": "cancela el pedido #D9000002 por favor, lo pedí por error. y ¿cuánto saldo tengo en la tarjeta regalo?",
    "de": "bitte Bestellung #D9000002 stornieren, aus Versehen bestellt. und wie hoch ist mein Geschenkkartenguthaben?",
}
GIFT_AND_CANCEL = {
    "en": "how much is left on my gift card? also i want to cancel my jacket order, don't need it anymore",
    "fr": "quel est le solde de ma carte cadeau ? je veux aussi annuler ma commande de veste, je n'en ai plus besoin",
    "es": "¿qué saldo queda en mi tarjeta regalo? también quiero cancelar el pedido de la chaqueta, ya no la necesito",
    "de": "wie viel Guthaben hat meine Geschenkkarte noch? außerdem möchte ich die Jackenbestellung stornieren, "
          "brauche sie nicht mehr",
}
METHODS_AND_CANCEL = {
    "en": "which payment methods do I have saved? and cancel D9000002, no longer needed",
    "fr": "quels moyens de paiement j'ai enregistrés ? et annulez la D9000002, je n'en ai plus besoin",
    "es": "¿qué métodos de pago tengo guardados? y cancela el D9000002, ya no lo necesito",
    "de": "welche Zahlungsarten habe ich gespeichert? und storniere D9000002, brauche ich nicht mehr",
}
# (c) a question while the option question waits
CHANGE_JACKET_SIZE = {
    "en": "i need a different size for the jacket in my pending order",
    "fr": "il me faudrait une autre taille pour la veste de ma commande en attente",
    "es": "necesito otra talla para la chaqueta de mi pedido pendiente",
    "de": "ich brauche eine andere Größe für die Jacke in meiner offenen Bestellung",
}
REFUND_QUESTION = {
    "en": "before I pick, how long do refunds take?",
    "fr": "avant de choisir, combien de temps prend un remboursement ?",
    "es": "antes de elegir, ¿cuánto tarda un reembolso?",
    "de": "bevor ich wähle: wie lange dauert eine Erstattung?",
}
SIZE_S = {"en": "size S please", "fr": "en S s'il vous plaît", "es": "talla S por favor", "de": "Größe S bitte"}
CHANGE_JACKET_COLOUR = {
    "en": "can I swap the colour of my jacket? it's in order D9000002",
    "fr": "je peux changer la couleur de ma veste ? c'est la commande D9000002",
    "es": "¿puedo cambiar el color de mi chaqueta? es el pedido D9000002",
    "de": "kann ich die Farbe meiner Jacke ändern? das ist Bestellung D9000002",
}
GIFT_QUESTION = {
    "en": "hmm wait, what's my gift card balance?",
    "fr": "attendez, quel est le solde de ma carte cadeau ?",
    "es": "espera, ¿cuánto saldo tengo en la tarjeta regalo?",
    "de": "moment, wie hoch ist mein Geschenkkartenguthaben?",
}
RED = {"en": "the red one", "fr": "en rouge", "es": "en rojo", "de": "in Rot"}


def _case(case_id: str, lang: str, kind: str, description: str, customer: str, turns: list[dict[str, Any]],
          expect: dict[str, Any]) -> dict[str, Any]:
    return case_record(case_id, [lang, kind], description, customer, turns, expect)


def _product_cases(lang: str) -> list[dict[str, Any]]:
    return [
        _case(f"{lang}-status-and-colours", lang, "status-and-product",
              "an order's status and whether a named catalog product comes in a colour it lacks: the pending order "
              "said and the hoodie's colours (black, gray, orange)", "demo_mia_novak",
              [{"text": STATUS_AND_COLOURS[lang]}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST),
               "reply": {"facts": [["#D9000002"], PENDING, GRAY, ORANGE]}}),
        _case(f"{lang}-status-and-price", lang, "status-and-product",
              "whether the tee shipped and a named catalog product's price: the processed order and its tracking "
              "said, and the hoodie's price ($70)", "demo_leo_martin", [{"text": STATUS_AND_PRICE[lang]}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST),
               "reply": {"facts": [PROCESSED, ["70"]]}}),
        _case(f"{lang}-sizes-and-status", lang, "status-and-product",
              "a named catalog product's sizes, then where an order is: the sizes (XS to XL) and the pending order "
              "said", "demo_mia_novak", [{"text": SIZES_AND_STATUS[lang]}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST),
               "reply": {"facts": [["XS"], ["XL"], ["#D9000002"], PENDING]}}),
    ]


def _account_cases(lang: str) -> list[dict[str, Any]]:
    cancel = {"name": "cancel_pending_order", "arguments": {"order_id": "#D9000002", "reason": "no longer needed"}}
    return [
        _case(f"{lang}-cancel-and-gift-card", lang, "cancel-and-account",
              "a cancellation with its reason and the gift card balance, no yes: the cancellation proposed, the "
              "balance ($50.00) said, nothing written", "demo_mia_novak", [{"text": CANCEL_AND_GIFT[lang]}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST),
               "reply": {"facts": [["#D9000002"], CANCEL, GIFT_BALANCE], "must_not_say": [CARDS]}}),
        _case(f"{lang}-gift-card-and-cancel-yes", lang, "cancel-and-account",
              "the gift card balance, then a cancellation of the jacket's order: the balance said and the "
              "cancellation proposed; the yes cancels that order only", "demo_mia_novak",
              [{"text": GIFT_AND_CANCEL[lang]}, {"text": YES[lang]}],
              {**writes_forbidding([cancel], WRITES_ADDRESS_FIRST[1:]),
               "reply": {"facts": [["#D9000002"], GIFT_BALANCE], "must_not_say": [CARDS]}}),
        _case(f"{lang}-methods-and-cancel", lang, "cancel-and-account",
              "the saved payment methods and a cancellation, no yes: the methods (Visa 4242, gift card) said and "
              "the cancellation proposed, nothing written", "demo_mia_novak", [{"text": METHODS_AND_CANCEL[lang]}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST),
               "reply": {"facts": [["4242"], ["#D9000002"], CANCEL], "must_not_say": [CARDS]}}),
    ]


def _option_cases(lang: str) -> list[dict[str, Any]]:
    asked = OPTION_QUESTION[lang]
    swap = {"name": "modify_pending_order_items",
            "arguments": {"order_id": "#D9000002", "item_ids": ["WJ01-M-Blue"]}}
    return [
        _case(f"{lang}-refund-question-while-choosing", lang, "question-while-choosing",
              "asked which size the jacket should be, the customer asks how long refunds take: answered and the "
              "option question asked again (once); 'size S' then proposes the change, written after the yes",
              "demo_mia_novak",
              [{"text": CHANGE_JACKET_SIZE[lang]},
               {"text": REFUND_QUESTION[lang], "reply": {"facts": [REFUND_DAYS, [asked]]}},
               {"text": SIZE_S[lang], "reply": {"facts": [["#D9000002"]], "must_not_say": [asked]}},
               {"text": YES[lang]}],
              {**writes_forbidding([{**swap, "arguments": {**swap["arguments"], "new_item_ids": ["WJ01-S-Blue"]}}],
                         [w for w in WRITES_ADDRESS_FIRST if w != "modify_pending_order_items"]),
               "reply": {"must_not_say": [CARDS]}}),
        _case(f"{lang}-gift-question-while-choosing", lang, "question-while-choosing",
              "asked which colour the jacket should be, the customer asks the gift card balance: answered ($50.00) "
              "and the option question asked again (once); red then proposes the change, written after the yes",
              "demo_mia_novak",
              [{"text": CHANGE_JACKET_COLOUR[lang]},
               {"text": GIFT_QUESTION[lang], "reply": {"facts": [GIFT_BALANCE, [asked]]}},
               {"text": RED[lang], "reply": {"facts": [["#D9000002"]], "must_not_say": [asked]}},
               {"text": YES[lang]}],
              {**writes_forbidding([{**swap, "arguments": {**swap["arguments"], "new_item_ids": ["WJ01-M-Red"]}}],
                         [w for w in WRITES_ADDRESS_FIRST if w != "modify_pending_order_items"]),
               "reply": {"must_not_say": [CARDS]}}),
    ]


# (d) tau-retail customers, signed in: a cancellation beside an account question (customer, order, balance)
TAU_CANCEL_AND_ACCOUNT = {
    "en": ("isabella_lopez_6490", "#W4923227", ["60.00", "60,00"],
           "please cancel #W4923227, ordered it by mistake. also what's my gift card balance?", False),
    "fr": ("ivan_santos_7021", "#W5801125", ["12.00", "12,00"],
           "annulez ma commande W5801125, je n'en ai plus besoin ; et combien reste-t-il sur ma carte cadeau ?", False),
    "es": ("amelia_kim_4338", "#W7634667", ["17.00", "17,00"],
           "¿cuánto saldo tengo en la tarjeta regalo? y cancela el pedido #W7634667, lo pedí por error", True),
    "de": ("ava_khan_1840", "#W1123136", ["18.00", "18,00"],
           "welche Zahlungsarten habe ich gespeichert? und bitte Bestellung #W1123136 stornieren, brauche ich nicht "
           "mehr", False),
}


def _tau_cases(lang: str) -> list[dict[str, Any]]:
    customer, order_id, balance, text, says_yes = TAU_CANCEL_AND_ACCOUNT[lang]
    reason = "ordered by mistake" if says_yes else "no longer needed"
    cancel = {"name": "cancel_pending_order", "arguments": {"order_id": order_id, "reason": reason}}
    return [_case(f"{lang}-tau-cancel-and-account", lang, "cancel-and-account",
                  "a tau-retail customer signed in: a cancellation with its reason beside an account question (the "
                  "gift card balance, or the saved methods with it): the account answered and the cancellation "
                  "proposed; written only after a yes", customer,
                  [{"text": text}, *([{"text": YES[lang]}] if says_yes else [])],
                  {**writes_expected([cancel] if says_yes else [], writes=WRITES_ADDRESS_FIRST),
                   "reply": {"facts": [[order_id], balance] + ([] if says_yes else [CANCEL]),
                             "must_not_say": [CARDS]}})]


def build() -> dict[str, Any]:
    cases = [case for lang in LANGS
             for case in (*_product_cases(lang), *_account_cases(lang), *_option_cases(lang), *_tau_cases(lang))]
    return {
        "suite": "two-needs-18",
        "description": "issue 17: two needs in one message (an order's status and a named catalog product's "
                       "colours, price or sizes; a cancellation and the gift card balance or saved payment methods), "
                       "or a policy or account question while the assistant waits for the option of an item "
                       "change: every need answered, the option question asked again once, nothing written without "
                       "its proposal and yes; en/fr/es/de 9 each (demo customers; one tau-retail customer each, added "
                       "after the fix and scored on main too). Generated by evals/generators/two_needs_18.py. "
                       "Written first.",
        "tags": ["dialogue", "two-needs-18"],
        "customer": "demo_mia_novak",
        "cases": cases,
    }


if __name__ == "__main__":
    write_suite(OUT, build())
