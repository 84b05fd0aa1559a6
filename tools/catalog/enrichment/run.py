"""Reading every photo of chosen catalog products: the suggestions per product, with a progress callback."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel

from tools.catalog.colour_model import ColourModel
from tools.catalog.efficientnet_lite import EfficientNetLite0
from tools.catalog.enrichment.heads import EnrichmentHeads, shipped_heads
from tools.catalog.enrichment.reader import Suggestion, read_product
from tools.catalog.records import ProductRecord

NO_COLOUR = "-"


class ProductSuggestions(BaseModel):
    product_id: str
    photos: int
    suggestions: list[Suggestion]


def colourways(product: ProductRecord, image_root: Path) -> dict[str, list[tuple[str, Path]]]:
    """Colour -> its photos (each view once, in catalog order), those present under `image_root`."""
    found: dict[str, list[tuple[str, Path]]] = {}
    seen: set[str] = set()
    for variant in product.variants:
        for image in variant.images:
            path = image_root / image.lstrip("/")
            if image not in seen and path.is_file():
                seen.add(image)
                found.setdefault(variant.options.get("color") or NO_COLOUR, []).append((image, path))
    return found


def photo_count(product: ProductRecord, image_root: Path) -> int:
    return sum(len(photos) for photos in colourways(product, image_root).values())


def enrich_products(
    products: Sequence[ProductRecord],
    image_root: Path,
    *,
    heads: EnrichmentHeads | None = None,
    colour_model: ColourModel | None = None,
    network: EfficientNetLite0 | None = None,
    advance: Callable[[int], None] = lambda photos: None,
) -> list[ProductSuggestions]:
    """Suggestions for each product that has photos; `advance(n)` is called after each product's n photos."""
    heads = heads or shipped_heads()
    results = []
    for product in products:
        ways = colourways(product, image_root)
        count = sum(len(photos) for photos in ways.values())
        if count:
            suggestions = read_product(ways, heads=heads, colour_model=colour_model, network=network)
            results.append(ProductSuggestions(product_id=product.id, photos=count, suggestions=suggestions))
        advance(count)
    return results
