"""Reply templates from `prompts/replies.vN.yaml`: the resolver's replies and the LLM backends' drafts."""

from __future__ import annotations

import string

from assistant.models.prompts import Prompt, PromptLibrary
from assistant.models.requests import ReplyRequest


class UnknownReply(KeyError):
    """The graph asked for a reply key or fact the templates do not have."""


class ReplyTemplates:
    def __init__(self, prompts: PromptLibrary) -> None:
        self.prompt: Prompt = prompts.get("replies")
        data = self.prompt.data()
        self._templates: dict[str, str] = {str(key): str(value) for key, value in data.items()}

    def keys(self) -> list[str]:
        return sorted(self._templates)

    def fields(self, key: str) -> set[str]:
        """The facts a template needs."""
        return {name for _, name, _, _ in string.Formatter().parse(self._template(key)) if name}

    def render(self, request: ReplyRequest) -> str:
        facts = {key: _fact_text(value) for key, value in request.facts.items()}
        missing = self.fields(request.key) - facts.keys()
        if missing:
            raise UnknownReply(f"reply {request.key!r} needs facts {sorted(missing)}")
        return self._template(request.key).format(**facts)

    def notice(self) -> str:
        return self._template("degraded_notice")

    def _template(self, key: str) -> str:
        try:
            return self._templates[key]
        except KeyError:
            raise UnknownReply(f"no reply template {key!r}") from None


def _fact_text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)
