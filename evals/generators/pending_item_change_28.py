"""pending-item-change-28: a pending order's one-item change to another option of the same product, asked in every
language with option values said with units or scales ("1 litre", "50 cl", "talla S", "Größe XL"), as compounds
("Tier-Motiv", "bleu-marine", "azul marino") or as "instead of X"; near-misses: a delivered order (an exchange, never a
modify) and an option the product does not have (a question naming the real options, nothing written, never a
cancellation).

Run: python -m evals.generators.pending_item_change_28"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evals.generators.case_builders import reply_turn, suite_case
from evals.generators.reply_words import YES
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, write_suite

SUITE = "pending-item-change-28"
OUT: Path = ROOT / "evals" / "suites" / f"{SUITE}.yaml"
METHOD_WORDS = {
    "credit_card": ["card", "carte", "tarjeta", "karte", "visa", "mastercard", "american express", "amex", "discover"],
    "paypal": ["paypal"],
    "gift_card": ["gift card", "carte cadeau", "carte-cadeau", "tarjeta regalo", "geschenkkarte", "gutschein"],
}
# (lang, customer, order, item, new item, text, the new value said in any language)
CHANGES: list[tuple[str, str, str, str, str, str, list[str]]] = [
    ("en", "mason_lopez_8519", "#W7752859", "3015420423", "1240311797",
     "my electric kettle hasn't shipped yet - can you make it the 1 litre one instead of the 2L?",
     ["1l", "1 l", "1 litre", "1 liter"]),
    ("en", "mia_thomas_4629", "#W5208989", "5546244844", "6245746168",
     "for the jigsaw puzzle on my order, i'd like the animal-themed version rather than art",
     ["animal", "animaux", "animales", "tier"]),
    ("en", "isabella_santos_1643", "#W9527030", "1262139877", "1615379700",
     "please put my hiking boots in a size 10, not the 7 i picked",
     ["10"]),
    ("en", "raj_moore_7909", "#W9929926", "2439754078", "6777246137",
     "the water bottle i ordered is the 1000ml one, swap it for 750 ml before it ships",
     ["750"]),
    ("fr", "aarav_brown_3744", "#W5065081", "4579334072", "8538875209",
     "pour la gourde de ma commande en cours, je préfère finalement le format 50 cl plutôt que 75 cl",
     ["500ml", "500 ml", "50 cl"]),
    ("fr", "fatima_martin_9326", "#W3376947", "9447903288", "9007697085",
     "mon parfum n'est pas encore parti : mettez-le en 50 ml au lieu du 30 ml svp",
     ["50ml", "50 ml"]),
    ("fr", "ava_moore_4814", "#W8331214", "6906307980", "8084436579",
     "je voudrais le sac à dos en bleu-marine et pas en noir, c'est possible ?",
     ["marine", "navy"]),
    ("es", "noah_hernandez_4232", "#W4802126", "8733974883", "5992316252",
     "la chaqueta polar que pedí, cámbiamela a talla S en vez de la L",
     ["talla s"]),
    ("es", "olivia_jackson_1219", "#W6116680", "6906307980", "8084436579",
     "la mochila negra del pedido que aún no ha salido, ¿me la ponéis en azul marino?",
     ["marino", "navy"]),
    ("es", "liam_santos_5468", "#W6794581", "1906487464", "3738831434",
     "la tetera de mi pedido pendiente: en vez de 2 litros la quiero de 1,5 litros",
     ["1,5", "1.5"]),
    ("de", "james_johnson_9321", "#W1006327", "5172162216", "5645314103",
     "Beim Puzzle in meiner offenen Bestellung hätte ich gern das Tier-Motiv, nicht die Landschaft.",
     ["tier", "animals"]),
    ("de", "ethan_smith_9087", "#W6731310", "4064702754", "5268233322",
     "Den Wasserkocher bitte als 1 Liter statt 2 Liter, er ist ja noch nicht verschickt",
     ["1 liter", "1l", "1 l"]),
    ("de", "isabella_johansson_7408", "#W8882972", "3799046073", "2060066974",
     "Das T-Shirt aus meiner Bestellung lieber in Größe XL, XXL ist mir zu groß",
     ["größe xl", "size xl"]),
    # batch b (written after batch a scored on main): units in another scale, the observed compound said as asked
    ("de", "james_johnson_9321", "#W1006327", "5172162216", "5645314103",
     "das Puzzle bitte mit Tier-Motiv statt Landschaft",
     ["tier", "animals"]),
    ("de", "noah_kovacs_1216", "#W9440076", "4947921075", "7533802601",
     "Die Trinkflasche in meiner Bestellung bitte in 500 ml statt 750 ml",
     ["500"]),
    ("fr", "yara_silva_7567", "#W9034102", "3453331371", "7661609223",
     "la gourde de ma commande, je la voudrais en 1 litre au lieu de 50 cl",
     ["1000", "1 litre", "1 l"]),
    ("en", "james_kim_7213", "#W9722559", "8827799340", "8349903180",
     "swap the 5000mAh power bank in my order for the 20000 mAh one",
     ["20000", "20 000"]),
]
# (lang, customer, order, item, new item, text): a delivered order's item asked in another option: an exchange
EXCHANGES: list[tuple[str, str, str, str, str, str]] = [
    ("en", "omar_khan_2363", "#W6304490", "4983901480", "3377900078",
     "the smart thermostat i received is black, can i get the white one instead?"),
    ("fr", "evelyn_brown_7612", "#W7647404", "6454334990", "7292993796",
     "la bouilloire que j'ai reçue est trop petite, je voudrais l'échanger contre celle de 2 litres"),
    ("es", "evelyn_gonzalez_8876", "#W8341134", "7579176349", "9799386954",
     "el cuaderno que me llegó es A4, lo quiero cambiar por uno A5"),
    ("de", "evelyn_brown_7612", "#W7647404", "5855700373", "4716977452",
     "Den Bluetooth-Lautsprecher, der geliefert wurde, möchte ich gegen den blauen tauschen"),
]
# (lang, customer, order, item, text, one of the product's real values that the question must name)
ABSENT: list[tuple[str, str, str, str, str, list[str]]] = [
    ("en", "anya_sanchez_9707", "#W5402785", "2698416822",
     "could the kettle in my order come in red instead of white?",
     ["black", "silver"]),
    ("fr", "lei_patel_3139", "#W2403263", "5421902839",
     "le parfum de ma commande, passez-le en 200 ml à la place du 100 ml",
     ["30 ml", "30ml", "50 ml", "50ml"]),
    ("es", "yara_silva_7567", "#W9034102", "3453331371",
     "la botella de agua de mi pedido, cámbiala a color amarillo en vez de negro",
     ["azul", "verde", "roj"]),
    ("de", "james_johnson_9321", "#W1006327", "5172162216",
     "Das Puzzle bitte mit Blumen-Motiv statt Landschaft",
     ["tier", "kunst", "fantasy", "animals", "art"]),
    ("es", "noah_patel_6952", "#W1845024", "8277474082",
     "las botas de montaña de mi pedido, cámbiamelas a la 38",
     ["talla", "tallas"]),
    ("de", "olivia_jackson_1219", "#W3168895", "2648909398",
     "Die Wanderschuhe bitte in Größe 42 statt 8",
     ["größe", "größen"]),
]


def _item(order: str, item: str) -> dict[str, Any]:
    found: dict[str, Any] = next(i for i in ORDERS[order]["items"] if i["item_id"] == item)
    return found


def _variant(item: dict[str, Any], new_item: str) -> dict[str, Any]:
    variant: dict[str, Any] = PRODUCTS[item["product_id"]]["variants"][new_item]
    return variant


def _one_method(customer: str) -> str:
    methods = list(USERS[customer]["payment_methods"])
    assert len(methods) == 1  # noqa: S101
    return methods[0]


def _amount(value: float) -> list[str]:
    text = f"{abs(value):.2f}"
    return [text, text.replace(".", ",")]


def main() -> None:
    cases: list[dict[str, Any]] = []
    seen: set[str] = set()
    for lang, cust, order, item_id, new_id, text, said in CHANGES:
        assert ORDERS[order]["user_id"] == cust and ORDERS[order]["status"] == "pending"  # noqa: S101
        item, variant = _item(order, item_id), None
        variant = _variant(item, new_id)
        assert variant["available"]  # noqa: S101
        method = _one_method(cust)
        diff = round(variant["price"] - item["price"], 2)
        changed = [k for k in variant["options"] if variant["options"][k] != item["options"][k]]
        assert len(changed) == 1  # noqa: S101
        facts = [said, _amount(diff), METHOD_WORDS[method.rsplit("_", 1)[0]]]
        case_id = f"{lang}-modify-{item['name'].lower().replace(' ', '-')}-{cust.split('_')[0]}"
        case_id = case_id if case_id not in seen else f"{case_id}-2"
        seen.add(case_id)
        cases.append(suite_case(
            SUITE, case_id, "modify",
            f"{cust}: pending {order} {item['name']} {changed[0]} {item['options'][changed[0]]} -> "
            f"{variant['options'][changed[0]]} ({new_id}, {diff:+.2f}, {method}); proposed with the difference and "
            "the method, written once on yes, never cancelled",
            cust, [reply_turn(text, facts), {"text": YES[lang]}],
            [{"name": "modify_pending_order_items",
              "arguments": {"order_id": order, "item_ids": [item_id], "new_item_ids": [new_id]}}]))
    for lang, cust, order, item_id, new_id, text in EXCHANGES:
        assert ORDERS[order]["user_id"] == cust and ORDERS[order]["status"] == "delivered"  # noqa: S101
        item = _item(order, item_id)
        assert _variant(item, new_id)["available"]  # noqa: S101
        cases.append(suite_case(
            SUITE, f"{lang}-exchange-{item['name'].lower().replace(' ', '-')}-{cust.split('_')[0]}", "exchange",
            f"{cust}: delivered {order} {item['name']} -> {new_id}: an exchange, never a modify or a cancellation",
            cust, [{"text": text}, {"text": YES[lang]}],
            [{"name": "exchange_delivered_order_items",
              "arguments": {"order_id": order, "item_ids": [item_id], "new_item_ids": [new_id]}}]))
    for lang, cust, order, item_id, text, named in ABSENT:
        assert ORDERS[order]["user_id"] == cust and ORDERS[order]["status"] == "pending"  # noqa: S101
        item = _item(order, item_id)
        cases.append(suite_case(
            SUITE, f"{lang}-absent-{item['name'].lower().replace(' ', '-')}-{cust.split('_')[0]}", "absent-option",
            f"{cust}: pending {order} {item['name']} asked in a value the product lacks: a question naming the "
            "real values, nothing written, never a cancellation",
            cust, [reply_turn(text, [named])], []))
    write_suite(OUT, {
        "suite": SUITE,
        "description": "A pending order's one-item change in every language (units, compounds, 'instead of'); "
                       "near-misses: delivered (exchange), an option the product lacks (a question)",
        "tags": [SUITE],
        "customer": None,
        "cases": cases,
    })


if __name__ == "__main__":
    main()
