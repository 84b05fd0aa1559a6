"""Items of one product told apart by their size relative to each other (partial27): "the smaller of the two
helmets", "le plus grand", "el más pequeño", "nur der kleinere". The words are data (prompts/relative_items.vN.yaml,
four languages); sizes are ordered as the product orders them (`relative_sizes`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from assistant.grounding.lexicon import PROMPTS, phrase_pattern, require_every_language
from assistant.grounding.relative_sizes import order_key, size_step
from assistant.models.prompts import PromptLibrary

TABLES = ("smaller", "larger")
SIZE_KEY = "size"


class RelativeItemWords(BaseModel):
    """prompts/relative_items.vN.yaml, per language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    smaller: dict[str, list[str]]
    larger: dict[str, list[str]]

    def model_post_init(self, _: object) -> None:
        require_every_language(self, TABLES, "relative items")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    words = RelativeItemWords.model_validate(PromptLibrary(PROMPTS).get("relative_items").data())
    return {table: phrase_pattern([w for ws in getattr(words, table).values() for w in ws], accents_optional=True)
            for table in TABLES}


def by_relative_size(text: str, same: list[dict[str, Any]], choosing: bool = False) -> list[dict[str, Any]]:
    """Of items of one product, the smallest or largest when the words ask for it and the sizes can be ordered;
    [] otherwise (also for "one size bigger", a size step asked of an item, unless the words answer which of the
    items is meant (`choosing`): "le plus grand des deux" then picks one, it asks for no other size)."""
    smaller, larger = (_patterns()[table].search(text) is not None for table in TABLES)
    sizes = [str((item.get("options") or {}).get(SIZE_KEY, "")) for item in same]
    stepped = bool(size_step(text)) and not choosing
    if smaller == larger or stepped or not all(sizes) or any(order_key(s)[0] == 2 for s in sizes):
        return []
    pick = min if smaller else max
    wanted = pick(sizes, key=order_key)
    return [item for item, size in zip(same, sizes, strict=True) if size == wanted]
