"""The resolver backend: every decision contract fulfilled without a generative model; replies from templates.

It is the offline default and the fallback when an LLM backend fails.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from typing import cast

from assistant.models.backend import Decision, ReplyChunk, T
from assistant.models.contracts import (
    ComplaintTarget,
    DecisionContract,
    PhotoAttributes,
    PhotoTriage,
    RemedyProposal,
    TurnIntent,
)
from assistant.models.embedder import TextEmbedder
from assistant.models.prompts import PromptLibrary
from assistant.models.replies import ReplyTemplates
from assistant.models.requests import DecisionRequest, ReplyRequest
from assistant.models.resolver.attributes import read_attributes
from assistant.models.resolver.intent import IntentResolver
from assistant.models.resolver.intent_weights import IntentWeights
from assistant.models.resolver.remedy import propose_remedy
from assistant.models.resolver.targeting import target_complaint
from assistant.models.resolver.triage import triage_photo

MODEL_NAME = "resolver:minilm-prototypes+rules"
RULES_VERSION = "resolver-rules.v1"


class ResolverBackend:
    name = "resolver"

    def __init__(self, prompts: PromptLibrary, embedder: TextEmbedder) -> None:
        prototypes = prompts.get("intent_prototypes")
        # English also has learned weights (prompts/intent_weights.v1.npz, from `vitrine eval intent-train`).
        weights = IntentWeights.load()
        self._intent = IntentResolver(embedder, prototypes.data(), weights)
        self._intent_version = f"{prototypes.ref}+{weights.ref}"
        # Other languages have their own, smaller prototype sets; the English set stays as evaluated.
        self._intent_by_language = {
            name.removeprefix("intent_prototypes_"): IntentResolver(embedder, prompts.get(name).data())
            for name in prompts.names() if name.startswith("intent_prototypes_")
        }
        self.templates = ReplyTemplates(prompts)
        self._rules: dict[type[DecisionContract], Callable[[DecisionRequest], DecisionContract]] = {
            TurnIntent: self._resolve_intent,
            ComplaintTarget: target_complaint,
            PhotoTriage: lambda request: triage_photo(request.evidence, request.text),
            RemedyProposal: propose_remedy,
            PhotoAttributes: read_attributes,
        }

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        return self.decide_now(kind, request)

    def decide_now(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        """Synchronous: the resolver never waits on I/O, so callers may skip the event loop."""
        started = time.perf_counter()
        rule = self._rules.get(kind)
        if rule is None:
            raise TypeError(f"the resolver has no rule for {kind.__name__}")
        value = cast(T, rule(request))
        return Decision[T](
            value=value,
            backend=self.name,
            model=MODEL_NAME,
            prompt_version=self._intent_version if kind is TurnIntent else RULES_VERSION,
            latency_ms=(time.perf_counter() - started) * 1000,
        )

    def _resolve_intent(self, request: DecisionRequest) -> TurnIntent:
        return self._intent_by_language.get(request.language, self._intent).resolve(request)

    def render_reply(self, request: ReplyRequest) -> str:
        return self.templates.render(request)

    async def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        yield ReplyChunk(text=self.render_reply(request), backend=self.name)

    async def aclose(self) -> None:
        return None
