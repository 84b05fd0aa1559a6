"""Which order and items a complaint is about: explicit ids first, then the words and the photo's colour."""

from __future__ import annotations

import re
from functools import cache

from assistant.grounding.catalog_lexicon import fold, load_lexicons
from assistant.grounding.statuses import was_received
from assistant.models.contracts import ComplaintTarget
from assistant.models.requests import DecisionRequest, OrderLine, OrderSummary
from assistant.models.resolver.patterns import extract_slots

_WORD = re.compile(r"[a-z]+")
_STOP = {"the", "a", "an", "my", "of", "and", "in", "on", "with", "for", "to", "it", "is", "this", "that"}


def target_complaint(request: DecisionRequest) -> ComplaintTarget:
    slots = extract_slots(request.text)
    by_id = {order.order_id: order for order in request.orders}
    named = [order_id for order_id in slots.order_ids if order_id in by_id]
    candidates = [by_id[named[0]]] if named else _complainable(request.orders)
    if not candidates:
        return ComplaintTarget(order_id=None, confidence=0.0, rationale="no delivered order to match")
    item_ids = set(slots.item_ids)
    for order in candidates:
        hits = [line.item_id for line in order.items if line.item_id in item_ids]
        if hits:
            return ComplaintTarget(
                order_id=order.order_id, item_ids=hits, confidence=0.95, rationale="you named the item"
            )
    scored = sorted(
        ((_score(line, request), order, line) for order in candidates for line in order.items),
        key=lambda entry: entry[0],
        reverse=True,
    )
    if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        score, order, line = scored[0]
        return ComplaintTarget(
            order_id=order.order_id,
            item_ids=[line.item_id],
            confidence=min(0.9, 0.55 + 0.1 * score) if not named else 0.9,
            rationale=f"{line.product_name} matches what the customer described",
        )
    if len(candidates) == 1:
        order = candidates[0]
        single = [line.item_id for line in order.items] if len(order.items) == 1 else []
        return ComplaintTarget(
            order_id=order.order_id,
            item_ids=single,
            confidence=0.8 if single else 0.6,
            rationale="it is your only delivered order" if not named else "you named the order",
        )
    return ComplaintTarget(order_id=None, confidence=0.2, rationale="several orders could match")


def _complainable(orders: list[OrderSummary]) -> list[OrderSummary]:
    delivered = [order for order in orders if order.status.startswith("delivered")]
    return delivered or [order for order in orders if was_received(order.status)] or orders


def _score(line: OrderLine, request: DecisionRequest) -> float:
    words = set(_WORD.findall(request.text.lower())) - _STOP
    name_words = set(_WORD.findall(line.product_name.lower())) - _STOP
    score = float(len(words & name_words))
    if not words & name_words and product_kinds(request.text) & product_kinds(line.product_name):
        score += 1.0  # "le sweat", "die Jacke", "la sudadera": the kind of product its name says (a Hoodie)
    evidence = request.evidence
    if line.colour:
        colour = line.colour.lower()
        if colour in words:
            score += 1.0
        if evidence and evidence.ordered_colour and evidence.ordered_colour.lower() == colour:
            score += 0.5
    if line.size and line.size.lower() in words:
        score += 0.5
    return score


@cache
def _kind_words() -> list[tuple[re.Pattern[str], frozenset[str]]]:
    """Every language's words for a kind of product ("sweat", "Jacke", "sudadera") and its catalog categories."""
    kinds: dict[str, set[str]] = {}
    for lexicon in load_lexicons().values():
        for word, categories in lexicon.categories.items():
            kinds.setdefault(fold(word), set()).update(categories)
    return [(re.compile(rf"(?<!\w){re.escape(word)}(?:s|e|en|n)?(?!\w)"), frozenset(categories))
            for word, categories in kinds.items()]


def product_kinds(text: str) -> set[str]:
    """The catalog categories a text's product words name, in any language."""
    said = fold(text)
    return {category for pattern, categories in _kind_words() if pattern.search(said) for category in categories}
