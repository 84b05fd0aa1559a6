"""Escalation to a human: an escalated ticket, then the graph pauses (`interrupt`) until the desk acts.

While an agent holds the conversation, every event reaches the graph as a resume value:
`{"kind": "customer_message" | "agent_reply" | "hand_back", "text": ..., "agent_id": ..., "message_id": ...}`.

While the customer waits, every message goes to the ticket; a question whose answer only reads (the shop's rules,
where one of their orders is) is also answered at once (steps/held_answers.py, desk18 F11), and so is a question
about a product (steps/held_product_question.py, desk19). Anything else (writes, photos) is left to the agent, who
holds the conversation; the chat acknowledges every message (web/chat/awaiting_agent.py).
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from assistant.context import Deps
from assistant.models.contracts import Intent
from assistant.refusals import refusal_reply
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.conversation_evidence import order_named, photos_sent
from assistant.steps.hand_back import (
    followed_by_reply,
    handed_back,
    picks_up,
    still_before_reply,
    with_unanswered,
)
from assistant.steps.held_answers import held_amount_answer, held_answer
from assistant.steps.held_product_question import product_answer_while_held
from assistant.steps.identity import ask_identity_key
from assistant.steps.offer_with_person import offer_for_the_person
from assistant.steps.receive import customer_turn, reply_language
from assistant.steps.routing import NEEDS_A_PERSON, turn_intent
from assistant.steps.ticket_follow_up import TICKET_LIMIT, follow_up_latest_ticket, follow_up_open_ticket
from assistant.steps.ticket_order import order_of_item_named
from tools.context import Actor
from tools.registry import invoke_tool
from tools.store.enums import EscalationReason, TicketCategory, TicketEventKind
from tools.ticket_views import EvidenceRef
from tools.tickets import add_ticket_event

COMPLAINT_CATEGORIES = {c.value for c in TicketCategory}


# The ticket's first line says why it reached a person, in the same words as its escalation reason.
SUMMARY_REASONS = {
    EscalationReason.CUSTOMER_REQUEST: "Customer asked for a person.",
    EscalationReason.DISSATISFACTION: "Escalated by the assistant: the customer was not understood several times "
                                      "in a row.",
}


def _summary(state: ConversationState, because: EscalationReason) -> str:
    said = [t["text"] for t in state.get("transcript", []) if t["role"] == "customer" and t["text"]]
    reason = SUMMARY_REASONS.get(because, f"Escalated by the assistant ({because.value}).")
    return f"{reason} Recent messages: " + " | ".join(said[-5:])


async def hand_to_human(deps: Deps, state: ConversationState, ticket_args: dict[str, Any],
                        because: EscalationReason) -> dict[str, Any]:
    """Open (once per message) an escalated ticket and pause the conversation for the desk; the ticket records
    `because` (the customer asked, or the system's grounds). An open ticket about the same order and item gets
    this message instead, and the customer hears about it."""
    if (followed := await follow_up_open_ticket(deps, state, ticket_args, escalate_because=because)) is not None:
        return followed
    action_id = f"escalation:{(state.get('incoming') or {}).get('message_id', 'turn')}"
    arguments = {**ticket_args, "escalate": True, "escalation_reason": because.value}
    async with deps.tools(Actor.customer(state["customer_id"]), state["conversation_id"]) as ctx:  # type: ignore[arg-type]
        ticket = await invoke_tool("open_ticket", ctx, arguments, action_id=action_id, allowed={"open_ticket"})
        if not ticket.ok and ticket.error_code != TICKET_LIMIT:  # e.g. an order id that is not theirs
            arguments = {**arguments, "order_id": None, "item_ids": []}
            ticket = await invoke_tool("open_ticket", ctx, arguments, action_id=action_id, allowed={"open_ticket"})
    if not ticket.ok and ticket.error_code == TICKET_LIMIT:
        followed = await follow_up_latest_ticket(deps, state, ticket_args, escalate_because=because)
        return followed or {"pending": None, "topic": None, "outbox": with_replies(state, refusal_reply(ticket))}
    return {
        "handoff": {"ticket_id": ticket.data["id"], "active": True},
        "pending": None,
        "topic": None,
        "outbox": with_replies(state, Reply(key="escalated", facts={"ticket_id": ticket.data["number"]})),
    }


async def escalate(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    if not state.get("customer_id"):
        # A ticket needs a verified customer; ask for identity first and keep the request open.
        return {"topic": {"intent": "human_agent", "slots": {}},
                "outbox": with_replies(state, Reply(key=ask_identity_key(runtime.context.guest_rule), facts={}))}
    slots = (state.get("topic") or {}).get("slots", {})
    category = slots.get("category")
    because = escalation_reason(state)
    said = (state.get("incoming") or {}).get("text", "")  # an order named by its item ("my pants exchange")
    order_id = (slots.get("order_ids") or [None])[0] or order_named(state) or await order_of_item_named(
        runtime.context, state["customer_id"] or "", state["conversation_id"], said)
    ticket: dict[str, Any] = {
        "category": category if category in COMPLAINT_CATEGORIES else TicketCategory.OTHER.value,
        "summary": _summary(state, because),
        "order_id": order_id,
        "evidence": photos_sent(state),
        "priority": "high" if state.get("dissatisfaction", 0) >= 2 else "normal",
    }
    # A photo sent with the request: assessed as a complaint's would be, for the person (steps/photo_handoff.py;
    # imported here, as it reads the complaint step's helpers and that step hands over through this module).
    from assistant.steps.photo_handoff import photo_in_handoff

    if (assessed := await photo_in_handoff(runtime.context, state)) is not None:
        fields, triage_line = assessed
        note = fields.pop("photo_note")
        ticket = {**ticket, **fields, "summary": f"{ticket['summary']} {note}"[:4000]}
        state = {**state, "outbox": with_replies(state, triage_line)}
    else:  # an open photo offer answered with a request for a person: its verdict and the yes go to the person
        ticket, waits = offer_for_the_person(state, ticket)
        if waits is not None:
            state = {**state, "outbox": with_replies(state, waits)}
    return await hand_to_human(runtime.context, state, ticket, because)


def escalation_reason(state: ConversationState) -> EscalationReason:
    """The customer asked for a person (now, or before verifying who they are), or the system escalates
    because the customer is repeatedly unhappy (see routing.after_understanding)."""
    text = (state.get("incoming") or {}).get("text", "")
    asked = (turn_intent(state) is Intent.HUMAN_AGENT or NEEDS_A_PERSON.search(text) is not None
             or (state.get("topic") or {}).get("intent") == Intent.HUMAN_AGENT.value)
    if asked or state.get("dissatisfaction", 0) < 2:
        return EscalationReason.CUSTOMER_REQUEST
    return EscalationReason.DISSATISFACTION


async def await_agent(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    handoff = state["handoff"]
    assert handoff is not None  # noqa: S101
    event: dict[str, Any] = interrupt({"ticket_id": handoff["ticket_id"], "conversation_id": state["conversation_id"]})
    kind = event.get("kind")
    if kind == "customer_message":
        await _relay(runtime.context, state, handoff["ticket_id"], event)
        # The conversation's language follows the customer while the desk holds it too: the hand-back line and
        # the chat's labels are said in the language they last wrote in.
        language = reply_language(state, event.get("text", ""))
        answers, focus = await _answers_while_held(state, runtime, event, language)
        update: dict[str, Any] = {**focus, "transcript": [customer_turn(event.get("text", ""), event.get("photo"))],
                                  "outbox": answers, "messages": [],
                                  "language": language,
                                  "handoff": {**handoff, "relayed": int(handoff.get("relayed") or 0) + 1,
                                              "unanswered": with_unanswered(handoff, event, answered=bool(answers)),
                                              "before_reply": still_before_reply(handoff, event)}}
        if event.get("photo"):
            update["photo"] = event["photo"]
        return update
    if kind == "agent_reply":
        return {"handoff": {**handoff, "agent_name": str(event.get("agent_name") or ""), "relayed": 0,
                            "unanswered": [], "before_reply": followed_by_reply(handoff, str(event.get("text") or ""))},
                "transcript": [{"role": "agent", "text": event["text"]}],
                "outbox": [Reply(key="agent_message", facts={"text": event["text"]})]}
    return handed_back(state, handoff)  # what the customer asked the desk and no one answered is picked up


async def _answers_while_held(state: ConversationState, runtime: Runtime[Deps], event: dict[str, Any],
                              language: str) -> tuple[list[Reply], dict[str, Any]]:
    """What the assistant answers itself to a message sent while held (steps/held_answers.py): a rule, an own
    order's status or facts, a product question, then an item of theirs priced; with the shopping focus a product
    answer leaves. Nothing for a photo, a write or anything else: the agent has it."""
    text, deps = event.get("text", ""), runtime.context
    who = (deps, state["customer_id"] or "", state["conversation_id"])
    if answers := await held_answer(*who, text, language):
        return answers, {}
    if event.get("photo"):
        return [], {}
    if product := await product_answer_while_held(state, runtime, text, language):
        return [product[0]], product[1]
    return await held_amount_answer(*who, text, language), {}


async def _relay(deps: Deps, state: ConversationState, ticket_id: int, event: dict[str, Any]) -> None:
    """Put the customer's message on the ticket once, even if this step re-runs."""
    photo = event.get("photo")
    evidence = EvidenceRef(uri=photo["uri"], sha256=photo["sha256"]) if photo else None
    async with deps.tools(Actor.customer(state["customer_id"]), state["conversation_id"]) as ctx:  # type: ignore[arg-type]
        await add_ticket_event(ctx, ticket_id, TicketEventKind.CUSTOMER_MESSAGE, event.get("text", ""),
                               dedupe_key=event.get("message_id"), evidence=evidence)


def after_agent_event(state: ConversationState) -> str:
    """A relayed customer message waits for the agent again; anything for the customer is sent first; a hand-back
    with a request left unanswered reads it again (steps/hand_back.py)."""
    if picks_up(state):
        return "understand"
    return "respond" if state.get("outbox") else "await_agent"

