"""Which of the customer's orders a turn is about: a number in any format, "my open order", "the last order",
an item of one order ("the shorts", "la sombrilla"), or the only order in the status the request needs. A turn
that names a kind of product no order in that status holds is never given the only order in that status: the
order holding it is meant (and may be refused for its status), or the customer is asked which order."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from assistant.grounding.items import item_scores, items_named, nouns_said
from assistant.grounding.lexicon import lexicon
from assistant.grounding.order_fact_words import freely_asked_fact
from assistant.grounding.order_states import STATUSES_OF, said_state
from assistant.grounding.told_apart import told_apart

# "#W1234567", "W1234567", "#D9000001", "d9000001", "order number 7300301", "7300301": seven digits, with or
# without one letter and a "#". Longer digit runs (10-digit item ids, phone numbers) are not order numbers.
ORDER_NUMBER = re.compile(r"(?<![\w#])#?([A-Za-z])?(\d{7})(?![\w])")
OPEN_STATUSES = ("pending", "processed")


class OrderChoice(BaseModel):
    """One order grounded, or the candidates to ask about; `unknown` is a number not among the customer's.
    `fallback`: chosen by its status or place ("my open order", the only pending one), not by a number or an
    item named, so a confirmation names what it holds."""

    order_id: str | None = None
    item_ids: list[str] = []
    candidates: list[dict[str, Any]] = []
    unknown: str | None = None
    fallback: bool = False


def order_numbers(text: str) -> list[str]:
    """The seven digits of every order number written in `text`."""
    return [digits for _, digits in ORDER_NUMBER.findall(text)]


def orders_named(text: str) -> list[str]:
    """The order numbers a message names, as the shop spells them, first mention first, each once."""
    return list(dict.fromkeys(canonical_order_id(m.group(0)) for m in ORDER_NUMBER.finditer(text)))


def canonical_order_id(reference: str) -> str:
    """A written order number as the shop spells ids ("w1234567" → "#W1234567"; bare digits → "#W…")."""
    match = ORDER_NUMBER.search(reference)
    if match is None:
        return reference
    letter, digits = match.groups()
    return f"#{(letter or 'W').upper()}{digits}"


def _by_number(references: list[str], orders: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The customer's order with one of these numbers (the letter may be left out), else the first number as
    the shop spells ids (another customer's order is then "not found", never shown)."""
    for reference in references:
        digits = order_numbers(reference)[0]
        for order in orders:
            if order["order_id"][-7:] == digits:
                return order["order_id"], None
    return None, (canonical_order_id(references[0]) if references else None)


def ground_order(text: str, named_ids: list[str], orders: list[dict[str, Any]], status: str | None,
                 details: list[dict[str, Any]] | None = None, acting: frozenset[str] | None = None) -> OrderChoice:
    """The order a turn is about among the customer's `orders` (summaries, oldest first).

    `named_ids` are the ids a model or the patterns read; `status` is the one the request needs (None: any);
    `details` are the full orders, to ground an item named in words ("the shorts"); `acting` the statuses the
    request can act on an item in (a swap: a change while pending, an exchange once delivered; default `status`
    alone): an item named in several orders in those statuses is asked about, never taken from the one in
    `status`."""
    references = [m.group(0) for source in (*named_ids, text) for m in ORDER_NUMBER.finditer(source)]
    if references:
        found, unknown = _by_number(references, orders)
        return OrderChoice(order_id=found, unknown=unknown)
    words = lexicon().patterns
    names_a_kind = bool(details) and bool(nouns_said(text))  # "the order with the umbrella"
    if words["open_order"].search(text) and not names_a_kind:
        # several open orders, one in the status the request needs (only a pending one can be cancelled)
        open_orders = [o for o in orders if o["status"] in OPEN_STATUSES]
        fitting = [o for o in open_orders if status is not None and o["status"] == status]
        return _one_or_ask(fitting or open_orders or orders)
    if (latest := last_in_state(text, orders)) is not None and not names_a_kind:  # "my last delivered order"
        return OrderChoice(order_id=latest, fallback=True)
    if words["last_order"].search(text) and orders and not names_a_kind:
        return OrderChoice(order_id=orders[-1]["order_id"], fallback=True)
    if details:
        by_item = _by_item(text, details, status, acting)
        if by_item is not None:
            return by_item
    if names_a_kind:
        # a kind of product none of the orders holds: which order is it? (never the only one in the status)
        return OrderChoice(candidates=orders)
    in_status = [o for o in orders if status is None or o["status"] == status]
    return _one_or_ask(in_status or orders)


def says_last_in_state(text: str) -> bool:
    """"my most recent order that got delivered", "ma dernière commande livrée", "el pedido más reciente que ya me
    entregaron", "meine zuletzt gelieferte Bestellung": a word of lastness said of an order in a state."""
    words = lexicon().patterns
    return said_state(text) is not None and bool(words["last_order"].search(text) or (
        words["last_words"].search(text) and words["order_words"].search(text)))


def last_in_state(text: str, orders: list[dict[str, Any]]) -> str | None:
    """The last of the customer's `orders` (oldest first) in the state the words say, when they ask for the last
    order in a state; None otherwise, or when no order is in that state."""
    if not says_last_in_state(text) or (state := said_state(text)) is None:
        return None
    in_state = [order["order_id"] for order in orders if order["status"] in STATUSES_OF[state]]
    return in_state[-1] if in_state else None


def _by_item(text: str, details: list[dict[str, Any]], status: str | None,
             acting: frozenset[str] | None = None) -> OrderChoice | None:
    """Orders holding an item named in words; those in a status the request can act on first (`acting`, else
    the needed `status`)."""
    holding = [(order, items) for order in details if (items := items_named(text, order["items"]))]
    # "the espresso machine that came with the gaming mouse": of the orders holding something named, the one
    # holding the most of the kinds named (an order is told apart by what came with the item)
    kinds = {order["order_id"]: _kinds_held(text, order) for order, _ in holding}
    if kinds and max(kinds.values()) > 1:
        holding = [(order, items) for order, items in holding if kinds[order["order_id"]] == max(kinds.values())]
    # the order whose item the words name best ("the red bike helmet": the helmet's order, not the bicycle's)
    best = {order["order_id"]: max(item_scores(text, order["items"]).values()) for order, _ in holding}
    holding = [(order, items) for order, items in holding if best[order["order_id"]] == max(best.values())]
    words = lexicon().patterns
    # "my black bluetooth speaker", "the 31 inch skateboard": of the items named in several orders, those the words
    # tell apart by an option value
    named = [item for order, items in holding for item in order["items"] if item["item_id"] in items]
    kept = {item["item_id"] for item in told_apart(text, named)}
    if len(kept) < len(named):
        holding = [(order, [i for i in items if i in kept]) for order, items in holding if set(items) & kept]
    # "el pedido donde solo pedí las mancuernas": the order holding nothing but what is named
    alone = [(order, items) for order, items in holding if len(items) == len(order["items"])]
    if len(holding) > 1 and len(alone) == 1 and words["only_words"].search(text):
        holding = alone
    # "the helmet that hasn't shipped yet": the order in the state the words say, before the request's status
    if (state := said_state(text)) and any(order["status"] in STATUSES_OF[state] for order, _ in holding):
        holding = [(order, items) for order, items in holding if order["status"] in STATUSES_OF[state]]
    able = acting or (frozenset({status}) if status is not None else None)
    if able is not None and any(order["status"] in able for order, _ in holding):
        holding = [(order, items) for order, items in holding if order["status"] in able]
    if len(holding) == 1:
        order, items = holding[0]
        return OrderChoice(order_id=order["order_id"], item_ids=items)
    if holding:
        return OrderChoice(candidates=[order for order, _ in holding])
    return None


def _kinds_held(text: str, order: dict[str, Any]) -> int:
    """How many different products of the order the words name."""
    scores = item_scores(text, order["items"])
    return len({item["name"] for item in order["items"] if scores.get(item["item_id"])})


def _one_or_ask(candidates: list[dict[str, Any]]) -> OrderChoice:
    if len(candidates) == 1:
        return OrderChoice(order_id=candidates[0]["order_id"], fallback=True)
    return OrderChoice(candidates=candidates)


def asks_for_order_list(text: str) -> bool:
    """"What are my orders?", "was habe ich bestellt": the list, not a change to one of them nor a problem.

    Read as a plural order noun ("my orders", "mes commandes", "meine Bestellungen"), or a question word a few
    words before a verb of ordering ("what did I buy", "qu'est-ce que j'ai acheté", "was habe ich gekauft")."""
    words = lexicon().patterns
    if words["order_actions"].search(text) or order_numbers(text):
        return False
    if words["order_nouns"].search(text):
        return True
    return any(_within(text, what.end(), verb.start(), 40)
               for what in words["what_words"].finditer(text) for verb in words["ordered_words"].finditer(text))


def _within(text: str, start: int, end: int, gap: int) -> bool:
    return 0 <= end - start <= gap and not any(mark in text[start:end] for mark in ".;!?")


def speaks_of_an_order_or_problem(text: str) -> bool:
    """The words name an order or a problem with a received item ("is it broken?", "how much was my order?")."""
    found = lexicon().patterns
    return bool(found["order_words"].search(text) or found["problem_words"].search(text) or order_numbers(text))


def asked_order_fact(text: str) -> str | None:
    """"payment" for "how did I pay for it?", "contents" for "what was in it?", "total" for "what did it come to in
    all?", "prices" for "what did each thing cost?" (also in freer wording, `order_fact_words`); None for anything
    else."""
    found = lexicon().patterns
    freely = freely_asked_fact(text)
    if freely in ("total", "prices"):
        return freely
    if found["payment_questions"].search(text):
        return "payment"
    if found["contents_questions"].search(text) or _asks_an_ordered_option(text):
        return "contents"
    return freely


def _asks_an_ordered_option(text: str) -> bool:
    """"what colour did I order?", "¿de qué color lo pedí?", "welche Größe hatte ich bestellt?": an option of what
    was ordered, answered with the order's items and their options (withdraw23)."""
    words = lexicon().patterns
    return bool(words["option_name_words"].search(text)) and any(
        _within(text, what.end(), verb.start(), 40)
        for what in words["what_words"].finditer(text) for verb in words["ordered_words"].finditer(text))
