"""Quick-reply buttons in the customer's language: steps propose them by their English name ("Yes", "No");
the labels per language are data (`prompts/quick_replies.v1.yaml`)."""

from __future__ import annotations

from functools import cache

import yaml
from pydantic import RootModel

from assistant.language import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from assistant.settings import PROJECT_ROOT

QUICK_REPLIES_FILE = PROJECT_ROOT / "prompts" / "quick_replies.v1.yaml"


class QuickReplyLabels(RootModel[dict[str, dict[str, str]]]):
    """Language → (English name → label); every supported language labels every name English has."""


@cache
def quick_reply_labels() -> dict[str, dict[str, str]]:
    labels = QuickReplyLabels.model_validate(yaml.safe_load(QUICK_REPLIES_FILE.read_text(encoding="utf-8"))).root
    names = set(labels[DEFAULT_LANGUAGE])
    for language in SUPPORTED_LANGUAGES:
        if set(labels.get(language, {})) != names:
            raise ValueError(f"{QUICK_REPLIES_FILE.name}: {language} must label exactly {sorted(names)}")
    return labels


def localised_quick_replies(names: list[str], language: str | None) -> list[str]:
    """The buttons' labels in `language` (English, and the name itself, for what the file does not know)."""
    labels = quick_reply_labels()
    table = labels.get(language or DEFAULT_LANGUAGE, labels[DEFAULT_LANGUAGE])
    return [table.get(name, name) for name in names]
