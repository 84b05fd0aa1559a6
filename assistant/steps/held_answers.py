"""What the assistant still answers itself while the desk holds a conversation (desk18 F11): questions whose answer
only reads, so it cannot cross what the agent is doing.

- a question about the shop's rules ("how long does a refund take?"), from `prompts/shop_policy.v1.yaml` (fresh11
  F12);
- where one of the customer's own orders is ("where is my order #W…?", "ma veste est partie ?", "ist meine Jacke
  schon unterwegs?", "the tracking of my delivered order"): its status and tracking, read with the READ tools as the
  conversation's customer;
- the number of their ticket, or the email the shop writes to (photo29: `steps/ticket_facts.py`);
- a fact of one of their own orders (wait27, fresh F12): what an item cost them ("combien j'ai payé la bouilloire
  ?", "wie viel hat der Wasserkocher gekostet?"), how it was paid, what was in it, what it came to.

The order is the one named by number, the only one holding the item named in words, the only one in the state the
words say ("my delivered order"), or the one the words pick ("my last order", the customer's only order); when they
leave it open ("where's my order?" with several), the question goes to the agent like any other message. A price
asked with no word of the customer's own ("how much is it?") is first a question about a product
(`held_product_question`); only an item of their orders named in it makes it theirs.

Everything else waits for the agent, who holds the conversation: above all a write (a cancellation, a return, an
item or address change, a refund), which is never proposed or done while held, even when it is worded as a status
question ("has it shipped? if not cancel it"). Every message is relayed to the ticket either way
(`handoff.await_agent`), and one answered here is not picked up again at hand-back.
"""

from __future__ import annotations

from typing import Any

from assistant.context import Deps
from assistant.grounding.lexicon import lexicon
from assistant.grounding.order_fact_words import order_fact_words
from assistant.grounding.order_states import STATUSES_OF, said_state
from assistant.grounding.orders import asked_order_fact, ground_order, order_numbers
from assistant.grounding.policy_questions import policy_question
from assistant.grounding.unworded_writes import names_a_write, says_a_write
from assistant.state import Reply
from assistant.steps.order_answers import order_answers
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.order_status_reply import status_reply
from assistant.steps.shop_policy import policy_reply
from assistant.steps.ticket_facts import ticket_fact_replies


def asks_where_an_order_is(text: str) -> bool:
    """A question where an order is that asks for no write: any word of one leaves it to the agent."""
    return lexicon().patterns["status_questions"].search(text) is not None and not says_a_write(text)


def asks_an_own_order_fact(text: str) -> bool:
    """A question about what one of the customer's orders holds or cost ("how much did I pay for the kettle?",
    "¿con qué pagué mi pedido?"), said as theirs, with no word of a write (an option value may name the item)."""
    asked = asked_order_fact(text) is not None or order_fact_words().patterns["total_amounts"].search(text)
    theirs = asked_order_fact(text) is not None or _says_own(text)
    return bool(asked) and theirs and not names_a_write(text)


def asks_an_amount(text: str) -> bool:
    """What something cost, with no word of a write: the price of an item of theirs when one is named."""
    return order_fact_words().patterns["total_amounts"].search(text) is not None and not names_a_write(text)


def _says_own(text: str) -> bool:
    words = lexicon().patterns
    return bool(words["own_words"].search(text) or words["order_words"].search(text) or order_numbers(text))


async def _order_meant(reader: CustomerReader, text: str) -> dict[str, Any] | None:
    """The one order of the customer's the words name (number, item held, state said, place), else None."""
    async with reader.one_transaction():
        orders = await reader.orders()
        if (state := said_state(text)) is not None and not order_numbers(text):
            orders = [o for o in orders if o["status"] in STATUSES_OF[state]] or orders
        if not orders:
            return None
        named = order_numbers(text)
        details = None if named else [d for o in orders if (d := await reader.order(o["order_id"])) is not None]
        choice = ground_order(text, [], orders, None, details)
        # an order picked by its place or as the only one only when the words speak of an order ("where's my
        # order?"), never for any "where is" ("where is the size chart?") or "how much is it?"
        speaks = lexicon().patterns["order_words"].search(text) or said_state(text)
        if choice.order_id is None or (choice.fallback and not speaks):
            return None
        return await reader.order(choice.order_id)


async def order_status_while_held(reader: CustomerReader, text: str, language: str) -> Reply | None:
    """The status of the one order the words name (number, or an item only it holds); None when they name none
    or several, or the order is not the customer's."""
    order = await _order_meant(reader, text)
    return status_reply(order, language, text) if order else None


async def order_fact_while_held(reader: CustomerReader, text: str, language: str) -> list[Reply]:
    """The facts asked of the one order the words name ("how much did the kettle cost me?": that item's line);
    none when they name none or several."""
    order = await _order_meant(reader, text)
    if order is None:
        return []
    async with reader.one_transaction():
        return await order_answers(reader, order, text, language)


async def held_answer(deps: Deps, customer_id: str, conversation_id: str, text: str, language: str) -> list[Reply]:
    """The replies the assistant gives itself to a message sent while the desk holds the conversation, before any
    product question is tried (empty: none)."""
    if replies := await ticket_fact_replies(deps, customer_id, conversation_id, text):
        return replies  # "what's my ticket number?" while held: the ticket's number, it only reads (photo29)
    if (topic := policy_question(text)) is not None:
        return [policy_reply(topic, language)]
    reader = CustomerReader(deps, customer_id, conversation_id)
    if asks_where_an_order_is(text):
        return [reply] if (reply := await order_status_while_held(reader, text, language)) else []
    if asks_an_own_order_fact(text):
        return await order_fact_while_held(reader, text, language)
    return []


async def held_amount_answer(deps: Deps, customer_id: str, conversation_id: str, text: str,
                             language: str) -> list[Reply]:
    """What an item of the customer's cost them, asked with no word of their own ("wie viel hat der Wasserkocher
    gekostet?"), once no product of the catalog answered it: only when an item of one of their orders is named."""
    if not asks_an_amount(text):
        return []
    return await order_fact_while_held(CustomerReader(deps, customer_id, conversation_id), text, language)
