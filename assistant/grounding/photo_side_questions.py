"""Product questions in a photo complaint's caption ("got the wrong colour hoodie. is the Stellar Solar Jacket still
$75?", "arrivé troué — vous l'avez en vert, à quel prix ?"): the complaint goes on with the rest of the words, and
the question is answered beside it (`steps/side_questions.py`). A question naming no product asks about the item
complained of, known once the complaint has found it (`steps/complaint.py`)."""

from __future__ import annotations

from typing import Any

from assistant.grounding.catalog_questions import read_question
from assistant.grounding.complaint_statement import reads_as_complaint
from assistant.grounding.side_questions import SideQuestion, SideSplit, about_an_order


def beside_a_photo(clauses: list[str], named: list[bool]) -> SideSplit | None:
    """The caption's product questions and the complaint left, or None when the rest states no problem (then "do
    you have it in green?" with a photo is a photo search, never split). `named`: per clause, whether it asks
    about a catalog product it names."""
    questions: list[SideQuestion] = []
    rest: list[str] = []
    for clause, names_product in zip(clauses, named, strict=True):
        complains = reads_as_complaint(clause, photo=True) or about_an_order(clause)
        if not complains and names_product:
            questions.append(SideQuestion(kind="product", text=clause))
        elif not complains and read_question(clause).asks:
            questions.append(SideQuestion(kind="product", text=clause, of_item=True))
        else:
            rest.append(clause)
    request = ", ".join(rest)
    if not questions or not reads_as_complaint(request, photo=True):
        return None
    return SideSplit(request=request, questions=questions)


def questions_of_the_item(raw: list[dict[str, Any]], product_id: str) -> dict[str, Any]:
    """The state's update: the side questions about the complained item asked of its product (`product_id`)."""
    if not any(question.get("of_item") for question in raw):
        return {}
    return {"side_questions": [{**question, "product_id": product_id} if question.get("of_item") else question
                               for question in raw]}
