"""Two items of one order changed in one message ("cambiar la sudadera por talla L y el top Iris por talla M",
"change the sunglasses to a plastic frame and the speaker to red"): each item's change grounded from its own part of
the message, then proposed together as one write (tau-retail takes one exchange per delivered order, and an item
change locks a pending order, so two writes would shut the second out). Only when every part grounds to one variant
and one payment method settles them all; anything less is left to the one-item flow, which asks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from assistant.grounding.items_acted_on import items_acted_on
from assistant.grounding.lexicon import lexicon
from assistant.models.contracts import Intent
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.payment_choice import usable_methods

Swap = Callable[[Intent, Any, CustomerReader], Awaitable[dict[str, Any]]]
_CLAUSE_END = (",", ";", ".", "!", "?")


def _parts(text: str) -> list[str]:
    """The message cut where things are listed ("and", "y", "et", "und") or at a comma."""
    cuts = [
        0,
        *(m.start() for m in lexicon().patterns["item_conjunctions"].finditer(text)),
        *(i + 1 for i, ch in enumerate(text) if ch in _CLAUSE_END),
        len(text),
    ]
    edges = sorted(set(cuts))
    return [text[a:b].strip(" ,;") for a, b in zip(edges, edges[1:], strict=False) if text[a:b].strip(" ,;.!?")]


def parts_by_item(text: str, items: list[dict[str, Any]]) -> dict[str, str] | None:
    """Each named item's own part of the message, with the parts naming no item (the order, the payment) added to
    every one; None unless two or more items are each named alone in their own parts."""
    own: dict[str, list[str]] = {}
    shared: list[str] = []
    for part in _parts(text):
        named = set(items_acted_on(part, items))
        if len(named) > 1:
            return None
        if named:
            own.setdefault(named.pop(), []).append(part)
        else:
            shared.append(part)
    if len(own) < 2:
        return None
    return {item_id: ", ".join([*parts, *shared]) for item_id, parts in own.items()}


async def several_swaps(
    intent: Intent, request: Any, reader: CustomerReader, swap: Swap, make_request: Callable[[str, str], Any]
) -> dict[str, Any] | None:
    """One proposal changing every item the message gives a change for; None where the message is no such list or
    a part needs a question (the one-item flow then answers as before)."""
    parts = parts_by_item(request.text, request.order["items"])
    if parts is None:
        return None
    proposals = [await swap(intent, make_request(item_id, said), reader) for item_id, said in parts.items()]
    if not all(p.get("tool") for p in proposals):
        return None
    methods = {p["arguments"]["payment_method_id"] for p in proposals}
    if len(methods) != 1 or len({p["tool"] for p in proposals}) != 1:
        return None
    total = sum(int(p["facts"]["difference_cents"]) for p in proposals)
    saved = (await reader.profile()).get("payment_methods", [])
    if not any(m["id"] in methods for m in usable_methods(saved, total)):
        return None  # each part's difference fits a gift card, their sum does not: the one-item flow asks
    return _together(intent, request, proposals)


def _together(intent: Intent, request: Any, proposals: list[dict[str, Any]]) -> dict[str, Any]:
    difference = sum(int(p["facts"]["difference_cents"]) for p in proposals)
    refund = "_refund" if difference < 0 else ""
    pending = "_pending" if intent is not Intent.EXCHANGE_ITEM else ""
    changes = "; ".join(
        f"{p['facts']['item']} ({p['facts']['old_options']} → {p['facts']['new_options']})" for p in proposals
    )
    first = proposals[0]
    return {
        "tool": first["tool"],
        "arguments": {
            "order_id": request.order_id,
            "item_ids": [i for p in proposals for i in p["arguments"]["item_ids"]],
            "new_item_ids": [i for p in proposals for i in p["arguments"]["new_item_ids"]],
            "payment_method_id": first["arguments"]["payment_method_id"],
        },
        "confirm_key": f"confirm_swaps{pending}{refund}",
        "done_key": f"swaps_done{refund}",
        "remember": {},
        "facts": {
            "order_id": request.order_id,
            "changes": changes,
            "difference": request.money(abs(difference)),
            "difference_cents": difference,
            "payment": first["facts"]["payment"],
        },
    }
