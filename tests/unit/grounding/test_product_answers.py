"""Product answers from a catalog record, in four languages: words not Python lists, the asked colour's sizes,
suitability and warmth from attributes, reviews summarised, prices in the language's format."""

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_focus import names_product, product_in_focus
from assistant.grounding.catalog_questions import read_question
from assistant.steps.product_answers import answer_question
from tests.unit.grounding.test_catalog_constraints import VOCABULARY
from tools.money import format_money

JACKET = {
    "product_id": "WJ99", "name": "Test Shell Jacket", "category_path": "Women/Tops/Jackets",
    "description": "A shell for wet days. More text.",
    "attributes": {"material": ["Nylon", "Polyester"], "climate": ["Rainy", "Windy", "Cool"],
                   "activity": ["Hiking"], "style_general": "Jacket|Hard Shell"},
    "variants": [
        {"options": {"color": "Blue", "size": "S"}, "available": True, "price_cents": 6600},
        {"options": {"color": "Blue", "size": "M"}, "available": False, "price_cents": 6600},
        {"options": {"color": "Red", "size": "M"}, "available": True, "price_cents": 6600},
        {"options": {"color": "Red", "size": "L"}, "available": True, "price_cents": 6600},
    ],
    "reviews": [{"rating": 5, "title": "Dry all day", "body": "x"}, {"rating": 4, "title": None, "body": "ok"}],
}


def ask(text: str, language: str = "en") -> str:
    return answer_question(JACKET, read_question(text), read_constraints(text, VOCABULARY), language)


@pytest.mark.parametrize(("text", "language", "must", "must_not"), [
    ("what is it made from?", "en", ["nylon and polyester"], ["[", "'"]),
    ("c'est fait en quelle matière ?", "fr", ["nylon et polyester"], ["["]),
    ("¿de qué tela es?", "es", ["nailon y poliéster"], ["["]),
    ("Aus welchem Material ist sie?", "de", ["Nylon und Polyester"], ["["]),
    ("is it cotton?", "en", ["No:"], []),
    ("which sizes do you have in red?", "en", ["in red", "M, L"], ["S,"]),
    ("¿qué tallas tiene en azul?", "es", ["en azul", "S"], ["M"]),
    ("Welche Größen gibt es in Rot?", "de", ["in Rot", "M, L"], []),
    ("is it good for hiking?", "en", ["Yes"], []),
    ("¿sirve para el gimnasio?", "es", ["No mucho", "senderismo"], []),
    ("is it warm enough for winter?", "en", ["Not really"], []),
    ("est-ce qu'il est imperméable ?", "fr", ["Oui"], []),
    ("are the reviews any good?", "en", ["2 reviews", "4.5 of 5", "customers like it", "Dry all day"], []),
    ("Was sagen die Bewertungen?", "de", ["2 Bewertungen", "4,5 von 5"], ["Dry all day"]),  # not in German
    ("how much is it?", "fr", ["66,00"], ["$66"]),
])
def test_answers_from_the_record(text: str, language: str, must: list[str], must_not: list[str]) -> None:
    said = ask(text, language)
    assert all(part in said for part in must), said
    assert not any(part in said for part in must_not), said


def test_money_follows_the_language() -> None:
    assert format_money(6000, "en") == "$60.00"
    assert format_money(123456, "fr") == "1 234,56 $"
    assert format_money(123456, "de") == "1.234,56 $"


@pytest.mark.parametrize(("text", "named"), [
    ("is the Chaz warm?", True), ("tell me about the chaz kangeroo hoodie", True),
    ("good for kangaroos?", False), ("is it a good hoodie", False)])
def test_a_product_is_named_by_its_own_words(text: str, named: bool) -> None:
    assert names_product(text, "Chaz Kangeroo Hoodie") is named


def test_the_ordinal_or_the_name_picks_a_shown_product() -> None:
    shown = [{"product_id": p, "name": n, "colour": None, "price_cents": 1} for p, n in
             [("A", "Hero Hoodie"), ("B", "Oslo Trek Hoodie"), ("C", "Bruno Compete Hoodie")]]
    shopping = {"shown": shown, "focus": None}
    assert product_in_focus("and the second one?", read_question("and the second one?"), shopping) == "B"
    assert product_in_focus("¿y la última?", read_question("¿y la última?"), shopping) == "C"
    assert product_in_focus("is the Oslo warm?", read_question("is the Oslo warm?"), shopping) == "B"
    assert product_in_focus("is it warm?", read_question("is it warm?"), shopping) is None


@pytest.mark.parametrize(("text", "language", "must"), [
    ("is it good for hiking in the cold?", "en", ["hiking", "Not really"]),
    ("elle convient pour la randonnée quand il fait froid ?", "fr", ["randonnée", "Pas vraiment"]),
    ("¿sirve para senderismo con frío?", "es", ["senderismo", "No mucho"]),
    ("taugt sie zum Wandern bei Kälte?", "de", ["Wandern", "Eher nicht"]),
])
def test_a_question_about_an_activity_and_a_weather_answers_both(text: str, language: str, must: list[str]) -> None:
    said = ask(text, language)
    assert all(part in said for part in must), said
