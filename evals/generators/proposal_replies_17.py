"""Cases for the class "a reply to an open proposal or question that is not a plain yes/no" (issue 17; attack16 F4,
F5, F7; fresh16 F9, F10), in four languages. Writes evals/suites/proposal-replies-17.yaml.

The proposal must stay open, nothing may be written on the reply, and that reply must say exactly why nothing was
written or what is needed (checked on that turn's own reply: `turns[].reply`); a later plain yes writes the proposal:

- `condition-amount` / `condition-method` / `condition-return`: a yes on a condition about the refund ("yes if the
  refund is over $5000", "seulement si c'est remboursé sur une carte cadeau"): the real refund amount (and where it
  goes) said, never a rule about another action; the plain yes then cancels / returns.
- `confusion-status` / `confusion-proposal`: "what?", "quoi ?", "¿qué?", "wie bitte?" after a status answer or a
  proposal: the last answer said again, never a goodbye nor "nothing changed"; the plain yes then writes.
- `no-gift-card` / `unknown-card` / `method-not-allowed`: a yes naming a refund method the customer does not have
  or a return cannot use: said so, with the saved methods by kind and last digits; the plain yes writes the
  proposal with the original method. `method-not-allowed` cases are guests (email + order + zip).
- `changed-address`: "yes, but make it 501 Main St": proposed again with that street; its yes writes it.
- `both-items`: "yes, both actually" to the return of one of two items: proposed again with both; the yes writes both.
- `withdrawn-again`: after "never mind", "actually do it, same address": the withdrawn address proposed again.

Ids are looked up in data/tau-retail (D9000004 is a demo shop order). Run:
python -m evals.generators.proposal_replies_17"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, order_status, writes_expected
from evals.generators.case_builders import reply_turn as _turn
from evals.generators.checked_calls import named_items_return, paid_with
from evals.generators.reply_words import LANGS
from evals.generators.tau_data import ORDERS, ROOT, USERS, write_suite

OUT = ROOT / "evals" / "suites" / "proposal-replies-17.yaml"
GOODBYE = {"en": "Have a great day", "fr": "Excellente journée", "es": "Que tenga un buen día",
           "de": "schönen Tag noch"}
# The reply that lets the proposal go (`not_confirmed`, `declined_then_answer`)
NOTHING_CHANGED = {"en": "No problem, I haven't changed anything", "fr": "Pas de problème, je n'ai rien modifié",
                   "es": "Sin problema, no he cambiado nada", "de": "Kein Problem, ich habe nichts geändert"}
WRONG_RULE = {"en": "can only be done while", "fr": "ce n'est possible que", "es": "solo es posible cuando",
              "de": "nur möglich"}
ONE_OPTION_QUESTION = {"en": "Which would you like:", "fr": "Que préférez-vous :", "es": "¿Qué prefiere:",
                       "de": "Was möchten Sie:"}
CLEAR_YES_NO = {"en": "clear yes or no", "fr": "un oui ou un non clair", "es": "un sí o un no claro",
                "de": "ein klares Ja oder Nein"}
STATUS = {"pending": {"en": "pending", "fr": "en attente", "es": "pendiente", "de": "offen"}}
GIFT_CARD = {"en": ["gift card"], "fr": ["carte cadeau", "carte-cadeau"], "es": ["tarjeta regalo",
             "tarjeta de regalo"], "de": ["Geschenkkarte", "Gutschein"]}


def _money(amount: float, lang: str) -> str:
    """The amount's digits as the language writes them, without grouping (the check drops grouping)."""
    text = f"{amount:.2f}"
    return text if lang == "en" else text.replace(".", ",")


def _price(order_id: str, names: list[str]) -> float:
    return round(sum(i["price"] for i in ORDERS[order_id]["items"] if i["name"] in names), 2)


def _paid_total(order_id: str) -> float:
    return round(sum(p["amount"] for p in ORDERS[order_id]["payment_history"] if p["transaction_type"] == "payment"), 2)


def _last_fours(user: str) -> list[str]:
    return [m["last_four"] for m in USERS[user]["payment_methods"].values() if m.get("last_four")]


def _method_words(method_id: str, user: str) -> list[str]:
    method = USERS[user]["payment_methods"][method_id]
    return [method["last_four"]] if method.get("last_four") else ["PayPal"]


def _case(case_id: str, kind: str, description: str, customer: str | None, turns: list[dict[str, Any]],
          calls: list[dict[str, Any]], status: tuple[str, str] | None = None) -> dict[str, Any]:
    expect = writes_expected(calls, store=order_status(*status) if status else None)
    return case_record(case_id, [case_id.split("-")[0], "proposal-replies-17", kind], description, customer, turns,
                       expect)


def _cancel(order_id: str, reason: str) -> dict[str, Any]:
    return {"name": "cancel_pending_order", "arguments": {"order_id": order_id, "reason": reason}}


def _readdress(order_id: str, street: str, zip_code: str) -> dict[str, Any]:
    return {"name": "modify_pending_order_address", "arguments": {
        "order_id": order_id, "address1": street, "zip": zip_code}}


# (lang, customer, order, reason, request, conditional yes, plain yes)
CONDITION_AMOUNT = [
    ("en", "lucas_muller_4380", "#W3206099", "ordered by mistake", "cancel #W3206099, ordered by mistake",
     "yes if the refund is over $5000", "yes"),
    ("fr", "chen_moore_6080", "#W9205196", "no longer needed",
     "annulez la commande #W9205196, je n'en ai plus besoin", "oui si le remboursement dépasse 9000 $", "oui"),
    ("es", "fatima_lee_3440", "#W8098147", "ordered by mistake", "cancela el pedido #W8098147, lo pedí por error",
     "sí, siempre que el reembolso sea de más de 90.000 $", "sí"),
    ("de", "mohamed_lee_5442", "#W6302827", "no longer needed",
     "bitte stornieren Sie die Bestellung #W6302827, ich brauche sie nicht mehr",
     "ja, falls die Erstattung über 2000 $ liegt", "ja"),
]
# (lang, customer, order, reason, request, conditional yes, plain yes): the condition names a method the
# cancellation cannot refund to (a cancellation refunds the method the order was paid with)
CONDITION_METHOD = [
    ("en", "harper_thomas_9402", "#W7425646", "no longer needed", "please cancel order #W7425646, don't need it",
     "ok but only if the money goes on a gift card", "ok yes"),
    ("fr", "olivia_hernandez_5066", "#W6811468", "ordered by mistake",
     "annulez la commande #W6811468, commandée par erreur", "oui seulement si c'est remboursé sur une carte cadeau",
     "d'accord, oui"),
    ("es", "yara_johansson_9032", "#W9538251", "no longer needed",
     "quiero cancelar el pedido #W9538251, ya no lo necesito",
     "vale, pero solo si me lo devuelven en una tarjeta regalo", "sí"),
    ("de", "harper_kovacs_7861", "#W7775097", "no longer needed",
     "storniere bitte die Bestellung #W7775097, ich brauche sie nicht mehr",
     "ja, aber nur wenn das Geld auf meine Kreditkarte zurückgeht", "ja"),
]
# (lang, customer, order, item, request, conditional yes, plain yes)
CONDITION_RETURN = [
    ("en", "yusuf_taylor_7149", "#W5690487", "Electric Toothbrush",
     "i want to return the electric toothbrush from order #W5690487", "ok yes, as long as i get at least $500 back",
     "fine, yes"),
    ("fr", "daiki_hernandez_1356", "#W9228376", "Bookshelf",
     "je voudrais retourner l'étagère de la commande #W9228376", "oui à condition d'être remboursé d'au moins 600 $",
     "oui"),
    ("es", "liam_muller_2178", "#W9486384", "Yoga Mat", "quiero devolver la esterilla de yoga del pedido #W9486384",
     "sí, siempre que me devuelvan más de 300 $", "sí, vale"),
    ("de", "lucas_brown_6720", "#W9218746", "Backpack",
     "ich möchte den rucksack aus der bestellung #W9218746 zurückgeben",
     "ja, aber nur wenn ich mindestens 400 $ zurückbekomme", "ja"),
]
# (lang, status question, confused reply): the demo shop's order D9000004 (processed, tracking 1Z9000004US)
CONFUSION_DEMO = [
    ("en", "what's the status of #D9000004?", "what?"),
    ("fr", "où en est ma commande #D9000004 ?", "quoi ?"),
    ("es", "¿cómo va mi pedido #D9000004?", "¿qué?"),
    ("de", "wie ist der Status meiner Bestellung #D9000004?", "wie bitte?"),
]
# (lang, customer, order, status question, confused reply)
CONFUSION_STATUS = [
    ("en", "james_lee_5010", "#W5356919", "where is my order #W5356919", "sorry?"),
    ("fr", "james_sanchez_3954", "#W7464385", "bonjour, quel est le statut de la commande #W7464385", "hein ?"),
    ("es", "juan_gonzalez_6489", "#W2438921", "dónde está mi pedido #W2438921?", "¿cómo?"),
    ("de", "juan_martin_4740", "#W5815923", "was ist mit meiner bestellung #W5815923", "hä?"),
]
# (lang, customer, order, reason, request, confused reply, plain yes)
CONFUSION_PROPOSAL = [
    ("en", "juan_garcia_9528", "#W1013897", "no longer needed", "cancel order #W1013897, i don't need it anymore",
     "sorry, what?", "yes"),
    ("fr", "amelia_wilson_4614", "#W3062096", "no longer needed",
     "annulez la commande #W3062096, je n'en ai plus besoin", "quoi ?", "oui"),
    ("es", "emma_rossi_2839", "#W9152938", "no longer needed", "cancela el pedido #W9152938, ya no lo necesito",
     "¿qué?", "sí"),
    ("de", "omar_silva_9907", "#W6151519", "no longer needed",
     "bitte stornieren Sie die Bestellung #W6151519, ich brauche sie nicht mehr", "wie bitte?", "ja"),
]
# (lang, customer, order, item, request, yes with a gift card the customer does not have, plain yes)
NO_GIFT_CARD = [
    ("en", "olivia_brown_4616", "#W2912153", "Desk Lamp", "i want to return the desk lamp from order #W2912153",
     "yes, refund it to my gift card instead", "yes"),
    ("fr", "juan_nguyen_7430", "#W2430890", "Smart Watch",
     "je veux retourner la montre connectée de la commande #W2430890",
     "oui mais remboursez plutôt sur ma carte cadeau", "oui"),
    ("es", "noah_wilson_6623", "#W9288362", "Headphones", "quiero devolver los auriculares del pedido #W9288362",
     "sí, pero el reembolso a mi tarjeta regalo", "sí"),
    ("de", "ethan_moore_9003", "#W6026015", "Luggage Set",
     "ich möchte das kofferset aus der bestellung #W6026015 zurückgeben",
     "ja, aber erstatten Sie es auf meine Geschenkkarte", "ja"),
]
# (lang, customer, order, item, request, yes naming a card the customer does not have, plain yes)
UNKNOWN_CARD = [
    ("en", "sophia_patel_6833", "#W2923184", "Wireless Earbuds",
     "i'd like to return the wireless earbuds from order #W2923184", "yes but to the card ending in 1234", "yes"),
    ("fr", "liam_anderson_5973", "#W2119065", "Office Chair",
     "je veux renvoyer la chaise de bureau de la commande #W2119065",
     "oui, mais sur la carte qui finit par 0000", "oui"),
    ("es", "sofia_li_9219", "#W5416052", "Pet Bed", "quiero devolver la cama para mascotas del pedido #W5416052",
     "sí, pero reembólsalo a la tarjeta que termina en 1234", "sí"),
    ("de", "mei_gonzalez_4785", "#W7303089", "Backpack",
     "ich will den rucksack aus bestellung #W7303089 zurückschicken",
     "ja, aber auf die Karte mit der Endung 5555", "ja"),
]
# (lang, customer, order, item, request with email + zip (a guest), method a return cannot refund to, plain yes)
METHOD_NOT_ALLOWED = [
    ("en", "sofia_li_9219", "#W4689314", "Digital Camera",
     "hi, sofia.li7352@example.com, zip 78260 - i want to return the digital camera from order #W4689314",
     "put the refund on my paypal", "ok yes"),
    ("fr", "ava_kovacs_3448", "#W6344370", "Skateboard",
     "bonjour, ava.kovacs4827@example.com code postal 85052, je veux retourner le skateboard de la commande #W6344370",
     "remboursez sur mon paypal", "oui"),
    ("es", "mei_martin_6103", "#W1759614", "Grill",
     "hola, soy mei.martin5518@example.com, cp 78270, quiero devolver la parrilla del pedido #W1759614",
     "pon el reembolso en mi paypal", "sí"),
    ("de", "olivia_brown_4616", "#W2912153", "Electric Kettle",
     "hallo, olivia.brown9075@example.com, PLZ 43118, ich möchte den wasserkocher aus bestellung #W2912153 "
     "zurückgeben", "die erstattung bitte auf mein paypal", "ja"),
]
# (lang, customer, order, request, yes with another street, plain yes, zip)
CHANGED_ADDRESS = [
    ("en", "mason_johansson_2485", "#W3358610", "please ship order #W3358610 to 400 Elm St, Austin TX 78701 instead",
     "yes, but make it 501 Main St", "yes", "78701"),
    ("fr", "mia_davis_8827", "#W6577842",
     "changez l'adresse de livraison de la commande #W6577842 : 18 rue Victor Hugo, Boston MA 02116",
     "oui mais plutôt au 501 Main St", "oui", "02116"),
    ("es", "ivan_santos_7021", "#W5801125", "envía el pedido #W5801125 a 220 Pine Street, Denver CO 80205, porfa",
     "sí, pero que sea 501 Main St", "sí", "80205"),
    ("de", "juan_rossi_6696", "#W7602708",
     "bitte die lieferadresse der bestellung #W7602708 auf 9 Elm Street, Seattle WA 98101 ändern",
     "ja, aber bitte 501 Main St", "ja", "98101"),
]
# (lang, customer, order, item asked, other item, request, "yes, both", plain yes)
BOTH_ITEMS = [
    ("en", "liam_li_5260", "#W8512927", "Skateboard", "Notebook",
     "i want to return the skateboard from order #W8512927", "yes, both actually", "yes"),
    ("fr", "ethan_muller_6097", "#W3155037", "Smartphone", "Laptop",
     "je veux retourner le smartphone de la commande #W3155037", "oui, les deux en fait", "oui"),
    ("es", "raj_ito_1740", "#W2053532", "Digital Camera", "Laptop",
     "quiero devolver la cámara digital del pedido #W2053532", "sí, los dos en realidad", "sí"),
    ("de", "olivia_hernandez_5066", "#W5671546", "Garden Hose", "Wireless Earbuds",
     "ich möchte den gartenschlauch aus bestellung #W5671546 zurückgeben", "ja, eigentlich beides", "ja"),
]
# (lang, customer, order, request, withdrawal, "do it after all, same address", plain yes, street, zip)
WITHDRAWN_AGAIN = [
    ("en", "amelia_rossi_5121", "#W8255453", "change the shipping address of order #W8255453 to 77 Pine St, "
     "Denver CO 80205", "actually never mind", "actually go ahead, same address", "yes", "77 Pine St", "80205"),
    ("fr", "ava_nguyen_6971", "#W9594011", "changez l'adresse de livraison de la commande #W9594011 : "
     "12 rue des Lilas, Boston MA 02116", "laissez tomber", "si finalement faites le, même adresse", "oui",
     "12 rue des Lilas", "02116"),
    ("es", "harper_ito_4653", "#W1941216", "cambia la dirección de envío del pedido #W1941216 a 450 Oak Avenue, "
     "Austin TX 78701", "no, déjalo", "bueno, al final sí, hazlo con la misma dirección", "sí", "450 Oak Avenue",
     "78701"),
    ("de", "olivia_ahmed_6778", "#W2609687", "ändern Sie die Lieferadresse der Bestellung #W2609687 auf "
     "9 Elm Street, Seattle WA 98101", "ach, vergiss es", "doch, mach es, gleiche Adresse", "ja", "9 Elm Street",
     "98101"),
]


# Written after the fix and committed before it was run on them (a check that the fix is no word list): new
# wordings and customers, three a language. (id, kind, customer, turns as (text, facts, never), calls, status)
AFTER_FIX: list[tuple[str, str, str | None, list[tuple[str, list[list[str]] | None, list[str] | None]],
                      list[dict[str, Any]], tuple[str, str] | None]] = [
    ("en-after-condition-return", "condition-return", "mei_moore_8248",
     [("i want to return the air purifier from order #W9694847", None, None),
      ("yes provided i get 900 back", [["543.68"]], [CLEAR_YES_NO["en"], WRONG_RULE["en"]]), ("yes", None, None)],
     [named_items_return("#W9694847", ["Air Purifier"], "credit_card_2902980")], ("#W9694847", "return requested")),
    ("en-after-confusion-status", "confusion-status", "chen_lopez_3345",
     [("status of order #W1790752?", None, None), ("come again?", [["#W1790752"], ["pending"]], [GOODBYE["en"]])],
     [], None),
    ("en-after-changed-address", "changed-address", "daiki_silva_5033",
     [("can you send order #W1579160 to 15 Lake Rd, Charlotte NC 28202", None, None),
      ("yes but 88 Harbor Road instead", [["88 Harbor Road"]], [NOTHING_CHANGED["en"]]), ("yes", None, None)],
     [_readdress("#W1579160", "88 Harbor Road", "28202")], None),
    ("fr-after-condition-amount", "condition-amount", "mei_gonzalez_4785",
     [("je veux annuler la commande #W2052757, plus besoin", None, None),
      ("d'accord tant que je récupère plus de 3000 $", [["1913,46"]], [CLEAR_YES_NO["fr"], WRONG_RULE["fr"]]),
      ("oui", None, None)], [_cancel("#W2052757", "no longer needed")], ("#W2052757", "cancelled")),
    ("fr-after-confusion-proposal", "confusion-proposal", "yara_lee_7701",
     [("annulez la commande #W3320020 svp, commandée par erreur", None, None),
      ("pardon ?", [["#W3320020"]], [GOODBYE["fr"], NOTHING_CHANGED["fr"]]), ("oui", None, None)],
     [_cancel("#W3320020", "ordered by mistake")], ("#W3320020", "cancelled")),
    ("fr-after-both-items", "both-items", "sofia_ito_5484",
     [("je souhaite retourner le t-shirt de la commande #W5257743", None, None),
      ("ok, tous les deux", [["2782,80"]], [CLEAR_YES_NO["fr"]]), ("oui", None, None)],
     [named_items_return("#W5257743", ["Laptop", "T-Shirt"], "paypal_6882355")], ("#W5257743", "return requested")),
    ("es-after-condition-amount", "condition-amount", "liam_li_5260",
     [("cancela mi pedido #W9653558 porque lo pedí por error", None, None),
      ("ok, con tal de que me devuelvan 2000 $", [["1169,17"]], [CLEAR_YES_NO["es"], WRONG_RULE["es"]]),
      ("sí", None, None)], [_cancel("#W9653558", "ordered by mistake")], ("#W9653558", "cancelled")),
    ("es-after-unknown-card", "unknown-card", "harper_ito_4653",
     [("quiero devolver el casco de ciclismo del pedido #W5673917", None, None),
      ("sí, a la tarjeta acabada en 4242", [["4242"], ["PayPal"]], [CLEAR_YES_NO["es"]]), ("sí", None, None)],
     [named_items_return("#W5673917", ["Cycling Helmet"], "paypal_1053133")], ("#W5673917", "return requested")),
    ("es-after-confusion-status", "confusion-status", "mohamed_khan_3010",
     [("en qué estado está el pedido #W7390432", None, None),
      ("no entiendo", [["#W7390432"], ["pendiente"]], [GOODBYE["es"]])], [], None),
    ("de-after-changed-address", "changed-address", "juan_gonzalez_6489",
     [("ändern Sie bitte die Lieferadresse von #W2438921 auf 5 Oak Street, Austin TX 78701", None, None),
      ("ja, aber Lindenstraße 14", [["Lindenstraße 14"]], [NOTHING_CHANGED["de"]]), ("ja", None, None)],
     [_readdress("#W2438921", "Lindenstraße 14", "78701")], None),
    ("de-after-no-gift-card", "no-gift-card", "ethan_muller_6097",
     [("ich will das smartphone aus der bestellung #W3155037 zurückgeben", None, None),
      ("ok, aber bitte auf die Geschenkkarte", [["Geschenkkarte"], ["1399"]], [CLEAR_YES_NO["de"]]),
      ("ja", None, None)],
     [named_items_return("#W3155037", ["Smartphone"], "credit_card_5721095")], ("#W3155037", "return requested")),
    ("de-after-withdrawn-again", "withdrawn-again", "juan_martin_4740",
     [("bitte die Lieferadresse der Bestellung #W5815923 auf 22 Pine St, Denver CO 80205 ändern", None, None),
      ("nee, lass mal", None, None), ("ach doch, bitte machen, dieselbe Adresse", [["22 Pine St"], ["80205"]], None),
      ("ja", None, None)], [_readdress("#W5815923", "22 Pine St", "80205")], None),
]


def _after_fix() -> list[dict[str, Any]]:
    out = []
    for case_id, kind, user, turns, calls, status in AFTER_FIX:
        case = _case(case_id, kind, "written after the fix, run after it was committed: " + kind.replace("-", " "),
                     user, [_turn(text, facts, never) for text, facts, never in turns], calls, status)
        case["tags"].append("after-fix")
        out.append(case)
    return out


def _conditions() -> list[dict[str, Any]]:
    out = []
    for lang, user, order, reason, request, conditional, yes in CONDITION_AMOUNT:
        out.append(_case(f"{lang}-condition-amount", "condition-amount", "a cancellation's yes on a refund amount it "
                         "does not reach: the real refund said, nothing written; the plain yes cancels", user, [
                             _turn(request), _turn(conditional, [[_money(_paid_total(order), lang)]],
                                                   [WRONG_RULE[lang], CLEAR_YES_NO[lang]]), _turn(yes)],
                         [_cancel(order, reason)], (order, "cancelled")))
    for lang, user, order, reason, request, conditional, yes in CONDITION_METHOD:
        out.append(_case(f"{lang}-condition-method", "condition-method", "a cancellation's yes on a refund method it "
                         "cannot use: where the refund goes said, nothing written; the plain yes cancels", user, [
                             _turn(request), _turn(conditional, [_method_words(paid_with(order), user),
                                                                 [_money(_paid_total(order), lang)]],
                                                   [WRONG_RULE[lang], CLEAR_YES_NO[lang]]), _turn(yes)],
                         [_cancel(order, reason)], (order, "cancelled")))
    for lang, user, order, item, request, conditional, yes in CONDITION_RETURN:
        out.append(_case(f"{lang}-condition-return", "condition-return", "a return's yes on a refund amount it does "
                         "not reach: the real refund said, nothing written; the plain yes returns", user, [
                             _turn(request), _turn(conditional, [[_money(_price(order, [item]), lang)]],
                                                   [WRONG_RULE[lang], CLEAR_YES_NO[lang], GOODBYE[lang]]),
                             _turn(yes)],
                         [named_items_return(order, [item], paid_with(order))], (order, "return requested")))
    return out


def _confusions() -> list[dict[str, Any]]:
    out = []
    for lang, question, confused in CONFUSION_DEMO:
        out.append(_case(f"{lang}-confusion-demo-status", "confusion-status", "a status answer, then 'what?': the "
                         "answer said again, never a goodbye", "demo_leo_martin", [
                             _turn(question), _turn(confused, [["D9000004"], ["1Z9000004US"]], [GOODBYE[lang]])], []))
    for lang, user, order, question, confused in CONFUSION_STATUS:
        out.append(_case(f"{lang}-confusion-status", "confusion-status", "a status answer, then a puzzled word: the "
                         "answer said again, never a goodbye", user, [
                             _turn(question), _turn(confused, [[order], [STATUS["pending"][lang]]], [GOODBYE[lang]])],
                         []))
    for lang, user, order, reason, request, confused, yes in CONFUSION_PROPOSAL:
        out.append(_case(f"{lang}-confusion-proposal", "confusion-proposal", "a cancellation proposed, then 'what?': "
                         "the proposal said again (kept open); the plain yes cancels", user, [
                             _turn(request), _turn(confused, [[order]], [GOODBYE[lang], NOTHING_CHANGED[lang]]),
                             _turn(yes)], [_cancel(order, reason)], (order, "cancelled")))
    return out


def _methods() -> list[dict[str, Any]]:
    out = []
    for lang, user, order, item, request, named, yes in NO_GIFT_CARD:
        out.append(_case(f"{lang}-no-gift-card", "no-gift-card", "a return's yes sending the refund to a gift card "
                         "the account does not have: said so with the saved methods; the plain yes returns to the "
                         "original method", user, [
                             _turn(request), _turn(named, [GIFT_CARD[lang], *[[d] for d in _last_fours(user)]],
                                                   [CLEAR_YES_NO[lang]]), _turn(yes)],
                         [named_items_return(order, [item], paid_with(order))], (order, "return requested")))
    for lang, user, order, item, request, named, yes in UNKNOWN_CARD:
        digits = named.split()[-1]
        out.append(_case(f"{lang}-unknown-card", "unknown-card", "a return's yes naming a card by digits the account "
                         "does not have: said so with the saved methods; the plain yes returns to the original "
                         "method", user, [
                             _turn(request), _turn(named, [[digits], *[[d] for d in _last_fours(user)]],
                                                   [CLEAR_YES_NO[lang]]), _turn(yes)],
                         [named_items_return(order, [item], paid_with(order))], (order, "return requested")))
    for lang, user, order, item, request, named, yes in METHOD_NOT_ALLOWED:
        out.append(_case(f"{lang}-method-not-allowed", "method-not-allowed", "a guest's return: PayPal asked for the "
                         "refund, which a return cannot use (original method or a gift card, none saved): said so, "
                         "never a one-option question; the plain yes returns to the original method", None, [
                             _turn(request), _turn(named, [["PayPal"], _method_words(paid_with(order), user)],
                                                   [ONE_OPTION_QUESTION[lang], CLEAR_YES_NO[lang]]), _turn(yes)],
                         [named_items_return(order, [item], paid_with(order))], (order, "return requested")))
    return out


def _changes() -> list[dict[str, Any]]:
    out = []
    for lang, user, order, request, changed, yes, zip_code in CHANGED_ADDRESS:
        out.append(_case(f"{lang}-changed-address", "changed-address", "an address change's yes with another street: "
                         "proposed again with it, nothing written; its yes writes it", user, [
                             _turn(request), _turn(changed, [["501 Main St"]], [NOTHING_CHANGED[lang]]), _turn(yes)],
                         [_readdress(order, "501 Main St", zip_code)]))
    for lang, user, order, first, other, request, both, yes in BOTH_ITEMS:
        names = [i["name"] for i in ORDERS[order]["items"]]
        out.append(_case(f"{lang}-both-items", "both-items", "a return of one of two items; 'yes, both': proposed "
                         "again with both, nothing written; the plain yes returns both", user, [
                             _turn(request), _turn(both, [[_money(_price(order, names), lang)]],
                                                   [CLEAR_YES_NO[lang]]), _turn(yes)],
                         [named_items_return(order, [n for n in names if n in (first, other)], paid_with(order))],
                         (order, "return requested")))
    for lang, user, order, request, withdrawn, again, yes, street, zip_code in WITHDRAWN_AGAIN:
        out.append(_case(f"{lang}-withdrawn-again", "withdrawn-again", "an address change withdrawn, then 'do it "
                         "after all, same address': the withdrawn address proposed again; its yes writes it", user, [
                             _turn(request), _turn(withdrawn), _turn(again, [[street], [zip_code]]), _turn(yes)],
                         [_readdress(order, street, zip_code)]))
    return out


def cases() -> list[dict[str, Any]]:
    return sorted([*_conditions(), *_confusions(), *_methods(), *_changes(), *_after_fix()],
                  key=lambda c: (LANGS.index(c["tags"][0]), c["id"]))


def main() -> None:
    write_suite(OUT, {
        "suite": "proposal-replies-17",
        "description": "A reply to an open proposal or question that is not a plain yes/no keeps the proposal open "
                       "and is answered with exactly why nothing was written or what is needed (attack16 F4, F5, F7; "
                       "fresh16 F9, F10): conditions on the refund, 'what?', refund methods the customer lacks or a "
                       "return cannot use, another street, both items, a withdrawn change asked again. Generated by "
                       "evals/generators/proposal_replies_17.py from data/tau-retail and the demo shop.",
        "tags": ["proposal-replies-17"], "customer": None, "cases": cases()})


if __name__ == "__main__":
    main()
