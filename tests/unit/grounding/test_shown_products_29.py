"""product29: questions about the products just listed, answered from the catalog's data. A size or weight the
catalog does not hold ("welche ist am größten?", "cual pesa menos?") is a comparison of the products shown, said to
be out of the catalog (never a search for size L, never a goodbye); "the first two" compares two cards; a property
asked of them all ("which of them are waterproof?") is asked of every card; "what are my options?" asks the colours
and sizes; a purpose no attribute holds ("pour le travail") is said to be out of reach."""

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_constraints import CatalogConstraints
from assistant.grounding.catalog_questions import asks_my_options, read_question
from assistant.grounding.style_words import style_asked, styled
from assistant.steps.catalog_routing import catalog_follow_up
from assistant.steps.measure_answers import dimensions_of, measure_answer
from tests.unit.grounding.test_catalog_constraints import VOCABULARY

SHOWN = [{"product_id": f"P{i}", "name": f"Product {i}", "colour": None, "price_cents": 1000} for i in range(3)]


def _state(
    text: str, language: str, *, intent: str = "out_of_scope", confidence: float = 0.9, focus: str | None = None
) -> dict:
    reading = read_constraints(text, VOCABULARY, language)
    return {
        "incoming": {"text": text},
        "language": language,
        "catalog_reading": reading.model_dump(),
        "intent": {"intent": intent, "confidence": confidence, "slots": {}},
        "shopping": {"shown": SHOWN, "focus": focus, "query": "duffle bags", "constraints": {}},
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ok which one is the biggest", "en"),
        ("which is the lightest one?", "en"),
        ("lequel est le plus grand", "fr"),
        ("lequel est le plus léger ?", "fr"),
        ("y cual es la mas grande?", "es"),
        ("cual pesa menos?", "es"),
        ("welche ist am größten?", "de"),
        ("welcher ist am leichtesten?", "de"),
        ("welche ist am groessten", "de"),
    ],
)
def test_a_size_or_weight_superlative_compares_the_shown(text: str, language: str) -> None:
    question = read_question(text)
    assert "measure" in question.asks and question.compares()
    for intent in ("out_of_scope", "recommend", "thanks_bye"):
        assert catalog_follow_up(_state(text, language, intent=intent)) == "product_qa"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["what is the smallest size?", "quelle est la plus petite taille ?", "cual es la mas barata?", "le moins cher"],
)
def test_a_size_or_a_price_superlative_is_no_measure(text: str) -> None:
    assert "measure" not in read_question(text).asks


@pytest.mark.parametrize(
    "text",
    [
        "compare the first two",
        "compare les deux premiers stp",
        "compara los dos primeros",
        "vergleich mal die ersten beiden",
    ],
)
def test_the_first_two_are_two_cards(text: str) -> None:
    question = read_question(text)
    assert question.ordinals[:2] == [0, 1] and question.sets_side_by_side() and question.ordinal is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("and which of them are waterproof", "en"),
        ("et lesquels sont étanches ?", "fr"),
        ("y cuales son impermeables?", "es"),
        ("und welche davon sind wasserdicht?", "de"),
    ],
)
def test_a_property_asked_of_the_list_is_asked_of_each_card(text: str, language: str) -> None:
    for intent in ("out_of_scope", "recommend", "product_question"):
        state = _state(text, language, intent=intent, focus="P0")
        assert catalog_follow_up(state) == "product_qa"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "what are my options then?",
        "ok c'est quoi mes options alors",
        "y entonces que opciones tengo?",
        "was hab ich dann für möglichkeiten?",
    ],
)
def test_my_options_asks_the_colours_and_sizes_of_the_focus(text: str) -> None:
    assert asks_my_options(text)
    assert not {"colours", "sizes"} & set(read_question(text).asks)  # an order's flow reads no product question
    language = {"w": "en", "o": "fr", "y": "es"}.get(text[0], "de")
    for intent in ("out_of_scope", "thanks_bye"):
        state = _state(text, language, intent=intent, focus="P0")
        assert catalog_follow_up(state) == "product_qa"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("i need a backpack for work", "work"),
        ("un sac à dos pour le travail svp", "travail"),
        ("busco una mochila para la oficina", "oficina"),
        ("ich brauch nen rucksack für die arbeit", "Arbeit"),
    ],
)
def test_a_purpose_the_catalog_cannot_filter_is_said(text: str, word: str) -> None:
    language = {"work": "en", "travail": "fr", "oficina": "es", "Arbeit": "de"}[word]
    assert style_asked(text) == "work"
    assert word in styled("work", CatalogConstraints(), language).note


@pytest.mark.parametrize("text", ["shorts for working out", "pants for workouts", "a hoodie for the gym"])
def test_working_out_is_no_purpose_out_of_reach(text: str) -> None:
    assert style_asked(text) is None


BAGS = [
    {
        "product_id": "1",
        "name": "Joust Duffle Bag",
        "description": '<ul><li>L 29" x W 13" x H 11".</li></ul>',
        "attributes": {"features": ["Waterproof"]},
        "variants": [{"price_cents": 3400, "options": {}}],
        "reviews": [],
    },
    {
        "product_id": "2",
        "name": "Overnight Duffle",
        "description": "<p>For long weekends.</p>",
        "attributes": {"features": ["Lightweight"]},
        "variants": [{"price_cents": 4500, "options": {}}],
        "reviews": [],
    },
]


def test_the_measure_answer_says_what_the_catalog_holds() -> None:
    assert dimensions_of(BAGS[0]) == 'L 29" x W 13" x H 11"'
    assert dimensions_of(BAGS[1]) is None
    for language, words in {
        "en": ("size", "weight", "lightweight"),
        "fr": ("taille", "poids", "légers"),
        "es": ("tamaño", "peso", "ligeros"),
        "de": ("Größe", "Gewicht", "leicht"),
    }.items():
        text = measure_answer(BAGS, language)
        assert all(word in text for word in words), (language, text)
        assert 'L 29" x W 13" x H 11"' in text and "Joust Duffle Bag" in text and "Overnight Duffle" in text
