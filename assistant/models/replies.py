"""Reply templates from `prompts/replies.vN.yaml` (English) and `prompts/replies_<lang>.vN.yaml` (others):
the resolver's replies and the LLM backends' drafts."""

from __future__ import annotations

import string

from assistant.models.prompts import Prompt, PromptLibrary
from assistant.models.requests import ReplyRequest

BASE_LANGUAGE = "en"


class UnknownReply(KeyError):
    """The graph asked for a reply key or fact the templates do not have."""


class ReplyTemplates:
    def __init__(self, prompts: PromptLibrary) -> None:
        self.prompt: Prompt = prompts.get("replies")
        self._templates: dict[str, dict[str, str]] = {BASE_LANGUAGE: _read(self.prompt.data())}
        # Per language, fact values the graph writes in English (statuses, labels, remedies) and their translation.
        self._terms: dict[str, dict[str, str]] = {}
        for name in prompts.names():
            if name.startswith("replies_"):
                data = dict(prompts.get(name).data())
                language = name.removeprefix("replies_")
                self._terms[language] = _read(data.pop("terms", {}))
                translated = _read(data)
                unknown = translated.keys() - self._templates[BASE_LANGUAGE].keys()
                if unknown:
                    raise ValueError(f"{name}: keys not in the English templates: {sorted(unknown)}")
                self._templates[language] = translated

    def keys(self) -> list[str]:
        return sorted(self._templates[BASE_LANGUAGE])

    def languages(self) -> list[str]:
        return sorted(self._templates)

    def missing(self, language: str) -> list[str]:
        """Keys a translation lacks (those replies fall back to English)."""
        return sorted(self._templates[BASE_LANGUAGE].keys() - self._templates.get(language, {}).keys())

    def fields(self, key: str, language: str = BASE_LANGUAGE) -> set[str]:
        """The facts a template needs."""
        return {name for _, name, _, _ in string.Formatter().parse(self._template(key, language)) if name}

    def render(self, request: ReplyRequest) -> str:
        terms = self._terms.get(request.language, {})
        facts = {key: _fact_text(value, terms) for key, value in request.facts.items()}
        missing = self.fields(request.key, request.language) - facts.keys()
        if missing:
            raise UnknownReply(f"reply {request.key!r} needs facts {sorted(missing)}")
        return self._template(request.key, request.language).format(**facts)

    def notice(self, language: str = BASE_LANGUAGE) -> str:
        return self._template("degraded_notice", language)

    def _template(self, key: str, language: str) -> str:
        translated = self._templates.get(language, {}).get(key)
        if translated is not None:
            return translated
        try:
            return self._templates[BASE_LANGUAGE][key]
        except KeyError:
            raise UnknownReply(f"no reply template {key!r}") from None


def _read(data: dict[object, object]) -> dict[str, str]:
    return {str(key): str(value) for key, value in data.items()}


def _fact_text(value: object, terms: dict[str, str]) -> str:
    if isinstance(value, list):
        return ", ".join(terms.get(str(item), str(item)) for item in value)
    return terms.get(str(value), str(value))
