"""A question about a product sent while the desk holds the conversation (desk19, fresh18 F9): answered at once from
the catalog, like a status or a rules question (`held_answers`), since it only reads and cannot cross what the agent
is doing ("et en vert, il existe ? à quel prix ?" after a photo of the top, "does the Chaz hoodie come in gray?").

It is answered by the product Q&A step itself, on the conversation as it stands (the product in focus, the photo
sent) with this message as the turn. Words of a write, of an order or of a problem leave the message to the agent,
and so does a question that finds no product: it is never a guess.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_questions import asks_availability, read_question
from assistant.grounding.catalog_vocabulary import read_vocabulary_async
from assistant.grounding.orders import speaks_of_an_order_or_problem
from assistant.grounding.unworded_writes import names_a_write
from assistant.state import ConversationState, Reply
from assistant.steps.product_qa import product_qa

ANSWERED = "product_answer"


def asks_of_a_product(text: str) -> bool:
    """A product question's words (price, colours, sizes, material...) and none of a write, an order or a problem
    (a colour or size named, or an option's name asked, "which colours?", is the question's, not a change)."""
    if names_a_write(text, option_names_ask=True) or speaks_of_an_order_or_problem(text):
        return False
    return bool(read_question(text).asks) or asks_availability(text)


async def product_answer_while_held(
    state: ConversationState, runtime: Runtime[Deps], text: str, language: str
) -> tuple[Reply, dict[str, Any]] | None:
    """The product answer and the shopping focus it leaves, or None when the words ask no product question or
    name no product the catalog has."""
    catalog = runtime.context.catalog
    if catalog is None or not asks_of_a_product(text):
        return None
    vocabulary = await read_vocabulary_async(catalog)
    reading = read_constraints(text, vocabulary, language)
    turn: ConversationState = {
        **state,
        "incoming": {"message_id": "held", "text": text},
        "catalog_reading": reading.model_dump(mode="json", exclude_defaults=True),
        "language": language,
        "outbox": [],
        "topic": None,
    }
    update = await product_qa(turn, runtime)
    replies = [r for r in update.get("outbox") or [] if r.get("key") == ANSWERED]
    if not replies:
        return None
    return replies[-1], ({"shopping": update["shopping"]} if update.get("shopping") else {})
