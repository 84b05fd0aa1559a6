"""A request to switch the reply language ("auf Deutsch bitte"): `receive` already set the conversation's
language to the one asked for (and keeps it from then on); this step says so, in that language. Nothing else
changes: a request in progress stays open."""

from __future__ import annotations

from typing import Any

from assistant.state import ConversationState, Reply, with_replies


async def switch_language(state: ConversationState) -> dict[str, Any]:
    return {"outbox": with_replies(state, Reply(key="language_switched", facts={}))}
