"""Wraps an LLM backend's replies: fixed replies never reach the model, and every rewrite is checked whole
(`reply_check.py`) before any of it is sent; a rewrite that fails is replaced by its template.

The model's reply is therefore held until it is complete: a customer never sees text that is then taken
back. Decisions pass through unchanged.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from assistant.models import ledger
from assistant.models.backend import Decision, ModelBackend, ReplyChunk, T
from assistant.models.replies import ReplyTemplates
from assistant.models.reply_check import ReplyRules, check_reply
from assistant.models.requests import DecisionRequest, ReplyRequest

log = logging.getLogger(__name__)
TEMPLATE = "template"


class CheckedReplies:
    def __init__(self, inner: ModelBackend, templates: ReplyTemplates, rules: ReplyRules) -> None:
        self.inner = inner
        self.name = inner.name
        self._templates = templates
        self._rules = rules

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        return await self.inner.decide(kind, request)

    async def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        draft = self._templates.render(request)
        if self._rules.is_fixed(request):
            ledger.count("replies", "fixed")
            yield ReplyChunk(text=draft, backend=TEMPLATE)
            return
        text = "".join([chunk.text async for chunk in self.inner.stream_reply(request)]).strip()
        failure = check_reply(text, draft, request, self._rules)
        if failure is None:
            ledger.count("replies", "model")
            yield ReplyChunk(text=text, backend=self.inner.name)
            return
        log.info("model reply %s refused (%s); the template is sent", request.key, failure)
        ledger.count("replies", "checked_out")
        ledger.count("reply_checks_failed", failure)
        yield ReplyChunk(text=draft, backend=TEMPLATE)

    async def aclose(self) -> None:
        await self.inner.aclose()
