"""A question while the option choice waits is answered, never a choice (fresh20 A1, A3): "do you have it in 34?",
"what colours are there?", "whats the material btw", "is the gray one mesh or fabric?", "the gray one, but first
tell me …" (`grounding/option_questions.py`, `steps/option_answers.py`, `steps/order_changes._one_listed`)."""

from __future__ import annotations

import pytest

from assistant.grounding.item_changes import names_options
from assistant.grounding.option_questions import option_question
from assistant.steps.option_answers import option_answer
from assistant.steps.order_changes import _one_listed


def _variant(item_id: str, price: int, **options: str) -> dict:
    return {"item_id": item_id, "options": options, "price_cents": price, "available": True}


CHAIR = {
    "name": "Office Chair",
    "variants": [
        _variant("black-fabric", 48881, material="fabric", color="black", armrest="fixed"),
        _variant("gray-leather", 48395, material="leather", color="gray", armrest="fixed"),
        _variant("gray-mesh", 50821, material="mesh", color="gray", armrest="fixed"),
        _variant("gray-fabric", 51010, material="fabric", color="gray", armrest="none"),
        _variant("blue-mesh", 48767, material="mesh", color="blue", armrest="fixed"),
    ],
}
CHAIR_ITEM = {"item_id": "black-fabric", "name": "Office Chair", "price_cents": 48881,
              "options": {"material": "fabric", "color": "black", "armrest": "fixed"}}
HOODIE = {
    "name": "Chaz Kangeroo Hoodie",
    "variants": [_variant(f"{s}-{c}", 5200, size=s, color=c, material="Wool") for s in ("M", "L")
                 for c in ("Black", "Gray")],
}
HOODIE_ITEM = {"item_id": "M-Black", "name": "Chaz Kangeroo Hoodie", "price_cents": 5200,
               "options": {"size": "M", "color": "Black", "material": "Wool"}}


@pytest.mark.parametrize(
    "text",
    [
        "do you have it in 34?",
        "vous l'avez en 34 ?",
        "¿la tienen en 34?",
        "gibts die auch in 34?",
        "Ist die L teurer? und gibts die auch in rot",
        "and in grey, does that exist? same price?",
        "et en gris ca existe ? c le meme prix ?",
        "what colours are there?",
        "whats the material btw",
        "is the gray one mesh or fabric?",
        "la gris, pero antes dime si es de malla o de tela",
    ],
)
def test_questions_at_the_option_choice(text: str) -> None:
    assert option_question(text, names_options) is not None


@pytest.mark.parametrize("text", ["Schwarz. Kostet das mehr?", "kabellos Over-Ear, was kostet der Unterschied?",
                                  "la gris", "size 34 in grey", "ok can I get it one size bigger then?",
                                  "could I have it in 34?", "kann ich die in rot haben?"])
def test_choices_stay_choices(text: str) -> None:
    assert option_question(text, names_options) is None


def test_mesh_or_fabric_lists_the_gray_chairs_with_their_material() -> None:
    question = option_question("is the gray one mesh or fabric?", names_options)
    answer = option_answer(CHAIR, CHAIR_ITEM, question, {}, "en")
    said = answer["facts"]["answers"]
    assert "material mesh" in said and "material fabric" in said and "material leather" in said
    assert {c["key"] for c in answer["asked"]["candidates"]} == {"gray-leather", "gray-mesh", "gray-fabric"}


def test_a_choice_beside_the_question_is_held() -> None:
    question = option_question("the gray one, but first tell me if it's mesh or fabric", names_options)
    assert option_answer(CHAIR, CHAIR_ITEM, question, {}, "en")["chosen"] == {"color": "gray"}


def test_what_colours_lists_each_colour_with_a_price() -> None:
    answer = option_answer(CHAIR, CHAIR_ITEM, option_question("what colours are there?", names_options), {}, "en")
    assert "$508.21" in answer["facts"]["answers"] and "$487.67" in answer["facts"]["answers"]


def test_material_of_a_product_made_of_one() -> None:
    question = option_question("is there a grey in size L? whats the material btw", names_options)
    said = option_answer(HOODIE, HOODIE_ITEM, question, {}, "en")["facts"]["answers"]
    assert "made of wool" in said and "$52.00" in said


def test_the_one_listed_having_the_values_named() -> None:
    listed = ["gray-leather", "gray-mesh", "gray-fabric"]
    assert _one_listed(CHAIR, "the gray fabric one", {}, listed) == "gray-fabric"
    assert _one_listed(CHAIR, "mesh then", {"color": "gray"}, listed) == "gray-mesh"
    assert _one_listed(CHAIR, "the gray one", {}, listed) is None
