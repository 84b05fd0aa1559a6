"""Second needs still dropped (two-needs-19): product fragments kept with their product, a return deadline asked
beside a return, product questions in a photo complaint's caption, mismatches said with "not received"."""

from __future__ import annotations

import pytest

from assistant.grounding.catalog_questions import read_question
from assistant.grounding.complaint_statement import reads_as_complaint
from assistant.grounding.photo_side_questions import beside_a_photo, questions_of_the_item
from assistant.grounding.request_clauses import action_of
from assistant.grounding.return_deadline import asks_how_long, deadline_clauses
from assistant.grounding.side_questions import clauses_of, with_fragments


@pytest.mark.parametrize(("text", "expected"), [
    ("where's my order with the t-shirt? and the Gobi HeatTec Tee, what colours and what price?",
     ["where's my order with the t-shirt?", "and the Gobi HeatTec Tee, what colours, and what price?"]),
    ("¿dónde está mi pedido de la camiseta? Y la Gobi HeatTec Tee, ¿colores y precio?",
     ["¿dónde está mi pedido de la camiseta?", "Y la Gobi HeatTec Tee, ¿colores, y precio?"]),
    ("how much is the chaz kangeroo hoodie and what colors does it come in? also wheres my jacket order",
     ["how much is the chaz kangeroo hoodie, and what colors does it come in?", "also wheres my jacket order"]),
])
def test_product_fragments_join_their_product(text: str, expected: list[str]) -> None:
    assert with_fragments(clauses_of(text)) == expected


@pytest.mark.parametrize("text", [
    "where is my tee order? what colours?",  # the colours may be the order's item's
    "je n'ai pas reçu la bonne couleur de sweat. au fait la veste Stellar Solar est toujours à 75 $ ?",
])
def test_fragments_never_join_an_order_a_statement_or_a_complaint(text: str) -> None:
    assert with_fragments(clauses_of(text)) == clauses_of(text)


def test_a_dash_between_words_ends_a_clause() -> None:
    assert clauses_of("arrivé troué — vous l'avez en vert") == ["arrivé troué", "vous l'avez en vert"]


@pytest.mark.parametrize(("text", "deadline"), [
    ("I'll probably want to return the jacket when it arrives, how many days do I have?", [False, True]),
    ("quiero devolver la camiseta cuando llegue, ¿cuántos días tengo?", [False, True]),
    ("je voudrai retourner la veste quand elle arrivera, j'ai combien de jours ?", [False, True]),
    ("ich will die Jacke zurückschicken, wie viele Tage habe ich dafür?", [False, True]),
    ("cancel my jacket order, how long does it take?", [False, False]),  # no return: not its deadline
])
def test_a_how_long_clause_beside_a_return_asks_the_deadline(text: str, deadline: list[bool]) -> None:
    clauses = clauses_of(text)
    assert deadline_clauses(clauses, [action_of(clause) for clause in clauses]) == deadline


def test_how_long_words_in_every_language() -> None:
    assert all(asks_how_long(text) for text in ("how long?", "combien de temps ?", "¿hasta cuándo?", "bis wann?"))
    assert not asks_how_long("where is my jacket?")


@pytest.mark.parametrize("text", ["btw is the Stellar Solar Jacket still $75?", "toujours à 75 $ ?",
                                  "¿sigue a 75 $?", "kostet sie immer noch 75 $?"])
def test_a_price_checked_by_amount_asks_the_price(text: str) -> None:
    assert "price" in read_question(text).asks


@pytest.mark.parametrize("text", ["anything under 50€?", "i paid $75 for it"])
def test_an_amount_alone_asks_no_price(text: str) -> None:
    assert "price" not in read_question(text).asks


@pytest.mark.parametrize("text", ["je n'ai pas reçu la bonne couleur de sweat.", "no me llegó la talla correcta",
                                  "I didn't get the right colour hoodie"])
def test_not_received_the_right_one_is_a_mismatch(text: str) -> None:
    assert reads_as_complaint(text, photo=True)


@pytest.mark.parametrize("text", ["je n'ai pas reçu ma commande", "no me llegó el pedido"])
def test_a_parcel_that_never_came_is_no_photo_complaint(text: str) -> None:
    assert not reads_as_complaint(text, photo=True)


def test_a_caption_splits_into_the_complaint_and_its_product_questions() -> None:
    clauses = with_fragments(clauses_of("the top arrived with a hole — do you have it in green, and at what price?"))
    split = beside_a_photo(clauses, [False] * len(clauses))
    assert split is not None and split.request == "the top arrived with a hole"
    assert [(q.text, q.of_item) for q in split.questions] == [("do you have it in green, and at what price?", True)]
    named = beside_a_photo(["got the wrong colour hoodie.", "btw is the Stellar Solar Jacket still $75?"],
                           [False, True])
    assert named is not None and [(q.text, q.of_item) for q in named.questions] == [
        ("btw is the Stellar Solar Jacket still $75?", False)]


def test_a_photo_with_a_question_and_no_problem_is_left_whole() -> None:
    # "here is a photo, do you have it in green?": a photo search, never a complaint
    assert beside_a_photo(["here is a photo", "do you have it in green?"], [False, False]) is None


def test_questions_of_the_complained_item_get_its_product() -> None:
    raw = [{"kind": "product", "text": "in green?", "product_id": None, "of_item": True},
           {"kind": "product", "text": "is the Stellar Solar Jacket still $75?", "product_id": None, "of_item": False}]
    filled = questions_of_the_item(raw, "WS03")["side_questions"]
    assert [q["product_id"] for q in filled] == ["WS03", None]
    assert questions_of_the_item(raw[1:], "WS03") == {}
