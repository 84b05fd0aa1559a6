"""Reply templates from `prompts/replies.vN.yaml` (English) and `prompts/replies_<lang>.vN.yaml` (others):
the resolver's replies and the LLM backends' drafts."""

from __future__ import annotations

import string

from assistant.guardrails import literal_text
from assistant.models.prompts import Prompt, PromptLibrary
from assistant.models.requests import ReplyRequest

BASE_LANGUAGE = "en"
# Facts the steps pass as lists. A template that slots one has a `<key>_none` line for when the list is empty, so
# no reply reads "Your delivered items: ." (checked when the templates load).
LIST_FACTS = frozenset({"items", "products", "methods", "alternatives", "order_ids"})
EMPTY_SUFFIX = "_none"


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
        self._check_empty_list_lines()

    def _check_empty_list_lines(self) -> None:
        english = self._templates[BASE_LANGUAGE]
        lacking = sorted(key for key in english if self.fields(key) & LIST_FACTS and key + EMPTY_SUFFIX not in english)
        if lacking:
            raise ValueError(f"replies that slot a list need a line for an empty one ({EMPTY_SUFFIX}): {lacking}")

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
        key = self.key_for(request)
        facts = {name: _fact_text(value, terms) for name, value in request.facts.items()}
        missing = self.fields(key, request.language) - facts.keys()
        if missing:
            raise UnknownReply(f"reply {key!r} needs facts {sorted(missing)}")
        return self._template(key, request.language).format(**facts)

    def key_for(self, request: ReplyRequest) -> str:
        """The template to use: `<key>_none` where a list it slots is empty."""
        listed = self.fields(request.key, request.language) & LIST_FACTS
        if any(name in request.facts and _is_empty(request.facts[name]) for name in listed):
            return request.key + EMPTY_SUFFIX
        return request.key

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


def _is_empty(value: object) -> bool:
    return value == [] or (isinstance(value, str) and not value.strip())  # a list some step joined itself


def _fact_text(value: object, terms: dict[str, str]) -> str:
    """A fact as the reply shows it. Facts are where the customer's own words enter a reply (an address, an item
    as they named it), and the template holds all of the reply's formatting: a fact's markup is shown literally."""
    if isinstance(value, list):
        return ", ".join(literal_text(terms.get(str(item), str(item))) for item in value)
    return literal_text(terms.get(str(value), str(value)))
