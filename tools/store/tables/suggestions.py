"""Attribute values read from product photos, waiting beside the catalog's own attributes for a person's review."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tools.store.base import Base, utcnow
from tools.store.enums import SuggestionStatus, enum_column


class AttributeSuggestion(Base):
    """One suggested value of one attribute of one product (`style_general` = `Hoodie`, confidence 0.93).

    A product's catalog attributes (`products.attributes`) are never written from here; an accepted
    suggestion stays in this table and is read beside them.
    """

    __tablename__ = "attribute_suggestions"
    __table_args__ = (UniqueConstraint("product_id", "attribute", "value_key",
                                       name="uq_attribute_suggestions_product_attribute_value"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    attribute: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(String(200))
    value_key: Mapped[str] = mapped_column(String(200))  # the value lower-cased and trimmed: one row per value
    confidence: Mapped[float] = mapped_column(Float)
    photo: Mapped[str | None] = mapped_column(String(300))
    model_version: Mapped[str] = mapped_column(String(100))
    status: Mapped[SuggestionStatus] = mapped_column(
        enum_column(SuggestionStatus, "suggestion_status"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    reviewed_by: Mapped[str | None] = mapped_column(String(100))
    reviewed_at: Mapped[datetime | None]
