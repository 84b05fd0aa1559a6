"""Style words the catalog has no attribute for ("more formal", "plus habillé", "más elegante", "eleganter",
"casual", "sporty"), from `prompts/style_words.v1.yaml`: mapped to the kinds of product the catalog does have where
it can (a hoodie asked "more formal" → jackets), and always said back in one sentence, never ignored silently."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_constraints import CatalogConstraints
from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.catalog_phrases import join_words, value_word
from assistant.grounding.lexicon import PROMPTS
from assistant.models.prompts import PromptLibrary


class Style(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: dict[str, list[str]]
    instead: dict[str, str]  # a casual kind (category name) → the kind shown for this style
    note_mapped: dict[str, str]
    note: dict[str, str]


class StyleTable(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int
    styles: dict[str, Style]


class StyleChange(BaseModel):
    """The constraints with the style mapped, and the sentence that says what was done with the style word."""

    constraints: CatalogConstraints
    note: str


@cache
def style_table() -> StyleTable:
    return StyleTable.model_validate(PromptLibrary(PROMPTS).get("style_words").data())


@cache
def _style_words() -> re.Pattern[str]:
    groups = [f"(?P<{name}>{'|'.join(f'(?:{w})' for words in style.words.values() for w in words)})"
              for name, style in style_table().styles.items()]
    return re.compile(rf"\b(?:{'|'.join(groups)})\b")


def style_asked(text: str) -> str | None:
    """The style a message asks for ("formal", "casual"), None when it names none."""
    found = _style_words().search(fold(text))
    return found.lastgroup if found else None


def styled(style_name: str, constraints: CatalogConstraints, language: str) -> StyleChange:
    """The constraints with each casual kind asked for replaced by the style's kind (a casual kind is then ruled
    out), and the one sentence that says so, or that the catalog cannot sort by that style."""
    style = style_table().styles[style_name]
    casual = [c for c in constraints.categories if c in style.instead]
    if not casual:
        return StyleChange(constraints=constraints, note=style.note[language] if language in style.note
                           else style.note["en"])
    kinds = list(dict.fromkeys(style.instead[c] for c in casual))
    mapped = constraints.model_copy(update={
        "categories": [*[c for c in constraints.categories if c not in casual], *kinds],
        "exclude_categories": list(dict.fromkeys([*constraints.exclude_categories, *casual])),
        "kinds": [], "exclude_kinds": constraints.exclude_kinds}, deep=True)
    template = style.note_mapped.get(language) or style.note_mapped["en"]
    note = template.format(kind=join_words([value_word(k, language) for k in kinds], language),
                           casual=join_words([value_word(c, language) for c in casual], language))
    return StyleChange(constraints=mapped, note=note)
