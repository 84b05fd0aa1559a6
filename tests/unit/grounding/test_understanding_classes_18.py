"""understanding-classes-18: hot weather said as the weather, a gender and a kind in one German word, "any colour
but X", care asked with a conjugated verb, a kind said in a superlative after a broader list."""

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_constraints import CatalogConstraints
from assistant.grounding.catalog_dialogue import ShoppingState, is_new_subject, next_constraints
from assistant.grounding.catalog_questions import read_question
from tests.unit.grounding.test_catalog_constraints import VOCABULARY

PARENTS = {"hoodies & sweatshirts": {"men", "women", "tops"}, "jackets": {"men", "women", "tops"},
           "tees": {"men", "women", "tops"}, "shorts": {"men", "women", "bottoms"}, "watches": {"gear"}}
CATALOG = VOCABULARY.model_copy(update={"category_parents": PARENTS,
                                        "name_words": {"hoodie", "hooded", "hoodlie", "watch", "backpack"}})


@pytest.mark.parametrize(("language", "text"), [
    ("en", "shorts for my husband, it gets crazy hot where we live"),
    ("en", "tank tops for guys, summers are brutally hot here"),
    ("fr", "un short pour mon copain pour quand il fait trop chaud"),
    ("fr", "un pantalon pour femme, chez moi il fait hyper chaud l'été"),
    ("es", "unos shorts para mi novio, los veranos aquí son muy calurosos"),
    ("de", "shorts für meinen freund, bei uns ist es im sommer extrem heiß"),
])
def test_hot_weather_said_as_the_weather_is_the_hot_climate_only(language: str, text: str) -> None:
    assert read_constraints(text, CATALOG, language).constraints.attributes == {"climate": ["Hot"]}


@pytest.mark.parametrize(("language", "text", "climate"), [
    ("fr", "une veste chaude pour l'hiver", ["Cold", "Wintry"]),  # a warm garment, not hot weather
    ("en", "a warm jacket", ["Cold", "Wintry"]),
    ("en", "a jacket for rain and wind", ["Rainy", "Windy"]),  # readings apart add up
])
def test_warm_garments_and_separate_weathers_are_unchanged(language: str, text: str, climate: list[str]) -> None:
    assert sorted(read_constraints(text, CATALOG, language).constraints.attributes["climate"]) == climate


def test_hot_pink_is_a_colour_not_the_weather() -> None:
    constraints = read_constraints("hot pink shorts", CATALOG, "en").constraints
    assert (constraints.categories, constraints.attributes) == (["shorts"], {})


@pytest.mark.parametrize(("text", "gender", "price"), [
    ("habt ihr herrenuhren über 50 euro?", "Men", {"min_price_cents": 5000}),
    ("doch lieber eine damenuhr, bis 50 euro", "Women", {"max_price_cents": 5000}),
    ("ich suche eine sportuhr für meine frau", "Women", {}),
])
def test_a_gender_and_a_short_kind_in_one_german_word(text: str, gender: str, price: dict[str, int]) -> None:
    constraints = read_constraints(text, CATALOG, "de").constraints
    assert (constraints.gender, constraints.categories, constraints.kinds) == (gender, ["watches"], ["watch"])
    assert all(getattr(constraints, name) == value for name, value in price.items())


@pytest.mark.parametrize(("language", "text", "colour"), [
    ("en", "women's hoodies, any colour but purple", "Purple"),
    ("en", "tees for my mom in any colour but white, under 30", "White"),
    ("en", "jackets, any color except black", "Black"),
    ("fr", "des sweats pour femme, n'importe quelle couleur sauf violet", "Purple"),
    ("es", "chaquetas para mi hermano, cualquier color menos negro", "Black"),
    ("de", "damen hoodies, jede farbe außer lila", "Purple"),
])
def test_any_colour_but_rules_the_colour_out(language: str, text: str, colour: str) -> None:
    reading = read_constraints(text, CATALOG, language)
    assert colour in reading.constraints.exclude_colours and not reading.constraints.colours
    assert reading.any_colour


def test_a_colour_after_a_but_elsewhere_is_still_wanted() -> None:
    assert read_constraints("a warm jacket but black", CATALOG, "en").constraints.colours == ["Black"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "what's the right way to launder the Montana Wind Jacket?"),
    ("en", "how do you guys recommend cleaning the Diva Gym Tee"),
    ("fr", "comment on nettoie l'Abominable Hoodie ?"),
    ("es", "¿cómo lavo el Fiona Fitness Short?"),
    ("es", "¿cómo se limpia el Prima Compete Bra Top?"),
    ("de", "wie wasche ich das Frankie Sweatshirt am besten?"),
    ("de", "wird die Sybil Running Short in der maschine gewaschen?"),
])
def test_care_asked_with_a_conjugated_verb(language: str, text: str) -> None:
    assert "care" in read_question(text).asks


def test_a_kind_said_in_a_superlative_narrows_a_broader_topic_and_keeps_its_gender() -> None:
    topic = ShoppingState(query="show me women's tops", shown=[],
                          constraints=CatalogConstraints(gender="Women", categories=["tops"]).model_dump(mode="json"))
    reading = read_constraints("which is the cheapest hoodie?", CATALOG, "en")
    assert set(reading.broader_categories) >= {"tops"}
    constraints = next_constraints(topic, reading)
    assert (constraints.gender, constraints.categories) == ("Women", ["hoodies & sweatshirts"])


def test_another_kind_of_clothing_is_a_new_subject_for_the_same_person() -> None:
    topic = ShoppingState(query="men's jackets", shown=[],
                          constraints=CatalogConstraints(gender="Men", categories=["jackets"]).model_dump(mode="json"))
    reading = read_constraints("and shorts?", CATALOG, "en")
    assert is_new_subject(topic, reading)
    assert next_constraints(topic, reading).model_dump(include={"gender", "categories"}) == {
        "gender": "Men", "categories": ["shorts"]}


def test_la_sudadera_con_capucha_mas_barata_is_a_superlative() -> None:
    assert "cheapest" in read_question("la sudadera con capucha más barata para hombre").asks


@pytest.mark.parametrize(("language", "text"), [
    ("en", "a sports bra for my girlfriend under 40"),
    ("fr", "une brassière pour ma copine, moins de 40 euros"),
    ("es", "un sujetador deportivo para mi hija de menos de 40"),
    ("de", "sport-bh für meine freundin bis 40 euro"),
    ("de", "ein bh für meine schwester, höchstens 30 euro"),
])
def test_a_bra_is_a_product_named_so_and_sport_in_sport_bh_is_no_activity(language: str, text: str) -> None:
    catalog = CATALOG.model_copy(update={"name_words": CATALOG.name_words | {"bra"}})
    constraints = read_constraints(text, catalog, language).constraints
    assert (constraints.gender, constraints.kinds, constraints.attributes) == ("Women", ["bra"], {})


def test_a_kind_beside_a_category_said_without_one_widens_to_the_category() -> None:
    catalog = CATALOG.model_copy(update={"name_words": CATALOG.name_words | {"bra"}})
    constraints = read_constraints("un débardeur ou une brassière de sport femme", catalog, "fr").constraints
    assert constraints.kinds == [] and "bras & tanks" in constraints.categories
