"""Per-language tables of fixed customer-facing lines kept as data in `prompts/` (language → key → text).

One loader for all of them: every supported language must give exactly the keys English gives, checked when the
table is first read, so a missing translation fails at start-up rather than showing English to a customer."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from pydantic import RootModel

from assistant.language import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES


class LanguageTable(RootModel[dict[str, dict[str, str]]]):
    """Language → (key → text)."""


@cache
def language_table(path: Path) -> dict[str, dict[str, str]]:
    table = LanguageTable.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))).root
    keys = set(table[DEFAULT_LANGUAGE])
    for language in SUPPORTED_LANGUAGES:
        if set(table.get(language, {})) != keys:
            raise ValueError(f"{path.name}: {language} must give exactly {sorted(keys)}")
    return table


def supported_language(tag: str | None) -> str:
    """The supported language of a language tag such as a browser's "fr-FR" ("fr"), else the default."""
    base = (tag or "").strip().lower().replace("_", "-").split("-")[0]
    return base if base in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
