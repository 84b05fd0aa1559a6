"""A "no" that comes right after the write it refuses was made ("hold on, don't do it!", "non attendez, surtout
pas", "espera, ¡no lo canceles!", "halt, doch nicht stornieren!"), typed late or sent beside the yes: the reply
says the truth, that the write is already made, never "nothing was changed" (attack27 A27-3). A cancelled order
stays cancelled; other writes are passed to a person when they must be undone."""

from __future__ import annotations

from assistant.consent import declines
from assistant.grounding.courtesy import courtesy
from assistant.grounding.orders import canonical_order_id, order_numbers
from assistant.state import ConversationState, Reply
from assistant.steps.last_write import WRITTEN, written_message

CANCELLED = "cancelled"


def takes_back_the_write(state: ConversationState) -> bool:
    """Right after a write (its own message, not a later one saying it again), with nothing open and no question
    in that message, the customer refuses it (a no, a withdrawal or a negated action), naming no other order and
    thanking for nothing ("no thanks" closes)."""
    text = (state.get("incoming") or {}).get("text", "")
    just_written = WRITTEN & set(state.get("said_last") or [])  # the write's own message, not one recalling it
    if state.get("pending") or not just_written or written_message(state).rstrip().endswith("?"):
        return False
    if courtesy().said_in(text) or set(order_numbers(text)) - set(
            order_numbers(written_message(state))):
        return False
    return declines(text)


def already_written(state: ConversationState) -> Reply:
    """The write is made: a cancellation stays, anything else a person can look at; said with its order."""
    orders = order_numbers(written_message(state))
    order_id = canonical_order_id(orders[0]) if orders else ""
    kind = "cancelled" if CANCELLED in (state.get("said_last") or []) else "written"
    return Reply(key=f"no_after_{kind}", facts={"order_id": order_id})
