"""Items of the same product told apart by the words: the colour, size or measure they have now ("the black
speaker", "the small 28 inch one"), or another option value only they have ("the 500 piece puzzle", "die
60%-Tastatur"). Used for the items a request acts on and for the order an item names."""

from __future__ import annotations

import re
from typing import Any

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.item_changes import names_current_option
from assistant.grounding.option_words import option_words
from assistant.grounding.relative_items import by_relative_size

# "instead of the glass one", "au lieu du 7": the value after these words is the one the item has now.
_INSTEAD_OF = re.compile(r"\b(?:instead of|rather than|au lieu d[eu]|plutot que|en vez de|en lugar de|statt|anstatt|"
                         r"anstelle)\s+(?:\S+\s+){0,2}$")


def _own_value_at(text: str, item: dict[str, Any], same: list[dict[str, Any]]) -> int | None:
    """Where the words first say an option value of this item that not every item of its product has (-1 after
    "instead of": the value it has now, whatever was said first); None when they say none."""
    folded = fold(text)
    shared = set.intersection(*({fold(str(v)) for v in (other.get("options") or {}).values()} for other in same))
    options = {key: str(value) for key, value in (item.get("options") or {}).items() if fold(str(value)) not in shared}
    own = {fold(value) for value in options.values()}
    found = [match.start() for value in own if value
             for match in re.finditer(rf"(?<![\w]){re.escape(value)}(?![\w])", folded)]
    # the value in customers' words ("zip intégral" for a full zipper, option_words.vN.yaml)
    patterns = option_words().value_patterns
    found += [match.start() for key, value in options.items()
              if (pattern := patterns.get(key.lower(), {}).get(value.lower())) is not None
              for match in pattern.finditer(text)]
    if any(_INSTEAD_OF.search(folded[:at]) for at in found):
        return -1
    return min(found) if found else None


def _by_own_value(text: str, same: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items whose own value the words say; when they say each one's ("the glass kettle, can it be the ceramic
    version instead?"), the one said first or after "instead of" (the one the customer has in mind now)."""
    at = {item["item_id"]: where for item in same if (where := _own_value_at(text, item, same)) is not None}
    if len(at) > 1:
        first = min(at.values())
        return [item for item in same if at.get(item["item_id"]) == first]
    return [item for item in same if item["item_id"] in at]


def told_apart(text: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Of several items of the same product, those the words tell apart, when the words tell any apart (not all);
    items of different products all stay ("la camiseta morada y el hervidor")."""
    kept: list[dict[str, Any]] = []
    for name in dict.fromkeys(item["name"] for item in items):
        same = [item for item in items if item["name"] == name]
        chosen = same
        if len(same) > 1:
            for fitting in ([item for item in same if names_current_option(text, item)], _by_own_value(text, same),
                            by_relative_size(text, same)):
                if 0 < len(fitting) < len(same):
                    chosen = fitting
                    break
        kept.extend(chosen)
    return kept
