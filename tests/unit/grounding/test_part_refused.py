"""attack18 A18-1/A18-2: a reply that agrees to one part of a proposal and refuses another is no yes to the whole."""

from __future__ import annotations

import pytest

from assistant.grounding.part_refused import refuses_a_part


@pytest.mark.parametrize("text", [
    "yes to the address, no to the item change", "only the address please, not the size change",
    "oui pour l'adresse, non pour le changement d'article", "seulement l'adresse, pas le changement de taille",
    "sí a la dirección, no al cambio de artículo", "solo la dirección, el cambio de talla no",
    "ja zur Adresse, nein zum Artikeltausch", "nur die Adresse bitte, nicht den Größentausch",
])
def test_a_part_refused(text: str) -> None:
    assert refuses_a_part(text)


@pytest.mark.parametrize("text", [
    "yes", "yes, no problem", "yes and no need to email me", "sí, cancélalo porque ya no lo necesito",
    "ja, kein Problem", "oui, pas de souci", "no, thanks", "yes please, and send the tracking",
])
def test_a_whole_answer_is_not(text: str) -> None:
    assert not refuses_a_part(text)
