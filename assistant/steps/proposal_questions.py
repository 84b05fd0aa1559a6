"""A turn that answers a proposed write with something other than a bare yes or no, read in code for every model
backend:

- a question about the proposal ("wait, how much cheaper is it?", "¿cuánto me devuelven?", "ist die schon
  unterwegs?") is answered from the proposal and the order's record, and the proposal stays open: nothing is
  written, nothing is dropped, the next plain yes or no answers it;
- a yes that names the very payment method proposed ("yep, the mastercard", "sí, a la tarjeta regalo", "ja, über
  die Visa") is a plain yes: its other words are only payment words. A yes naming another method is not one.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from assistant.consent import explicit_answer
from assistant.grounding.lexicon import lexicon
from assistant.grounding.orders import order_numbers
from assistant.grounding.payments import describe_payment, ground_payment
from assistant.grounding.statuses import describe_status
from assistant.state import Pending, Reply
from assistant.steps.order_lookup import CustomerReader, money

Asked = Literal["amount", "status"]
YES_NO = ["Yes", "No"]
_DIGITS = re.compile(r"\b\d{3,}\b")


def asks_about_proposal(text: str, pending: Pending | None = None) -> Asked | None:
    """What a turn asks about the proposal waiting for its yes: its money ("how much", "la différence", "wie viel
    zurück", "where does the refund go?") or where the order is ("has it shipped?"); None when it asks neither,
    or when it names another order than the proposal's ("where is order D9000001?" is that order's question,
    answered as such)."""
    words = lexicon().patterns
    if explicit_answer(text) is not None or (pending is not None and names_another_order(text, pending)):
        return None
    if words["amount_questions"].search(text) or ("?" in text and (
            words["amount_words"].search(text) or words["refund_destination_questions"].search(text))):
        return "amount"  # its money: how much, and where a refund goes ("where would the refund go?")
    if yes_naming_a_method(text, None):
        return None  # "ja, Differenz zurück auf die Visa" says where the money goes, asks nothing
    return "status" if words["status_questions"].search(text) else None


def names_another_order(text: str, pending: Pending) -> bool:
    """The words name an order number, and none is the proposal's."""
    named = order_numbers(text)
    proposed = str((pending.get("arguments") or {}).get("order_id") or "")
    return bool(named) and not any(digits in proposed for digits in named)


async def proposal_answer(reader: CustomerReader, pending: Pending, asked: Asked, language: str) -> Reply:
    """The answer, from the proposal's own facts (the difference, the refund) or the order's record (status,
    tracking), followed by the proposal's question again."""
    facts: dict[str, Any] = pending.get("reply_facts") or {}
    if asked == "amount" and isinstance(facts.get("difference_cents"), int):
        cents = facts["difference_cents"]
        key = "proposal_pay_more" if cents > 0 else "proposal_refund_difference" if cents < 0 else "proposal_same_price"
        return Reply(key=key, facts={"difference": money(abs(cents), language), "payment": facts.get("payment", "")},
                     quick_replies=YES_NO)
    if asked == "amount" and facts.get("amount"):
        refund_to = facts.get("refund_to") or describe_payment({"source": "unknown"}, language)
        return Reply(key="proposal_refund", facts={"amount": facts["amount"], "refund_to": refund_to},
                     quick_replies=YES_NO)
    order_id = (pending.get("arguments") or {}).get("order_id")
    order = await reader.order(order_id) if order_id else None
    if order is None:
        return Reply(key="ask_yes_no", facts={}, quick_replies=YES_NO)
    status = describe_status(order["status"], language)
    tracking = [t for f in order.get("fulfilments", []) for t in f["tracking_ids"]]
    if tracking:
        return Reply(key="proposal_tracking", quick_replies=YES_NO,
                     facts={"order_id": order["order_id"], "status": status, "tracking_id": ", ".join(tracking)})
    return Reply(key="proposal_status", facts={"order_id": order["order_id"], "status": status},
                 quick_replies=YES_NO)


def _without_payment_words(text: str) -> tuple[str, bool]:
    """The text less its payment phrases (kinds, brands, card digits, "the same card") and the words that tie them
    to a yes; and whether a payment phrase was there."""
    found = lexicon()
    rest, named = text, False
    for pattern in [found.patterns["payment_same_as_order"], *found.grouped["payment_kinds"].values(),
                    found.patterns["card_brands"], found.patterns["payment_same_alone"]]:
        rest, count = pattern.subn(" ", rest)
        named = named or count > 0
    rest = _DIGITS.sub(" ", rest)
    rest = found.patterns["payment_connectors"].sub(" ", rest)
    return re.sub(r"\s+", " ", rest).strip(" ,.;:-—"), named


def yes_naming_a_method(text: str, tool: str | None) -> bool:
    """The shape of "yes, on the visa": a plain yes once the payment words are taken out, a payment named, and
    nothing that rules a method out ("yes, but not the visa" is no such yes)."""
    if "?" in text or lexicon().patterns["payment_exclusions"].search(text):
        return False
    rest, named = _without_payment_words(text)
    return named and bool(rest) and explicit_answer(rest, tool=tool) == "yes"


async def yes_to_the_method_proposed(reader: CustomerReader, pending: Pending, text: str) -> bool:
    """A yes that names exactly the payment method the proposal writes (grounded among the customer's saved
    methods; several fitting, or another one, is no yes)."""
    if not yes_naming_a_method(text, pending["tool"]):
        return False
    proposed = (pending.get("arguments") or {}).get("payment_method_id")
    if not proposed:
        return False
    saved = (await reader.profile()).get("payment_methods", [])
    order_id = (pending.get("arguments") or {}).get("order_id")
    order = await reader.order(order_id) if order_id else None
    original = order["payment_history"][0]["payment_method_id"] if order and order.get("payment_history") else None
    choice = ground_payment(text, saved, original_id=original, same_alone=True)
    return choice.method is not None and choice.method["id"] == proposed
