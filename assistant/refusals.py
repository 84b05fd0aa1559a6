"""The one place a refused tool call becomes a customer-facing reply, in the customer's language.

A tool's error text is English for the model, the logs and the desk; a customer sees a reply template chosen by
the error's code, with the error's facts (`tools/errors.py`). Reasons are English fact values that every
`prompts/replies_<lang>` file translates under `terms`; a code without its own wording says only that it was
not possible, never the raw text."""

from __future__ import annotations

from assistant.state import Reply
from tools.registry import ToolResult

# Codes with a reply template of their own, and the facts that template needs.
OWN_REPLY = {"wrong_status": ("order_id", "status", "required"), "order_not_found": ("order_id",)}
REASONS = {
    "gift_card_balance": "the gift card balance does not cover it",
    "same_payment_method": "that is already the order's payment method",
    "split_payment": "the payment method cannot be changed on an order paid in several parts",
    "refund_method": "a refund can only go to the original payment method or a gift card",
    "item_mismatch": "those items are not all in the order",
    "variant_unavailable": "that option is no longer available",
    "address_unreadable": "your account's address could not be read",
    "ticket_limit_reached": ("you have opened several requests in the last hour, so please wait a little before "
                             "opening another"),
}
NOT_POSSIBLE = "it is not possible"


def refusal_reply(result: ToolResult) -> Reply:
    """What to tell the customer about a refused call: never `result.error` itself."""
    code = result.error_code or ""
    needs = OWN_REPLY.get(code)
    if needs and all(name in result.error_facts for name in needs):
        return Reply(key=code, facts={name: result.error_facts[name] for name in needs})
    return refused(code)


def refused(code: str) -> Reply:
    """"I couldn't do that: <reason>. Nothing has been changed." for a reason code."""
    return Reply(key="action_refused", facts={"reason": REASONS.get(code, NOT_POSSIBLE)})


def refused_after_a_write(result: ToolResult) -> Reply:
    """A refused call after another write of the same yes went through: why, and that only the write above was made
    (never "nothing has been changed")."""
    return Reply(key="then_refused", facts={"reason": REASONS.get(result.error_code or "", NOT_POSSIBLE)})
