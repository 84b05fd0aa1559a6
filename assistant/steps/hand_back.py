"""The desk hands a conversation back: what the customer asked it and no one answered is picked up (fresh12/13 F10).

While an agent holds the conversation, the customer's messages go to the ticket (`handoff.await_agent`); those
that no agent reply (nor an answer given while held) followed are kept on the handoff as `unanswered`. When the
agent hands back, the assistant says it is back and names every one of them that asks for something (thanks alone
ask for nothing, nor does a request for a person, which the agent met, nor a bare yes or no: sent while held it
answered no proposal, and it never consents to one made after it, desk19 / attack18 A18-7), then reads them again
together as one customer turn: understood, routed and answered like any message with several requests (a question
answered, a write proposed, the rest queued), under the same guards (the customer from the conversation, writes
only after their own yes given after the proposal). Nothing the customer said is lost behind "anything else?" or
behind a last "yes". With nothing unanswered the plain hand-back line asks what is next, unless the agent's
last reply asked the customer something ("Would you like to keep your order then?"): then the line asks nothing,
and the customer's bare yes or no answers the agent's question (`agent_question`, withdraw23), never the request
in progress before.

An agent's reply that passes the customer back to the assistant ("Je vous rends à l'assistant pour les écouteurs",
`grounding.hand_back_note`) is the hand-back's note, not an answer: what was asked before it is picked up as well
(issue 17, held20). Those messages are kept aside (`before_reply`) until the customer asks something again (then
they went on from the note; thanks or "ok" do not count) or the agent answers in a later reply.

The turn read again keeps the words and the last photo; its id is the last relayed message's with a suffix, so the
tools' action ids derived from it never meet the original's, and the transcript keeps the messages once
(`receive`).
"""

from __future__ import annotations

from typing import Any

from assistant.consent import explicit_answer
from assistant.grounding.courtesy import courtesy
from assistant.grounding.hand_back_note import asks_the_customer, passes_back
from assistant.grounding.person_request import asks_for_a_person
from assistant.state import ConversationState, Handoff, Incoming, Relayed, Reply

PICKED_UP_SUFFIX = ":after-hand-back"
KEPT = 8  # unanswered messages kept on the handoff: those that ask something are picked up together
PICKING_UP_KEY = "handed_back_picking_up"
PICKING_UP_SEVERAL_KEY = "handed_back_picking_up_several"
_PICKING_UP_KEYS = {PICKING_UP_KEY, PICKING_UP_SEVERAL_KEY}
_ENDS_A_SENTENCE = (".", "?", "!", "…")


def relayed(message: dict[str, Any]) -> Relayed:
    kept: Relayed = {"message_id": str(message.get("message_id") or ""), "text": str(message.get("text") or "")}
    if message.get("photo"):
        kept["photo"] = message["photo"]
    return kept


def with_unanswered(handoff: Handoff, message: dict[str, Any], *, answered: bool) -> list[Relayed]:
    """The handoff's unanswered messages after `message` was relayed (`answered`: it got its answer at once)."""
    earlier = list(handoff.get("unanswered") or [])
    return earlier if answered else [*earlier, relayed(message)][-KEPT:]


def followed_by_reply(handoff: Handoff, agent_text: str) -> list[Relayed]:
    """At an agent's reply: the messages it followed (those of an earlier note still kept, then the unanswered)
    when it only passes the customer back to the assistant; none when it answers them."""
    if not passes_back(agent_text):
        return []
    return [*(handoff.get("before_reply") or []), *(handoff.get("unanswered") or [])][-KEPT:]


def still_before_reply(handoff: Handoff, message: dict[str, Any]) -> list[Relayed]:
    """At a customer message: the messages the agent's last reply followed stay kept unless this one asks
    something (the customer read the reply and went on); "ok", thanks or a bare yes leave them."""
    return [] if asks_something(relayed(message)) else list(handoff.get("before_reply") or [])


def asks_something(message: Relayed) -> bool:
    """A photo, or words beyond thanks and farewells ("merci !" asks nothing; "merci ! et le bracelet ?" does); a
    request for a person was met by the agent who held the conversation (read again, it would escalate again); a
    bare yes or no answered nothing open while held, and read after the hand-back it would answer a proposal the
    customer has not seen yet."""
    text = message.get("text", "")
    if message.get("photo"):
        return True
    if asks_for_a_person(text) or explicit_answer(text) is not None:
        return False
    return bool(courtesy().without(text))


def to_pick_up(handoff: Handoff) -> list[Relayed]:
    """Every unanswered message that asks something, oldest first, with those the agent's last reply followed when
    the customer asked nothing since (that reply was the hand-back's note)."""
    kept = [*(handoff.get("before_reply") or []), *(handoff.get("unanswered") or [])]
    return [m for m in kept if asks_something(m)]


def _as_sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith(_ENDS_A_SENTENCE) else f"{text}."


def together(messages: list[Relayed]) -> Incoming:
    """The messages as one customer turn (several requests in one message), with the last photo sent."""
    last = messages[-1]
    photos = [m["photo"] for m in messages if m.get("photo")]
    return {"message_id": f"{last.get('message_id') or 'relayed'}{PICKED_UP_SUFFIX}",
            "text": " ".join(t for m in messages if (t := _as_sentence(m.get("text", "")))),
            "photo": photos[-1] if photos else None, "picked_up": True}


def picking_up_line(messages: list[Relayed]) -> Reply:
    """Says briefly what is picked up: the one message, or each of them quoted."""
    if len(messages) == 1:
        return Reply(key=PICKING_UP_KEY, facts={"request": messages[0].get("text", "")})
    quoted = [f"“{m.get('text', '')}”" for m in messages if m.get("text")]
    return Reply(key=PICKING_UP_SEVERAL_KEY, facts={"requests": ", ".join(quoted)})


def handed_back(state: ConversationState, handoff: Handoff) -> dict[str, Any]:
    """The state update of the hand-back event: the conversation is the assistant's again, and either the plain
    hand-back line or the line naming the request picked up, which `understand` then reads (`picks_up`)."""
    released: Handoff = {**handoff, "active": False, "unanswered": [], "before_reply": []}
    messages = to_pick_up(handoff)
    if not messages:
        # The agent's last reply asked the customer something ("Would you like to keep your order then?"): the
        # customer's next yes or no answers it (steps/agent_question.py), so the line asks nothing of its own.
        key = "handed_back_after_question" if _agent_asked(state) else "handed_back"
        return {"handoff": released, "outbox": [Reply(key=key, facts={})]}
    # The line goes before the answer: `replies_before` survives the turn's fresh outbox (receive) until respond.
    return {"handoff": released, "incoming": together(messages), "outbox": [],
            "replies_before": [picking_up_line(messages)]}


def _agent_asked(state: ConversationState) -> bool:
    """The conversation's last words are the agent's, and they ask the customer something."""
    transcript = state.get("transcript", [])
    return bool(transcript) and transcript[-1]["role"] == "agent" and asks_the_customer(transcript[-1]["text"])


def picks_up(state: ConversationState) -> bool:
    """The hand-back just set a relayed message to read again: its line waits in `replies_before`, which is
    empty outside a turn (respond clears it), so a flag left on an older `incoming` never counts."""
    handoff = state.get("handoff") or {}
    return (not handoff.get("active") and bool((state.get("incoming") or {}).get("picked_up"))
            and any(r.get("key") in _PICKING_UP_KEYS for r in state.get("replies_before") or []))
