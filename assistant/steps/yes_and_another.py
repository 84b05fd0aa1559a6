"""A yes to the proposal on screen that also asks for the same on another order ("sí, y también cancela el pedido
#W…", "yes, and cancel #W… too"): one order at a time. The yes is not taken for the first order (it is no plain yes)
and the customer is told so, with the proposal asked again; the other order is named to be asked about next. Never
the first order dropped in silence while the second is proposed (attack10, F3)."""

from __future__ import annotations

from assistant.consent_vocabulary import normalise, read_spans, split_words
from assistant.grounding.orders import canonical_order_id, orders_named
from assistant.state import Pending, Reply


def another_order_with_yes(text: str, pending: Pending) -> str | None:
    """The other order a yes to `pending` also names, or None."""
    proposed = (pending.get("arguments") or {}).get("order_id")
    others = [order for order in orders_named(text) if proposed and order != canonical_order_id(proposed)]
    if not proposed or not others:
        return None
    spans = read_spans(split_words(normalise(text)))
    return others[0] if spans and "yes" in spans[0][1] else None


def one_order_at_a_time(pending: Pending, other: str) -> Reply:
    order_id = (pending.get("arguments") or {}).get("order_id", "")
    return Reply(key="one_order_at_a_time", facts={"order_id": order_id, "other_order_id": other})
