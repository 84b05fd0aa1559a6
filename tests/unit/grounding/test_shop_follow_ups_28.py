"""shopq28: follow-ups inside a product search refer to what was shown. An ordinal picks the shown card wherever
it sits and whatever option it asks ("what other colours does the first one have?", "¿el primero en qué otros
colores viene?", "welche anderen Farben hat der erste?"); a style word alone after a list ("plutôt chic", "eher was
Schickes") searches again, never a goodbye; a question whether the product in focus suits an activity in some
weather ("would it keep me dry on a rainy run?", "kann man damit im Regen joggen?") is product Q&A. A new search
("now men's pants") still searches, and a goodbye is left to the goodbye."""

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_constraints import CatalogConstraints, CatalogReading, says_more_than_options
from assistant.grounding.catalog_focus import product_in_focus
from assistant.grounding.catalog_questions import read_question
from assistant.steps.catalog_routing import catalog_follow_up
from assistant.steps.product_answers import answer_question
from tests.unit.grounding.test_catalog_constraints import VOCABULARY

SHOWN = [{"product_id": f"P{i}", "name": f"Product {i}", "colour": None, "price_cents": 1000} for i in range(4)]


def _state(text: str, language: str, *, focus: bool = False, intent: str = "recommend",
           confidence: float = 0.9) -> dict:
    reading = read_constraints(text, VOCABULARY, language)
    return {"incoming": {"text": text}, "language": language, "catalog_reading": reading.model_dump(),
            "intent": {"intent": intent, "confidence": confidence, "slots": {}},
            "shopping": {"shown": SHOWN, "focus": "P0" if focus else None, "query": "jackets",
                         "constraints": {"categories": ["jackets"], "gender": "Women"}}}


@pytest.mark.parametrize(("text", "language", "index"), [
    ("what other colours does the first one have?", "en", 0),
    ("does the last one come in XL?", "en", -1),
    ("le deuxième, il existe dans d'autres couleurs ?", "fr", 1),
    ("¿el primero en qué otros colores viene?", "es", 0),
    ("welche anderen Farben hat der erste?", "de", 0),
    ("gibt es die zweite auch in Blau?", "de", 1),
])
def test_an_ordinal_with_an_option_asks_that_card(text: str, language: str, index: int) -> None:
    assert read_question(text).ordinal == index
    for intent in ("recommend", "out_of_scope", "thanks_bye"):
        assert catalog_follow_up(_state(text, language, intent=intent)) == "product_qa"  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "language"), [("the first one but for men under $50?", "en"),
                                                ("la première, mais pour homme ?", "fr")])
def test_an_ordinal_with_a_new_search_stays_a_search(text: str, language: str) -> None:
    assert catalog_follow_up(_state(text, language)) == "recommend"  # type: ignore[arg-type]


def test_options_alone_say_no_more_than_options() -> None:
    assert not says_more_than_options(CatalogReading(constraints=CatalogConstraints(colours=["Blue"], size="XL")))
    assert not says_more_than_options(CatalogReading(another_colour=True))
    assert says_more_than_options(CatalogReading(constraints=CatalogConstraints(gender="Men")))
    assert says_more_than_options(CatalogReading(cheaper=True))


@pytest.mark.parametrize(("text", "language"), [("plutôt chic", "fr"), ("eher was Schickes", "de"),
                                                ("algo más arreglado", "es"), ("classier?", "en")])
def test_a_style_word_alone_after_a_list_searches_again(text: str, language: str) -> None:
    for intent in ("thanks_bye", "out_of_scope"):
        assert catalog_follow_up(_state(text, language, intent=intent)) == "recommend"  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "language"), [("thanks, bye!", "en"), ("merci, au revoir !", "fr"),
                                                ("gracias, adiós", "es"), ("danke, tschüss!", "de")])
def test_a_goodbye_after_a_list_is_left_alone(text: str, language: str) -> None:
    assert catalog_follow_up(_state(text, language, intent="thanks_bye")) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "language"), [
    ("would it keep me dry on a rainy run?", "en"), ("can I wear it for a run in the rain?", "en"),
    ("je peux aller courir sous la pluie avec ?", "fr"),
    ("¿me vale para salir a correr cuando llueve?", "es"), ("¿puedo correr con ella si llueve?", "es"),
    ("kann man damit im Regen joggen?", "de"), ("taugt die zum Laufen bei Regen?", "de"),
])
def test_a_suitability_question_about_the_product_in_focus_is_product_qa(text: str, language: str) -> None:
    assert "suitability" in read_question(text).asks
    assert catalog_follow_up(_state(text, language, focus=True)) == "product_qa"  # type: ignore[arg-type]


def test_vale_para_asks_suitability_not_the_price() -> None:
    assert read_question("¿me vale para correr?").asks == ["suitability"]
    assert read_question("vale, ahora quiero unos pantalones de hombre").asks == []
    assert "price" in read_question("¿cuánto vale?").asks


@pytest.mark.parametrize(("text", "language"), [("ok, now i'd like some pants for men", "en"),
                                                ("bon, maintenant je cherche un pantalon pour homme", "fr"),
                                                ("vale, ahora quiero unos pantalones de hombre", "es"),
                                                ("okay, jetzt suche ich eine Hose für Herren", "de")])
def test_a_new_search_after_a_card_in_focus_stays_a_search(text: str, language: str) -> None:
    assert catalog_follow_up(_state(text, language, focus=True)) == "recommend"  # type: ignore[arg-type]


INGRID = {"product_id": "WJ04", "name": "Ingrid Running Jacket", "description": "A running jacket with slim fit.",
          "attributes": {"activity": ["Yoga", "Running"], "climate": ["Cool", "Spring", "Windy", "Wintry"],
                         "style_general": "Jacket|Lightweight|Full zip"}, "variants": []}


@pytest.mark.parametrize(("text", "language", "weather"), [
    ("taugt die zum Laufen bei Regen?", "de", "wasserdicht"),
    ("je peux aller courir sous la pluie avec ?", "fr", "imperméable"),
    ("¿me vale para salir a correr cuando llueve?", "es", "impermeable"),
    ("can I go running in the rain with it?", "en", "waterproof"),
])
def test_the_activity_and_the_weather_are_both_answered(text: str, language: str, weather: str) -> None:
    reply = answer_question(INGRID, read_question(text), read_constraints(text, VOCABULARY, language), language, text)
    assert reply.count("Ingrid Running Jacket") >= 2 and weather in reply, reply


def test_an_activity_in_a_suitability_question_keeps_the_product_in_focus() -> None:
    shown = [{"product_id": "WJ08", "name": "Adrienne Trek Jacket", "colour": None, "price_cents": 5700},
             {"product_id": "WJ04", "name": "Ingrid Running Jacket", "colour": None, "price_cents": 8400}]
    shopping = {"shown": shown, "focus": "WJ08"}
    text = "can I go running in the rain with it?"
    assert product_in_focus(text, read_question(text), shopping) == "WJ08"  # type: ignore[arg-type]
    named = "is the Ingrid Running Jacket good for running in the rain?"
    assert product_in_focus(named, read_question(named), shopping) == "WJ04"  # type: ignore[arg-type]
    plain = "is the running one waterproof?"
    assert product_in_focus(plain, read_question(plain), shopping) == "WJ04"  # type: ignore[arg-type]
