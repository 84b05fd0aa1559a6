"""Cases for the class "a question asked while an item change waits for the customer's option choice is answered,
never taken as a choice, and never written" (issue 17; fresh20 browser findings A1, A3), in four languages.
Writes evals/suites/option-questions-20.yaml.

Each case opens an item change (a pending order's item, or a delivered one exchanged), so the assistant asks for the
option values; the customer then asks about the variants: a price (the same / dearer / cheaper), the material, "do
you have it in X / gibts die auch in X / existe en X / la tienen en X", which colours there are, two questions in one
message, or a question beside a choice ("the gray one, but first tell me if it's mesh or fabric"). That turn's reply
must say the fact asked (a price, a material, the colours) and must not propose ("To confirm …"); then a plain choice
and a yes, and exactly that variant is written (any other variant of the item forbidden, so nothing a question
named is written by itself).

Data: Leo's Caesar pants (#D9000003, MP01-32-Black, every variant $35.00), Mia's Stellar Solar jacket (#D9000002,
WJ01-M-Blue, $75.00), Mia's Chaz Kangeroo hoodie (#D9000001, MH01-M-Black, $52.00, wool) from tools/demo_shop.py
and data/demo-catalog; emma_kovacs_9839's office chair (#W8661412, 8426249116 fabric/black/fixed/standard) from
data/tau-retail: its gray chairs are leather 1071497737 ($483.95), mesh 2386562819 ($508.21), fabric 9459890810
($510.10). Run: python -m evals.generators.option_questions_20"""

from __future__ import annotations

import copy
from typing import Any

from evals.generators.case_builders import (
    case_record,
    order_status,
    other_variants_forbidden,
    write_actions,
    writes_other_than,
)
from evals.generators.checked_calls import item_change_call
from evals.generators.reply_words import CONFIRM, LANGS, YES_BY_INDEX, dollar_words
from evals.generators.tau_data import ROOT, write_cases

OUT = ROOT / "evals" / "suites" / "option-questions-20.yaml"
TAG = "option-questions-20"


WORDS = {
    "wool": ["wool", "laine", "lana", "Wolle"],
    "mesh": ["mesh", "maille", "malla", "Netz"],
    "fabric": ["fabric", "tissu", "tela", "Stoff"],
    "leather": ["leather", "cuir", "cuero", "Leder"],
    "red": ["red", "rouge", "rojo", "rot"],
    "yellow": ["yellow", "jaune", "amarillo", "gelb"],
    "gray": ["gray", "gris", "gris", "grau"],
    "blue": ["blue", "bleu", "azul", "blau"],
}

LEO = {
    "customer": "demo_leo_martin",
    "order": "#D9000003",
    "item": "MP01-32-Black",
    "tool": "exchange_delivered_order_items",
    "all": [f"MP01-{s}-{c}" for s in (32, 33, 34, 36) for c in ("Black", "Gray", "Purple")],
    "status": None,
}
JACKET = {
    "customer": "demo_mia_novak",
    "order": "#D9000002",
    "item": "WJ01-M-Blue",
    "tool": "modify_pending_order_items",
    "all": [f"WJ01-{s}-{c}" for s in ("S", "M", "L") for c in ("Blue", "Red", "Yellow")],
    "status": "pending (item modified)",
}
HOODIE = {
    "customer": "demo_mia_novak",
    "order": "#D9000001",
    "item": "MH01-M-Black",
    "tool": "exchange_delivered_order_items",
    "all": [f"MH01-{s}-{c}" for s in ("XS", "S", "M", "L", "XL") for c in ("Black", "Gray", "Orange")],
    "status": None,
}
CHAIR_IDS = ["1793929609", "4274709903", "1071497737", "4168944673", "3704016729", "8069050545", "8323284863",
             "4648362606", "2386562819", "3915604618", "9459890810"]
# the prices of the chair's other variants in stock (a colour listed with its price)
CHAIR_PRICES = ["514.34", "544.29", "483.95", "471.82", "487.67", "499.28", "511.24", "503.76", "508.21", "487.60",
                "510.10"]
CHAIR = {
    "customer": None,
    "order": "#W8661412",
    "item": "8426249116",
    "tool": "modify_pending_order_items",
    "all": CHAIR_IDS,
    "status": "pending (item modified)",
}

OPEN = {
    "leo-size": [
        "I'd like to exchange my Caesar pants for another size",
        "je voudrais échanger mon pantalon Caesar contre une autre taille",
        "quiero cambiar mi pantalón Caesar por otra talla",
        "ich möchte meine Caesar-Hose gegen eine andere Größe umtauschen",
    ],
    "jacket-size": [
        "can I get the Stellar Solar jacket from my pending order in another size?",
        "je voudrais la veste Stellar Solar de ma commande en cours dans une autre taille",
        "quiero la chaqueta Stellar Solar de mi pedido pendiente en otra talla",
        "ich möchte die Stellar Solar Jacke aus meiner offenen Bestellung in einer anderen Größe",
    ],
    "jacket-colour": [
        "I'd like the Stellar Solar jacket of order D9000002 in another colour",
        "je voudrais la veste Stellar Solar de la commande D9000002 dans une autre couleur",
        "quiero la chaqueta Stellar Solar del pedido D9000002 en otro color",
        "ich möchte die Stellar Solar Jacke aus Bestellung D9000002 in einer anderen Farbe",
    ],
    "hoodie-size": [
        "I want to exchange my Chaz Kangeroo hoodie for another size",
        "je veux échanger mon sweat Chaz Kangeroo contre une autre taille",
        "quiero cambiar mi sudadera Chaz Kangeroo por otra talla",
        "ich will meinen Chaz Kangeroo Hoodie gegen eine andere Größe tauschen",
    ],
    "chair-colour": [
        "hi, emma.kovacs2974@example.com, zip 32190, order W8661412: I'd like the office chair in another colour",
        "bonjour, emma.kovacs2974@example.com, code postal 32190, commande W8661412 : je voudrais la chaise de "
        "bureau dans une autre couleur",
        "hola, emma.kovacs2974@example.com, cp 32190, pedido W8661412: quiero la silla de oficina en otro color",
        "Hallo, emma.kovacs2974@example.com, PLZ 32190, Bestellung W8661412: ich möchte den Bürostuhl in einer "
        "anderen Farbe",
    ],
}

# (kind, subject, opener, [(question turn per language, its facts)], choice per language, the variant written)
CASES: list[dict[str, Any]] = [
    {
        "kind": "have-it-in",
        "subject": LEO,
        "open": "leo-size",
        "questions": [
            (["do you have it in 34?", "vous l'avez en 34 ?", "¿la tienen en 34?", "gibts die auch in 34?"],
             [["34"]]),
        ],
        "choice": ["ok, the 34 then", "d'accord, la 34 alors", "vale, la 34 entonces", "ok, dann die 34"],
        "target": "MP01-34-Black",
    },
    {
        "kind": "exists-same-price",
        "subject": LEO,
        "open": "leo-size",
        "questions": [
            (["do you have it in 34?", "vous l'avez en 34 ?", "¿existe en 34?", "gibt es die in 34?"], [["34"]]),
            (["and in grey, does that exist? same price?", "et en gris ca existe ? c le meme prix ?",
              "¿y en gris existe? ¿cuesta lo mismo?", "und in grau gibts die? gleicher Preis?"],
             [dollar_words("35.00")]),
        ],
        "choice": ["ok, the 34 in grey", "ok la 34 en gris", "vale, la 34 en gris", "ok, die 34 in grau"],
        "target": "MP01-34-Gray",
    },
    {
        "kind": "two-questions",
        "subject": JACKET,
        "open": "jacket-size",
        "questions": [
            (["Is the L more expensive? and do you have it in red", "La L est plus chère ? et vous l'avez en rouge",
              "¿la L es más cara? ¿y la tienen en rojo", "Ist die L teurer? und gibts die auch in rot"],
             [dollar_words("75.00")]),
        ],
        "choice": ["ok, just the L", "d'accord, juste la L", "vale, solo la L", "ok, nur die L"],
        "target": "WJ01-L-Blue",
    },
    {
        "kind": "colours",
        "subject": JACKET,
        "open": "jacket-colour",
        "questions": [
            (["what colours are there?", "quelles couleurs il y a ?", "¿qué colores hay?", "welche Farben gibt es?"],
             [WORDS["red"], WORDS["yellow"]]),
        ],
        "choice": ["yellow", "jaune", "amarillo", "gelb"],
        "target": "WJ01-M-Yellow",
    },
    {
        "kind": "cheaper",
        "subject": JACKET,
        "open": "jacket-colour",
        "questions": [
            (["is the red one cheaper?", "la rouge est moins chère ?", "¿la roja es más barata?",
              "ist die rote billiger?"], [dollar_words("75.00")]),
        ],
        "choice": ["ok, red then", "bon, la rouge alors", "vale, la roja", "gut, dann rot"],
        "target": "WJ01-M-Red",
    },
    {
        "kind": "question-and-material",
        "subject": HOODIE,
        "open": "hoodie-size",
        "questions": [
            (["is there a grey in size L? whats the material btw", "il existe en gris en L ? c'est quoi la matière ?",
              "¿hay una gris en talla L? ¿y de qué material es?",
              "gibt es den in grau in L? aus welchem Material ist der?"],
             [WORDS["wool"]]),
        ],
        "choice": ["ok, L in grey", "ok, la L en gris", "vale, la L en gris", "ok, L in grau"],
        "target": "MH01-L-Gray",
    },
    {
        "kind": "material-of",
        "subject": CHAIR,
        "open": "chair-colour",
        "questions": [
            (["is the gray one mesh or fabric?", "la grise est en maille ou en tissu ?",
              "¿la gris es de malla o de tela?",
              "ist der graue aus Netzstoff oder Stoff?"], [WORDS["mesh"], WORDS["fabric"]]),
        ],
        "choice": ["the gray fabric one", "la grise en tissu", "la gris de tela", "den grauen aus Stoff"],
        "target": "9459890810",
    },
    {
        "kind": "choice-plus-question",
        "subject": CHAIR,
        "open": "chair-colour",
        "questions": [
            (["the gray one, but first tell me if it's mesh or fabric",
              "la grise, mais dis-moi d'abord si elle est en maille ou en tissu",
              "la gris, pero antes dime si es de malla o de tela",
              "den grauen, aber sag mir erst, ob der aus Netzstoff oder Stoff ist"], [WORDS["mesh"], WORDS["fabric"]]),
        ],
        "choice": ["mesh then", "en maille alors", "vale la de malla", "dann aus Netzstoff"],
        "target": "2386562819",
    },
    {
        "kind": "colours-price",
        "subject": CHAIR,
        "open": "chair-colour",
        "questions": [
            (["what colours are there? same price?", "il y a quelles couleurs ? c'est le même prix ?",
              "que colores hay? cuesta lo mismo?", "welche Farben gibts? kostet das gleich viel?"],
             [WORDS["gray"], [p for amount in CHAIR_PRICES for p in dollar_words(amount)]]),
        ],
        "choice": ["the blue mesh one", "la bleue en maille", "la azul de malla", "den blauen aus Netzstoff"],
        "target": "3704016729",
    },
]


def _case(spec: dict[str, Any], lang: int) -> dict[str, Any]:
    subject = spec["subject"]
    turns: list[dict[str, Any]] = [{"text": OPEN[spec["open"]][lang]}]
    for phrasings, facts in spec["questions"]:
        reply = {"facts": copy.deepcopy(facts), "must_not_say": [CONFIRM[lang]]}
        turns.append({"text": phrasings[lang], "reply": reply})
    turns += [{"text": spec["choice"][lang]}, {"text": YES_BY_INDEX[lang]}]
    call = item_change_call(subject["tool"], subject["order"], subject["item"], spec["target"])
    others = [v for v in subject["all"] if v not in (subject["item"], spec["target"])]
    forbidden = writes_other_than([call]) + other_variants_forbidden(subject["tool"], others)
    expect: dict[str, Any] = {"actions": write_actions([call]), "forbidden": forbidden}
    if subject["status"]:
        expect["store"] = order_status(subject["order"], subject["status"])
    description = (f"{subject['item']} of {subject['order']}: the question answered and nothing proposed or "
                   f"written; then the choice and a yes write {spec['target']} only")
    return case_record(f"{LANGS[lang]}-{spec['kind']}", [LANGS[lang], TAG, spec["kind"]], description,
                       subject["customer"], turns, expect)


def main() -> None:
    description = (
        "A question asked while an item change waits for the option choice (price, material, 'do you "
        "have it in X', which colours, two questions, a question beside a choice) is answered from data, never "
        "taken as a choice, never written; a plain choice and a yes then write exactly that variant (issue 17, "
        "fresh20 A1/A3). Generated by evals/generators/option_questions_20.py."
    )
    write_cases(OUT, TAG, description, [TAG], [_case(spec, lang) for lang in range(4) for spec in CASES])


if __name__ == "__main__":
    main()
