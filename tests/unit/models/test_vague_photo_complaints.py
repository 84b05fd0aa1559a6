"""A photo of what arrived with words that say only that something is wrong with it ("the hoodie i got has a
problem", "il y a un souci", "tiene un defecto") is a complaint to triage, not a photo to shop by (fresh-eyes pass 9,
B3: these got product suggestions while "déchiré" or "Loch" started a complaint). Without a photo, or when the words
shop or ask about a product, they stay what they were."""

from __future__ import annotations

import pytest

from assistant.grounding.complaint_statement import reads_as_complaint


@pytest.mark.parametrize("text", [
    "the hoodie i got has a problem",
    "theres an issue with this, look",
    "something's wrong with my jacket",
    "this isnt right",
    "il y a un souci avec mon sweat",
    "regardez, il y a un problème",
    "j'ai un soucis avec le pantalon recu",
    "la sudadera tiene un defecto",
    "mira, hay un problema con esto",
    "algo no esta bien con mi pedido",
    "mit dem Hoodie stimmt was nicht",
    "schau mal, da ist ein Problem",
    "die Jacke hat einen Mangel",
])
def test_a_photo_with_a_problem_said_vaguely_is_a_complaint(text: str) -> None:
    assert reads_as_complaint(text, photo=True)


@pytest.mark.parametrize(("text", "photo"), [
    ("the hoodie i got has a problem", False),  # no photo: the intent reader decides (a photo is asked for later)
    ("no problem, something like this in blue?", True),  # shopping by photo
    ("pas de souci, vous l'avez en rouge ?", True),
    ("sin problema, ¿tenéis algo parecido?", True),
    ("kein Problem, habt ihr das auch in Schwarz?", True),
    ("is this jacket a problem in the rain?", True),
])
def test_other_turns_with_problem_words_are_not_complaints(text: str, photo: bool) -> None:
    assert not reads_as_complaint(text, photo=photo)
