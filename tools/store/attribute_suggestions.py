"""Recording attribute suggestions read from product photos (`vitrine catalog enrich --apply`), idempotently.

The rules, per product and attribute:
- the same model version recorded again changes nothing (no duplicate rows);
- a suggestion of another model version replaces the still-pending suggestions of that attribute (the last
  recorded version wins; a pending value it does not repeat is marked superseded, kept for the record);
- a reviewed suggestion (accepted or rejected) is never changed by recording: a new value for that
  attribute becomes a new pending suggestion beside it, the same value is left as the reviewer decided.
The catalog's own attributes (`products.attributes`) are never touched. Review is `attribute_reviews.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tools.store.enums import SuggestionStatus
from tools.store.tables import AttributeSuggestion, Product

_IN_CHUNK = 500  # ids per IN (...) list


class AttributeSuggestionIn(BaseModel):
    """One value the photo reader suggests for one attribute of one product.

    `product_sku` is the store's product id (the Magento configurable or gear sku); `attribute` a Magento CSV
    name (`style_general`, `style_bottom`, `pattern`) or `category`, `gender`, `gear_category`, `sleeve`,
    `dominant_colour`...; `photo` the catalog image path it was read from, as the variants store it
    (`m/h/mh01-black_main.jpg`): the desk shows it, and search adds a colour only to that photo's colour.
    """

    product_sku: str = Field(min_length=1, max_length=64, examples=["MH01", "24-MB01"])
    attribute: str = Field(min_length=1, max_length=64, examples=["style_general", "pattern", "gender"])
    value: str = Field(min_length=1, max_length=200, examples=["Hoodie", "Striped"])
    confidence: float = Field(ge=0.0, le=1.0)
    photo: str | None = Field(default=None, max_length=300, examples=["m/h/mh01-gray_main.jpg"])
    model_version: str = Field(min_length=1, max_length=100, examples=["enrich-clip-head-v1"])

    @property
    def value_key(self) -> str:
        return value_key(self.value)


class AttributeSuggestionView(BaseModel):
    """A stored suggestion as listings and the desk show it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    product_sku: str = Field(validation_alias="product_id")
    attribute: str
    value: str
    confidence: float
    photo: str | None
    model_version: str
    status: SuggestionStatus
    created_at: datetime
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None


class RecordedCounts(BaseModel):
    """What recording a batch of suggestions did, so a caller can say it honestly: `read` suggestions came
    in; `merged` of them repeated a product, attribute and value already in the batch (several photos or
    colourways suggesting one value: one row, the highest confidence); of the distinct rest, `new` rows were
    added, `replaced` updated an older model version's pending row, `unchanged` were already recorded (same
    model version) or already decided by a reviewer."""

    read: int = 0
    merged: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0

    @property
    def written(self) -> int:
        return self.new + self.replaced


class UnknownProducts(LookupError):
    """Suggestions name products the store does not hold (import the catalog first)."""

    def __init__(self, skus: Sequence[str]) -> None:
        shown = ", ".join(skus[:10]) + (" …" if len(skus) > 10 else "")
        super().__init__(f"{len(skus)} product(s) not in the store: {shown}")
        self.skus = list(skus)


def value_key(value: str) -> str:
    """What makes two spellings one value: case and surrounding/double spaces ignored."""
    return " ".join(value.split()).lower()


async def record_suggestions(session: AsyncSession, suggestions: list[AttributeSuggestionIn]) -> int:
    """Store suggestions under the rules above; returns how many rows were written (new, or replacing an
    older model version's pending one). Raises `UnknownProducts` (and writes nothing) for skus not in the
    store. Several photos suggesting one value count once, with their highest confidence."""
    return (await record_suggestions_counted(session, suggestions)).written


async def record_suggestions_counted(session: AsyncSession, suggestions: list[AttributeSuggestionIn]
                                     ) -> RecordedCounts:
    """`record_suggestions`, saying how many came in, were merged, added, replaced and left unchanged."""
    incoming = _strongest(suggestions)
    counts = RecordedCounts(read=len(suggestions), merged=len(suggestions) - len(incoming))
    if not incoming:
        return counts
    skus = sorted({item.product_sku for item in incoming})
    await _check_products(session, skus)
    existing = await _existing(session, skus)
    now = datetime.now(UTC)
    by_attribute: dict[tuple[str, str], list[AttributeSuggestionIn]] = {}
    for item in incoming:
        by_attribute.setdefault((item.product_sku, item.attribute), []).append(item)
    for (sku, attribute), items in by_attribute.items():
        rows = {row.value_key: row for row in existing.get((sku, attribute), [])}
        _supersede(rows.values(), items, now)
        for item in items:
            outcome = _write(session, rows.get(item.value_key), item, now)
            setattr(counts, outcome, getattr(counts, outcome) + 1)
    await session.flush()
    return counts


def _strongest(suggestions: Iterable[AttributeSuggestionIn]) -> list[AttributeSuggestionIn]:
    best: dict[tuple[str, str, str], AttributeSuggestionIn] = {}
    for item in suggestions:
        key = (item.product_sku, item.attribute, item.value_key)
        if key not in best or item.confidence > best[key].confidence:
            best[key] = item
    return list(best.values())


async def _check_products(session: AsyncSession, skus: list[str]) -> None:
    known: set[str] = set()
    for start in range(0, len(skus), _IN_CHUNK):
        chunk = skus[start : start + _IN_CHUNK]
        known.update(await session.scalars(select(Product.id).where(Product.id.in_(chunk))))
    missing = [sku for sku in skus if sku not in known]
    if missing:
        raise UnknownProducts(missing)


async def _existing(session: AsyncSession, skus: list[str]) -> dict[tuple[str, str], list[AttributeSuggestion]]:
    found: dict[tuple[str, str], list[AttributeSuggestion]] = {}
    for start in range(0, len(skus), _IN_CHUNK):
        chunk = skus[start : start + _IN_CHUNK]
        rows = await session.scalars(select(AttributeSuggestion).where(AttributeSuggestion.product_id.in_(chunk)))
        for row in rows:
            found.setdefault((row.product_id, row.attribute), []).append(row)
    return found


def _supersede(rows: Iterable[AttributeSuggestion], items: list[AttributeSuggestionIn], now: datetime) -> None:
    """Pending values of another model version that the new suggestions do not repeat give way to them."""
    versions = {item.model_version for item in items}
    repeated = {item.value_key for item in items}
    for row in rows:
        if row.status is SuggestionStatus.PENDING and row.model_version not in versions \
                and row.value_key not in repeated:
            row.status = SuggestionStatus.SUPERSEDED
            row.updated_at = now


def _write(session: AsyncSession, row: AttributeSuggestion | None, item: AttributeSuggestionIn, now: datetime
           ) -> Literal["new", "replaced", "unchanged"]:
    if row is None:
        session.add(AttributeSuggestion(
            product_id=item.product_sku, attribute=item.attribute, value=item.value.strip(),
            value_key=item.value_key, confidence=item.confidence, photo=item.photo,
            model_version=item.model_version, status=SuggestionStatus.PENDING, created_at=now, updated_at=now,
        ))
        return "new"
    if row.status.reviewed:
        return "unchanged"  # a person decided on this value; recording never changes that
    if row.status is SuggestionStatus.PENDING and row.model_version == item.model_version:
        return "unchanged"  # the same model version again: nothing new
    row.value, row.confidence, row.photo = item.value.strip(), item.confidence, item.photo
    row.model_version, row.status, row.updated_at = item.model_version, SuggestionStatus.PENDING, now
    return "replaced"
