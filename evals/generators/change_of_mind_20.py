"""Cases for the class "a customer takes back or replaces an option value during a pending order's item change"
(issue 17, mind20; browser findings W2, A19-4), in four languages. Writes
evals/suites/change-of-mind-20.yaml.

- `keep-other`: "size L in red" proposed, then "ok then L but keep it blue" (lassen/bleiben, garder, dejar, keep):
  the blue L, never the red one.
- `keep-other-address` (W2): the same taking-back said with a new address in the same message: the two changes
  proposed with the kept value; the yes writes the address and the blue L, never the red one.
- `keep-size`: "L in red" proposed, then "no, I'll stay with size M, just red": the red M, never the red L.
- `keep-other-address-tau`: a speaker "red with 20 hours battery" proposed, then "no, keep the 10 hours, only red,
  and ship it to …": the address and the red 10-hour speaker, never the 20-hour one.
- `other-colour-instead` (A19-4): the two changes (address + a colour) proposed, then "actually a different colour
  instead": the other colours offered (nothing proposed, never the refused one again), the address kept; the colour
  chosen; the yes writes both, never the refused colour.
- `other-colour-instead-tau` (A19-4): the same on a tau-retail order (speaker: red proposed, blue is the other).
- `other-colour-instead-options` (A19-4 itself): a bookshelf's black proposed with the address; "a different colour
  instead": no other colour keeps its metal 6 ft, so the white ones are listed with what else they change; one chosen.
- `other-size-instead`: "size L" proposed, then "a different size instead": S offered (nothing proposed); S; yes:
  never the L.
- `only-address-again`: the two changes proposed; "yes, only the address"; "only the address" again: the address
  alone stays proposed (never the item change alone); the yes writes the address only.
- `without-item`: the two changes proposed; "yes but without changing the item": the address alone proposed; its yes
  writes the address only.

Ids from data/demo-catalog (Mia's #D9000002, the WJ01 jacket M/Blue) and data/tau-retail (#W4250290, #W4386313).
Run: python -m evals.generators.change_of_mind_20"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, write_actions, writes_other_than
from evals.generators.case_builders import reply_turn as _turn
from evals.generators.reply_words import CONFIRM, LANGS, YES
from evals.generators.tau_data import ROOT, write_suite

OUT = ROOT / "evals" / "suites" / "change-of-mind-20.yaml"
SUITE = "change-of-mind-20"
MIA = "demo_mia_novak"
ETHAN = "ethan_johnson_5450"
ISABELLA = "isabella_sanchez_2068"

JACKET_LR = {
    "en": "can I get the jacket in order D9000002 in size L and in red?",
    "fr": "je voudrais la veste de la commande D9000002 en taille L et en rouge",
    "es": "quiero la chaqueta del pedido D9000002 en talla L y en rojo",
    "de": "kann ich die Jacke aus Bestellung D9000002 in L und in Rot bekommen?",
}
JACKET_RED = {
    "en": "please change the jacket in order D9000002 to red",
    "fr": "changez la veste de la commande D9000002 en rouge s'il vous plaît",
    "es": "cámbienme la chaqueta del pedido D9000002 a rojo por favor",
    "de": "bitte die Jacke aus Bestellung D9000002 in Rot ändern",
}
JACKET_L = {
    "en": "I'd like the jacket in order D9000002 one size bigger, in L",
    "fr": "je voudrais la veste de la commande D9000002 une taille au-dessus, en L",
    "es": "quiero la chaqueta del pedido D9000002 una talla más, en L",
    "de": "ich hätte die Jacke aus Bestellung D9000002 gern eine Nummer größer, in L",
}
KEEP_BLUE = {
    "en": "hmm no, keep it blue, just the L",
    "fr": "euh non finalement je garde le bleu, juste la taille L",
    "es": "mmm no, mejor dejarla en azul, solo la talla L",
    "de": "hm nein, lieber in Blau lassen, nur die L",
}
KEEP_BLUE_ADDRESS = {
    "en": "ok then L but it stays blue. and please send it to my new address 5 Main Street, Austin TX 78701",
    "fr": "bon alors la L mais elle reste bleue. et envoyez-la à ma nouvelle adresse 5 Main Street, Austin TX "
          "78701",
    "es": "vale, entonces la L pero que siga en azul. y envíenla a mi nueva dirección 5 Main Street, Austin TX "
          "78701",
    "de": "Ok dann L in blau bleiben. Und bitte an meine neue Adresse Hauptstrasse 5, Austin TX 78701",
}
KEEP_ADDRESS_LINE = {"en": "5 Main Street", "fr": "5 Main Street", "es": "5 Main Street", "de": "Hauptstrasse 5"}
KEEP_SIZE = {
    "en": "no wait, I'll stay with size M, just red",
    "fr": "non attendez, je garde la taille M, juste en rouge",
    "es": "no, espera, me quedo con la talla M, solo en rojo",
    "de": "nein warte, ich bleibe bei M, nur in Rot",
}
SPEAKER_RED20 = {
    "en": "please change the bluetooth speaker on order W4250290 to red with 20 hours battery, gift card for the "
          "difference",
    "fr": "changez l'enceinte bluetooth de la commande W4250290 en rouge avec 20 heures d'autonomie, carte cadeau "
          "pour la différence",
    "es": "cambien el altavoz bluetooth del pedido W4250290 a rojo con 20 horas de batería, tarjeta regalo para la "
          "diferencia",
    "de": "bitte den Bluetooth-Lautsprecher aus Bestellung W4250290 in Rot mit 20 Stunden Akku, Geschenkkarte für die "
          "Differenz",
}
KEEP_HOURS_ADDRESS = {
    "en": "no, keep the 10 hours battery, only red. and ship it to 600 Oak Avenue, Madison WI 53703",
    "fr": "non, je garde les 10 heures d'autonomie, juste en rouge. et envoyez-la au 600 Oak Avenue, Madison WI 53703",
    "es": "no, me quedo con las 10 horas de batería, solo en rojo. y envíenlo a 600 Oak Avenue, Madison WI 53703",
    "de": "nein, die 10 Stunden Akku behalten, nur in Rot. und schicken Sie es an 600 Oak Avenue, Madison WI 53703",
}
SPEAKER_RED = {
    "en": "pls change the bluetooth speaker on order W4250290 from green to red, gift card for the difference",
    "fr": "changez l'enceinte bluetooth de la commande W4250290 du vert au rouge, carte cadeau pour la différence",
    "es": "cambien el altavoz bluetooth del pedido W4250290 de verde a rojo, tarjeta regalo para la diferencia",
    "de": "bitte den Bluetooth-Lautsprecher aus Bestellung W4250290 von Grün auf Rot ändern, Geschenkkarte für die "
          "Differenz",
}
YES_ADDRESS_MAIN = {
    "en": "yes, and ship it to 5 Main Street, Austin TX 78701",
    "fr": "oui, et envoyez-la au 5 Main Street, Austin TX 78701",
    "es": "sí, y envíenla a 5 Main Street, Austin TX 78701",
    "de": "ja, und schicken Sie sie an 5 Main Street, Austin TX 78701",
}
YES_ADDRESS_OAK = {
    "en": "ok and ship it to 600 Oak Avenue, Madison WI 53703",
    "fr": "d'accord et envoyez-la au 600 Oak Avenue, Madison WI 53703",
    "es": "vale y envíenlo a 600 Oak Avenue, Madison WI 53703",
    "de": "ok und schicken Sie es an 600 Oak Avenue, Madison WI 53703",
}
OTHER_COLOUR = {
    "en": "actually make it in a different colour instead",
    "fr": "en fait plutôt dans une autre couleur",
    "es": "pensándolo mejor, mejor en otro color",
    "de": "eigentlich lieber in einer anderen Farbe",
}
OTHER_COLOUR_2 = {
    "en": "hmm, not red after all, what other colours are there?",
    "fr": "hmm, pas le rouge finalement, il y a quelles autres couleurs ?",
    "es": "mmm, al final el rojo no, ¿qué otros colores hay?",
    "de": "hm, doch nicht Rot, welche anderen Farben gibt es?",
}
OTHER_SIZE = {
    "en": "hmm, rather a different size instead",
    "fr": "hmm, plutôt une autre taille à la place",
    "es": "mmm, mejor otra talla en vez de esa",
    "de": "hm, lieber eine andere Größe stattdessen",
}
BOOKSHELF_BLACK = {
    "en": "can I get the bookshelf in order W4250290 in black instead of brown? use my gift card",
    "fr": "je voudrais l'étagère de la commande W4250290 en noir au lieu de marron, avec ma carte cadeau",
    "es": "¿puedo tener la estantería del pedido W4250290 en negro en vez de marrón? con mi tarjeta regalo",
    "de": "kann ich das Bücherregal aus Bestellung W4250290 in Schwarz statt Braun bekommen? Geschenkkarte bitte",
}
WHITE_WOOD = {
    "en": "the white wood one, 5 ft",
    "fr": "la blanche en bois, 5 ft",
    "es": "la blanca de madera, 5 ft",
    "de": "das weiße aus Holz, 5 ft",
}
WHITE_WORDS = ["white", "blanc", "blanche", "blanco", "blanca", "weiß", "Weiß"]
YELLOW = {"en": "yellow then", "fr": "alors en jaune", "es": "entonces en amarillo", "de": "dann Gelb"}
BLUE = {"en": "blue then", "fr": "alors en bleu", "es": "entonces en azul", "de": "dann Blau"}
SMALL = {"en": "S then", "fr": "alors en S", "es": "entonces la S", "de": "dann S"}
SKATEBOARD = {
    "en": "I'd like the skateboard in my order W4386313 with the graphic design instead",
    "fr": "je voudrais le skateboard de la commande W4386313 avec le design graphique plutot",
    "es": "quiero el monopatín del pedido W4386313 con el diseño gráfico en vez del liso",
    "de": "ich hätte das skateboard aus bestellung W4386313 lieber mit dem grafik-design",
}
YES_BUT_SHIP = {
    "en": "yes but ship it to 12 Oak Street, Austin, TX 78701",
    "fr": "oui mais envoyez-le au 12 Oak Street, Austin, TX 78701",
    "es": "sí pero envíenlo a 12 Oak Street, Austin, TX 78701",
    "de": "ja, aber schicken Sie es an 12 Oak Street, Austin, TX 78701",
}
YES_ONLY_ADDRESS = {
    "en": "yes, only the address",
    "fr": "oui, seulement l'adresse",
    "es": "sí, solo la dirección",
    "de": "ja, nur die Adresse",
}
ONLY_ADDRESS_AGAIN = {
    "en": "only the address",
    "fr": "juste l'adresse",
    "es": "solo la dirección",
    "de": "nur die Adresse",
}
WITHOUT_ITEM = {
    "en": "yes but without changing the item",
    "fr": "oui mais sans changer l'article",
    "es": "sí pero sin cambiar el artículo",
    "de": "ja, aber ohne den Artikel zu ändern",
}
YELLOW_WORDS = ["Yellow", "yellow", "jaune", "amarillo", "Gelb", "gelb"]
BLUE_WORDS = ["blue", "Blue", "bleu", "azul", "blau", "Blau"]


def _items(order: str, old: str, new: str, payment: str | None = None) -> dict[str, Any]:
    arguments: dict[str, Any] = {"order_id": order, "item_ids": [old], "new_item_ids": [new]}
    if payment:
        arguments["payment_method_id"] = payment
    return {"name": "modify_pending_order_items", "arguments": arguments}


def _address(order: str, line: str, zip_code: str) -> dict[str, Any]:
    return {"name": "modify_pending_order_address", "arguments": {"order_id": order, "address1": line, "zip": zip_code}}




def _case(lang: str, kind: str, description: str, customer: str, turns: list[dict[str, Any]],
          calls: list[dict[str, Any]], never: list[dict[str, Any]]) -> dict[str, Any]:
    expect = {"forbidden": writes_other_than(calls) + never, "actions": write_actions(calls, "unordered")}
    return case_record(f"{lang}-{kind}", [lang, SUITE, kind], description, customer, turns, expect)


def _never(order: str, new: str) -> dict[str, Any]:
    return {"name": "modify_pending_order_items", "arguments": {"order_id": order, "new_item_ids": [new]}}


def cases(lang: str) -> list[dict[str, Any]]:
    d2, w42, w43 = "#D9000002", "#W4250290", "#W4386313"
    gift = "gift_card_8545954"
    line = KEEP_ADDRESS_LINE[lang]
    return [
        _case(lang, "keep-other", "L red proposed; 'L but keep it blue': the blue L, never the red one", MIA,
              [_turn(JACKET_LR[lang]), _turn(KEEP_BLUE[lang], [BLUE_WORDS]), _turn(YES[lang])],
              [_items(d2, "WJ01-M-Blue", "WJ01-L-Blue")], [_never(d2, "WJ01-L-Red")]),
        _case(lang, "keep-other-address", "L red proposed; 'L, stays blue, and my new address …' (W2): the address "
              "and the blue L, never the red one", MIA,
              [_turn(JACKET_LR[lang]), _turn(KEEP_BLUE_ADDRESS[lang], [[line], BLUE_WORDS]), _turn(YES[lang])],
              [_address(d2, line, "78701"), _items(d2, "WJ01-M-Blue", "WJ01-L-Blue")], [_never(d2, "WJ01-L-Red")]),
        _case(lang, "keep-size", "L red proposed; 'stay with M, just red': the red M, never the red L", MIA,
              [_turn(JACKET_LR[lang]), _turn(KEEP_SIZE[lang]), _turn(YES[lang])],
              [_items(d2, "WJ01-M-Blue", "WJ01-M-Red")], [_never(d2, "WJ01-L-Red")]),
        _case(lang, "keep-other-address-tau", "red 20h speaker proposed; 'keep the 10 hours, only red, and ship to …': "
              "the address and the red 10h speaker, never the 20h one", ETHAN,
              [_turn(SPEAKER_RED20[lang]), _turn(KEEP_HOURS_ADDRESS[lang], [["600 Oak Avenue"]]), _turn(YES[lang])],
              [_address(w42, "600 Oak Avenue", "53703"),
               _items(w42, "5967152432", "7751905257", gift)],
              [_never(w42, "7617930199")]),
        _case(lang, "other-colour-instead", "address + red jacket proposed; 'a different colour instead' (A19-4): "
              "yellow offered, the address kept; yellow; yes writes both, never red", MIA,
              [_turn(JACKET_RED[lang]), _turn(YES_ADDRESS_MAIN[lang]), 
               _turn(OTHER_COLOUR[lang], [YELLOW_WORDS], CONFIRM),
               _turn(YELLOW[lang]), _turn(YES[lang])],
              [_address(d2, "5 Main Street", "78701"), _items(d2, "WJ01-M-Blue", "WJ01-M-Yellow")],
              [_never(d2, "WJ01-M-Red")]),
        _case(lang, "other-colour-instead-tau", "address + red speaker proposed; 'not red after all, what other "
              "colours?' (A19-4): blue offered, the address kept; blue; yes writes both, never red", ETHAN,
              [_turn(SPEAKER_RED[lang]), _turn(YES_ADDRESS_OAK[lang]), 
               _turn(OTHER_COLOUR_2[lang], [BLUE_WORDS], CONFIRM),
               _turn(BLUE[lang]), _turn(YES[lang])],
              [_address(w42, "600 Oak Avenue", "53703"),
               _items(w42, "5967152432", "4716977452", gift)],
              [_never(w42, "7751905257")]),
        _case(lang, "other-colour-instead-options", "address + black bookshelf proposed; 'a different colour "
              "instead' (A19-4 itself): the white ones offered with what else they change, the address kept; the white "
              "wood 5 ft; yes writes both, never black", ETHAN,
              [_turn(BOOKSHELF_BLACK[lang]), _turn(YES_ADDRESS_OAK[lang]),
               _turn(OTHER_COLOUR[lang], [WHITE_WORDS], CONFIRM), _turn(WHITE_WOOD[lang]), _turn(YES[lang])],
              [_address(w42, "600 Oak Avenue", "53703"), _items(w42, "6735339143", "8479046075", gift)],
              [_never(w42, "3778705663")]),
        _case(lang, "other-size-instead", "L proposed; 'a different size instead': S offered; S; yes: the blue S, "
              "never the L", MIA,
              [_turn(JACKET_L[lang]), _turn(OTHER_SIZE[lang], None, CONFIRM), _turn(SMALL[lang]), _turn(YES[lang])],
              [_items(d2, "WJ01-M-Blue", "WJ01-S-Blue")], [_never(d2, "WJ01-L-Blue")]),
        _case(lang, "only-address-again", "the two changes proposed; 'yes, only the address', then 'only the "
              "address' again: the address alone, never the item change", ISABELLA,
              [_turn(SKATEBOARD[lang]), _turn(YES_BUT_SHIP[lang]), _turn(YES_ONLY_ADDRESS[lang]),
               _turn(ONLY_ADDRESS_AGAIN[lang]), _turn(YES[lang])],
              [_address(w43, "12 Oak Street", "78701")], []),
        _case(lang, "without-item", "the two changes proposed; 'yes but without changing the item': the address "
              "alone proposed; its yes writes the address only", ISABELLA,
              [_turn(SKATEBOARD[lang]), _turn(YES_BUT_SHIP[lang]), _turn(WITHOUT_ITEM[lang], [["12 Oak Street"]]),
               _turn(YES[lang])],
              [_address(w43, "12 Oak Street", "78701")], []),
    ]


def main() -> None:
    suite = {
        "suite": SUITE,
        "description": "A customer takes back or replaces an option value during a pending order's item change "
                       "(issue 17; browser findings W2, A19-4): the kept value and the address said with it written, "
                       "never the discarded variant; 'a different colour/size instead' offers the others; 'only the "
                       "address' and 'without changing the item' keep the address alone. Generated by "
                       "evals/generators/change_of_mind_20.py.",
        "tags": [SUITE],
        "customer": None,
        "cases": [case for lang in LANGS for case in cases(lang)],
    }
    write_suite(OUT, suite)


if __name__ == "__main__":
    main()
