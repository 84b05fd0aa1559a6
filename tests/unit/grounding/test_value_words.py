"""The catalog's attribute values (climate, activity, generic materials) are said in the customer's language: a
French answer says "printemps", not "Spring". Brand names (CoolTech™, Lycra®) stay as they are."""

from __future__ import annotations

import string

import pytest

from assistant.grounding.catalog_phrases import value_word

CLIMATE = ["All-weather", "Cool", "Indoor", "Spring", "Windy", "Rainy", "Cold", "Wintry", "Mild", "Warm", "Hot"]
ACTIVITY = ["Yoga", "Gym", "Travel", "Trail", "Overnight", "Urban", "Hiking", "School", "Recreation", "Sports",
            "Athletic", "Outdoor"]
MATERIALS = ["Wool", "Fleece", "Nylon", "Organic Cotton", "Polyester", "Hemp", "Cotton", "Spandex", "Rayon", "Linen",
             "Mesh", "Jersey", "Microfiber", "Canvas", "Leather", "Suede", "Plastic", "Rubber", "Synthetic", "Foam",
             "Metal", "Silicone", "Stainless Steel"]
# Words spelt alike in a language ("Nylon" in French, "Yoga" everywhere) need no entry of their own.
SAME = {"fr": {"Nylon", "Polyester", "Spandex", "Jersey", "Yoga", "Rayon"},
        "es": {"Nylon", "Spandex", "Yoga", "Rayon"},
        "de": {"Nylon", "Polyester", "Spandex", "Jersey", "Yoga", "Rayon", "Fleece"}}


@pytest.mark.parametrize("language", ["fr", "es", "de"])
def test_every_generic_catalog_value_has_a_word_in_the_language(language: str) -> None:
    untranslated = [v for v in CLIMATE + ACTIVITY + MATERIALS
                    if value_word(v, language) == v and v not in SAME[language]]
    assert untranslated == []


def test_brand_names_are_kept() -> None:
    assert value_word("CoolTech™", "fr") == "CoolTech™"


@pytest.mark.parametrize("language", ["fr", "es", "de"])
def test_every_value_a_shopper_can_name_is_said_in_the_language(language: str) -> None:
    """Fresh-eyes #13: "No encontré nada Hooded o Hoodie" (style values said back in English). Every catalog value
    the lexicons can read from a shopper's words (colours, categories, attributes) is worded in the language when a
    reply says it back; a value that is a brand name is said as it is."""
    from assistant.grounding.catalog_constraints import CatalogConstraints
    from assistant.grounding.catalog_phrases import describe
    from tests.language_leaks import english_fragments, lexicon_targets

    leaks = {}
    for name, value in sorted(lexicon_targets()):
        constraints = (CatalogConstraints(**{name: [value]}) if name in ("colours", "categories")
                       else CatalogConstraints(attributes={name: [value]}))
        said = describe(constraints, language)
        if english_fragments(said, language):
            leaks[value] = said
    assert leaks == {}


@pytest.mark.parametrize("name", ["Adrienne Trek Jacket", "Erika Running Short", "Orion Two-Tone Fitted Jacket",
                                  "Ida Workout Parachute Pant", "Usain Active Tee"])
def test_french_answers_elide_the_article_before_a_vowel(name: str) -> None:
    """Fresh-eyes Low list: "C'est le Adrienne…". Every French product answer reads "l'…" / "de l'…"."""
    from assistant.grounding.catalog_phrases import _words, answer

    for key, template in _words("fr")["answers"].items():
        fields = {field for _, field, _, _ in string.Formatter().parse(str(template)) if field}
        facts = {field: "x" for field in fields - {"name"}}
        said = answer(key, "fr", **facts, name=name)
        assert f"le {name}".lower() not in said.lower() and f"du {name}".lower() not in said.lower(), (key, said)


def test_the_german_colour_answer_is_grammatical() -> None:
    from assistant.grounding.catalog_phrases import answer

    assert "Es gibt es" not in answer("about_colours", "de", values="Schwarz und Blau")
