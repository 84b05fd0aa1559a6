"""A yes to the proposal on screen that also asks for the same on another order ("sí, y también cancela el pedido
#W…", "yes, and cancel #W… too"): one order at a time. The yes is not taken for the first order (it is no plain yes)
and the customer is told so, with the proposal asked again; the other order is named to be asked about next. Never
the first order dropped in silence while the second is proposed (attack10, F3). A yes that reaches to every order
("yes, cancel all my orders", "oui, annulez toutes mes commandes") is answered the same way (attack11, F2): never
taken as a yes for the one order proposed while the others stay as they are without a word."""

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


def every_order_with_yes(text: str, pending: Pending) -> bool:
    """The reply opens with a yes to one order's proposal and names all the customer's orders."""
    if not (pending.get("arguments") or {}).get("order_id"):
        return False
    spans = read_spans(split_words(normalise(text)))
    return bool(spans) and "yes" in spans[0][1] and any("all_orders" in kinds for _, kinds in spans)


def one_order_at_a_time(pending: Pending, other: str | None) -> Reply:
    """Nothing done yet with the proposal's order; `other`: the order to ask about next, None for the others."""
    order_id = (pending.get("arguments") or {}).get("order_id", "")
    if other is None:
        return Reply(key="one_order_at_a_time_others", facts={"order_id": order_id})
    return Reply(key="one_order_at_a_time", facts={"order_id": order_id, "other_order_id": other})
