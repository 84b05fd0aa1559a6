"""Cases for the class "a question naming another option value, or asking a property, while an item change is
proposed (or waits for the method settling its difference) is answered from the catalog, the proposal kept and asked
again; a value named only in a question is never chosen" (issue 17; attack20 A1, A2, A23; fresh20 F3, F8), in four
languages. Writes evals/suites/swap-questions-22.yaml.

Each case opens an item change that is proposed at once (the method named, or nothing to pay) or that asks which
method settles the difference; the customer then asks about another variant (its price, whether it exists) or a
property of the item (material, waterproof). The reply must say the fact asked (the asked variant's price, the
material); the final yes writes the variant first proposed, and the variant the question named is forbidden.
Near-misses: a change of mind said as a statement ("ok then the red one", "alors en rouge", "dann in Rot") or a
choice after a question still changes the proposal, and the yes writes the new variant.

Data: Mia's Stellar Solar jacket (#D9000002 pending, WJ01-M-Blue, every variant $75.00) and Chaz Kangeroo hoodie
(#D9000001 delivered, MH01-M-Black, wool) from tools/demo_shop.py; tau-retail: yusuf_rossi_9620's T-Shirt (#W6247578
pending, 3799046073 black XXL $53.27, credit_card_9513926; black XL 2060066974 $51.05, purple XL 8124970213 $49.67),
james_martin_1500's T-Shirt (#W3043531 pending, 9354168549 red XXL $46.85 cotton, paypal_6661566: black XL +$4.20,
purple XL +$2.82), olivia_jackson_1219's Hiking Boots (#W3168895 pending, 2648909398 size 8 leather waterproof
$240.87, paypal_3999493; size 9 leather waterproof 8106223139 $249.12).
Run: python -m evals.generators.swap_questions_22
"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import (
    case_record,
    other_variants_forbidden,
    reply_turn,
    write_actions,
    writes_other_than,
)
from evals.generators.checked_calls import item_change_call
from evals.generators.reply_words import LANGS, YES_BY_INDEX, dollar_words
from evals.generators.tau_data import ROOT, write_cases

OUT = ROOT / "evals" / "suites" / "swap-questions-22.yaml"
TAG = "swap-questions-22"


WORDS = {
    "red": ["red", "rouge", "rojo", "roja", "rot"],
    "yellow": ["yellow", "jaune", "amarillo", "amarilla", "gelb"],
    "wool": ["wool", "laine", "lana", "Wolle"],
    "leather": ["leather", "cuir", "cuero", "Leder"],
    "waterproof": ["waterproof", "imperméable", "étanche", "impermeable", "wasserdicht"],
    "cotton": ["cotton", "coton", "algodón", "Baumwolle"],
}

JACKET = {"customer": "demo_mia_novak", "order": "#D9000002", "item": "WJ01-M-Blue",
          "tool": "modify_pending_order_items",
          "all": [f"WJ01-{s}-{c}" for s in ("S", "M", "L") for c in ("Blue", "Red", "Yellow")]}
HOODIE = {"customer": "demo_mia_novak", "order": "#D9000001", "item": "MH01-M-Black",
          "tool": "exchange_delivered_order_items",
          "all": [f"MH01-{s}-{c}" for s in ("XS", "S", "M", "L", "XL") for c in ("Black", "Gray", "Orange")]}
TSHIRT_IDS = ["9612497925", "8124970213", "9354168549", "5253880258", "1176194968", "9647292434", "8349118980",
              "3799046073", "3234800602", "2060066974"]
YUSUF = {"customer": "yusuf_rossi_9620", "order": "#W6247578", "item": "3799046073",
         "tool": "modify_pending_order_items", "all": TSHIRT_IDS, "method": "credit_card_9513926"}
JAMES = {"customer": "james_martin_1500", "order": "#W3043531", "item": "9354168549",
         "tool": "modify_pending_order_items", "all": TSHIRT_IDS, "method": "paypal_6661566"}
BOOT_IDS = ["1615379700", "8106223139", "3812493782", "4582956489", "6159919747", "1437889264", "8277474082",
            "5676696062", "3613716226"]
OLIVIA = {"customer": "olivia_jackson_1219", "order": "#W3168895", "item": "2648909398",
          "tool": "modify_pending_order_items", "all": BOOT_IDS, "method": "paypal_3999493"}

OPEN = {
    "jacket-L": ["I'd like to change the jacket in order D9000002 to size L",
                 "je voudrais passer la veste de ma commande D9000002 en taille L",
                 "quiero cambiar la chaqueta del pedido D9000002 a la talla L",
                 "ich möchte die Jacke aus Bestellung D9000002 in Größe L haben"],
    "hoodie-L": ["can I exchange the hoodie from order D9000001 for a size L?",
                 "je veux échanger le sweat de la commande D9000001 contre un L",
                 "quiero cambiar la sudadera del pedido D9000001 por una talla L",
                 "ich will den Hoodie aus Bestellung D9000001 gegen Größe L tauschen"],
    "yusuf-XL": ["I'd like the t-shirt in order W6247578 in size XL instead",
                 "je voudrais le t-shirt de la commande W6247578 en XL plutôt",
                 "quiero la camiseta del pedido W6247578 en talla XL",
                 "ich hätte das T-Shirt aus Bestellung W6247578 gern in XL"],
    "boots-9": ["my hiking boots in order W3168895 should be size 9 instead of 8, paypal for any difference",
                "pour la commande W3168895 je voudrais les chaussures de randonnée en 9 au lieu de 8, la différence "
                "sur paypal",
                "las botas de montaña del pedido W3168895 las quiero en talla 9 en vez de 8, la diferencia con paypal",
                "die Wanderschuhe aus Bestellung W3168895 bitte in Größe 9 statt 8, Differenz über PayPal"],
    "james-XL-black": ["I want to change the t-shirt in order W3043531 to XL in black",
                       "je veux changer le t-shirt de la commande W3043531 en XL noir",
                       "quiero cambiar la camiseta del pedido W3043531 a talla XL en negro",
                       "ich möchte das T-Shirt aus Bestellung W3043531 in XL in schwarz"],
}
PAYPAL = ["paypal please", "avec paypal", "con paypal", "über PayPal"]

# kind, subject, opener, [(turn per language, facts or None)], the variant written, whether the method is asked
CASES: list[dict[str, Any]] = [
    {"kind": "price-of-other", "subject": JACKET, "open": "jacket-L",
     "turns": [(["is the red version any dearer?", "et la rouge, elle est plus chère ?", "¿y la roja sale más cara?",
                 "ist die rote teurer?"], [WORDS["red"], dollar_words("75.00")])],
     "target": "WJ01-L-Blue", "named": "WJ01-L-Red"},
    {"kind": "price-of-other-differs", "subject": YUSUF, "open": "yusuf-XL",
     "turns": [(["how much is the purple one?", "combien coûte le violet ?", "¿cuánto cuesta la morada?",
                 "ist das lilane teurer?"], [dollar_words("49.67")])],
     "target": "2060066974", "named": "8124970213"},
    {"kind": "stock-of-other", "subject": JACKET, "open": "jacket-L",
     "turns": [(["do you also have it in yellow?", "elle existe aussi en jaune ?", "¿la hay también en amarillo?",
                 "gibt es die auch in gelb?"], [WORDS["yellow"]])],
     "target": "WJ01-L-Blue", "named": "WJ01-L-Yellow"},
    {"kind": "material-of-item", "subject": HOODIE, "open": "hoodie-L",
     "turns": [(["is it wool?", "c'est du coton ?", "¿es de algodón?", "ist der aus Wolle?"], [WORDS["wool"]])],
     "target": "MH01-L-Black", "named": None},
    {"kind": "material-option", "subject": OLIVIA, "open": "boots-9",
     "turns": [(["are those leather?", "elles sont en cuir ?", "¿son de cuero?", "sind die aus Leder?"],
                [WORDS["leather"]])],
     "target": "8106223139", "named": None},
    {"kind": "waterproof", "subject": OLIVIA, "open": "boots-9",
     "turns": [(["are they waterproof?", "elles sont imperméables ?", "¿son impermeables?", "sind die wasserdicht?"],
                [WORDS["waterproof"]])],
     "target": "8106223139", "named": None},
    {"kind": "method-price-of-other", "subject": JAMES, "open": "james-XL-black", "method_asked": True,
     "turns": [(["would the purple one cost me more?", "la violette est plus chère ?", "¿la morada es más cara?",
                 "kostet die lila mehr?"], [dollar_words("49.67")])],
     "target": "2060066974", "named": "8124970213"},
    {"kind": "method-material", "subject": JAMES, "open": "james-XL-black", "method_asked": True,
     "turns": [(["is it cotton?", "il est en coton ?", "¿la camiseta es de algodón?", "ist das Baumwolle?"],
                [WORDS["cotton"]])],
     "target": "2060066974", "named": None},
    # near-misses: a change of mind said as a statement, or a choice after a question, changes the proposal
    {"kind": "change-stated", "subject": JACKET, "open": "jacket-L",
     "turns": [(["ok then the red one", "alors en rouge", "pues entonces la roja", "dann in Rot"], [WORDS["red"]])],
     "target": "WJ01-L-Red", "named": "WJ01-L-Blue"},
    {"kind": "method-change-stated", "subject": JAMES, "open": "james-XL-black", "method_asked": True,
     "turns": [(["actually make it purple instead", "finalement plutôt en violet", "mejor en morado",
                 "doch lieber in lila"], None)],
     "target": "8124970213", "named": "2060066974"},
    {"kind": "question-then-choice", "subject": YUSUF, "open": "yusuf-XL",
     "turns": [(["is the purple one cheaper?", "le violet est moins cher ?", "¿la morada es más barata?",
                 "ist das lila günstiger?"], [dollar_words("49.67")]),
               (["ok, the purple one then", "d'accord, alors le violet", "vale, pues la morada",
                 "gut, dann das lilane"], None)],
     "target": "8124970213", "named": "2060066974"},
]


def _case(spec: dict[str, Any], lang: int) -> dict[str, Any]:
    subject = spec["subject"]
    turns: list[dict[str, Any]] = [{"text": OPEN[spec["open"]][lang]}]
    turns += [reply_turn(phrasings[lang], facts) for phrasings, facts in spec["turns"]]
    if spec.get("method_asked"):
        turns.append({"text": PAYPAL[lang]})
    turns.append({"text": YES_BY_INDEX[lang]})
    call = item_change_call(subject["tool"], subject["order"], subject["item"], spec["target"],
                            subject.get("method"))
    others = [v for v in subject["all"] if v not in (subject["item"], spec["target"])]
    forbidden = writes_other_than([call]) + other_variants_forbidden(subject["tool"], others)
    named = f"; the variant named {spec['named']} never written" if spec["named"] else ""
    description = (f"{subject['item']} of {subject['order']} ({subject['customer']}): the yes writes "
                   f"{spec['target']} only{named}")
    return case_record(f"{LANGS[lang]}-{spec['kind']}", [LANGS[lang], TAG, spec["kind"]], description,
                       subject["customer"], turns, {"actions": write_actions([call]), "forbidden": forbidden})


def main() -> None:
    description = (
        "A question naming another option value or asking a property while an item change is "
        "proposed or waits for its method is answered from the catalog, the proposal kept; a value named only in a "
        "question is never chosen, a change of mind said plainly still changes it (issue 17, attack20 A1/A2/A23, "
        "fresh20 F3/F8). Generated by evals/generators/swap_questions_22.py."
    )
    write_cases(OUT, TAG, description, [TAG], [_case(spec, lang) for lang in range(4) for spec in CASES])


if __name__ == "__main__":
    main()
