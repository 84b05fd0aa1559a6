"""Writes evals/suites/answers-from-record-22.yaml: questions answered from the record they ask about (issue 17,
fresh20 F9, F10, F11), en/fr/es/de, 12 cases each, wording written for this suite before the fixes.
(a) After the desk hands back, a question about what the agent said or noted ("did the person note I want it in
black?") is answered from the ticket's own events (the agent's reply quoted), never read as a new choice of
option; a real change asked after the hand-back still gets its proposal (near-miss); a property question about a
product named after the hand-back is answered from its attributes ("is it wool?": Wool).
(b) A property asked of a named product (waterproof, breathable, stretchy, for running, warm) is answered from its
description and attributes with the words that support it ("sealed seams to keep moisture out"); "the catalog
doesn't say" only when nothing supports it (near-misses: "moisture-wicking" keeps sweat off and is no waterproofing,
a hoodie whose page says nothing of breathing); a property the data contradicts is a "not really".
(c) After an item change of a pending order, "how do I send the old one back?": the order has not shipped, so there
is nothing to send back; after a delivered order's exchange the same question gets the return email (near-miss).
Facts checked in data/demo-catalog (ConfigurableSampleData__products.csv) and tools/demo_shop.py: Mia's #D9000001
(delivered: Chaz Kangeroo Hoodie MH01-M-Black, Iris Workout Top), #D9000002 (pending: Stellar Solar Jacket
WJ01-M-Blue, material Cocona performance fabric|Wool|Fleece, climate All-weather|Mild|Spring|Windy, "breathable
perforated construction", "moisture-wicking"); Leo's #D9000003 (delivered: Caesar Warm-Up Pant MP01-32-Black);
Kenobi Trail Jacket ("sealed seams to keep moisture out"), Chaz Kangeroo Hoodie (nothing on breathing), Mithra
Warmup Pant ("stretchy fabric"), Josie Yoga Jacket ("Stretchy CoolTech fabric", "Mesh armpit venting"), Erikssen
CoolTech Fitness Tank ("A good running tank", no activity attribute), Primo Endurance Tank ("Run, lift or play
ball", "breathable mesh top").

Run: python -m evals.generators.answers_from_record_22"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, forbidden, store_unchanged, writes_expected
from evals.generators.reply_words import EMAIL, GRAY, LANGS, YES
from evals.generators.tau_data import ROOT, WRITES_ADDRESS_FIRST, write_suite

OUT = ROOT / "evals" / "suites" / "answers-from-record-22.yaml"
TAG = "answers-from-record-22"
MIA, LEO = "demo_mia_novak", "demo_leo_martin"

# --- (a) after the desk hands back ---------------------------------------------------------------------------
PERSON = {"en": "I'd like to talk to a real person please",
          "fr": "je voudrais parler à une vraie personne svp",
          "es": "quiero hablar con una persona de verdad, por favor",
          "de": "ich möchte bitte mit einem echten Menschen sprechen"}
DESK = {"en": "Hi Mia, sorry about the mix-up! I'm sending you the Chaz Kangeroo Hoodie in black, size M, free of "
              "charge.",
        "fr": "Bonjour Mia, désolée pour l'erreur ! Je vous envoie le sweat Chaz Kangeroo en noir, taille M, sans "
              "frais.",
        "es": "Hola Mia, ¡perdone la confusión! Le envío la sudadera Chaz Kangeroo en negro, talla M, sin coste.",
        "de": "Hallo Mia, entschuldigen Sie die Verwechslung! Ich schicke Ihnen den Chaz Kangeroo Hoodie in "
              "Schwarz, Größe M, kostenlos."}
# words of the agent's reply that a quote of it carries
DESK_QUOTED = {"en": ["Chaz Kangeroo Hoodie in black"], "fr": ["sweat Chaz Kangeroo en noir"],
               "es": ["sudadera Chaz Kangeroo en negro"], "de": ["Chaz Kangeroo Hoodie in Schwarz"]}
NOTED_BLACK = {"en": "did your colleague note down that I want the hoodie in black?",
               "fr": "est-ce que la personne a bien noté que je veux le sweat en noir ?",
               "es": "¿la persona apuntó que quiero la sudadera en negro?",
               "de": "hat die Mitarbeiterin notiert, dass ich den Hoodie in Schwarz möchte?"}
WHAT_PROMISED = {"en": "sorry, what exactly did the agent promise me?",
                 "fr": "pardon, qu'est-ce que le conseiller m'a promis exactement ?",
                 "es": "perdona, ¿qué me prometió exactamente el agente?",
                 "de": "Moment, was genau hat mir der Mitarbeiter zugesagt?"}
WOOL_AFTER = {"en": "thanks. and the Stellar Solar Jacket, is it made of wool?",
              "fr": "merci. Et la veste Stellar Solar, c'est de la laine ?",
              "es": "gracias. ¿y la chaqueta Stellar Solar es de lana?",
              "de": "danke. und die Stellar Solar Jacket, ist die aus Wolle?"}
WOOL = ["Wool", "laine", "lana", "Wolle"]
GRAY_AFTER = {"en": "actually I'd rather exchange the hoodie from D9000001 for a gray one",
              "fr": "en fait je préfère échanger le sweat de la commande D9000001 contre un gris",
              "es": "en realidad prefiero cambiar la sudadera del pedido D9000001 por una gris",
              "de": "eigentlich möchte ich den Hoodie aus D9000001 lieber gegen einen grauen tauschen"}
ASKS_OPTION = ["Which colour", "which size or", "Quelle couleur", "quelle taille ou", "Qué color", "qué talla u",
               "Welche Farbe", "welche Größe oder"]
NEW_TICKET = ["VT-000002"]  # a second ticket: the question read as another request for a person
NOT_FOUND_PRODUCT = ["doesn't list the material", "n'indique pas la matière", "no indica el material",
                     "nennt kein Material"]

# --- (b) properties of a named product -------------------------------------------------------------------------
KENOBI_WATER = {"en": "is the Kenobi Trail Jacket waterproof?",
                "fr": "la Kenobi Trail Jacket est-elle imperméable ?",
                "es": "¿la Kenobi Trail Jacket aguanta la lluvia? ¿es impermeable?",
                "de": "hält die Kenobi Trail Jacket Nässe ab, ist sie wasserdicht?"}
WATER_YES = {"en": ["moisture"], "fr": ["résiste à l'eau"], "es": ["resiste al agua"], "de": ["wasserabweisend"]}
DOESNT_SAY = ["doesn't say", "ne dit pas", "n'indique pas", "no dice", "no indica", "sagt nicht", "nicht ausdrücklich",
              "doesn't mention", "ne mentionne pas", "no menciona", "erwähnt", "can't confirm"]
WATER_UNSAID = {"en": ["doesn't say whether"], "fr": ["ne dit pas si"], "es": ["no dice si"], "de": ["sagt nicht, ob"]}
SAYS_NO_WATER = ["neither its description nor its style mentions rain or water",
                 "ni sa description ni son style ne parlent de pluie ou d'eau",
                 "ni su descripción ni su estilo hablan de lluvia o agua",
                 "Weder Beschreibung noch Stil erwähnen Regen oder Wasser"]
STELLAR_WATER = {"en": "will the Stellar Solar Jacket keep the rain out? is it water-resistant?",
                 "fr": "la veste Stellar Solar, elle est étanche ?",
                 "es": "¿la chaqueta Stellar Solar es impermeable?",
                 "de": "ist die Stellar Solar Jacket wasserfest?"}
YES_WORDS = ["Yes:", "Oui :", "Sí:", "Ja:"]
BREATHABLE = {"en": ("is the Stellar Solar Jacket breathable?", ["breathable"]),
              "fr": ("la Josie Yoga Jacket est respirante ?", ["respirant"]),
              "es": ("¿la Primo Endurance Tank es transpirable?", ["transpirable"]),
              "de": ("ist die Stellar Solar Jacket atmungsaktiv?", ["atmungsaktiv"])}
BREATHABLE_UNSAID = {"en": "does the Chaz Kangeroo Hoodie breathe well?",
                     "fr": "le sweat Chaz Kangeroo est-il respirant ?",
                     "es": "¿la sudadera Chaz Kangeroo es transpirable?",
                     "de": "ist der Chaz Kangeroo Hoodie atmungsaktiv?"}
NO_WORDS = ["No:", "Non :", "No:", "Nein:"]
STRETCHY = {"en": ("is the Mithra Warmup Pant stretchy?", ["stretch"]),
            "fr": ("le pantalon Mithra Warmup est-il extensible ?", ["extensible", "stretch"]),
            "es": ("¿el pantalón Mithra Warmup es elástico?", ["elástic", "stretch"]),
            "de": ("ist die Josie Yoga Jacket dehnbar?", ["dehnbar", "elastisch", "stretch"])}
SIXTH = {
    "en": ("is the Erikssen CoolTech Fitness Tank good for running?", ["running"], DOESNT_SAY,
           "the tank has no activity attribute, its description says 'A good running tank': a yes from it"),
    "fr": ("la veste Stellar Solar tient chaud ?", ["Pas vraiment"], ["Oui :"],
           "the jacket is rated for all-weather, mild, spring and windy weather and made to 'beat the heat': warmth "
           "is contradicted, a 'not really'"),
    "es": ("¿la Primo Endurance Tank sirve para correr?", ["correr"], DOESNT_SAY,
           "the tank has no activity attribute, its description says 'Run, lift or play ball': a yes from it"),
    "de": ("ist die Kenobi Trail Jacket dehnbar?", ["sagt nicht", "erwähnt", "nicht bestätigen"], ["Ja:"],
           "nothing in the jacket's name, description or style says it stretches: the catalog does not say"),
}

# --- (c) sending back after a pending order's item change --------------------------------------------------------
JACKET_TO_L = {"en": "please change the jacket in order D9000002 to size L, same colour",
               "fr": "je voudrais la veste de ma commande D9000002 en taille L au lieu de M",
               "es": "cambia la chaqueta del pedido D9000002 a la talla L, mismo color",
               "de": "bitte die Jacke aus Bestellung D9000002 in Größe L statt M, gleiche Farbe"}
SEND_OLD_BACK = {"en": "great. how do I send the old one back?",
                 "fr": "comment je renvoie l'ancienne ? et le remboursement arrive quand ?",
                 "es": "vale, ¿y cómo devuelvo la antigua?",
                 "de": "super. wie schicke ich die alte zurück?"}
MUST_I_SEND = {"en": "do I have to mail the M back to you?",
               "fr": "je dois vous renvoyer la M ?",
               "es": "¿tengo que devolveros la M?",
               "de": "muss ich die M an euch zurückschicken?"}
NOTHING_TO_SEND = ["nothing to send back", "rien à renvoyer", "nada que devolver", "nichts zurückschicken",
                   "nichts zurückzuschicken"]
SWAP_PANTS = {"en": "I'd like to exchange my warm-up pants for the 33 waist, same colour",
              "fr": "je veux échanger mon pantalon de survêtement contre la taille 33, même couleur",
              "es": "quiero cambiar mi pantalón de calentamiento por la talla 33, mismo color",
              "de": "ich möchte meine Trainingshose gegen Weite 33 tauschen, gleiche Farbe"}
SEND_PANTS_BACK = {"en": "ok, and how do I send the old pants back?",
                   "fr": "d'accord, et comment je renvoie l'ancien pantalon ?",
                   "es": "vale, ¿y cómo devuelvo el pantalón viejo?",
                   "de": "ok, und wie schicke ich die alte Hose zurück?"}
ITEM_CHANGE = {"name": "modify_pending_order_items",
               "arguments": {"order_id": "#D9000002", "item_ids": ["WJ01-M-Blue"], "new_item_ids": ["WJ01-L-Blue"]}}
EXCHANGE = {"name": "exchange_delivered_order_items",
            "arguments": {"order_id": "#D9000003", "item_ids": ["MP01-32-Black"], "new_item_ids": ["MP01-33-Black"]}}


def _case(case_id: str, lang: str, kind: str, description: str, customer: str | None,
          turns: list[dict[str, Any]], expect: dict[str, Any]) -> dict[str, Any]:
    return case_record(case_id, [lang, TAG, kind], description, customer, turns, expect)


def _writes(calls: list[dict[str, Any]]) -> dict[str, Any]:
    return writes_expected(calls, writes=WRITES_ADDRESS_FIRST)


def _no_write(*, ticket: bool = False) -> dict[str, Any]:
    """No order or account write; with `ticket`, the desk's own ticket (opened by the request for a person) only."""
    if ticket:
        return {"forbidden": forbidden(WRITES_ADDRESS_FIRST)}
    return {"forbidden": forbidden(WRITES_ADDRESS_FIRST), "store": store_unchanged()}


def _asked(text: str, facts: list[list[str]], must_not_say: list[str]) -> dict[str, Any]:
    return {"text": text, "reply": {"facts": facts, "must_not_say": must_not_say}}


def _desk(lang: str) -> list[dict[str, Any]]:
    return [{"text": PERSON[lang]}, {"desk": {"reply": DESK[lang], "hand_back": True}}]


def _desk_cases(lang: str) -> list[dict[str, Any]]:
    return [
        _case(f"{lang}-desk-noted-black", lang, "desk-said",
              "after the agent promised the black hoodie and handed back, a product question about a named jacket "
              "(its material from the attributes: Wool), then 'did the person note I want it in black?': the "
              "agent's own reply quoted from the ticket, never a question which colour", MIA,
              [*_desk(lang), _asked(WOOL_AFTER[lang], [WOOL], NOT_FOUND_PRODUCT),
               _asked(NOTED_BLACK[lang], [DESK_QUOTED[lang]], ASKS_OPTION)],
              _no_write(ticket=True)),
        _case(f"{lang}-desk-what-promised", lang, "desk-said",
              "after the hand-back, 'what exactly did the agent promise me?': the agent's reply quoted from the "
              "ticket", MIA,
              [*_desk(lang), _asked(WHAT_PROMISED[lang], [DESK_QUOTED[lang]], ASKS_OPTION + NEW_TICKET)],
              _no_write(ticket=True)),
        _case(f"{lang}-desk-then-real-change", lang, "desk-near-miss",
              "near-miss: after the hand-back, a real change of the hoodie to gray is a request, proposed as usual "
              "(no quote of the agent)", MIA,
              [*_desk(lang), _asked(GRAY_AFTER[lang], [["#D9000001"], GRAY], DESK_QUOTED[lang])],
              {"forbidden": forbidden(WRITES_ADDRESS_FIRST)}),
    ]


def _property_cases(lang: str) -> list[dict[str, Any]]:
    breathable, breathable_words = BREATHABLE[lang]
    stretchy, stretchy_words = STRETCHY[lang]
    sixth, sixth_facts, sixth_not, sixth_why = SIXTH[lang]
    return [
        _case(f"{lang}-kenobi-waterproof", lang, "property-yes",
              "the Kenobi Trail Jacket's description says 'sealed seams to keep moisture out': water-resistant, "
              "never 'the catalog doesn't say'", None,
              [_asked(KENOBI_WATER[lang], [WATER_YES[lang]], SAYS_NO_WATER + DOESNT_SAY)], _no_write()),
        _case(f"{lang}-stellar-waterproof-unsaid", lang, "property-near-miss",
              "near-miss: the Stellar Solar Jacket is 'moisture-wicking' (sweat), which says nothing of rain: the "
              "catalog doesn't say whether it is waterproof", None,
              [_asked(STELLAR_WATER[lang], [WATER_UNSAID[lang]], YES_WORDS)], _no_write()),
        _case(f"{lang}-breathable-yes", lang, "property-yes",
              "the product's own description says it is breathable (or a mesh top / mesh venting): a yes with it",
              None, [_asked(breathable, [breathable_words], NO_WORDS + DOESNT_SAY)], _no_write()),
        _case(f"{lang}-breathable-unsaid", lang, "property-near-miss",
              "near-miss: nothing in the Chaz Kangeroo Hoodie's page says it breathes (wool, thick material): the "
              "catalog doesn't say, never a 'no, it is made of wool'", None,
              [_asked(BREATHABLE_UNSAID[lang], [DOESNT_SAY], NO_WORDS + YES_WORDS)], _no_write()),
        _case(f"{lang}-stretchy-yes", lang, "property-yes",
              "the product's description says 'stretchy fabric': a yes with it", None,
              [_asked(stretchy, [stretchy_words], NO_WORDS + DOESNT_SAY)], _no_write()),
        _case(f"{lang}-property-sixth", lang, "property-other", sixth_why, None,
              [_asked(sixth, [sixth_facts], sixth_not)], _no_write()),
    ]


def _send_back_cases(lang: str) -> list[dict[str, Any]]:
    yes = {"text": YES[lang]}
    return [
        _case(f"{lang}-pending-change-send-back", lang, "send-back-pending",
              "after the pending order's item change (jacket M to L), how to send the old one back: the order has "
              "not shipped, nothing to send back (no return email)", MIA,
              [{"text": JACKET_TO_L[lang]}, yes,
               _asked(SEND_OLD_BACK[lang], [["#D9000002"], NOTHING_TO_SEND], EMAIL)],
              _writes([ITEM_CHANGE])),
        _case(f"{lang}-pending-change-must-send", lang, "send-back-pending",
              "after the pending order's item change, 'do I have to send the M back?': nothing to send back, no "
              "second change or return", MIA,
              [{"text": JACKET_TO_L[lang]}, yes, _asked(MUST_I_SEND[lang], [NOTHING_TO_SEND], EMAIL)],
              _writes([ITEM_CHANGE])),
        _case(f"{lang}-delivered-exchange-send-back", lang, "send-back-near-miss",
              "near-miss: after a delivered order's exchange, how to send the old pants back: the return email "
              "(never 'nothing to send back')", LEO,
              [{"text": SWAP_PANTS[lang]}, yes, _asked(SEND_PANTS_BACK[lang], [EMAIL], NOTHING_TO_SEND)],
              _writes([EXCHANGE])),
    ]


def suite() -> dict[str, Any]:
    cases = [case for lang in LANGS
             for case in (*_desk_cases(lang), *_property_cases(lang), *_send_back_cases(lang))]
    return {"suite": TAG, "description": __doc__.split("\n\nRun:")[0].replace("\n", " "),
            "tags": ["dialogue", TAG], "cases": cases}


if __name__ == "__main__":
    write_suite(OUT, suite())
