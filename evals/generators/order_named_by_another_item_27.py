"""order-named-by-another-item-27: a delivered order named by one item, only another item returned ("from my order
with the coffee maker, only the kettle goes back"): the naming item is never returned (recheck27 N1, new words).

Run: python -m evals.generators.order_named_by_another_item_27"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evals.generators.case_builders import writes_expected
from evals.generators.reply_words import YES
from evals.generators.tau_data import ORDERS, ROOT, write_suite

OUT: Path = ROOT / "evals" / "suites" / "order-named-by-another-item-27.yaml"
ROWS = [
    (
        "en",
        "mohamed_santos_2427",
        "#W8976713",
        "2323972008",
        "in my delivered order with the coffee maker, i'd only like to return the electric kettle",
    ),
    (
        "en",
        "yara_sanchez_1902",
        "#W6015009",
        "3877188862",
        "the order where the mechanical keyboard came - just the skateboard should go back please",
    ),
    (
        "fr",
        "harper_kovacs_9747",
        "#W6221400",
        "1725100896",
        "de la commande livrée avec le purificateur d'air, je veux seulement renvoyer le parfum",
    ),
    (
        "fr",
        "sofia_ito_7804",
        "#W6075915",
        "7510236436",
        "dans la commande où il y avait la veste polaire, je retourne uniquement le tapis de yoga",
    ),
    (
        "es",
        "fatima_wilson_7472",
        "#W5272531",
        "7228247242",
        "del pedido entregado con el hervidor eléctrico solo quiero devolver las botas de montaña",
    ),
    (
        "es",
        "mei_davis_8935",
        "#W2890441",
        "2751999929",
        "en el pedido donde venía la botella de agua, quiero devolver nada más la cama para mascotas",
    ),
    (
        "de",
        "ethan_sanchez_2952",
        "#W9250394",
        "2681513500",
        "aus der Bestellung mit dem Hantelset möchte ich nur die Smartwatch zurückschicken",
    ),
    (
        "de",
        "aarav_anderson_8794",
        "#W9311069",
        "9829827210",
        "von der Lieferung mit der Espressomaschine bitte nur den Gartenschlauch zurückgeben",
    ),
]


def main() -> None:
    cases: list[dict[str, Any]] = []
    for lang, cust, order, item, text in ROWS:
        assert ORDERS[order]["user_id"] == cust and ORDERS[order]["status"] == "delivered"  # noqa: S101
        assert item in [i["item_id"] for i in ORDERS[order]["items"]]  # noqa: S101
        cases.append(
            {
                "id": f"{lang}-{cust.split('_')[0]}-{item}",
                "tags": [lang, "order-named-by-another-item-27"],
                "description": f"{cust}: {order} named by another item; only {item} returned",
                "user": {"customer": cust, "turns": [{"text": text}, {"text": YES[lang]}]},
                "expect": writes_expected(
                    [{"name": "return_delivered_order_items", "arguments": {"order_id": order, "item_ids": [item]}}]
                ),
            }
        )
    write_suite(
        OUT,
        {
            "suite": "order-named-by-another-item-27",
            "description": "An order named by one item, another returned (recheck27 N1)",
            "tags": ["order-named-by-another-item-27"],
            "customer": None,
            "cases": cases,
        },
    )


if __name__ == "__main__":
    main()
