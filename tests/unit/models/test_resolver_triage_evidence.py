"""Photo triage weighs the customer's words as evidence: inflected and translated damage words count, and when
words and photo disagree the customer's claim names the case at a confidence that sends it to a person."""

from __future__ import annotations

import pytest

from assistant.models.contracts import TriageLabel
from assistant.models.requests import PhotoEvidence
from assistant.models.resolver.triage import claimed_labels, triage_photo
from assistant.steps.complaint import ESCALATE_BELOW

BLACK_HOODIE_AS_ORDERED = PhotoEvidence(
    similarity_to_ordered=0.97, same_product=True, photo_colour="Black", ordered_colour="Black"
)
# A crushed, creased reshoot: still close to the ordered variant, but its colour reads lighter.
CRUSHED_HOODIE = PhotoEvidence(
    similarity_to_ordered=0.84, same_product=True, photo_colour="Gray", ordered_colour="Black"
)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("the top came with brown stains all over it", TriageLabel.PRODUCT_DEFECT),
        ("it has holes and the seams are frayed", TriageLabel.PRODUCT_DEFECT),
        ("the board is already chipped", TriageLabel.PRODUCT_DEFECT),
        ("le t-shirt est plein de taches", TriageLabel.PRODUCT_DEFECT),
        ("la camiseta tiene manchas", TriageLabel.PRODUCT_DEFECT),
        ("die Hose hat Flecken", TriageLabel.PRODUCT_DEFECT),
        ("the parcel was crushed in transit", TriageLabel.SHIPPING_DAMAGE),
        ("le colis est arrivé écrasé", TriageLabel.SHIPPING_DAMAGE),
        ("la caja llegó aplastada", TriageLabel.SHIPPING_DAMAGE),
        ("das Paket kam zerdrückt an", TriageLabel.SHIPPING_DAMAGE),
        ("j'ai reçu la mauvaise couleur", TriageLabel.WRONG_COLOUR_OR_SIZE),
        ("es fehlt ein Teil, die Lieferung ist unvollständig", TriageLabel.MISSING_PARTS),
    ],
)
def test_inflected_and_translated_words_are_claims(text: str, label: TriageLabel) -> None:
    assert claimed_labels(text)[0] is label


def test_a_parcel_mentioned_in_passing_is_no_damage_claim() -> None:
    assert TriageLabel.SHIPPING_DAMAGE not in claimed_labels("this jacket arrived in the parcel yesterday")
    assert TriageLabel.SHIPPING_DAMAGE not in claimed_labels("the belt wasn't in the box")


def test_a_stain_the_photo_does_not_show_is_a_defect_for_a_person() -> None:
    # The words name the case; a remedy that gives goods away is never given on them alone (issue 18, F3).
    triage = triage_photo(BLACK_HOODIE_AS_ORDERED, "the hoodie came with brown stains all over it")
    assert triage.label is TriageLabel.PRODUCT_DEFECT
    assert triage.confidence < ESCALATE_BELOW and "does not show" in triage.rationale


def test_damage_words_against_a_colour_reading_keep_the_claim_and_escalate() -> None:
    triage = triage_photo(CRUSHED_HOODIE, "the parcel was crushed in transit and the hoodie inside is ruined")
    assert triage.label is TriageLabel.SHIPPING_DAMAGE
    assert triage.confidence < ESCALATE_BELOW
    assert "shipping damage" in triage.rationale and "Gray" in triage.rationale


def test_photo_and_words_agreeing_stay_confident() -> None:
    triage = triage_photo(CRUSHED_HOODIE, "you sent the wrong colour")
    assert triage.label is TriageLabel.WRONG_COLOUR_OR_SIZE
    assert triage.confidence >= 0.85


def test_a_photo_alone_still_decides_without_words() -> None:
    triage = triage_photo(CRUSHED_HOODIE, "look at this")
    assert triage.label is TriageLabel.WRONG_COLOUR_OR_SIZE
    assert triage.confidence >= ESCALATE_BELOW
