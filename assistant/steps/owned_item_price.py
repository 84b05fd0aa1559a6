"""What an item the customer holds cost them, asked by its product's name ("how much was the e-reader?", "la brosse
à dents, je l'avais payée combien ?", "¿cuánto me salió el cepillo?", "wie teuer war die Tastatur?"): a question
about the order holding it, whatever a reader made of the words (a misunderstanding, a complaint's photo request,
an exchange's option question, a product search). Real requests about the item ("ich will die Zahnbürste
umtauschen") and problems keep their reading."""

from __future__ import annotations

from typing import Any

from assistant.context import Deps
from assistant.grounding.item_changes import asks_for_return, asks_for_swap, cancels, owned_items_meant, wishes_a_swap
from assistant.grounding.lexicon import lexicon
from assistant.grounding.order_fact_words import asks_an_items_amount, asks_todays_price
from assistant.grounding.orders import order_numbers
from assistant.grounding.proposal_question import has_question_word
from assistant.grounding.requested_action import read_action
from assistant.models.contracts import Intent, TurnIntent
from assistant.state import ConversationState, Reply
from assistant.steps.order_answers import item_price_reply, priced_item
from assistant.steps.order_changes import SWAP_ITEMS_SLOT
from assistant.steps.order_lookup import CustomerReader

# Readings a price question is misread as; a write's own reading stays when its words ask for it
MISREAD = frozenset({Intent.OUT_OF_SCOPE, Intent.REPORT_PROBLEM, Intent.RECOMMEND, Intent.PRODUCT_QUESTION,
                     Intent.PROVIDE_DETAILS, Intent.GREET, Intent.THANKS_BYE, Intent.EXCHANGE_ITEM,
                     Intent.RETURN_ITEM, Intent.ORDER_STATUS})


def holding_orders(text: str, orders: list[dict[str, Any]]) -> list[str]:
    """The orders holding the one product the words name (by its name, or its noun said of something received),
    first order first; none when the words name no held product or several products."""
    named = {(order["order_id"], item["name"]) for order in orders
             for item in order.get("items", []) if item["item_id"] in owned_items_meant(text, order.get("items", []),
                                                                                       noun_alone=True)}
    if len({name for _, name in named}) != 1:
        return []
    return [order["order_id"] for order in orders if any(order_id == order["order_id"] for order_id, _ in named)]


def reads_as_an_items_price(text: str, decided: TurnIntent) -> bool:
    """The words ask what one thing cost, with no request and no problem in them, and were read as something else."""
    if (decided.intent not in MISREAD or order_numbers(text) or not asks_an_items_amount(text)
            or asks_todays_price(text)):  # "was kostet die Hyperion Jacke?": the catalog's price, not what was paid
        return False
    return not (lexicon().patterns["problem_words"].search(text) or asks_for_an_action(text))


def asks_for_an_action(text: str) -> bool:
    """The words ask for a write of an item ("je veux le renvoyer", "ich will die Zahnbürste umtauschen")."""
    return bool(read_action(text).action or asks_for_return(text) or asks_for_swap(text) or cancels(text)
                or wishes_a_swap(text))


async def owned_item_price_question(deps: Deps, customer_id: str | None, conversation_id: str, text: str,
                                    decided: TurnIntent, proposed: bool = False) -> TurnIntent:
    """An item's price asked by its name: an order question about the order holding it (the order's number as its
    slot when one order holds it; the orders are asked about when several do). With a proposal open (`proposed`)
    the proposal's own questions read it."""
    if proposed or not customer_id or not reads_as_an_items_price(text, decided):
        return decided
    reader = CustomerReader(deps, customer_id, conversation_id)
    orders = [order for summary in await reader.orders() if (order := await reader.order(summary["order_id"]))]
    holding = holding_orders(text, orders)
    if not holding:
        return decided
    slots = decided.slots.model_copy(update={"order_ids": holding[:1] if len(holding) == 1 else []})
    return decided.model_copy(update={"intent": Intent.ORDER_STATUS, "confidence": max(decided.confidence, 0.9),
                                      "slots": slots})


def asks_what_it_cost(text: str) -> bool:
    """A question of what a thing cost ("what did I pay for the blue one?", "¿y cuánto me costó la azul?"), with no
    request in it: while an item change waits for its method, a question about the item, never a method named."""
    return asks_an_items_amount(text) and not order_numbers(text) and not asks_for_an_action(text) and (
        "?" in text or has_question_word(text))


async def changed_item_price(deps: Deps, state: ConversationState, text: str) -> list[Reply]:
    """What the item under change (or the one of its order the words name) cost, from the order's record."""
    customer = state.get("customer_id")
    slots = (state.get("topic") or {}).get("slots") or {}
    order_ids, changed = slots.get("order_ids") or [], slots.get(SWAP_ITEMS_SLOT) or []
    if not customer or not order_ids:
        return []
    order = await CustomerReader(deps, customer, state["conversation_id"]).order(str(order_ids[0]))
    if order is None:
        return []
    under_change = [item for item in order.get("items", []) if changed and item["item_id"] == changed[0]]
    item = priced_item(order, text) or next(iter(under_change), None)
    return [item_price_reply(order, item, state.get("language") or "en")] if item else []
