"""Maps tau-retail action names and kwargs onto Vitrine's tools, called as the task's verified customer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import BaseModel

from tools import arguments, customers, orders
from tools.confirmations import ProposedAction, record_confirmation
from tools.context import ToolContext
from tools.errors import NotAuthorized

WriteTool = Callable[..., Awaitable[BaseModel]]

WRITES: dict[str, tuple[type[arguments.ToolArguments], WriteTool]] = {
    "cancel_pending_order": (arguments.CancelPendingOrder, orders.cancel_pending_order),
    "modify_pending_order_address": (
        arguments.ModifyPendingOrderAddress,
        orders.modify_pending_order_address,
    ),
    "modify_pending_order_payment": (
        arguments.ModifyPendingOrderPayment,
        orders.modify_pending_order_payment,
    ),
    "modify_pending_order_items": (arguments.ModifyPendingOrderItems, orders.modify_pending_order_items),
    "return_delivered_order_items": (
        arguments.ReturnDeliveredOrderItems,
        orders.return_delivered_order_items,
    ),
    "exchange_delivered_order_items": (
        arguments.ExchangeDeliveredOrderItems,
        orders.exchange_delivered_order_items,
    ),
    "modify_user_address": (arguments.ModifyCustomerAddress, customers.modify_customer_address),
}
# Actions that change nothing in the store.
NO_STATE_CHANGE = {"transfer_to_human_agents", "think", "calculate"}


async def perform_confirmed(ctx: ToolContext, name: str, kwargs: dict[str, Any]) -> BaseModel:
    """Validate the action's arguments, record the customer's yes for it, then run the write."""
    args_type, tool = WRITES[name]
    kwargs = dict(kwargs)
    user_id = kwargs.pop("user_id", None)
    if user_id is not None and user_id != ctx.customer_id():
        raise NotAuthorized("another customer's profile")
    args = args_type.model_validate(kwargs)
    token = await record_confirmation(ctx, ProposedAction.of(name, args))
    return await tool(ctx, args, confirmation=token)
