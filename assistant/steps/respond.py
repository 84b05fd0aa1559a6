"""Render this turn's replies through the model layer, streaming text as it comes.

Agent messages are delivered word for word; everything else is a template the backend may phrase (an LLM
backend's rewrites are checked in `assistant/models/checked_replies.py`). A fallback notice is shown once per
turn, however many replies fell back.
"""

from __future__ import annotations

from typing import Any

from langgraph.config import get_stream_writer
from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.shown_lists import shown_after
from assistant.guardrails import sanitise_markdown
from assistant.models.requests import ReplyRequest
from assistant.quick_replies import localised_quick_replies
from assistant.state import ConversationState, text_digest
from assistant.steps.last_write import WRITTEN
from assistant.steps.option_after_refusal import order_under_way
from assistant.steps.repeated_refusal import vary_repeated_refusals
from assistant.steps.understand import chat_history

VERBATIM = {"agent_message"}


async def respond(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    write = get_stream_writer()
    messages, notices = [], list(state.get("notices") or [])
    # the replies to requests served earlier in this turn (steps/next_request.py) come first
    said = [*(state.get("replies_before") or []), *(state.get("outbox") or [])]
    outbox, refusals_said = vary_repeated_refusals(said, state.get("refusals_said") or [])
    for reply in outbox:
        facts = reply.get("facts", {})
        if reply["key"] in VERBATIM:
            text = str(facts.get("text", ""))
            write({"type": "token", "text": text})
        else:
            parts = []
            request = ReplyRequest(key=reply["key"], facts=facts, text=(state.get("incoming") or {}).get("text", ""),
                                   history=chat_history(state), language=state.get("language") or "en")
            async for chunk in runtime.context.backend.stream_reply(request):
                if chunk.notice:  # shown once per turn, beside the messages, never inside each of them
                    if chunk.notice not in notices:
                        notices.append(chunk.notice)
                    continue
                parts.append(chunk.text)
                write({"type": "token", "text": chunk.text})
            text = sanitise_markdown("".join(parts).strip())
        buttons = localised_quick_replies(list(reply.get("quick_replies", [])), state.get("language"))
        messages.append({"text": text, "cards": reply.get("cards", []), "quick_replies": buttons,
                         "author": "agent" if reply["key"] in VERBATIM else "assistant"})
        write({"type": "message_end"})
    incoming = state.get("incoming") or {}
    answered = {incoming["message_id"]: text_digest(incoming.get("text", ""))} if incoming.get("message_id") else {}
    update: dict[str, Any] = {
        "answered": answered,
        "messages": messages,
        "notices": notices,
        "transcript": [{"role": "assistant", "text": m["text"]} for m in messages if m["author"] == "assistant"],
        "outbox": [],
        "replies_before": [],
        "refusals_said": refusals_said,
        "said_last": [reply["key"] for reply in outbox],
        "order_under_way": order_under_way(said, state.get("order_under_way")),
    }
    written = [m["text"] for reply, m in zip(outbox, messages, strict=True) if reply["key"] in WRITTEN]
    if written:
        update["written_said"] = written[-1]
    shown = shown_after(messages, state.get("shown_list"))
    if shown != state.get("shown_list"):
        update["shown_list"] = shown
    if state.get("pending") and not proposal_on_screen(messages):
        update["pending"] = None
    return update


def proposal_on_screen(messages: list[dict[str, Any]]) -> bool:
    """Whether this turn ends on a question with answers to pick (a proposal, or the request to say yes or no).

    A yes confirms only a proposal the customer has in front of them: when a turn went elsewhere (a product
    question, another order's status) the proposal is dropped, so a later "yes" cannot carry out a write the
    customer may no longer have in mind."""
    return bool(messages) and bool(messages[-1].get("quick_replies"))
