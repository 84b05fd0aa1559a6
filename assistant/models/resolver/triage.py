"""Photo triage without a generative model: retrieval-layer evidence weighed against the customer's words."""

from __future__ import annotations

import re

from assistant.models.contracts import PhotoTriage, TriageLabel
from assistant.models.requests import DamageCue, PhotoEvidence

SAME_PRODUCT_SIMILARITY = 0.80  # photo vs ordered variant above this: it is the ordered product
OTHER_PRODUCT_MARGIN = 0.05  # another product must beat the ordered one by this to call it a wrong item

WORDS: dict[TriageLabel, re.Pattern[str]] = {
    TriageLabel.SHIPPING_DAMAGE: re.compile(
        r"\b(?:crush|crushed|dented|smashed|squashed|box|parcel|package|packaging|soaked|wet|"
        r"in transit|ripped open|torn open)\b",
        re.I,
    ),
    TriageLabel.PRODUCT_DEFECT: re.compile(
        r"\b(?:tear|torn|rip|ripped|hole|holes|stain|stained|seam|stitching|broken|broke|defect|"
        r"defective|faulty|fell off|came off|coming apart|frayed|snapped|damaged)\b",
        re.I,
    ),
    TriageLabel.WRONG_ITEM: re.compile(
        r"\b(?:wrong (?:item|product|thing)|not what i ordered|didn'?t order|different (?:item|product)|"
        r"someone else'?s|somebody else'?s|not mine)\b",
        re.I,
    ),
    TriageLabel.WRONG_COLOUR_OR_SIZE: re.compile(
        r"\b(?:wrong (?:colou?r|size)|different colou?r|colou?r is (?:off|wrong|different)|too (?:small|big|"
        r"large|tight|loose)|instead of|ordered (?:a |an )?\w+ but)\b",
        re.I,
    ),
    TriageLabel.MISSING_PARTS: re.compile(
        r"\b(?:missing|not included|only (?:one|got|received)|wasn'?t in|isn'?t in|left out|incomplete)\b",
        re.I,
    ),
}
CUE_LABEL: dict[DamageCue, TriageLabel] = {
    DamageCue.CRUSHED_PARCEL: TriageLabel.SHIPPING_DAMAGE,
    DamageCue.TEAR: TriageLabel.PRODUCT_DEFECT,
    DamageCue.STAIN: TriageLabel.PRODUCT_DEFECT,
    DamageCue.HOLE: TriageLabel.PRODUCT_DEFECT,
    DamageCue.BROKEN_PART: TriageLabel.PRODUCT_DEFECT,
    DamageCue.MISSING_PART: TriageLabel.MISSING_PARTS,
}


def claimed_labels(text: str) -> list[TriageLabel]:
    """Labels the customer's words point to, most specific first."""
    order = [
        TriageLabel.WRONG_ITEM,
        TriageLabel.WRONG_COLOUR_OR_SIZE,
        TriageLabel.MISSING_PARTS,
        TriageLabel.SHIPPING_DAMAGE,
        TriageLabel.PRODUCT_DEFECT,
    ]
    return [label for label in order if WORDS[label].search(text)]


def seen_labels(evidence: PhotoEvidence) -> list[tuple[TriageLabel, str]]:
    """Labels the measured evidence supports, each with the reason in words."""
    seen: list[tuple[TriageLabel, str]] = []
    for cue in evidence.damage_cues:
        seen.append((CUE_LABEL[cue], f"the photo shows {cue.value.replace('_', ' ')}"))
    if _other_product(evidence):
        seen.append(
            (TriageLabel.WRONG_ITEM, f"the photo matches {evidence.best_other_product}, not the order")
        )
    elif _colour_differs(evidence):
        seen.append(
            (
                TriageLabel.WRONG_COLOUR_OR_SIZE,
                f"the item in the photo is {evidence.photo_colour}, the order was {evidence.ordered_colour}",
            )
        )
    return seen


def triage_photo(evidence: PhotoEvidence | None, text: str) -> PhotoTriage:
    """Agreement between photo and words gives high confidence; either alone less; conflict escalates."""
    claims = claimed_labels(text)
    seen = seen_labels(evidence) if evidence else []
    for label, reason in seen:
        if label in claims:
            return PhotoTriage(label=label, confidence=0.9, rationale=f"{reason}, as you described")
    if seen:
        label, reason = seen[0]
        return PhotoTriage(label=label, confidence=0.7 if not claims else 0.55, rationale=reason)
    if claims:
        return _claim_only(claims[0], evidence)
    if evidence is not None and _looks_as_ordered(evidence):
        return PhotoTriage(
            label=TriageLabel.NOT_A_PROBLEM,
            confidence=0.6,
            rationale="the photo matches the item you ordered and shows no visible fault",
        )
    return PhotoTriage(
        label=TriageLabel.NOT_A_PROBLEM, confidence=0.3, rationale="I can't see a problem in the photo"
    )


def _claim_only(claim: TriageLabel, evidence: PhotoEvidence | None) -> PhotoTriage:
    if claim is TriageLabel.WRONG_COLOUR_OR_SIZE and evidence and _colour_matches(evidence):
        return PhotoTriage(
            label=TriageLabel.NOT_A_PROBLEM,
            confidence=0.5,
            rationale=f"the item in the photo looks {evidence.photo_colour}, which is the colour ordered",
        )
    if claim is TriageLabel.WRONG_ITEM and evidence and _looks_as_ordered(evidence):
        return PhotoTriage(
            label=TriageLabel.NOT_A_PROBLEM,
            confidence=0.45,
            rationale="the photo looks like the product that was ordered",
        )
    words = claim.value.replace("_", " ")
    # Damage the photo cannot confirm (a seam, a stain) is still likely: customers see more than the cues.
    confidence = 0.6 if claim in (TriageLabel.PRODUCT_DEFECT, TriageLabel.SHIPPING_DAMAGE) else 0.5
    return PhotoTriage(label=claim, confidence=confidence, rationale=f"you described {words}")


def _other_product(evidence: PhotoEvidence) -> bool:
    if evidence.same_product is False and evidence.best_other_product:
        return True
    ordered, other = evidence.similarity_to_ordered, evidence.best_other_similarity
    return (
        evidence.best_other_product is not None
        and ordered is not None
        and other is not None
        and other > ordered + OTHER_PRODUCT_MARGIN
        and ordered < SAME_PRODUCT_SIMILARITY
    )


def _colour_differs(evidence: PhotoEvidence) -> bool:
    return (
        evidence.same_product is not False
        and evidence.photo_colour is not None
        and evidence.ordered_colour is not None
        and not _same_colour(evidence.photo_colour, evidence.ordered_colour)
    )


def _colour_matches(evidence: PhotoEvidence) -> bool:
    return (
        evidence.photo_colour is not None
        and evidence.ordered_colour is not None
        and _same_colour(evidence.photo_colour, evidence.ordered_colour)
    )


def _looks_as_ordered(evidence: PhotoEvidence) -> bool:
    similar = (evidence.similarity_to_ordered or 0.0) >= SAME_PRODUCT_SIMILARITY
    return (evidence.same_product is True or similar) and not _colour_differs(evidence)


def _same_colour(a: str, b: str) -> bool:
    a, b = a.strip().lower(), b.strip().lower()
    return a == b or a in b.split() or b in a.split()
