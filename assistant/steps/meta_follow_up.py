""""What does that mean?", "what?" and "why do you need to know?" about the assistant's last message: the last answer
explained (an order's status in words, from the order's record), or the question just asked explained and asked
again. Nothing is filed, ended or proposed, and a request in progress stays open for the answer."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.order_follow_ups import asks_meaning, asks_why_asked, sounds_confused, status_meaning
from assistant.grounding.orders import orders_named
from assistant.grounding.statuses import describe_status
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.order_lookup import CustomerReader

MAX_WORDS = 7  # "what does that mean?"; "what does waterproof mean for this jacket?" is a product question


def asks_about_last_message(state: ConversationState) -> bool:
    """A short "what does that mean?" / "why do you ask?" with an assistant message before it."""
    text = (state.get("incoming") or {}).get("text", "")
    return (len(text.split()) <= MAX_WORDS and (asks_meaning(text) or asks_why_asked(text) or sounds_confused(text))
            and last_said(state) is not None)


def last_said(state: ConversationState) -> str | None:
    """The assistant's last message before this turn."""
    said = [t["text"] for t in state.get("transcript", []) if t["role"] == "assistant"]
    return said[-1] if said else None


async def meta_follow_up(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    text = (state.get("incoming") or {}).get("text", "")
    language = state.get("language") or "en"
    previous = last_said(state) or ""
    if asks_why_asked(text):
        return {"outbox": with_replies(state, Reply(key="why_asked", facts={"previous": previous}))}
    if sounds_confused(text):  # "what?", "quoi ?", "wie bitte?": the last answer said again, never a goodbye
        return {"outbox": with_replies(state, Reply(key="meaning_restated", facts={"previous": previous}))}
    named = orders_named(previous)
    if len(named) == 1 and state.get("customer_id"):
        reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
        order = await reader.order(named[0])
        meaning = status_meaning(order["status"], language) if order else None
        if order and meaning:
            return {"outbox": with_replies(state, Reply(key="status_meaning", facts={
                "order_id": order["order_id"], "status": describe_status(order["status"], language),
                "meaning": meaning}))}
    return {"outbox": with_replies(state, Reply(key="meaning_restated", facts={"previous": previous}))}
