"""focus26 (issue 17 F4): "does it come in other colours?", "vous l'avez en XL ?", "¿lo tenéis en otros colores?",
"gibt's den auch in XXL?" while one product is in focus ask about that product's options (product Q&A, answered from
its variants), never a search for other products; the same words with a kind, or with no product in focus, stay a
search."""

import pytest

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_questions import read_question
from assistant.steps.catalog_routing import catalog_follow_up
from assistant.steps.product_answers import answer_question
from tests.unit.grounding.test_catalog_constraints import VOCABULARY


def _state(text: str, language: str, focus: bool) -> dict:
    reading = read_constraints(text, VOCABULARY, language)
    return {"incoming": {"text": text}, "language": language, "catalog_reading": reading.model_dump(),
            "intent": {"intent": "recommend", "confidence": 0.9, "slots": {}},
            "shopping": {"shown": [{"product_id": "P0", "name": "Product 0", "colour": None, "price_cents": 1000}],
                         "focus": "P0" if focus else None, "query": "hoodies"}}


ASKED_OF_IT = [("does it come in any other colours?", "en"), ("is there a purple version of this?", "en"),
               ("got it in XXL too?", "en"), ("is it available in XL in black?", "en"),
               ("elle existe dans d'autres couleurs ?", "fr"), ("vous le faites aussi en bleu ?", "fr"),
               ("vous l'avez en XL en noir ?", "fr"),
               ("¿los tenéis en otros colores?", "es"), ("¿hay una versión en naranja?", "es"),
               ("¿y la tienen en XXL?", "es"),
               ("gibt's den auch in XXL?", "de"), ("haben Sie die auch in Lila?", "de"),
               ("gibt es die noch in anderen Farben?", "de")]


@pytest.mark.parametrize(("text", "language"), ASKED_OF_IT)
def test_an_option_asked_of_the_product_in_focus_is_product_qa(text: str, language: str) -> None:
    assert catalog_follow_up(_state(text, language, focus=True)) == "product_qa"  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "language"), [("do you have black hoodies for women?", "en"),
                                                ("something like this in blue?", "en"),
                                                ("vous avez des vestes en rouge ?", "fr")])
def test_a_kind_or_products_like_it_stay_a_search(text: str, language: str) -> None:
    assert catalog_follow_up(_state(text, language, focus=True)) == "recommend"  # type: ignore[arg-type]


HOODIE = {"product_id": "MH01", "name": "Chaz Kangeroo Hoodie", "description": "", "attributes": {},
          "variants": [{"item_id": f"MH01-{s}-{c}", "options": {"size": s, "color": c}, "price_cents": 5200,
                        "available": True} for s in ("S", "M", "XL") for c in ("Black", "Gray", "Orange")]}


@pytest.mark.parametrize(("text", "language", "said"), [
    ("does it come in other colours?", "en", ["black", "gray", "orange"]),
    ("¿lo tenéis en otros colores?", "es", ["negro", "gris", "naranja"]),
    ("gibt's den auch in anderen Farben?", "de", ["Schwarz", "Grau", "Orange"]),
])
def test_other_colours_are_the_products_own(text: str, language: str, said: list[str]) -> None:
    reply = answer_question(HOODIE, read_question(text), read_constraints(text, VOCABULARY, language), language, text)
    assert "Chaz Kangeroo Hoodie" in reply and all(word.lower() in reply.lower() for word in said), reply
