"""Trouble with the shop's website or emails, not with an item ("the tracking link in your email was broken so I'm
asking here", "le lien de suivi ne marche pas", "el enlace no funcionaba", "der Link war kaputt"): the words are
left out of the reading (`without_site_trouble`), so "broken" is no damage and no photo is asked. The words are
data (prompts/site_trouble.vN.yaml, four languages)."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.lexicon import LANGUAGES, PROMPTS, require_every_language
from assistant.models.prompts import PromptLibrary


class SiteTroubleWords(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    said: dict[str, list[str]]

    def model_post_init(self, _: object) -> None:
        require_every_language(self, ("said",), "site trouble words")


@cache
def _pattern() -> re.Pattern[str]:
    words = SiteTroubleWords.model_validate(PromptLibrary(PROMPTS).get("site_trouble").data())
    return re.compile("|".join(f"(?:{entry})" for language in LANGUAGES for entry in words.said[language]), re.I)


def without_site_trouble(text: str) -> str:
    """`text` without what it says of a broken link, page or app; the text itself when it says none, or when
    nothing else is left (the trouble is all the turn says: it is read as it is)."""
    read = re.sub(r"\s{2,}", " ", _pattern().sub(" ", text)).strip(" ,;:.-")
    return read if read and read != text.strip() else text
