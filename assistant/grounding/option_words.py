"""Option values that are neither a colour nor a size, as customers say them ("the wired version", "für kleine Räume",
"con brillo intermedio"), and the part of a product a colour option belongs to ("das schwarze Gestell", "brown
lenses"): the words are data (`prompts/option_words.vN.yaml`); this module grounds them in one product's values."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.items import name_words
from assistant.grounding.last_reading import keeps_last_reading
from assistant.grounding.lexicon import PROMPTS, phrase_pattern
from assistant.grounding.measures import measure_of, measures
from assistant.grounding.option_values import names_a_value_alone, read_values, value_words
from assistant.models.prompts import PromptLibrary

# Option values that are also answers ("waterproof: yes"): "yes, use the visa" names no such value; the option's
# name must be said with them ("water resistance: no"). Customers' own words for them are in the vocabulary.
ANSWER_VALUES = {"yes", "no", "none"}
MIN_LITERAL = 3  # a value written as the catalog writes it counts from this length ("LCD", "USB", not "M")
# A value written as a code of digits and letters ("4K", "IPX7", "20MP", "10x", "A4", "256gb", "i7"): no order id
# (seven digits and more), no ordinal ("2nd", "1er", "3o").
_CODE = re.compile(r"(?<![\w#.-])(?=[a-z]{0,4}\d)(?![a-z]?\d{5,})(?!\d+(?:st|nd|rd|th|er|re|e|o|a|te|ten)\b)"
                   r"[a-z]{0,4}\d{1,5}[a-z]{1,4}\d?(?![\w-])|(?<![\w#.-])[a-z]{1,3}\d{1,2}(?![\w.,-])", re.I)


class OptionWords(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    values: dict[str, dict[str, list[str]]]
    parts: dict[str, list[str]]

    @cached_property
    def value_patterns(self) -> dict[str, dict[str, re.Pattern[str]]]:
        """Option name (lower case) → value (lower case) → the pattern of its words."""
        # inflected as customers write them ("als wasserdichtes Modell", "les étanches", "las inalámbricas")
        return {key.lower(): {value.lower(): phrase_pattern(value_words().with_endings(words), accents_optional=True)
                              for value, words in table.items()}
                for key, table in self.values.items()}

    @cached_property
    def any_value(self) -> re.Pattern[str]:
        return phrase_pattern(value_words().with_endings(
            [word for table in self.values.values() for words in table.values() for word in words]),
            accents_optional=True)

    @cached_property
    def part_patterns(self) -> dict[str, re.Pattern[str]]:
        return {part.lower(): phrase_pattern(words) for part, words in self.parts.items()}


@lru_cache(maxsize=1)
def option_words() -> OptionWords:
    return OptionWords.model_validate(PromptLibrary(PROMPTS).get("option_words").data())


@keeps_last_reading  # asked of the same message by several readers a turn
def names_option_value(text: str) -> bool:
    """The words name a value of some option that is no colour nor size ("wireless", "resistente al agua")."""
    return (option_words().any_value.search(text) is not None or names_a_value_alone(text)
            or _CODE.search(text) is not None)


@lru_cache(maxsize=1)
def option_value_words() -> frozenset[str]:
    """The one-word names of option values ("wireless", "kabellos"), as `items.name_words` reads words."""
    return frozenset(word for table in option_words().values.values() for words in table.values()
                     for phrase in words if " " not in phrase for word in name_words(phrase))


def has_vocabulary(key: str) -> bool:
    return key.lower() in option_words().value_patterns


def values_said(key: str, values: list[str], text: str) -> list[str]:
    """The values of option `key` (the product's own) that the words name, in the order said. A phrase inside a
    longer one naming another value does not count ("waterproof" in "not waterproof")."""
    return list(dict.fromkeys(value for _, _, value in _value_spans(key, values, text)))


def _value_spans(key: str, values: list[str], text: str) -> list[tuple[int, int, str]]:
    """Where the words name each value of option `key`, in the order said, no two overlapping."""
    table = option_words().value_patterns.get(key.lower(), {})
    spans: list[tuple[int, int, str]] = []
    for value in values:
        patterns = [table[value.lower()]] if value.lower() in table else []
        if len(value) >= MIN_LITERAL and (value.lower() not in ANSWER_VALUES or key.lower() in text.lower()):
            patterns.append(phrase_pattern([value]))
        spans.extend((m.start(), m.end(), value) for pattern in patterns for m in pattern.finditer(text))
        if (measure := measure_of(value)) is not None:  # "750 ml", "6 horas", "2-Tassen" for 750ml, 6 hours, 2 cups
            spans.extend((start, end, value) for said, start, end in measures(text) if said == measure)
    kept: list[tuple[int, int, str]] = []
    for start, end, value in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if any(start < k_end and end > k_start for k_start, k_end, _ in kept):
            continue
        kept.append((start, end, value))
    return kept


def wanted_value(key: str, values: list[str], current: str, text: str) -> str | None:
    """The first value of option `key` the words name that the item does not have now ("USB statt Batterie" on a
    battery lamp is USB; "half zip, I wanted the full zip one" on a half-zip jacket is full)."""
    spans = _value_spans(key, values, text)
    said = next((v for _, _, v in spans if v.lower() != current.lower()), None)
    if said is not None:
        return said
    # the looser reader never reads again the words a value was named by: "black, still in-ear" on an in-ear item
    # keeps in-ear, it does not ask for on-ear; "same wireless ones" is not "wired"
    for start, end, _ in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    named, ruled = read_values(values, text)  # "switches lineales", "mode nuit", "sin lo de pelo de mascota"
    said = next((v for v in named if v.lower() != current.lower() and v not in ruled), None)
    if said is None and key in read_values([key], text)[1]:  # "ohne Konnektivität", "sans rétroéclairage"
        said = next((v for v in values if v.lower() == "none" and v.lower() != current.lower()), None)
    return said


def values_left(values: list[str], current: str, text: str) -> list[str]:
    """The item's value ruled out by the words, and no other named ("without the clicky switches"): the values
    left to choose from; none when the words rule nothing of the item out or name the value wanted."""
    named, ruled = read_values(values, text)
    if current not in ruled or any(v != current for v in named):
        return []
    return [v for v in values if v not in ruled]


def part_of(key: str) -> str | None:
    """The part a colour option belongs to ("lens color" → lens), when the vocabulary knows it."""
    first = key.lower().split()[0] if key.split() else ""
    return first if first in option_words().part_patterns and len(key.split()) > 1 else None


def part_named(key: str, text: str) -> bool:
    part = part_of(key)
    return part is not None and option_words().part_patterns[part].search(text) is not None
