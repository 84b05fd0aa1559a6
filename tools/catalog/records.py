"""Typed catalog records: what an importer produces and what the index is built from."""

from __future__ import annotations

import html
import re
from typing import Any

from pydantic import BaseModel, Field

# Attributes a shopper can ask for ("for hiking", "warm", "fleece"): filterable keys `name:value` in the index.
FILTER_ATTRIBUTES = ("climate", "activity", "material", "style", "eco")
_MARKS = re.compile(r"[\u00ae\u2122]")  # ® and ™ in Magento's material names


class VariantRecord(BaseModel):
    """One purchasable size x colour option; `sku` is both the store item id and the Magento simple sku."""

    sku: str
    options: dict[str, str] = Field(default_factory=dict)
    price_cents: int
    available: bool = True
    images: list[str] = Field(default_factory=list)

    @property
    def colour(self) -> str | None:
        return self.options.get("color")


class ReviewRecord(BaseModel):
    rating: int | None = None
    title: str | None = None
    body: str
    author: str | None = None


class ProductRecord(BaseModel):
    """A catalog product (Magento configurable sku or gear sku) with its variants and reviews."""

    id: str
    name: str
    category_path: str | None = None
    description: str | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)
    variants: list[VariantRecord] = Field(default_factory=list)
    reviews: list[ReviewRecord] = Field(default_factory=list)
    source: str = "magento"

    @property
    def gender(self) -> str | None:
        """Men or Women: the category's head ("Men/Tops/Jackets"), or for gear the one gender its data names; None
        for a product for everyone (a unisex watch) or of no gender."""
        head = (self.category_path or "").split("/")[0]
        if head in {"Men", "Women"}:
            return head
        named = {g for g in self.attributes.get("gender") or [] if g in {"Men", "Women"}}
        return named.pop() if len(named) == 1 else None


class IndexDocument(BaseModel):
    """One point of the index: a product in one colour (all its sizes), with the photo that shows it."""

    product_id: str
    name: str
    colour: str | None
    category_path: str | None
    gender: str | None
    material: list[str] = Field(default_factory=list)
    pattern: str | None = None
    climate: list[str] = Field(default_factory=list)
    activity: list[str] = Field(default_factory=list)
    style: list[str] = Field(default_factory=list)
    eco: bool | None = None
    variant_skus: list[str]
    sizes_in_stock: list[str] = Field(default_factory=list)
    price_cents: int
    image_path: str | None = None
    extra_images: list[str] = Field(default_factory=list)
    description: str = ""

    @property
    def views(self) -> list[str]:
        """Every catalog photo of this colour, the main one first."""
        return [path for path in [self.image_path, *self.extra_images] if path]

    @property
    def key(self) -> str:
        return f"{self.product_id}:{(self.colour or '-').lower()}"

    def text(self) -> str:
        """The text embedded densely and lexically: name, colour, category words and attributes."""
        # The description is left out: its incidental words ("black trim") drown the attributes.
        parts = [
            self.name,
            self.colour or "",
            (self.category_path or "").replace("/", " "),
            " ".join(self.material),
            self.pattern or "",
            " ".join(self.climate),
        ]
        return " ".join(p for p in parts if p)

    def attributes(self) -> dict[str, list[str]]:
        """The filterable attributes, values cleaned for display ("CoolTech", not "CoolTech&trade;")."""
        eco = [] if self.eco is None else ["Yes" if self.eco else "No"]
        values = {"climate": self.climate, "activity": self.activity, "material": self.material,
                  "style": self.style, "eco": eco}
        return {name: list(dict.fromkeys(clean_value(v) for v in values[name] if clean_value(v)))
                for name in FILTER_ATTRIBUTES}


def clean_value(value: str) -> str:
    """A catalog attribute value as words: HTML entities decoded, trademark signs dropped, spaces tidied."""
    text = _MARKS.sub("", html.unescape(value)).replace("\u00bc", "1/4")
    return re.sub(r"\s+", " ", text).strip()


def attribute_key(name: str, value: str) -> str:
    """The index keyword for one attribute value (`climate:cold`); filters and payloads share it."""
    return f"{name}:{clean_value(value).lower()}"


def _split(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [part for part in str(value or "").split("|") if part]


def index_documents(product: ProductRecord) -> list[IndexDocument]:
    """Group a product's variants by colour into index documents (one per product colour)."""
    by_colour: dict[str | None, list[VariantRecord]] = {}
    for variant in product.variants:
        by_colour.setdefault(variant.colour, []).append(variant)
    documents = []
    for colour, variants in by_colour.items():
        images = list(dict.fromkeys(path for v in variants for path in v.images))
        documents.append(
            IndexDocument(
                product_id=product.id,
                name=product.name,
                colour=colour,
                category_path=product.category_path,
                gender=product.gender,
                material=list(product.attributes.get("material", [])),
                pattern=product.attributes.get("pattern"),
                climate=list(product.attributes.get("climate", [])),
                activity=_split(product.attributes.get("activity")),
                style=_split(product.attributes.get("style_general")) + _split(product.attributes.get("style_bottom")),
                eco={"Yes": True, "No": False}.get(str(product.attributes.get("eco_collection"))),
                variant_skus=[v.sku for v in variants],
                sizes_in_stock=[v.options["size"] for v in variants if v.available and "size" in v.options],
                price_cents=min(v.price_cents for v in variants),
                image_path=images[0] if images else None,
                extra_images=images[1:],
                description=(product.description or "")[:300],
            )
        )
    return documents
