"""Check a blind set's expected writes against the data, without running the assistant.

Every case must load with the suite models; every expected write call must name an order of the signed-in
customer in the status the tool needs, item ids of that order (in the order's own order), new variants of the
same product that exist (and are available, for tau-retail), and one of the customer's payment methods.

    PYTHONPATH=$PWD python evals/blind/check_against_data.py evals/blind/conversations-v2
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

from evals.conversations.suite import Case, load_cases
from tools.demo_shop import DEMO_CUSTOMERS

TAU = Path("data/tau-retail")
CATALOG = Path("data/demo-catalog/ConfigurableSampleData__products.csv")
NEEDED_STATUS = {"cancel_pending_order": "pending", "modify_pending_order_items": "pending",
                 "modify_pending_order_address": "pending", "return_delivered_order_items": "delivered",
                 "exchange_delivered_order_items": "delivered"}

OrderBook = dict[str, tuple[str, list[str]]]


def _customers() -> dict[str, tuple[OrderBook, set[str]]]:
    users = json.loads((TAU / "users.json").read_text())
    orders = json.loads((TAU / "orders.json").read_text())
    book = {uid: ({o: (orders[o]["status"], [i["item_id"] for i in orders[o]["items"]]) for o in u["orders"]},
                  set(u["payment_methods"])) for uid, u in users.items()}
    for demo in DEMO_CUSTOMERS:
        book[demo.id] = ({o.order_id: (o.status.value, o.skus) for o in demo.orders},
                         {m["id"] for m in demo.payment_methods})
    return book


def _variant_products() -> tuple[dict[str, str], set[str]]:
    products = json.loads((TAU / "products.json").read_text())
    owner = {vid: pid for pid, p in products.items() for vid in p["variants"]}
    available = {vid for p in products.values() for vid, v in p["variants"].items() if v["available"]}
    with CATALOG.open() as rows:
        for row in csv.DictReader(rows):
            if row["product_type"] == "simple":
                owner[row["sku"]] = row["sku"].split("-")[0]
                available.add(row["sku"])
    return owner, available


def case_problems(case: Case, book: dict[str, tuple[OrderBook, set[str]]], owner: dict[str, str],
                  available: set[str]) -> list[str]:
    if not case.expect.actions:
        return []
    orders, methods = book.get(case.user.customer or "", ({}, set()))
    problems = []
    for call in case.expect.actions.calls:
        if call.name not in NEEDED_STATUS:  # account-level tools have no order to check
            continue
        args = call.arguments
        order_id = args.get("order_id")
        if order_id not in orders:
            problems.append(f"{case.id}: {order_id} is not {case.user.customer}'s")
            continue
        status, items = orders[order_id]
        if NEEDED_STATUS[call.name] != status:
            problems.append(f"{case.id}: {order_id} is {status}, {call.name} needs {NEEDED_STATUS[call.name]}")
        wanted = args.get("item_ids", [])
        if [i for i in items if i in wanted] != wanted:
            problems.append(f"{case.id}: item ids {wanted} are not items of {order_id} in its order")
        for old, new in zip(wanted, args.get("new_item_ids", []), strict=False):
            if owner.get(new) != owner.get(old) or new not in available:
                problems.append(f"{case.id}: {new} is not an available variant of {old}'s product")
        if "payment_method_id" in args and args["payment_method_id"] not in methods:
            problems.append(f"{case.id}: {args['payment_method_id']} is not {case.user.customer}'s")
    return problems


def main(target: str) -> int:
    cases = load_cases(Path(target))
    book = _customers()
    owner, available = _variant_products()
    problems = [p for case in cases for p in case_problems(case, book, owner, available)]
    print(f"{len(cases)} cases: {dict(Counter(c.suite for c in cases))}")
    print("\n".join(problems) or "every expected write matches the data")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
