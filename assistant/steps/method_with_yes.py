"""A yes to a proposed write that names another payment method than the one proposed ("ok, to the gift card
please", "vale, a la tarjeta regalo", "oui, mais sur ma mastercard"): the customer agreed to the write and chose
where its money goes.

- A method the policy allows for this write (a return's refund: the original method or a gift card; a swap's
  difference: any saved method that covers it) is written with the yes: the proposal with that method.
- A method it rules out is never written, nor answered with "I need a clear yes or no": where the money can go is
  said, and the proposal is asked again as it stands.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.grounding.lexicon import lexicon
from assistant.grounding.option_questions import sentences_of
from assistant.grounding.payment_change import asks_another_write
from assistant.grounding.payments import describe_payment, ground_payment, names_payment
from assistant.state import Pending, Reply
from assistant.steps.changed_detail import SWAP_TOOLS
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.payment_choice import refund_methods, usable_methods
from assistant.steps.proposal_questions import ask_again, without_payment_words, yes_naming_a_method

RETURN = "return_delivered_order_items"


@dataclass(frozen=True)
class OtherMethod:
    """The method named with the yes, and whether this write may use it."""

    method: dict[str, Any]
    allowed: bool
    original: dict[str, Any]


async def other_method_with_yes(reader: CustomerReader, pending: Pending, text: str) -> OtherMethod | None:
    """The one saved method a yes names, when it is not the proposal's (returns and swaps only); None otherwise."""
    if not yes_naming_a_method(text, pending.get("tool")):
        return None
    return await other_method_named(reader, pending, text)


# Words a change of method may say around the method named ("actually put it on paypal instead", "en fait non,
# mettez ça sur la visa plutôt", "mejor cárgalo a la visa", "doch lieber über die Visa"): at most this many.
METHOD_ONLY_WORDS = 5


def names_only_a_method(text: str) -> bool:
    """The words name a payment method and little else, no question ("put the refund on my paypal", "mejor a la
    visa"): where the open proposal's money goes, never another request."""
    if "?" in text or not names_payment(text) or lexicon().patterns["payment_exclusions"].search(text):
        return False  # "lieber auf die Geschenkkarte, nicht PayPal": read where exclusions are read
    rest, _ = without_payment_words(text)
    words = [word for word in rest.split() if any(c.isalnum() for c in word)]  # "..." and "-" are no words
    return len(words) <= METHOD_ONLY_WORDS and not asks_another_write(rest)


async def method_instead(reader: CustomerReader, pending: Pending, text: str) -> OtherMethod | None:
    """Another saved method named for the open proposal with no yes and no question: the customer changed where
    its money goes, and the proposal is asked again with it (nothing is written on these words)."""
    if not names_only_a_method(text):
        return None
    return await other_method_named(reader, pending, text)


async def method_instead_with_a_question(reader: CustomerReader, pending: Pending, text: str) -> OtherMethod | None:
    """Another saved method named in a sentence of its own beside a question ("use paypal instead. how much is the
    difference?", "mejor con PayPal. ¿cuánto es la diferencia?"): the proposal moves to it and the question is
    answered of the moved proposal; a method named only inside the question ("can it go on paypal?") moves nothing."""
    said = [sentence for sentence in sentences_of(text) if "?" not in sentence and names_only_a_method(sentence)]
    if len(said) != 1 or len(said) == len(sentences_of(text)):
        return None
    return await other_method_named(reader, pending, said[0])


async def other_method_named(reader: CustomerReader, pending: Pending, text: str) -> OtherMethod | None:
    """The one saved method the words name (never one they rule out: "not the visa"), when it is not the
    proposal's (returns and swaps only); None otherwise. Said with a yes it is written (`other_method_with_yes`);
    said with a "but" ("ok, aber die Differenz lieber über PayPal") it changes the proposal, which is asked again."""
    tool = pending.get("tool") or ""
    arguments = pending.get("arguments") or {}
    proposed = arguments.get("payment_method_id")
    if (tool != RETURN and tool not in SWAP_TOOLS) or not proposed or not names_payment(text) or (
            lexicon().patterns["payment_exclusions"].search(text)):
        return None
    order = await reader.order(arguments.get("order_id") or "")
    if not order or not order.get("payment_history"):
        return None
    original_id = order["payment_history"][0]["payment_method_id"]
    saved = (await reader.profile()).get("payment_methods", [])
    named = ground_payment(text, saved, original_id=original_id, same_alone=True).method
    if named is None or named["id"] == proposed:
        return None
    if tool == RETURN:
        allowed = refund_methods(saved, original_id)
    else:
        allowed = usable_methods(saved, int((pending.get("reply_facts") or {}).get("difference_cents") or 0))
    original = next((m for m in saved if m["id"] == original_id), {"id": original_id, "source": "unknown"})
    return OtherMethod(method=named, allowed=any(m["id"] == named["id"] for m in allowed), original=original)


def with_method(pending: Pending, method: dict[str, Any], language: str) -> Pending:
    """The proposal writing with `method`, its facts saying so."""
    facts = dict(pending.get("reply_facts") or {})
    described = describe_payment(method, language)
    if "refund_to" in facts:
        facts["refund_to"] = described
    if "payment" in facts:
        facts["payment"] = described
    arguments = {**(pending.get("arguments") or {}), "payment_method_id": method["id"]}
    changed: Pending = {**pending, "arguments": arguments, "reply_facts": facts}
    if question := pending.get("question"):  # the question a yes answers names the method now written
        asked = dict(question.get("facts") or {})
        asked.update({key: described for key in ("refund_to", "payment") if key in asked})
        changed["question"] = {**question, "facts": asked}
    return changed


def ruled_out(pending: Pending, other: OtherMethod, language: str) -> list[Reply]:
    """Where this write's money can go (the method named cannot take it), then the proposal as it stands."""
    key = "refund_method_ruled_out" if pending.get("tool") == RETURN else "difference_method_ruled_out"
    return [Reply(key=key, facts={"named": describe_payment(other.method, language),
                                  "original": describe_payment(other.original, language)}), ask_again(pending)]
