"""Cases for the class "an exchange (delivered) or item change (pending) whose new variant is said relative to the
ordered one ("one size up", "une taille au-dessus", "una talla más", "eine Nummer größer") or by one option alone
("the same but in black", "por el negro", "contre le rouge", "gegen das schwarze")", in four languages.
Writes evals/suites/relative-options-27.yaml.

- `size-step`: the next size up or down of the item's own product, every other option kept; the proposal names the
  old and the new size; the yes (with the method where the customer holds several) writes exactly that variant.
- `colour-only`: one colour named against the ordered item ("the black one instead"): the variant with that colour
  and every other option kept; proposal names both colours; the yes writes it.
  Where the customer holds several methods, the first reply asks the method (naming the new variant) and the
  proposal (old and new named) follows the method: the old/new facts are checked on that turn.
- `no-such-size`: the next size does not exist with the item's other options (or at all): said so, nothing written
  on a yes, the size asked named.

Ids are looked up in data/tau-retail (checked below). Run: python -m evals.generators.relative_options_27"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, forbidden, reply_turn, store_unchanged, writes_expected
from evals.generators.checked_calls import item_change_call
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, WRITES, write_suite

OUT = ROOT / "evals" / "suites" / "relative-options-27.yaml"
SUITE = "relative-options-27"
COLOURS = {
    "red": ["red", "rouge", "rojo", "roja", "rot"],
    "black": ["black", "noir", "negro", "negra", "schwarz"],
    "white": ["white", "blanc", "blanco", "blanca", "weiß"],
    "blue": ["blue", "bleu", "azul", "blau"],
}


def _size(value: str) -> list[str]:
    """A size as a reply names it next to its option name, in any of the four languages."""
    if len(value) > 2:  # "medium", "large": a word of its own
        return [
            value,
            {"small": "petit", "medium": "moyen", "large": "grand"}.get(value, value),
            {"small": "pequeño", "medium": "mediano", "large": "grande"}.get(value, value),
            {"small": "klein", "medium": "mittel", "large": "groß"}.get(value, value),
        ]
    return [
        f"size {value}",
        f"taille {value}",
        f"talla {value}",
        f"größe {value}",
        f"size: {value}",
        f"taille : {value}",
        f"talla: {value}",
        f"größe: {value}",
        f"({value},",
        f"{value} →",
        f"→ {value}",
    ]


def _item(order_id: str, item_id: str) -> dict[str, Any]:
    order = ORDERS[order_id]
    return next(item for item in order["items"] if item["item_id"] == item_id)


def _check(case: dict[str, Any]) -> None:
    """Every id against the data: the customer's order, its item, the new variant of the same product, the method."""
    order = ORDERS[case["order"]]
    user = USERS[case["customer"]]
    if order["user_id"] != case["customer"] or order["status"] != case["status"]:
        raise ValueError(case["id"])
    item = _item(case["order"], case["item"])
    variants = PRODUCTS[item["product_id"]]["variants"]
    if case.get("new"):
        new = variants[case["new"]]
        changed = {k for k, v in new["options"].items() if item["options"][k] != v}
        if changed != {case["option"]} or not new["available"]:
            raise ValueError(case["id"])
    if case.get("method") and case["method"] not in user["payment_methods"]:
        raise ValueError(case["id"])


def _case(case: dict[str, Any]) -> dict[str, Any]:
    _check(case)
    lang = case["id"][:2]
    tool = "exchange_delivered_order_items" if case["status"] == "delivered" else "modify_pending_order_items"
    turns = [reply_turn(text, facts) for text, facts in case["turns"]]
    expect: dict[str, Any]
    if case.get("new"):
        expect = writes_expected([item_change_call(tool, case["order"], case["item"], case["new"], case["method"])])
    else:
        expect = {"forbidden": forbidden(WRITES), "store": store_unchanged()}
    return case_record(case["id"], [lang, SUITE, case["kind"]], case["description"], case["customer"], turns, expect)


CASES: list[dict[str, Any]] = [
    # --- en
    {
        "id": "en-exchange-size-up",
        "kind": "size-step",
        "customer": "harper_ito_4653",
        "order": "#W5673917",
        "status": "delivered",
        "item": "1676105083",
        "new": "9013366374",
        "option": "size",
        "method": "paypal_1053133",
        "description": "Cycling Helmet S/blue/high (delivered) one size up: M/blue/high; proposal names S and M",
        "turns": [
            ("the cycling helmet you sent pinches my head, could i swap it for one size up?", [_size("S"), _size("M")]),
            ("yes go ahead", None),
        ],
    },
    {
        "id": "en-modify-colour-instead",
        "kind": "colour-only",
        "customer": "noah_patel_6952",
        "order": "#W1845024",
        "status": "pending",
        "item": "3358616356",
        "new": "5886093635",
        "option": "color",
        "method": "paypal_3169710",
        "description": "Cycling Helmet S/red/low (pending): 'the blue one instead' is S/blue/low; proposal "
            "names red and blue",
        "turns": [
            (
                "about my order that hasn't shipped yet, i'd rather have the blue helmet instead of the red one",
                [COLOURS["red"], COLOURS["blue"]],
            ),
            ("yes", None),
        ],
    },
    {
        "id": "en-exchange-size-down-method",
        "kind": "size-step",
        "customer": "emma_santos_9753",
        "order": "#W3113816",
        "status": "delivered",
        "item": "2206116040",
        "new": "9013366374",
        "option": "size",
        "method": "gift_card_6023546",
        "description": "Cycling Helmet L/blue/high (delivered) a size smaller: M/blue/high, difference on the "
            "gift card",
        "turns": [
            ("my bike helmet turned out too big. can i exchange it for a size smaller?", [_size("M")]),
            ("put any difference on my gift card please", [_size("L"), _size("M")]),
            ("yes", None),
        ],
    },
    {
        "id": "en-exchange-same-but-black",
        "kind": "colour-only",
        "customer": "aarav_davis_5411",
        "order": "#W6552785",
        "status": "delivered",
        "item": "9354168549",
        "new": "3799046073",
        "option": "color",
        "method": "paypal_7357553",
        "description": "T-Shirt red/XXL (delivered): 'the same but in black' is black/XXL/cotton/crew neck, paypal",
        "turns": [
            ("the red t-shirt is fine but i want to exchange it for the same one in black", [COLOURS["black"]]),
            ("paypal", [COLOURS["red"], COLOURS["black"]]),
            ("yes please", None),
        ],
    },
    {
        "id": "en-modify-no-bigger",
        "kind": "no-such-size",
        "customer": "ava_nguyen_6646",
        "order": "#W8367380",
        "status": "pending",
        "item": "8733974883",
        "description": "Fleece Jacket L/red/half (pending) one size up: no XL in red with a half zip (XL only "
            "in navy): said, "
        "nothing written on a yes",
        "turns": [
            ("can you make the fleece jacket in my pending order one size bigger?", [_size("XL")]),
            ("yes", None),
        ],
    },
    # --- fr
    {
        "id": "fr-modify-size-up",
        "kind": "size-step",
        "customer": "harper_kim_2998",
        "order": "#W8121088",
        "status": "pending",
        "item": "4728397765",
        "new": "9385662952",
        "option": "size",
        "method": "gift_card_5328393",
        "description": "Fleece Jacket M/black/full (pending) 'une taille au-dessus': L/black/full",
        "turns": [
            (
                "bonjour, la veste polaire de ma commande pas encore partie, vous pouvez la passer une taille "
                    "au-dessus ?",
                [_size("M"), _size("L")],
            ),
            ("oui merci", None),
        ],
    },
    {
        "id": "fr-exchange-contre-le-rouge",
        "kind": "colour-only",
        "customer": "omar_johnson_2562",
        "order": "#W2809253",
        "status": "delivered",
        "item": "1596993217",
        "new": "3358616356",
        "option": "color",
        "method": "paypal_6053880",
        "description": "Cycling Helmet S/white/low (delivered) 'contre le rouge': S/red/low, paypal",
        "turns": [
            ("j'ai reçu le casque de vélo blanc, je voudrais l'échanger contre le rouge", [COLOURS["red"]]),
            ("par paypal", [COLOURS["white"], COLOURS["red"]]),
            ("oui", None),
        ],
    },
    {
        "id": "fr-modify-size-down",
        "kind": "size-step",
        "customer": "ethan_lopez_6291",
        "order": "#W6779827",
        "status": "pending",
        "item": "6942241102",
        "new": "3360679910",
        "option": "size",
        "method": "credit_card_9789590",
        "description": "Pet Bed large/memory foam/beige (pending) 'une taille en dessous': medium, card",
        "turns": [
            (
                "le panier pour chien que j'ai commandé sera trop grand, mettez-moi plutôt la taille en dessous",
                [["medium", "moyen"]],
            ),
            ("avec la mastercard", [["large", "grand"], ["medium", "moyen"]]),
            ("oui c'est bon", None),
        ],
    },
    {
        "id": "fr-exchange-no-bigger",
        "kind": "no-such-size",
        "customer": "chen_anderson_8078",
        "order": "#W5332101",
        "status": "delivered",
        "item": "1176194968",
        "description": "T-Shirt black/S/polyester (delivered) 'une taille de plus': M only in blue cotton: "
            "said, nothing "
        "written on a yes",
        "turns": [
            ("le t-shirt noir est trop petit, je peux l'échanger pour une taille de plus ?", [_size("M")]),
            ("oui", None),
        ],
    },
    {
        "id": "fr-exchange-size-up",
        "kind": "size-step",
        "customer": "emma_nguyen_6662",
        "order": "#W3754544",
        "status": "delivered",
        "item": "2405281423",
        "new": "7917269097",
        "option": "size",
        "method": "paypal_2499655",
        "description": "Pet Bed medium/polyester/grey (delivered) 'la taille au-dessus': large",
        "turns": [
            (
                "mon chien est à l'étroit dans le lit que j'ai reçu, je voudrais la taille au-dessus",
                [["large", "grand"]],
            ),
            ("oui d'accord", None),
        ],
    },
    # --- es
    {
        "id": "es-exchange-talla-mas",
        "kind": "size-step",
        "customer": "juan_kim_6026",
        "order": "#W2002172",
        "status": "delivered",
        "item": "5109407456",
        "new": "6857426243",
        "option": "size",
        "method": "paypal_5061070",
        "description": "Pet Bed small/fleece/grey (delivered) 'una talla más': medium",
        "turns": [
            (
                "hola, la cama para mascotas le queda chica a mi perro, ¿me la cambiáis por una talla más?",
                [["small", "pequeñ"], ["medium", "mediano", "mediana", "medio"]],
            ),
            ("sí, adelante", None),
        ],
    },
    {
        "id": "es-modify-por-el-negro",
        "kind": "colour-only",
        "customer": "james_martin_1500",
        "order": "#W3043531",
        "status": "pending",
        "item": "9354168549",
        "new": "3799046073",
        "option": "color",
        "method": "paypal_6661566",
        "description": "T-Shirt red/XXL (pending) 'por el negro': black/XXL/cotton/crew neck, paypal",
        "turns": [
            ("la camiseta roja del pedido pendiente, ¿me la podéis cambiar por el negro?", [COLOURS["black"]]),
            ("con paypal", [COLOURS["red"], COLOURS["black"]]),
            ("sí", None),
        ],
    },
    {
        "id": "es-modify-size-up",
        "kind": "size-step",
        "customer": "mohamed_li_1979",
        "order": "#W8844578",
        "status": "pending",
        "item": "2060066974",
        "new": "3799046073",
        "option": "size",
        "method": "paypal_6045911",
        "description": "T-Shirt black/XL (pending) 'una talla más grande': XXL",
        "turns": [
            (
                "quiero la camiseta de mi pedido una talla más grande, todavía no lo habéis enviado",
                [_size("XL"), _size("XXL")],
            ),
            ("vale, sí", None),
        ],
    },
    {
        "id": "es-modify-no-bigger",
        "kind": "no-such-size",
        "customer": "evelyn_patel_8882",
        "order": "#W6385395",
        "status": "pending",
        "item": "5992316252",
        "description": "Fleece Jacket S/red/half (pending) 'una talla más': no M in red with half zip: said, "
            "nothing written",
        "turns": [
            ("la chaqueta polar me va justa, ¿podéis cambiarla por una talla más antes de enviarla?", [_size("M")]),
            ("sí", None),
        ],
    },
    {
        "id": "es-exchange-size-down",
        "kind": "size-step",
        "customer": "noah_ito_3850",
        "order": "#W3445693",
        "status": "delivered",
        "item": "2206116040",
        "new": "9013366374",
        "option": "size",
        "method": "credit_card_1620755",
        "description": "Cycling Helmet L/blue/high (delivered) 'una talla menos': M",
        "turns": [
            (
                "el casco de ciclismo me baila en la cabeza, quiero cambiarlo por una talla menos",
                [_size("L"), _size("M")],
            ),
            ("sí, por favor", None),
        ],
    },
    # --- de
    {
        "id": "de-exchange-nummer-groesser",
        "kind": "size-step",
        "customer": "isabella_brown_3584",
        "order": "#W7868134",
        "status": "delivered",
        "item": "2060066974",
        "new": "3799046073",
        "option": "size",
        "method": "paypal_2143483",
        "description": "T-Shirt black/XL (delivered) 'eine Nummer größer': XXL",
        "turns": [
            (
                "Hallo, das T-Shirt ist mir zu eng. Kann ich es gegen eine Nummer größer umtauschen?",
                [_size("XL"), _size("XXL")],
            ),
            ("ja, bitte", None),
        ],
    },
    {
        "id": "de-exchange-gegen-das-schwarze",
        "kind": "colour-only",
        "customer": "sofia_thomas_1518",
        "order": "#W3388163",
        "status": "delivered",
        "item": "9354168549",
        "new": "3799046073",
        "option": "color",
        "method": "paypal_5334408",
        "description": "T-Shirt red/XXL (delivered) 'gegen das schwarze': black/XXL",
        "turns": [
            (
                "das rote T-Shirt gefällt mir nicht, ich würde es gern gegen das schwarze tauschen",
                [COLOURS["red"], COLOURS["black"]],
            ),
            ("ja", None),
        ],
    },
    {
        "id": "de-modify-size-up",
        "kind": "size-step",
        "customer": "anya_lee_8315",
        "order": "#W2989580",
        "status": "pending",
        "item": "5109407456",
        "new": "6857426243",
        "option": "size",
        "method": "paypal_3728317",
        "description": "Pet Bed small/fleece/grey (pending) 'eine Größe größer': medium",
        "turns": [
            ("meine Bestellung ist noch nicht raus: bitte das Haustierbett eine Größe größer", [["medium", "mittel"]]),
            ("ja, passt", None),
        ],
    },
    {
        "id": "de-modify-no-bigger",
        "kind": "no-such-size",
        "customer": "noah_hernandez_4232",
        "order": "#W4802126",
        "status": "pending",
        "item": "8733974883",
        "description": "Fleece Jacket L/red/half (pending) 'eine Nummer größer': no XL in red with half zip: "
            "said, nothing "
        "written",
        "turns": [
            ("Können Sie die Fleecejacke in meiner offenen Bestellung noch eine Nummer größer machen?", [_size("XL")]),
            ("ja", None),
        ],
    },
    {
        "id": "de-modify-den-blauen",
        "kind": "colour-only",
        "customer": "omar_kim_3528",
        "order": "#W8557584",
        "status": "pending",
        "item": "1596993217",
        "new": "5886093635",
        "option": "color",
        "method": "gift_card_3749819",
        "description": "Cycling Helmet S/white/low (pending) 'lieber den blauen': S/blue/low, gift card",
        "turns": [
            (
                "Beim Fahrradhelm in meiner Bestellung hätte ich doch lieber den blauen statt dem weißen",
                [COLOURS["blue"]],
            ),
            ("mit der Geschenkkarte", [COLOURS["white"], COLOURS["blue"]]),
            ("ja", None),
        ],
    },
    # --- more wordings of a step (added before any code change, from a probe of wordings the word lists lack)
    {
        "id": "en-exchange-go-up-a-size",
        "kind": "size-step",
        "customer": "ava_nguyen_2175",
        "order": "#W9126675",
        "status": "delivered",
        "item": "1596993217",
        "new": "8591113813",
        "option": "size",
        "method": "paypal_6262583",
        "description": "Cycling Helmet S/white/low (delivered) 'go up a size': M/white/low, paypal",
        "turns": [
            ("i need to exchange my cycling helmet, i want to go up a size", [_size("M")]),
            ("paypal", [_size("S"), _size("M")]),
            ("yes", None),
        ],
    },
    {
        "id": "en-modify-next-size-down",
        "kind": "size-step",
        "customer": "daiki_sanchez_3253",
        "order": "#W9348897",
        "status": "pending",
        "item": "3799046073",
        "new": "2060066974",
        "option": "size",
        "method": "credit_card_8853416",
        "description": "T-Shirt black/XXL (pending): the option asked, 'the next size down' answers it: XL",
        "turns": [
            ("I'd like to change the t-shirt in my order that hasn't shipped", None),
            ("the next size down", [_size("XXL"), _size("XL")]),
            ("yes", None),
        ],
    },
    {
        "id": "en-exchange-down-one-size",
        "kind": "size-step",
        "customer": "chen_lopez_3345",
        "order": "#W9360566",
        "status": "delivered",
        "item": "3339188619",
        "new": "5886093635",
        "option": "size",
        "method": "paypal_2833385",
        "description": "Cycling Helmet M/blue/low (delivered) 'down one size': S/blue/low",
        "turns": [
            ("can i exchange the helmet i got? down one size please, it wobbles", [_size("M"), _size("S")]),
            ("yes", None),
        ],
    },
    {
        "id": "fr-modify-taille-du-dessus",
        "kind": "size-step",
        "customer": "fatima_muller_6713",
        "order": "#W2040365",
        "status": "pending",
        "item": "2060066974",
        "new": "3799046073",
        "option": "size",
        "method": "paypal_5541158",
        "description": "T-Shirt black/XL (pending) 'la taille du dessus': XXL",
        "turns": [
            (
                "dans ma commande en cours, le t-shirt : je voudrais plutôt la taille du dessus",
                [_size("XL"), _size("XXL")],
            ),
            ("oui", None),
        ],
    },
    {
        "id": "fr-exchange-taille-en-moins",
        "kind": "size-step",
        "customer": "aarav_davis_4756",
        "order": "#W3223435",
        "status": "delivered",
        "item": "3799046073",
        "new": "2060066974",
        "option": "size",
        "method": "gift_card_9708163",
        "description": "T-Shirt black/XXL (delivered): the option asked, 'une taille en moins' answers it: XL",
        "turns": [
            ("je voudrais échanger mon t-shirt", None),
            ("une taille en moins", [_size("XXL"), _size("XL")]),
            ("oui", None),
        ],
    },
    {
        "id": "fr-modify-au-dessus-sans-trait",
        "kind": "size-step",
        "customer": "james_kim_7213",
        "order": "#W9722559",
        "status": "pending",
        "item": "4728397765",
        "new": "9385662952",
        "option": "size",
        "method": "paypal_8963303",
        "description": "Fleece Jacket M/black/full (pending) 'la taille au dessus' (no hyphen): L/black/full",
        "turns": [
            ("la veste polaire de ma commande, vous pouvez me mettre la taille au dessus ?", [_size("M"), _size("L")]),
            ("oui merci", None),
        ],
    },
    {
        "id": "es-exchange-talla-por-encima",
        "kind": "size-step",
        "customer": "sophia_garcia_1101",
        "order": "#W1023987",
        "status": "delivered",
        "item": "5067898160",
        "new": "7381052709",
        "option": "size",
        "method": "gift_card_9450778",
        "description": "Pet Bed medium/memory foam/brown (delivered) 'una talla por encima': large",
        "turns": [
            (
                "la cama de mi perro se le ha quedado pequeña, quiero cambiarla por una talla por encima",
                [["medium", "mediano", "mediana", "medio"], ["large", "grande"]],
            ),
            ("sí", None),
        ],
    },
    {
        "id": "es-modify-talla-de-arriba",
        "kind": "size-step",
        "customer": "ethan_santos_6104",
        "order": "#W4642822",
        "status": "pending",
        "item": "2405281423",
        "new": "7917269097",
        "option": "size",
        "method": "paypal_3549141",
        "description": "Pet Bed medium/polyester/grey (pending) 'la talla de arriba': large, paypal",
        "turns": [
            ("en mi pedido pendiente, la cama para mascotas la quiero en la talla de arriba", [["large", "grande"]]),
            ("con paypal", [["medium", "mediano", "mediana", "medio"], ["large", "grande"]]),
            ("sí", None),
        ],
    },
    {
        "id": "es-modify-numero-mas-no-existe",
        "kind": "no-such-size",
        "customer": "fatima_muller_6713",
        "order": "#W6851636",
        "status": "pending",
        "item": "4153505238",
        "description": "Running Shoes 8/red/leather/EVA (pending) 'un número más': no 9 in red leather: said "
            "with what size 9 "
        "comes in, nothing written on a yes",
        "turns": [
            ("las zapatillas de correr de mi pedido, ¿me las cambiáis por un número más?", [["talla 9", "número 9"]]),
            ("sí", None),
        ],
    },
    {
        "id": "de-exchange-groesse-darunter",
        "kind": "size-step",
        "customer": "anya_muller_4683",
        "order": "#W3248320",
        "status": "delivered",
        "item": "3339188619",
        "new": "5886093635",
        "option": "size",
        "method": "paypal_8465963",
        "description": "Cycling Helmet M/blue/low (delivered): the option asked, 'eine Größe darunter' answers "
            "it: S, PayPal",
        "turns": [
            ("Ich möchte meinen Fahrradhelm umtauschen", None),
            ("eine Größe darunter", [_size("S")]),
            ("über PayPal", [_size("M"), _size("S")]),
            ("ja", None),
        ],
    },
    {
        "id": "de-modify-kleinere-groesse",
        "kind": "size-step",
        "customer": "juan_martin_4740",
        "order": "#W5815923",
        "status": "pending",
        "item": "6401214406",
        "new": "3358616356",
        "option": "size",
        "method": "paypal_7603967",
        "description": "Cycling Helmet M/red/low (pending) 'in einer kleineren Größe': S/red/low",
        "turns": [
            ("Den Fahrradhelm in meiner Bestellung hätte ich gern in einer kleineren Größe", [_size("M"), _size("S")]),
            ("ja", None),
        ],
    },
    {
        "id": "de-exchange-naechsten-groesse",
        "kind": "size-step",
        "customer": "evelyn_gonzalez_8209",
        "order": "#W4500945",
        "status": "delivered",
        "item": "5109407456",
        "new": "6857426243",
        "option": "size",
        "method": "paypal_6069934",
        "description": "Pet Bed small/fleece/grey (delivered) 'in der nächsten Größe': medium, PayPal",
        "turns": [
            ("Ich möchte das Hundebett umtauschen, in der nächsten Größe", [["medium", "mittel"]]),
            ("über PayPal", [["small", "klein"], ["medium", "mittel"]]),
            ("ja", None),
        ],
    },
]


def main() -> None:
    write_suite(
        OUT,
        {
            "suite": SUITE,
            "description": (
                "An exchange (delivered) or item change (pending) whose new variant is said relative to the "
                    "ordered one "
                "(one size up/down) or by one option alone (the same but in black): the product's own variant "
                    "with every "
                "other option kept, proposed old -> new and written on the yes with the method; where that size "
                    "does not "
                "exist: said, nothing written. Generated by evals/generators/relative_options_27.py."
            ),
            "tags": [SUITE],
            "customer": None,
            "cases": [_case(case) for case in CASES],
        },
    )


if __name__ == "__main__":
    main()
