"""A request to switch the reply language ("parle moi en anglais stp", "can you answer in Spanish?", "auf Deutsch
bitte"), read in code from `prompts/language_requests.v1.yaml` for every backend: the language asked for, which
then holds for the rest of the conversation whatever language the customer writes in."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.last_reading import keeps_last_reading
from assistant.grounding.lexicon import LANGUAGES
from assistant.language import SUPPORTED_LANGUAGES

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "language_requests.v1.yaml"


class LanguageRequestWords(BaseModel):
    """Per language, the names of the reply languages and the frames (with `{name}`) of a request."""

    model_config = ConfigDict(extra="forbid")
    names: dict[str, dict[str, str]] = Field(min_length=len(LANGUAGES))
    asks: dict[str, list[str]] = Field(min_length=len(LANGUAGES))


class LanguageRequestCues(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)
    codes: dict[str, str]  # a language's folded name -> its code
    asks: re.Pattern[str]


@cache
def language_request_cues(path: Path = WORDS_FILE) -> LanguageRequestCues:
    """The word file, validated and compiled once; a malformed file (or a name for a language we have no replies
    in) fails at start-up."""
    words = LanguageRequestWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    codes = {name: code for names in words.names.values() for name, code in names.items()}
    if unsupported := sorted(set(codes.values()) - set(SUPPORTED_LANGUAGES)):
        raise ValueError(f"language names for languages without replies: {unsupported}")
    name = "(?:" + "|".join(sorted(map(re.escape, codes), key=len, reverse=True)) + ")"
    frames = [frame.replace("{name}", name) for language in LANGUAGES for frame in words.asks[language]]
    return LanguageRequestCues(codes=codes, asks=re.compile("|".join(f"(?:{frame})" for frame in frames)))


@keeps_last_reading  # asked of the same message by receive (twice) and routing a turn
def requested_language(text: str) -> str | None:
    """The reply language the customer asks for in `text`, or None when the turn asks none."""
    said, cues = fold(text).strip(), language_request_cues()
    match = cues.asks.search(said)
    if match is None:
        return None
    named = [word for word in re.findall(r"[a-z]+", match.group(0)) if word in cues.codes]
    return cues.codes[named[-1]] if named else None
