"""What the model layer did for one turn (or one eval case): who answered, why it fell back, calls and tokens.

Backends write into the ledger of the current context (`open_ledger`); with none open, recording is a no-op,
so production pays nothing unless a caller (the eval runner, a bench) asks for the account.
"""

from __future__ import annotations

from collections import Counter
from contextvars import ContextVar

from pydantic import BaseModel, Field

_current: ContextVar[ModelLedger | None] = ContextVar("model_ledger", default=None)


class ModelLedger(BaseModel):
    decisions: dict[str, int] = Field(default_factory=dict, description="decisions by the backend that answered")
    replies: dict[str, int] = Field(
        default_factory=dict, description="replies by who wrote them: model, template (fixed), checked_out, fallback")
    fallbacks: dict[str, int] = Field(default_factory=dict, description="resolver answers instead, by reason")
    reply_checks_failed: dict[str, int] = Field(default_factory=dict, description="model replies refused, by reason")
    schema_failures: int = 0
    model_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add(self, other: ModelLedger) -> None:
        for name in ("decisions", "replies", "fallbacks", "reply_checks_failed"):
            setattr(self, name, dict(Counter(getattr(self, name)) + Counter(getattr(other, name))))
        self.schema_failures += other.schema_failures
        self.model_calls += other.model_calls
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens

    @property
    def fallen_back(self) -> int:
        return sum(self.fallbacks.values())


def open_ledger() -> ModelLedger:
    """Start a ledger for the current context (and the tasks it starts); returns it to read afterwards."""
    ledger = ModelLedger()
    _current.set(ledger)
    return ledger


def current_ledger() -> ModelLedger | None:
    return _current.get()


def count(field: str, key: str) -> None:
    """Add one to `field[key]` (decisions, replies, fallbacks, reply_checks_failed)."""
    ledger = _current.get()
    if ledger is not None:
        tally = getattr(ledger, field)
        tally[key] = tally.get(key, 0) + 1


def count_call(prompt_tokens: int | None = None, completion_tokens: int | None = None) -> None:
    ledger = _current.get()
    if ledger is not None:
        ledger.model_calls += 1
        ledger.prompt_tokens += prompt_tokens or 0
        ledger.completion_tokens += completion_tokens or 0


def count_schema_failure() -> None:
    ledger = _current.get()
    if ledger is not None:
        ledger.schema_failures += 1
