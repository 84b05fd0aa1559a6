"""Side questions (`grounding/side_questions.py`): read off a message in `understand`, answered after the turn's
own step, beside its replies. A question about the account, the shop's rules or a named catalog product said with
another need ("where is #D9000002? and do you have the Chaz Kangeroo hoodie in blue?", "cancel #D9000002 … and
what's my gift card balance?") is answered by its own step, and the need is served as if said alone. While the
assistant waits for the option of an item change, such a question is answered and the option question asked again
(once, by the request going on with no words of its own). Answering reads only: nothing is proposed or written,
and the request's own question (a proposal's Yes/No) stays last."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_vocabulary import read_vocabulary_async
from assistant.grounding.side_questions import SideQuestion
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.state import ConversationState, Reply
from assistant.steps.account_facts import account_facts
from assistant.steps.catalog_routing import catalog_reading
from assistant.steps.other_account import refuse_other_account
from assistant.steps.owned_item_price import changed_item_price
from assistant.steps.product_answers import variant_material
from assistant.steps.product_focus import product_record
from assistant.steps.product_qa import product_qa
from assistant.steps.shop_policy import answer_policy_question


async def _as_product_question(deps: Deps, question: SideQuestion, language: str) -> dict[str, Any]:
    """The state a product question alone would have: its reading, its words against the catalog, and the product
    in focus when the words do not name it (the item being changed)."""
    intent = TurnIntent(intent=Intent.PRODUCT_QUESTION, confidence=1.0,
                        slots=TurnSlots(product_query=question.text[:200]))
    read: dict[str, Any] = {"intent": intent.model_dump(mode="json"), "topic": None, "catalog_reading": None,
                            "shopping": {"focus": question.product_id, "shown": []} if question.product_id else None}
    if deps.catalog is not None:
        words = read_constraints(question.text, await read_vocabulary_async(deps.catalog), language)
        read["catalog_reading"] = words.model_dump(mode="json", exclude_defaults=True)
    return read


async def _of_the_variant(deps: Deps, asked: dict[str, Any], question: SideQuestion) -> str | None:
    """The answer about the variant an item change would bring (its material), when the question is about it."""
    if question.kind != "product" or not question.variant_id or not question.product_id:
        return None
    product = await product_record(deps, asked["conversation_id"], question.product_id)
    if product is None:
        return None
    reading = catalog_reading(asked)  # type: ignore[arg-type]
    return variant_material(product, question.variant_id, reading, asked.get("language") or "en")


STEPS = {"account": account_facts, "product": product_qa}


async def answer_side_questions(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    """Each side question answered by its own step (its replies only: the turn's topic, proposal and products stay
    the request's), before the request's last reply when it asks something, after its replies otherwise."""
    incoming = state.get("incoming") or {}
    replies: list[Any] = []
    for raw in state.get("side_questions") or []:
        question = SideQuestion.model_validate(raw)
        if question.kind == "account" and not state.get("customer_id"):
            continue
        if question.of_item and question.product_id is None:  # the complaint has not found its item yet
            continue
        asked: dict[str, Any] = {**state, "incoming": {**incoming, "text": question.text, "photo": None},
                                 "outbox": [], "aside": None, "pending": None}
        if question.kind == "product":  # read as that question alone: its words, its colours and sizes
            asked.update(await _as_product_question(runtime.context, question, state.get("language") or "en"))
        if question.kind == "other_person":  # refused, nothing looked up (`other_account`)
            said = await refuse_other_account(asked)  # type: ignore[arg-type]
        elif question.kind == "order":  # what the item being changed cost (`owned_item_price`)
            said = {"outbox": await changed_item_price(runtime.context, state, question.text)}
        elif question.kind == "policy":
            said = await answer_policy_question(asked)  # type: ignore[arg-type]
        elif line := await _of_the_variant(runtime.context, asked, question):
            said = {"outbox": [Reply(key="product_answer", facts={"answer": line})]}
        else:
            said = await STEPS[question.kind](asked, runtime)  # type: ignore[arg-type]
        replies.extend(said.get("outbox") or [])
    outbox = list(state.get("outbox") or [])
    asks = bool(state.get("pending") or state.get("topic")) and bool(outbox)
    at = len(outbox) - 1 if asks else len(outbox)
    return {"outbox": [*outbox[:at], *replies, *outbox[at:]], "side_questions": None}
