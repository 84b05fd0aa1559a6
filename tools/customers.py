"""Finding and verifying customers, reading their profile and changing their default address."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from tools.arguments import FindCustomerByEmail, FindCustomerByNameZip, ModifyCustomerAddress
from tools.audit import record_audit
from tools.confirmations import ProposedAction, run_confirmed
from tools.context import ToolContext
from tools.errors import CustomerNotFound
from tools.store.tables import Customer, Order
from tools.store.tau_import import ADDRESS_FIELDS
from tools.views import CustomerMatch, CustomerView


async def find_customer_by_email(ctx: ToolContext, args: FindCustomerByEmail) -> CustomerMatch:
    customer_id = await ctx.session.scalar(
        select(Customer.id).where(func.lower(Customer.email) == args.email.strip().lower())
    )
    if customer_id is None:
        raise CustomerNotFound()
    return CustomerMatch(customer_id=customer_id)


async def find_customer_by_name_zip(ctx: ToolContext, args: FindCustomerByNameZip) -> CustomerMatch:
    customer_id = await ctx.session.scalar(
        select(Customer.id)
        .where(
            func.lower(Customer.first_name) == args.first_name.strip().lower(),
            func.lower(Customer.last_name) == args.last_name.strip().lower(),
            Customer.zip == args.zip.strip(),
        )
        .order_by(Customer.id)
        .limit(1)
    )
    if customer_id is None:
        raise CustomerNotFound()
    return CustomerMatch(customer_id=customer_id)


async def _load_customer(ctx: ToolContext, *, for_update: bool = False) -> Customer:
    query = (
        select(Customer)
        .where(Customer.id == ctx.customer_id())
        .options(selectinload(Customer.payment_methods))
        .execution_options(populate_existing=True)
    )
    customer = await ctx.session.scalar(query.with_for_update(of=Customer) if for_update else query)
    if customer is None:
        raise CustomerNotFound()
    return customer


async def get_customer_details(ctx: ToolContext) -> CustomerView:
    """The verified customer's profile, saved payment methods and order ids."""
    customer = await _load_customer(ctx)
    order_ids = await ctx.session.scalars(
        select(Order.id).where(Order.customer_id == customer.id).order_by(Order.customer_seq)
    )
    return CustomerView.of(customer, list(order_ids))


async def modify_customer_address(
    ctx: ToolContext, args: ModifyCustomerAddress, *, confirmation: str | None
) -> CustomerView:
    async def perform() -> CustomerView:
        customer = await _load_customer(ctx, for_update=True)
        for field in ADDRESS_FIELDS:
            setattr(customer, field, getattr(args, field))
        record_audit(ctx, action="modify_customer_address", subject_type="customer", subject_id=customer.id)
        await ctx.session.flush()
        return await get_customer_details(ctx)

    return await run_confirmed(
        ctx, ProposedAction.of("modify_customer_address", args), confirmation, perform, CustomerView
    )
