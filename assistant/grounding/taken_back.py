"""Words a customer takes back as they type ("the bookshelf... sorry, I mean the water bottle", "annulez la W7854887...
pardon, je veux dire la W4590951", "Bestellung W3130816, Entschuldigung, ich meine W9222585"), read in code for every
backend: the message is read with the later words in place of the earlier ones (`without_taken_back`), so one
request is read, never two, and the item, order or value meant is the one said last. The words are data
(prompts/taken_back_words.vN.yaml, four languages)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.lexicon import PROMPTS, require_every_language
from assistant.grounding.orders import ORDER_NUMBER
from assistant.models.prompts import PromptLibrary

TABLES = ("markers", "articles", "of_words")
# A word as read here: an elided article ("l'"), an order number ("#W1234567"), a word or a number.
_TOKEN = re.compile(r"(?i)\b[a-z]{1,2}['’](?=\w)|#?\w+(?:[.,]\d+)?")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


class TakenBackWords(BaseModel):
    """prompts/taken_back_words.vN.yaml, per language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    markers: dict[str, list[str]]
    articles: dict[str, list[str]]
    of_words: dict[str, list[str]]
    max_words: int

    def model_post_init(self, _: object) -> None:
        require_every_language(self, TABLES, "taken-back words")


@lru_cache(maxsize=1)
def _words() -> TakenBackWords:
    return TakenBackWords.model_validate(PromptLibrary(PROMPTS).get("taken_back_words").data())


def _plain(word: str) -> str:
    word = word.lower().replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _marker() -> re.Pattern[str]:
    """Any language's marker, its words apart by anything that is not a word ("sorry, I mean"), with the marks
    before it ("... pardon", ", Entschuldigung")."""
    phrases = sorted({_plain(p) for words in _words().markers.values() for p in words}, key=len, reverse=True)
    body = "|".join(r"\W+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(r"[\s.,;:…–—-]*(?<!\w)(?:" + body + r")(?!\w)[\s.,;:…–—-]*")


def _table(name: str) -> frozenset[str]:
    return frozenset(_plain(w) for words in getattr(_words(), name).values() for w in words)


def _kind(word: str) -> str:
    """What a word is for a stand-in: an order number, a number, an article, or itself."""
    if ORDER_NUMBER.fullmatch(word.lstrip("#")) or ORDER_NUMBER.fullmatch(word):
        return "order"
    if _NUMBER.match(word):
        return "number"
    plain = _plain(word)
    return "article" if plain in _table("articles") else plain


def _aligned(before: list[str], after: list[str]) -> int:
    """How many words `after` says again from the start of `before`: the first of the same kind, then the same."""
    if not before or not after or _kind(before[0]) != _kind(after[0]):
        return 0
    count = 1
    for earlier, later in zip(before[1:], after[1:], strict=False):
        if _plain(earlier) != _plain(later) and not (_kind(earlier) == _kind(later) == "number"):
            break
        count += 1
    return count


def without_taken_back(text: str) -> str:
    """`text` with each part a customer took back replaced by what they said after the marker; unchanged where
    the words after a marker do not say again what came before it."""
    plain = _plain(text)
    for marker in _marker().finditer(plain):
        taken = _taken_back(text, plain, marker)
        if taken is not None:
            return without_taken_back(taken)  # the next marker, on the text read so far
    return text


def _taken_back(text: str, plain: str, marker: re.Match[str]) -> str | None:
    before = list(_TOKEN.finditer(text, 0, marker.start()))
    after = list(_TOKEN.finditer(text, marker.end()))
    if not before or not after or after[0].start() != marker.end():
        return None
    later = [t.group() for t in after]
    best: tuple[int, int] | None = None  # (aligned words, index in `before`)
    for index in range(len(before) - 1, -1, -1):
        aligned = _aligned([t.group() for t in before[index:]], later)
        near = len(before) - index <= _words().max_words
        if not aligned or (aligned == 1 and not near):
            continue
        if _kind(later[0]) == "article" and index and _plain(before[index - 1].group()) in _table("of_words"):
            continue  # "la bolsa de la compra": the complement's article, not the thing named
        if best is None or aligned > best[0]:
            best = (aligned, index)
    if best is None:
        return None
    start = before[best[1]]
    if best[0] == 1 and _kind(later[0]) == "number":  # "500 Pine Road... no sorry, 600 Oak Avenue": an address
        return None  # said again whole, left to the address reading (`address_in_flow` correction)
    if best[0] == 1 and _kind(later[0]) == "order":  # "W3130816 stornieren, sorry, W9222585, …"
        return text[:start.start()] + later[0] + text[start.end():marker.start()] + text[after[0].end():]
    return text[:start.start()] + text[marker.end():]
