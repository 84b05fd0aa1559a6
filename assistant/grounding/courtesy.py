"""Thanks and farewells around a request ("thanks! and when will it arrive?"): the phrases of
prompts/courtesy.vN.yaml, in every language at once, removed so that what is left says what the customer wants."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from assistant.grounding.lexicon import PROMPTS
from assistant.models.prompts import PromptLibrary

# Punctuation and joining words left at the edges once the courtesy is removed ("! et", ", and", "¡ ... ¿y").
_EDGES = re.compile(r"^(?:[\s,.;:!¡¿?-]|\b(?:and|et|y|und|also|alors|entonces|so)\b)+|[\s,.;:!¡-]+$", re.I)


class Courtesy:
    def __init__(self, phrases: Mapping[str, Sequence[str]]) -> None:
        words = sorted({str(p).lower() for listed in phrases.values() for p in listed}, key=len, reverse=True)
        self._pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)

    def without(self, text: str) -> str:
        """`text` without its thanks and farewells, trimmed; "" when it was nothing else."""
        rest = re.sub(r"\s{2,}", " ", self._pattern.sub(" ", text))
        previous = None
        while previous != rest:
            previous, rest = rest, _EDGES.sub("", rest).strip()
        return rest

    def said_in(self, text: str) -> bool:
        """The words hold thanks or a farewell ("no thanks", "nein danke, tschüss")."""
        return bool(self._pattern.search(text))

    def says_something(self, text: str) -> bool:
        """Words that are more than courtesy ("hi", "thanks", "ok cool"): at least two words once it is removed."""
        return len(re.findall(r"\w+", self.without(text).strip(" ,.;:!?-"))) >= 2


@lru_cache(maxsize=1)
def courtesy() -> Courtesy:
    return Courtesy(PromptLibrary(PROMPTS).get("courtesy").data())
