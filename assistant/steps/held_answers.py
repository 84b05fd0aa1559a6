"""What the assistant still answers itself while the desk holds a conversation (desk18 F11): questions whose answer
only reads, so it cannot cross what the agent is doing.

- a question about the shop's rules ("how long does a refund take?"), from `prompts/shop_policy.v1.yaml` (fresh11
  F12);
- where one of the customer's own orders is ("where is my order #W…?", "ma veste est partie ?", "ist meine Jacke
  schon unterwegs?"): its status and tracking, read with the READ tools as the conversation's customer. The order
  is the one named by number, the only one holding the item named in words, or the one the words pick ("my last
  order", the customer's only order); when they leave it open ("where's my order?" with several), the question
  goes to the agent like any other message.

Everything else waits for the agent, who holds the conversation: above all a write (a cancellation, a return, an
item or address change, a refund), which is never proposed or done while held, even when it is worded as a status
question ("has it shipped? if not cancel it"). Every message is relayed to the ticket either way
(`handoff.await_agent`), and one answered here is not picked up again at hand-back.
"""

from __future__ import annotations

from assistant.context import Deps
from assistant.grounding.lexicon import lexicon
from assistant.grounding.orders import ground_order, order_numbers
from assistant.grounding.policy_questions import policy_question
from assistant.grounding.unworded_writes import says_a_write
from assistant.state import Reply
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.order_status_reply import status_reply
from assistant.steps.shop_policy import policy_reply


def asks_where_an_order_is(text: str) -> bool:
    """A question where an order is that asks for no write: any word of one leaves it to the agent."""
    return lexicon().patterns["status_questions"].search(text) is not None and not says_a_write(text)


async def order_status_while_held(reader: CustomerReader, text: str, language: str) -> Reply | None:
    """The status of the one order the words name (number, or an item only it holds); None when they name none
    or several, or the order is not the customer's."""
    async with reader.one_transaction():
        orders = await reader.orders()
        if not orders:
            return None
        named = order_numbers(text)
        details = None if named else [d for o in orders if (d := await reader.order(o["order_id"])) is not None]
        choice = ground_order(text, [], orders, None, details)
        # an order picked by its place or as the only one only when the words speak of an order ("where's my
        # order?"), never for any "where is" ("where is the size chart?")
        if choice.order_id is None or (choice.fallback and not lexicon().patterns["order_words"].search(text)):
            return None
        order = await reader.order(choice.order_id)
    return status_reply(order, language, text) if order else None


async def held_answer(deps: Deps, customer_id: str, conversation_id: str, text: str, language: str) -> Reply | None:
    """The reply the assistant gives itself to a message sent while the desk holds the conversation, or None."""
    if (topic := policy_question(text)) is not None:
        return policy_reply(topic, language)
    if asks_where_an_order_is(text):
        return await order_status_while_held(CustomerReader(deps, customer_id, conversation_id), text, language)
    return None
