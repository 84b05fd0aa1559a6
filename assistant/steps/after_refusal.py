"""The turn after a refusal (fresh11 F11): nothing is in progress once a request was refused, so "never mind,
don't cancel it then" drops it (nothing changed, said plainly) and a question is answered as a question, never read
as the refused request again ("as I said…") nor as a new proposal."""

from __future__ import annotations

from assistant.consent import declines
from assistant.grounding.negations import ACTION_WORDS, refuses_action
from assistant.state import ConversationState
from assistant.steps.repeated_refusal import CHANGE_REFUSALS, OTHER_REFUSALS, REPEATED_REFUSALS, RETURN_REFUSALS

REFUSALS = CHANGE_REFUSALS | RETURN_REFUSALS | OTHER_REFUSALS | REPEATED_REFUSALS


def refused_last(state: ConversationState) -> bool:
    """The assistant's last turn refused a request (its topic ended there)."""
    return bool(REFUSALS & set(state.get("said_last") or []))


def lets_it_go(state: ConversationState) -> bool:
    """After a refusal, the message drops the request: a decline, or the refused action said negated ("nvm, don't
    cancel it then", "dann halt nicht stornieren")."""
    text = (state.get("incoming") or {}).get("text", "")
    return refused_last(state) and (declines(text) or any(refuses_action(text, tool) for tool in ACTION_WORDS))
