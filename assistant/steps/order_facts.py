"""Questions about an order's facts, not its status: how it was paid ("¿con qué pagué la chaqueta?") and what was
in it ("and what was in it?"). Read as an order question whatever a classifier made of them (a payment change, a
complaint, shopping), and answered from the order's record in the customer's language."""

from __future__ import annotations

import html
from typing import Any

from assistant.grounding.item_changes import asks_for_return, asks_for_swap, cancels, fits_badly, wishes_a_swap
from assistant.grounding.items import nouns_said
from assistant.grounding.lexicon import lexicon
from assistant.grounding.option_values import prefers
from assistant.grounding.order_fact_words import tracking_label
from assistant.grounding.order_follow_ups import asks_status_in_words
from assistant.grounding.order_states import without_state_phrases
from assistant.grounding.orders import asked_order_fact, asks_for_order_list, order_numbers
from assistant.grounding.payments import describe_payment
from assistant.grounding.variants import describe_options
from assistant.models.contracts import Intent, TurnIntent
from assistant.state import Reply
from assistant.steps.addresses import ADDRESS, describe_address
from assistant.steps.order_lookup import CustomerReader, money

MISREAD = {Intent.MODIFY_ORDER, Intent.REPORT_PROBLEM, Intent.RECOMMEND, Intent.PRODUCT_QUESTION, Intent.OUT_OF_SCOPE,
           Intent.PROVIDE_DETAILS, Intent.THANKS_BYE, Intent.GREET, Intent.CANCEL_ORDER, Intent.RETURN_ITEM,
           Intent.EXCHANGE_ITEM}


def order_fact_question(text: str, decided: TurnIntent, in_order_topic: bool, discussed: list[str]) -> TurnIntent:
    """The turn as an order question when it asks how an order was paid or what was in it, and points at an
    order (a number, an order word, an item's noun, or an order already being discussed: `discussed` is the one
    the last reply named)."""
    fact = asked_order_fact(text)
    # "an welche Adresse geht die?" may read as the account's address: where an order ships names no account
    misread = MISREAD | {Intent.ORDER_STATUS} | ({Intent.CHANGE_DEFAULT_ADDRESS} if fact == "address" else set())
    if decided.intent not in misread or fact is None:
        return decided
    if _asks_for_a_change(text):
        return decided  # "refund it to the card I paid with" names a method for a return, asks no fact
    points = in_order_topic or bool(order_numbers(text) or lexicon().patterns["order_words"].search(text)
                                    or nouns_said(text))
    if not points:
        return decided
    slots = decided.slots.model_copy(update={"modification": None})
    if discussed and not order_numbers(text) and not decided.slots.order_ids:
        slots = slots.model_copy(update={"order_ids": discussed})
    return decided.model_copy(update={"intent": Intent.ORDER_STATUS, "confidence": max(decided.confidence, 0.9),
                                      "slots": slots})


def _asks_for_a_change(text: str) -> bool:
    return asks_for_return(text) or cancels(text) or asks_for_swap(text)


def _change_of_a_grounded_item(text: str, decided: TurnIntent) -> bool:
    """An item change already grounded in the customer's item, asked with a wish ("la cafetera del pedido donde
    esta la manguera, quiero que sea manual"): "donde esta" names the order by what is in it, no status asked; or
    with status words only in the phrase that tells the item by its order's state ("mi altavoz que todavía no ha
    salido, ¿me lo mandan en azul?")."""
    return decided.slots.modification == "items" and bool(decided.slots.item_ids) and (
        wishes_a_swap(text) or prefers(text) or not _asks_status_beyond_its_state(text))


def _asks_status_beyond_its_state(text: str) -> bool:
    """Status words outside the phrases that say an order's state of an item ("that hasn't shipped", "que me
    llegó")."""
    rest = without_state_phrases(text)
    return lexicon().patterns["status_questions"].search(rest) is not None or asks_status_in_words(rest)


def order_status_question(text: str, decided: TurnIntent, in_order_topic: bool = False,
                          discussed: list[str] | None = None) -> TurnIntent:
    """"ist der Luftreiniger schon angekommen?", "le casque de vélo, il est déjà expédié ?", "pásame el número de
    seguimiento": where an order is, asked through one of its items or the order, is an order status question
    (answered with its status and tracking number), whatever a classifier made of it (shopping, a product
    question, a complaint, a return). A problem, a fit complaint or words asking for a change keep their reading."""
    if not (lexicon().patterns["status_questions"].search(text) or asks_status_in_words(text)):
        return decided
    found = lexicon().patterns
    asks_more = bool(found["problem_words"].search(text) or fits_badly(text) or _asks_for_a_change(text)
                     or ADDRESS.search(text) or _change_of_a_grounded_item(text, decided))
    if decided.intent is Intent.ORDER_STATUS:
        # sure enough to be a new request: a request left open before ("which can I return?" answered) does not
        # take "where is my latest order? any tracking?" as its answer
        sure = decided if asks_more else decided.model_copy(update={"confidence": max(decided.confidence, 0.9)})
        return _about_discussed(text, sure, discussed)
    if decided.intent not in MISREAD:
        return decided
    if asks_more:
        return decided  # "die Jacke soll an 8 Lake Street geliefert werden" gives a new address
    if not (order_numbers(text) or found["order_words"].search(text) or nouns_said(text)
            or found["own_words"].search(text) or in_order_topic):
        return decided  # "und ist die schon angekommen?" right after an answer about one order asks about it
    slots = decided.slots.model_copy(update={"modification": None, "cancel_reason": None, "product_query": None})
    if discussed and not order_numbers(text) and not decided.slots.order_ids and not nouns_said(text):
        slots = slots.model_copy(update={"order_ids": discussed})
    return decided.model_copy(update={"intent": Intent.ORDER_STATUS, "confidence": max(decided.confidence, 0.9),
                                      "slots": slots})


def _about_discussed(text: str, decided: TurnIntent, discussed: list[str] | None) -> TurnIntent:
    """"and has that one arrived?" right after an answer about one order: that order, not the list."""
    if not discussed or order_numbers(text) or decided.slots.order_ids or nouns_said(text) or asks_for_order_list(text):
        return decided
    return decided.model_copy(update={"slots": decided.slots.model_copy(update={"order_ids": discussed})})


def ordered_option_question(text: str, decided: TurnIntent, discussed: list[str] | None) -> TurnIntent:
    """"what colour did I order again?", "¿de qué color lo pedí?" right after a reply about one order (a change let
    go: "nothing changed, order #W… stays as it is"): what that order holds, with its options, never the list of
    every order (withdraw23). Words that name an order or an item of their own keep their reading."""
    if (not discussed or order_numbers(text) or decided.slots.order_ids or nouns_said(text)
            or not asks_for_order_list(text) or lexicon().patterns["order_nouns"].search(text)
            or not lexicon().patterns["option_name_words"].search(text)):
        return decided
    slots = decided.slots.model_copy(update={"order_ids": discussed, "modification": None, "product_query": None})
    return decided.model_copy(update={"intent": Intent.ORDER_STATUS, "confidence": max(decided.confidence, 0.9),
                                      "slots": slots})


async def order_fact_reply(reader: CustomerReader, order: dict[str, Any], text: str, language: str,
                           fact: str | None = None) -> Reply | None:
    """The answer to a question about the order's payment, contents, total or shipping address; None when the text
    asks none."""
    fact = fact or asked_order_fact(text)
    if fact == "payment":
        # each method with what it paid ("PayPal (535,61 $)"): "how did I pay, and how much?" is one question
        paid: dict[str, int] = {}
        for payment in order.get("payment_history", []):
            if payment.get("transaction_type", "payment") == "payment":
                paid[payment["payment_method_id"]] = paid.get(payment["payment_method_id"], 0) + payment["amount_cents"]
        saved = [m for m in (await reader.profile()).get("payment_methods", []) if m["id"] in paid]
        # a gift card's balance today is no amount of this order's: only what each method paid is said
        methods = [f"{describe_payment(_without_balance(m), language)} ({money(paid[m['id']], language)})"
                   for m in saved] or [
            describe_payment({"source": "unknown"}, language)]
        return Reply(key="order_payment", facts={"order_id": order["order_id"], "methods": ", ".join(methods)})
    if fact == "address":  # where the order ships, as its record says (never a change of it)
        return Reply(key="order_address", facts={"order_id": order["order_id"],
                                                 "address": describe_address(order.get("address") or {})})
    if fact == "prices":  # each item with what it cost, and the order's total
        lines = [f"{_item_line(i, language)}: {money(i['price_cents'], language)}" for i in order["items"]]
        total = money(sum(item["price_cents"] for item in order["items"]), language)
        return Reply(key="order_item_prices", facts={"order_id": order["order_id"], "items": "; ".join(lines),
                                                     "total": total})
    if fact in ("contents", "total"):
        items = [_item_line(i, language) for i in order["items"]]
        facts = {"order_id": order["order_id"], "items": "; ".join(items)}
        if fact == "total":  # what the order's items came to, as the order list shows it
            total = money(sum(item["price_cents"] for item in order["items"]), language)
            return Reply(key="order_total", facts={**facts, "total": total})
        return Reply(key="order_contents", facts=facts)
    return None


def _item_line(item: dict[str, Any], language: str) -> str:
    name = html.unescape(item["name"])
    return f"{name} ({describe_options(item['options'], language)})" if item.get("options") else name


def detail_asked(text: str) -> str | None:
    """What a question about all the orders asks of each: "payment" ("what did I pay with for those?"),
    "tracking" ("which one has shipped? tracking number?"); None for a plain list."""
    if asked_order_fact(text) == "payment":
        return "payment"
    return "tracking" if lexicon().patterns["status_questions"].search(text) else None


async def line_detail(reader: CustomerReader, order: dict[str, Any], detail: str, language: str) -> str:
    """The detail asked, for one order's line of a list: " — Visa ending 4242", " — tracking 1Z…"."""
    if detail == "payment":
        reply = await order_fact_reply(reader, order, "payment", language, fact="payment")
        return f" — {reply['facts']['methods']}" if reply else ""
    tracking = [t for f in order.get("fulfilments", []) for t in f["tracking_ids"]]
    return f" — {tracking_label(language)} {', '.join(tracking)}" if tracking else ""


def _without_balance(method: dict[str, Any]) -> dict[str, Any]:
    """A saved method as it paid an order: a gift card without its balance of today."""
    return {key: value for key, value in method.items() if key != "balance_cents"}
