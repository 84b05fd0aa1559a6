"""The desk hands a conversation back: what the customer asked it and no one answered is picked up (fresh12/13 F10).

While an agent holds the conversation, the customer's messages go to the ticket (`handoff.await_agent`); those
that no agent reply (nor an answer from the shop's rules) followed are kept on the handoff as `unanswered`. When
the agent hands back, the assistant says it is back and names the last of them that asks for something (thanks
alone ask for nothing, nor does a request for a person, which the agent met), then reads it again as a customer
turn: understood, routed and answered like any message, under the same guards (the customer from the
conversation, writes only after their own yes; the handover left no proposal open). Nothing the customer said is
lost behind "anything else?". With nothing unanswered the plain hand-back line asks what is next.

The message read again keeps its words and photo; its id is the relayed message's with a suffix, so the tools'
action ids derived from it never meet the original's, and the transcript keeps the message once (`receive`).
"""

from __future__ import annotations

from typing import Any

from assistant.grounding.courtesy import courtesy
from assistant.grounding.person_request import asks_for_a_person
from assistant.state import ConversationState, Handoff, Incoming, Relayed, Reply

PICKED_UP_SUFFIX = ":after-hand-back"
KEPT = 5  # unanswered messages kept on the handoff: the last one that asks something is what is picked up
PICKING_UP_KEY = "handed_back_picking_up"


def relayed(message: dict[str, Any]) -> Relayed:
    kept: Relayed = {"message_id": str(message.get("message_id") or ""), "text": str(message.get("text") or "")}
    if message.get("photo"):
        kept["photo"] = message["photo"]
    return kept


def with_unanswered(handoff: Handoff, message: dict[str, Any], *, answered: bool) -> list[Relayed]:
    """The handoff's unanswered messages after `message` was relayed (`answered`: it got its answer at once)."""
    earlier = list(handoff.get("unanswered") or [])
    return earlier if answered else [*earlier, relayed(message)][-KEPT:]


def asks_something(message: Relayed) -> bool:
    """A photo, or words beyond thanks and farewells ("merci !" asks nothing; "merci ! et le bracelet ?" does); a
    request for a person was met by the agent who held the conversation (read again, it would escalate again)."""
    text = message.get("text", "")
    if asks_for_a_person(text):
        return False
    return bool(message.get("photo")) or bool(courtesy().without(text))


def to_pick_up(handoff: Handoff) -> Relayed | None:
    asking = [m for m in handoff.get("unanswered") or [] if asks_something(m)]
    return asking[-1] if asking else None


def handed_back(state: ConversationState, handoff: Handoff) -> dict[str, Any]:
    """The state update of the hand-back event: the conversation is the assistant's again, and either the plain
    hand-back line or the line naming the request picked up, which `understand` then reads (`picks_up`)."""
    released: Handoff = {**handoff, "active": False, "unanswered": []}
    message = to_pick_up(handoff)
    if message is None:
        return {"handoff": released, "outbox": [Reply(key="handed_back", facts={})]}
    incoming: Incoming = {"message_id": f"{message.get('message_id') or 'relayed'}{PICKED_UP_SUFFIX}",
                          "text": message.get("text", ""), "photo": message.get("photo"), "picked_up": True}
    # The line goes before the answer: `replies_before` survives the turn's fresh outbox (receive) until respond.
    return {"handoff": released, "incoming": incoming, "outbox": [],
            "replies_before": [Reply(key=PICKING_UP_KEY, facts={"request": message.get("text", "")})]}


def picks_up(state: ConversationState) -> bool:
    """The hand-back just set a relayed message to read again: its line waits in `replies_before`, which is
    empty outside a turn (respond clears it), so a flag left on an older `incoming` never counts."""
    handoff = state.get("handoff") or {}
    return (not handoff.get("active") and bool((state.get("incoming") or {}).get("picked_up"))
            and any(r.get("key") == PICKING_UP_KEY for r in state.get("replies_before") or []))
