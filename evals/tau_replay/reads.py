"""tau-retail read actions answered by Vitrine's own read tools (tools.registry), written as tau writes them.

tau's reads take any user id; Vitrine reads only the verified customer's profile and orders, and answers
"not found" for anyone else's, as its tools do. A gold trajectory that reads another customer's records
therefore shows up as a difference.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import ValidationError

from evals.tau_replay import records
from evals.tau_replay.reference import ORDER_NOT_FOUND, PRODUCT_NOT_FOUND, TRANSFERRED, USER_NOT_FOUND
from tools.context import ToolContext
from tools.errors import CalculationError, NotAuthorized, NotFound
from tools.registry import TOOLS

VitrineRead = Callable[[ToolContext, dict[str, Any]], Awaitable[str]]
NOT_FOUND = (NotFound, NotAuthorized, ValidationError)


async def _run(ctx: ToolContext, tool: str, kwargs: dict[str, Any]) -> Any:
    spec = TOOLS[tool]
    return await spec.run(ctx, spec.arguments.model_validate(kwargs), {})


def _is_verified(ctx: ToolContext, user_id: Any) -> bool:
    try:
        return ctx.customer_id() == user_id
    except NotAuthorized:
        return False


async def find_user_id_by_email(ctx: ToolContext, kwargs: dict[str, Any]) -> str:
    try:
        return str((await _run(ctx, "find_customer_by_email", kwargs)).customer_id)
    except NOT_FOUND:
        return USER_NOT_FOUND


async def find_user_id_by_name_zip(ctx: ToolContext, kwargs: dict[str, Any]) -> str:
    try:
        return str((await _run(ctx, "find_customer_by_name_zip", kwargs)).customer_id)
    except NOT_FOUND:
        return USER_NOT_FOUND


async def get_user_details(ctx: ToolContext, kwargs: dict[str, Any]) -> str:
    if set(kwargs) != {"user_id"} or not _is_verified(ctx, kwargs["user_id"]):
        return USER_NOT_FOUND
    try:
        return json.dumps(records.tau_user(await _run(ctx, "get_customer_details", {})))
    except NOT_FOUND:
        return USER_NOT_FOUND


async def get_order_details(ctx: ToolContext, kwargs: dict[str, Any]) -> str:
    try:
        return json.dumps(records.tau_order(await _run(ctx, "get_order_details", kwargs)))
    except NOT_FOUND:
        return ORDER_NOT_FOUND


async def get_product_details(ctx: ToolContext, kwargs: dict[str, Any]) -> str:
    try:
        return json.dumps(records.tau_product(await _run(ctx, "get_product_details", kwargs)))
    except NOT_FOUND:
        return PRODUCT_NOT_FOUND


async def list_all_product_types(ctx: ToolContext, kwargs: dict[str, Any]) -> str:
    return json.dumps(records.tau_product_types(await _run(ctx, "list_product_types", kwargs)))


async def calculate(ctx: ToolContext, kwargs: dict[str, Any]) -> str:
    try:
        return str((await _run(ctx, "calculate", kwargs)).result)
    except (CalculationError, ValidationError) as error:
        return f"Error: {error}"


async def think(ctx: ToolContext, kwargs: dict[str, Any]) -> str:
    return ""  # the model's scratchpad: no tool in Vitrine, nothing read


async def transfer_to_human_agents(ctx: ToolContext, kwargs: dict[str, Any]) -> str:
    return TRANSFERRED  # the handoff step opens a desk ticket, which tau's database does not hold


READS: dict[str, VitrineRead] = {
    fn.__name__: fn
    for fn in (
        find_user_id_by_email,
        find_user_id_by_name_zip,
        get_user_details,
        get_order_details,
        get_product_details,
        list_all_product_types,
        calculate,
        think,
        transfer_to_human_agents,
    )
}


def _parsed(answer: str) -> Any:
    return json.loads(answer) if answer[:1] in ("{", "[") else answer


def _same_scalar(ours: Any, theirs: Any) -> bool:
    if isinstance(ours, bool) or isinstance(theirs, bool):
        return type(ours) is type(theirs) and ours == theirs
    if isinstance(ours, int | float) and isinstance(theirs, int | float):
        return ours == theirs  # JSON has one number type: 25 and 25.0 are the same value
    return type(ours) is type(theirs) and ours == theirs


def _difference(ours: Any, theirs: Any, path: str) -> str | None:
    if isinstance(ours, dict) and isinstance(theirs, dict):
        for key in sorted(set(ours) | set(theirs)):
            if key not in ours:
                return f"{path}.{key} is missing"
            if key not in theirs:
                return f"{path}.{key} is not in tau's record"
            if found := _difference(ours[key], theirs[key], f"{path}.{key}"):
                return found
        return None
    if isinstance(ours, list) and isinstance(theirs, list):
        if len(ours) != len(theirs):
            return f"{path} has {len(ours)} entries, tau's {len(theirs)}"
        return next(
            (d for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if (d := _difference(a, b, f"{path}[{i}]"))),
            None,
        )
    return None if _same_scalar(ours, theirs) else f"{path or 'answer'} is {ours!r}, tau's is {theirs!r}"


def answer_difference(ours: str, theirs: str) -> str | None:
    """None when the two answers are the same JSON value (or the same text); else where they first differ."""
    return _difference(_parsed(ours), _parsed(theirs), "")
