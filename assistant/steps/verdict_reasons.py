"""The reason clause of the photo verdict a customer reads, in the customer's language, from the verdict and the
photo evidence (`prompts/verdict_reasons.v1.yaml`). A model's free-text rationale is English or whatever the
model wrote; it goes to the ticket for our team, never into the customer's reply."""

from __future__ import annotations

from assistant.grounding.catalog_phrases import value_word
from assistant.language import DEFAULT_LANGUAGE
from assistant.language_tables import language_table
from assistant.models.contracts import TriageLabel
from assistant.models.damage_evidence import photo_shows_damage
from assistant.models.requests import PhotoEvidence
from assistant.settings import PROJECT_ROOT

REASONS_FILE = PROJECT_ROOT / "prompts" / "verdict_reasons.v1.yaml"
DAMAGE = {TriageLabel.SHIPPING_DAMAGE, TriageLabel.PRODUCT_DEFECT, TriageLabel.MISSING_PARTS}


def _reason_key(label: TriageLabel, evidence: PhotoEvidence) -> tuple[str, dict[str, str]]:
    photo, ordered = evidence.photo_colour, evidence.ordered_colour
    if label is TriageLabel.WRONG_COLOUR_OR_SIZE and photo and ordered and photo.lower() != ordered.lower():
        return "colour_differs", {"photo_colour": photo, "ordered_colour": ordered}
    if label is TriageLabel.WRONG_ITEM and evidence.same_product is False and evidence.best_other_product:
        return "other_product", {"product": evidence.best_other_product}
    if label in DAMAGE and photo_shows_damage(evidence, label):  # a cue alone on a picture of nothing is not
        return "damage_seen", {}
    if label is TriageLabel.NOT_A_PROBLEM:
        return ("as_ordered" if evidence.same_product else "nothing_seen"), {}
    return "described", {}


def verdict_reason(label: TriageLabel, evidence: PhotoEvidence | None, language: str) -> str:
    """"the item in the photo is Orange, the one ordered is Black", in `language`."""
    key, facts = _reason_key(label, evidence or PhotoEvidence())
    table = language_table(REASONS_FILE)
    words = table.get(language) or table[DEFAULT_LANGUAGE]
    colours = {name: value_word(value, language) for name, value in facts.items() if name.endswith("colour")}
    return words[key].format(**{**facts, **colours})
