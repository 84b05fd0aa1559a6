"""Answers about the customer's own account from the store: saved payment methods, gift card balance, the email
on file, default address (`grounding.account_questions` reads the question). Only the session's customer is read
(READ tools as that customer); nothing is proposed, and a request in progress stays open for the next turn. An
order question beside it ("where is my order and what's my gift card balance?") is answered too, by the order
step."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.account_aside import order_question_beside
from assistant.grounding.account_questions import AccountFact, account_questions
from assistant.grounding.other_people import names_someone_else
from assistant.grounding.payments import describe_payment, typed_method_ids
from assistant.grounding.side_questions import clauses_of
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.resolver.patterns import extract_slots
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.addresses import describe_address
from assistant.steps.order_lookup import CustomerReader, money
from assistant.steps.orders import order_service
from assistant.steps.person_in_talk import OTHER_ACCOUNT_REFUSED, own_fact_after_refusal

KEEPS = ("topic", "pending")  # the request in progress, if any, is not the order question's business


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
    if fact == "email":
        return Reply(key="account_email", facts={"email": profile.get("email") or ""})
    address = profile.get("address") or {}
    if not address.get("address1"):
        return Reply(key="no_default_address", facts={})
    return Reply(key="default_address", facts={"address": describe_address(address)})


def _asked_of_their_own(text: str, other_ids: list[str]) -> list[AccountFact]:
    """The account facts a clause asks of the customer's own account beside another's method id: a clause naming
    no such id and no other person ("combien il reste sur ma carte cadeau ?")."""
    clauses = [clause for clause in clauses_of(text)
               if not any(other in clause.lower() for other in other_ids) and not names_someone_else(clause, None)]
    return list(dict.fromkeys(fact for clause in clauses for fact in account_questions(clause)))


async def account_facts(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    text = (state.get("incoming") or {}).get("text", "")
    own_instead = own_fact_after_refusal(state)  # "and mine?" right after another person's balance was refused
    facts = account_questions(text) or ([own_instead] if own_instead else ["payment_methods"])
    reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    profile = await reader.profile()
    # "what email and which cards do you have on file?": every fact asked, each answered
    replies = [account_reply(fact, profile, state.get("language") or "en") for fact in facts]
    own_ids, other_ids = typed_method_ids(text, profile.get("payment_methods") or [])
    if other_ids:  # "the balance on gift_card_4855547?": not the customer's, so never answered with their own
        own_facts = _asked_of_their_own(text, other_ids)  # "what's left on my gift card? and on Tom's, gift_card_…?"
        own = [account_reply(fact, profile, state.get("language") or "en") for fact in own_facts]
        replies = [*(replies if own_ids else own), Reply(key=OTHER_ACCOUNT_REFUSED, facts={})]
    answered: dict[str, Any] = {"outbox": with_replies(state, *replies)}
    if not (((state.get("topic") or {}).get("slots") or {}).get("order_ids")):
        # a request still waiting to know which order ("I couldn't find #W…, which one do you mean?") ends here: a
        # later "yes" is no choice of an order, and never carries it to the customer's only one (attack15 F2)
        answered["topic"] = None
    # the order question split off the message already (`understand`: a status aside), or still in it
    if (order_words := state.get("aside") or order_question_beside(text)) is None:
        return answered
    # "where is my order and what's my gift card balance?": the order question too, answered by the order step
    asked = TurnIntent(intent=Intent.ORDER_STATUS, confidence=1.0, slots=extract_slots(order_words))
    incoming = {**(state.get("incoming") or {}), "text": order_words}
    beside: ConversationState = {**state, **answered, "incoming": incoming,  # type: ignore[typeddict-item]
                                 "intent": asked.model_dump(mode="json"), "topic": None, "aside": None}
    said = await order_service(beside, runtime)
    return {**{key: value for key, value in said.items() if key not in KEEPS}, "outbox": said["outbox"]}
