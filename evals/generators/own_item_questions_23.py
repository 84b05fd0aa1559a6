"""Writes evals/suites/own-item-questions-23.yaml: questions about an item of the customer's own order, or about the
variant inside an open proposal, answered from that item's own data (its options, the catalog), en/fr/es/de.

Every value below is read from data/tau-retail (orders, products) when the file is written; the generator asserts
the facts it expects, so a case never states something the data does not.

Run from the repository root: `python -m evals.generators.own_item_questions_23`."""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, forbidden, reply_turn, store_unchanged
from evals.generators.reply_words import LANGS, NOT_UNDERSTOOD
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, WRITES, write_suite

SUITE = "own-item-questions-23"


def _item(order_id: str, name: str) -> dict[str, Any]:
    return next(i for i in ORDERS[order_id]["items"] if i["name"] == name)


def _variants(name: str) -> list[dict[str, Any]]:
    product = next(p for p in PRODUCTS.values() if p["name"] == name)
    return list(product["variants"].values())


def _money(amount: float) -> list[str]:
    dot = f"{amount:.2f}"
    comma = dot.replace(".", ",")
    return [f"${dot}", f"{comma} $", f"{comma}$", f"{comma} US$", f"US${comma}", f"{dot} $"]


YES = {"en": ["yes"], "fr": ["oui"], "es": ["sí", "si,", "si "], "de": ["ja"]}
WATERPROOF = ["waterproof", "imperméable", "étanche", "impermeable", "wasserdicht", "wasserfest"]
NOT_WATERPROOF = [
    "not waterproof",
    "isn't waterproof",
    "is not waterproof",
    "aren't waterproof",
    "are not waterproof",
    "waterproof: no",
    "no, ",
    "pas imperméable",
    "pas étanche",
    "imperméable : non",
    "étanche : non",
    "non,",
    "no es impermeable",
    "no son impermeables",
    "no es sumergible",
    "impermeable: no",
    "nicht wasserdicht",
    "wasserdicht: nein",
    "nein,",
    "kein wasserdicht",
]
DOESNT_SAY = [
    "doesn't say",
    "does not say",
    "doesn't list",
    "does not list",
    "doesn't mention",
    "doesn't specify",
    "no material",
    "n'indique pas",
    "ne précise pas",
    "ne mentionne pas",
    "n'indique aucune",
    "ne dit pas",
    "no indica",
    "no especifica",
    "no menciona",
    "no dice",
    "nennt kein",
    "gibt kein",
    "keine Angabe",
    "nicht angegeben",
    "sagt nichts",
    "enthält keine",
    "nennt das material",
]
PRODUCT_WORDS = {
    "Headphones": ["headphones", "casque", "auriculares", "kopfhörer"],
    "Cycling Helmet": ["helmet", "casque", "casco", "helm"],
}
OUT_OF_STOCK_BLACK = [
    "black: out of stock",
    "colour black: out of stock",
    "color black: out of stock",
    "noir : en rupture",
    "noir : épuisé",
    "negro: agotado",
    "schwarz: nicht vorrätig",
    "schwarz: ausverkauft",
]


def _case(lang: str, kind: str, description: str, customer: str, turns: list[dict[str, Any]]) -> dict[str, Any]:
    expect = {"forbidden": forbidden(WRITES), "store": store_unchanged()}
    return case_record(f"{lang}-{kind}", [lang, SUITE, kind], description, customer, turns, expect)


def feature_yes() -> list[dict[str, Any]]:
    """A yes/no feature the item's options answer yes (Hiking Boots waterproof: yes)."""
    rows = {
        "en": ("olivia_ito_3591", "#W5442520", "Are the hiking boots in my order W5442520 waterproof?"),
        "fr": (
            "olivia_ito_3591",
            "#W5442520",
            "Les chaussures de randonnée de ma commande W5442520 sont-elles imperméables ?",
        ),
        "es": ("noah_patel_1311", "#W9784474", "¿Las botas de montaña de mi pedido W9784474 son impermeables?"),
        "de": (
            "isabella_sanchez_2068",
            "#W1713682",
            "Sind die Wanderschuhe aus meiner Bestellung W1713682 wasserdicht?",
        ),
    }
    cases = []
    for lang, (customer, order, text) in rows.items():
        assert _item(order, "Hiking Boots")["options"]["waterproof"] == "yes"
        cases.append(
            _case(
                lang,
                "feature-yes",
                f"Hiking Boots of {order}: options say waterproof: yes; the answer is "
                "yes from the options, never the order's status alone",
                customer,
                [reply_turn(text, [YES[lang] + ["waterproof: yes"], WATERPROOF])],
            )
        )
    return cases


def feature_no() -> list[dict[str, Any]]:
    """A yes/no feature the item's options answer no."""
    rows = {
        "en": ("yusuf_ahmed_6232", "#W7007896", "Action Camera", "is the action camera I ordered waterproof?"),
        "fr": ("ivan_rossi_9776", "#W7008160", "Hiking Boots", "mes chaussures de randonnée, elles sont étanches ?"),
        "es": (
            "yusuf_ahmed_6232",
            "#W7007896",
            "Action Camera",
            "la cámara deportiva del pedido W7007896, ¿es sumergible?",
        ),
        "de": ("ivan_rossi_9776", "#W7008160", "Hiking Boots", "sind meine Wanderstiefel eigentlich wasserdicht?"),
    }
    cases = []
    for lang, (customer, order, name, text) in rows.items():
        assert _item(order, name)["options"]["waterproof"] == "no"
        cases.append(
            _case(
                lang,
                "feature-no",
                f"{name} of {order}: options say waterproof: no; the answer is no",
                customer,
                [reply_turn(text, [NOT_WATERPROOF])],
            )
        )
    return cases


def is_it_the_one_after_status() -> list[dict[str, Any]]:
    """After a status question, 'is the X in my order the Y one' (W7032009's Air Purifier: HEPA)."""
    rows = {
        "en": ("what's the status of order W7032009?", "and is the air purifier in my order the HEPA one?"),
        "fr": (
            "où en est ma commande W7032009 ?",
            "et le purificateur d'air de ma commande, c'est bien le modèle HEPA ?",
        ),
        "es": ("¿cómo va mi pedido W7032009?", "¿y el purificador de aire de mi pedido es el que tiene filtro HEPA?"),
        "de": (
            "wie ist der Stand von Bestellung W7032009?",
            "und ist der Luftreiniger in meiner Bestellung der mit HEPA?",
        ),
    }
    assert _item("#W7032009", "Air Purifier")["options"]["filter type"] == "HEPA"
    return [
        _case(
            lang,
            "is-the-one-after-status",
            "status of #W7032009 first, then whether its Air Purifier is the HEPA one: yes, filter type HEPA",
            "ivan_khan_7475",
            [reply_turn(first), reply_turn(second, [YES[lang], ["HEPA"]], NOT_UNDERSTOOD)],
        )
        for lang, (first, second) in rows.items()
    ]


def is_it_the_one_not() -> list[dict[str, Any]]:
    """'Is the X I ordered the Y one' answered no with the value it has (raj_sanchez's purifier: carbon)."""
    rows = {
        "en": "is the air purifier I ordered the HEPA one?",
        "fr": "le purificateur que j'ai commandé, il a un filtre HEPA ?",
        "es": "¿el purificador que pedí es el modelo HEPA?",
        "de": "hat der Luftreiniger, den ich bestellt habe, einen HEPA-Filter?",
    }
    assert _item("#W4566809", "Air Purifier")["options"]["filter type"] == "carbon"
    return [
        _case(
            lang,
            "is-the-one-not",
            "raj_sanchez_2970's Air Purifier (#W4566809) has filter type carbon: not the HEPA one, its filter named",
            "raj_sanchez_2970",
            [reply_turn(text, [["carbon", "charbon", "carbón", "kohle"]], NOT_UNDERSTOOD)],
        )
        for lang, text in rows.items()
    ]


def which_did_i_order_single() -> list[dict[str, Any]]:
    """'What colour/size did I order?' from a customer whose only order holds one item: the value, no order list."""
    rows = {
        "en": ("isabella_lopez_6490", "#W4923227", "Bluetooth Speaker", "color", "what colour did I order?"),
        "fr": ("ivan_rossi_9776", "#W7008160", "Hiking Boots", "size", "j'ai commandé quelle pointure déjà ?"),
        "es": ("isabella_lopez_6490", "#W4923227", "Bluetooth Speaker", "color", "¿de qué color lo pedí?"),
        "de": ("ivan_rossi_9776", "#W7008160", "Hiking Boots", "size", "welche Größe hatte ich bestellt?"),
    }
    words = {
        "red": ["red", "rouge", "rojo", "rot"],
        "8": ["size 8", "taille 8", "pointure 8", "talla 8", "größe 8", "grösse 8"],
    }
    # the answer, never the order's status or the list of orders
    status = [
        "pending",
        "delivered",
        "en attente",
        "livrée",
        "pendiente",
        "entregado",
        "ausstehend",
        "zugestellt",
        "geliefert",
        "here are your orders",
        "voici vos commandes",
        "estos son sus pedidos",
        "ihre bestellungen",
    ]
    cases = []
    for lang, (customer, order, name, option, text) in rows.items():
        value = _item(order, name)["options"][option]
        cases.append(
            _case(
                lang,
                "which-did-i-order",
                f"{customer}'s one order {order} holds one {name}, {option} "
                f"{value}: that value answered, not the order's status or list",
                customer,
                [reply_turn(text, [words[value]], NOT_UNDERSTOOD + status)],
            )
        )
    return cases


def which_did_i_order_among_orders() -> list[dict[str, Any]]:
    """'Which colour is the X I ordered' from a customer with several orders, one with that item: the value alone."""
    rows = {
        "en": (
            "olivia_ito_3591",
            "#W5442520",
            "Gaming Mouse",
            "color",
            "what colour is the gaming mouse I ordered?",
            ["black"],
        ),
        "fr": (
            "ivan_khan_7475",
            "#W7032009",
            "Air Purifier",
            "room size",
            "le purificateur d'air que j'ai commandé, c'est pour quelle taille de pièce ?",
            ["small", "petite", "petit"],
        ),
        "es": (
            "olivia_ito_3591",
            "#W5442520",
            "Patio Umbrella",
            "color",
            "¿de qué color es la sombrilla que pedí?",
            ["red", "rojo", "roja"],
        ),
        "de": (
            "sofia_li_9219",
            "#W8855135",
            "Hiking Boots",
            "size",
            "welche Größe haben die Wanderschuhe, die ich bestellt habe?",
            ["7"],
        ),
    }
    cases = []
    for lang, (customer, order, name, option, text, words) in rows.items():
        value = _item(order, name)["options"][option]
        assert value.lower() in [w.lower() for w in words] or value in words, (value, words)
        others = [oid for oid, o in ORDERS.items() if o["user_id"] == customer and oid != order]
        assert others and all(name not in [i["name"] for i in ORDERS[oid]["items"]] for oid in others)
        cases.append(
            _case(
                lang,
                "which-among-orders",
                f"{customer}: only {order} holds a {name} ({option} {value}); "
                "the value answered, the other orders never listed",
                customer,
                [reply_turn(text, [words], [oid.lstrip("#") for oid in others])],
            )
        )
    return cases


def leather_no_option() -> list[dict[str, Any]]:
    """'Is it leather?' about the proposed variant of a product with no material option: the catalog doesn't say,
    the product named."""
    rows = {
        "en": (
            "yusuf_khan_7091",
            "#W1787190",
            "Headphones",
            "I'd like the headphones in order W1787190 in black instead",
            "is it leather?",
        ),
        "fr": (
            "evelyn_wilson_8460",
            "#W6392164",
            "Cycling Helmet",
            "je voudrais échanger le casque de vélo de ma commande W6392164 contre un bleu",
            "il est en cuir ?",
        ),
        "es": (
            "amelia_nguyen_5209",
            "#W9324386",
            "Headphones",
            "quiero cambiar los auriculares del pedido W9324386 por unos negros",
            "¿son de cuero?",
        ),
        "de": (
            "evelyn_wilson_8460",
            "#W6392164",
            "Cycling Helmet",
            "ich möchte den Fahrradhelm aus Bestellung W6392164 gegen einen blauen umtauschen",
            "ist der aus Leder?",
        ),
    }
    cases = []
    for lang, (customer, order, name, first, second) in rows.items():
        assert not any("material" in k for v in _variants(name) for k in v["options"])
        assert _item(order, name)
        cases.append(
            _case(
                lang,
                "leather-no-option",
                f"{name} of {order} change proposed; it has no material option: "
                "the catalog doesn't say, the product named; the question never dropped",
                customer,
                [reply_turn(first), reply_turn(second, [DOESNT_SAY, PRODUCT_WORDS[name]])],
            )
        )
    return cases


def property_of_proposed() -> list[dict[str, Any]]:
    """A property asked of the proposed variant, answered from its options."""
    rows = {
        "en": (
            "omar_silva_9907",
            "#W6151519",
            "Running Shoes",
            {"color": "white"},
            "can I change the running shoes in my order to white?",
            "are they leather?",
            "material",
            ["mesh"],
        ),
        "fr": (
            "yusuf_khan_7091",
            "#W1787190",
            "Headphones",
            {"color": "black"},
            "je voudrais le casque de la commande W1787190 en noir",
            "il est sans fil ?",
            "connectivity",
            ["sans fil", "wireless", "bluetooth"],
        ),
        "es": (
            "omar_silva_9907",
            "#W6151519",
            "Running Shoes",
            {"color": "white"},
            "¿puedo cambiar las zapatillas de correr de mi pedido a blancas?",
            "¿son de cuero?",
            "material",
            ["mesh", "malla", "rejilla"],
        ),
        "de": (
            "amelia_nguyen_5209",
            "#W9324386",
            "Headphones",
            {"color": "black"},
            "ich hätte die Kopfhörer aus Bestellung W9324386 gern in Schwarz",
            "sind die kabellos?",
            "connectivity",
            ["kabellos", "wireless", "drahtlos", "bluetooth"],
        ),
    }
    cases = []
    for lang, (customer, order, name, change, first, second, option, words) in rows.items():
        item = _item(order, name)
        matches = [
            v
            for v in _variants(name)
            if v["available"]
            and all(v["options"][k] == val for k, val in change.items())
            and v["item_id"] != item["item_id"]
        ]
        best = max(matches, key=lambda v: sum(v["options"][k] == item["options"][k] for k in item["options"]))
        value = best["options"][option]
        assert value.lower() in [w.lower() for w in words], (value, words)
        cases.append(
            _case(
                lang,
                "property-of-proposed",
                f"{name} of {order} changed to {change} ({best['item_id']}, "
                f"{option} {value}); the question answered from that variant's options",
                customer,
                [reply_turn(first), reply_turn(second, [words])],
            )
        )
    return cases


def two_questions() -> list[dict[str, Any]]:
    """Two questions about an own item in one message: both answered from its options."""
    rows = {
        "en": (
            "evelyn_ito_7643",
            "#W6207110",
            "Backpack",
            "is the backpack in my order leather, and what colour is it?",
            [["leather"], ["green"]],
        ),
        "fr": (
            "yusuf_khan_7091",
            "#W1787190",
            "Headphones",
            "le casque de ma commande, il est sans fil ? et de quelle couleur ?",
            [["sans fil", "wireless"], ["bleu", "blue"]],
        ),
        "es": (
            "evelyn_ito_7643",
            "#W6207110",
            "Backpack",
            "¿la mochila de mi pedido es de cuero? ¿y de qué color es?",
            [["cuero", "piel", "leather"], ["verde", "green"]],
        ),
        "de": (
            "ivan_khan_7475",
            "#W7032009",
            "Air Purifier",
            "hat der Luftreiniger aus W7032009 einen HEPA-Filter und einen Nachtmodus?",
            [["HEPA"], ["Nachtmodus", "night mode", "Nacht-Modus"]],
        ),
    }
    cases = []
    for lang, (customer, order, name, text, facts) in rows.items():
        opts = _item(order, name)["options"]
        cases.append(
            _case(
                lang,
                "two-questions",
                f"{name} of {order} ({opts}): both questions of one message answered from its options",
                customer,
                [reply_turn(text, facts, NOT_UNDERSTOOD)],
            )
        )
    return cases


def price_and_leather_of_proposed() -> list[dict[str, Any]]:
    """Price and a property of the proposed variant in one message: both halves answered."""
    rows = {
        "en": (
            "yusuf_khan_7091",
            "#W1787190",
            "Headphones",
            {"color": "black"},
            "I'd like the headphones in order W1787190 in black instead",
            "how much is it, and is it leather?",
        ),
        "fr": (
            "amelia_nguyen_5209",
            "#W9324386",
            "Headphones",
            {"color": "black"},
            "je voudrais échanger le casque de la commande W9324386 contre un noir",
            "il coûte combien ? il est en cuir ?",
        ),
        "es": (
            "evelyn_wilson_8460",
            "#W6392164",
            "Cycling Helmet",
            {"color": "blue", "size": "M"},
            "quiero cambiar el casco de ciclismo del pedido W6392164 por uno azul",
            "¿cuánto cuesta? ¿es de cuero?",
        ),
        "de": (
            "yusuf_khan_7091",
            "#W1787190",
            "Headphones",
            {"color": "black"},
            "die Kopfhörer aus Bestellung W1787190 bitte in Schwarz",
            "was kostet der und ist er aus Leder?",
        ),
    }
    cases = []
    for lang, (customer, order, name, change, first, second) in rows.items():
        item = _item(order, name)
        matches = [
            v
            for v in _variants(name)
            if v["available"]
            and all(v["options"][k] == val for k, val in change.items())
            and v["item_id"] != item["item_id"]
        ]
        best = max(matches, key=lambda v: sum(v["options"][k] == item["options"][k] for k in item["options"]))
        cases.append(
            _case(
                lang,
                "price-and-leather",
                f"{name} of {order} changed to {best['item_id']} "
                f"(${best['price']:.2f}, no material option): the price and 'the catalog doesn't say' both "
                "answered",
                customer,
                [reply_turn(first), reply_turn(second, [_money(best["price"]), DOESNT_SAY])],
            )
        )
    return cases


def stock_of_asked_colour() -> list[dict[str, Any]]:
    """'Is the black one dearer?' after black variants were offered: answered with an in-stock black variant's price,
    never 'black: out of stock' while black ones are in stock."""
    rows = {
        "en": (
            "evelyn_ito_7643",
            "#W6207110",
            "Backpack",
            "does the backpack from my order come in black?",
            "is the black one dearer?",
        ),
        "fr": (
            "harper_silva_8534",
            "#W3323013",
            "Cycling Helmet",
            "le casque de vélo de ma commande W3323013, il existe en noir ?",
            "le noir est-il plus cher ?",
        ),
        "es": (
            "evelyn_ito_7643",
            "#W6207110",
            "Backpack",
            "¿la mochila de mi pedido la tienen en negro?",
            "¿la negra es más cara?",
        ),
        "de": (
            "harper_silva_8534",
            "#W3323013",
            "Cycling Helmet",
            "gibt es den Fahrradhelm aus W3323013 auch in Schwarz?",
            "ist der schwarze teurer?",
        ),
    }
    cases = []
    for lang, (customer, order, name, first, second) in rows.items():
        _item(order, name)
        black = [v for v in _variants(name) if v["options"].get("color") == "black"]
        in_stock = [v for v in black if v["available"]]
        assert in_stock and len(in_stock) < len(black)
        prices = [m for v in in_stock for m in _money(v["price"])]
        cases.append(
            _case(
                lang,
                "stock-of-asked-colour",
                f"{name}: black variants "
                f"{[(v['item_id'], v['available'], v['price']) for v in black]}; some in stock, so the answer "
                "gives an in-stock black price and never says black is out of stock",
                customer,
                [reply_turn(first), reply_turn(second, [prices], OUT_OF_STOCK_BLACK)],
            )
        )
    return cases


def main() -> None:
    groups = [
        feature_yes(),
        feature_no(),
        is_it_the_one_after_status(),
        is_it_the_one_not(),
        which_did_i_order_single(),
        which_did_i_order_among_orders(),
        leather_no_option(),
        property_of_proposed(),
        two_questions(),
        price_and_leather_of_proposed(),
        stock_of_asked_colour(),
    ]
    cases = sorted((c for g in groups for c in g), key=lambda c: LANGS.index(c["id"][:2]))
    suite = {
        "suite": SUITE,
        "description": "Questions about an item of the customer's own order, or about the variant inside an open "
        "proposal, answered from that item's own data (tau-retail options, the catalog), en/fr/es/de: "
        "yes/no feature questions, 'which X did I order', 'is the X in my order the Y one', a property "
        "of the proposed variant (the catalog doesn't say when the product has no such option), two "
        "questions in one message, the stock of the asked colour. Written before the fix by "
        "evals/generators/own_item_questions_23.py.",
        "tags": [SUITE],
        "customer": None,
        "cases": cases,
    }
    write_suite(ROOT / "evals" / "suites" / f"{SUITE}.yaml", suite)


if __name__ == "__main__":
    main()
