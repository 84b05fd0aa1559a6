"""Changing the default address saved on the customer's account (tau's `modify_user_address`).

The address is only proposed here, spelled out in full next to the current one; `confirm` records the
customer's explicit yes and performs `modify_customer_address` for the verified customer, as every write.
Orders already placed keep their own shipping address (that is `modify_pending_order_address`).
"""

from __future__ import annotations

import uuid
from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.models.contracts import Intent
from assistant.refusals import refused
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.addresses import FIELDS, describe_address, read_address
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.routing import merged_slots

TOOL = "modify_customer_address"


def _reply(state: ConversationState, topic: dict[str, Any] | None, key: str, **facts: Any) -> dict[str, Any]:
    return {"topic": topic, "outbox": with_replies(state, Reply(key=key, facts=facts))}


async def change_default_address(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    topic = {"intent": Intent.CHANGE_DEFAULT_ADDRESS.value, "slots": merged_slots(state)}
    reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    current = (await reader.profile()).get("address")
    if not current:
        return {"topic": None, "outbox": with_replies(state, refused("address_unreadable"))}
    new = read_address((state.get("incoming") or {}).get("text", ""), current["country"])
    if new is None:
        return _reply(state, topic, "ask_default_address", current_address=describe_address(current))
    if all(new[field] == current.get(field, "") for field in FIELDS):
        return _reply(state, None, "default_address_unchanged", current_address=describe_address(current))
    facts = {
        "current_address": describe_address(current, with_country=True),
        "new_address": describe_address(new, with_country=True),
    }
    pending = {"action_id": uuid.uuid4().hex, "tool": TOOL, "arguments": new, "ticket": None,
               "reply_key": "default_address_changed", "reply_facts": {"new_address": facts["new_address"]}}
    proposal = Reply(key="confirm_default_address", facts=facts, quick_replies=["Yes", "No"])
    return {"topic": topic, "pending": pending, "outbox": with_replies(state, proposal)}
