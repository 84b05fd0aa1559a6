"""Progress in words while a turn runs: one line in the customer's language ("Checking your photo",
"Comparing with your order"), changed as the photo intake and the graph steps start and gone once the reply
begins. Labels are data (`prompts/progress_labels.v1.yaml`); a step without a label shows nothing, so no
internal step name reaches a customer. The line is sent to the browser only, never kept in the chat history.
"""

from __future__ import annotations

from typing import Any

import chainlit as cl

from assistant.language import DEFAULT_LANGUAGE
from assistant.language_tables import language_table
from assistant.settings import PROJECT_ROOT

LABELS_FILE = PROJECT_ROOT / "prompts" / "progress_labels.v1.yaml"


def progress_labels() -> dict[str, dict[str, str]]:
    """Language → (stage → label); every supported language labels the stages English labels."""
    return language_table(LABELS_FILE)


def progress_label(stage: str, language: str | None) -> str | None:
    labels = progress_labels()
    return labels.get(language or DEFAULT_LANGUAGE, labels[DEFAULT_LANGUAGE]).get(stage)


class ProgressNote:
    """The turn's progress line in this chat session (Chainlit's emitter: shown live, not persisted)."""

    def __init__(self, language: str | None, *, author: str) -> None:
        self.language, self.author = language, author
        self._step: dict[str, Any] | None = None

    async def show(self, stage: str) -> None:
        label = progress_label(stage, self.language)
        if label is None:
            return
        content = f"_{label}…_"
        if self._step is None:
            self._step = dict(cl.Message(content=content, author=self.author).to_dict())
            await cl.context.emitter.send_step(self._step)  # type: ignore[arg-type]
        elif self._step["output"] != content:
            self._step["output"] = content
            await cl.context.emitter.update_step(self._step)  # type: ignore[arg-type]

    async def clear(self) -> None:
        if self._step is not None:
            step, self._step = self._step, None
            await cl.context.emitter.delete_step(step)  # type: ignore[arg-type]
