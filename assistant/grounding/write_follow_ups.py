"""A question right after a write about what that write did: its money, the method the money went to, the new
address, or whether it went through ("so where does the money go?", "so its going to fulton st now right?", "et la
difference c'est combien", "a que tarjeta va el dinero?", "wie viel bekomme ich zurueck und auf welche karte?"),
read from `prompts/write_follow_ups.v1.yaml` (issue 17). Such a question is answered with the write's own words
(steps/after_write.py), never read as a new request."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import PROMPTS
from assistant.grounding.orders import order_numbers
from assistant.models.prompts import PromptLibrary

LANGUAGES = ("en", "fr", "es", "de")
_WORD = re.compile(r"[a-z]{4,}")


class WriteFollowUpWords(BaseModel):
    """prompts/write_follow_ups.v1.yaml: regexes per language."""

    model_config = ConfigDict(extra="forbid")
    asks: dict[str, list[str]]
    about: dict[str, list[str]]
    new_request: dict[str, list[str]]
    common: list[str]


@cache
def _words() -> WriteFollowUpWords:
    return WriteFollowUpWords.model_validate(PromptLibrary(PROMPTS).get("write_follow_ups").data())


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = _words()
    return {name: re.compile("|".join(f"(?:{p})" for lang in LANGUAGES for p in getattr(words, name).get(lang, [])))
            for name in ("asks", "about", "new_request")}


def _shares_a_word(said: str, written: str) -> bool:
    """A word of four letters or more of the write's own message that names something of it ("fulton", "rouge",
    "mockingbird"), not one every such message has ("order", "refund")."""
    shared = set(_WORD.findall(said)) & set(_WORD.findall(fold(written)))
    return bool(shared - set(_words().common))


def asks_a_question(text: str) -> bool:
    """The words read as a question ("und von wo?", "its the visa right?") asking for nothing more."""
    said, patterns = fold(text), _patterns()
    return bool(said.strip()) and bool(patterns["asks"].search(said)) and not patterns["new_request"].search(said)


def asks_about_what_was_written(text: str, written: str) -> bool:
    """The message asks about the write whose message was `written`: a question about its money, method, address
    or outcome (or naming a word of it), naming no other order and asking for nothing more."""
    said, patterns = fold(text), _patterns()
    if not said.strip() or not patterns["asks"].search(said) or patterns["new_request"].search(said):
        return False
    named = set(order_numbers(text))
    if named - set(order_numbers(written)):
        return False
    return bool(patterns["about"].search(said)) or _shares_a_word(said, written)
