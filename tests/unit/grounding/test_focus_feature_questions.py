"""fresh12 F5: "does it have a hood?" about the product in focus is a question about that product's own text, in
four languages, answered yes where its text says so and with the catalog's silence said otherwise."""

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.catalog_questions import read_question
from assistant.grounding.product_features import asks_whether_it_has
from assistant.steps.catalog_routing import catalog_follow_up
from assistant.steps.product_answers import answer_question
from tests.unit.grounding.test_catalog_constraints import VOCABULARY

ASKED_OF_IT = ["does it have a hood?", "has it got pockets", "is there a zipper on it?",
               "does this one come with pockets", "il y a une capuche ?", "est-ce qu'elle a des poches ?",
               "elle a une fermeture éclair ?",
               "¿tiene capucha?", "y eso lleva bolsillos?", "hat sie eine Kapuze?", "hat der einen Reißverschluss?"]
SEARCHES = ["ones without a hood", "plutôt sans fermeture éclair", "que no tenga capucha",
            "nur welche mit taschen bitte", "any jackets with a hood?", "men's sweatshirts without a hood please"]


@pytest.mark.parametrize("text", ASKED_OF_IT)
def test_a_feature_asked_of_the_product_is_read(text: str) -> None:
    assert asks_whether_it_has(fold(text))


@pytest.mark.parametrize("text", SEARCHES)
def test_a_feature_wished_for_in_a_search_is_not(text: str) -> None:
    assert not asks_whether_it_has(fold(text))


def _state(text: str, language: str, shown: int, focus: bool) -> dict:
    reading = read_constraints(text, VOCABULARY, language)
    products = [{"product_id": f"P{i}", "name": f"Product {i}", "colour": None, "price_cents": 1000}
                for i in range(shown)]
    return {"incoming": {"text": text}, "language": language, "catalog_reading": reading.model_dump(),
            "intent": {"intent": "recommend", "confidence": 0.9, "slots": {}},
            "shopping": {"shown": products, "focus": "P0" if focus else None, "query": "jackets"}}


@pytest.mark.parametrize(("text", "language"), [("does it have a hood?", "en"), ("il y a une capuche ?", "fr"),
                                                ("¿tiene capucha?", "es"), ("hat sie eine Kapuze?", "de")])
def test_with_a_product_in_focus_it_is_product_qa(text: str, language: str) -> None:
    assert catalog_follow_up(_state(text, language, shown=1, focus=True)) == "product_qa"  # type: ignore[arg-type]


def test_after_a_list_with_no_focus_a_feature_wish_still_refines() -> None:
    assert catalog_follow_up(_state("ones without a hood", "en", shown=4, focus=False)) == "recommend"  # type: ignore[arg-type]


JACKET = {"product_id": "WJ08", "name": "Adrienne Trek Jacket", "variants": [],
          "description": "<p>A zippered front and two hand pockets.</p>", "attributes": {"style_general": "Soft Shell"}}


@pytest.mark.parametrize(("text", "language", "said"), [
    ("does it have a hood?", "en", "doesn't mention a hood"), ("has it got pockets", "en", "Yes"),
    ("il y a une capuche ?", "fr", "ne mentionne pas de capuche"), ("elle a des poches ?", "fr", "Oui"),
    ("¿tiene capucha?", "es", "no menciona capucha"), ("¿lleva cremallera?", "es", "Sí"),
    ("hat sie eine Kapuze?", "de", "erwähnt „Kapuze“ nicht"), ("hat sie einen Reißverschluss?", "de", "Ja"),
])
def test_the_answer_comes_from_the_products_own_text(text: str, language: str, said: str) -> None:
    reading = read_constraints(text, VOCABULARY, language)
    reply = answer_question(JACKET, read_question(text), reading, language, text)
    assert said in reply and "Adrienne Trek Jacket" in reply
