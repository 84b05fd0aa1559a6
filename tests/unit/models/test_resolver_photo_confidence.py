"""Photo-only verdicts: damage the photo models see needs no words, and the confidence is the calibrated
probability from the evidence rather than a constant (the complaint step sends those below the bar chosen with
the model, photo_confidence.ESCALATE_BELOW, to a person)."""

from __future__ import annotations

from assistant.models.contracts import TriageLabel
from assistant.models.requests import DamageCue, PhotoEvidence
from assistant.models.resolver.photo_confidence import ESCALATE_BELOW, calibrated_confidence
from assistant.models.resolver.triage import triage_photo

NEUTRAL = "there is a problem with the item from my order, see the photo"


def _evidence(
    similarity: float, best: float, colour: float, defect: float, crushed: float, **more: object
) -> PhotoEvidence:
    return PhotoEvidence(
        similarity_to_ordered=similarity,
        best_similarity=best,
        same_product=True,
        photo_colour="Black",
        ordered_colour="Black",
        colour_confidence=colour,
        defect_score=defect,
        crushed_score=crushed,
        **more,
    )  # type: ignore[arg-type]


def test_damage_seen_in_the_photo_is_triaged_without_the_customers_words() -> None:
    seen = _evidence(0.9, 0.9, 0.9, 0.95, 0.05, damage_cues=[DamageCue.VISIBLE_DEFECT])
    assert triage_photo(seen, NEUTRAL).label is TriageLabel.PRODUCT_DEFECT
    crushed = _evidence(0.8, 0.8, 0.5, 0.3, 0.97, damage_cues=[DamageCue.CRUSHED_PARCEL])
    assert triage_photo(crushed, NEUTRAL).label is TriageLabel.SHIPPING_DAMAGE


def test_a_crushed_item_is_not_mistaken_for_another_colour() -> None:
    # Crushing changes the colour a comparison reads: the crushed cue names the case first.
    crushed = _evidence(0.8, 0.8, 0.5, 0.3, 0.97, damage_cues=[DamageCue.CRUSHED_PARCEL])
    crushed = crushed.model_copy(update={"photo_colour": "Gray"})
    assert triage_photo(crushed, NEUTRAL).label is TriageLabel.SHIPPING_DAMAGE


def test_confidence_is_not_a_constant() -> None:
    values = {
        calibrated_confidence(_evidence(s, s, c, d, 0.05), TriageLabel.NOT_A_PROBLEM)
        for s, c, d in [(0.97, 0.9, 0.02), (0.9, 0.6, 0.1), (0.82, 0.4, 0.3)]
    }
    assert len(values) == 3 and None not in values


def test_evidence_without_model_scores_keeps_the_rule_confidence() -> None:
    plain = PhotoEvidence(similarity_to_ordered=0.97, same_product=True, photo_colour="Black", ordered_colour="Black")
    assert calibrated_confidence(plain, TriageLabel.NOT_A_PROBLEM) is None
    # The rule's level (0.6) lets the verdict through whatever bar the calibrated model was given.
    assert triage_photo(plain, NEUTRAL).confidence == max(0.6, ESCALATE_BELOW)


def test_a_mark_on_the_ordered_product_outranks_the_colour_it_shifts() -> None:
    # A stain read against the ordered colour's own photo; the colour reading says another colour.
    stained = _evidence(0.85, 0.86, 0.6, 0.95, 0.05, damage_cues=[DamageCue.VISIBLE_DEFECT])
    stained = stained.model_copy(update={"photo_colour": "Brown"})
    assert triage_photo(stained, NEUTRAL).label is TriageLabel.PRODUCT_DEFECT
    plain = stained.model_copy(update={"damage_cues": []})
    assert triage_photo(plain, NEUTRAL).label is TriageLabel.WRONG_COLOUR_OR_SIZE
