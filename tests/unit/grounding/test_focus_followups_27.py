"""focus27: a short follow-up that says only an option ("and in a medium?", "et en XL noir ?", "¿y en naranja?",
"und in XXL?") while a product is in focus asks about that product's options (product Q&A, answered from its
variants); "¿este viene en algún otro color?" is no wish to change an item; the same words with no product in
focus refine the list, and words asking for other products ("show me other jackets in XL") stay a search."""

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_questions import names_only_options, read_question
from assistant.steps.catalog_routing import catalog_follow_up
from assistant.steps.product_answers import answer_question
from tests.unit.grounding.test_catalog_constraints import VOCABULARY
from tests.unit.grounding.test_focus_availability_26 import HOODIE, _state

OPTION_ONLY = [("and in a medium?", "en"), ("what about an XL?", "en"), ("how about black?", "en"),
               ("et en XL noir ?", "fr"), ("et en jaune ?", "fr"), ("sinon en M ?", "fr"),
               ("¿y en XL?", "es"), ("¿y qué tal en naranja?", "es"), ("¿y en talla mediana?", "es"),
               ("und in Grün?", "de"), ("und in XXL?", "de"), ("und was ist mit Größe S?", "de")]


@pytest.mark.parametrize(("text", "language"), OPTION_ONLY)
def test_an_option_said_alone_is_asked_of_the_product_in_focus(text: str, language: str) -> None:
    assert names_only_options(text)
    assert catalog_follow_up(_state(text, language, focus=True)) == "product_qa"  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "language"), [("and in a medium?", "en"), ("¿y en naranja?", "es"),
                                                ("und in Grün?", "de")])
def test_without_a_product_in_focus_it_refines_the_list(text: str, language: str) -> None:
    assert catalog_follow_up(_state(text, language, focus=False)) == "recommend"  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "language"), [("show me other jackets in XL", "en"),
                                                ("montrez-moi d'autres vestes en XL", "fr"),
                                                ("muéstreme otras chaquetas en XL", "es"),
                                                ("zeigen Sie mir andere Jacken in XL", "de"),
                                                ("and for women, in blue?", "en")])
def test_other_products_or_a_gender_stay_a_search(text: str, language: str) -> None:
    assert not names_only_options(text)
    assert catalog_follow_up(_state(text, language, focus=True)) == "recommend"  # type: ignore[arg-type]


def test_another_colour_asked_with_an_option_cue_is_a_question_of_the_product() -> None:
    text = "¿este viene en algún otro color?"
    assert catalog_follow_up(_state(text, "es", focus=True)) == "product_qa"  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "language", "said"), [
    ("and in a medium?", "en", ["Yes", "size M"]),
    ("what about an XXL?", "en", ["No", "XL"]),
    ("et en jaune ?", "fr", ["Non", "noir"]),
    ("¿y en XS?", "es", ["No", "S, M, XL"]),
    ("und in Orange?", "de", ["Ja", "Orange"]),
])
def test_the_answer_comes_from_the_products_own_variants(text: str, language: str, said: list[str]) -> None:
    reply = answer_question(HOODIE, read_question(text), read_constraints(text, VOCABULARY, language), language, text)
    assert "Chaz Kangeroo Hoodie" in reply and all(word in reply for word in said), reply
