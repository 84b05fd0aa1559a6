"""A value asked for an owned item that the product has only with other options ("size 10" exists only in white
leather): that one variant is offered as it is, with its price difference, and a yes takes it, rather than "not
available in size 10. Available options: size 10, colour white", which reads as a contradiction and loops."""

from __future__ import annotations

from typing import Any

from assistant.grounding.variants import VariantChoice, describe_options
from assistant.state import Reply


def only_variant_with(product: dict[str, Any], item: dict[str, Any], choice: VariantChoice) -> dict[str, Any] | None:
    """The one available variant (other than the item) holding every value asked, when the exact one asked for is
    not sold; None when there is an exact one, none, or several to choose from (asked as before)."""
    if choice.variant is not None or not choice.wanted:
        return None
    holding = [v for v in product.get("variants", []) if v["available"] and v["item_id"] != item["item_id"]
               and all(str(v["options"].get(key, "")).lower() == str(value).lower()
                       for key, value in choice.wanted.items())]
    return holding[0] if len(holding) == 1 else None


def only_with_note(choice: VariantChoice, variant: dict[str, Any], item: dict[str, Any], language: str) -> Reply:
    """"Your Running Shoes isn't available in size 10 with its other options as they are: in size 10, it comes only
    as colour white, material leather, sole EVA", said before the proposal."""
    others = {key: value for key, value in variant["options"].items() if key not in choice.wanted}
    return Reply(key="variant_only_with", facts={
        "item": item["name"], "wanted": describe_options(choice.wanted, language),
        "options": describe_options(others, language, set(others))})
