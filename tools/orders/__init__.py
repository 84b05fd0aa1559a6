"""Order self-service over the store, scoped to the authenticated customer (tau-bench retail semantics)."""

from tools.orders.item_changes import exchange_delivered_order_items, modify_pending_order_items
from tools.orders.pending import (
    cancel_pending_order,
    modify_pending_order_address,
    modify_pending_order_payment,
)
from tools.orders.reads import get_order_details, list_orders
from tools.orders.returns import return_delivered_order_items

__all__ = [
    "cancel_pending_order",
    "exchange_delivered_order_items",
    "get_order_details",
    "list_orders",
    "modify_pending_order_address",
    "modify_pending_order_items",
    "modify_pending_order_payment",
    "return_delivered_order_items",
]
