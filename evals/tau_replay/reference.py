"""tau-bench's retail read tools over a tau-shaped database: the answers Vitrine's reads are held to.

Each function returns the string tau-bench's tool returns (sierra-research/tau-bench,
`tau_bench/envs/retail/tools/*.py`): a record as `json.dumps`, a user id, or an error text. `calculate` is
not here: its reference is Python's `eval`, which this project does not run; tests/unit/store/test_calculator.py
pins `tools.calculator` to the outputs of tau's own code instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

TauDatabase = dict[str, dict[str, Any]]

USER_NOT_FOUND = "Error: user not found"
ORDER_NOT_FOUND = "Error: order not found"
PRODUCT_NOT_FOUND = "Error: product not found"
TRANSFERRED = "Transfer successful"


def find_user_id_by_email(data: TauDatabase, email: str) -> str:
    for user_id, profile in data["users"].items():
        if profile["email"].lower() == email.lower():
            return user_id
    return USER_NOT_FOUND


def find_user_id_by_name_zip(data: TauDatabase, first_name: str, last_name: str, zip: str) -> str:
    for user_id, profile in data["users"].items():
        if (
            profile["name"]["first_name"].lower() == first_name.lower()
            and profile["name"]["last_name"].lower() == last_name.lower()
            and profile["address"]["zip"] == zip
        ):
            return user_id
    return USER_NOT_FOUND


def get_user_details(data: TauDatabase, user_id: str) -> str:
    return json.dumps(data["users"][user_id]) if user_id in data["users"] else USER_NOT_FOUND


def get_order_details(data: TauDatabase, order_id: str) -> str:
    return json.dumps(data["orders"][order_id]) if order_id in data["orders"] else ORDER_NOT_FOUND


def get_product_details(data: TauDatabase, product_id: str) -> str:
    return json.dumps(data["products"][product_id]) if product_id in data["products"] else PRODUCT_NOT_FOUND


def list_all_product_types(data: TauDatabase) -> str:
    types = {product["name"]: product["product_id"] for product in data["products"].values()}
    return json.dumps(dict(sorted(types.items())))


def think(data: TauDatabase, thought: str) -> str:
    return ""


def transfer_to_human_agents(data: TauDatabase, summary: str) -> str:
    return TRANSFERRED


REFERENCE_READS: dict[str, Callable[..., str]] = {
    fn.__name__: fn
    for fn in (
        find_user_id_by_email,
        find_user_id_by_name_zip,
        get_user_details,
        get_order_details,
        get_product_details,
        list_all_product_types,
        think,
        transfer_to_human_agents,
    )
}


def reference_read(data: TauDatabase, name: str, kwargs: dict[str, Any]) -> str:
    """What tau's environment answers, including its text for a call with the wrong arguments."""
    try:
        return REFERENCE_READS[name](data, **kwargs)
    except Exception as error:  # tau's env.step turns any exception of a tool into this observation
        return f"Error: {error}"
