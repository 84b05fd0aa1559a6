"""Resolver decisions for the photo-complaint flow: triage, which order, remedy; plus photo attributes."""

from __future__ import annotations

import pytest

from assistant.models.contracts import (
    ComplaintTarget,
    PhotoAttributes,
    PhotoTriage,
    RemedyKind,
    RemedyProposal,
    TriageLabel,
)
from assistant.models.requests import DamageCue, DecisionRequest, OrderLine, OrderSummary, PhotoEvidence
from assistant.models.resolver.backend import ResolverBackend

NAVY_JACKET = PhotoEvidence(
    similarity_to_ordered=0.91, same_product=True, photo_colour="navy", ordered_colour="navy"
)
ORDERS = [
    OrderSummary(
        order_id="#W1000001",
        status="delivered",
        items=[
            OrderLine(
                item_id="1000000001", product_name="Typhon Performance Fleece-lined Jacket", colour="Navy"
            ),
            OrderLine(item_id="1000000002", product_name="Ana Running Short", colour="Black"),
        ],
    ),
    OrderSummary(
        order_id="#W1000002",
        status="pending",
        items=[
            OrderLine(item_id="1000000003", product_name="Zeppelin Yoga Pant", colour="Grey"),
        ],
    ),
]


def _triage(resolver: ResolverBackend, text: str, evidence: PhotoEvidence | None) -> PhotoTriage:
    return resolver.decide_now(PhotoTriage, DecisionRequest(text=text, evidence=evidence)).value


@pytest.mark.parametrize(
    ("text", "evidence", "label", "at_least"),
    [
        (
            "the box arrived crushed",
            NAVY_JACKET.model_copy(update={"damage_cues": [DamageCue.CRUSHED_PARCEL]}),
            TriageLabel.SHIPPING_DAMAGE,
            0.85,
        ),
        (
            "there's a tear along the seam",
            NAVY_JACKET.model_copy(update={"damage_cues": [DamageCue.TEAR]}),
            TriageLabel.PRODUCT_DEFECT,
            0.85,
        ),
        (
            "I got the wrong colour",
            NAVY_JACKET.model_copy(update={"photo_colour": "red"}),
            TriageLabel.WRONG_COLOUR_OR_SIZE,
            0.85,
        ),
        (
            "this is not what I ordered",
            PhotoEvidence(
                similarity_to_ordered=0.41,
                same_product=False,
                best_other_product="Ana Running Short",
                best_other_similarity=0.88,
            ),
            TriageLabel.WRONG_ITEM,
            0.85,
        ),
        ("the belt is missing from the box", NAVY_JACKET, TriageLabel.MISSING_PARTS, 0.45),
        ("there's a stain on it", None, TriageLabel.PRODUCT_DEFECT, 0.45),  # words alone: to a person
    ],
)
def test_triage_labels_photo_complaints(
    resolver: ResolverBackend, text: str, evidence: PhotoEvidence | None, label: TriageLabel, at_least: float
) -> None:
    triage = _triage(resolver, text, evidence)
    assert triage.label is label
    assert triage.confidence >= at_least
    assert triage.rationale


def test_a_claim_the_photo_contradicts_is_not_confirmed(resolver: ResolverBackend) -> None:
    triage = _triage(resolver, "this is the wrong colour!", NAVY_JACKET)
    assert triage.label is TriageLabel.NOT_A_PROBLEM
    assert "navy" in triage.rationale


def test_nothing_to_go_on_gives_low_confidence_for_escalation(resolver: ResolverBackend) -> None:
    triage = _triage(resolver, "look", None)
    assert triage.confidence < 0.5


def test_complaint_target_by_id_words_or_only_order(resolver: ResolverBackend) -> None:
    def target(text: str, orders: list[OrderSummary] = ORDERS) -> ComplaintTarget:
        return resolver.decide_now(ComplaintTarget, DecisionRequest(text=text, orders=orders)).value

    named = target("item 1000000002 in #W1000001 is ripped")
    assert (named.order_id, named.item_ids) == ("#W1000001", ["1000000002"])
    by_words = target("the fleece jacket has a hole")
    assert (by_words.order_id, by_words.item_ids) == ("#W1000001", ["1000000001"])
    unclear = target("it's broken", orders=[*ORDERS, ORDERS[0].model_copy(update={"order_id": "#W1000003"})])
    assert unclear.order_id is None and unclear.confidence < 0.5


@pytest.mark.parametrize(
    ("label", "confidence", "text", "status", "remedy"),
    [
        (TriageLabel.SHIPPING_DAMAGE, 0.9, "can you fix this", "delivered", RemedyKind.REPLACEMENT_TICKET),
        (TriageLabel.PRODUCT_DEFECT, 0.9, "I just want my money back", "delivered", RemedyKind.RETURN_REFUND),
        (TriageLabel.PRODUCT_DEFECT, 0.9, "store credit is fine", "delivered", RemedyKind.REFUND_GIFT_CARD),
        (TriageLabel.WRONG_COLOUR_OR_SIZE, 0.9, "", "delivered", RemedyKind.EXCHANGE),
        (TriageLabel.NOT_A_PROBLEM, 0.6, "", "delivered", RemedyKind.NO_ACTION),
        (TriageLabel.WRONG_ITEM, 0.3, "", "delivered", RemedyKind.ESCALATE),
        (TriageLabel.WRONG_ITEM, 0.9, "", "pending", RemedyKind.ESCALATE),
    ],
)
def test_remedy_follows_policy(
    resolver: ResolverBackend,
    label: TriageLabel,
    confidence: float,
    text: str,
    status: str,
    remedy: RemedyKind,
) -> None:
    order = ORDERS[0].model_copy(update={"status": status})
    request = DecisionRequest(
        text=text,
        orders=[order],
        triage=label,
        triage_confidence=confidence,
        target_order_id="#W1000001",
        target_item_ids=["1000000001"],
    )
    proposal = resolver.decide_now(RemedyProposal, request).value
    assert proposal.remedy is remedy
    assert (proposal.order_id, proposal.item_ids) == ("#W1000001", ["1000000001"])


def test_photo_attributes_use_measured_colour_and_named_things(resolver: ResolverBackend) -> None:
    request = DecisionRequest(
        text="is this wool? I love the jacket", evidence=PhotoEvidence(photo_colour="Olive")
    )
    attributes = resolver.decide_now(PhotoAttributes, request).value
    assert attributes.colours == ["olive"] and attributes.category == "jacket"
    assert attributes.material == "wool"
