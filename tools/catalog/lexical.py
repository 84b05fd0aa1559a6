"""A BM25-style sparse lexical vector: hashed word ids with saturated term frequencies (IDF is Qdrant's)."""

from __future__ import annotations

import re
import zlib
from collections import Counter

from qdrant_client import models

VOCAB_BITS = 24
K1 = 1.2
B = 0.75
AVERAGE_LENGTH = 12.0
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "for",
        "of",
        "in",
        "on",
        "with",
        "to",
        "by",
        "like",
        "this",
        "that",
        "but",
        "more",
        "my",
        "me",
        "i",
        "s",
        "is",
        "it",
        "made",
    ]
)
# Spellings that should meet their catalog word.
SYNONYMS = {
    "grey": "gray",
    "mens": "men",
    "womens": "women",
    "man": "men",
    "woman": "women",
    "ladies": "women",
    "tshirt": "tee",
    "t-shirt": "tee",
    "shirt": "tee",
    "sweatshirt": "hoodie",
    "trousers": "pant",
    "bag": "bag",
    "violet": "purple",
    "navy": "blue",
}


def tokens(text: str) -> list[str]:
    """Lower-cased, singularised word tokens without stopwords (`Men's Tees` -> `men`, `tee`)."""
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)?", text.lower().replace("'s", "").replace("’s", ""))
    result = []
    for word in words:
        word = SYNONYMS.get(word, word)
        if word in STOPWORDS:
            continue
        if len(word) > 3 and word.endswith("es") and word[:-2].endswith(("sh", "ch", "ss", "x")):
            word = word[:-2]
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        result.append(SYNONYMS.get(word, word))
    return result


def token_id(token: str) -> int:
    return zlib.crc32(token.encode()) & ((1 << VOCAB_BITS) - 1)


def document_vector(text: str) -> models.SparseVector:
    """Term weights of an indexed document: BM25's saturated, length-normalised term frequency."""
    counts = Counter(token_id(t) for t in tokens(text))
    length = sum(counts.values()) or 1
    norm = K1 * (1 - B + B * length / AVERAGE_LENGTH)
    items = sorted((index, count * (K1 + 1) / (count + norm)) for index, count in counts.items())
    return models.SparseVector(indices=[i for i, _ in items], values=[v for _, v in items])


def query_vector(text: str) -> models.SparseVector:
    """A query's terms with weight 1; the collection's IDF modifier weighs rare words up."""
    ids = sorted({token_id(t) for t in tokens(text)})
    return models.SparseVector(indices=ids, values=[1.0] * len(ids))
