"""fresh12 F14: a photo with words asking the shop for one like it is a photo search, in four languages; words
of an arrival, a fault, a remedy or an order keep it a complaint."""

import pytest

from assistant.grounding.photo_shopping import asks_shop_for_photo, photo_shopping_reading
from assistant.models.contracts import Intent, TurnIntent, TurnSlots

SHOPPING = ["you guys got one of these?", "do y'all stock these?", "can i buy something like that from you",
            "vous avez ça ?", "c'est dispo chez vous ça ?", "vous vendez ce genre de truc ?",
            "¿tenéis de estos?", "quiero algo así", "¿vendéis esto?",
            "habt ihr sowas?", "führt ihr so was?", "so eins hätte ich gern", "kann ich so was bei euch bekommen?"]
COMPLAINTS = ["it came like this", "I got the wrong colour hoodie", "this arrived torn",
              "the zip broke, can I return it", "c'est arrivé déchiré", "me llegó roto", "das kam so an, kaputt",
              "ich hatte blau bestellt",
              "I received this instead of my order", "je veux être remboursée"]


@pytest.mark.parametrize("text", SHOPPING)
def test_a_shopping_question_with_a_photo_is_a_search(text: str) -> None:
    assert asks_shop_for_photo(text)
    complaint = TurnIntent(intent=Intent.REPORT_PROBLEM, confidence=0.6, slots=TurnSlots())
    assert photo_shopping_reading(text, True, complaint).intent is Intent.RECOMMEND


@pytest.mark.parametrize("text", COMPLAINTS)
def test_words_of_a_complaint_keep_it_one(text: str) -> None:
    assert not asks_shop_for_photo(text)


def test_without_a_photo_nothing_is_changed() -> None:
    reading = TurnIntent(intent=Intent.OUT_OF_SCOPE, confidence=0.4, slots=TurnSlots())
    assert photo_shopping_reading("vous avez ça ?", False, reading) == reading
