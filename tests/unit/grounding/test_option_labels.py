"""Option values outside colour and size, read in four languages against the catalog's own values (materials,
features, counts: "de vinilo", "mit Seitenbrenner", "de malla", "à piston") and said back in the reply's language
("matériau verre", "Sensortyp Laser"), never an English value inside a French, Spanish or German sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from assistant.grounding.option_labels import option_labels, option_name, option_value
from assistant.grounding.option_values import names_a_version
from assistant.grounding.option_words import wanted_value
from assistant.grounding.variants import describe_options

PRODUCTS = Path(__file__).resolve().parents[3] / "data" / "tau-retail" / "products.json"


@pytest.mark.parametrize(
    ("key", "values", "current", "text", "expected"),
    [
        ("material", ["latex", "rubber", "vinyl"], "latex", "la manguera, mejor de vinilo", "vinyl"),
        ("material", ["fabric", "leather", "mesh"], "leather", "necesito el modelo de malla", "mesh"),
        ("material", ["fabric", "leather", "mesh"], "mesh", "je la voudrais en tissu", "fabric"),
        ("features", ["none", "rotisserie", "side burner"], "rotisserie", "das Modell mit Seitenbrenner",
         "side burner"),
        ("features", ["none", "rotisserie", "side burner"], "none", "avec tournebroche", "rotisserie"),
        ("type", ["drip", "espresso", "french press"], "drip", "plutôt la cafetière à piston", "french press"),
        ("material", ["fleece", "memory foam", "polyester"], "fleece", "aus Memory-Schaum bitte", "memory foam"),
        ("material", ["leather", "nylon", "polyester"], "leather", "el modelo de nailon", "nylon"),
    ],
)
def test_values_outside_colour_and_size_in_other_languages(key: str, values: list[str], current: str, text: str,
                                                           expected: str) -> None:
    assert wanted_value(key, values, current, text) == expected


@pytest.mark.parametrize("text", ["il me faudrait la version robot", "die Variante mit linearen Schaltern",
                                  "necesito el modelo de malla", "the 4-piece model"])
def test_a_version_noun_names_another_version(text: str) -> None:
    assert names_a_version(text)


def test_options_are_said_in_the_reply_language() -> None:
    options = {"color": "black", "sensor type": "laser", "material": "glass"}
    assert describe_options(options, "en", {"sensor type", "material"}) == (
        "colour black, material glass, sensor type laser")
    assert describe_options(options, "fr", {"sensor type", "material"}) == (
        "couleur noir, matériau verre, type de capteur laser")
    assert describe_options(options, "de", {"sensor type"}) == "Farbe Schwarz, Sensortyp Laser"
    assert describe_options({"room size": "large", "filter type": "HEPA"}, "es") == "tamaño de habitación grande"
    assert option_value("4K", "fr") == "4K"  # a code stays as the catalog writes it
    assert option_name("switch type", "en") is None


def test_every_catalog_option_has_its_words_in_every_language() -> None:
    """Every option name and every worded value of tau-retail (not colour, not size) is in the labels table."""
    labels, languages = option_labels(), ("fr", "es", "de")
    for product in json.loads(PRODUCTS.read_text()).values():
        for variant in product["variants"].values():
            for key, value in variant["options"].items():
                if key in ("color", "size") or "color" in key:
                    continue
                assert all(option_name(key, lang) for lang in languages), key
                worded = any(c.isalpha() for c in value) and not any(c.isdigit() for c in value)
                if worded and value.lower() in labels.values_folded:
                    assert set(languages) <= labels.values_folded[value.lower()].keys(), value


def test_the_labels_file_is_valid_yaml_with_names_and_values() -> None:
    data = yaml.safe_load((Path(__file__).resolve().parents[3] / "prompts" / "option_labels.v1.yaml").read_text())
    assert set(data) == {"names", "values", "other_values", "out_of_stock", "another"}
    assert set(data["another"]) == {"en", "fr", "es", "de"}
    # the lines that list an item's other versions and those out of stock: one per language, each with the place
    # for the values
    for line_kind in ("other_values", "out_of_stock"):
        assert set(data[line_kind]) == {"en", "fr", "es", "de"}
        assert all("{values}" in line for line in data[line_kind].values())


def test_another_value_of_an_option_named_is_asked_but_never_a_kind_of_something() -> None:
    from assistant.grounding.option_labels import asks_another_option

    for text in ("on my order I'd like a different material for the bottle", "je voudrais un autre bracelet",
                 "la tetera con otro material", "ich möchte ein anderes Armbandmaterial"):
        assert asks_another_option(text), text
    for text in ("can you show me another style of hoodie", "quiero otro tipo de lámpara", "I want another order",
                 "je voudrais une autre commande"):
        assert not asks_another_option(text), text
