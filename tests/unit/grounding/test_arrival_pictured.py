"""attack16 F11: a photo with words that say the pictured item arrived (and ask or shop for nothing) is a
complaint to assess, not a photo search; a photo that is only shown, or shopped with, is not. Four languages."""

import pytest

from assistant.grounding.complaint_statement import complaint_reading, reads_as_complaint
from assistant.models.contracts import Intent, TurnIntent, TurnSlots


@pytest.mark.parametrize("text", [
    "this is the iris top I received, have a look", "here's how my pants came out of the box",
    "voici le haut Iris que j'ai reçu, regardez", "voilà le pantalon tel qu'il est arrivé chez moi",
    "así me llegó el top Iris, mire la foto", "este es el pantalón que recibí",
    "so ist das Iris Top bei mir angekommen, schauen Sie mal", "das ist die Hose, die ich bekommen habe",
])
def test_an_arrival_pictured_is_a_complaint(text: str) -> None:
    assert reads_as_complaint(text, photo=True)
    assert not reads_as_complaint(text, photo=False)


@pytest.mark.parametrize("text", [
    "voici la photo d'une veste que j'aime", "this is the jacket i want", "here is the photo",
    "I got this jacket from a friend, do you sell it?", "got this from a friend, find me something similar",
    "das ist die Jacke, die ich suche", "esta es la chaqueta que busco",
])
def test_a_photo_shown_or_shopped_with_is_not(text: str) -> None:
    assert not reads_as_complaint(text, photo=True)


def test_a_person_read_without_words_for_one_is_a_misreading() -> None:
    decided = TurnIntent(intent=Intent.HUMAN_AGENT, confidence=0.7, slots=TurnSlots())
    shown = complaint_reading("voici le haut Iris que j'ai reçu, regardez", True, decided)
    asked = complaint_reading("le haut est déchiré, je veux parler à quelqu'un", True, decided)
    assert shown.intent is Intent.REPORT_PROBLEM
    assert asked.intent is Intent.HUMAN_AGENT
