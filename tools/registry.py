"""Every tool as an agent tool: pydantic argument schema, READ/WRITE tag, audience, one error boundary."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any, cast

from pydantic import BaseModel, TypeAdapter, ValidationError

from tools import arguments as a
from tools import calculator, customers, orders, products, tickets
from tools import ticket_views as t
from tools.context import ToolContext
from tools.errors import ToolError


class ToolKind(StrEnum):
    READ = "read"
    WRITE = "write"


class Audience(StrEnum):
    VERIFICATION = "verification"  # before the customer is known
    CUSTOMER = "customer"
    DESK = "desk"
    PUBLIC = "public"


Runner = Callable[[ToolContext, Any, dict[str, Any]], Awaitable[Any]]

# Evals set a list here to record the tool calls of a turn (name, arguments, ok); None (the default) records
# nothing. A contextvar, so concurrent conversations each see only their own list.
tool_call_recorder: ContextVar[list[dict[str, Any]] | None] = ContextVar("tool_call_recorder", default=None)


@dataclass(frozen=True)
class ToolSpec:
    name: str
    arguments: type[BaseModel]
    kind: ToolKind
    audience: Audience
    run: Runner

    @property
    def description(self) -> str:
        return " ".join((self.arguments.__doc__ or "").split())

    def json_schema(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "parameters": self.arguments.model_json_schema(),
        }


class ToolResult(BaseModel):
    """What a tool call gives back to the agent: data, or an error message it can relay."""

    tool: str
    ok: bool
    data: Any = None
    error: str | None = None  # English, for the model, logs and agents
    error_code: str | None = None  # what went wrong, for a customer-facing message (assistant/refusals.py)
    error_facts: dict[str, str] = {}


def _confirmed(fn: Callable[..., Awaitable[Any]]) -> Runner:
    return lambda ctx, args, extra: fn(ctx, args, confirmation=extra.get("confirmation"))


def _pure(fn: Callable[[Any], Any]) -> Runner:
    async def run(_ctx: ToolContext, args: Any, _extra: dict[str, Any]) -> Any:
        return fn(args)

    return run


def _spec(name: str, args: type[BaseModel], kind: ToolKind, audience: Audience, run: Runner) -> ToolSpec:
    return ToolSpec(name, args, kind, audience, run)


R, W = ToolKind.READ, ToolKind.WRITE
V, C, D, P = Audience.VERIFICATION, Audience.CUSTOMER, Audience.DESK, Audience.PUBLIC
TOOLS: dict[str, ToolSpec] = {
    spec.name: spec
    for spec in [
        _spec(
            "find_customer_by_email",
            a.FindCustomerByEmail,
            R,
            V,
            lambda ctx, args, _: customers.find_customer_by_email(ctx, args),
        ),
        _spec(
            "find_customer_by_name_zip",
            a.FindCustomerByNameZip,
            R,
            V,
            lambda ctx, args, _: customers.find_customer_by_name_zip(ctx, args),
        ),
        _spec(
            "get_customer_details",
            a.NoArguments,
            R,
            C,
            lambda ctx, _, __: customers.get_customer_details(ctx),
        ),
        _spec("list_orders", a.NoArguments, R, C, lambda ctx, _, __: orders.list_orders(ctx)),
        _spec(
            "get_order_details",
            a.OrderReference,
            R,
            C,
            lambda ctx, args, _: orders.get_order_details(ctx, args),
        ),
        _spec(
            "get_product_details",
            a.ProductReference,
            R,
            P,
            lambda ctx, args, _: products.get_product_details(ctx, args),
        ),
        _spec("list_product_types", a.NoArguments, R, P, lambda ctx, _, __: products.list_product_types(ctx)),
        _spec("calculate", a.Calculate, R, P, _pure(calculator.calculate)),
        _spec("cancel_pending_order", a.CancelPendingOrder, W, C, _confirmed(orders.cancel_pending_order)),
        _spec(
            "modify_pending_order_address",
            a.ModifyPendingOrderAddress,
            W,
            C,
            _confirmed(orders.modify_pending_order_address),
        ),
        _spec(
            "modify_pending_order_payment",
            a.ModifyPendingOrderPayment,
            W,
            C,
            _confirmed(orders.modify_pending_order_payment),
        ),
        _spec(
            "modify_pending_order_items",
            a.ModifyPendingOrderItems,
            W,
            C,
            _confirmed(orders.modify_pending_order_items),
        ),
        _spec(
            "return_delivered_order_items",
            a.ReturnDeliveredOrderItems,
            W,
            C,
            _confirmed(orders.return_delivered_order_items),
        ),
        _spec(
            "exchange_delivered_order_items",
            a.ExchangeDeliveredOrderItems,
            W,
            C,
            _confirmed(orders.exchange_delivered_order_items),
        ),
        _spec(
            "modify_customer_address",
            a.ModifyCustomerAddress,
            W,
            C,
            _confirmed(customers.modify_customer_address),
        ),
        _spec(
            "open_ticket",
            t.OpenTicket,
            W,
            C,
            lambda ctx, args, extra: tickets.open_ticket(ctx, args, action_id=extra["action_id"]),
        ),
        _spec(
            "escalate_ticket",
            t.EscalateTicket,
            W,
            C,
            lambda ctx, args, _: tickets.escalate_ticket(ctx, args.ticket_id, args.reason,
                                                         because=args.escalation_reason),
        ),
        _spec(
            "get_ticket",
            t.TicketReference,
            R,
            C,
            lambda ctx, args, _: tickets.get_ticket(ctx, args.ticket_id),
        ),
        _spec(
            "add_ticket_event",
            t.AddTicketEvent,
            W,
            C,
            lambda ctx, args, _: tickets.add_ticket_event(ctx, args.ticket_id, args.kind, args.body),
        ),
        _spec("list_tickets", t.TicketFilter, R, D, lambda ctx, args, _: tickets.list_tickets(ctx, args)),
        _spec(
            "assign_ticket",
            t.AssignTicket,
            W,
            D,
            lambda ctx, args, _: tickets.assign_ticket(
                ctx, args.ticket_id, args.assignee, expected_version=args.expected_version
            ),
        ),
        _spec(
            "resolve_ticket",
            t.ResolveTicket,
            W,
            D,
            lambda ctx, args, _: tickets.resolve_ticket(
                ctx, args.ticket_id, args.resolution, expected_version=args.expected_version
            ),
        ),
        _spec(
            "hand_back_ticket",
            t.HandBackTicket,
            W,
            D,
            lambda ctx, args, _: tickets.hand_back_ticket(
                ctx, args.ticket_id, expected_version=args.expected_version
            ),
        ),
    ]
}


@cache
def _adapter(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(kind)  # building one costs far more than using it


def _jsonable(value: Any) -> Any:
    return _adapter(cast(Hashable, type(value))).dump_python(value, mode="json")


async def invoke_tool(
    name: str,
    ctx: ToolContext,
    raw_arguments: dict[str, Any],
    *,
    allowed: set[str] | None = None,
    **extra: Any,
) -> ToolResult:
    """Validate arguments, run the tool (a write in a savepoint), and turn refusals into error results.

    `allowed` is the calling step's allowlist; a tool outside it is refused before anything runs.
    """
    result = await _invoke(name, ctx, raw_arguments, allowed, extra)
    if (recorder := tool_call_recorder.get()) is not None:
        recorder.append({"name": name, "arguments": dict(raw_arguments), "ok": result.ok, "error": result.error})
    return result


async def _invoke(
    name: str, ctx: ToolContext, raw_arguments: dict[str, Any], allowed: set[str] | None, extra: dict[str, Any]
) -> ToolResult:
    if name not in TOOLS or (allowed is not None and name not in allowed):
        return ToolResult(tool=name, ok=False, error=f"tool {name} is not available here", error_code="unavailable")
    spec = TOOLS[name]
    try:
        args = spec.arguments.model_validate(raw_arguments)
    except ValidationError as error:
        return ToolResult(
            tool=name,
            ok=False,
            error_code="invalid_arguments",
            error=f"invalid arguments: {error.error_count()} problem(s): "
            + "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()),
        )
    try:
        if spec.kind is ToolKind.READ:  # nothing to undo, so no savepoint (two fewer round trips)
            data = await spec.run(ctx, args, extra)
        else:
            async with ctx.session.begin_nested():
                data = await spec.run(ctx, args, extra)
    except ToolError as error:
        return ToolResult(tool=name, ok=False, error=str(error), error_code=error.code, error_facts=error.facts)
    return ToolResult(tool=name, ok=True, data=_jsonable(data))
