"""Reads the Magento 2 sample catalog CSVs (apparel, gear, reviews) into typed product records."""

from __future__ import annotations

import csv
import html
import re
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from tools.catalog.records import ProductRecord, ReviewRecord, VariantRecord

APPAREL_CSV = "ConfigurableSampleData__products.csv"
REVIEWS_CSV = "ReviewSampleData__products_reviews.csv"
GEAR_PRODUCT_GLOB = "CatalogSampleData__products_gear_*.csv"
GEAR_IMAGE_GLOB = "CatalogSampleData__images_gear_*.csv"
LIST_ATTRIBUTES = {"material", "climate"}
# Gear photos name their colour with a short code (mg01-bk-0.jpg).
COLOUR_CODES = {"bk": "Black", "br": "Brown", "gr": "Gray", "lb": "Blue", "sa": "Blue", "pink": "Red"}
KNOWN_COLOURS = {
    "black",
    "blue",
    "brown",
    "gray",
    "green",
    "orange",
    "purple",
    "red",
    "white",
    "yellow",
    "lavender",
}


class CatalogSourceError(ValueError):
    """The directory does not hold a Magento sample catalog."""


def read_magento_catalog(directory: Path) -> list[ProductRecord]:
    """All products of a Magento sample-data directory: configurable apparel first, then gear."""
    if not (directory / APPAREL_CSV).is_file():
        raise CatalogSourceError(f"{directory} has no {APPAREL_CSV}")
    reviews = _read_reviews(directory / REVIEWS_CSV)
    products = list(_read_apparel(directory / APPAREL_CSV)) + list(_read_gear(directory))
    for product in products:
        product.reviews = reviews.get(product.id, [])
    return products


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def _cents(price: str) -> int:
    return int(Decimal(price or "0") * 100)


def _plain_text(markup: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup or ""))).strip()


def _text(raw: str) -> str:
    """A plain CSV field (name, attribute value, category) with its HTML entities decoded, once, here: the
    store and the index hold plain text (`Lycra®`), and every template escapes it again on output."""
    return html.unescape(raw or "").strip()


def _attributes(raw: str) -> dict[str, str]:
    pairs = (item.split("=", 1) for item in (raw or "").split(",") if "=" in item)
    return {key.strip(): _text(value) for key, value in pairs}


def _category_path(categories: str) -> str | None:
    paths = [_text(p) for p in re.split(r",|\n", categories or "") if p.strip()]
    useful = [p.removeprefix("Default Category/") for p in paths if p.startswith("Default Category/")]
    useful = [p for p in useful if not p.startswith("Collections")] or useful
    return useful[0] if useful else None


# The activities the shop's apparel names say ("Karmen Yoga Pant", "Apollo Running Short"), as activity values.
NAME_ACTIVITIES = {"yoga": "Yoga", "running": "Running"}


def _collection_activities(categories: str, name: str = "") -> list[str]:
    """Apparel has no activity attribute; the shop's activity collections ("New Luma Yoga Collection") and the
    product's own name ("Sybil Running Short") say it."""
    collections = [p for p in re.split(r",|\n", categories or "") if "/Collections/" in p]
    found = ["Yoga"] if any("yoga" in collection.lower() for collection in collections) else []
    words = set(re.findall(r"\w+", name.lower()))
    return list(dict.fromkeys([*found, *(value for word, value in NAME_ACTIVITIES.items() if word in words)]))


def _collection_eco(categories: str) -> str | None:
    """Whether the product is in the shop's eco collection ("Collections/Eco Friendly"), when the row lists the shop's
    collections at all. The storefront's eco collection is that list; the `eco_collection` flag of the sample data
    also marks products the shop does not show in it (Radiant Tee, Karmen Yoga Pant), so the list decides."""
    collections = [p for p in re.split(r",|\n", categories or "") if "/Collections/" in p]
    if not collections:
        return None
    return "Yes" if any("eco friendly" in name.lower() for name in collections) else "No"


def _image(path: str) -> str:
    return path.strip().lstrip("/")


def _read_apparel(path: Path) -> Iterator[ProductRecord]:
    simples: dict[str, list[dict[str, str]]] = defaultdict(list)
    configurables: list[dict[str, str]] = []
    for row in _rows(path):
        if row["product_type"] == "configurable":
            configurables.append(row)
        else:
            simples[row["sku"].split("-")[0]].append(row)
    for row in configurables:
        attributes = _attributes(row["additional_attributes"])
        product_attributes: dict[str, object] = {
            key: (value.split("|") if key in LIST_ATTRIBUTES else value)
            for key, value in attributes.items()
            if key in {"material", "pattern", "climate", "style_general", "style_bottom", "eco_collection"}
        }
        if (eco := _collection_eco(row["categories"])) and "eco_collection" in product_attributes:
            product_attributes["eco_collection"] = eco
        if activity := _collection_activities(row["categories"], _text(row["name"])):
            product_attributes["activity"] = activity
        variants = [_apparel_variant(simple, product_attributes) for simple in simples[row["sku"]]]
        yield ProductRecord(
            id=row["sku"],
            name=_text(row["name"]),
            category_path=_category_path(row["categories"]),
            description=_plain_text(row["description"]),
            attributes=product_attributes,
            variants=variants,
        )


def _apparel_variant(row: dict[str, str], product_attributes: dict[str, object]) -> VariantRecord:
    attributes = _attributes(row["additional_attributes"])
    options: dict[str, str] = {key: attributes[key] for key in ("color", "size") if key in attributes}
    material = product_attributes.get("material")
    if isinstance(material, list):
        options["material"] = ", ".join(material)
    images = [_image(row["base_image"])] if row.get("base_image") else []
    images += [_image(p) for p in (row.get("additional_images") or "").split(",") if p.strip()]
    return VariantRecord(
        sku=row["sku"],
        options=options,
        price_cents=_cents(row["price"]),
        available=row.get("is_in_stock", "1") == "1",
        images=images,
    )


def _gear_images(directory: Path) -> dict[str, list[str]]:
    images: dict[str, list[str]] = defaultdict(list)
    for path in sorted(directory.glob(GEAR_IMAGE_GLOB)):
        for row in _rows(path):
            if _image(row["image"]) not in images[row["sku"]]:
                images[row["sku"]].append(_image(row["image"]))
    return images


def colour_from_image(image: str) -> str | None:
    """The catalog colour a photo's file name names (`mb02-blue-0.jpg`, gear codes `mg01-bk-0.jpg`), if any."""
    for token in re.split(r"[-_./]", image.lower()):
        if token in KNOWN_COLOURS:
            return token.capitalize()
        if token in COLOUR_CODES:
            return COLOUR_CODES[token]
    return None


def _read_gear(directory: Path) -> Iterator[ProductRecord]:
    images = _gear_images(directory)
    for path in sorted(directory.glob(GEAR_PRODUCT_GLOB)):
        for row in _rows(path):
            sku = row["sku"].strip()
            own_images = images.get(sku, [])
            colour = _text(row.get("color") or "") or (
                colour_from_image(own_images[0]) if own_images else None
            )
            options = {"color": colour} if colour else {}
            if (row.get("size") or "").strip():
                options["size"] = _text(row["size"])
            attributes: dict[str, object] = {
                "material": [_text(m) for m in (row.get("material") or "").split("\n") if m.strip()],
                "activity": [_text(a) for a in (row.get("activity") or "").split("\n") if a.strip()],
                # gear has no Men/Women category: the CSV says whom a watch is for ("Men", or "Men Women Unisex")
                "gender": [_text(g) for g in (row.get("gender") or "").split("\n") if g.strip()],
            }
            # a bag's features as the catalog lists them ("Waterproof", "Laptop Sleeve", "Lockable"): what a
            # question of a feature is answered from, a yes or a no (assistant/steps/product_answers.py)
            if features := [_text(f) for f in (row.get("features_bags") or "").split("\n") if f.strip()]:
                attributes["features"] = features
            yield ProductRecord(
                id=sku,
                name=_text(row["name"]),
                category_path="/".join(_text(p) for p in row["category"].split("\n")[:2] if p.strip()),
                description=_plain_text(row["description"]),
                attributes=attributes,
                variants=[
                    VariantRecord(
                        sku=sku,
                        options=options,
                        price_cents=_cents(row["price"]),
                        available=int(float(row.get("qty") or 0)) > 0,
                        images=own_images,
                    )
                ],
            )


def _read_reviews(path: Path) -> dict[str, list[ReviewRecord]]:
    reviews: dict[str, list[ReviewRecord]] = defaultdict(list)
    if not path.is_file():
        return reviews
    for row in _rows(path):
        rating = row.get("rating_value") or ""
        reviews[row["sku"].strip()].append(
            ReviewRecord(
                rating=int(rating) if rating.isdigit() else None,
                title=_text(row.get("title") or "") or None,
                body=_text(row.get("review") or ""),
                author=_text(row.get("reviewer") or "") or None,
            )
        )
    return reviews
