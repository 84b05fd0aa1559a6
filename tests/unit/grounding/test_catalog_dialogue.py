"""The shopping topic across turns: refine, add, remove, cheaper, another colour; reset on a new subject."""

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_dialogue import ShoppingState, next_constraints, next_query
from tests.unit.grounding.test_catalog_constraints import VOCABULARY


def turn(state: ShoppingState | None, text: str, shown: list[tuple[str, int]] = ()) -> ShoppingState:
    reading = read_constraints(text, VOCABULARY)
    return ShoppingState(query=next_query(state, reading, text),
                         constraints=next_constraints(state, reading).model_dump(mode="json"),
                         shown=[{"product_id": f"P{i}", "name": f"P{i}", "colour": colour, "price_cents": cents}
                                for i, (colour, cents) in enumerate(shown)], focus=None)


def test_refinements_keep_the_topic_and_a_new_kind_resets_it() -> None:
    state = turn(None, "men's hoodies")
    state = turn(state, "only the ones under $50")
    state = turn(state, "any in purple?")
    c = state["constraints"]
    assert (c["gender"], c["categories"], c["max_price_cents"], c["colours"]) == (
        "Men", ["hoodies & sweatshirts"], 5000, ["Purple"])
    assert state["query"] == "men's hoodies"
    state = turn(state, "any colour is fine")
    assert state["constraints"]["colours"] == [] and state["constraints"]["max_price_cents"] == 5000
    reset = turn(state, "now women's yoga pants")
    c = reset["constraints"]
    assert (c["gender"], c["categories"], c["max_price_cents"], c["attributes"]) == (
        "Women", ["pants"], None, {"activity": ["Yoga"]})
    assert reset["query"] == "now women's yoga pants"


def test_cheaper_and_another_colour_read_what_was_shown() -> None:
    state = turn(None, "black tees", shown=[("Black", 3200), ("Black", 2900)])
    cheaper = turn(state, "anything cheaper?")
    # below the dearest shown (below the cheapest, the cheaper cards of the list would be left out too)
    assert (cheaper["constraints"]["max_price_cents"], cheaper["constraints"]["max_price_strict"]) == (3200, True)
    other = turn(state, "another colour?")
    assert other["constraints"]["colours"] == [] and other["constraints"]["exclude_colours"] == ["Black"]
    back = turn(other, "actually black is fine")
    assert back["constraints"]["colours"] == ["Black"] and back["constraints"]["exclude_colours"] == []


def test_a_refinement_in_another_language_keeps_the_topic() -> None:
    state = turn(None, "Je cherche une veste pour femme")
    state = turn(state, "¿alguna que no sea negra, de menos de 60 dólares?")
    c = state["constraints"]
    assert (c["categories"], c["gender"], c["exclude_colours"], c["max_price_cents"]) == (
        ["jackets"], "Women", ["Black"], 6000)



PARENTS = {"hoodies & sweatshirts": {"men", "women", "tops"}, "jackets": {"men", "women", "tops"},
           "pants": {"men", "women", "bottoms"}, "bags": {"gear"}}
CLOTHING = VOCABULARY.model_copy(update={"category_parents": PARENTS, "name_words": {"hoodie", "backpack"}})


def clothing_turn(state: ShoppingState | None, text: str) -> ShoppingState:
    """A turn read with the catalog's category tree (a jacket is clothing, a backpack gear)."""
    reading = read_constraints(text, CLOTHING)
    return ShoppingState(query=next_query(state, reading, text),
                         constraints=next_constraints(state, reading).model_dump(mode="json"), shown=[],
                         focus=None)

def test_a_new_kind_of_clothing_asked_as_a_change_keeps_the_person_and_the_budget() -> None:
    state = clothing_turn(None, "men's hoodies under 60")
    jackets = clothing_turn(state, "actually, jackets instead")
    c = jackets["constraints"]
    assert (c["gender"], c["categories"], c["max_price_cents"], c["max_price_strict"]) == (
        "Men", ["jackets"], 6000, True)
    blue = clothing_turn(jackets, "in blue?")["constraints"]
    assert (blue["gender"], blue["categories"], blue["max_price_cents"], blue["colours"]) == (
        "Men", ["jackets"], 6000, ["Blue"])
    husband = clothing_turn(None, "un sweat pour mon mari, moins de 50 dollars")
    veste = clothing_turn(husband, "pas un sweat, plutôt une veste")
    assert (veste["constraints"]["gender"], veste["constraints"]["categories"],
            veste["constraints"]["max_price_cents"]) == ("Men", ["jackets"], 5000)
    women = clothing_turn(state, "for women instead")["constraints"]
    assert (women["gender"], women["max_price_cents"]) == ("Women", 6000)


def test_a_new_kind_of_clothing_asked_without_a_change_word_keeps_the_person_and_the_budget() -> None:
    state = clothing_turn(None, "men's hoodies under 60")
    c = clothing_turn(state, "and jackets?")["constraints"]
    assert (c["gender"], c["categories"], c["max_price_cents"], c["max_price_strict"]) == (
        "Men", ["jackets"], 6000, True)


def test_a_reset_a_kind_that_is_not_clothing_or_another_person_starts_afresh() -> None:
    state = clothing_turn(None, "men's hoodies under 60")
    assert clothing_turn(state, "forget it, a backpack")["constraints"]["max_price_cents"] is None
    assert clothing_turn(state, "actually a backpack")["constraints"]["gender"] is None
    women = clothing_turn(state, "and women's pants?")["constraints"]
    assert (women["gender"], women["max_price_cents"]) == ("Women", None)
