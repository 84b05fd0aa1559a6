"""Product search over the catalog index: text, photo, or photo refined by text; filters; RRF fusion."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from pydantic import BaseModel, Field
from qdrant_client import models

from tools.catalog.index import IMAGE, LEXICAL, TEXT, CatalogIndex
from tools.catalog.left_out import Region, left_out
from tools.catalog.lexical import query_vector
from tools.catalog.photos import ImageInput
from tools.catalog.records import attribute_key


class Channel(StrEnum):
    """The rankings a search can fuse: dense text, lexical (sparse) and photo."""

    DENSE = "dense"
    LEXICAL = "lexical"
    PHOTO = "photo"


ALL_CHANNELS = frozenset(Channel)
CANDIDATES_PER_RESULT = 4  # colours fetched per requested product, before grouping by product
PHOTO_WEIGHT = 2.0
REFINEMENT_TEXT_WEIGHT = 0.5


class SearchFilters(BaseModel):
    """Optional constraints; every one given must hold. Category matches any level (`Men`, `Men/Tops`)."""

    category: str | None = Field(default=None, examples=["Women/Bottoms/Pants", "Gear/Bags"])
    colour: str | None = Field(default=None, examples=["Black"])
    size: str | None = Field(default=None, description="a size that must be in stock", examples=["M", "32"])
    gender: str | None = Field(default=None, examples=["Men", "Women"])
    min_price_cents: int | None = Field(default=None, ge=0)
    max_price_cents: int | None = Field(default=None, ge=0)
    colours: list[str] = Field(default_factory=list, description="any of these colours", examples=[["Blue"]])
    exclude_colours: list[str] = Field(default_factory=list, examples=[["Black"]])
    categories: list[str] = Field(default_factory=list, description="any of these category names, any level",
                                  examples=[["jackets"], ["tanks", "bras & tanks"]])
    attributes: dict[str, list[str]] = Field(
        default_factory=dict, description="per attribute, any of these values; every attribute given must hold",
        examples=[{"climate": ["Cold", "Wintry"], "activity": ["Hiking"]}])
    exclude_categories: list[str] = Field(default_factory=list, description="no product of these categories",
                                          examples=[["shorts"]])
    exclude_attributes: dict[str, list[str]] = Field(
        default_factory=dict, description="no product with any of these values", examples=[{"material": ["Wool"]}])


class ProductCard(BaseModel):
    """One search hit: a product in one colour, with the variant skus of that colour and its photo."""

    product_id: str
    name: str
    colour: str | None
    category_path: str | None
    price_cents: int
    image_path: str | None
    score: float
    matched_skus: list[str]
    sizes_in_stock: list[str] = Field(default_factory=list)
    attributes: dict[str, list[str]] = Field(default_factory=dict)
    gender: str | None = Field(default=None, description="men or women (lower case), as indexed; None for both")


def search_products(
    index: CatalogIndex,
    *,
    text: str | None = None,
    image: ImageInput | None = None,
    filters: SearchFilters | None = None,
    limit: int = 10,
    group_by_product: bool = True,
    channels: frozenset[Channel] = ALL_CHANNELS,
    ignore_regions: Sequence[Region] | None = None,
) -> list[ProductCard]:
    """Find products from a text, a photo, or both ("like this but more formal").

    Dense text, lexical and photo rankings are fused with reciprocal-rank fusion inside Qdrant; results
    are grouped so each product appears once (its best-matching colour), unless `group_by_product` is off.
    `channels` narrows the fused rankings (e.g. lexical only), for diagnosis and evaluation.
    `ignore_regions`: boxes of the photo (its own pixels) that must not count, e.g. what redaction masked (a
    face, a label) on a customer's photo while the catalog's views keep theirs: filled from their surroundings
    before the photo is embedded (`left_out.py`).
    """
    if not text and image is None:
        raise ValueError("search needs a text, a photo, or both")
    if image is not None and ignore_regions:
        image = left_out(image, ignore_regions)[0]
    weighted = _prefetches(index, text, image, limit * CANDIDATES_PER_RESULT, channels)
    if not weighted:
        return []
    prefetches = [prefetch for prefetch, _weight in weighted]
    query_filter = build_filter(filters)
    fetch = limit * CANDIDATES_PER_RESULT if group_by_product else limit
    if len(prefetches) == 1:
        only = prefetches[0]
        response = index.client.query_points(
            index.collection,
            query=only.query,
            using=only.using,
            query_filter=query_filter,
            limit=fetch,
            with_payload=True,
        )
    else:
        response = index.client.query_points(
            index.collection,
            prefetch=[p.model_copy(update={"filter": query_filter}) for p in prefetches],
            query=models.RrfQuery(rrf=models.Rrf(weights=[weight for _prefetch, weight in weighted])),
            limit=fetch,
            with_payload=True,
        )
    cards = [_card(point) for point in response.points]
    if group_by_product:
        cards = list({card.product_id: card for card in reversed(cards)}.values())[::-1]
        cards.sort(key=lambda card: -card.score)
    return cards[:limit]


def _prefetches(
    index: CatalogIndex, text: str | None, image: ImageInput | None, depth: int, channels: frozenset[Channel]
) -> list[tuple[models.Prefetch, float]]:
    # With a photo, the photo leads and the text refines (weights 2 : 0.5 : 0.5); text alone weighs evenly.
    text_weight = REFINEMENT_TEXT_WEIGHT if image is not None else 1.0
    prefetches = []
    if image is not None and Channel.PHOTO in channels:
        # The `image` field is a multi-vector (one per catalog view): a one-vector query scores each colour
        # by its closest view.
        photo = [index.embedders.image.embed_images([image])[0].tolist()]
        prefetches.append((models.Prefetch(query=photo, using=IMAGE, limit=depth), PHOTO_WEIGHT))
    if text:
        if Channel.DENSE in channels:
            dense = index.embedders.text.embed_texts([text])[0].tolist()
            prefetches.append((models.Prefetch(query=dense, using=TEXT, limit=depth), text_weight))
        lexical = query_vector(text)
        if lexical.indices and Channel.LEXICAL in channels:
            prefetches.append((models.Prefetch(query=lexical, using=LEXICAL, limit=depth), text_weight))
        if index.embedders.image.supports_text and Channel.PHOTO in channels:
            # A CLIP-family image embedder also places texts among photos: search the photos by text.
            cross = [index.embedders.image.embed_texts([text])[0].tolist()]
            prefetches.append((models.Prefetch(query=cross, using=IMAGE, limit=depth), text_weight))
    return prefetches


def build_filter(filters: SearchFilters | None) -> models.Filter | None:
    """The Qdrant filter for a set of search filters (None when nothing is constrained)."""
    if filters is None:
        return None
    must: list[models.Condition] = []
    keyword = {
        "category_levels": filters.category,
        "sizes_in_stock": filters.size,
        "gender": filters.gender,
    }
    if filters.colour:
        must.append(_colour_is([filters.colour]))
    for key, value in keyword.items():
        if value:
            normalised = value if key == "sizes_in_stock" else value.strip().lower()
            must.append(models.FieldCondition(key=key, match=models.MatchValue(value=normalised)))
    if filters.min_price_cents is not None or filters.max_price_cents is not None:
        must.append(
            models.FieldCondition(
                key="price_cents",
                range=models.Range(gte=filters.min_price_cents, lte=filters.max_price_cents),
            )
        )
    must += _any_of_conditions(filters)
    must_not: list[models.Condition] = []
    if filters.exclude_colours:
        must_not.append(_colour_is(filters.exclude_colours))
    if filters.exclude_categories:
        names = [name.strip().lower() for name in filters.exclude_categories]
        must_not.append(models.FieldCondition(key="category_names", match=models.MatchAny(any=names)))
    ruled_out = [attribute_key(name, value) for name, values in filters.exclude_attributes.items() for value in values]
    if ruled_out:
        must_not.append(models.FieldCondition(key="attribute_keys", match=models.MatchAny(any=ruled_out)))
    return models.Filter(must=must or None, must_not=must_not or None) if must or must_not else None


# A point's colour: the catalog's own (`colour_key`), or one an agent accepted from its photo (catalog enrichment,
# tools/catalog/accepted_attributes.py), so an accepted colour changes what a colour search finds.
ACCEPTED_COLOUR_ATTRIBUTES = ("colour", "dominant_colour")


def _colour_is(colours: list[str]) -> models.Filter:
    wanted = [colour.strip().lower() for colour in colours]
    accepted = [attribute_key(name, colour) for name in ACCEPTED_COLOUR_ATTRIBUTES for colour in wanted]
    return models.Filter(should=[models.FieldCondition(key="colour_key", match=models.MatchAny(any=wanted)),
                                 models.FieldCondition(key="attribute_keys", match=models.MatchAny(any=accepted))])


def _any_of_conditions(filters: SearchFilters) -> list[models.Condition]:
    conditions: list[models.Condition] = []
    if filters.colours:
        conditions.append(_colour_is(filters.colours))
    if filters.categories:
        names = [name.strip().lower() for name in filters.categories]
        conditions.append(models.FieldCondition(key="category_names", match=models.MatchAny(any=names)))
    for name, values in filters.attributes.items():
        if values:
            keys = [attribute_key(name, value) for value in values]
            conditions.append(models.FieldCondition(key="attribute_keys", match=models.MatchAny(any=keys)))
    return conditions


def _card(point: models.ScoredPoint) -> ProductCard:
    payload = point.payload or {}
    return ProductCard(
        product_id=payload["product_id"],
        name=payload["name"],
        colour=payload.get("colour"),
        category_path=payload.get("category_path"),
        price_cents=payload["price_cents"],
        image_path=payload.get("image_path"),
        score=round(float(point.score), 6),
        matched_skus=list(payload.get("variant_skus", [])),
        sizes_in_stock=list(payload.get("sizes_in_stock", [])),
        attributes=dict(payload.get("attributes") or {}),
        gender=payload.get("gender") or None,
    )
