"""The attributes the reader suggests and their catalog ground truth (Magento fields of a product record).

Multi-valued catalog styles (`Hoodie|Sweatshirt|Full zip`) become one visible primary style: the first value
of a fixed priority list the product carries. Values that name function or fabric (Insulated, Rain Coat,
Windbreaker, Base Layer, Lightweight, ...) are not visible in a photo and are never read.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from tools.catalog.records import ProductRecord


class Attribute(StrEnum):
    CATEGORY = "category"
    GENDER = "gender"
    STYLE_GENERAL = "style_general"
    STYLE_BOTTOM = "style_bottom"
    PATTERN = "pattern"
    GEAR_CATEGORY = "gear_category"
    LENGTH = "length"
    COLOUR = "color"
    SECONDARY_COLOUR = "secondary_colour"  # as the review storage and search name it


# Attributes of the product (pooled over all its photos) and of one colourway (pooled over its views).
PRODUCT_ATTRIBUTES = (
    Attribute.CATEGORY,
    Attribute.GENDER,
    Attribute.STYLE_GENERAL,
    Attribute.STYLE_BOTTOM,
    Attribute.PATTERN,
    Attribute.GEAR_CATEGORY,
    Attribute.LENGTH,
)
COLOURWAY_ATTRIBUTES = (Attribute.COLOUR, Attribute.SECONDARY_COLOUR)
# Not read, because a photo does not show them: climate (a use), eco collection (a sourcing claim), material
# fibre (wool vs polyester look alike at catalog resolution), activity, and the functional style values.
OUT_OF_SCOPE = {
    "climate": "a use (Cool, Windy, Indoor), not a visible property",
    "eco_collection": "a sourcing claim; nothing in the photo shows it",
    "material": "fibre content (wool, nylon, organic cotton) does not show at catalog photo resolution",
    "activity": "a use (Yoga, Hiking), shared by visually different items",
    "sleeve": "the catalog has no sleeve attribute to learn or measure it against (long-sleeve tees are Tees)",
}
STYLE_GENERAL_PRIORITY = ("Bra", "Tank", "Tee", "Hoodie", "Sweatshirt")
STYLE_BOTTOM_PRIORITY = (
    "Capri", "Leggings", "Compression", "Snug", "Basic", "Sweatpants", "Track Pants", "Workout Pants",
)  # fmt: skip
PATTERN_PRIORITY = ("Striped", "Checked", "Color-Blocked", "Graphic Print", "Solid-Highlight", "Solid")
JACKET = "Jacket"


def category_type(category_path: str) -> str:
    """The category without its gender level, one class for both genders' tanks: what the type head reads
    (`Men/Tops/Tees` and `Women/Tops/Tees` -> `Tops/Tees`; gear paths as they are)."""
    if gender_of(category_path) is None:
        return category_path
    return category_path.split("/", 1)[1].replace("Bras & Tanks", "Tanks")


def gender_of(category_path: str | None) -> str | None:
    head = (category_path or "").split("/")[0]
    return head if head in {"Men", "Women"} else None


def primary(value: object, priority: tuple[str, ...]) -> str | None:
    """The first value of `priority` a catalog field (`A|B|C` or a list) carries."""
    values = value if isinstance(value, list) else str(value or "").split("|")
    carried = {str(v).strip() for v in values}
    return next((name for name in priority if name in carried), None)


def style_general_of(product: ProductRecord) -> str | None:
    """Tee, Tank, Bra, Hoodie, Sweatshirt or Jacket; None where the catalog gives no style."""
    if "/Jackets" in (product.category_path or ""):
        return JACKET
    return primary(product.attributes.get("style_general"), STYLE_GENERAL_PRIORITY)


def length_of(category_path: str | None, style_bottom: str | None) -> str | None:
    """Shorts, Capri or Full length, for bottoms only."""
    path = category_path or ""
    if "/Bottoms" not in path:
        return None
    if path.endswith("/Shorts"):
        return "Shorts"
    return "Capri" if style_bottom == "Capri" else "Full length"


def product_truth(product: ProductRecord) -> dict[Attribute, str]:
    """The catalog's value of each product attribute the reader suggests (absent where the catalog has none)."""
    path = product.category_path or ""
    bottom = primary(product.attributes.get("style_bottom"), STYLE_BOTTOM_PRIORITY)
    truth: Mapping[Attribute, str | None] = {
        Attribute.CATEGORY: path or None,
        Attribute.GENDER: gender_of(path),
        Attribute.STYLE_GENERAL: style_general_of(product) if "/Tops" in path else None,
        Attribute.STYLE_BOTTOM: bottom if "/Bottoms" in path else None,
        Attribute.PATTERN: primary(product.attributes.get("pattern"), PATTERN_PRIORITY),
        Attribute.GEAR_CATEGORY: path.split("/", 1)[1] if path.startswith("Gear/") else None,
        Attribute.LENGTH: length_of(path, bottom),
    }
    return {attribute: value for attribute, value in truth.items() if value}


def catalog_values(product: ProductRecord) -> dict[Attribute, frozenset[str]]:
    """Every value the catalog gives a product for each attribute: a suggestion is right when it is one of
    them (a `Workout Pants|Sweatpants|Track Pants` product is rightly called Track Pants)."""
    values = {attribute: frozenset({value}) for attribute, value in product_truth(product).items()}
    for attribute in (Attribute.STYLE_GENERAL, Attribute.STYLE_BOTTOM, Attribute.PATTERN):
        if attribute in values:
            raw = product.attributes.get(attribute.value)
            parts = raw if isinstance(raw, list) else str(raw or "").split("|")
            values[attribute] |= {str(part).strip() for part in parts if str(part).strip()}
    return values


def applies(attribute: Attribute, category_path: str) -> bool:
    """Whether an attribute is asked of a product of this category (a bag has no gender nor style)."""
    if attribute in (Attribute.GENDER, Attribute.PATTERN):
        return not category_path.startswith("Gear/")
    if attribute == Attribute.STYLE_GENERAL:
        return "/Tops" in category_path
    if attribute in (Attribute.STYLE_BOTTOM, Attribute.LENGTH):
        return "/Bottoms" in category_path
    if attribute == Attribute.GEAR_CATEGORY:
        return category_path.startswith("Gear/")
    return True
