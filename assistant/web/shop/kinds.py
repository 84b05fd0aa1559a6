"""The kinds of product a storefront search names, in any of the four languages, as words of product names.

The item nouns (prompts/item_nouns.v1.yaml) already map what shoppers call a kind of product in en/fr/es/de to the
word the catalog's names use ("sweat à capuche", "sudadera", "Kapuzenpulli" → Hoodie, Sweatshirt; "gourde",
"Trinkflasche" → Bottle; "leggins" → Tights, Leggings). A search that names a kind lists the products whose own
name is of that kind, ranked, instead of nothing (no catalog word matched) or everything its other words allowed
("leggins femme": all of the women's products).
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.items import name_words
from assistant.grounding.lexicon import lexicon


class Named(Protocol):
    name: str


T = TypeVar("T", bound=Named)


def kinds_named(text: str) -> set[str]:
    """Stemmed product-name words for the kinds `text` names: each noun's catalog word and the one-word names
    listed with it (multi-word ones, "water bottle", would let a lone "water" count)."""
    nouns, words = lexicon().item_nouns, set()
    folded = fold(text)
    for key, pattern in lexicon().grouped["item_nouns"].items():
        if pattern.search(text) or pattern.search(folded):
            for word in (key, *nouns[key]):
                if " " not in word and "-" not in word:
                    words |= name_words(word)
    return words


def named_by(products: list[T], text: str, kinds: set[str]) -> list[T]:
    """The products (in search order) whose own name is of the kinds named or holds a word of `text` ("duffle bag"
    lists the Overnight Duffle too), those whose name holds more of the words first."""
    wanted = kinds | name_words(text)
    scored = [(len(name_words(product.name) & wanted), position, product) for position, product in enumerate(products)]
    return [product for score, _position, product in sorted(scored, key=lambda s: (-s[0], s[1])) if score]
