"""The shopping classes of issue 17's ninth round, as pure logic: a colour or size of one product answered yes or
no, the description's care line, "forget it, rather X" starting a new topic, "nothing <colour>", comparatives
that are no superlatives (es/fr), a product named with the most of its words, a first message's language."""

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_constraints import CatalogReading
from assistant.grounding.catalog_dialogue import ShoppingState, is_new_subject, next_constraints
from assistant.grounding.catalog_focus import best_named
from assistant.grounding.catalog_questions import read_question
from assistant.language import detect_language
from assistant.steps.product_answers import answer_question
from tests.unit.grounding.test_catalog_constraints import VOCABULARY
from tests.unit.grounding.test_product_answers import JACKET

WORDS = VOCABULARY.model_copy(update={"name_words": {"roller", "rope", "ball", "duffle", "backpack", "pant", "jacket"}})


def ask(text: str, language: str = "en", product: dict | None = None) -> str:
    return answer_question(product or JACKET, read_question(text), read_constraints(text, WORDS), language, text)


@pytest.mark.parametrize(("text", "language", "must", "must_not"), [
    ("does it come in red in a medium?", "en", ["Yes:", "in Red, size M"], []),
    ("do you have it in green?", "en", ["No:", "doesn't come in green", "blue and red"], []),
    ("does it come in blue in M?", "en", ["No:", "in stock", "sizes in stock: S"], ["Yes"]),
    ("vous l'avez en rouge ?", "fr", ["Oui", "en rouge"], []),
    ("y lo tenéis en verde?", "es", ["No:", "no está disponible en verde"], []),
    ("gibt es die auch in rot in L?", "de", ["Ja:", "in Rot, Größe L"], []),
    ("which sizes do you have in red?", "en", ["M, L"], ["Yes"]),  # a list asked is still a list
])
def test_a_colour_or_size_of_one_product_is_answered_yes_or_no(text, language, must, must_not) -> None:
    reply = ask(text, language)
    assert all(m in reply for m in must), reply
    assert not any(m in reply for m in must_not), reply


def test_care_comes_from_the_descriptions_care_line() -> None:
    washable = {**JACKET, "description": "A shell for wet days. • Machine wash/line dry. • Hood."}
    assert "Machine wash/line dry" in ask("can i put it in the dryer?", "en", washable)
    assert "Machine wash/line dry" in ask("comment on le lave ?", "fr", washable)
    assert "no care instructions" in ask("how do i wash it?")  # JACKET's description has none


@pytest.mark.parametrize(("text", "kinds"), [
    ("never mind the shorts, i'd rather get a foam roller", ["roller"]),
    ("laissez tomber, plutôt une corde à sauter", ["rope"]),
    ("olvídalo, mejor una pelota para hacer ejercicio", ["ball"]),
    ("vergiss die hosen, ich brauch eher eine faszienrolle", ["roller"]),
])
def test_a_dismissal_drops_its_clause_and_starts_a_new_topic(text, kinds) -> None:
    reading = read_constraints(text, WORDS)
    assert reading.reset and reading.constraints.kinds == kinds
    assert not reading.constraints.categories  # "the shorts", "die hosen" are what is dismissed
    shorts = ShoppingState(query="men's shorts", constraints={"categories": ["shorts"], "gender": "Men"}, shown=[])
    assert is_new_subject(shorts, reading)
    assert next_constraints(shorts, reading).gender is None


def test_a_bag_for_the_gym_after_forgetting_the_pants() -> None:
    reading = read_constraints("nah forget the pants, what i really need is a bag for the gym", WORDS)
    assert reading.constraints.categories == ["bags"]


@pytest.mark.parametrize(("text", "colour"), [
    ("women's tee under $40, nothing green please", "Green"),
    ("un sweat pour homme, rien de noir", "Black"),
    ("shorts für herren, aber bloß nichts blaues", "Blue"),
])
def test_nothing_in_a_colour_excludes_it(text, colour) -> None:
    constraints = read_constraints(text, WORDS).constraints
    assert constraints.exclude_colours == [colour] and not constraints.colours


@pytest.mark.parametrize(("text", "superlative"), [
    ("algo parecido pero más barato?", False),
    ("¿y cuál es la más barata?", True),
    ("entre el Orestes y el Kratos, cuál es el más caro?", True),
    ("un truc du même genre mais moins cher ?", False),
    ("lequel est le moins cher ?", True),
])
def test_a_comparative_is_no_superlative(text, superlative) -> None:
    assert read_question(text).compares() is superlative
    if not superlative:
        assert read_constraints(text, WORDS).cheaper


def test_the_product_named_with_most_of_its_words() -> None:
    names = ["Arcadio Gym Short", "Orestes Yoga Pant", "Orestes Fitness Short"]
    assert best_named("el Orestes Fitness Short lo tienen en azul?", names) == 2
    assert best_named("something for the gym", names) is None


@pytest.mark.parametrize(("text", "language"), [
    ("¿la Oslo Trek Hoodie abriga?", "es"),
    ("háblame de la Kenobi Trail Jacket", "es"),
    ("is the Hero Hoodie warm?", "en"),
    ("the Aim Analog Watch rating?", "en"),
])
def test_a_first_message_around_a_product_name_keeps_the_customers_language(text, language) -> None:
    assert detect_language(text, None) == language


def test_a_reset_with_nothing_asked_keeps_the_topic() -> None:
    assert not is_new_subject(ShoppingState(query="jackets", constraints={"categories": ["jackets"]}, shown=[]),
                              CatalogReading(reset=True))


def test_money_in_slang_is_no_ball() -> None:
    """"25 balles" is 25 euros (the ball kind must not read it), "ballon" is a ball."""
    tee = read_constraints("un t-shirt homme, pas plus de 25 balles", WORDS).constraints
    assert tee.max_price_cents == 2500 and not tee.kinds
    assert read_constraints("laissez tomber, plutôt un ballon", WORDS).constraints.kinds == ["ball"]
