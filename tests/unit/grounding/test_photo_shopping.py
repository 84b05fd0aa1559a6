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


# issue 17: these sat within float rounding of a request for a person (int8 vs fp32 MiniLM); the classifier's person,
# return or exchange, with no word of one, is no reason to leave a photo search
@pytest.mark.parametrize("misread", [Intent.HUMAN_AGENT, Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM])
@pytest.mark.parametrize("text", ["quiero algo así", "quiero uno así", "j'en voudrais un pareil",
                                  "i'd like this please", "möchte ich auch haben", "can i get one of these"])
def test_a_person_or_write_read_by_the_classifier_alone_is_a_search(text: str, misread: Intent) -> None:
    reading = TurnIntent(intent=misread, confidence=0.22, slots=TurnSlots())
    assert photo_shopping_reading(text, True, reading).intent is Intent.RECOMMEND


def test_a_person_asked_for_in_words_stays_a_person() -> None:
    from assistant.grounding.person_request import person_reading

    text = "quiero algo así, pero primero pásame con un humano"
    read = photo_shopping_reading(text, True, TurnIntent(intent=Intent.HUMAN_AGENT, confidence=0.3, slots=TurnSlots()))
    assert person_reading(text, read).intent is Intent.HUMAN_AGENT
