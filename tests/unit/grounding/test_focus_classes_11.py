"""fresh11 F2/F4/F9 in pure logic: fit questions answered as fit (never a stock yes), comparisons and two ordinals
read as such and answered side by side, and a yes after the desk's hand back read with the agent's offer."""

import pytest

from assistant.grounding.catalog_questions import read_question
from assistant.models.contracts import Intent
from assistant.steps.desk_offer import agent_offer, answers_offer, read_with_offer
from assistant.steps.product_answers import side_by_side
from tests.unit.grounding.test_product_answers import JACKET, ask

TEE = {"product_id": "MS99", "name": "Test Tee", "attributes": {"material": ["Cotton"]},
       "variants": [{"options": {"color": "Black", "size": "M"}, "available": True, "price_cents": 2900}],
       "reviews": []}


@pytest.mark.parametrize(("text", "language", "must"), [
    ("does it run big? i normally wear a S", "en", "fits"),
    ("elle taille grand ? je prends du S normalement", "fr", "taille petit, grand"),
    ("talla grande o pequeño? suelo usar M", "es", "horma"),
    ("fällt die eher klein aus? ich trage sonst M", "de", "Passform"),
])
def test_a_fit_question_is_answered_as_fit_not_as_stock(text: str, language: str, must: str) -> None:
    assert "fit" in read_question(text).asks
    said = ask(text, language)
    assert must in said and "S, M, L" in said  # the sizes in stock are listed
    assert not said.startswith(("Yes", "Oui", "Sí", "Ja"))


@pytest.mark.parametrize(("text", "ordinals", "compare"), [
    ("which is lighter, the first or the second?", [0, 1], False),
    ("compara la primera con la segunda", [0, 1], True),
    ("welches ist besser, das erste oder das zweite?", [0, 1], False),
    ("compare le avec le chaz", [], True),
    ("und im vergleich zur montana wind jacket?", [], True),
    ("how does it compare to the stark fundamental hoodie?", [], True),
    ("is the second one warm?", [1], False),
])
def test_comparisons_and_ordinals_are_read(text: str, ordinals: list[int], compare: bool) -> None:
    question = read_question(text)
    assert question.ordinals == ordinals
    assert ("compare" in question.asks) is compare
    assert question.sets_side_by_side() is (compare or len(ordinals) > 1)


@pytest.mark.parametrize(("language", "must"), [
    ("en", ["Side by side", "$66.00", "rated 4.5 of 5 (2 reviews)", "no reviews yet", "made of cotton"]),
    ("fr", ["Côte à côte", "66,00", "sans avis"]),
    ("es", ["Comparados", "66,00", "aún sin opiniones"]),
    ("de", ["Im Vergleich", "66,00", "noch ohne Bewertungen"]),
])
def test_side_by_side_gives_each_products_price_rating_and_material(language: str, must: list[str]) -> None:
    said = side_by_side([JACKET, TEE], language)
    assert all(word in said for word in must), said
    assert "Test Shell Jacket" in said and "Test Tee" in said


def _transcript(*turns: tuple[str, str]) -> dict:
    return {"transcript": [{"role": role, "text": text} for role, text in turns]}


def test_the_agents_offer_is_the_one_before_this_message_with_no_customer_message_between() -> None:
    state = _transcript(("customer", "je veux parler à quelqu'un"), ("agent", "Je peux annuler #D9000002."),
                        ("assistant", "Me revoilà"), ("customer", "oui svp"))
    assert agent_offer(state) == "Je peux annuler #D9000002."  # type: ignore[arg-type]
    later = _transcript(("agent", "Je peux annuler #D9000002."), ("customer", "où est ma veste ?"),
                        ("assistant", "…"), ("customer", "oui"))
    assert agent_offer(later) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "intent", "answers"), [
    ("yes please do that", Intent.OUT_OF_SCOPE, True),
    ("oui svp, sur une carte cadeau", Intent.PROVIDE_DETAILS, True),
    ("ja gerne", Intent.AFFIRM, True),
    ("no thanks, where is my other order?", Intent.ORDER_STATUS, False),
    ("quiero ver chaquetas", Intent.RECOMMEND, False),
])
def test_a_yes_answers_the_offer_and_other_requests_do_not(text: str, intent: Intent, answers: bool) -> None:
    assert answers_offer(text, intent) is answers
    assert read_with_offer("I can start a return.", text).endswith(text)
