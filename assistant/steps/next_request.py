"""The next request of the queue (`request_queue`), served in the turn that closes the one before it: read like a
message of its own (`understand`, without taking it into the transcript again) and routed to its step; the replies
said so far this turn are kept before its own. While something is open, requests not yet announced are said to
come next."""

from __future__ import annotations

from typing import Any, cast

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.request_clauses import says_both
from assistant.state import ConversationState, Reply
from assistant.steps.request_queue import nothing_open, with_queue_note
from assistant.steps.routing import after_understanding
from assistant.steps.side_question_reading import SIDE_KEY
from assistant.steps.understand import understand

# What the reading of a queued request sets; the turn's transcript, language and outbox stay the turn's.
READ_KEYS = ("intent", "aside", "catalog_reading", "topic", "offered", "shopping")
OWN_YES_KEY = "next_request_own_yes"


async def next_request(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    incoming = state.get("incoming") or {}
    queued = list(state.get("queued") or [])
    if not queued or not nothing_open(state):
        update = with_queue_note(state)
        if incoming.get("served"):
            update["incoming"] = {**incoming, "served": ""}
        return update
    head, rest = queued[0], queued[1:]
    said = {**incoming, "text": head["text"], "served": head["text"], "queued_now": False}
    read = await understand(cast(ConversationState, {**state, "incoming": said, "queued": rest}), runtime)
    # "yes to both" wrote the first only: the next one is proposed with a word that it needs its own yes
    own_yes = [Reply(key=OWN_YES_KEY, facts={})] if says_both(incoming.get("text", "")) else []
    return {**{key: read[key] for key in READ_KEYS if key in read},
            "incoming": {**read.get("incoming", said), "served": head["text"]}, "queued": rest, "outbox": [],
            "replies_before": [*(state.get("replies_before") or []), *(state.get("outbox") or []), *own_yes]}


def after_step(state: ConversationState) -> str:
    """After a flow step: its side questions answered first (`side_questions`), then the queue's turn when requests
    wait (or one was just served), else the reply."""
    if state.get(SIDE_KEY):
        return "side_questions"
    return "next_request" if state.get("queued") or (state.get("incoming") or {}).get("served") else "respond"


def after_next_request(state: ConversationState) -> str:
    """A request just served goes to its step; otherwise the turn is answered."""
    return after_understanding(state) if (state.get("incoming") or {}).get("served") else "respond"
