"""The catalog's own value of an attribute the photo reader suggests, to show a reviewer beside the suggestion.

Reader attribute names follow the Magento CSVs (`style_general`, `style_bottom`, `pattern`) plus what the
catalog keeps elsewhere: `category` and `gear_category` (the category path), `gender` (its first level),
colours (the variants' colour options).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tools.catalog.records import clean_value

COLOUR_ATTRIBUTES = frozenset({"colour", "color", "dominant_colour", "secondary_colour"})
GENDERS = ("Men", "Women")


def catalog_values(attribute: str, *, category_path: str | None, attributes: Mapping[str, Any],
                   colours: Sequence[str]) -> list[str]:
    """What the catalog says for `attribute` ([] when it says nothing: the gap a suggestion would fill)."""
    path = category_path or ""
    if attribute in ("category", "gear_category"):
        return [path] if path and (attribute == "category" or path.startswith("Gear")) else []
    if attribute == "gender":
        head = path.split("/")[0]
        return [head] if head in GENDERS else []
    if attribute in COLOUR_ATTRIBUTES:
        return list(dict.fromkeys(colours))
    value = attributes.get(attribute)
    parts = value if isinstance(value, list) else str(value or "").split("|")
    return [clean_value(str(part)) for part in parts if clean_value(str(part))]


def agrees(suggested: str, catalog: Sequence[str]) -> bool:
    """Whether the catalog already holds the suggested value (a category path counts if it names it)."""
    wanted = clean_value(suggested).lower()
    return any(wanted == value.lower() or wanted in value.lower().split("/") for value in catalog)
