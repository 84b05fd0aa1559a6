"""Catalog option names and values other than colour and size in the reply's language ("matériau verre",
"Schaltertyp linear", "tipo robot"): the catalogs write them in English, the words are data
(`prompts/option_labels.vN.yaml`). A name or value not listed (a code, a brand) is shown as the catalog spells it."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import PROMPTS
from assistant.models.prompts import PromptLibrary


class OptionLabels(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    names: dict[str, dict[str, str]]
    values: dict[str, dict[str, str]]
    other_values: dict[str, str]
    out_of_stock: dict[str, str]
    another: dict[str, list[str]]

    @cached_property
    def names_folded(self) -> dict[str, dict[str, str]]:
        return {name.lower(): words for name, words in self.names.items()}

    @cached_property
    def another_option(self) -> re.Pattern[str]:
        """"another" followed by an option's name (a word may come between: "a different strap material"); the
        name's last word may run on ("Armbandmaterial", "bracelets"); never a kind of something ("another style of
        hoodie")."""
        others = sorted({fold(word) for words in self.another.values() for word in words}, key=len, reverse=True)
        names = sorted({fold(word) for name, words in self.names.items() for word in (name, *words.values())},
                       key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, others)) + r")\s+(?:[\w-]+\s+)?(?:"
                          + "|".join(map(re.escape, names)) + r")\w*(?!\w)(?!\s+(?:of|de|del|d'|du|des|von)\b)")

    @cached_property
    def values_folded(self) -> dict[str, dict[str, str]]:
        return {value.lower(): words for value, words in self.values.items()}


@lru_cache(maxsize=1)
def option_labels() -> OptionLabels:
    return OptionLabels.model_validate(PromptLibrary(PROMPTS).get("option_labels").data())


def option_name(key: str, language: str) -> str | None:
    """The option's name in `language`, or None when the table has none (English, or a name not listed)."""
    return option_labels().names_folded.get(key.lower(), {}).get(language)


def asks_another_option(text: str) -> bool:
    """The words ask for another value of an option they name ("a different material", "un autre bracelet",
    "otra correa", "ein anderes Armbandmaterial")."""
    return option_labels().another_option.search(fold(text)) is not None


def option_value(value: str, language: str) -> str:
    """The option value in `language`, else as the catalog spells it."""
    return option_labels().values_folded.get(value.lower(), {}).get(language, value)


def has_label(value: str, language: str) -> bool:
    """The option labels say the value in `language` (maybe with the catalog's own word: "beige" is beige)."""
    return language in option_labels().values_folded.get(value.lower(), {})


def other_values_line(values: str, language: str) -> str:
    """The line listing an item's other option values ("Autres options : couleur blanc, bois.")."""
    lines = option_labels().other_values
    return (lines.get(language) or lines["en"]).format(values=values)


def out_of_stock_line(values: str, language: str) -> str:
    """The line listing variants out of stock ("En rupture de stock : longueur 50ft, couleur vert.")."""
    lines = option_labels().out_of_stock
    return (lines.get(language) or lines["en"]).format(values=values)
