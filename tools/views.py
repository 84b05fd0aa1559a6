"""What the tools return: typed, JSON-ready views of store records (money in cents)."""

from __future__ import annotations

from typing import Any, Self

from pydantic import BaseModel, ConfigDict

from tools.store.enums import AdjustmentKind, OrderStatus, PaymentSource, TransactionType
from tools.store.tables import Customer, Order, OrderAdjustment, Product, Variant


class RecordView(BaseModel):
    """A view whose fields are read from the record's attributes of the same names."""

    model_config = ConfigDict(from_attributes=True)

    @classmethod
    def of(cls, record: Any) -> Self:
        return cls.model_validate(record)


class AddressView(RecordView):
    address1: str
    address2: str
    city: str
    state: str
    country: str
    zip: str


class OrderItemView(RecordView):
    item_id: str
    product_id: str
    name: str
    price_cents: int
    options: dict[str, Any]


class FulfilmentView(RecordView):
    tracking_ids: list[str]
    item_ids: list[str]


class PaymentView(RecordView):
    transaction_type: TransactionType
    amount_cents: int
    payment_method_id: str
    adjustment_id: int | None = None  # the item change this payment or refund settles, if any


class AdjustmentLineView(RecordView):
    """One item of a change, in the order the customer asked for it, with the prices as charged then."""

    old_item_id: str
    old_price_cents: int
    new_item_id: str | None = None
    new_price_cents: int | None = None


class AdjustmentView(BaseModel):
    # Defaults on the fields added later keep outcomes stored before them readable (tools.idempotency).
    id: int | None = None
    kind: AdjustmentKind
    item_ids: list[str]
    new_item_ids: list[str]
    payment_method_id: str
    price_difference_cents: int
    lines: list[AdjustmentLineView] = []

    @classmethod
    def of(cls, adjustment: OrderAdjustment) -> AdjustmentView:
        return cls(
            id=adjustment.id,
            kind=adjustment.kind,
            item_ids=sorted(line.old_item_id for line in adjustment.lines),
            new_item_ids=sorted(line.new_item_id for line in adjustment.lines if line.new_item_id),
            payment_method_id=adjustment.payment_method_id,
            price_difference_cents=adjustment.price_difference_cents,
            lines=[AdjustmentLineView.of(line) for line in adjustment.lines],
        )


class OrderView(BaseModel):
    order_id: str
    customer_id: str | None = None  # None only in outcomes stored before the field existed
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
            customer_id=order.customer_id,
            status=order.status,
            address=AddressView.of(order),
            items=[OrderItemView.of(item) for item in order.items],
            fulfilments=[FulfilmentView.of(fulfilment) for fulfilment in order.fulfilments],
            payment_history=[PaymentView.of(transaction) for transaction in order.transactions],
            cancel_reason=order.cancel_reason,
            adjustments=[AdjustmentView.of(a) for a in order.adjustments],
        )


class OrderSummary(BaseModel):
    order_id: str
    status: OrderStatus
    item_count: int
    total_cents: int


class PaymentMethodView(RecordView):
    id: str
    source: PaymentSource
    brand: str | None = None
    last_four: str | None = None
    balance_cents: int | None = None


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
