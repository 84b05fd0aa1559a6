"""fresh17 F6: the customer's words that say a defect count in every language (participles and inflected
adjectives the triage patterns' stems miss: "troué", "agujereado", "zerrissen", "kaputte"); with a photo of the
ordered item that shows nothing, the claim goes to a person, never "no problem"."""

from __future__ import annotations

import pytest

from assistant.models.contracts import TriageLabel
from assistant.models.requests import PhotoEvidence
from assistant.models.resolver.triage import claimed_labels, says_damage, triage_photo
from assistant.steps.complaint import ESCALATE_BELOW

PANTS_AS_ORDERED = PhotoEvidence(similarity_to_ordered=0.96, same_product=True, photo_colour="Black",
                                 ordered_colour="Black")

DEFECT_WORDS = [
    "the warm-up pants showed up with a hole in the knee", "my hoodie is torn at the pocket",
    "the top came stained", "it arrived ripped", "the zip is broken",
    "mon pantalon est arrivé troué", "le sweat est déchiré", "le haut est taché", "il est tout abîmé",
    "la fermeture est cassée", "la poche est percée",
    "el pantalón me llegó agujereado", "la sudadera vino rasgada", "el top está manchado", "llegó roto",
    "me mandaron el pantalón dañado",
    "die Hose ist zerrissen angekommen", "mein Hoodie hat ein Loch", "das Top ist fleckig", "eine kaputte Hose",
    "die Naht ist gerissen", "der Hoodie ist beschädigt", "Loch im Ärmel", "die Hose ist löchrig",
]


@pytest.mark.parametrize("text", DEFECT_WORDS)
def test_defect_words_are_a_defect_claim(text: str) -> None:
    assert says_damage(text) or TriageLabel.PRODUCT_DEFECT in claimed_labels(text)
    assert claimed_labels(text)[0] is TriageLabel.PRODUCT_DEFECT


@pytest.mark.parametrize("text", ["mon pantalon est arrivé troué", "el pantalón me llegó agujereado",
                                  "die Trainingshose ist zerrissen angekommen", "eine kaputte Hose"])
def test_defect_words_with_a_clean_photo_go_to_a_person(text: str) -> None:
    triage = triage_photo(PANTS_AS_ORDERED, text)
    assert triage.label is TriageLabel.PRODUCT_DEFECT
    assert triage.confidence < ESCALATE_BELOW and "does not show" in triage.rationale


@pytest.mark.parametrize("text", ["it's not torn, it's just the wrong colour", "ce n'est pas troué",
                                  "quel est l'état de ma commande ?", "this is the iris top I received",
                                  "voici le haut que j'ai reçu", "así me llegó el top", "das ist die Hose"])
def test_negated_or_neutral_words_say_no_damage(text: str) -> None:
    assert not says_damage(text)


def test_crushed_stays_shipping_damage() -> None:
    assert claimed_labels("le colis est arrivé écrasé")[0] is TriageLabel.SHIPPING_DAMAGE
    assert TriageLabel.PRODUCT_DEFECT not in claimed_labels("le colis est arrivé écrasé")
