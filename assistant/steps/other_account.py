"""A question about another customer's account data (`grounding/other_accounts`): refused plainly, in the
customer's language. Nothing is looked up, neither the other account nor the customer's own, and a request in
progress stays open."""

from __future__ import annotations

from typing import Any

from assistant.state import ConversationState, Reply, with_replies


async def refuse_other_account(state: ConversationState) -> dict[str, Any]:
    return {"outbox": with_replies(state, Reply(key="other_account_data", facts={}))}
