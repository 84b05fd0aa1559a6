"""The storefront's words in the customer's language (prompts/shop_ui.v1.yaml), chosen from the browser's
Accept-Language among the languages the assistant answers in."""

from __future__ import annotations

from typing import Any

from assistant.language import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from assistant.language_tables import language_table, supported_language
from assistant.settings import PROJECT_ROOT

WORDING_FILE = PROJECT_ROOT / "prompts" / "shop_ui.v1.yaml"
CATEGORIES_FILE = PROJECT_ROOT / "prompts" / "shop_categories.v1.yaml"


def wording() -> dict[str, dict[str, str]]:
    """Every language's words; each language must have exactly the English keys."""
    return language_table(WORDING_FILE)


def page_language(accept_language: str | None) -> str:
    """The supported language the browser prefers most (q-values honoured), else English."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        base = tag.strip().lower().split("-")[0]
        if base in SUPPORTED_LANGUAGES and quality > 0:
            ranked.append((-quality, position, base))
    return min(ranked)[2] if ranked else DEFAULT_LANGUAGE


def translator(language: str) -> Any:
    """`t(key, **facts)` for templates: the key's words in `language`, facts filled in."""
    words = wording()[language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE]

    def t(key: str, **facts: object) -> str:
        return words[key].format(**facts) if facts else words[key]

    return t


def category_word(name: str, language: str) -> str:
    """A catalog category's name in `language` (prompts/shop_categories.v1.yaml), else as the catalog names it."""
    return language_table(CATEGORIES_FILE)[supported_language(language)].get(name, name)
