"""The values the catalog actually holds (colours, sizes, category names, attribute values), read from the index.

Constraints are grounded against these, so a lexicon entry for a value the catalog lacks is never used as a filter.
"""

from __future__ import annotations

import asyncio
import re

from pydantic import BaseModel, Field

from tools.catalog.index import CatalogIndex

_SCROLL_PAGE = 512
_cache: dict[tuple[int, str], CatalogVocabulary] = {}


class CatalogVocabulary(BaseModel):
    colours: set[str] = Field(default_factory=set, examples=[{"Black", "Blue"}])
    sizes: set[str] = Field(default_factory=set, examples=[{"M", "32"}])
    categories: set[str] = Field(default_factory=set, description="lower-case names, any level",
                                 examples=[{"men", "jackets", "bras & tanks"}])
    attributes: dict[str, set[str]] = Field(default_factory=dict, examples=[{"activity": {"Hiking", "Yoga"}}])
    name_words: set[str] = Field(default_factory=set, description="lower-case words of product names",
                                 examples=[{"backpack", "bottle", "hoodie"}])
    category_parents: dict[str, set[str]] = Field(default_factory=dict, description="lower-case names above a "
                                                  "category in some path", examples=[{"jackets": {"men", "tops"}}])
    name_pairs: set[tuple[str, str]] = Field(default_factory=set, description="two words next to each other in a "
                                             "product name, lower case", examples=[{("trail", "jacket")}])

    def attribute_value(self, name: str, value: str) -> str | None:
        """The catalog's spelling of `value` for attribute `name`, or None when the catalog has no such value."""
        wanted = value.lower()
        return next((known for known in self.attributes.get(name, ()) if known.lower() == wanted), None)


def read_vocabulary(index: CatalogIndex) -> CatalogVocabulary:
    """Every value of the index payloads, read once per index (a few hundred points)."""
    key = (id(index.client), index.collection)
    if key not in _cache:
        vocabulary = _scan(index)
        if not vocabulary.colours and not vocabulary.categories:
            return vocabulary  # not imported yet: read again next time rather than keep an empty catalog
        _cache[key] = vocabulary
    return _cache[key]


def vocabulary_read(index: CatalogIndex) -> CatalogVocabulary | None:
    """The vocabulary `read_vocabulary` already read for this index, None before it has (no index read here)."""
    return _cache.get((id(index.client), index.collection))


async def read_vocabulary_async(index: CatalogIndex) -> CatalogVocabulary:
    """`read_vocabulary` from the event loop: the index is scanned in a worker thread only when it was not read
    yet (after the first read every turn has it at once, without a thread hop)."""
    known = vocabulary_read(index)
    return known if known is not None else await asyncio.to_thread(read_vocabulary, index)


def forget_vocabulary(index: CatalogIndex) -> None:
    """Read the index again next time (its payloads changed: an accepted attribute suggestion)."""
    _cache.pop((id(index.client), index.collection), None)


def _scan(index: CatalogIndex) -> CatalogVocabulary:
    vocabulary = CatalogVocabulary()
    if not index.client.collection_exists(index.collection):
        return vocabulary
    offset = None
    fields = ["colour", "sizes_in_stock", "category_names", "attributes", "name"]
    while True:
        points, offset = index.client.scroll(index.collection, limit=_SCROLL_PAGE, offset=offset,
                                             with_payload=fields, with_vectors=False)
        for point in points:
            payload = point.payload or {}
            if payload.get("colour"):
                vocabulary.colours.add(str(payload["colour"]))
            vocabulary.sizes.update(str(size) for size in payload.get("sizes_in_stock") or [])
            path = [str(name) for name in payload.get("category_names") or []]
            vocabulary.categories.update(path)
            for depth, name in enumerate(path):
                vocabulary.category_parents.setdefault(name, set()).update(path[:depth])
            name_words = re.findall(r"[a-z]+", str(payload.get("name") or "").lower())
            vocabulary.name_words.update(name_words)
            vocabulary.name_pairs.update(zip(name_words, name_words[1:], strict=False))
            for name, values in (payload.get("attributes") or {}).items():
                vocabulary.attributes.setdefault(name, set()).update(str(value) for value in values)
        if offset is None:
            return vocabulary
