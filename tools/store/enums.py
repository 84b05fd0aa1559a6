"""Closed sets of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum as SAEnum


class OrderStatus(StrEnum):
    PENDING = "pending"
    PROCESSED = "processed"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    PENDING_ITEM_MODIFIED = "pending (item modified)"
    RETURN_REQUESTED = "return requested"
    EXCHANGE_REQUESTED = "exchange requested"


class PaymentSource(StrEnum):
    CREDIT_CARD = "credit_card"
    GIFT_CARD = "gift_card"
    PAYPAL = "paypal"


class TransactionType(StrEnum):
    PAYMENT = "payment"
    REFUND = "refund"


class AdjustmentKind(StrEnum):
    """A change requested on an order after it was placed."""

    ITEM_MODIFICATION = "item_modification"
    RETURN = "return"
    EXCHANGE = "exchange"


class TicketStatus(StrEnum):
    OPEN = "open"
    ESCALATED = "escalated"
    RESOLVED = "resolved"


class TicketCategory(StrEnum):
    SHIPPING_DAMAGE = "shipping_damage"
    PRODUCT_DEFECT = "product_defect"
    WRONG_ITEM = "wrong_item"
    WRONG_COLOUR_OR_SIZE = "wrong_colour_or_size"
    MISSING_PARTS = "missing_parts"
    NOT_A_PROBLEM = "not_a_problem"
    ORDER_CHANGE = "order_change"
    OTHER = "other"


class EscalationReason(StrEnum):
    """Why a ticket went to a person: the customer asked, or the system decided (and on what grounds)."""

    CUSTOMER_REQUEST = "customer_request"
    LOW_CONFIDENCE = "low_confidence"
    POLICY = "policy"
    DISSATISFACTION = "dissatisfaction"

    @property
    def by_customer(self) -> bool:
        return self is EscalationReason.CUSTOMER_REQUEST


class TicketPriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class TicketEventKind(StrEnum):
    CREATED = "created"
    NOTE = "note"
    CUSTOMER_MESSAGE = "customer_message"
    AGENT_REPLY = "agent_reply"
    ESCALATED = "escalated"
    ASSIGNED = "assigned"
    HANDED_BACK = "handed_back"
    RESOLVED = "resolved"
    REOPENED = "reopened"


class ActorKind(StrEnum):
    CUSTOMER = "customer"
    AGENT = "agent"
    SYSTEM = "system"
    ANONYMOUS = "anonymous"


def enum_column(enum_type: type[StrEnum], name: str) -> SAEnum:
    """A portable enum column: VARCHAR plus a CHECK constraint holding the values."""
    return SAEnum(
        enum_type,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class SuggestionStatus(StrEnum):
    """Where an attribute read from a product's photos stands with the people who review it."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"  # a newer model version replaced it before anyone reviewed it

    @property
    def reviewed(self) -> bool:
        return self in (SuggestionStatus.ACCEPTED, SuggestionStatus.REJECTED)
