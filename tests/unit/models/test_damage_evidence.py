"""A damage remedy stands on the photo: the reader's cue for that damage on a photo that still shows the ordered
item; the words add no confidence (issue 18, attack15 F3)."""

from __future__ import annotations

import pytest

from assistant.grounding.complaint_statement import reads_as_complaint
from assistant.models.contracts import RemedyKind, RemedyProposal, TriageLabel
from assistant.models.damage_evidence import escalation_priority, photo_shows_damage
from assistant.models.requests import DamageCue, PhotoEvidence
from assistant.models.resolver.triage import claimed_labels, triage_photo
from assistant.steps.complaint import ESCALATE_BELOW
from assistant.steps.remedy_policy import within_policy

CRUSHED = [DamageCue.CRUSHED_PARCEL]
# A crushed hoodie: little of its look is left, its colour is.
CRUSHED_HOODIE = PhotoEvidence(similarity_to_ordered=0.22, photo_colour="Black", ordered_colour="Black",
                               damage_cues=CRUSHED)
# A brown field with a white card, read as crushed: nothing of the ordered item in it.
BROWN_CARD = PhotoEvidence(similarity_to_ordered=0.19, photo_colour="Brown", ordered_colour="Black",
                           damage_cues=CRUSHED)
TORN_TOP = PhotoEvidence(similarity_to_ordered=0.64, photo_colour="Blue", ordered_colour="Blue",
                         damage_cues=[DamageCue.VISIBLE_DEFECT])
AS_ORDERED = PhotoEvidence(similarity_to_ordered=0.95, photo_colour="Blue", ordered_colour="Blue")
DELIVERED = {"status": "delivered"}


def _replacement() -> RemedyProposal:
    return RemedyProposal(remedy=RemedyKind.REPLACEMENT_TICKET, order_id="#D9000001", item_ids=["MH01-M-Black"],
                          rationale="we send a replacement")


@pytest.mark.parametrize(("evidence", "label"), [
    (CRUSHED_HOODIE, TriageLabel.SHIPPING_DAMAGE),
    (CRUSHED_HOODIE.model_copy(update={"similarity_to_ordered": 0.6, "photo_colour": "Gray"}),
     TriageLabel.SHIPPING_DAMAGE),
    (TORN_TOP, TriageLabel.PRODUCT_DEFECT),
])
def test_damage_the_reader_saw_on_the_ordered_item_is_shown(evidence: PhotoEvidence, label: TriageLabel) -> None:
    assert photo_shows_damage(evidence, label)
    assert within_policy(_replacement(), DELIVERED, label, evidence).remedy is RemedyKind.REPLACEMENT_TICKET


@pytest.mark.parametrize(("evidence", "label"), [
    (BROWN_CARD, TriageLabel.SHIPPING_DAMAGE),  # a cue on a picture of nothing
    (AS_ORDERED, TriageLabel.SHIPPING_DAMAGE),  # the item as ordered, "it arrived crushed"
    (AS_ORDERED, TriageLabel.PRODUCT_DEFECT),
    (TORN_TOP, TriageLabel.SHIPPING_DAMAGE),  # a defect seen is no crushed parcel
    (None, TriageLabel.SHIPPING_DAMAGE),  # no catalog photo to compare with
    (AS_ORDERED, TriageLabel.MISSING_PARTS),
])
def test_a_remedy_for_damage_the_photo_does_not_show_goes_to_a_person(
    evidence: PhotoEvidence | None, label: TriageLabel
) -> None:
    assert not photo_shows_damage(evidence, label)
    escalated = within_policy(_replacement(), DELIVERED, label, evidence)
    assert escalated.remedy is RemedyKind.ESCALATE and "does not show" in escalated.rationale


def test_other_verdicts_need_no_damage_on_the_photo() -> None:
    exchange = _replacement().model_copy(update={"remedy": RemedyKind.EXCHANGE})
    assert within_policy(exchange, DELIVERED, TriageLabel.WRONG_COLOUR_OR_SIZE, AS_ORDERED) == exchange


@pytest.mark.parametrize("text", [
    "my parcel arrived crushed, photo of the box attached", "le colis est arrivé écrasé",
    "la caja llegó aplastada", "das Paket kam zerdrückt an",
])
def test_words_that_agree_with_a_cue_on_a_picture_of_nothing_add_no_confidence(text: str) -> None:
    triage = triage_photo(BROWN_CARD, text)
    assert triage.label is TriageLabel.SHIPPING_DAMAGE and triage.confidence < ESCALATE_BELOW
    assert "does not show" in triage.rationale


@pytest.mark.parametrize("text", ["it arrived torn", "il est arrivé déchiré", "llegó roto", "es ist kaputt"])
def test_damage_words_without_photo_evidence_go_to_a_person(text: str) -> None:
    for evidence in (None, AS_ORDERED):
        assert triage_photo(evidence, text).confidence < ESCALATE_BELOW


def test_damage_described_and_shown_stays_confident() -> None:
    triage = triage_photo(CRUSHED_HOODIE, "the parcel was crushed and the hoodie with it")
    assert triage.label is TriageLabel.SHIPPING_DAMAGE and triage.confidence >= ESCALATE_BELOW


@pytest.mark.parametrize("text", [
    "the box caved in on the way", "le carton du sweat était complètement enfoncé à la livraison",
    "le colis est arrivé tout cabossé", "la caja llegó hundida", "el paquete llegó empapado",
    "das Paket kam eingedellt an", "der Karton war völlig zerknautscht",
])
def test_a_deformed_or_soaked_parcel_is_a_shipping_damage_complaint(text: str) -> None:
    assert reads_as_complaint(text, photo=True)
    assert claimed_labels(text)[0] is TriageLabel.SHIPPING_DAMAGE


@pytest.mark.parametrize(("evidence", "label", "priority"), [
    (AS_ORDERED, TriageLabel.SHIPPING_DAMAGE, "normal"),  # attack16 F3: the undamaged item, "it arrived crushed"
    (AS_ORDERED, TriageLabel.PRODUCT_DEFECT, "normal"),
    (None, TriageLabel.PRODUCT_DEFECT, "normal"),  # no catalog photo to compare with
    (BROWN_CARD, TriageLabel.SHIPPING_DAMAGE, "normal"),
    (CRUSHED_HOODIE, TriageLabel.SHIPPING_DAMAGE, "high"),  # the photo backs the claim
    (TORN_TOP, TriageLabel.PRODUCT_DEFECT, "high"),
    (AS_ORDERED, TriageLabel.WRONG_ITEM, "high"),  # not a damage claim
])
def test_a_damage_claim_the_photo_does_not_show_is_queued_for_review_not_rushed(
    evidence: PhotoEvidence | None, label: TriageLabel, priority: str
) -> None:
    assert escalation_priority(label, evidence) == priority
