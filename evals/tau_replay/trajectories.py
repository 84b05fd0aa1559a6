"""Write-only tasks turned into the shape of a tau-bench trajectory, so every read tool is replayed too.

The train and dev files list only writes. A real trajectory first verifies the customer, reads their
profile, reads each order before changing it and the products of any swap, works out the price difference,
and often reads the order again afterwards. Adding those reads leaves the task's final state as it is.
"""

from __future__ import annotations

from typing import Any

from evals.tau_replay.reference import TauDatabase
from evals.tau_replay.tasks import GoldAction, ReplayTask

SWAPS = {"modify_pending_order_items", "exchange_delivered_order_items"}


def _verification(user: dict[str, Any], by_name: bool) -> GoldAction:
    if by_name:
        kwargs = {
            "first_name": user["name"]["first_name"],
            "last_name": user["name"]["last_name"],
            "zip": user["address"]["zip"],
        }
        return GoldAction(name="find_user_id_by_name_zip", kwargs=kwargs)
    return GoldAction(name="find_user_id_by_email", kwargs={"email": user["email"]})


def _price(data: TauDatabase, order: dict[str, Any], item_id: str, new_item_id: str | None) -> str:
    item = next(i for i in order["items"] if i["item_id"] == item_id)
    if new_item_id is None:
        return str(item["price"])
    new_price = data["products"][item["product_id"]]["variants"][new_item_id]["price"]
    return f"({new_price} - {item['price']})"


def _reads_before(data: TauDatabase, write: GoldAction) -> list[GoldAction]:
    order_id = write.kwargs.get("order_id")
    if order_id is None:
        return []
    reads = [GoldAction(name="get_order_details", kwargs={"order_id": order_id})]
    order = data["orders"].get(order_id)
    item_ids = write.kwargs.get("item_ids") or []
    if order is None or not item_ids:
        return reads
    by_item = {item["item_id"]: item["product_id"] for item in order["items"]}
    products = sorted({by_item[i] for i in item_ids if i in by_item})
    reads += [GoldAction(name="get_product_details", kwargs={"product_id": p}) for p in products]
    new_item_ids = write.kwargs.get("new_item_ids") or [None] * len(item_ids)
    if all(i in by_item for i in item_ids) and len(new_item_ids) == len(item_ids):
        terms = [_price(data, order, old, new) for old, new in zip(item_ids, new_item_ids, strict=True)]
        reads.append(GoldAction(name="calculate", kwargs={"expression": " + ".join(terms)}))
    return reads


def with_tau_reads(task: ReplayTask, data: TauDatabase, *, by_name: bool = False) -> ReplayTask:
    """The task with a trajectory's reads around its writes; `data` is the database it starts from."""
    user = data["users"][task.user_id]
    actions = [
        _verification(user, by_name),
        GoldAction(name="get_user_details", kwargs={"user_id": task.user_id}),
        GoldAction(name="list_all_product_types", kwargs={}),
    ]
    for write in task.actions:
        actions += _reads_before(data, write)
        if write.name in SWAPS:
            actions.append(GoldAction(name="think", kwargs={"thought": "Same product, available variants."}))
        actions.append(write)
        if "order_id" in write.kwargs and not write.error:
            actions.append(GoldAction(name="get_order_details", kwargs={"order_id": write.kwargs["order_id"]}))
    actions.append(GoldAction(name="get_user_details", kwargs={"user_id": task.user_id}))
    return task.model_copy(update={"actions": actions})
