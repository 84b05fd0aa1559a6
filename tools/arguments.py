"""Argument schemas of the agent tools. Their docstrings and field descriptions are the model's contract."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints


def _with_hash(order_id: str) -> str:
    return order_id if order_id.startswith("#") else f"#{order_id}"


OrderId = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^#?[A-Za-z0-9]{1,31}$"),
    AfterValidator(_with_hash),
    Field(description="The order id, such as '#W0000000'. Note the '#' at the start."),
]
ItemId = Annotated[
    str,
    StringConstraints(min_length=1, max_length=64),
    Field(description="An item (variant) id, such as '1008292230' or 'MH01-XS-Black'."),
]
PaymentMethodId = Annotated[
    str,
    StringConstraints(min_length=1, max_length=64),
    Field(description="A saved payment method id, such as 'gift_card_0000000' or 'credit_card_0000000'."),
]


class ToolArguments(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Address(ToolArguments):
    address1: str = Field(min_length=1, max_length=200, description="First line, such as '123 Main St'.")
    address2: str = Field(default="", max_length=200, description="Second line, such as 'Apt 1' or ''.")
    city: str = Field(min_length=1, max_length=100, description="The city, such as 'San Francisco'.")
    state: str = Field(min_length=1, max_length=100, description="The state or province, such as 'CA'.")
    country: str = Field(min_length=1, max_length=100, description="The country, such as 'USA'.")
    zip: str = Field(min_length=1, max_length=20, description="The zip code, such as '12345'.")


class FindCustomerByEmail(ToolArguments):
    """Find a customer's id by email. Use this first to verify who the customer is."""

    email: str = Field(min_length=3, max_length=254, description="Such as 'jane.doe1234@example.com'.")


class FindCustomerByNameZip(ToolArguments):
    """Find a customer's id by first name, last name and zip code, when they cannot give their email."""

    first_name: str = Field(min_length=1, max_length=100, description="Such as 'John'.")
    last_name: str = Field(min_length=1, max_length=100, description="Such as 'Doe'.")
    zip: str = Field(min_length=1, max_length=20, description="Such as '12345'.")


class NoArguments(ToolArguments):
    """This tool takes no arguments."""


class OrderReference(ToolArguments):
    """Look up one order of the verified customer."""

    order_id: OrderId


class ProductReference(ToolArguments):
    """Look up a product and its variants (options, price, availability)."""

    product_id: str = Field(min_length=1, max_length=64, description="Such as '6086499569' or 'MH01'.")


class Calculate(ToolArguments):
    """Calculate the result of an arithmetic expression, rounded to two decimals."""

    expression: str = Field(
        max_length=500,
        description="Such as '2 + 2' or '(79.99 - 12.5) * 2': numbers, + - * /, parentheses and spaces.",
    )


class CancelPendingOrder(ToolArguments):
    """Cancel a pending order. Processed or delivered orders cannot be cancelled. Explain the cancellation
    and ask the customer for an explicit yes before calling. Gift-card payments are refunded at once;
    other refunds take 5-7 business days."""

    order_id: OrderId
    reason: Literal["no longer needed", "ordered by mistake"] = Field(
        description="Either 'no longer needed' or 'ordered by mistake'."
    )


class ModifyPendingOrderAddress(Address):
    """Change the shipping address of a pending order. Explain the change, ask for an explicit yes first."""

    order_id: OrderId


class ModifyPendingOrderPayment(ToolArguments):
    """Pay a pending order with another saved payment method; the old one is refunded. Explain the change
    and ask for an explicit yes first."""

    order_id: OrderId
    payment_method_id: PaymentMethodId


class ModifyPendingOrderItems(ToolArguments):
    """Swap items of a pending order for other available variants of the same product. Allowed once per
    order. Explain the swap and the price difference and ask for an explicit yes first."""

    order_id: OrderId
    item_ids: list[ItemId] = Field(min_length=1, description="Items to change; duplicates allowed.")
    new_item_ids: list[ItemId] = Field(min_length=1, description="Replacement item at the same position.")
    payment_method_id: PaymentMethodId


class ReturnDeliveredOrderItems(ToolArguments):
    """Request a return of items of a delivered order; the refund goes to the original payment method or a
    gift card. Explain the return and ask for an explicit yes first."""

    order_id: OrderId
    item_ids: list[ItemId] = Field(min_length=1, description="Items to return; duplicates allowed.")
    payment_method_id: PaymentMethodId


class ExchangeDeliveredOrderItems(ToolArguments):
    """Exchange items of a delivered order for other available variants of the same product. A delivered
    order can be returned or exchanged once. Explain the exchange and ask for an explicit yes first."""

    order_id: OrderId
    item_ids: list[ItemId] = Field(min_length=1, description="Items to exchange; duplicates allowed.")
    new_item_ids: list[ItemId] = Field(min_length=1, description="Replacement item at the same position.")
    payment_method_id: PaymentMethodId


class ModifyCustomerAddress(Address):
    """Change the verified customer's default address. Explain the change, ask for an explicit yes first."""
