"""Cases for issue 17's class "a message at the method step that is not a method is still understood" (fresh20 F2,
F6, F12), in four languages, written before the fix by methodq22.

Writes evals/suites/method-step-22.yaml. Each case asks an item change of a pending order whose new variant costs
more, so the assistant asks which saved method pays the difference; the next message is not (only) a method: a change
of mind (the change dropped and said so; with a new address, the address alone proposed), a new address alone (kept
and proposed with the change, the address written first), a question about the item (answered, the method asked
again), a "yes" (the method asked, naming the choices), a split payment (one method pays, said so), a call-off in
words (nothing written). Near-misses: a method named with extra words ("ok with the visa"), another value of the
same option ("size 7 instead"), a bare "no". F12: while the order is ambiguous, a question not about which order is
answered, never the order list again. Ids, prices and methods are from data/tau-retail (checked by hand).

Run: python -m evals.generators.method_step_22"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import reply_turn, suite_case
from evals.generators.reply_words import LANGS
from evals.generators.tau_data import ROOT, write_suite

OUT = ROOT / "evals" / "suites" / "method-step-22.yaml"
SUITE = "method-step-22"
ITEMS = "modify_pending_order_items"
ADDRESS = "modify_pending_order_address"
# The method question as each language asks it: never asked again after a change of mind or a call-off.
METHOD_QUESTION = {"en": "Which saved payment method", "fr": "Quel moyen de paiement enregistré",
                   "es": "Qué método de pago guardado", "de": "Welches gespeicherte Zahlungsmittel"}
# One method pays the difference (a split is said to be impossible).
ONE_METHOD = {"en": ["only one method", "only one payment method", "a single method", "a single payment method",
                      "one payment method"],
              "fr": ["un seul moyen", "un moyen de paiement unique", "un seul mode"],
              "es": ["un solo método", "un único método", "un método de pago"],
              "de": ["nur ein Zahlungsmittel", "ein einziges Zahlungsmittel", "nur einem Zahlungsmittel",
                     "einem einzigen Zahlungsmittel"]}

# Swaps (pending order, one item of its kind across the customer's orders, new variant dearer, several methods).
OMAR = {"uid": "omar_silva_7446", "order": "#W9673784", "item": "8124970213", "new": "2060066974",
        "methods": {"paypal": "paypal_2192303", "mastercard": "credit_card_5322562", "gift": "gift_card_5540683"},
        "digits": {"mastercard": "5859"}, "material": ["cotton", "coton", "algodón", "Baumwolle"],
        "noun": {"en": "the purple t-shirt", "fr": "le t-shirt violet", "es": "la camiseta morada",
                 "de": "das lila T-Shirt"},
        "ask": {"en": "in black, same size", "fr": "en noir, même taille", "es": "en negro, misma talla",
                "de": "in Schwarz, gleiche Größe"},
        "keep": {"en": "keep it purple", "fr": "je le garde en violet", "es": "me la quedo morada",
                 "de": "lieber doch lila lassen"}}
OLIVIA = {"uid": "olivia_ito_3591", "order": "#W5442520", "item": "2648909398", "new": "8106223139",
          "methods": {"visa": "credit_card_9753331", "paypal": "paypal_8049766", "gift": "gift_card_7794233"},
          "digits": {"visa": "9182"}, "material": ["leather", "cuir", "cuero", "Leder"],
          "noun": {"en": "the hiking boots", "fr": "les chaussures de randonnée", "es": "las botas de montaña",
                   "de": "die Wanderschuhe"},
          "ask": {"en": "in size 9 instead of 8", "fr": "en pointure 9 au lieu de 8", "es": "en talla 9 en vez de 8",
                  "de": "in Größe 9 statt 8"},
          "keep": {"en": "keep size 8", "fr": "je garde la pointure 8", "es": "me quedo con la talla 8",
                   "de": "doch lieber Größe 8 lassen"}}
HARPER = {"uid": "harper_brown_7363", "order": "#W2273069", "item": "2185126308", "new": "5676696062",
          "methods": {"paypal": "paypal_2306935", "visa": "credit_card_3240550"}, "digits": {"visa": "3356"},
          "material": ["leather", "cuir", "cuero", "Leder"],
          "noun": {"en": "the hiking boots", "fr": "les chaussures de randonnée", "es": "las botas de montaña",
                   "de": "die Wanderschuhe"},
          "ask": {"en": "in size 11 instead of 10", "fr": "en 11 au lieu du 10", "es": "en la talla 11 y no la 10",
                  "de": "eine Nummer größer, also 11"},
          "keep": {"en": "leave them at size 10", "fr": "finalement on laisse le 10", "es": "mejor dejo la talla 10",
                   "de": "bleib lieber bei 10"}}
RAJ = {"uid": "raj_li_9474", "order": "#W8967935", "item": "4947921075", "new": "7843064651",
       "methods": {"visa": "credit_card_9582448", "paypal": "paypal_2028062"}, "digits": {"visa": "3917"},
       "material": ["stainless steel", "acier inoxydable", "acero inoxidable", "Edelstahl"],
       "noun": {"en": "the water bottle", "fr": "la gourde", "es": "la botella de agua", "de": "die Trinkflasche"},
       "ask": {"en": "in blue rather than green", "fr": "en bleu plutôt qu'en vert", "es": "en azul en lugar de verde",
               "de": "in Blau statt Grün"},
       "keep": {"en": "keep the green one", "fr": "on garde la verte", "es": "déjala en verde",
                "de": "dann bleibt sie doch grün"}}
SWAPS = (OMAR, OLIVIA, HARPER, RAJ)
STREETS = {"en": ("44 Elm Street", "Portland", "OR", "97201"), "fr": ("8 Pine Road", "Austin", "TX", "78701"),
           "es": ("22 Oak Avenue", "Boston", "MA", "02108"), "de": ("17 Birch Lane", "Denver", "CO", "80203")}

FIRST = {"en": "Hi, I'd like {noun} in my order {ask} please",
         "fr": "Bonjour, je voudrais {noun} de ma commande {ask} svp",
         "es": "Hola, quiero {noun} de mi pedido {ask}, por favor",
         "de": "Hallo, ich hätte gern {noun} aus meiner Bestellung {ask}"}


def first(lang: str, s: dict[str, Any]) -> str:
    return FIRST[lang].format(noun=s["noun"][lang], ask=s["ask"][lang])


def street(lang: str) -> str:
    a, city, state, zip_code = STREETS[lang]
    return f"{a}, {city}, {state} {zip_code}"


def items_call(s: dict[str, Any], method: str, new: str | None = None) -> dict[str, Any]:
    return {"name": ITEMS, "arguments": {"order_id": s["order"], "item_ids": [s["item"]],
                                         "new_item_ids": [new or s["new"]], "payment_method_id": s["methods"][method]}}


def address_call(s: dict[str, Any], lang: str) -> dict[str, Any]:
    a, _, _, zip_code = STREETS[lang]
    return {"name": ADDRESS, "arguments": {"order_id": s["order"], "address1": a, "zip": zip_code}}


YES = {"en": "yes please", "fr": "oui c'est bon", "es": "sí, adelante", "de": "ja, bitte"}
NAMED = {  # a method named plainly, by language
    "en": {"paypal": "paypal", "visa": "the visa", "mastercard": "mastercard", "gift": "gift card"},
    "fr": {"paypal": "paypal", "visa": "la visa", "mastercard": "la mastercard", "gift": "la carte cadeau"},
    "es": {"paypal": "paypal", "visa": "la visa", "mastercard": "la mastercard", "gift": "la tarjeta regalo"},
    "de": {"paypal": "PayPal", "visa": "die Visa", "mastercard": "die Mastercard", "gift": "die Geschenkkarte"}}
MIND = {"en": "actually never mind, {keep}", "fr": "finalement non, {keep}", "es": "pensándolo bien no, {keep}",
        "de": "ach nein, {keep}"}
MIND_ADDRESS = {"en": "hmm, forget the change, {keep}. but please ship that order to {street} instead",
                "fr": "en fait oubliez le changement, {keep}. par contre livrez la commande au {street}",
                "es": "olvida el cambio, {keep}. pero envía ese pedido a {street}",
                "de": "ach vergiss den Tausch, {keep}. Aber schick die Bestellung bitte an {street}"}
ADDRESS_ALONE = {"en": "also please ship this order to {street}", "fr": "et livrez cette commande au {street} svp",
                 "es": "y manda este pedido a {street}", "de": "und bitte die Bestellung an {street} liefern"}
QUESTION = {"en": "wait, what is it made of?", "fr": "attendez, c'est en quelle matière ?",
            "es": "¿de qué material es?", "de": "Moment, aus welchem Material ist das?"}
SPLIT = {"en": "put part of it on the gift card and the rest on my {other}",
         "fr": "mettez une partie sur la carte cadeau et le reste sur ma {other}",
         "es": "paga una parte con la tarjeta regalo y el resto con mi {other}",
         "de": "einen Teil auf die Geschenkkarte und den Rest auf meine {other}"}
CALL_OFF = {"en": "forget the whole thing, leave the order as it is", "fr": "laissez tomber, ne touchez à rien",
            "es": "déjalo, no cambies nada", "de": "vergessen Sie es, lassen Sie alles wie es ist"}
EXTRA = {"en": "ok with the {m} then", "fr": "d'accord avec {m} alors", "es": "vale, con {m} entonces",
         "de": "ok, dann nehmen Sie {m}"}
BARE_NO = {"en": "no", "fr": "non", "es": "no", "de": "nein"}
ANOTHER = {"en": "actually make it size 7 instead", "fr": "en fait plutôt la pointure 7",
           "es": "mejor en talla 7", "de": "doch lieber Größe 7"}


def _never_asked_again(lang: str) -> list[str]:
    return [METHOD_QUESTION[lang]]


def cases_for(lang: str, n: int) -> list[dict[str, Any]]:
    """Every kind once in `lang`, the swaps rotated by language so each kind meets more than one customer."""
    s = SWAPS[n % 4]
    t = SWAPS[(n + 1) % 4]
    u = SWAPS[(n + 2) % 4]
    card = OMAR if lang in ("en", "es") else OLIVIA  # a customer with a gift card and a card
    other = "mastercard" if card is OMAR else "visa"
    out = []

    def add(kind: str, desc: str, swap: dict[str, Any], turns: list[dict[str, Any]], calls: list[dict[str, Any]]):
        out.append(suite_case(SUITE, f"{lang}-{kind}", kind, f"{swap['order']} pending ({swap['uid']}): {desc}",
                              swap["uid"], turns, calls))

    add("mind-keep", "the item change asked, then taken back with the current value at the method question: "
        "dropped and said so, never the method asked again", s,
        [reply_turn(first(lang, s)),
         reply_turn(MIND[lang].format(keep=s["keep"][lang]), never=_never_asked_again(lang))],
        [])
    add("mind-address", "taken back with a new shipping address in the same message: the address alone proposed, "
        "written after the yes, the item never changed", t,
        [reply_turn(first(lang, t)),
         reply_turn(MIND_ADDRESS[lang].format(keep=t["keep"][lang], street=street(lang)),
                    facts=[[STREETS[lang][0]]], never=_never_asked_again(lang)),
         reply_turn(YES[lang])],
        [address_call(t, lang)])
    m = next(iter(u["methods"]))
    add("address-alone", "a new shipping address alone at the method question: kept, the method asked again; the "
        "method named, both proposed; one yes writes the address first, then the item change", u,
        [reply_turn(first(lang, u)),
         reply_turn(ADDRESS_ALONE[lang].format(street=street(lang)), facts=[[STREETS[lang][0]]]),
         reply_turn(NAMED[lang][m]), reply_turn(YES[lang])],
        [address_call(u, lang), items_call(u, m)])
    m = list(s["methods"])[1]
    add("question", "a question about the item's material at the method question: answered, the method asked "
        "again; then the method and the yes write the change", s,
        [reply_turn(first(lang, s)), reply_turn(QUESTION[lang], facts=[s["material"]]),
         reply_turn(NAMED[lang][m]), reply_turn(YES[lang])],
        [items_call(s, m)])
    m = next(iter(t["methods"]))
    add("yes-no-method", "a bare yes at the method question: the method asked, naming the choices; then the method "
        "and the yes write the change", t,
        [reply_turn(first(lang, t)),
         reply_turn(YES[lang], facts=[[k for k in ("PayPal", "Paypal")]] + [[d] for d in t["digits"].values()]),
         reply_turn(NAMED[lang][m]), reply_turn(YES[lang])],
        [items_call(t, m)])
    add("split", "half on the gift card and the rest on the card: one method pays the whole difference, said so; "
        "then the card named and the yes write it", card,
        [reply_turn(first(lang, card)), reply_turn(SPLIT[lang].format(other=NAMED[lang][other].split()[-1]),
                                                   facts=[ONE_METHOD[lang]]),
         reply_turn(NAMED[lang][other]), reply_turn(YES[lang])],
        [items_call(card, other)])
    add("call-off", "the whole change called off in words at the method question: nothing written, said so", u,
        [reply_turn(first(lang, u)), reply_turn(CALL_OFF[lang], never=_never_asked_again(lang))], [])
    m = "visa" if "visa" in s["methods"] else "mastercard"
    add("near-extra-words", "near-miss: the method named with extra words chooses it; the yes writes it", s,
        [reply_turn(first(lang, s)), reply_turn(EXTRA[lang].format(m=NAMED[lang][m]),
                                                facts=[[s["digits"][m]]]),
         reply_turn(YES[lang])],
        [items_call(s, m)])
    add("near-another-size", "near-miss: another value of the same option (size 7, $244.34, $3.47 more) is a new "
        "request of the swap, never a change of mind: the method asked for size 7; paypal and yes write it", OLIVIA,
        [reply_turn(first(lang, OLIVIA)), reply_turn(ANOTHER[lang], facts=[["3.47", "3,47"]]),
         reply_turn(NAMED[lang]["paypal"]), reply_turn(YES[lang])],
        [items_call(OLIVIA, "paypal", new="3812493782")])
    add("near-bare-no", "near-miss: a bare no ends the change, nothing written", t,
        [reply_turn(first(lang, t)), reply_turn(BARE_NO[lang], never=_never_asked_again(lang))], [])
    return out


AMBIGUOUS = {"en": "I need the hiking boots in my order one size down, size 10, and pay with my gift card",
             "fr": "il me faut les chaussures de randonnée de ma commande une taille en dessous, en 10, payé avec ma "
                   "carte cadeau",
             "es": "necesito las botas de montaña de mi pedido una talla menos, la 10, y pago con mi tarjeta regalo",
             "de": "ich brauche die Wanderschuhe aus meiner Bestellung eine Nummer kleiner, Größe 10, bezahlt mit "
                   "meiner Geschenkkarte"}
SPLIT_AMBIGUOUS = {"en": "ok use the gift card anyway and put the rest on my credit card",
                   "fr": "ok prenez quand même la carte cadeau et mettez le reste sur ma carte de crédit",
                   "es": "vale, usa igual la tarjeta regalo y el resto a mi tarjeta de crédito",
                   "de": "ok, trotzdem die Geschenkkarte nehmen und den Rest auf meine Kreditkarte"}
BALANCE = {"en": "what's the balance on my gift card?", "fr": "il reste combien sur ma carte cadeau ?",
           "es": "¿cuánto saldo tiene mi tarjeta regalo?", "de": "wie viel Guthaben hat meine Geschenkkarte?"}
REFUND = {"en": "how do refunds work?", "fr": "et les remboursements, ça marche comment ?",
          "es": "¿y cómo funcionan los reembolsos?", "de": "und wie funktionieren Erstattungen?"}


def ambiguous(lang: str) -> dict[str, Any]:
    """F12: yusuf_garcia_3055 has hiking boots in two pending orders (#W2564042, #W3260419): which one is asked;
    a split payment asked meanwhile gets the same two orders again (never his delivered ones); a balance question
    and a question about refunds are answered, never an order list. Nothing written."""
    never = ["#W2286012", "#W4794911", "#W6885344"]
    both = [["#W2564042"], ["#W3260419"]]
    return suite_case(SUITE, f"{lang}-ambiguous-questions", "ambiguous-questions",
                      "yusuf_garcia_3055: hiking boots in #W2564042 and #W3260419 (both pending; gift card $15.00): "
                      "the order asked, the same two orders after a split payment; a balance question ($15.00) and "
                      "a question about refunds answered, never a list of orders; nothing written",
                      "yusuf_garcia_3055",
                      [reply_turn(AMBIGUOUS[lang], facts=both, never=never),
                       reply_turn(SPLIT_AMBIGUOUS[lang], facts=both, never=never),
                       reply_turn(BALANCE[lang], facts=[["15.00", "15,00"]], never=never + ["#W2564042"]),
                       reply_turn(REFUND[lang], never=never + ["#W2564042"])], [])

def main() -> None:
    cases = []
    for n, lang in enumerate(LANGS):
        cases += cases_for(lang, n)
        cases.append(ambiguous(lang))
    write_suite(OUT, {"suite": SUITE, "description": (
        "A message at the item change's method question that is not a method is still understood: a change of "
        "mind, a new address, a question, a yes, a split payment, a call-off; near-misses (a method with extra "
        "words, another value, a bare no); and questions while the order is ambiguous (fresh20 F2, F6, F12)."),
        "tags": [SUITE], "customer": None, "cases": cases})


if __name__ == "__main__":
    main()
