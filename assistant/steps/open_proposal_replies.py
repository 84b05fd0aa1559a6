"""Replies to an open proposal that are neither a plain yes nor a plain no (issue 17; attack16 F4, F5, F7, fresh16
F9): the proposal stays open, nothing is written on them, and the reply says exactly why or what is needed.

- A yes hung on a condition ("yes if the refund is over $5000", "oui seulement si c'est remboursé sur une carte
  cadeau", "ja, falls die Erstattung über 2000 $ liegt"): no write is made on a condition; what the write would do
  (the refund or difference and where the money goes) is said and the proposal asked again, so the customer decides
  with the facts. The conditions are those of `prompts/consent/<language>.yaml`.
- A puzzled "what?", "quoi ?", "¿cómo?", "wie bitte?" (`order_follow_ups.sounds_confused`): the proposal said again.
- A method of a kind the account does not hold ("refund it to my gift card" with none saved): said so with the saved
  methods, and the proposal asked again as it stands; card digits none ends in are said with the saved methods too.
- Another street with the yes to an address change ("yes, but make it 501 Main St"): proposed again with it.
- "Do it after all" right after a proposal was let go: that very proposal asked again (`reinstated`), never written
  on these words. A bare yes ("oui", "ja", "ok") after the withdrawal's "anything else?" answers that question, not
  the dead proposal (withdraw23): nothing comes back, the customer is asked what they need.
"""

from __future__ import annotations

from typing import Any

from assistant.consent import declines, explicit_answer
from assistant.consent_vocabulary import normalise, read_phrases, sets_a_condition, split_words
from assistant.grounding.orders import order_numbers
from assistant.grounding.payments import describe_payment, names_payment, unheld_kind
from assistant.models.contracts import Intent
from assistant.state import ConversationState, Pending, Reply
from assistant.steps.addresses import describe_address, read_address, read_street
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.proposal_questions import ask_again, proposal_answer
from assistant.steps.yes_taken_back import says_yes

# Writes with money: a condition on them is answered with what the money would be and where it would go.
MONEY_TOOLS = frozenset({"cancel_pending_order", "return_delivered_order_items", "exchange_delivered_order_items",
                         "modify_pending_order_items"})
# Writes whose money goes to a method the customer may name alone ("put the refund on my paypal"): the confirm step
# weighs it against the proposal (`method_with_yes`); a payment change names its new method as its own request.
REFUND_METHOD_TOOLS = frozenset({"return_delivered_order_items", "exchange_delivered_order_items",
                                 "modify_pending_order_items"})
ADDRESS_TOOLS = frozenset({"modify_pending_order_address", "modify_customer_address"})
# What a turn bringing a proposal back may be read as: agreement, or that very request again.
AGREEMENT = frozenset({Intent.AFFIRM, Intent.PROVIDE_DETAILS, Intent.OUT_OF_SCOPE})
REQUESTS_OF = {"cancel_pending_order": frozenset({Intent.CANCEL_ORDER}),
               "return_delivered_order_items": frozenset({Intent.RETURN_ITEM}),
               "exchange_delivered_order_items": frozenset({Intent.EXCHANGE_ITEM}),
               "modify_pending_order_items": frozenset({Intent.MODIFY_ORDER, Intent.EXCHANGE_ITEM}),
               "modify_pending_order_payment": frozenset({Intent.MODIFY_ORDER}),
               "modify_pending_order_address": frozenset({Intent.MODIFY_ORDER, Intent.CHANGE_DEFAULT_ADDRESS}),
               "modify_customer_address": frozenset({Intent.CHANGE_DEFAULT_ADDRESS})}
# The replies that let a proposal go: "do it after all" in the very next message brings it back.
WITHDRAWALS = frozenset({"not_confirmed", "not_confirmed_order", "declined_then_answer"})
# The withdrawals that end on "is there something else I can do?": a bare yes answers that question.
ASKS_ANYTHING_ELSE = frozenset({"not_confirmed", "not_confirmed_order"})


def bare_yes(text: str) -> bool:
    """A plain yes that names no action ("oui", "ja gerne", "ok", "yes please"): an answer to the last question,
    whichever it was; "yes, change it" restates an action and is more than that."""
    if explicit_answer(text) != "yes":
        return False
    return not any(kind.startswith("verb:") for kinds in read_phrases(split_words(normalise(text))) for kind in kinds)


def yes_on_condition(text: str) -> bool:
    """A yes that hangs on a condition: "yes if the refund is over $5000", "sí, siempre que…", "ja, falls…"."""
    return says_yes(text) and sets_a_condition(text)


async def condition_answer(reader: CustomerReader, pending: Pending, language: str) -> list[Reply]:
    """No write on a condition: said, then what the write would do (its money), then the proposal again."""
    lead = Reply(key="condition_not_taken", facts={})
    if pending.get("tool") in MONEY_TOOLS:
        return [lead, *await proposal_answer(reader, pending, ["amount"], language)]
    return [lead, ask_again(pending)]


def unclear_again(pending: Pending) -> list[Reply]:
    """"what?" while a proposal waits: said again, nothing changed."""
    return [Reply(key="proposal_unclear", facts={}), ask_again(pending)]


def saved_methods(methods: list[dict[str, Any]], language: str) -> Reply:
    """The customer's saved payment methods, by kind and last digits."""
    return Reply(key="saved_methods", facts={"methods": [describe_payment(m, language) for m in methods]})


async def method_not_held(reader: CustomerReader, pending: Pending, text: str, language: str) -> list[Reply] | None:
    """A payment kind named for the proposal's money that no saved method is ("to my gift card" with none): said,
    with the saved methods, and the proposal asked again as it stands; None when the words name no such kind."""
    if not (pending.get("arguments") or {}).get("payment_method_id") or not names_payment(text):
        return None
    methods = (await reader.profile()).get("payment_methods", [])
    kind = unheld_kind(text, methods)
    if kind is None:
        return None
    return [Reply(key=f"method_not_held_{kind}", facts={}), saved_methods(methods, language), ask_again(pending)]


def street_changed(pending: Pending, text: str) -> Pending | None:
    """A yes to an address change with another street and nothing else of an address ("yes, but make it 501 Main
    St"): the proposal with that street, the rest of the address as proposed; None otherwise."""
    arguments = pending.get("arguments") or {}
    if pending.get("tool") not in ADDRESS_TOOLS or not arguments.get("address1") or not says_yes(text):
        return None
    if read_address(text, str(arguments.get("country") or "USA")) is not None:
        return None  # a whole address: read as one where addresses are read
    street = read_street(text)
    if street is None or street.casefold() == str(arguments["address1"]).casefold():
        return None
    old = describe_address({k: str(v) for k, v in arguments.items()})
    new_arguments = {**arguments, "address1": street, "address2": ""}
    new = describe_address({k: str(v) for k, v in new_arguments.items()})

    def moved(facts: dict[str, Any]) -> dict[str, Any]:
        return {key: new if value == old else value for key, value in facts.items()}

    changed: Pending = {**pending, "arguments": new_arguments, "reply_facts": moved(pending.get("reply_facts") or {})}
    if question := pending.get("question"):
        changed["question"] = {**question, "facts": moved(dict(question.get("facts") or {}))}
    return changed


def reinstated(state: ConversationState, text: str, intent: Intent) -> dict[str, Any]:
    """The state update for "actually do it, same address" said right after a proposal was let go: that proposal
    waits again, the message marked `reinstated` (it is asked again, never written on these words). A question,
    words with a condition, a refusal, an order number of their own or another request read in them ("yes, can you
    check my other order", "yes, return the lamp then") bring nothing back; nor anything said later."""
    withdrawn = state.get("withdrawn")
    if not withdrawn:
        return {}
    if state.get("pending") or not WITHDRAWALS & set(state.get("said_last") or []):
        return {"withdrawn": None}
    proposed = str((withdrawn.get("arguments") or {}).get("order_id") or "")
    same_request = intent in (REQUESTS_OF.get(withdrawn.get("tool") or "", frozenset()) | AGREEMENT)
    answers_anything_else = bool(ASKS_ANYTHING_ELSE & set(state.get("said_last") or [])) and bare_yes(text)
    if ("?" in text or answers_anything_else or not same_request or not says_yes(text) or declines(text)
            or sets_a_condition(text)
            or any(digits not in proposed for digits in order_numbers(text))):
        return {"withdrawn": None}
    return {"pending": withdrawn, "withdrawn": None,
            "incoming": {**(state.get("incoming") or {}), "reinstated": True}}


def reinstated_again(pending: Pending) -> list[Reply]:
    """The proposal let go, asked again as first asked."""
    return [Reply(key="proposal_reinstated", facts={}), ask_again(pending)]
