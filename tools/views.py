"""What the tools return: typed, JSON-ready views of store records (money in cents)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from tools.store.enums import AdjustmentKind, OrderStatus, PaymentSource, TransactionType
from tools.store.tables import Customer, Order, OrderAdjustment, PaymentMethod, Product, Variant
from tools.store.tau_import import ADDRESS_FIELDS


class AddressView(BaseModel):
    address1: str
    address2: str
    city: str
    state: str
    country: str
    zip: str

    @classmethod
    def of(cls, row: Any) -> AddressView:
        return cls(**{field: getattr(row, field) for field in ADDRESS_FIELDS})


class OrderItemView(BaseModel):
    item_id: str
    product_id: str
    name: str
    price_cents: int
    options: dict[str, Any]


class FulfilmentView(BaseModel):
    tracking_ids: list[str]
    item_ids: list[str]


class PaymentView(BaseModel):
    transaction_type: TransactionType
    amount_cents: int
    payment_method_id: str


class AdjustmentView(BaseModel):
    kind: AdjustmentKind
    item_ids: list[str]
    new_item_ids: list[str]
    payment_method_id: str
    price_difference_cents: int

    @classmethod
    def of(cls, adjustment: OrderAdjustment) -> AdjustmentView:
        return cls(
            kind=adjustment.kind,
            item_ids=sorted(line.old_item_id for line in adjustment.lines),
            new_item_ids=sorted(line.new_item_id for line in adjustment.lines if line.new_item_id),
            payment_method_id=adjustment.payment_method_id,
            price_difference_cents=adjustment.price_difference_cents,
        )


class OrderView(BaseModel):
    order_id: str
    status: OrderStatus
    address: AddressView
    items: list[OrderItemView]
    fulfilments: list[FulfilmentView]
    payment_history: list[PaymentView]
    cancel_reason: str | None = None
    adjustments: list[AdjustmentView] = []

    @classmethod
    def of(cls, order: Order) -> OrderView:
        return cls(
            order_id=order.id,
            status=order.status,
            address=AddressView.of(order),
            items=[
                OrderItemView(
                    item_id=i.item_id,
                    product_id=i.product_id,
                    name=i.name,
                    price_cents=i.price_cents,
                    options=i.options,
                )
                for i in order.items
            ],
            fulfilments=[
                FulfilmentView(tracking_ids=f.tracking_ids, item_ids=f.item_ids) for f in order.fulfilments
            ],
            payment_history=[
                PaymentView(
                    transaction_type=t.transaction_type,
                    amount_cents=t.amount_cents,
                    payment_method_id=t.payment_method_id,
                )
                for t in order.transactions
            ],
            cancel_reason=order.cancel_reason,
            adjustments=[AdjustmentView.of(a) for a in order.adjustments],
        )


class OrderSummary(BaseModel):
    order_id: str
    status: OrderStatus
    item_count: int
    total_cents: int


class PaymentMethodView(BaseModel):
    id: str
    source: PaymentSource
    brand: str | None = None
    last_four: str | None = None
    balance_cents: int | None = None

    @classmethod
    def of(cls, method: PaymentMethod) -> PaymentMethodView:
        return cls(
            id=method.id,
            source=method.source,
            brand=method.brand,
            last_four=method.last_four,
            balance_cents=method.balance_cents,
        )


class CustomerView(BaseModel):
    customer_id: str
    first_name: str
    last_name: str
    email: str
    address: AddressView
    payment_methods: list[PaymentMethodView]
    order_ids: list[str]

    @classmethod
    def of(cls, customer: Customer, order_ids: list[str]) -> CustomerView:
        return cls(
            customer_id=customer.id,
            first_name=customer.first_name,
            last_name=customer.last_name,
            email=customer.email,
            address=AddressView.of(customer),
            payment_methods=[PaymentMethodView.of(m) for m in customer.payment_methods],
            order_ids=order_ids,
        )


class CustomerMatch(BaseModel):
    customer_id: str


class VariantView(BaseModel):
    item_id: str
    sku: str | None
    options: dict[str, Any]
    price_cents: int
    available: bool
    images: list[str] = []

    @classmethod
    def of(cls, variant: Variant) -> VariantView:
        return cls(
            item_id=variant.item_id,
            sku=variant.sku,
            options=variant.options,
            price_cents=variant.price_cents,
            available=variant.available,
            images=variant.images or [],
        )


class ReviewView(BaseModel):
    rating: int | None
    title: str | None
    body: str


class ProductView(BaseModel):
    product_id: str
    name: str
    category_path: str | None
    description: str | None
    attributes: dict[str, Any] = {}
    variants: list[VariantView]
    reviews: list[ReviewView] = []

    @classmethod
    def of(cls, product: Product, reviews: list[ReviewView] | None = None) -> ProductView:
        return cls(
            product_id=product.id,
            name=product.name,
            category_path=product.category_path,
            description=product.description,
            attributes=product.attributes or {},
            variants=[VariantView.of(v) for v in product.variants],
            reviews=reviews or [],
        )


class ProductType(BaseModel):
    product_id: str
    name: str
