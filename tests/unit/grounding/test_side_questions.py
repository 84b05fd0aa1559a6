"""Side questions read off a message (`assistant/grounding/side_questions.py`): account and shop-rule clauses taken
out of a message that asks something else too, in the four languages."""

from __future__ import annotations

import pytest

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.side_questions import clauses_of, question_kind, split_side
from assistant.steps.side_question_reading import REFUND_AS


@pytest.mark.parametrize(("text", "kinds"), [
    ("cancel order #D9000002 please, i ordered it by mistake. and what's my gift card balance?",
     [None, None, "account"]),
    ("quels moyens de paiement j'ai enregistrés ? et annulez la D9000002", ["account", None]),
    ("antes de elegir, ¿cuánto tarda un reembolso?", [None, "policy"]),
    ("wie hoch ist mein Geschenkkartenguthaben? und storniere D9000002", ["account", None]),
])
def test_clauses_are_read_by_kind(text: str, kinds: list[str | None]) -> None:
    assert [question_kind(clause) for clause in clauses_of(text)] == kinds


def test_the_request_is_the_message_less_its_side_questions() -> None:
    clauses = clauses_of("cancel order #D9000002 please, i ordered it by mistake. and what's my gift card balance?")
    split = split_side(clauses, [question_kind(clause) for clause in clauses])
    assert split is not None
    assert split.request == "cancel order #D9000002 please, i ordered it by mistake."
    assert [(q.kind, q.text) for q in split.questions] == [("account", "and what's my gift card balance?")]


def test_a_question_alone_or_with_courtesy_is_no_split() -> None:
    assert split_side(["what's my gift card balance?"], ["account"]) is None
    assert split_side(["thanks", "what's my gift card balance?"], [None, "account"]) is None
    assert split_side(["where is #D9000002?", "thanks"], [None, None]) is None


def test_beside_a_product_question_the_rest_is_about_an_order() -> None:
    assert split_side(["do you have the Chaz Kangeroo hoodie in blue?", "and in size M?"], ["product", None]) is None
    split = split_side(["any update on order #D9000002?", "is the Chaz Kangeroo hoodie in blue?"], [None, "product"])
    assert split is not None and split.request == "any update on order #D9000002?"
    assert split_side(["has my tee shipped yet?", "also how much is the Teton Pullover Hoodie"],
                      [None, "product"]) is not None


@pytest.mark.parametrize(("text", "refund_method"), [
    ("könnt ihr mir das als guthaben auf die geschenkkarte geben?", True),
    ("me lo dejan como saldo en la tarjeta regalo?", True),
    ("can you put it on my gift card?", True),
    ("what's my gift card balance?", False), ("wie viel Guthaben hat meine Geschenkkarte noch?", False),
    ("et il me reste combien sur ma carte cadeau ?", False), ("¿cuánto saldo tengo en la tarjeta regalo?", False),
])
def test_a_refund_put_on_the_gift_card_is_no_balance_question(text: str, refund_method: bool) -> None:
    assert bool(REFUND_AS.search(fold(text))) is refund_method
