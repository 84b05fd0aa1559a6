"""The value an item has now, said as the one to replace ("statt Landschaft", "en vez de negro", "instead of the
2L", "au lieu du 30 ml"): the option whose value the customer wants changed, even when the new value is not read
(a value the product lacks, or words no vocabulary knows: "mit Blumen-Motiv statt Landschaft"). The option's other
values are then asked, never anything else done to the order."""

from __future__ import annotations

from typing import Any

from assistant.grounding.item_changes import names_current_option
from assistant.grounding.option_values import read_values


def replaced_options(item: dict[str, Any], text: str) -> list[str]:
    """The options of `item` whose current value the words name, read against the item's own values: the
    catalog's word or a customer's word for it ("Landschaft", "paisaje" for landscape), a colour, a size or a
    measure ("negro", "XXL", "75 cl")."""
    options: dict[str, Any] = item.get("options") or {}
    named = [key for key, value in options.items() if read_values([str(value)], text)[0]]
    if not named and names_current_option(text, item):
        named = [key for key, value in options.items() if names_current_option(text, {"options": {key: value}})]
    return named
