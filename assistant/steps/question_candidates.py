"""The candidates of a question the assistant asks in an order flow (which order, which item, which new option,
which payment method), kept in the topic so the next message is read against them first
(`assistant/grounding/candidates.py`, `steps/question_answer.py`).

The topic's `ASKED_SLOT` holds `{"slot": where the chosen key goes, "candidates": [...]}`; any later question or
proposal replaces or clears it."""

from __future__ import annotations

import html
from typing import Any

from assistant.grounding.candidates import Candidate
from assistant.grounding.lexicon import lexicon
from assistant.grounding.variants import describe_options
from assistant.steps.order_lookup import CustomerReader

ASKED_SLOT = "asked_candidates"
# The orders an answer to "which order?" still fits when several do: asked again naming only them.
FITTING_SLOT = "orders_still_fitting"
# The words of the request that raised "which order?", kept once the customer said which: the answer ("the one with
# the bookshelf") names the order, not the item the request is about.
REQUEST_TEXT_SLOT = "request_before_which_order"
# The slots a "which payment method?" question fills (a swap's difference, a refund, the order's new method): its
# answer names a method, and may rule another out ("no, not the gift card, the paypal").
METHOD_SLOTS = frozenset({"difference_method_id", "refund_method_id", "payment_choice_id"})


def asked(slot: str, candidates: list[Candidate], request_text: str = "", *, by_options: bool = False,
          choose: bool = True, about: Candidate | None = None) -> dict[str, Any]:
    """The question's record for the topic: the slot its answer fills, the candidates as shown, in order, the words
    of the request that raised it, and whether option values said answer it (`by_options`: which new colour, size
    or other option: "in 9 statt 8", "eine Nummer größer", "la taille au-dessus, je garde le bleu"); `choose`: False
    where words fitting one candidate may still mean another (a product's variants, never listed)."""
    record: dict[str, Any] = {"slot": slot, "candidates": [c.model_dump(exclude_defaults=True) for c in candidates]}
    if by_options:
        record["by_options"] = True
    if not choose:  # the candidates only tell an answer from another request; the request grounds it
        record["choose"] = False
    if about is not None:  # the order the question is about: words that name it again keep the request going
        record["about"] = about.model_dump(exclude_defaults=True)
    return {**record, "text": request_text} if request_text else record


def order_candidate(order: dict[str, Any], total_cents: int | None = None) -> Candidate:
    """One order: number, what it holds, total and status."""
    items = order.get("items", [])
    return Candidate(key=order["order_id"], names=[html.unescape(i["name"]) for i in items],
                     words=" ".join(" ".join(str(v) for v in i.get("options", {}).values()) for i in items),
                     number=order["order_id"][-7:], price_cents=total_cents, status=order.get("status"))


async def order_candidates(reader: CustomerReader, summaries: list[dict[str, Any]]) -> list[Candidate]:
    """Orders as listed, in order."""
    candidates = []
    for summary in summaries:
        order = await reader.order(summary["order_id"]) or {"order_id": summary["order_id"]}
        candidates.append(order_candidate({**order, "status": summary.get("status")}, summary.get("total_cents")))
    return candidates


def item_candidates(items: list[dict[str, Any]]) -> list[Candidate]:
    """An order's items as listed: name, option values and price."""
    return [Candidate(key=i["item_id"], names=[html.unescape(i["name"])],
                      words=" ".join(str(v) for v in i.get("options", {}).values()), price_cents=i.get("price_cents"),
                      size=str((i.get("options") or {}).get("size") or "")) for i in items]


def variant_candidates(variants: list[dict[str, Any]], language: str) -> list[Candidate]:
    """A product's variants as offered: their option values (in the customer's language too) and price."""
    return [Candidate(key=v["item_id"],
                      words=" ".join([*(str(x) for x in v.get("options", {}).values()),
                                      describe_options(v.get("options", {}), language)]),
                      price_cents=v.get("price_cents")) for v in variants]


def payment_candidates(methods: list[dict[str, Any]]) -> list[Candidate]:
    """Saved payment methods as listed: kind (and its names in four languages: "carte cadeau", "Guthaben"), brand
    and last four digits."""
    kinds = lexicon().payment_kinds
    return [Candidate(key=m["id"], words=" ".join([str(m.get("source", "")).replace("_", " "), str(m.get("brand", "")),
                                                   *kinds.get(str(m.get("source", "")), [])]),
                      number=str(m.get("last_four") or "")) for m in methods]


# The reasons a cancellation may give, in the order the question offers them ("no longer needed, or ordered by
# mistake?"): "the first one", "la deuxième" answer it; their words are read by `grounding.reasons`.
CANCEL_REASONS_OFFERED = ("no longer needed", "ordered by mistake")


def reason_candidates() -> list[Candidate]:
    return [Candidate(key=reason, words=reason) for reason in CANCEL_REASONS_OFFERED]
