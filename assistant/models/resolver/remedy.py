"""Remedy under the shop's policy from the triage label, the order's state and what the customer asked for."""

from __future__ import annotations

import re

from assistant.models.contracts import RemedyKind, RemedyProposal, TriageLabel
from assistant.models.requests import DecisionRequest

LOW_CONFIDENCE = 0.5
WANTS_GIFT_CARD = re.compile(r"\b(?:gift ?card|store credit|credit)\b", re.I)
WANTS_MONEY_BACK = re.compile(r"\b(?:refund|money back|reimburse)\b", re.I)
WANTS_EXCHANGE = re.compile(r"\b(?:exchange|swap|another (?:size|colou?r)|right (?:size|colou?r))\b", re.I)
WANTS_REPLACEMENT = re.compile(r"\b(?:replace|replacement|new one|send (?:me )?another)\b", re.I)

DAMAGE = {TriageLabel.SHIPPING_DAMAGE, TriageLabel.PRODUCT_DEFECT, TriageLabel.MISSING_PARTS}
MISMATCH = {TriageLabel.WRONG_ITEM, TriageLabel.WRONG_COLOUR_OR_SIZE}


def propose_remedy(request: DecisionRequest) -> RemedyProposal:
    label, confidence = request.triage, request.triage_confidence
    order = next((o for o in request.orders if o.order_id == request.target_order_id), None)

    def proposal(remedy: RemedyKind, rationale: str) -> RemedyProposal:
        return RemedyProposal(
            remedy=remedy,
            order_id=request.target_order_id,
            item_ids=list(request.target_item_ids),
            rationale=rationale,
        )

    if label is None or confidence is None or confidence < LOW_CONFIDENCE:
        return proposal(RemedyKind.ESCALATE, "the photo does not show the problem clearly enough")
    if order is not None and not order.status.startswith("delivered"):
        return proposal(RemedyKind.ESCALATE, f"the order is {order.status}, not delivered")
    if label is TriageLabel.NOT_A_PROBLEM:
        return proposal(RemedyKind.NO_ACTION, "the item looks as ordered")
    text = request.text
    if WANTS_GIFT_CARD.search(text):
        return proposal(RemedyKind.REFUND_GIFT_CARD, "you asked for store credit")
    if WANTS_MONEY_BACK.search(text):
        return proposal(RemedyKind.RETURN_REFUND, "you asked for your money back")
    if label in MISMATCH or (WANTS_EXCHANGE.search(text) and not WANTS_REPLACEMENT.search(text)):
        return proposal(RemedyKind.EXCHANGE, "we send the item you ordered in exchange")
    return proposal(RemedyKind.REPLACEMENT_TICKET, "we send a replacement for the damaged or missing item")
