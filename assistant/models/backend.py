"""The one interface the graph talks to: typed decisions and streamed replies, whatever answers them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Generic, Literal, Protocol, TypeVar

from pydantic import BaseModel

from assistant.models.contracts import DecisionContract
from assistant.models.requests import DecisionRequest, ReplyRequest

T = TypeVar("T", bound=DecisionContract)

FailureReason = Literal[
    "timeout",
    "rate_limited",
    "server_error",
    "connection",
    "rejected",
    "bad_output",
    "circuit_open",
    "stream_cut",
]

# The server is down, overloaded or unreachable: stop calling it for a while (breaker, hold-off).
OUTAGE_REASONS: frozenset[FailureReason] = frozenset(
    {"timeout", "rate_limited", "server_error", "connection", "circuit_open", "stream_cut"}
)
# The server answered, but not this request (a 4xx, an output that fails the schema): only this call
# falls back; other conversations keep the model.


def is_outage(error: BaseException) -> bool:
    """True for failures that say the server is unwell; anything not a `BackendError` counts as one too."""
    return not isinstance(error, BackendError) or error.reason in OUTAGE_REASONS


class BackendError(Exception):
    """A backend could not answer; `reason` says why so the fallback can tell the customer."""

    def __init__(self, reason: FailureReason, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason: FailureReason = reason
        self.detail = detail


class Decision(BaseModel, Generic[T]):
    """A decision with its provenance: who answered, with which model and prompt, how fast."""

    value: T
    backend: str
    model: str
    prompt_version: str
    latency_ms: float
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    degraded: bool = False
    notice: str | None = None


class ReplyChunk(BaseModel):
    """A piece of a streamed reply; `notice` is set on the chunk that announces a fallback."""

    text: str
    backend: str
    notice: str | None = None


class ModelBackend(Protocol):
    """Implemented by the resolver, the vLLM client, the in-process model and the fallback wrapper."""

    name: str

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        """Answer one decision contract, or raise `BackendError`."""
        ...

    def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        """Stream the reply text for `request`, or raise `BackendError` (possibly mid-stream)."""
        ...

    async def aclose(self) -> None:
        """Release connections or weights."""
        ...
