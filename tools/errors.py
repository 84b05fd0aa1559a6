"""Domain errors raised by the tools; the assistant turns them into customer-facing messages in one place."""

from __future__ import annotations

import re


class ToolError(Exception):
    """Base class: a refusal the caller can act on. `str(error)` is English for logs, agents and the model;
    `code` (snake_case, by default the class name's) and `facts` are what the assistant words for a customer
    in the customer's language (assistant/refusals.py)."""

    def __init__(self, message: str, *, code: str | None = None, facts: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code or re.sub(r"(?<!^)(?=[A-Z])", "_", type(self).__name__).lower()
        self.facts = dict(facts or {})


class NotFound(ToolError):
    pass


class OrderNotFound(NotFound):
    def __init__(self, order_id: str) -> None:
        super().__init__(f"order {order_id} not found", facts={"order_id": order_id})
        self.order_id = order_id


class CustomerNotFound(NotFound):
    def __init__(self) -> None:
        super().__init__("customer not found")


class ProductNotFound(NotFound):
    def __init__(self, product_id: str) -> None:
        super().__init__(f"product {product_id} not found")


class TicketNotFound(NotFound):
    def __init__(self, ticket_id: int) -> None:
        super().__init__(f"ticket {ticket_id} not found")


class PaymentMethodNotFound(NotFound):
    def __init__(self, payment_method_id: str) -> None:
        super().__init__(f"payment method {payment_method_id} not found")


class PolicyViolation(ToolError):
    """The request is understood but the shop's policy does not allow it (state unchanged)."""


class TicketLimitReached(PolicyViolation):
    """A customer opened as many tickets as the window allows; what they send goes onto an open one instead."""

    def __init__(self, limit: int, hours: int) -> None:
        super().__init__(f"a customer may open {limit} tickets in {hours} h", facts={"limit": str(limit)})


class CalculationError(ToolError):
    """An expression the calculator cannot evaluate; the text is the one tau-bench's `calculate` gives."""


class NotConfirmed(ToolError):
    """A write arrived without a recorded, unexpired, matching confirmation from the customer."""

    def __init__(self, action: str) -> None:
        super().__init__(f"{action} needs the customer's explicit confirmation first")
        self.action = action


class NotAuthorized(ToolError):
    def __init__(self, what: str) -> None:
        super().__init__(f"not allowed: {what}")


class TicketConflict(ToolError):
    """Someone else changed the ticket since it was read; reload and retry."""

    def __init__(self, ticket_id: int) -> None:
        super().__init__(f"ticket {ticket_id} was changed by someone else; reload it and try again")
        self.ticket_id = ticket_id
