"""Verify who the customer is (email, or first + last name + zip) before any order data is shown."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.models.contracts import Intent
from assistant.state import ConversationState
from assistant.steps.order_options import OPTIONS_SLOT, asks_for_options
from assistant.steps.routing import STEP_FOR_INTENT, active_intent, merged_slots
from tools.context import Actor
from tools.registry import invoke_tool

VERIFICATION_TOOLS = {"find_customer_by_email", "find_customer_by_name_zip"}


def _lookup(slots: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    if slots.get("email"):
        return "find_customer_by_email", {"email": slots["email"]}
    if slots.get("first_name") and slots.get("last_name") and slots.get("zip_code"):
        return "find_customer_by_name_zip", {
            "first_name": slots["first_name"], "last_name": slots["last_name"], "zip": slots["zip_code"]}
    return None


def _is_task(intent: str) -> bool:
    """Only a request the shop acts on stays open after verification. A greeting ("hi, my email is ...") or
    bare details must not: an open topic makes the next, less certain turn read as an answer to it."""
    return Intent(intent) in STEP_FOR_INTENT


async def verify_identity(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    slots = merged_slots(state)
    if asks_for_options(state):
        slots[OPTIONS_SLOT] = True  # answered once the customer is verified
    topic: dict[str, Any] = {"intent": active_intent(state).value, "slots": slots}
    lookup = _lookup(slots)
    if lookup is None:
        return {"topic": topic, "outbox": [{"key": "ask_identity", "facts": {}}]}
    tool, arguments = lookup
    async with runtime.context.tools(Actor.anonymous(), state["conversation_id"]) as ctx:
        found = await invoke_tool(tool, ctx, arguments, allowed=VERIFICATION_TOOLS)
    if not found.ok:
        return {"topic": topic, "outbox": [{"key": "identity_failed", "facts": {}}]}
    customer_id = found.data["customer_id"]
    current = state.get("customer_id")
    if current and current != customer_id:
        # One customer per conversation: details of someone else never switch the account.
        return {"topic": None, "outbox": [{"key": "identity_mismatch", "facts": {}}]}
    async with runtime.context.tools(Actor.customer(customer_id), state["conversation_id"]) as ctx:
        profile = await invoke_tool("get_customer_details", ctx, {}, allowed={"get_customer_details"})
    name = profile.data["first_name"] if profile.ok else "there"
    remaining = {k: v for k, v in slots.items() if k not in ("email", "first_name", "last_name", "zip_code")}
    return {
        "customer_id": customer_id,
        "verified_by": "email" if tool == "find_customer_by_email" else "name_zip",
        "topic": {"intent": topic["intent"], "slots": remaining} if _is_task(topic["intent"]) else None,
        "outbox": [{"key": "identity_verified", "facts": {"name": name}}],
    }
