"""tau-retail write actions mapped onto Vitrine's write tools, called as the conversation's verified customer."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from tools.confirmations import ProposedAction, record_confirmation
from tools.context import ToolContext
from tools.errors import NotAuthorized
from tools.registry import TOOLS

# tau's name → Vitrine's tool. The customer's yes is recorded under Vitrine's name, the one the tool redeems.
WRITES: dict[str, str] = {
    "cancel_pending_order": "cancel_pending_order",
    "modify_pending_order_address": "modify_pending_order_address",
    "modify_pending_order_payment": "modify_pending_order_payment",
    "modify_pending_order_items": "modify_pending_order_items",
    "return_delivered_order_items": "return_delivered_order_items",
    "exchange_delivered_order_items": "exchange_delivered_order_items",
    "modify_user_address": "modify_customer_address",
}


async def perform_confirmed(ctx: ToolContext, name: str, kwargs: dict[str, Any]) -> BaseModel:
    """Validate the action's arguments, record the customer's yes for it, then run the write."""
    spec = TOOLS[WRITES[name]]
    kwargs = dict(kwargs)
    user_id = kwargs.pop("user_id", None)
    if user_id is not None and user_id != ctx.customer_id():
        raise NotAuthorized("another customer's profile")
    args = spec.arguments.model_validate(kwargs)
    token = await record_confirmation(ctx, ProposedAction.of(spec.name, args))
    result: BaseModel = await spec.run(ctx, args, {"confirmation": token})
    return result
