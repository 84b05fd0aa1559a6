"""The read side of tau-retail conformance: for every user, order and product of the database, Vitrine's read
tools (as the replay calls them) answer exactly what tau-bench's read tools answer over the original JSON."""

from __future__ import annotations

import json
from typing import Any

from evals.tau_replay.reads import READS, answer_difference
from evals.tau_replay.reference import (
    ORDER_NOT_FOUND,
    PRODUCT_NOT_FOUND,
    USER_NOT_FOUND,
    TauDatabase,
    reference_read,
)
from tests.conftest import Store, tau_retail_dir
from tools.context import Actor, ToolContext
from tools.store.tau_import import read_tau_retail

TAU = read_tau_retail(tau_retail_dir())


class ReadCheck:
    """Ask Vitrine and tau the same read; keep every difference."""

    def __init__(self, session: Any, data: TauDatabase) -> None:
        self.session, self.data = session, data
        self.asked = 0
        self.differences: list[str] = []

    async def __call__(self, as_customer: str | None, name: str, **kwargs: Any) -> str:
        actor = Actor.customer(as_customer) if as_customer else Actor.anonymous()
        ours = await READS[name](ToolContext(self.session, actor), kwargs)
        theirs = reference_read(self.data, name, kwargs)
        if difference := answer_difference(ours, theirs):
            self.differences.append(f"{name}({kwargs}): {difference}")
        self.asked += 1
        return ours


async def test_every_user_order_and_product_reads_as_tau_reads_it(store: Store) -> None:
    async with store.sessions() as session:
        check = ReadCheck(session, TAU)
        for user_id, user in TAU["users"].items():
            name, zip_code = user["name"], user["address"]["zip"]
            assert await check(None, "find_user_id_by_email", email=user["email"].upper()) == user_id
            await check(
                None,
                "find_user_id_by_name_zip",
                first_name=name["first_name"],
                last_name=name["last_name"],
                zip=zip_code,
            )
            await check(user_id, "get_user_details", user_id=user_id)
        for order_id, order in TAU["orders"].items():
            await check(order["user_id"], "get_order_details", order_id=order_id)
        for product_id in TAU["products"]:
            await check(None, "get_product_details", product_id=product_id)
        await check(None, "list_all_product_types")
    assert check.differences == []
    assert check.asked == 3 * 500 + 1_000 + 50 + 1


async def test_missing_records_answer_taus_error_strings(store: Store) -> None:
    someone = next(iter(TAU["users"]))
    async with store.sessions() as session:
        check = ReadCheck(session, TAU)
        assert await check(None, "find_user_id_by_email", email="nobody@example.com") == USER_NOT_FOUND
        assert await check(None, "find_user_id_by_name_zip", first_name="No", last_name="Body", zip="00000") == (
            USER_NOT_FOUND
        )
        assert await check("nobody_0000", "get_user_details", user_id="nobody_0000") == USER_NOT_FOUND
        assert await check(someone, "get_order_details", order_id="#W0000000") == ORDER_NOT_FOUND
        assert await check(None, "get_product_details", product_id="0000000000") == PRODUCT_NOT_FOUND
        assert await check(None, "think", thought="Check the order first.") == ""
        assert await check(None, "transfer_to_human_agents", summary="Wants a human.") == "Transfer successful"
    assert check.differences == []


async def test_another_customers_records_stay_out_of_reach(store: Store) -> None:
    """Where Vitrine differs from tau on purpose: it reads only the verified customer's profile and orders."""
    sofia, ethan, ethans_order = "sofia_rossi_8776", "ethan_lopez_6291", "#W6779827"
    async with store.sessions() as session:
        check = ReadCheck(session, TAU)
        assert await check(sofia, "get_user_details", user_id=ethan) == USER_NOT_FOUND
        assert await check(sofia, "get_order_details", order_id=ethans_order) == ORDER_NOT_FOUND
        assert await check(None, "get_order_details", order_id=ethans_order) == ORDER_NOT_FOUND
        own = json.loads(await check(ethan, "get_order_details", order_id=ethans_order))
    assert own["user_id"] == ethan
    assert len(check.differences) == 3  # tau, which has no customer scope, returns the three records
