"""Every table of the store; importing this module fills `Base.metadata` for Alembic."""

from tools.store.tables.accounts import Account
from tools.store.tables.accounts import AccountRole as AccountRole  # an enum, so not in __all__ (tables only)
from tools.store.tables.catalog import Product, ProductReview, Variant
from tools.store.tables.customers import Customer, GiftCardMovement, PaymentMethod
from tools.store.tables.orders import (
    AdjustmentLine,
    Fulfilment,
    Order,
    OrderAdjustment,
    OrderItem,
    PaymentTransaction,
)
from tools.store.tables.records import AuditEvent, Confirmation, IdempotencyRecord
from tools.store.tables.sessions import RevokedToken, VerificationAttempt
from tools.store.tables.suggestions import AttributeSuggestion
from tools.store.tables.tickets import Ticket, TicketEvent

__all__ = [
    "Account",
    "AdjustmentLine",
    "AttributeSuggestion",
    "AuditEvent",
    "Confirmation",
    "Customer",
    "Fulfilment",
    "GiftCardMovement",
    "IdempotencyRecord",
    "Order",
    "OrderAdjustment",
    "OrderItem",
    "PaymentMethod",
    "PaymentTransaction",
    "Product",
    "ProductReview",
    "RevokedToken",
    "Ticket",
    "TicketEvent",
    "Variant",
    "VerificationAttempt",
]
