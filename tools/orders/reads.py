"""Reading the verified customer's orders."""

from __future__ import annotations

from sqlalchemy import bindparam, func, select

from tools.arguments import OrderReference
from tools.context import ToolContext
from tools.orders.loading import load_customer_order
from tools.store.tables import Order, OrderItem
from tools.views import OrderSummary, OrderView


async def get_order_details(ctx: ToolContext, args: OrderReference) -> OrderView:
    """Status, items, tracking and payments of one of the customer's orders."""
    return OrderView.of(await load_customer_order(ctx, args.order_id))


# Built once with the customer as a bind parameter (every order turn lists the orders): SQLAlchemy memoises a
# statement's cache key on the statement object, so a select rebuilt per call re-derives it (tools/orders/loading.py).
CUSTOMER_ORDER_SUMMARIES = (
    select(
        Order.id,
        Order.status,
        func.count(OrderItem.id),
        func.coalesce(func.sum(OrderItem.price_cents), 0),
    )
    .join(OrderItem, OrderItem.order_id == Order.id, isouter=True)
    .where(Order.customer_id == bindparam("customer_id"))
    .group_by(Order.id, Order.status, Order.customer_seq)
    .order_by(Order.customer_seq)
)


async def list_orders(ctx: ToolContext) -> list[OrderSummary]:
    """The customer's orders, newest listed last as the shop keeps them."""
    rows = await ctx.session.execute(CUSTOMER_ORDER_SUMMARIES, {"customer_id": ctx.customer_id()})
    return [
        OrderSummary(order_id=order_id, status=status, item_count=count, total_cents=total)
        for order_id, status, count, total in rows
    ]
