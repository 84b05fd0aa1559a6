"""Whether a message asks if the change just made is done ("so is it done?", "donc c'est fait ?", "y la direccion
nueva la cambiaste?", "ist das jetzt erledigt?"), read from `prompts/written_questions.v1.yaml` (regexes on the folded
text, any of the four languages)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import PROMPTS
from assistant.models.prompts import PromptLibrary


@lru_cache(maxsize=1)
def _asks_done() -> re.Pattern[str]:
    words = PromptLibrary(PROMPTS).get("written_questions").data()
    return re.compile("|".join(f"(?:{pattern})" for listed in words.values() for pattern in listed))


def asks_if_written(text: str) -> bool:
    """The message asks whether a change is done or saved, in any of the four languages."""
    return bool(_asks_done().search(fold(text)))
