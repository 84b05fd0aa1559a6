"""Cases for issue 17's class "a change of mind that names another option value at a proposal, at the payment-method
question, or at the confirmation" (swap23; from a newcomer's and an attacker's browser pass), in four languages.
Writes evals/suites/switch-at-step-23.yaml. Written before the fix.

Each case opens an item change (pending order) or an exchange (delivered order) of one item to a variant `a` that
differs from the ordered one in one option; the customer then changes their mind and names another value:
- `proposal-variant`: the change proposed (method named in the first message), then "ok then the gold one instead
  pls" / "finalement plutôt le blanc" / "mejor la beige" / "lieber doch den Bodenstaubsauger": the other variant `b`
  proposed; the yes writes `b` with the method first named; `a` never written.
- `proposal-variant-question`: the same with a question beside the switch ("how much is that one?"): the price of
  `b` said; the yes writes `b`.
- `method-variant-question` (the es finding): no method named, so the method question is asked; "with PayPal... no
  wait, the green one is better, how much is it?": the price of `b` said and `b` proposed with that method; the yes
  writes `b` with it, `a` never.
- `method-variant-method`: at the method question, "actually make it the gold one instead, on my mastercard": `b`
  proposed with that method; the yes writes it.
- `confirm-method-twice` (the en finding): the change proposed with one method, then "actually no, use the credit
  card... hmm no, paypal": the last correction wins; the yes writes PayPal, never the two refused methods.
- `confirm-method`: the change proposed with one method, then "put it on PayPal instead" / "plutôt sur PayPal":
  the yes writes the new method, never the first.
- `method-self-correct`: at the method question, "the gift card... no sorry, PayPal": the yes writes PayPal.
- `exchange-proposal-variant`: a delivered item's exchange proposed, then "I'd rather have the tactile one": the yes
  writes the exchange to `b`, never `a`.
- `exchange-method-variant-question`: a delivered item's exchange waits for its method; "oh wait, the red one
  instead, is it cheaper?": the price of `b` said; the method named; the yes writes `b`.
- `exchange-confirm-method-question`: a delivered item's exchange proposed with one method; "use PayPal instead, how
  much is the difference?": the difference said; the yes writes PayPal, never the first method.

Customers, orders, variants, prices and methods are from data/tau-retail (each item's product appears once among
the customer's orders; `a` and `b` are the available variants that differ from the ordered one in that option only,
except the backpack's green one, the finding's own case, which is the only small laptop backpack in green; a gift
card is only named where its balance covers the difference).
Run: python -m evals.generators.switch_at_step_23"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import reply_turn as _turn
from evals.generators.reply_words import LANGS, YES, amount_words
from evals.generators.tau_data import ROOT, WRITES, write_suite

OUT = ROOT / "evals" / "suites" / "switch-at-step-23.yaml"
SUITE = "switch-at-step-23"
ITEMS = "modify_pending_order_items"
EXCHANGE = "exchange_delivered_order_items"


# --- subjects: one item of an order, the variant first asked (`a`) and the one the customer switches to (`b`) ---
# ref: how each language names the variant ("the gold one"); words: the value as any language's reply may say it.
OMAR = {"uid": "omar_silva_7446", "order": "#W9673784", "item": "9811090008", "price": 370.38,
        "noun": {"en": "the smart watch", "fr": "la montre connectée", "es": "el reloj inteligente",
                 "de": "die Smartwatch"},
        "a": {"id": "1007724142", "price": 382.41,
              "ref": {"en": "the black one", "fr": "la noire", "es": "el negro", "de": "die schwarze"}},
        "b": {"id": "9408160950", "price": 381.26,
              "ref": {"en": "the gold one", "fr": "la dorée", "es": "el dorado", "de": "die goldene"},
              "words": ["gold", "doré", "dorado", "golden"]},
        "methods": {"paypal": "paypal_2192303", "card": "credit_card_5322562", "gift": "gift_card_5540683"},
        "card": "mastercard", "gift_ok": True}
IVAN = {"uid": "ivan_khan_7475", "order": "#W5270061", "item": "2492465580", "price": 201.95,
        "noun": {"en": "the backpack", "fr": "le sac à dos", "es": "la mochila", "de": "den Rucksack"},
        "a": {"id": "8054888773", "price": 206.03,
              "ref": {"en": "the grey one", "fr": "le gris", "es": "la gris", "de": "den grauen"}},
        "b": {"id": "3557711149", "price": 205.35,
              "ref": {"en": "the green one", "fr": "le vert", "es": "la verde", "de": "den grünen"},
              "words": ["green", "vert", "verde", "grün"]},
        "methods": {"paypal": "paypal_7729105", "gift": "gift_card_1711656"}, "card": None, "gift_ok": True}
OLIVIA_ITO = {"uid": "olivia_ito_3591", "order": "#W3657213", "item": "5886093635", "price": 208.04,
              "noun": {"en": "the cycling helmet", "fr": "le casque de vélo", "es": "el casco de ciclismo",
                       "de": "den Fahrradhelm"},
              "a": {"id": "3358616356", "price": 197.33,
                    "ref": {"en": "the red one", "fr": "le rouge", "es": "el rojo", "de": "den roten"}},
              "b": {"id": "1596993217", "price": 180.02,
                    "ref": {"en": "the white one", "fr": "le blanc", "es": "el blanco", "de": "den weißen"},
                    "words": ["white", "blanc", "blanco", "weiß", "weiss"]},
              "methods": {"paypal": "paypal_8049766", "card": "credit_card_9753331", "gift": "gift_card_7794233"},
              "card": "visa", "gift_ok": True}
OLIVIA_KHAN = {"uid": "olivia_khan_9030", "order": "#W3840181", "item": "7381052709", "price": 193.22,
               "noun": {"en": "the pet bed", "fr": "le lit pour animaux", "es": "la cama para mascotas",
                        "de": "das Haustierbett"},
               "a": {"id": "2751999929", "price": 195.11,
                     "ref": {"en": "the grey one", "fr": "le gris", "es": "la gris", "de": "das graue"}},
               "b": {"id": "6942241102", "price": 180.93,
                     "ref": {"en": "the beige one", "fr": "le beige", "es": "la beige", "de": "das beige"},
                     "words": ["beige"]},
               "methods": {"paypal": "paypal_4992138", "card": "credit_card_7376788", "gift": "gift_card_8367886"},
               "card": "mastercard", "gift_ok": True, "two_cards": True}
MIA = {"uid": "mia_moore_8366", "order": "#W3130288", "item": "9970989750", "price": 569.43,
       "noun": {"en": "the vacuum cleaner", "fr": "l'aspirateur", "es": "la aspiradora", "de": "den Staubsauger"},
       "a": {"id": "4602305039", "price": 561.05,
             "ref": {"en": "the robotic one", "fr": "le robot", "es": "la robótica", "de": "den Saugroboter"}},
       "b": {"id": "1345513440", "price": 655.59,
             "ref": {"en": "the canister one", "fr": "le modèle traîneau", "es": "la de trineo",
                     "de": "den Bodenstaubsauger"},
             "words": ["canister", "traîneau", "trineo", "Bodenstaubsauger", "Kanister"]},
       "methods": {"paypal": "paypal_5181300", "card": "credit_card_2641784", "gift": "gift_card_7471275"},
       "card": "mastercard", "gift_ok": False}  # the canister one is $86.16 more, the gift card holds $70
MOHAMED = {"uid": "mohamed_smith_9224", "order": "#W7808613", "item": "9811090008", "price": 370.38,
           "noun": {"en": "the smart watch", "fr": "la montre connectée", "es": "el reloj inteligente",
                    "de": "die Smartwatch"},
           "a": {"id": "9408160950", "price": 381.26,
                 "ref": {"en": "the gold one", "fr": "la dorée", "es": "el dorado", "de": "die goldene"}},
           "b": {"id": "1007724142", "price": 382.41,
                 "ref": {"en": "the black one", "fr": "la noire", "es": "el negro", "de": "die schwarze"},
                 "words": ["black", "noir", "negro", "schwarz"]},
           "methods": {"paypal": "paypal_3684705", "card": "credit_card_7801956", "gift": "gift_card_9832062"},
           "card": "visa", "gift_ok": True}
YUSUF = {"uid": "yusuf_garcia_3055", "order": "#W2286012", "item": "6455132774", "price": 273.38,
         "noun": {"en": "the bluetooth speaker", "fr": "l'enceinte bluetooth", "es": "el altavoz bluetooth",
                  "de": "den Bluetooth-Lautsprecher"},
         "a": {"id": "3254583681", "price": 302.67,
               "ref": {"en": "the blue one", "fr": "la bleue", "es": "el azul", "de": "den blauen"}},
         "b": {"id": "7617930199", "price": 285.94,
               "ref": {"en": "the red one", "fr": "la rouge", "es": "el rojo", "de": "den roten"},
               "words": ["red", "rouge", "rojo", "rot"]},
         "methods": {"paypal": "paypal_7503218", "card": "credit_card_8405687", "gift": "gift_card_7588375"},
         "card": "mastercard", "gift_ok": False}  # the blue one is $29.29 more, the gift card holds $15
ETHAN = {"uid": "ethan_thomas_1791", "order": "#W7764382", "item": "9665000388", "price": 269.46,
         "noun": {"en": "the mechanical keyboard", "fr": "le clavier mécanique", "es": "el teclado mecánico",
                  "de": "die mechanische Tastatur"},
         "a": {"id": "1421289881", "price": 268.77,
               "ref": {"en": "the linear one", "fr": "le linéaire", "es": "el lineal", "de": "die lineare"}},
         "b": {"id": "7658724607", "price": 256.73,
               "ref": {"en": "the tactile one", "fr": "le tactile", "es": "el táctil", "de": "die taktile"},
               "words": ["tactile", "táctil", "taktil"]},
         "methods": {"paypal": "paypal_6982172", "card": "credit_card_7472558", "gift": "gift_card_2519457"},
         "card": "visa", "gift_ok": True}
LEI = {"uid": "lei_li_6575", "order": "#W6289770", "item": "1120917161", "price": 953.39,
       "noun": {"en": "the grill", "fr": "le barbecue", "es": "la parrilla", "de": "den Grill"},
       "a": {"id": "5946177616", "price": 1057.24,
             "ref": {"en": "the gas one", "fr": "celui au gaz", "es": "la de gas", "de": "den Gasgrill"}},
       "b": {"id": "5105441284", "price": 924.5,
             "ref": {"en": "the charcoal one", "fr": "celui au charbon", "es": "la de carbón",
                     "de": "den Holzkohlegrill"},
             "words": ["charcoal", "charbon", "carbón", "Holzkohle"]},
       "methods": {"paypal": "paypal_5914760", "card": "credit_card_4466831", "gift": "gift_card_8049813"},
       "card": "visa", "gift_ok": False}  # the gas one is $103.85 more, the gift card holds $50
PENDING = (OMAR, IVAN, OLIVIA_ITO, OLIVIA_KHAN, MIA)
DELIVERED = (MOHAMED, YUSUF, ETHAN, LEI)

# --- how each language names a method ---
METHOD = {
    "en": {"paypal": "paypal", "gift": "the gift card", "card": "the credit card", "mastercard": "my mastercard",
           "visa": "my visa"},
    "fr": {"paypal": "paypal", "gift": "la carte cadeau", "card": "la carte de crédit", "mastercard": "ma mastercard",
           "visa": "ma visa"},
    "es": {"paypal": "PayPal", "gift": "la tarjeta regalo", "card": "la tarjeta de crédito",
           "mastercard": "mi mastercard", "visa": "mi visa"},
    "de": {"paypal": "PayPal", "gift": "die Geschenkkarte", "card": "die Kreditkarte", "mastercard": "Mastercard",
           "visa": "Visa"},
}


def s_has_two_cards(subject: dict[str, Any]) -> bool:
    return bool(subject.get("two_cards"))


def said(lang: str, subject: dict[str, Any], method: str) -> str:
    """The method as the customer names it: a card by its brand now and then, else its kind."""
    if method == "card" and (lang in ("fr", "de") or s_has_two_cards(subject)):
        return METHOD[lang][subject["card"]]
    return METHOD[lang][method]


# --- the first message: the change asked, with or without the method ---
OPEN = {
    (ITEMS, True): {"en": "please swap {noun} in my order {order} for {a}, pay with {m}",
                    "fr": "je voudrais changer {noun} de ma commande {order} pour {a}, payez avec {m}",
                    "es": "quiero cambiar {noun} del pedido {order} por {a}, paga con {m}",
                    "de": "bitte {noun} in meiner Bestellung {order} gegen {a} tauschen, Differenz über {m}"},
    (ITEMS, False): {"en": "swap {noun} in {order} for {a}", "fr": "changez {noun} de la commande {order} pour {a}",
                     "es": "Quiero cambiar {noun} del pedido {order} por {a}",
                     "de": "ich möchte {noun} aus Bestellung {order} gegen {a} tauschen"},
    (EXCHANGE, True): {"en": "I'd like to exchange {noun} from order {order} for {a}, use {m} for any difference",
                       "fr": "je voudrais échanger {noun} de la commande {order} contre {a}, la différence sur {m}",
                       "es": "quiero cambiar {noun} del pedido {order} por {a}, la diferencia con {m}",
                       "de": "ich möchte {noun} aus Bestellung {order} gegen {a} umtauschen, Differenz mit {m}"},
    (EXCHANGE, False): {"en": "can I exchange {noun} from order {order} for {a}?",
                        "fr": "est-ce que je peux échanger {noun} de la commande {order} contre {a} ?",
                        "es": "¿puedo cambiar {noun} del pedido {order} por {a}?",
                        "de": "kann ich {noun} aus Bestellung {order} gegen {a} umtauschen?"},
}
YES_MORE = {"en": "yes please", "fr": "oui c'est bon", "es": "sí, adelante", "de": "ja, passt"}

# --- the switch, by kind and language ---
SWITCH = {
    "proposal-variant": {"en": "ok then {b} instead pls", "fr": "finalement plutôt {b}", "es": "mejor {b}",
                         "de": "lieber doch {b}"},
    "proposal-variant-question": {"en": "actually no, {b} instead. how much is that one?",
                                  "fr": "non, plutôt {b} finalement. il coûte combien ?",
                                  "es": "no, espera, mejor {b}. ¿cuánto cuesta?",
                                  "de": "nee, lieber doch {b} – was kostet das?"},
    "method-variant-question": {"en": "with {m}... no wait, {b} would be better, how much is it?",
                                "fr": "avec {m}... non attendez, plutôt {b}, c'est combien ?",
                                "es": "con {m}... no, espera, mejor {b}, ¿cuánto cuesta?",
                                "de": "mit {m}... nein warte, lieber doch {b}, was kostet das?"},
    "method-variant-method": {"en": "actually make it {b} instead, on {m}", "fr": "finalement plutôt {b}, sur {m}",
                              "es": "mejor {b}, con {m}", "de": "doch lieber {b}, mit {m}"},
    "confirm-method-twice": {"en": "actually no, use {m1}... hmm no, {m2}",
                             "fr": "non en fait, prenez {m1}... euh non, {m2}",
                             "es": "no, mejor con {m1}... bueno no, con {m2}",
                             "de": "nein, doch lieber {m1}... ach nein, {m2}"},
    "confirm-method": {"en": "wait, put it on {m2} instead", "fr": "plutôt sur {m2} finalement",
                       "es": "mejor cárgalo a {m2}", "de": "lieber doch über {m2}"},
    "method-self-correct": {"en": "{m1}... no sorry, {m2}", "fr": "{m1}... non pardon, {m2}",
                            "es": "{m1}... no perdona, {m2}", "de": "{m1}... nein sorry, {m2}"},
    "exchange-proposal-variant": {"en": "hmm I'd rather have {b}", "fr": "je préfère {b} en fait",
                                  "es": "pensándolo mejor, {b}", "de": "ich nehme doch lieber {b}"},
    "exchange-method-variant-question": {"en": "oh wait, {b} instead - is it cheaper?",
                                         "fr": "ah attendez, plutôt {b} - il est moins cher ?",
                                         "es": "ah espera, mejor {b} - ¿sale más barato?",
                                         "de": "ach warte, lieber {b} - ist das günstiger?"},
    "exchange-confirm-method-question": {"en": "use {m2} instead. how much is the difference?",
                                         "fr": "plutôt {m2}. c'est quoi la différence de prix ?",
                                         "es": "mejor con {m2}. ¿cuánto es la diferencia?",
                                         "de": "lieber mit {m2}. wie hoch ist die Differenz?"},
}


def _call(tool: str, s: dict[str, Any], variant: str, method: str) -> dict[str, Any]:
    return {"name": tool, "arguments": {"order_id": s["order"], "item_ids": [s["item"]], "new_item_ids": [variant],
                                        "payment_method_id": s["methods"][method]}}


def _forbidden(tool: str, s: dict[str, Any], variant: str, refused: list[str]) -> list[dict[str, Any]]:
    """Every other write, the variant ruled out, and the methods refused (for this change)."""
    out: list[dict[str, Any]] = [{"name": w} for w in WRITES if w != tool]
    if variant != s["a"]["id"]:
        out.append({"name": tool, "arguments": {"new_item_ids": [s["a"]["id"]]}})
    out += [{"name": tool, "arguments": {"payment_method_id": s["methods"][m]}} for m in refused]
    return out


def _case(lang: str, kind: str, s: dict[str, Any], description: str, turns: list[dict[str, Any]],
          call: dict[str, Any], forbidden: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": f"{lang}-{kind}", "tags": [lang, SUITE, kind],
            "description": f"{s['order']} ({s['uid']}, {s['item']} -> {s['a']['id']}, then {s['b']['id']}): "
            f"{description}",
            "user": {"customer": s["uid"], "turns": turns},
            "expect": {"actions": {"mode": "strict", "scope": "writes", "args": "superset", "calls": [call]},
                       "forbidden": forbidden}}


def _open(lang: str, tool: str, s: dict[str, Any], method: str | None) -> str:
    m = said(lang, s, method) if method else ""
    return OPEN[(tool, method is not None)][lang].format(noun=s["noun"][lang], order=s["order"], a=s["a"]["ref"][lang],
                                                          m=m)


def _first_method(s: dict[str, Any], not_: tuple[str, ...] = ()) -> str:
    """The method first named: the gift card where it covers the change, else a card, else PayPal."""
    for m in ("gift", "card", "paypal"):
        if m in s["methods"] and m not in not_ and (m != "gift" or s["gift_ok"]):
            return m
    raise ValueError(s["uid"])


def _pick(pool: tuple[dict[str, Any], ...], n: int, need: tuple[str, ...] = ()) -> dict[str, Any]:
    """The n-th subject of the pool (rotating) that has every method in `need`."""
    for k in range(len(pool)):
        s = pool[(n + k) % len(pool)]
        if all(m in s["methods"] and (m != "gift" or s["gift_ok"]) for m in need):
            return s
    raise ValueError(need)


def cases_for(lang: str, n: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    sw = SWITCH

    # at the proposal: another value named
    s = _pick(PENDING, n)
    m = _first_method(s)
    out.append(_case(lang, "proposal-variant", s, f"proposed with {m}, then another value named: b proposed, the yes "
                     "writes b with the same method, never a",
                     [_turn(_open(lang, ITEMS, s, m)), _turn(sw["proposal-variant"][lang].format(b=s["b"]["ref"][lang]),
                                                             [s["b"]["words"]]),
                      _turn(YES[lang])],
                     _call(ITEMS, s, s["b"]["id"], m), _forbidden(ITEMS, s, s["b"]["id"], [])))
    s = _pick(PENDING, n + 1)
    m = _first_method(s)
    out.append(_case(lang, "proposal-variant-question", s, f"proposed with {m}, then another value named with its "
                     "price asked: the price said, b proposed; the yes writes b, never a",
                     [_turn(_open(lang, ITEMS, s, m)),
                      _turn(sw["proposal-variant-question"][lang].format(b=s["b"]["ref"][lang]),
                            [amount_words(s["b"]["price"])]),
                      _turn(YES_MORE[lang])],
                     _call(ITEMS, s, s["b"]["id"], m), _forbidden(ITEMS, s, s["b"]["id"], [])))
    # at the method question: another value named (with a method said before it, and a question)
    s = IVAN if lang in ("es", "en") else _pick(PENDING, n + 2, ("paypal",))
    out.append(_case(lang, "method-variant-question", s, "the method asked; 'with PayPal... no wait, b would be "
                     "better, how much is it?': the price said, b proposed with PayPal; the yes writes b, never a",
                     [_turn(_open(lang, ITEMS, s, None)),
                      _turn(sw["method-variant-question"][lang].format(b=s["b"]["ref"][lang],
                                                                       m=said(lang, s, "paypal")),
                            [amount_words(s["b"]["price"])]),
                      _turn(YES[lang])],
                     _call(ITEMS, s, s["b"]["id"], "paypal"), _forbidden(ITEMS, s, s["b"]["id"], [])))
    s = _pick(PENDING, n + 3, ("card",))
    out.append(_case(lang, "method-variant-method", s, "the method asked; another value named with a card: b proposed "
                     "with the card; the yes writes it, never a",
                     [_turn(_open(lang, ITEMS, s, None)),
                      _turn(sw["method-variant-method"][lang].format(b=s["b"]["ref"][lang], m=said(lang, s, "card")),
                            [s["b"]["words"]]),
                      _turn(YES[lang])],
                     _call(ITEMS, s, s["b"]["id"], "card"), _forbidden(ITEMS, s, s["b"]["id"], [])))
    # at the confirmation: another method named (twice: the last correction wins)
    s = OMAR if lang == "en" else _pick(PENDING, n + 4, ("gift", "card", "paypal"))
    out.append(_case(lang, "confirm-method-twice", s, "proposed with the gift card; 'actually no, use the credit "
                     "card... hmm no, paypal': the yes writes a with PayPal, never the gift card nor the card",
                     [_turn(_open(lang, ITEMS, s, "gift")),
                      _turn(sw["confirm-method-twice"][lang].format(m1=said(lang, s, "card"),
                                                                    m2=said(lang, s, "paypal")), [["PayPal"]]),
                      _turn(YES[lang])],
                     _call(ITEMS, s, s["a"]["id"], "paypal"), _forbidden(ITEMS, s, s["a"]["id"], ["gift", "card"])))
    s = _pick(PENDING, n + 1, ("card", "paypal"))
    m = _first_method(s, ("paypal",))
    out.append(_case(lang, "confirm-method", s, f"proposed with {m}, then 'put it on PayPal instead': the yes writes "
                     f"a with PayPal, never {m}",
                     [_turn(_open(lang, ITEMS, s, m)),
                      _turn(sw["confirm-method"][lang].format(m2=said(lang, s, "paypal")), [["PayPal"]]),
                      _turn(YES_MORE[lang])],
                     _call(ITEMS, s, s["a"]["id"], "paypal"), _forbidden(ITEMS, s, s["a"]["id"], [m])))
    s = _pick(PENDING, n + 2, ("gift", "paypal"))
    out.append(_case(lang, "method-self-correct", s, "the method asked; 'the gift card... no sorry, PayPal': the yes "
                     "writes a with PayPal, never the gift card",
                     [_turn(_open(lang, ITEMS, s, None)),
                      _turn(sw["method-self-correct"][lang].format(m1=said(lang, s, "gift"),
                                                                   m2=said(lang, s, "paypal")), [["PayPal"]]),
                      _turn(YES[lang])],
                     _call(ITEMS, s, s["a"]["id"], "paypal"), _forbidden(ITEMS, s, s["a"]["id"], ["gift"])))
    # exchanges of delivered items
    s = _pick(DELIVERED, n)
    m = _first_method(s)
    out.append(_case(lang, "exchange-proposal-variant", s, f"the exchange proposed with {m}, then another value: the "
                     "yes writes the exchange to b, never a",
                     [_turn(_open(lang, EXCHANGE, s, m)),
                      _turn(sw["exchange-proposal-variant"][lang].format(b=s["b"]["ref"][lang]), [s["b"]["words"]]),
                      _turn(YES[lang])],
                     _call(EXCHANGE, s, s["b"]["id"], m), _forbidden(EXCHANGE, s, s["b"]["id"], [])))
    s = _pick(DELIVERED, n + 1)
    out.append(_case(lang, "exchange-method-variant-question", s, "the exchange's method asked; 'oh wait, b instead - "
                     "is it cheaper?': the price said; PayPal named; the yes writes b, never a",
                     [_turn(_open(lang, EXCHANGE, s, None)),
                      _turn(sw["exchange-method-variant-question"][lang].format(b=s["b"]["ref"][lang]),
                            [amount_words(s["b"]["price"])]),
                      _turn(said(lang, s, "paypal")), _turn(YES[lang])],
                     _call(EXCHANGE, s, s["b"]["id"], "paypal"), _forbidden(EXCHANGE, s, s["b"]["id"], [])))
    s = _pick(DELIVERED, n + 2, ("card", "paypal"))
    m = _first_method(s, ("paypal",))
    diff = round(s["a"]["price"] - s["price"], 2)
    out.append(_case(lang, "exchange-confirm-method-question", s, f"the exchange proposed with {m}; 'use PayPal "
                     f"instead, how much is the difference?': the difference ({abs(diff):.2f}) said; the yes writes "
                     f"PayPal, never {m}",
                     [_turn(_open(lang, EXCHANGE, s, m)),
                      _turn(sw["exchange-confirm-method-question"][lang].format(m2=said(lang, s, "paypal")),
                            [amount_words(abs(diff))]),
                      _turn(YES_MORE[lang])],
                     _call(EXCHANGE, s, s["a"]["id"], "paypal"), _forbidden(EXCHANGE, s, s["a"]["id"], [m])))
    return out


def main() -> None:
    cases: list[dict[str, Any]] = []
    for n, lang in enumerate(LANGS):
        cases += cases_for(lang, n)
    write_suite(OUT, {"suite": SUITE, "description": (
        "A change of mind that names another option value (a variant or a payment method) at an item change's "
        "proposal, at its payment-method question or at its confirmation, in four languages (swap23; a newcomer's "
        "and an attacker's browser pass): the last value named is proposed and written, a value ruled out never; a "
        "question beside the switch is answered. Generated by evals/generators/switch_at_step_23.py."),
        "tags": [SUITE], "customer": None, "cases": cases})


if __name__ == "__main__":
    main()
