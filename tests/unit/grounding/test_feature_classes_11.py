"""fresh11 F5, F6, F7, F14: features read in four languages and found in a product's own text, kinds the catalog
does not sell, attribute answers from the data without self-contradiction, each echoed word said once."""

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_constraints import CatalogConstraints
from assistant.grounding.catalog_dialogue import ShoppingState, next_constraints
from assistant.grounding.catalog_phrases import describe, join_words
from assistant.grounding.catalog_questions import read_question
from assistant.grounding.catalog_vocabulary import CatalogVocabulary
from assistant.grounding.product_features import features_in, has_features
from assistant.steps.product_answers import answer_question
from tests.unit.grounding.test_catalog_constraints import VOCABULARY


@pytest.mark.parametrize(("text", "language", "wanted", "ruled_out"), [
    ("men's sweatshirts without a hood please", "en", [], ["hood"]),
    ("women's hoodies with no zipper", "en", [], ["zip"]),
    ("men's shorts with pockets", "en", ["pocket"], []),
    ("pas de capuche svp", "fr", [], ["hood"]),
    ("plutôt sans fermeture éclair", "fr", [], ["zip"]),
    ("un short homme avec des poches", "fr", ["pocket"], []),
    ("sin cremallera", "es", [], ["zip"]),
    ("que no tenga capucha", "es", [], ["hood"]),
    ("sudadera con capucha y bolsillos", "es", ["hood", "pocket"], []),
    ("ohne Kapuze bitte", "de", [], ["hood"]),
    ("kapuzenpullis für damen ohne reißverschluss", "de", [], ["zip"]),
    ("nur welche mit taschen bitte", "de", ["pocket"], []),
])
def test_a_feature_is_read_wanted_or_ruled_out(text: str, language: str, wanted: list[str], ruled_out: list[str]
                                               ) -> None:
    constraints = read_constraints(text, VOCABULARY, language).constraints
    assert (constraints.features, constraints.exclude_features) == (wanted, ruled_out)


def test_german_tasche_alone_is_still_a_bag_and_mit_taschen_no_bag() -> None:
    assert read_constraints("eine tasche für den sport", VOCABULARY, "de").constraints.categories == ["bags"]
    pockets = read_constraints("kurze hosen für herren mit taschen", VOCABULARY, "de").constraints
    assert pockets.categories == ["shorts"] and pockets.features == ["pocket"]


def test_a_product_has_a_feature_only_where_its_own_text_says_so() -> None:
    crewneck = features_in(["Frankie Sweatshirt", "Light green crewneck sweatshirt. • Hand pockets."])
    hoodie = features_in(["Oslo Trek Hoodie", "Adjustable drawstring hood."])
    styled = features_in(["Stellar Solar Jacket", "Loose fit.", "Jacket|Hooded|Soft Shell|Full zip"])
    assert crewneck == {"pocket"} and hoodie == {"hood"} and styled == {"hood", "zip"}
    assert has_features(crewneck, [], ["hood"]) and not has_features(hoodie, [], ["hood"])
    assert not has_features(None, ["pocket"], [])  # a product whose texts are unknown meets no feature asked for


def test_a_feature_refines_the_topic_and_a_later_wish_lifts_its_exclusion() -> None:
    previous = ShoppingState(query="men's hoodies", constraints=CatalogConstraints(
        categories=["hoodies & sweatshirts"], gender="Men").model_dump(mode="json"), shown=[])
    no_zip = next_constraints(previous, read_constraints("sin cremallera", VOCABULARY, "es"))
    assert no_zip.exclude_features == ["zip"] and no_zip.gender == "Men"
    state = ShoppingState(query="men's hoodies", constraints=no_zip.model_dump(mode="json"), shown=[])
    with_zip = next_constraints(state, read_constraints("actually with a zip", VOCABULARY, "en"))
    assert with_zip.features == ["zip"] and with_zip.exclude_features == []


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "without a hood or a zip"), ("fr", "sans capuche ou fermeture éclair"),
    ("es", "sin capucha o cremallera"), ("de", "ohne Kapuze oder Reißverschluss")])
def test_features_are_echoed_in_the_customers_language(language: str, expected: str) -> None:
    assert describe(CatalogConstraints(exclude_features=["hood", "zip"]), language) == expected


@pytest.mark.parametrize(("text", "language", "kind"), [
    ("do you sell running shoes?", "en", "shoes"), ("i need some socks for hiking", "en", "socks"),
    ("vous avez des chaussures de randonnée ?", "fr", "shoes"), ("des chaussettes ?", "fr", "socks"),
    ("tenéis zapatillas de running?", "es", "shoes"), ("busco calcetines", "es", "socks"),
    ("zeig mir laufschuhe fur herren", "de", "shoes"), ("habt ihr Handschuhe?", "de", "gloves"),
])
def test_a_kind_the_catalog_does_not_sell_is_read(text: str, language: str, kind: str) -> None:
    assert read_constraints(text, VOCABULARY, language).unsold_kinds == [kind]


def test_a_kind_the_catalog_names_is_sold() -> None:
    with_shoes = VOCABULARY.model_copy(update={"name_words": {"trail", "shoe"}})
    assert read_constraints("do you sell shoes?", with_shoes, "en").unsold_kinds == []
    assert read_constraints("capri pants", CatalogVocabulary(name_words={"capri"}), "en").unsold_kinds == []


def test_two_catalog_values_with_one_word_are_said_once() -> None:
    assert join_words(["Athletic", "Sports", "Gym"], "fr", conjunction="or") == "le sport ou la salle de sport"
    assert join_words(["Athletic", "Sports"], "es") == "deporte"


def _product(climate: list[str], description: str, style: str = "") -> dict[str, object]:
    return {"product_id": "T1", "name": "Test Top", "description": description,
            "attributes": {"climate": climate, "style_general": style}, "variants": [], "reviews": []}


def _ask(product: dict[str, object], text: str, language: str = "en") -> str:
    return answer_question(product, read_question(text), read_constraints(text, VOCABULARY, language), language, text)


def test_waterproof_with_nothing_in_the_data_says_the_catalog_does_not_say() -> None:
    reply = _ask(_product(["Spring", "Warm", "Windy"], "Loose fit. Flat seams."), "is it waterproof?")
    assert "doesn't say whether" in reply and "rated for" not in reply and "Not really" not in reply
    german = _ask(_product(["Cold"], "Thick cuffs."), "ist sie wasserdicht?", "de")
    assert "sagt nicht, ob" in german and "Eher nicht" not in german


def test_warmth_from_the_description_is_not_contradicted_by_the_rating() -> None:
    hoodie = _product(["Windy", "Cool"], "Puffy thick from hood to hem, it traps heat against your core.")
    for text, language, quality, verdict in [("is it warm enough for winter?", "en", "keeps you warm", "Not really"),
                                             ("est-il assez chaud pour l'hiver ?", "fr", "tient chaud", "Pas vraiment"),
                                             ("¿abriga para el invierno?", "es", "abriga", "No mucho"),
                                             ("hält sie im Winter warm?", "de", "wärmend", "Eher nicht")]:
        reply = _ask(hoodie, text, language)
        assert quality in reply and verdict not in reply, (language, reply)


def test_heat_of_a_warm_rated_product_is_no_not_really() -> None:
    reply = _ask(_product(["All-weather", "Indoor", "Warm"], "Mesh side panels."), "is it good in the heat?")
    assert "warm weather" in reply and "Not really" not in reply


def test_a_feature_word_inside_a_product_name_is_that_name() -> None:
    named = VOCABULARY.model_copy(update={"name_pairs": {("full", "zip"), ("zip", "jacket")}})
    reading = read_constraints("what's the Riona Full Zip Jacket made of?", named, "en").constraints
    assert reading.features == [] and reading.exclude_features == []
    assert read_constraints("one with no zip", named, "en").constraints.exclude_features == ["zip"]


def test_unsold_kinds_are_read_in_the_messages_language_only() -> None:
    assert read_constraints("hat eine davon grün?", VOCABULARY, "de").unsold_kinds == []  # "hat" is "has"
    assert read_constraints("any hats?", VOCABULARY, "en").unsold_kinds == ["hats"]
