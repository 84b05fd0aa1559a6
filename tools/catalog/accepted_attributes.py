"""Accepted attribute suggestions in the search index: added to a product's points beside the catalog's values.

Only the payload changes (Qdrant `set_payload`); no vector is re-embedded. The catalog's own filter fields are
kept in the point as `catalog_fields`, so applying again (after another accept or a reject) starts from them,
and an import or reindex that rewrites a point simply drops what was added until `sync_accepted` runs again.
What is added: each accepted value under its search name in `attributes` and `attribute_keys` (filters
`SearchFilters.attributes`), a gender where the catalog has none, category levels for an accepted category.
A colour read from one photo is added only to the point (product colour) that photo shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel
from qdrant_client import models
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tools.catalog.index import CatalogIndex
from tools.catalog.records import attribute_key, clean_value
from tools.store.attribute_reviews import accepted_suggestions
from tools.store.engine import read_session

SEARCH_NAME = {"style_general": "style", "style_bottom": "style", "color": "colour"}  # reader name -> filter name
PER_PHOTO = frozenset({"colour", "dominant_colour", "secondary_colour"})  # what one colour's photo shows
CATALOG_FIELDS = ("attributes", "attribute_keys", "gender", "category_levels", "category_names")
SNAPSHOT, ACCEPTED = "catalog_fields", "accepted_attributes"
_PAGE = 256


class AcceptedValue(BaseModel):
    """One accepted suggestion as search needs it (`AttributeSuggestionView` has these fields)."""

    attribute: str
    value: str
    photo: str | None = None


def search_name(attribute: str) -> str:
    return SEARCH_NAME.get(attribute, attribute)


def point_payload(catalog: Mapping[str, Any], accepted: Sequence[AcceptedValue], image_path: str | None
                  ) -> dict[str, Any]:
    """The payload fields of one point: its catalog fields with the accepted values that apply to it added."""
    attributes = {name: list(values) for name, values in (catalog.get("attributes") or {}).items()}
    keys = list(catalog.get("attribute_keys") or [])
    gender = catalog.get("gender") or ""
    levels, names = list(catalog.get("category_levels") or []), list(catalog.get("category_names") or [])
    shown: dict[str, list[str]] = {}
    for item in accepted:
        name, value = search_name(item.attribute), clean_value(item.value)
        if not value or (name in PER_PHOTO and item.photo and item.photo != image_path):
            continue
        shown.setdefault(name, []).append(value)
        if name == "gender":
            gender = gender or value.lower()  # the catalog's own gender is never replaced
        elif name == "category":
            parts = [part for part in value.split("/") if part]
            _extend(levels, ["/".join(parts[: i + 1]).lower() for i in range(len(parts))])
            _extend(names, [part.lower() for part in parts])
        else:
            if value.lower() not in {v.lower() for v in attributes.get(name, [])}:
                attributes.setdefault(name, []).append(value)
            _extend(keys, [attribute_key(name, value)])
    return {"attributes": attributes, "attribute_keys": keys, "gender": gender, "category_levels": levels,
            "category_names": names, ACCEPTED: shown, SNAPSHOT: {field: catalog.get(field) for field in CATALOG_FIELDS}}


def _extend(target: list[str], values: Iterable[str]) -> None:
    target.extend(value for value in values if value not in target)


def apply_accepted(index: CatalogIndex, product_id: str, accepted: Sequence[AcceptedValue]) -> int:
    """Rewrite the accepted part of every point of one product (none accepted: back to the catalog's fields).
    Returns the number of points changed; a product not in the index changes nothing."""
    changed = 0
    for point in _points_of(index, product_id):
        payload = point.payload or {}
        catalog = payload.get(SNAPSHOT) or {field: payload.get(field) for field in CATALOG_FIELDS}
        index.client.set_payload(index.collection, payload=point_payload(catalog, accepted, payload.get("image_path")),
                                 points=[point.id], wait=True)
        changed += 1
    return changed


def sync_accepted(index: CatalogIndex, accepted_by_product: Mapping[str, Sequence[AcceptedValue]]) -> int:
    """Apply every product's accepted values (after an import or reindex rewrote the points)."""
    return sum(apply_accepted(index, product_id, values) for product_id, values in accepted_by_product.items())


def _points_of(index: CatalogIndex, product_id: str) -> list[models.Record]:
    if not index.client.collection_exists(index.collection):
        return []
    only = models.Filter(must=[models.FieldCondition(key="product_id", match=models.MatchValue(value=product_id))])
    found: list[models.Record] = []
    offset = None
    while True:
        points, offset = index.client.scroll(index.collection, scroll_filter=only, limit=_PAGE, offset=offset,
                                             with_payload=[*CATALOG_FIELDS, SNAPSHOT, "image_path"],
                                             with_vectors=False)
        found.extend(points)
        if offset is None:
            return found


async def sync_from_store(session_factory: async_sessionmaker[AsyncSession], index: CatalogIndex,
                          product_skus: Sequence[str] | None = None) -> int:
    """Apply what the store says was accepted (for `product_skus`, else every product with an accepted value);
    a listed product with nothing accepted left goes back to its catalog fields. Returns the points changed."""
    async with read_session(session_factory) as session:
        accepted = await accepted_suggestions(session, product_skus)
    wanted = list(product_skus) if product_skus is not None else list(accepted)
    return sync_accepted(index, {sku: [AcceptedValue.model_validate(view, from_attributes=True)
                                       for view in accepted.get(sku, [])] for sku in wanted})
