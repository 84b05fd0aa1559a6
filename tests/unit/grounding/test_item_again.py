"""photoexch25: a damage said with a request for the same item again (an exchange, a replacement, "a new one",
"the same again, just new") is a complaint, in four languages; a return, another option or no damage keep their
reading, and nothing is re-read while a proposal or question is open."""

import pytest

from assistant.grounding.item_again import damaged_item_again, damaged_item_again_reading, item_again_without_photo
from assistant.models.contracts import Intent, TurnIntent, TurnSlots

AGAIN = ["my hoodie arrived with a rip in it, can I exchange it?", "the top came stained, can I get a replacement?",
         "my water bottle has a dent, can I swap it for a new one?", "hoodie is damaged, I want a new one",
         "mon sweat est arrivé déchiré, je peux l'échanger ?", "il y a un trou dans le pantalon, remplacez-le svp",
         "ma gourde est cabossée, je voudrais la même neuve", "la sudadera llegó rota, ¿me la pueden cambiar?",
         "el top me llegó aplastado, quiero uno nuevo", "la botella llegó abollada, quiero la misma pero nueva",
         "der hoodie hat ein loch, kann ich den umtauschen?", "das Top ist fleckig angekommen, ich hätte gern Ersatz",
         "die trinkflasche hat eine delle, kann ich die umtauschen?"]
OTHER = ["the hoodie is torn, I want to return it", "the hoodie is torn, can I exchange it for an L?",
         "can I exchange my hoodie for the grey one?", "la sudadera llegó rota, quiero un reembolso",
         "der hoodie hat ein loch, bitte stornieren", "does this jacket tear easily?",
         "kann ich den hoodie umtauschen?"]


@pytest.mark.parametrize("text", AGAIN)
def test_a_damage_with_the_item_asked_again_is_a_complaint(text: str) -> None:
    assert damaged_item_again(text)
    exchange = TurnIntent(intent=Intent.EXCHANGE_ITEM, confidence=0.8, slots=TurnSlots())
    assert damaged_item_again_reading(text, exchange, in_progress=False).intent is Intent.REPORT_PROBLEM


@pytest.mark.parametrize("text", OTHER)
def test_a_return_another_option_or_no_damage_keeps_its_reading(text: str) -> None:
    assert not damaged_item_again(text)


def test_nothing_is_read_again_while_a_question_is_open() -> None:
    exchange = TurnIntent(intent=Intent.EXCHANGE_ITEM, confidence=0.8, slots=TurnSlots())
    assert damaged_item_again_reading(AGAIN[0], exchange, in_progress=True) is exchange


@pytest.mark.parametrize("text", ["the same one again, just new", "la même, neuve", "la misma pero nueva",
                                  "gleiche nochmal, einfach neu"])
def test_the_item_asked_again_instead_of_a_photo_keeps_the_complaint(text: str) -> None:
    search = TurnIntent(intent=Intent.RECOMMEND, confidence=0.7, slots=TurnSlots())
    assert item_again_without_photo(text, search, photo_asked=True).intent is Intent.REPORT_PROBLEM
    assert item_again_without_photo(text, search, photo_asked=False) is search
