"""A model with a fixed latency per call, so that what the load test measures beyond it is Vitrine's own work.

Decisions come from two rules (an order id in the text means "order status", anything else is a greeting);
replies are the reply templates. Every call sleeps exactly `latency_s` first, like a model server would
make the request wait without using this process's CPU.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from pathlib import Path

from assistant.models.backend import Decision, ReplyChunk, T
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.models.prompts import PromptLibrary
from assistant.models.replies import ReplyTemplates
from assistant.models.requests import DecisionRequest, ReplyRequest

ORDER_ID = re.compile(r"#[A-Z]\d{7}")


class FixedLatencyModel:
    name = "fixed-latency"

    def __init__(self, prompts_dir: Path, latency_s: float) -> None:
        self.templates = ReplyTemplates(PromptLibrary(prompts_dir))
        self.latency_s = latency_s
        self.calls = 0

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        await asyncio.sleep(self.latency_s)
        self.calls += 1
        if kind is not TurnIntent:
            raise NotImplementedError(f"the load scenario's flows ask only for TurnIntent, not {kind.__name__}")
        orders = ORDER_ID.findall(request.text)
        value = TurnIntent(intent=Intent.ORDER_STATUS if orders else Intent.GREET, confidence=0.99,
                           slots=TurnSlots(order_ids=orders))
        return Decision[T](value=value, backend=self.name, model="fixed", prompt_version="load",  # type: ignore[arg-type]
                           latency_ms=self.latency_s * 1000)

    async def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        await asyncio.sleep(self.latency_s)
        self.calls += 1
        yield ReplyChunk(text=self.templates.render(request), backend=self.name)

    async def aclose(self) -> None:
        return None
