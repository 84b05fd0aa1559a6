"""Whether the customer's photo itself shows the damage a remedy would be given for.

A remedy that sends goods or money on a damage claim (a crushed parcel, a defect, a missing part) stands on the
photo, never on the words alone: the damage reader must have named that damage against the ordered variant's
own catalog photo, and the photo must still show the ordered item. A flat or drawn picture, a label, a parcel
shot from outside, an unrelated scene, a screenshot or a photo of another product differs from the catalog
photo everywhere, which the crushed model can read as crushing; a crushed or torn item still looks like what
was ordered, or at least keeps its colour. Without that evidence the case goes to a person with the photo
(attack15 F3, issue 18; evals/suites/photo-claims-without-evidence.REPORT.md).
"""

from __future__ import annotations

from assistant.models.contracts import TriageLabel
from assistant.models.requests import DamageCue, PhotoEvidence

DAMAGE_CUES: dict[TriageLabel, frozenset[DamageCue]] = {
    TriageLabel.SHIPPING_DAMAGE: frozenset({DamageCue.CRUSHED_PARCEL}),
    TriageLabel.PRODUCT_DEFECT: frozenset(
        {DamageCue.VISIBLE_DEFECT, DamageCue.TEAR, DamageCue.STAIN, DamageCue.HOLE, DamageCue.BROKEN_PART}),
    TriageLabel.MISSING_PARTS: frozenset({DamageCue.MISSING_PART}),
}
# The photo against the ordered variant's catalog photos (the fused embedder's cosine). Measured through
# redaction and the comparison on 8 demo-catalog colours (the REPORT above): phone copies, torn and stained
# items 0.31-0.95; crushed items (two generators) 0.12-0.81, and 15 of 16 keep the ordered colour; drawn
# pictures -0.16-0.40, and their colour is the ordered one only by chance (a blue sky for a blue top).
LOOKS_LIKE_THE_ITEM = 0.45  # alone: the photo shows the ordered item
KEEPS_ITS_COLOUR = 0.10  # with the ordered colour read on it: a crushed item, not a picture of nothing


def is_damage_claim(label: TriageLabel) -> bool:
    return label in DAMAGE_CUES


def _same_colour(a: str, b: str) -> bool:
    a, b = a.strip().lower(), b.strip().lower()
    return a == b or a in b.split() or b in a.split()


def shows_the_ordered_item(evidence: PhotoEvidence) -> bool:
    """The photo looks like the ordered item, or keeps its colour and some of its look (a crushed item)."""
    similarity = evidence.similarity_to_ordered
    if similarity is None:
        return False
    if similarity >= LOOKS_LIKE_THE_ITEM:
        return True
    photo, ordered = evidence.photo_colour, evidence.ordered_colour
    return similarity >= KEEPS_ITS_COLOUR and bool(photo and ordered) and _same_colour(photo or "", ordered or "")


def photo_shows_damage(evidence: PhotoEvidence | None, label: TriageLabel) -> bool:
    """True when `label` is a damage the photo itself shows on the ordered item (or `label` is no damage)."""
    if not is_damage_claim(label):
        return True
    if evidence is None or not DAMAGE_CUES[label] & set(evidence.damage_cues):
        return False
    return shows_the_ordered_item(evidence)


def escalation_priority(label: TriageLabel, evidence: PhotoEvidence | None) -> str:
    """A photo complaint handed to a person: "high" when the photo backs the problem (or it is no damage
    claim), "normal" for damage claimed in words that the photo does not show (attack16 F3: an undamaged
    catalog photo + "it arrived crushed" queued high as "a visible defect"): it needs a look, not a rush."""
    return "normal" if is_damage_claim(label) and not photo_shows_damage(evidence, label) else "high"
