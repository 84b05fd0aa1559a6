"""A refusal said again in the same words (fresh10 C9): the second time the customer hears what is still possible
and that a person can look at it, never the same sentence word for word.

The refusals said in a conversation are remembered by their key and facts (`refusals_said` in the state); one
that comes back is replaced by its family's "as I said … what I can still do … ask for a person" reply."""

from __future__ import annotations

import hashlib
import json

from assistant.state import Reply

# Refusals of a cancellation or an item change, and of a return or an exchange; any other refusal is said again
# with the person offered.
CHANGE_REFUSALS = {"none_eligible_cancel", "none_eligible_modify", "already_modified", "swap_not_now"}
RETURN_REFUSALS = {"none_eligible_return", "none_eligible_exchange", "already_returning", "already_exchanging",
                   "option_refused_returning", "option_refused_exchanging"}
OTHER_REFUSALS = {"wrong_status", "action_refused"}
REPEATED_REFUSALS = {"refusal_repeated_change", "refusal_repeated_return", "refusal_repeated"}
REMEMBERED = 20  # refusals kept per conversation


def _signature(reply: Reply) -> str:
    said = json.dumps([reply["key"], reply.get("facts", {})], sort_keys=True, default=str)
    return hashlib.sha256(said.encode("utf-8")).hexdigest()[:16]


def _said_again(key: str) -> str:
    if key in CHANGE_REFUSALS:
        return "refusal_repeated_change"
    return "refusal_repeated_return" if key in RETURN_REFUSALS else "refusal_repeated"


def vary_repeated_refusals(outbox: list[Reply], said_before: list[str]) -> tuple[list[Reply], list[str]]:
    """This turn's replies with each refusal already said in this conversation replaced, and the refusals said
    so far (this turn's added)."""
    replies, said = [], list(said_before)
    for reply in outbox:
        if reply["key"] in CHANGE_REFUSALS | RETURN_REFUSALS | OTHER_REFUSALS:
            signature = _signature(reply)
            if signature in said:
                reply = Reply(key=_said_again(reply["key"]), facts={})
            else:
                said.append(signature)
        replies.append(reply)
    return replies, said[-REMEMBERED:]
