"""The answer to a question about one order: each fact asked ("what's in it and how did I pay?" gets both), its
summary when it was picked with nothing more asked ("et la deuxième ?", "tell me more about the second one"),
else its status. And whether a question that reads like one about the orders picks one of them ("¿qué hay en mi
pedido pendiente?", "my most recent order"): that order is answered, not the whole list."""

from __future__ import annotations

import html
import re
from typing import Any

from assistant.grounding.item_changes import owned_items_meant
from assistant.grounding.items import nouns_said
from assistant.grounding.lexicon import lexicon
from assistant.grounding.order_fact_words import asks_an_items_amount
from assistant.grounding.order_follow_ups import asks_for_more, asks_status_in_words
from assistant.grounding.order_history import asks_refund_of_cancelled
from assistant.grounding.orders import asked_order_fact, says_last_in_state
from assistant.grounding.statuses import describe_status
from assistant.grounding.variants import describe_options
from assistant.state import Reply
from assistant.steps.listed_order import ordinal_of
from assistant.steps.order_facts import order_fact_reply
from assistant.steps.order_history_answers import not_found_replies, refund_reply
from assistant.steps.order_lookup import CustomerReader, money
from assistant.steps.order_status_reply import status_reply
from assistant.steps.own_item_options import own_item_option_reply

# Spanish "y" joins two questions; French "il y a", "j'y" hold a "y" that joins nothing
CLAUSES = re.compile(r"[,;]|\b(?:and|et|(?<!il )(?<!['’])y|und|also|puis|luego|dann)\b", re.I)


def picks_one_order(text: str) -> bool:
    """"my pending order", "ma commande la plus récente": one order by its state or place, not the list."""
    words = lexicon().patterns
    return bool(words["open_order"].search(text) or words["last_order"].search(text) or says_last_in_state(text))


def facts_asked(text: str) -> list[str]:
    """Every order fact the turn asks, in the order asked ("what's in it and how did I pay?": contents, payment)."""
    clauses = CLAUSES.split(text)
    found = [fact for clause in clauses if (fact := asked_order_fact(clause))]
    whole = asked_order_fact(text)
    asked = list(dict.fromkeys(found or ([whole] if whole else [])))
    if asked and not {"total", "payment", "prices"} & set(asked) and any(
            asks_an_items_amount(clause) and not nouns_said(clause) for clause in clauses):
        asked.append("total")  # "…was war da drin und was hat die gekostet?": the order's amount, beside its contents
    if "prices" in asked:  # each item with its price says what was in it and the total too
        return [fact for fact in asked if fact not in ("contents", "total")]
    return asked


def _items(order: dict[str, Any], language: str) -> str:
    return "; ".join(f"{html.unescape(i['name'])} ({describe_options(i['options'], language)})" if i.get("options")
                     else html.unescape(i["name"]) for i in order.get("items", []))


def order_summary(order: dict[str, Any], language: str) -> Reply:
    """The order's status, items and total, as one order's line of the list says them."""
    total = money(sum(item["price_cents"] for item in order.get("items", [])), language)
    tracking = [t for f in order.get("fulfilments", []) for t in f["tracking_ids"]]
    facts = {"order_id": order["order_id"], "status": describe_status(order["status"], language),
             "items": _items(order, language), "total": total}
    if tracking:
        return Reply(key="order_summary_tracked", facts={**facts, "tracking_id": ", ".join(tracking)})
    return Reply(key="order_summary", facts=facts)


def item_price_reply(order: dict[str, Any], item: dict[str, Any], language: str) -> Reply:
    """What one item of the order cost, and the order's total."""
    total = money(sum(line["price_cents"] for line in order.get("items", [])), language)
    return Reply(key="order_item_price", facts={"order_id": order["order_id"], "item": _items(
        {"items": [item]}, language), "price": money(item["price_cents"], language), "total": total})


def priced_item(order: dict[str, Any], text: str) -> dict[str, Any] | None:
    """The one item of a several-item order whose amount the words ask ("how much did the hoodie cost me", "la
    sudadera, ¿cuánto me costó?"): what its line came to, not the whole order's payment; None for a question about
    the order's total or the order itself, a difference or a refund, or an item not told apart."""
    items = order.get("items", [])
    if len(items) < 2 or not asks_an_items_amount(text) or lexicon().patterns["order_words"].search(text):
        return None  # "how much did I pay for the order with the kettle?" asks the order's amount, as before
    meant = set(owned_items_meant(text, items, noun_alone=True))
    return next(item for item in items if item["item_id"] in meant) if len(meant) == 1 else None


async def order_answers(reader: CustomerReader, order: dict[str, Any], text: str, language: str) -> list[Reply]:
    """The replies to a question about this one order."""
    if asks_refund_of_cancelled(text):  # "was I refunded for the keyboard I cancelled?"
        return [await refund_reply(reader, order, language)]
    if (item := priced_item(order, text)) is not None:  # "how much did the hoodie cost me": that line, not the order
        return [item_price_reply(order, item, language)]
    if (asked := await own_item_option_reply(reader, order, text, language)) is not None:
        return [asked]  # "are the hiking boots in it waterproof?": that item's own options, not the status
    replies = [reply for fact in facts_asked(text)
               if (reply := await order_fact_reply(reader, order, text, language, fact=fact))]
    if replies:
        return replies
    picked_only = ordinal_of(text) is not None or asks_for_more(text)
    asks_status = lexicon().patterns["status_questions"].search(text) or asks_status_in_words(text)
    if picked_only and not asks_status:
        return [order_summary(order, language)]
    return [status_reply(order, language, text), *not_found_replies(order, text)]
