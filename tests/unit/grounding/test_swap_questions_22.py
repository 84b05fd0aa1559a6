"""A question naming another value or asking a property while a swap is proposed is answered, never a choice
(attack20 A1, A2, A23; fresh20 F3, F8): `grounding/swap_questions.py`, `steps/swap_question_answers.py`."""

from __future__ import annotations

import pytest

from assistant.grounding.swap_questions import swap_question
from assistant.steps.swap_question_answers import question_about_variants, swap_question_reply


def _variant(item_id: str, price: int, **options: str) -> dict:
    return {"item_id": item_id, "options": options, "price_cents": price, "available": True}


TSHIRT = {
    "name": "T-Shirt",
    "variants": [
        _variant("black-xxl", 5327, color="black", size="XXL", material="cotton"),
        _variant("black-xl", 5105, color="black", size="XL", material="cotton"),
        _variant("purple-xl", 4967, color="purple", size="XL", material="cotton"),
        _variant("red-s", 4725, color="red", size="S", material="cotton"),
    ],
}
ITEM = {"item_id": "black-xxl", "name": "T-Shirt", "price_cents": 5327,
        "options": {"color": "black", "size": "XXL", "material": "cotton"}}
PROPOSED = TSHIRT["variants"][1]
PENDING = {"tool": "modify_pending_order_items", "arguments": {"item_ids": ["black-xxl"], "new_item_ids": ["black-xl"]}}


@pytest.mark.parametrize("text", [
    "is the red one dearer?", "is the red version any dearer?", "est-ce que le orange est plus cher ?",
    "et la rouge, elle est plus chère ?", "ist das lilane teurer?", "ist die rote teurer?", "¿la morada es más cara?",
    "¿cuánto cuesta la morada?", "gibt es die auch in rot?", "do you also have it in yellow?",
    "¿la hay también en amarillo?", "is it leather?", "c'est du coton ?", "is it wool?", "¿son impermeables?",
    "sind die aus Leder?", "il est plus cher ? c'est du coton ?", "yes, but is the red one dearer?",
    "¿son más caras? ¿son impermeables?", "les rouges sont plus chères ?",
])
def test_a_question_about_the_variants_is_no_choice(text: str) -> None:
    assert question_about_variants(text, PENDING) is not None  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "ok then the red one", "alors en rouge", "pues entonces la roja", "dann in Rot", "gut, dann das lilane",
    "actually make it purple instead", "mejor en morado", "doch lieber in lila", "can I have it in red instead?",
    "what about red?", "and in red?", "yes but in red instead", "yes", "ok", "ok then the red one. is it dearer?",
])
def test_a_value_said_or_asked_for_is_still_a_choice(text: str) -> None:
    assert question_about_variants(text, PENDING) is None  # type: ignore[arg-type]


def test_the_proposals_own_money_is_left_to_the_proposal_questions() -> None:
    question = swap_question("how much more is it?")
    assert question is not None and not question.about_variants()


@pytest.mark.parametrize(("text", "language", "said"), [
    ("ist das lilane teurer?", "de", ["49,67 $", "3,60 $ weniger als Ihrer", "1,38 $ weniger als der vorgeschlagene"]),
    ("how much is the purple one?", "en", ["$49.67", "$3.60 less than yours", "$1.38 less than the one proposed"]),
    ("¿la morada es más cara?", "es", ["49,67 $", "1,38 $ menos que el propuesto"]),
    ("is it cotton?", "en", ["Yes, the one proposed", "cotton"]),
    ("gibt es die auch in rot?", "de", ["gibt es in dieser Kombination nicht", "Größe S, Farbe Rot: 47,25 $"]),
])
def test_the_asked_variant_is_answered_beside_the_proposed_one(text: str, language: str, said: list[str]) -> None:
    question = swap_question(text)
    assert question is not None
    reply = swap_question_reply(TSHIRT, ITEM, PROPOSED, question, language)
    assert reply is not None and reply["key"] == "variant_answers"
    for words in said:
        assert words in reply["facts"]["answers"]


def test_a_value_the_proposal_lacks_is_said_so() -> None:
    question = swap_question("is it red?")
    assert question is not None
    reply = swap_question_reply(TSHIRT, ITEM, PROPOSED, question, "en")
    assert reply is not None and reply["facts"]["answers"].startswith("No, the one proposed: size XL, colour black")
