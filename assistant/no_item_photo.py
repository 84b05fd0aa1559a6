"""A customer photo that shows no item: a note, a screenshot, a receipt, a printed page, a blank sheet
(`intake/no_item.py`). It is never read as an ordered item or a product (attack20 A8: a note saying "cancel order…"
on a white page was triaged as "the photo shows a visible defect" and a ticket opened; others were named as a
catalog product), and nothing written on it is acted on.

Sent with words that name no problem, it is set aside before the turn runs: the customer is told so and asked for
a photo of the item itself, and the words are answered on their own. Sent with a problem named in words (a tear, a
crushed parcel, a wrong colour) it stays with the complaint as a claim the photo does not show (a person looks at
it), with no damage read from it.
"""

from __future__ import annotations

from assistant.models.requests import PhotoEvidence
from assistant.models.resolver.triage import claimed_labels
from assistant.state import Photo, Reply

ASK_FOR_THE_ITEM = "photo_shows_no_item"


def shows_no_item(photo: Photo | None) -> bool:
    """What the intake read on the photo (`intake/no_item.py`, during redaction)."""
    return bool(photo and photo.get("no_item"))


def set_aside(photo: Photo | None, words: str) -> bool:
    """Whether the turn's photo is set aside: it shows no item and the words name no problem it could be about."""
    return shows_no_item(photo) and not claimed_labels(words)


def ask_for_the_item() -> Reply:
    return Reply(key=ASK_FOR_THE_ITEM, facts={})


def without_damage_read(evidence: PhotoEvidence | None, no_item: bool) -> PhotoEvidence | None:
    """The comparison's evidence without what the damage reader saw, when the photo shows no item: paper differs
    from the ordered item's catalog photo everywhere, which says nothing about the item."""
    if evidence is None or not no_item:
        return evidence
    return evidence.model_copy(update={"damage_cues": [], "defect_score": None, "crushed_score": None})
