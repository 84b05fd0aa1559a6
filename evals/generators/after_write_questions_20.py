"""Writes evals/suites/after-write-questions-20.yaml: questions asked right after a write, shop-policy questions and
bare prompts to a proposal are answered and never read as a new action (issue 17, browser findings A1, A10, A11,
A19-8), en/fr/es/de, 10 cases each, wording written for this suite.
(a) After an exchange or a return: how the old item goes back (the shop's words: an email explains how to send the
items back, `prompts/replies*.yaml` return_requested). (b) After an item change or a cancellation: where the money
goes and how long it takes (`prompts/shop_policy.v1.yaml` refund_timing). (c) After an address change: the address
now. (d) After an exchange: "is it done?". (e) Policy questions after a write: days to return worn items (the shop
holds no deadline: said so, no number, once), who pays return shipping, worn items (the shop holds no rule: a person
offered). (f) A bare prompt ("so?", "alors ?", "¿y?", "und?") to an open proposal: the proposal asked again, never a no.
Only the first write is performed (`strict`); no reply says "nothing has been changed".
Demo customers: demo_mia_novak (#D9000001 delivered: Chaz Kangeroo Hoodie MH01-M-Black, Iris Workout Top
WS03-S-Blue; #D9000002 pending: Stellar Solar Jacket WJ01-M-Blue; Visa 4242 credit_card_9000001, gift card
gift_card_9000001) and demo_leo_martin (#D9000003 delivered: Caesar Warm-Up Pant MP01-32-Black; PayPal
paypal_9000002).

Run: python -m evals.generators.after_write_questions_20"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, writes_expected
from evals.generators.reply_words import EMAIL, INVENTED_DAYS, LANGS, NO_DEADLINE, REFUND_DAYS, YES
from evals.generators.tau_data import ROOT, WRITES_ADDRESS_FIRST, write_suite

OUT = ROOT / "evals" / "suites" / "after-write-questions-20.yaml"
NOTHING_CHANGED = ["Nothing has been changed", "Rien n'a été modifié", "No se ha cambiado nada",
                   "No se ha modificado nada", "Es wurde nichts geändert", "haven't changed anything",
                   "je n'ai rien modifié", "no he cambiado nada", "ich habe nichts geändert"]
NEW_ACTION = ["Which items of order", "Quels articles de la commande", "¿Qué artículos del pedido",
              "Welche Artikel der Bestellung", "already has an exchange", "a déjà un échange",
              "ya tiene un cambio", "bereits ein Umtausch", "das geht nur", "only while", "seulement tant",
              "solo mientras"]
ASKS_ADDRESS = ["What's the new shipping address", "Quelle est la nouvelle adresse", "¿Cuál es la nueva dirección",
                "Wie lautet die neue"]
PERSON = ["member of our team", "membre de notre équipe", "miembro de nuestro equipo", "Mitglied unseres Teams"]
GIFT = ["gift card", "carte cadeau", "tarjeta regalo", "Geschenkkarte"]
AT_ONCE_OR_NONE = ["at once", "immédiatement", "al instante", "sofort", "nothing to pay", "rien à payer",
                   "nada que pagar", "nichts zu zahlen", "0.00", "0,00"]
DEADLINE_ONCE = ["time limit for returns", "délai de retour", "plazo de devolución", "Rückgabefrist"]
EXCHANGE_WORDS = ["exchange", "échange", "cambio", "Umtausch", "33"]
PROPOSAL_AGAIN = ["yes or no", "oui ou non", "sí o no", "Ja oder Nein", "no longer needed", "plus besoin",
                  "ya no", "nicht mehr", "by mistake", "par erreur", "por error", "versehentlich", "aus Versehen"]

EXCHANGE = {"name": "exchange_delivered_order_items",
            "arguments": {"order_id": "#D9000003", "item_ids": ["MP01-32-Black"], "new_item_ids": ["MP01-33-Black"],
                          "payment_method_id": "paypal_9000002"}}
RETURN = {"name": "return_delivered_order_items",
          "arguments": {"order_id": "#D9000001", "item_ids": ["MH01-M-Black"],
                        "payment_method_id": "gift_card_9000001"}}
ITEM_CHANGE = {"name": "modify_pending_order_items",
               "arguments": {"order_id": "#D9000002", "item_ids": ["WJ01-M-Blue"],
                             "new_item_ids": ["WJ01-L-Blue"]}}
CANCEL = {"name": "cancel_pending_order", "arguments": {"order_id": "#D9000002", "reason": "ordered by mistake"}}
ADDRESS = {"name": "modify_pending_order_address",
           "arguments": {"order_id": "#D9000002", "address1": "55 Pine Street", "city": "Oakland", "zip": "94607"}}

SWAP_PANTS = {
    "en": "can i swap my warm up pants for a 33 waist, same colour",
    "fr": "je peux échanger mon pantalon de survêtement contre une taille 33, même couleur ?",
    "es": "¿puedo cambiar mi pantalón de calentamiento por una talla 33, del mismo color?",
    "de": "kann ich meine Trainingshose gegen Weite 33 tauschen, gleiche Farbe?",
}
RETURN_HOODIE = {
    "en": "I want to return the hoodie from order D9000001, refund it to my gift card",
    "fr": "je veux retourner le sweat de la commande D9000001, remboursement sur ma carte cadeau",
    "es": "quiero devolver la sudadera del pedido D9000001, reembolso a mi tarjeta regalo",
    "de": "ich möchte den Hoodie aus Bestellung D9000001 zurückgeben, Erstattung auf meine Geschenkkarte",
}
JACKET_TO_L = {
    "en": "can I have my jacket in size L instead of M, same blue? put any difference on my gift card",
    "fr": "je peux avoir ma veste en L au lieu de M, même bleu ? la différence sur ma carte cadeau",
    "es": "¿me cambias la chaqueta a la talla L en vez de la M, el mismo azul? la diferencia a mi tarjeta regalo",
    "de": "kann ich meine Jacke in L statt M haben, gleiches Blau? die Differenz auf meine Geschenkkarte",
}
CANCEL_JACKET = {
    "en": "please cancel my jacket order, I ordered it by mistake",
    "fr": "annulez ma commande de la veste s'il vous plaît, je l'ai commandée par erreur",
    "es": "cancela mi pedido de la chaqueta por favor, lo pedí por error",
    "de": "bitte stornieren Sie meine Jackenbestellung, ich habe sie aus Versehen bestellt",
}
CANCEL_JACKET_BARE = {
    "en": "cancel the jacket order",
    "fr": "annuler la commande de la veste",
    "es": "cancelar el pedido de la chaqueta",
    "de": "die Jackenbestellung stornieren",
}
ADDRESS_JACKET = {
    "en": "please ship my jacket order to 55 Pine Street, Oakland, CA 94607 instead",
    "fr": "envoyez plutôt ma commande de la veste au 55 Pine Street, Oakland, CA 94607",
    "es": "envía mi pedido de la chaqueta a 55 Pine Street, Oakland, CA 94607 en su lugar",
    "de": "schicken Sie meine Jackenbestellung bitte stattdessen an 55 Pine Street, Oakland, CA 94607",
}
SEND_BACK_AFTER_EXCHANGE = {
    "en": "thanks. and how do i send the old ones back?",
    "fr": "merci. et je dois renvoyer l'ancien comment ?",
    "es": "gracias. ¿y cómo devuelvo el viejo?",
    "de": "danke. und wie schicke ich die alte Hose zurück?",
}
SEND_BACK_AFTER_RETURN = {
    "en": "ok where do I ship it to?",
    "fr": "d'accord, je l'envoie où ?",
    "es": "vale, ¿y a dónde lo mando?",
    "de": "ok, wohin schicke ich ihn?",
}
REFUND_AFTER_ITEM_CHANGE = {
    "en": "does the money go back to my gift card? how long does that take?",
    "fr": "l'argent revient sur ma carte cadeau ? ça prend combien de temps ?",
    "es": "¿el dinero vuelve a mi tarjeta regalo? ¿cuánto tarda?",
    "de": "Geht das Geld auf meine Geschenkkarte zurueck? Wie lange dauert das?",
}
REFUND_AFTER_CANCEL = {
    "en": "when do I get my money back?",
    "fr": "je serai remboursée quand ?",
    "es": "¿cuándo me devuelven el dinero?",
    "de": "wann bekomme ich mein Geld zurück?",
}
ADDRESS_NOW = {
    "en": "so the new address is saved now?",
    "fr": "et la nouvelle adresse, c'est bien changé ?",
    "es": "y la direccion nueva la cambiaste?",
    "de": "und die neue Adresse ist jetzt eingetragen?",
}
IS_IT_DONE = {
    "en": "so is it done?",
    "fr": "donc c'est fait ?",
    "es": "¿entonces ya está hecho?",
    "de": "ist das jetzt erledigt?",
}
DAYS_WORN = {
    "en": "how many days do i have to return pants i already wore once?",
    "fr": "j'ai combien de jours pour retourner un pantalon déjà porté une fois ?",
    "es": "¿cuántos días tengo para devolver un pantalón que ya usé una vez?",
    "de": "wie viele Tage habe ich, um eine schon einmal getragene Hose zurückzugeben?",
}
WHO_PAYS_SHIPPING = {
    "en": "who pays return shipping?",
    "fr": "qui paie les frais de retour ?",
    "es": "¿quién paga el envío de la devolución?",
    "de": "wer zahlt den Rückversand?",
}
WORN_RETURN = {
    "en": "can you return clothes you already wore?",
    "fr": "on peut retourner un vêtement déjà porté ?",
    "es": "¿se puede devolver ropa ya usada?",
    "de": "kann man getragene Kleidung zurückgeben?",
}
BARE_PROMPT = {"en": "so?", "fr": "alors ?", "es": "¿y?", "de": "und?"}


def _case(case_id: str, lang: str, kind: str, description: str, customer: str, turns: list[dict[str, Any]],
          expect: dict[str, Any]) -> dict[str, Any]:
    return case_record(case_id, [lang, "after-write-questions-20", kind], description, customer, turns, expect)


def _writes(calls: list[dict[str, Any]], reply: dict[str, Any] | None = None) -> dict[str, Any]:
    return writes_expected(calls, reply=reply, writes=WRITES_ADDRESS_FIRST)


def _asked(text: str, facts: list[list[str]], must_not_say: list[str]) -> dict[str, Any]:
    return {"text": text, "reply": {"facts": facts, "must_not_say": must_not_say}}


def _cases(lang: str) -> list[dict[str, Any]]:
    yes = {"text": YES[lang]}
    leo, mia = "demo_leo_martin", "demo_mia_novak"
    return [
        _case(f"{lang}-exchange-then-send-back", lang, "how-to-send-back",
              "after the pants' exchange is written, how the old pair goes back: the shop's email with the "
              "instructions said; never read as a second exchange", leo,
              [{"text": SWAP_PANTS[lang]}, yes,
               _asked(SEND_BACK_AFTER_EXCHANGE[lang], [EMAIL], NOTHING_CHANGED + NEW_ACTION)],
              _writes([EXCHANGE])),
        _case(f"{lang}-return-then-where-to-ship", lang, "how-to-send-back",
              "after the hoodie's return is written, where to ship it: the email with the instructions said; no "
              "second return", mia,
              [{"text": RETURN_HOODIE[lang]}, yes,
               _asked(SEND_BACK_AFTER_RETURN[lang], [EMAIL], NOTHING_CHANGED + NEW_ACTION)],
              _writes([RETURN])),
        _case(f"{lang}-item-change-then-refund-where", lang, "refund-where-when",
              "after the jacket's item change (M to L, same price) is written, 'does the money go back to my gift "
              "card, how long?': the change's own settlement (gift card, nothing to pay or at once) said; never "
              "read as a refund request", mia,
              [{"text": JACKET_TO_L[lang]}, yes,
               _asked(REFUND_AFTER_ITEM_CHANGE[lang], [GIFT, AT_ONCE_OR_NONE], NOTHING_CHANGED + NEW_ACTION)],
              _writes([ITEM_CHANGE])),
        _case(f"{lang}-cancel-then-refund-when", lang, "refund-where-when",
              "after the jacket order's cancellation is written, when the money comes back: to the Visa it was "
              "paid with, in 5-7 business days", mia,
              [{"text": CANCEL_JACKET[lang]}, yes,
               _asked(REFUND_AFTER_CANCEL[lang], [REFUND_DAYS], NOTHING_CHANGED + NEW_ACTION)],
              _writes([CANCEL])),
        _case(f"{lang}-address-then-is-it-changed", lang, "is-it-done",
              "after the address change of #D9000002 is written, 'is the new address saved?': yes, with the address "
              "written; never a new address asked", mia,
              [{"text": ADDRESS_JACKET[lang]}, yes,
               _asked(ADDRESS_NOW[lang], [["55 Pine Street"], ["#D9000002"]], NOTHING_CHANGED + ASKS_ADDRESS)],
              _writes([ADDRESS])),
        _case(f"{lang}-exchange-then-is-it-done", lang, "is-it-done",
              "after the pants' exchange is written, 'so is it done?': the exchange of #D9000003 said as done", leo,
              [{"text": SWAP_PANTS[lang]}, yes,
               _asked(IS_IT_DONE[lang], [["#D9000003"], EXCHANGE_WORDS], NOTHING_CHANGED + NEW_ACTION)],
              _writes([EXCHANGE])),
        _case(f"{lang}-exchange-then-days-worn", lang, "policy-after-write",
              "after the exchange, how many days to return worn pants: the shop holds no deadline (said once, no "
              "number invented), never 'an exchange is under way, nothing changed'", leo,
              [{"text": SWAP_PANTS[lang]}, yes,
               _asked(DAYS_WORN[lang], [NO_DEADLINE], NOTHING_CHANGED + NEW_ACTION + INVENTED_DAYS)],
              _writes([EXCHANGE], {"said_at_most_once": DEADLINE_ONCE})),
        _case(f"{lang}-exchange-then-who-pays-shipping", lang, "policy-after-write",
              "after the exchange, who pays return shipping: the shop holds no such rule, so a person is offered; "
              "no action", leo,
              [{"text": SWAP_PANTS[lang]}, yes,
               _asked(WHO_PAYS_SHIPPING[lang], [PERSON], NOTHING_CHANGED + NEW_ACTION)],
              _writes([EXCHANGE])),
        _case(f"{lang}-return-then-worn-clothes", lang, "policy-after-write",
              "after the hoodie's return, whether worn clothes can be returned: the shop's return rule said and "
              "a person offered for what it does not hold; no second return", mia,
              [{"text": RETURN_HOODIE[lang]}, yes,
               _asked(WORN_RETURN[lang], [PERSON], NOTHING_CHANGED + NEW_ACTION)],
              _writes([RETURN])),
        _case(f"{lang}-cancel-proposal-bare-prompt", lang, "bare-prompt",
              "a cancellation proposed, then a bare prompt ('so?'): the proposal said again, never read as a no; "
              "nothing written", mia,
              [{"text": CANCEL_JACKET_BARE[lang]},
               _asked(BARE_PROMPT[lang], [["#D9000002"], PROPOSAL_AGAIN], NOTHING_CHANGED)],
              _writes([])),
    ]


def build() -> dict[str, Any]:
    return {
        "suite": "after-write-questions-20",
        "description": "issue 17, browser findings A1/A10/A11/A19-8: questions asked right after a write (how to send "
                       "the old item back, where and when the money goes, is it done, the address now), shop-policy "
                       "questions (days to return worn items, who pays return shipping) and bare prompts to a "
                       "proposal are answered from the write's own facts and prompts/shop_policy.v1.yaml, never "
                       "read as a new action or a no. en/fr/es/de 10 each. Generated by "
                       "evals/generators/after_write_questions_20.py. Written first.",
        "tags": ["dialogue", "after-write-questions-20"],
        "customer": "demo_mia_novak",
        "cases": [case for lang in LANGS for case in _cases(lang)],
    }


if __name__ == "__main__":
    write_suite(OUT, build())
