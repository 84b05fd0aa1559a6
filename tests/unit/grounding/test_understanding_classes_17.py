"""Which product a question is about, "cheaper", property answers (understanding-classes-17): German typed without
umlauts, cheaper than what was shown, a kind word that names no product, weather from the catalog's styles."""

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_dialogue import ShoppingState, cheaper_than
from assistant.grounding.catalog_focus import names_product
from assistant.grounding.catalog_lexicon import fold, fold_german, fold_german_pattern
from assistant.grounding.catalog_questions import read_question
from assistant.grounding.catalog_spelling import one_slip, respell
from assistant.steps.product_answers import answer_question, warmth_rank
from tests.unit.grounding.test_catalog_constraints import VOCABULARY


@pytest.mark.parametrize(("typed", "umlaut"), [("guenstiger", "günstiger"), ("groesse", "größe"), ("fuer", "für"),
                                               ("waermer", "wärmer"), ("gruen", "grün"), ("Groeße", "Größe")])
def test_german_spelt_without_umlauts_folds_like_the_umlaut(typed: str, umlaut: str) -> None:
    assert fold_german(typed) == fold_german(umlaut) == fold_german(umlaut.replace("ü", "u").replace("ö", "o")
                                                                      .replace("ä", "a"))


@pytest.mark.parametrize("word", ["neue", "blaue", "Quelle", "teuer", "Feuer", "Jacke"])
def test_letters_that_are_no_umlaut_are_left_alone(word: str) -> None:
    assert fold_german(word) == word.lower()


def test_a_pattern_keeps_its_character_classes() -> None:
    typed = r"\bwelche[rs]?\b[^.?!]{0,30}\bguenstiger\b"
    assert fold_german_pattern(typed) == r"\bwelche[rs]?\b[^.?!]{0,30}\bgunstiger\b"
    assert fold_german_pattern("[ae]") == "[ae]"


@pytest.mark.parametrize(("typed", "umlaut"), [
    ("eine jacke fuer damen in gruen", "eine Jacke für Damen in grün"),
    ("hoodies fuer herren in groesse XL, nicht in weiss", "Hoodies für Herren in Größe XL, nicht in Weiß"),
    ("gibts die auch guenstiger?", "gibts die auch günstiger?"),
])
def test_german_constraints_read_the_same_either_way(typed: str, umlaut: str) -> None:
    spelt, written = read_constraints(typed, VOCABULARY, "de"), read_constraints(umlaut, VOCABULARY, "de")
    assert spelt == written
    assert spelt.says_something()


def test_german_lexicon_words_with_umlauts_match_text_without() -> None:
    reading = read_constraints("eine jacke fuer damen in gruen", VOCABULARY, "de")
    assert (reading.constraints.gender, reading.constraints.colours) == ("Women", ["Green"])
    assert read_constraints("guenstiger bitte", VOCABULARY, "de").cheaper
    assert read_constraints("eine jacke in groesse M", VOCABULARY, "de").constraints.size == "M"


def test_english_words_are_not_respelt_outside_german() -> None:
    assert read_constraints("a blue jacket", VOCABULARY, "en").constraints.colours == ["Blue"]
    assert read_constraints("eine blue jacke", VOCABULARY, "de").constraints.colours == ["Blue"]


@pytest.mark.parametrize("text", ["welche ist waermer, die jade yoga jacket oder die juno jacket?",
                                  "which is warmer, the caesar pant or the aether gym pant",
                                  "lequel est le plus chaud, le caesar ou le viktor ?",
                                  "¿cuál abriga más, la jade o la juno?"])
def test_which_is_warmer_is_a_comparison(text: str) -> None:
    assert read_question(text).compares() and "warmest" in read_question(text).asks


def _shown(*prices: int) -> list:
    return [{"product_id": f"P{i}", "name": f"P{i}", "colour": None, "price_cents": c} for i, c in enumerate(prices)]


def test_cheaper_is_measured_against_the_dearest_shown_or_the_one_asked_about() -> None:
    assert cheaper_than(ShoppingState(shown=_shown(5700, 3200, 5625), focus=None))["price_cents"] == 5700
    assert cheaper_than(ShoppingState(shown=_shown(5700, 3200, 5625), focus="P1"))["price_cents"] == 3200
    assert cheaper_than(None) is None


@pytest.mark.parametrize(("text", "name", "named"), [
    ("was ist der günstigste Hoodie?", "Abominable Hoodie", False),
    ("c'est en quoi la veste juno ?", "Juno Jacket", True),
    ("what is the juno jacket made of", "Juno Jacket", True),
    ("un sac pour le voyage", "Voyage Yoga Bag", False),
    ("good for running?", "Ana Running Short", False),
    ("Is the Chaz warm?", "Chaz Kangeroo Hoodie", True),
    ("welche durchschnittsbewertung hat das zoe tank", "Zoe Tank", True),
    ("the red tank top", "Zoe Tank", False),
])
def test_a_name_is_named_by_its_own_words_not_by_a_kind(text: str, name: str, named: bool) -> None:
    assert names_product(text, name) is named


RAIN_JACKET = {"product_id": "WJ08", "name": "Adrienne Trek Jacket", "description": "A trek jacket.",
               "attributes": {"climate": ["All-weather", "Cool", "Mild", "Spring", "Wintry"],
                              "style_general": "Jacket|Lightweight|Rain Coat|Hard Shell|Windbreaker|¼ zip"},
               "variants": [{"options": {"color": "Gray", "size": "S"}, "available": True, "price_cents": 5700}]}


@pytest.mark.parametrize(("text", "language", "said"), [
    ("is the adrienne trek jacket waterproof?", "en", "Yes"),
    ("la veste adrienne est-elle imperméable ?", "fr", "Oui"),
    ("¿es impermeable?", "es", "Sí"),
    ("ist sie wasserdicht?", "de", "Ja"),
])
def test_a_rain_coat_is_waterproof_whatever_its_climate_tags(text: str, language: str, said: str) -> None:
    reply = answer_question(RAIN_JACKET, read_question(text), read_constraints(text, VOCABULARY, language), language)
    assert reply.startswith(said)


def test_warmth_rank_counts_cold_weather_and_insulation() -> None:
    pant = {"attributes": {"climate": ["Cool", "Spring"]}}
    insulated = {"attributes": {"climate": ["Cold", "Wintry"], "style_general": "Insulated|Full zip"}}
    assert warmth_rank(insulated) == 3 > warmth_rank(pant) == 0


@pytest.mark.parametrize(("typed", "language", "category"), [
    ("cual es la mas barata de las chauqetas de hombre?", "es", "jackets"),
    ("a jakcet for men", "en", "jackets"), ("zwei Jakcen für Herren", "de", "jackets"),
])
def test_a_kind_typed_with_one_slip_is_read(typed: str, language: str, category: str) -> None:
    assert read_constraints(typed, VOCABULARY, language).constraints.categories == [category]


def test_one_slip_is_one_letter_or_one_swap() -> None:
    assert one_slip("chauqeta", "chaqueta") and one_slip("jackt", "jacket") and one_slip("jacckets", "jackets")
    assert not one_slip("chaussette", "chaqueta") and not one_slip("jacket", "jacket")
    assert respell("des chaussettes", frozenset({"chaqueta", "jacket"})) == "des chaussettes"


@pytest.mark.parametrize("text", ["thanks, bye!", "merci, c'est parfait", "vielen dank, tschüss"])
def test_a_word_the_shop_itself_uses_is_never_respelled(text: str) -> None:
    assert respell(fold(text), frozenset({"tanks", "parfum", "dank"})) == fold(text)
