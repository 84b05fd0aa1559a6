"""Answers about the customer's own account from the store: saved payment methods, gift card balance, default
address (`grounding.account_questions` reads the question). Only the session's customer is read (READ tools as
that customer); nothing is proposed, and a request in progress stays open for the next turn."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.account_questions import AccountFact, account_question
from assistant.grounding.payments import describe_payment
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.addresses import describe_address
from assistant.steps.order_lookup import CustomerReader, money


def account_reply(fact: AccountFact, profile: dict[str, Any], language: str) -> Reply:
    """The answer to one account question from the customer's profile (`get_customer_details`)."""
    methods = profile.get("payment_methods") or []
    if fact == "payment_methods":
        return Reply(key="saved_payment_methods",
                     facts={"methods": ", ".join(describe_payment(m, language) for m in methods)})  # none: `_none`
    if fact == "gift_card":
        cards = [m for m in methods if m.get("source") == "gift_card"]
        if not cards:
            return Reply(key="no_gift_card", facts={})
        return Reply(key="gift_card_balance",
                     facts={"balances": ", ".join(money(int(c.get("balance_cents") or 0), language) for c in cards)})
    address = profile.get("address") or {}
    if not address.get("address1"):
        return Reply(key="no_default_address", facts={})
    return Reply(key="default_address", facts={"address": describe_address(address)})


async def account_facts(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    fact = account_question((state.get("incoming") or {}).get("text", ""))
    reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    reply = account_reply(fact or "payment_methods", await reader.profile(), state.get("language") or "en")
    return {"outbox": with_replies(state, reply)}
