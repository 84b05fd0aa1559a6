"""A turn that answers a proposed write with something other than a bare yes or no, read in code for every model
backend:

- a question about the proposal ("wait, how much cheaper is it?", "¿cuánto me devuelven?", "ist die schon
  unterwegs?", "wait which card", "cuánto tarda el reembolso"), with or without a question mark, is answered
  from the proposal and the order's record, then the proposal is asked again: nothing is written, nothing is
  dropped, the next yes or no answers it;
- a yes that names the very payment method proposed ("yep, the mastercard", "sí, a la tarjeta regalo", "ja, über
  die Visa") is a plain yes: its other words are only payment words. A yes naming another method is not one.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from assistant.consent import explicit_answer
from assistant.grounding.lexicon import lexicon
from assistant.grounding.orders import order_numbers
from assistant.grounding.payments import describe_payment, ground_payment, names_payment
from assistant.grounding.proposal_question import Fact, read_proposal_question
from assistant.grounding.statuses import describe_status
from assistant.grounding.variants import describe_options
from assistant.models.contracts import RemedyKind
from assistant.state import Pending, Reply
from assistant.steps.order_lookup import CustomerReader, money
from assistant.steps.payment_switch import switch_line, switch_refund
from assistant.steps.remedies import NEXT_STEPS
from assistant.steps.yes_with_details import yes_with_plain_content

Asked = Literal["amount", "status"]
YES_NO = ["Yes", "No"]
_DIGITS = re.compile(r"\b\d{3,}\b")
# Refunds to a gift card are credited at once, others take 5-7 business days (tau-retail's policy, the same as
# `tools/arguments.CancelPendingOrder`); the reply templates say so.
AT_ONCE_SOURCES = {"gift_card"}
# What happens after a return or an exchange of delivered items is written (the same wording as a remedy's next
# steps, `remedies.NEXT_STEPS`): the other writes have nothing to send back, their money or status says the rest.
AFTER_THE_WRITE = {"return_delivered_order_items": NEXT_STEPS[RemedyKind.RETURN_REFUND],
                   "exchange_delivered_order_items": NEXT_STEPS[RemedyKind.EXCHANGE]}


def facts_asked(text: str, pending: Pending | None = None) -> list[Fact]:
    """The proposal's facts a turn asks about (`assistant/grounding/proposal_question.py`: "how much more is that",
    "wait which card", "cuánto tarda el reembolso", "und wann kommt die an"), or, in the older vocabulary, its
    money or where the order is; [] when it asks none, answers the proposal, or names another order."""
    if explicit_answer(text) is not None or (pending is not None and names_another_order(text, pending)):
        return []
    question = read_proposal_question(text)
    goes_on = question is not None and question.led_by_conjunction and not _opens_with_yes(text, skip=1)
    if question is not None and (question.cued or goes_on):
        return list(question.facts)  # "y el reembolso va a la misma tarjeta" asks, it does not say yes
    if yes_naming_a_method(text, None):
        return []  # "ja, Differenz zurück auf die Visa" says where the money goes, asks nothing
    if question is not None and _statement_question(text):
        return list(question.facts)
    older = _older_reading(text)
    return [older] if older else []


def asks_by_its_form(text: str, pending: Pending) -> bool:
    """A question about the proposal's facts by its very form (a question mark, a question word or opening):
    it is answered before anything else the words could be read as ("krieg ich da was zurück" is no return)."""
    question = read_proposal_question(text)
    return bool(question and question.cued and facts_asked(text, pending))


def _statement_question(text: str) -> bool:
    """A message asking only by naming a fact ("me devuelven todo", "c'est le montant total qui est remboursé"):
    it names no payment method (that says where the money goes) and does not open with a yes."""
    return not (names_payment(text, same_alone=True) or _DIGITS.search(text) or _opens_with_yes(text))


def opens_with_yes(text: str) -> bool:
    """The message opens with a yes ("yes please. will the money go back on my visa?")."""
    return _opens_with_yes(text)


def _opens_with_yes(text: str, skip: int = 0) -> bool:
    """The first word (after `skip` words, such as a leading "y"/"and") is a yes ("ok the same card")."""
    words = re.findall(r"[\w']+", text)[skip:]
    return bool(words) and explicit_answer(words[0]) == "yes"


def _older_reading(text: str) -> Asked | None:
    words = lexicon().patterns
    if words["amount_questions"].search(text) or ("?" in text and (
            words["amount_words"].search(text) or words["refund_destination_questions"].search(text))):
        return "amount"  # its money: how much, and where a refund goes ("where would the refund go?")
    return "status" if words["status_questions"].search(text) else None


def asks_about_proposal(text: str, pending: Pending | None = None) -> Asked | None:
    """What a turn asks about the proposal waiting for its yes: its money (amount, method, refund timing) or where
    the order is; None when it asks neither, or when it names another order than the proposal's ("where is
    order D9000001?" is that order's question, answered as such)."""
    asked = facts_asked(text, pending)
    if not asked:
        return None
    return "status" if asked == ["status"] else "amount"


def names_another_order(text: str, pending: Pending) -> bool:
    """The words name an order number, and none is the proposal's."""
    named = order_numbers(text)
    proposed = str((pending.get("arguments") or {}).get("order_id") or "")
    return bool(named) and not any(digits in proposed for digits in named)


async def proposal_answer(reader: CustomerReader, pending: Pending, asked: list[Fact], language: str,
                          yes_said: bool = False) -> list[Reply]:
    """The facts asked, from the proposal and the order's record (the difference or the refund and where the money
    goes, how long a refund takes, the order's status), then the proposal's question again: nothing is written,
    the proposal stays open for the next yes or no. `yes_said`: the question came with a yes ("yes please. will
    the money go back on my visa?"), which the consent rules do not take as one: the customer is told so."""
    replies = await _facts_answered(reader, pending, asked, language)
    held = [Reply(key="yes_held_for_question", facts={})] if yes_said else []
    return [*replies, *held, ask_again(pending)]


async def _facts_answered(reader: CustomerReader, pending: Pending, asked: list[Fact], language: str
                          ) -> list[Reply]:
    """The facts asked, from the proposal and the order's record."""
    if remedy_steps := (pending.get("reply_facts") or {}).get("next_steps"):
        # a remedy offered for a complaint ("an exchange for the item you ordered"): what happens next is its
        # facts (the return label, the item shipped, the replacement's days), whatever was asked of it
        return [Reply(key="proposal_fact_next_steps", facts={"next_steps": remedy_steps})]
    order_id = (pending.get("arguments") or {}).get("order_id")
    order = await reader.order(order_id) if order_id else None
    method = await proposal_method(reader, pending, order)
    replies: list[Reply] = []
    if "process" in asked and (steps := AFTER_THE_WRITE.get(pending.get("tool", ""))):
        replies.append(Reply(key="proposal_fact_next_steps", facts={"next_steps": steps}))
        if pending.get("tool") == "return_delivered_order_items":
            replies.append(_money_line(pending, method, language))
    if "amount" in asked or "method" in asked:
        replies.append(_money_line(pending, method, language))
    if "timing" in asked:
        replies.append(timing_line(pending, method, language))
    if "status" in asked and order is not None:
        replies.append(status_line(order, language))
    if "items" in asked and order is not None:
        replies.append(_items_line(pending, order, language))
    if not replies:
        replies.append(_money_line(pending, method, language))
    return replies


# A proposal's question, and the same question naming the write its yes makes first (`Pending.first`: a pending
# order's new shipping address, written before its item change, `yes_with_address`).
WITH_FIRST = {"confirm_swap_pending": "confirm_swap_pending_after_address",
              "confirm_swap_pending_refund": "confirm_swap_pending_refund_after_address"}


def question_with_first(pending: Pending) -> Reply:
    """The proposal's question naming the write its yes makes first (the new shipping address)."""
    question = pending.get("question") or {}
    first = pending.get("first") or {}
    facts = {**dict(question.get("facts") or {}), "new_address": (first.get("reply_facts") or {}).get("new_value")}
    return Reply(key=WITH_FIRST[str(question.get("key"))], facts=facts, quick_replies=YES_NO)


def ask_again(pending: Pending) -> Reply:
    """The proposal's own question as first asked (naming the write made first, if any); a short "shall I go
    ahead?" for proposals that kept none."""
    if pending.get("first"):
        return question_with_first(pending)
    question = pending.get("question")
    return Reply(**question) if question else Reply(key="proposal_again", facts={}, quick_replies=YES_NO)


async def proposal_method(reader: CustomerReader, pending: Pending, order: dict[str, Any] | None) -> dict[str, Any]:
    """The payment method the proposal's money goes to or comes from: the one it names, else the order's own."""
    chosen = (pending.get("arguments") or {}).get("payment_method_id")
    if not chosen and order and order.get("payment_history"):
        chosen = order["payment_history"][0]["payment_method_id"]
    saved = (await reader.profile()).get("payment_methods", [])
    return next((m for m in saved if m.get("id") == chosen), {"source": "unknown"})


def _money_line(pending: Pending, method: dict[str, Any], language: str) -> Reply:
    if (switch := switch_line(pending)) is not None:  # a payment switch: the total charged, the old payment refunded
        return switch
    facts: dict[str, Any] = pending.get("reply_facts") or {}
    payment = facts.get("payment") or describe_payment(method, language)
    if isinstance(facts.get("difference_cents"), int):
        cents = facts["difference_cents"]
        key = ("proposal_fact_pay_more" if cents > 0 else "proposal_fact_refund_difference" if cents < 0
               else "proposal_fact_same_price")
        return Reply(key=key, facts={"difference": money(abs(cents), language), "payment": payment})
    refund_to = facts.get("refund_to") or describe_payment(method, language)
    return Reply(key="proposal_fact_refund", facts={"amount": facts.get("amount", ""), "refund_to": refund_to})


def _items_line(pending: Pending, order: dict[str, Any], language: str) -> Reply:
    """What becomes of the order's other items: a cancellation takes them all, any other write only its own."""
    def named(items: list[dict[str, Any]]) -> str:
        return "; ".join(f"{i['name']} ({describe_options(i['options'], language)})" if i.get("options")
                         else i["name"] for i in items)
    if pending["tool"] == "cancel_pending_order":
        return Reply(key="proposal_fact_items_cancelled",
                     facts={"order_id": order["order_id"], "contents": named(order["items"])})
    acted = set((pending.get("arguments") or {}).get("item_ids") or [])
    return Reply(key="proposal_fact_items_kept", facts={
        "order_id": order["order_id"], "changed": named([i for i in order["items"] if i["item_id"] in acted]),
        "contents": named([i for i in order["items"] if i["item_id"] not in acted]) or "—"})


def timing_line(pending: Pending, method: dict[str, Any], language: str) -> Reply:
    if (refund := switch_refund(pending)) is not None:  # a payment switch: when the old method's payment comes back
        amount, refund_to, source = refund
        key = "refund_amount_timing_at_once" if source in AT_ONCE_SOURCES else "refund_amount_timing_days"
        return Reply(key=key, facts={"amount": amount, "refund_to": refund_to})
    facts: dict[str, Any] = pending.get("reply_facts") or {}
    payment = facts.get("payment") or facts.get("refund_to") or describe_payment(method, language)
    cents = facts.get("difference_cents")
    if isinstance(cents, int) and cents > 0:
        return Reply(key="charge_timing", facts={"difference": money(cents, language), "payment": payment})
    key = "refund_timing_at_once" if method.get("source") in AT_ONCE_SOURCES else "refund_timing_days"
    return Reply(key=key, facts={"refund_to": payment})


def status_line(order: dict[str, Any], language: str) -> Reply:
    status = describe_status(order["status"], language)
    tracking = [t for f in order.get("fulfilments", []) for t in f["tracking_ids"]]
    if tracking:
        return Reply(key="proposal_fact_tracking",
                     facts={"order_id": order["order_id"], "status": status, "tracking_id": ", ".join(tracking)})
    return Reply(key="proposal_fact_status", facts={"order_id": order["order_id"], "status": status})


# What a payment phrase taken out leaves of a contraction on it ("paypal's fine" → " 's fine")
_CONTRACTION_LEFT = re.compile(r"(?:(?<=\s)|^)['’]s\b", re.I)


def without_payment_words(text: str, *, connectors: bool = True) -> tuple[str, bool]:
    """The text less its payment phrases (kinds, brands, card digits, "the same card") and (with `connectors`) the
    words that tie them to a yes; and whether a payment phrase was there."""
    found = lexicon()
    rest, named = text, False
    for pattern in [found.patterns["payment_same_as_order"], *found.grouped["payment_kinds"].values(),
                    found.patterns["card_brands"], found.patterns["payment_same_alone"]]:
        rest, count = pattern.subn(" ", rest)
        named = named or count > 0
    rest = _DIGITS.sub(" ", rest)
    rest = _CONTRACTION_LEFT.sub(" ", rest)  # "paypal's fine": the method's "'s" goes with it
    if connectors:
        rest = found.patterns["payment_connectors"].sub(" ", rest)
    return re.sub(r"\s+", " ", rest).strip(" ,.;:-—"), named


# "gift card is fine, go ahead": the verdict on the method named first, then the yes ("fine, go ahead")
_VERDICT_OPENING = re.compile(r"^(?:is|are|'s|works|will do)\b\s*", re.I)


def _method_said_fine(text: str, tool: str | None) -> bool:
    """The method named, then words that are a yes once its copula is taken out ("paypal is fine, go ahead")."""
    rest, named = without_payment_words(text, connectors=False)
    return named and explicit_answer(_VERDICT_OPENING.sub("", rest), tool=tool) == "yes"


def yes_naming_a_method(text: str, tool: str | None) -> bool:
    """The shape of "yes, on the visa": a plain yes once the payment words are taken out, a payment named, and
    nothing that rules a method out ("yes, but not the visa" is no such yes)."""
    if "?" in text or lexicon().patterns["payment_exclusions"].search(text):
        return False
    rest, named = without_payment_words(text)
    return named and (bool(rest) and (explicit_answer(rest, tool=tool) == "yes"
                                      or yes_with_plain_content(rest, tool))  # "sí, y la diferencia me la cobras"
                      or _method_said_fine(text, tool))


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


async def method_named_is_proposed(reader: CustomerReader, pending: Pending, text: str) -> bool:
    """No payment method named, or the one the proposal pays or refunds with ("remboursez sur la carte", "con la
    misma tarjeta"; a cancellation's refund goes back to the order's own method): grounded among saved methods."""
    if not names_payment(text, same_alone=True):
        return True
    order_id = (pending.get("arguments") or {}).get("order_id")
    order = await reader.order(order_id) if order_id else None
    original = order["payment_history"][0]["payment_method_id"] if order and order.get("payment_history") else None
    proposed = (pending.get("arguments") or {}).get("payment_method_id") or original
    saved = (await reader.profile()).get("payment_methods", [])
    choice = ground_payment(text, saved, original_id=original, same_alone=True)
    return choice.method is not None and choice.method["id"] == proposed
